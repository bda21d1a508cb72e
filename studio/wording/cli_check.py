"""Wording of ``studio.cli.cmd_check``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "check.group": ("版本「{name}」", "Variant “{name}”"),
    "check.unused": ("未被任何版本使用的镜头", "Shots no variant plays"),
    "check.clean": ("没有发现问题", "no findings"),
    "check.fix": ("修改建议", "fix"),
    "check.summary": (
        "{errors} 个错误，{warnings} 个警告，{tips} 个提示",
        "{errors} error(s), {warnings} warning(s), {tips} tip(s)",
    ),
    "check.hint_all": (
        "只检查了基础版；加 --all 可检查全部 {count} 个版本",
        "only the base variant was checked; add --all to check all {count} variants",
    ),
    "check.help": ("按脚本指南检查项目", "check a project against the script guide"),
    "check.variant": ("只检查一个版本（名称或 id）", "check one variant (name or id)"),
    "check.all": ("检查所有版本（默认只查基础版）", "check every variant (default: the base variant)"),
    "check.lang": (
        "检查结果的语言（默认与界面一致）",
        "language of the findings (default: the interface language)",
    ),
    "check.pictures": (
        "同时识别镜头图片里的文字（OCR，每张约一秒）并检查",
        "also read the words inside the shots' pictures (OCR, about a second a picture) and check them",
    ),
    "check.reading": ("正在识别 {count} 张图片里的文字…", "reading the words in {count} picture(s)…"),
    "check.no_ocr": (
        "无法识别图片：OCR 引擎加载失败（{detail}）；请运行 scripts/setup.sh，或去掉 --pictures 再检查",
        "cannot read pictures: the OCR engine does not load ({detail}); run scripts/setup.sh, or check "
        "without --pictures",
    ),
    "check.no_variant": (
        "找不到版本“{name}”；现有版本：{known}",
        "no variant named {name!r}; variants: {known}",
    ),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "check.file": "brief.file",
    "check.json": "brief.json",
}

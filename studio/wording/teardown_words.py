"""Wording of the teardown's reference script (teardown.script.<key>, teardown.enter.<how>): key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "teardown.script.title": ("参考拆解：{name}", "Teardown: {name}"),
    "teardown.script.concept": (
        "参考视频拆解，非我方内容，仅供学习结构：{name}（{shots} 个镜头，{seconds:.1f} 秒）",
        "Reference teardown, not our content; for studying its structure only: {name} ({shots} shots, "
        "{seconds:.1f} s)",
    ),
    "teardown.script.notes": (
        "参考镜头 {start:.2f}–{end:.2f} 秒（{enter}）",
        "Reference shot {start:.2f}–{end:.2f} s ({enter})",
    ),
    "teardown.script.own": ("我的脚本（按 {name} 的结构）", "My script (on the structure of {name})"),
    "teardown.script.own_concept": (
        "按参考视频的结构起稿：节拍、镜头时长与景别已复制，文字与画面请自己写",
        "Started on the reference's structure: beats, shot lengths and sizes copied; write your own words "
        "and pictures",
    ),
    "teardown.script.beat_cut": ("卡点切", "cut on the beat"),
    "teardown.script.base": ("基础版", "Base"),
    "teardown.enter.start": ("开头", "start"),
    "teardown.enter.cut": ("硬切", "cut"),
    "teardown.enter.dissolve": ("叠化", "dissolve"),
    "teardown.enter.fade": ("黑场", "fade"),
}

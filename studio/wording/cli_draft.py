"""Wording of ``studio.cli.cmd_draft``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # What a first draft writes into the script (studio.guide.brief.draft), in the project's language.
    "draft.tap": ("点击下方链接 ↓", "Tap the link below ↓"),
    "draft.hook_variant": ("钩子{label}", "Hook {label}"),
    "draft.ending_variant": ("结尾{label}", "Ending {label}"),
    "draft.hook_vs": ("{a}钩子对比{b}钩子", "{a} hook against {b} hook"),
    "draft.cta_vs": ("结尾换成：{line}", "Close with: {line}"),
    "draft.help": (
        "根据简报写一份完整的初稿脚本，时长不超出简报要求：脚本还是空的就写进去，否则以新名字加在它后面；钩子和行动号召各有备选，已设成 A/B 版本",
        "write a first complete script from the brief, within the brief's length: into the script when it "
        "is still empty, else beside it under a new name; hooks and calls to action as A/B variants",
    ),
    "draft.template": (
        "初稿所用的模板（默认：该脚本的模板）",
        "the template to draft (default: the script's)",
    ),
    "draft.script": (
        "脚本为空时把初稿写进这个脚本，否则加在它后面（ID 或标题；默认：第一个脚本）",
        "the script to fill when it is empty, or to add the draft after (id or title; default: the first)",
    ),
    "draft.filled": (
        "{path}：已把初稿写入空脚本“{title}”（{shots} 个镜头，{variants} 个版本：{names}）",
        "{path}: wrote the draft into the empty script “{title}” ({shots} shots, {variants} variants: "
        "{names})",
    ),
    "draft.empty": (
        "{path}：简报还是空的，请先填写（'studio brief --set'）",
        "{path}: the brief is empty; fill it first ('studio brief --set')",
    ),
    "draft.done": (
        "{path}：已添加“{title}”（{shots} 个镜头，{variants} 个版本：{names}）",
        "{path}: added “{title}” ({shots} shots, {variants} variants: {names})",
    ),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "draft.file": "brief.file",
    "draft.base": "teardown.script.base",
}

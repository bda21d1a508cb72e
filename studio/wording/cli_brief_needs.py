"""Wording of ``studio.cli.brief_needs``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "needs.template": (
        "模板“{template}”需要简报提供：{items}",
        "Template “{template}” needs from the brief: {items}",
    ),
    "needs.missing": ("还缺：{items}", "Still missing: {items}"),
    "needs.met": ("简报已具备这个模板需要的全部内容。", "The brief has everything this template needs."),
    "needs.prompts": ("提示（已按简报填入）：", "Prompts, filled from the brief:"),
    "needs.prompt": ("  {beat}：{prompt}", "  {beat}: {prompt}"),
    "needs.prompt_named": ("  {prompt}", "  {prompt}"),
    "needs.draft_missing": (
        "“{template}”需要的简报内容还没有：{items}；初稿里这些部分留给你来写",
        "“{template}” needs from the brief what it does not have yet: {items}; the draft leaves those parts "
        "for you to write",
    ),
    "needs.template_help": (
        "要查看需求和提示的模板（默认：第一个脚本的模板）",
        "the template whose needs and prompts to show (default: the first script's)",
    ),
}

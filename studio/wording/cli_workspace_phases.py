"""Wording of ``studio.cli.workspace_phases``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "wsp.help": (
        "团队自己的大促节点（品牌日、直播周等），与内置的 618、双11、双12、年货节一起显示在日历上",
        "the team's own campaign phases (a brand day, a live-stream week) beside the built-in 618, Double "
        "11, Double 12 and New Year festival; shown on the calendar",
    ),
    "wsp.add": ("添加节点：名称 开始日期 结束日期", "add a phase: NAME START END"),
    "wsp.remove": ("按名称删除节点", "remove a phase by its name"),
    "wsp.list": ("列出团队的节点", "list the team's phases"),
    "wsp.name": ("节点名称，如“品牌日”", "the phase's name, e.g. 品牌日"),
    "wsp.start": ("第一天，如 2026-09-09", "its first day, e.g. 2026-09-09"),
    "wsp.end": ("最后一天（只有一天则与开始日期相同）", "its last day (the same as START for one day)"),
    "wsp.added": (
        "已添加节点“{name}”：{start} 至 {end}（{path}）",
        "phase “{name}” added: {start} to {end} ({path})",
    ),
    "wsp.removed": ("已删除节点“{name}”（{path}）", "phase “{name}” removed ({path})"),
    "wsp.none": (
        "团队还没有自己的节点；添加：studio workspace phases add 名称 开始日期 结束日期",
        "no phases of the team's own yet; add one: studio workspace phases add NAME START END",
    ),
    "wsp.line": ("{start} 至 {end}  {name}", "{start} to {end}  {name}"),
    "wsp.e.empty_name": ("节点需要名称，请填写", "a phase needs a name; give it one"),
    "wsp.e.bad_day": (
        "“{text}”不是有效日期；请写成 2026-09-09（或 2026/9/9、2026年9月9日）；未做任何更改",
        "“{text}” is not a day; write it as 2026-09-09 (or 2026/9/9, 2026年9月9日); nothing was changed",
    ),
    "wsp.e.end_before_start": (
        "节点的结束日期（{end}）早于开始日期（{start}）；请对调两个日期；未做任何更改",
        "the phase ends ({end}) before it starts ({start}); swap the days; nothing was changed",
    ),
    "wsp.e.too_long": (
        "{start} 至 {end} 共 {days} 天，超过一年；请检查年份；未做任何更改",
        "{start} to {end} is {days} days, longer than a year; check the years; nothing was changed",
    ),
    "wsp.e.exists": (
        '已有名为“{name}”的节点；请先删除（studio workspace phases remove "{name}"）',
        'a phase named “{name}” is already there; remove it first (studio workspace phases remove "{name}")',
    ),
    "wsp.e.unknown": (
        "没有名为“{name}”的节点；团队的节点：{known}",
        "no phase named “{name}”; the team's phases: {known}",
    ),
    "wsp.e.bad_file": (
        "节点文件 {path} 无法读取（已损坏或不是 Studio 的文件）；请修复或移走它；文件未被改动",
        "the phases file {path} cannot be read (damaged or not Studio's); fix or move it away; it was not "
        "changed",
    ),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "wsp.actions": "talents.actions",
}

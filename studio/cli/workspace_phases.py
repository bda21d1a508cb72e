"""``studio workspace phases``: the team's own campaign phases (list, add, remove), shown on the calendar."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from studio.cli.i18n import add_messages, register_error, say
from studio.workspace.phases import PhaseError

add_messages(
    {
        "wsp.help": (
            "the team's own campaign phases (a brand day, a live-stream week) beside the built-in 618, "
            "Double 11, Double 12 and New Year festival; shown on the calendar",
            "团队自己的大促节点（品牌日、直播周等），与内置的 618、双11、双12、年货节一起显示在日历上",
        ),
        "wsp.actions": ("what to do (without one: list)", "要做的事（不写则列出）"),
        "wsp.add": ("add a phase: NAME START END", "添加节点：名称 开始日期 结束日期"),
        "wsp.remove": ("remove a phase by its name", "按名称删除节点"),
        "wsp.list": ("list the team's phases", "列出团队的节点"),
        "wsp.name": ("the phase's name, e.g. 品牌日", "节点名称，如“品牌日”"),
        "wsp.start": ("its first day, e.g. 2026-09-09", "第一天，如 2026-09-09"),
        "wsp.end": ("its last day (the same as START for one day)", "最后一天（只有一天则与开始日期相同）"),
        "wsp.added": (
            "phase “{name}” added: {start} to {end} ({path})",
            "已添加节点“{name}”：{start} 至 {end}（{path}）",
        ),
        "wsp.removed": ("phase “{name}” removed ({path})", "已删除节点“{name}”（{path}）"),
        "wsp.none": (
            "no phases of the team's own yet; add one: studio workspace phases add NAME START END",
            "团队还没有自己的节点；添加：studio workspace phases add 名称 开始日期 结束日期",
        ),
        "wsp.line": ("{start} to {end}  {name}", "{start} 至 {end}  {name}"),
        "wsp.e.empty_name": ("a phase needs a name; give it one", "节点需要名称，请填写"),
        "wsp.e.bad_day": (
            "“{text}” is not a day; write it as 2026-09-09 (or 2026/9/9, 2026年9月9日); nothing was changed",
            "“{text}”不是有效日期；请写成 2026-09-09（或 2026/9/9、2026年9月9日）；未做任何更改",
        ),
        "wsp.e.end_before_start": (
            "the phase ends ({end}) before it starts ({start}); swap the days; nothing was changed",
            "节点的结束日期（{end}）早于开始日期（{start}）；请对调两个日期；未做任何更改",
        ),
        "wsp.e.too_long": (
            "{start} to {end} is {days} days, longer than a year; check the years; nothing was changed",
            "{start} 至 {end} 共 {days} 天，超过一年；请检查年份；未做任何更改",
        ),
        "wsp.e.exists": (
            'a phase named “{name}” is already there; remove it first (studio workspace phases remove "{name}")',
            '已有名为“{name}”的节点；请先删除（studio workspace phases remove "{name}"）',
        ),
        "wsp.e.unknown": (
            "no phase named “{name}”; the team's phases: {known}",
            "没有名为“{name}”的节点；团队的节点：{known}",
        ),
        "wsp.e.bad_file": (
            "the phases file {path} cannot be read (damaged or not Studio's); fix or move it away; it was not changed",
            "节点文件 {path} 无法读取（已损坏或不是 Studio 的文件）；请修复或移走它；文件未被改动",
        ),
    }
)


def describe(exc: PhaseError) -> str:
    """The phase error in the user's language, with the way forward."""
    facts = dict(exc.facts)
    if exc.code == "unknown" and not facts.get("known"):
        facts["known"] = "—"
    return say(f"wsp.e.{exc.code}", **facts)


def cmd_phases(args: argparse.Namespace) -> int:
    """List, add or remove the team's phases."""
    from studio.workspace import phases as ph

    path = ph.phases_path(getattr(args, "url", None))
    if args.phase_action == "add":
        phase = ph.make_phase(args.name, args.start, args.end)
        ph.add_phase(path, phase)
        print(say("wsp.added", name=phase.name, start=phase.start, end=phase.end, path=path))
        return 0
    if args.phase_action == "remove":
        gone = ph.remove_phase(path, args.name)
        print(say("wsp.removed", name=gone.name, path=path))
        return 0
    phases = ph.load_phases(path)
    if args.json:
        print(json.dumps([asdict(p) for p in phases], ensure_ascii=False, indent=2))
    elif not phases:
        print(say("wsp.none"))
    for p in [] if args.json else phases:
        print(say("wsp.line", start=p.start, end=p.end, name=p.name))
    return 0


def register(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``phases`` under ``studio workspace``."""
    p = actions.add_parser("phases", help=say("wsp.help"), description=say("wsp.help"))
    p.add_argument("--json", action="store_true", help=say("ws.json"))
    p.add_argument("--url", metavar="URL", default=argparse.SUPPRESS, help=say("ws.url"))
    sub = p.add_subparsers(
        dest="phase_action", metavar="ACTION", title=say("wsp.actions"), help=say("wsp.actions")
    )
    listing = sub.add_parser("list", help=say("wsp.list"), description=say("wsp.list"))
    listing.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=say("ws.json"))
    add = sub.add_parser("add", help=say("wsp.add"), description=say("wsp.add"))
    add.add_argument("name", metavar="NAME", help=say("wsp.name"))
    add.add_argument("start", metavar="START", help=say("wsp.start"))
    add.add_argument("end", metavar="END", help=say("wsp.end"))
    remove = sub.add_parser("remove", help=say("wsp.remove"), description=say("wsp.remove"))
    remove.add_argument("name", metavar="NAME", help=say("wsp.name"))
    p.set_defaults(func=cmd_phases)
    register_error(PhaseError, describe, code=2)

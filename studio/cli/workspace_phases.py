"""``studio workspace phases``: the team's own campaign phases (list, add, remove), shown on the calendar."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from studio.cli.i18n import register_error, say
from studio.workspace.phases import PhaseError


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

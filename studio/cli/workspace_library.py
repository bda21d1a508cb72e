"""``studio workspace library``: the team's kept lines, signature shots and banned words; add or retire one."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from studio.cli.i18n import CliError, language, say


def _find(backend: Any, prefix: str) -> str:
    ids = [e.entry_id for e in backend.library() if e.entry_id.startswith(prefix)]
    if not ids:
        raise CliError("wsl.not_found", code=1, id=prefix)
    if len(ids) > 1:
        raise CliError("wsl.ambiguous", code=2, id=prefix, count=len(ids))
    return str(ids[0])


def cmd_library(args: argparse.Namespace) -> int:
    """List, add or retire library entries."""
    from studio.workspace import library as lib
    from studio.workspace import open_workspace

    backend = open_workspace(args.url)
    try:
        if args.lib_action == "add":
            if not args.text.strip():
                raise CliError("wsl.empty_text", code=2)
            entry = lib.new_entry(args.kind, args.text, args.evidence or "", args.beat or "")
            backend.add_library(entry)
            print(say("wsl.added", id=entry.entry_id[:8]))
            return 0
        if args.lib_action == "retire":
            entry_id = _find(backend, args.id)
            if not backend.retire(entry_id, lib.author(), args.why or ""):
                raise CliError("wsl.not_found", code=1, id=args.id)
            print(say("wsl.retired", id=entry_id[:8]))
            return 0
        entries = lib.ranked(backend.library(include_retired=args.all))
        if args.all:
            entries += [e for e in lib.current(backend.library(include_retired=True)) if e.retired]
    finally:
        backend.close()
    lang = language()
    if args.json:
        print(json.dumps([asdict(e) for e in entries], ensure_ascii=False, indent=2))
    elif not entries:
        print(say("wsl.none"))
    for e in [] if args.json else entries:
        mark = f" [{say('wsl.retired_mark')}]" if e.retired else ""
        print(f"{e.entry_id[:8]}  {e.text}{mark}\n          {lib.describe(e, lang)}")
    return 0


def register(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``library`` under ``studio workspace``."""
    from studio.workspace.library import KINDS

    p = actions.add_parser("library", help=say("wsl.help"), description=say("wsl.help"))
    p.add_argument("--json", action="store_true", help=say("ws.json"))
    p.add_argument("--all", action="store_true", help=say("wsl.all"))
    p.add_argument("--url", metavar="URL", default=argparse.SUPPRESS, help=say("ws.url"))
    sub = p.add_subparsers(
        dest="lib_action", metavar="ACTION", title=say("wsl.actions"), help=say("wsl.actions")
    )
    add = sub.add_parser("add", help=say("wsl.add"), description=say("wsl.add"))
    add.add_argument("kind", choices=KINDS, help=say("wsl.kind", choices=", ".join(KINDS)))
    add.add_argument("text", metavar="TEXT", help=say("wsl.text"))
    add.add_argument("--evidence", metavar="TEXT", help=say("wsl.evidence"))
    add.add_argument("--beat", choices=("hook", "cta"), help=say("wsl.beat"))
    retire = sub.add_parser("retire", help=say("wsl.retire"), description=say("wsl.retire"))
    retire.add_argument("id", metavar="ID", help=say("wsl.id"))
    retire.add_argument("--why", metavar="TEXT", help=say("wsl.why"))
    p.set_defaults(func=cmd_library)

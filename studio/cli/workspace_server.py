"""``studio workspace publish`` and ``studio workspace connect``: the team's workspace on a PostgreSQL server.

Also the zh/en words for what only a server can do wrong (``ws.e.<code>``, worded by cmd_workspace's
describer), and :func:`open_for_cli`: a server that cannot be reached falls back to the laptop's own copy
with a one-line note, so the workspace keeps working offline.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from studio.cli.i18n import CliError, register_error, say
from studio.cli.workspace_scan import describe_workspace_error, scan
from studio.workspace.errors import WorkspaceError


def server_words(exc: WorkspaceError) -> dict[str, object]:
    """Facts to fill a server error's sentence (``waited`` worded from the seconds)."""
    seconds = exc.facts.get("seconds", "")
    waited = say("ws.waited", seconds=seconds) if seconds not in ("", None) else ""
    return {"server": exc.facts.get("url", ""), **exc.facts, "waited": waited}


def open_for_cli(url: str | None) -> Any:
    """The workspace ``url`` names; a server that cannot be reached gives the laptop's copy and a note."""
    from studio.workspace.server import open_or_local

    backend, offline = open_or_local(url)
    if offline is not None:
        why = str(offline.facts.get("detail", offline.code)).strip().splitlines() or [offline.code]
        print(say("ws.offline", server=offline.facts.get("server", ""), why=why[-1]), file=sys.stderr)
    return backend


def _origin(explicit: str | None) -> str:
    import os

    from studio.workspace.location import ENV, saved_url

    if explicit:
        return "flag"
    if os.environ.get(ENV, "").strip():
        return "env"
    return "settings" if saved_url() else "default"


def cmd_publish(args: argparse.Namespace) -> int:
    """Index the local copy, then send what the server lacks; the library comes back."""
    from studio.workspace.location import resolve_url
    from studio.workspace.publish import open_sql, publish
    from studio.workspace.server import is_server_url, local_url, redact, source_name

    target = resolve_url(args.url)
    if not is_server_url(target):
        raise CliError("ws.needs_server", code=2, url=redact(target))
    local = open_sql(args.source or local_url())
    try:
        if not args.no_scan:
            scan(local, quiet=args.json)
        server = open_sql(target)
        try:
            done = publish(local, server, source_name())
        finally:
            server.close()
    finally:
        local.close()
    shown = redact(target)
    if args.json:
        print(json.dumps({"server": shown, **done.__dict__}, ensure_ascii=False, indent=2))
        return 0
    if done.heads + done.library + done.retired == 0:
        print(say("ws.nothing_to_publish", server=shown))
    else:
        print(say("ws.published", server=shown, **done.__dict__))
    print(say("ws.server_holds", projects=done.server_projects, library=done.server_library))
    return 0


def cmd_connect(args: argparse.Namespace) -> int:
    """Save a server URL (tried first), forget it, or show which workspace is used and its state."""
    from studio.workspace import open_workspace
    from studio.workspace.location import default_url
    from studio.workspace.server import is_server_url, redact, save_url, split_password

    if args.forget:
        save_url("")
        print(say("ws.forgotten", url=default_url()))
        return 0
    if not args.server:
        return _show(args)
    if not is_server_url(args.server):
        raise WorkspaceError("bad_url", url=redact(args.server))
    shown = redact(split_password(args.server)[0])
    if not args.no_check:
        open_workspace(args.server).close()  # a wrong password or host is said now, and nothing saved
    saved = save_url(args.server)
    print(say("ws.saved_unchecked" if args.no_check else "ws.connected", server=shown))
    if saved.password_in == "keyring":
        print(say("ws.password_keyring"))
    elif saved.password_in == "pgpass":
        print(say("ws.password_pgpass", path=saved.pgpass))
    return 0


def _show(args: argparse.Namespace) -> int:
    from studio.workspace.location import resolve_url
    from studio.workspace.publish import server_state
    from studio.workspace.server import redact

    url = resolve_url(args.url)
    origin = _origin(args.url)
    print(say("ws.using", url=redact(url), origin=say(f"ws.origin.{origin}")))
    state = server_state(url)  # what the window's server bar shows, read the same way
    if not state.is_server:
        return 0
    print(say("ws.server_holds", projects=state.projects, library=state.library))
    if state.waiting:
        print(say("ws.to_publish", count=state.waiting))
    return 0


def describe(exc: WorkspaceError) -> str:
    """A server's error in one line (auth, unreachable, no_database, lost); the rest as cmd_workspace words them."""
    if exc.code in SERVER_CODES:
        return say(f"ws.e.{exc.code}", **server_words(exc))
    return describe_workspace_error(exc)


SERVER_CODES = ("auth", "unreachable", "no_database", "lost")


def register(
    actions: argparse._SubParsersAction[argparse.ArgumentParser], url_help: str
) -> list[argparse.ArgumentParser]:
    """Add ``publish`` and ``connect`` to ``studio workspace``; returns their parsers."""
    register_error(WorkspaceError, describe)
    pub = actions.add_parser("publish", help=say("ws.publish"), description=say("ws.publish"))
    pub.add_argument("--from", dest="source", metavar="URL", help=say("ws.from"))
    pub.add_argument("--json", action="store_true", help=say("ws.json"))
    pub.add_argument("--no-scan", action="store_true", help=say("ws.no_scan"))
    pub.set_defaults(func=cmd_publish)
    con = actions.add_parser("connect", help=say("ws.connect"), description=say("ws.connect"))
    con.add_argument("server", metavar="URL", nargs="?", help=say("ws.connect_url"))
    con.add_argument("--forget", action="store_true", help=say("ws.forget"))
    con.add_argument("--no-check", action="store_true", help=say("ws.no_check"))
    con.set_defaults(func=cmd_connect)
    for p in (pub, con):
        p.add_argument("--url", metavar="URL", default=argparse.SUPPRESS, help=url_help)
    return [pub, con]

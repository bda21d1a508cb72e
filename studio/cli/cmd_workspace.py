"""``studio workspace``: the team's projects in one database: add folders, list, search, report, calendar."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from studio.cli.i18n import CliError, language, register_error, say, say_in
from studio.cli.workspace_scan import describe_workspace_error, scan
from studio.workspace.errors import WorkspaceError

SORTS = (
    "title",
    "modified",
    "created",
    "post_by",
    "plays",
    "gmv",
    "conversions",
    "variants",
    "platform",
    "status",
)
KINDS = ("hook", "cta", "line", "caption", "visual", "product", "creator", "tag", "title")
#: The list's filters (studio.workspace.listing.FILTER_FIELDS); each one's help names it with what.<name>.
FILTERS = ("product", "platform", "status", "creator", "title", "category")


def _open(args: argparse.Namespace) -> Any:
    # teamdb: a server that cannot be reached gives this computer's own copy, with a note
    from studio.cli.workspace_server import open_for_cli

    return open_for_cli(args.url)


@contextlib.contextmanager
def _opened(args: argparse.Namespace) -> Iterator[Any]:
    """The workspace's backend for the block, closed after it whatever happens."""
    backend = _open(args)
    try:
        yield backend
    finally:
        backend.close()


@contextlib.contextmanager
def _scanned(args: argparse.Namespace, quiet: bool) -> Iterator[Any]:
    """The backend as :func:`_opened` gives it, its folders scanned first unless ``--no-scan``."""
    with _opened(args) as backend:
        if not args.no_scan:
            scan(backend, quiet=quiet)
        yield backend


def cmd_add(args: argparse.Namespace) -> int:
    """Add a folder and index it."""
    folder = Path(args.dir).expanduser()
    if not folder.is_dir():
        raise CliError("ws.not_folder", code=2, path=str(folder))
    with _opened(args) as backend:
        new = backend.add_folder(str(folder.resolve()))
        print(say("ws.added" if new else "ws.already", path=str(folder.resolve())))
        scan(backend)
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """Stop indexing a folder."""
    with _opened(args) as backend:
        backend.remove_folder(str(Path(args.dir).expanduser().resolve()))
        print(say("ws.removed", path=args.dir))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """The projects, filtered and sorted, as a table or JSON."""
    from studio.workspace.listing import select

    with _scanned(args, quiet=args.json) as backend:
        filters = {k: getattr(args, k) for k in FILTERS if getattr(args, k)}
        rows = select(backend.projects(), filters, args.sort, args.desc)
    if args.json:
        data = [{**asdict(r.summary), "path": r.path, "revision": r.revision} for r in rows]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(say("ws.none"))
        return 0
    from studio.workspace.listing import table

    print(table(rows, language()))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Hits for the text, best first, each with its project, beat and shot."""
    from studio.workspace.tokens import query_terms

    with _scanned(args, quiet=True) as backend:
        hits = backend.search(query_terms(args.text), tuple(args.kind or ()), args.limit)
    if args.json:
        data = [
            {"project_id": h.project_id, "project": h.project_title, "path": h.path, **asdict(h.doc)}
            for h in hits
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print(say("ws.no_hits", text=args.text))
        return 0
    from studio.workspace.listing import where

    for h in hits:
        print(f"[{h.doc.kind}] {h.doc.text}\n    {where(h, language())}  ({h.path})")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """The pooled report: sentences and figures, or a PDF/workbook."""
    from studio.workspace import report as rep

    lang = args.lang or language()
    out = Path(args.output) if args.output else None
    if out is not None and out.suffix.lower() not in (".pdf", ".xlsx"):
        raise CliError("ws.bad_out", code=2, path=str(out))
    with _scanned(args, quiet=args.json) as backend:
        facts = backend.result_facts()
    figs = rep.figures(facts, args.metric)
    if args.json:
        data = {
            "videos": len(facts), "metric": args.metric, "min_videos": rep.MIN_VIDEOS,
            "sentences": rep.sentences(figs, lang),
            "figures": [{"dimension": f.dimension, "value": f.value, "rate": f.estimate.value, "low": f.estimate.low,
                         "high": f.estimate.high, "videos": f.videos, "verdict": f.verdict, "versus": f.versus}
                        for f in figs],
        }  # fmt: skip
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif not facts:
        print(say("ws.no_results"))
    else:
        for line in rep.sentences(figs, lang):
            print(line)
    if out is not None:
        from studio.workspace import report_files

        title = say_in(lang, "ws.report.title")
        if out.suffix.lower() == ".pdf":
            report_files.write_report_pdf(out, figs, lang, title)
        else:
            report_files.write_report_xlsx(out, figs, lang)
        print(say("ws.written", path=str(out)), file=sys.stderr)
    return 0


def _month(value: str) -> tuple[int, int]:
    try:
        year, month = (int(x) for x in value.split("-"))
        date(year, month, 1)
    except ValueError:
        raise CliError("ws.bad_month", code=2, value=value) from None
    return year, month


def cmd_calendar(args: argparse.Namespace) -> int:
    """The calendar: a listing with overdue marks, .ics and workbook files."""
    from studio.workspace import calendar as cal

    lang = args.lang or language()
    with _scanned(args, quiet=args.json) as backend:
        if args.month:
            first, last = cal.month_range(*_month(args.month))
            entries = cal.entries(backend, first, last, lang)
        else:
            entries = cal.all_entries(backend, lang)
    if args.json:
        data = [{**asdict(e.item), "overdue": e.overdue, "label": e.label(lang)} for e in entries]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif not entries:
        print(say("ws.no_dates"))
    else:
        mark = say("ws.overdue")
        for e in entries:
            span = f"{e.item.day}–{e.item.end_day}" if e.item.end_day else e.item.day
            print(f"{span}  {e.label(lang)}" + (f"  [{mark}]" if e.overdue else ""))
    if args.ics:
        from studio.workspace.ics import write_ics

        write_ics(Path(args.ics), entries, lang)
        print(say("ws.written", path=args.ics), file=sys.stderr)
    if args.xlsx:
        from studio.workspace.report_files import write_calendar_xlsx

        write_calendar_xlsx(Path(args.xlsx), entries, lang)
        print(say("ws.written", path=args.xlsx), file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the workspace command."""
    p = sub.add_parser("workspace", help=say("ws.help"), description=say("ws.help"))
    p.add_argument("--url", metavar="URL", help=say("ws.url"))
    actions = p.add_subparsers(
        dest="action", metavar="ACTION", title=say("ws.actions"), help=say("ws.actions")
    )
    actions.required = True
    for name, func in (("add", cmd_add), ("remove", cmd_remove)):
        a = actions.add_parser(name, help=say(f"ws.{name}"), description=say(f"ws.{name}"))
        a.add_argument("dir", metavar="DIR", help=say("ws.dir"))
        a.set_defaults(func=func)
    ls = actions.add_parser("list", help=say("ws.list"), description=say("ws.list"))
    for name in FILTERS:
        ls.add_argument(f"--{name}", metavar="TEXT", help=say("ws.filter", what=say(f"what.{name}")))
    ls.add_argument(
        "--sort", choices=SORTS, default="modified", help=say("ws.sort", choices=", ".join(SORTS))
    )
    ls.add_argument("--desc", action="store_true", help=say("ws.desc"))
    ls.set_defaults(func=cmd_list)
    se = actions.add_parser("search", help=say("ws.search"), description=say("ws.search"))
    se.add_argument("text", metavar="TEXT", help=say("ws.text"))
    se.add_argument("--kind", choices=KINDS, action="append", help=say("ws.kind", choices=", ".join(KINDS)))
    se.add_argument("--limit", type=int, default=50, help=say("ws.limit"))
    se.set_defaults(func=cmd_search)
    rp = actions.add_parser("report", help=say("ws.report"), description=say("ws.report"))
    rp.add_argument("-o", "--output", metavar="FILE", help=say("ws.out"))
    metrics = ("view_3s_rate", "completion_rate", "ctr", "cvr")
    rp.add_argument(
        "--metric", choices=metrics, default="view_3s_rate", help=say("ws.metric", choices=", ".join(metrics))
    )
    rp.set_defaults(func=cmd_report)
    ca = actions.add_parser("calendar", help=say("ws.calendar"), description=say("ws.calendar"))
    ca.add_argument("--ics", metavar="FILE", help=say("ws.ics"))
    ca.add_argument("--xlsx", metavar="FILE", help=say("ws.xlsx"))
    ca.add_argument("--month", metavar="YYYY-MM", help=say("ws.month"))
    ca.set_defaults(func=cmd_calendar)
    for a in (ls, se, rp, ca):
        a.add_argument("--json", action="store_true", help=say("ws.json"))
        a.add_argument("--no-scan", action="store_true", help=say("ws.no_scan"))
        a.add_argument("--url", metavar="URL", default=argparse.SUPPRESS, help=say("ws.url"))
    for a in (rp, ca):
        a.add_argument("--lang", choices=("zh", "en"), help=say("ws.lang"))
    from studio.cli import workspace_library

    workspace_library.register(actions)
    from studio.cli import workspace_phases

    workspace_phases.register(actions)
    register_error(WorkspaceError, describe_workspace_error)
    from studio.cli import workspace_server  # teamdb: publish, connect and the server's errors

    workspace_server.register(actions, say("ws.url"))

"""``studio creators``: the project's creators (达人矩阵): list, add, set, remove, import from CSV/XLSX."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from typing import Any

from studio.cli.creator_deals import deal_choices, deal_data, print_due, shown_value
from studio.cli.i18n import CliError, language, readable_detail, register_error, say
from studio.cli.parsing import path_arg, project_arg
from studio.imports.creator_list_import import CreatorImportError
from studio.models.creator_list import CreatorValueError
from studio.models.deals import DEAL_FIELDS
from studio.wording.describe import value_refused

#: The option flags of the creator's fields (the CLI's --name … --notes).
FIELD_FLAGS = (
    "name",
    "platform",
    "handle",
    "variant",
    "status",
    "link",
    "plays",
    "conversions",
    "gmv",
    "notes",
    *DEAL_FIELDS,  # the deal, in the order studio.models.deals gives
)
_TABLE = ("name", "platform", "handle", "variant", "status", "plays", "conversions", "gmv", "fee", "commission",
          "link")  # fmt: skip


def describe_value_error(exc: CreatorValueError) -> str:
    """One line saying which value was refused and why, in the user's language."""
    facts: dict[str, object] = {}
    if exc.reason in ("unknown_platform", "unknown_status"):
        facts["choices"] = _choices(exc.reason)
    elif exc.reason in ("unknown_tier", "unknown_deal"):
        facts["choices"] = deal_choices(exc.reason)
    field = say(f"creators.h.{exc.field}") if exc.field in FIELD_FLAGS else exc.field
    return value_refused(exc, "cli", field, **facts)


def _choices(reason: str) -> str:
    """The platforms or statuses by the names the user reads (and may type), in the CLI's language."""
    from studio.models.brief import CREATOR_STATUSES
    from studio.models.creator_list import STATUS_LABELS
    from studio.models.creator_platforms import CREATOR_PLATFORMS, platform_label

    lang = language()
    if reason == "unknown_platform":
        names = [platform_label(p, lang) for p in CREATOR_PLATFORMS]
    else:
        names = [STATUS_LABELS[s][0 if lang == "zh" else 1] for s in CREATOR_STATUSES]
    return ("、" if lang == "zh" else ", ").join(names)


def describe_import_error(exc: CreatorImportError) -> str:
    """One line saying why a creators file cannot be read."""
    facts = dict(exc.facts)
    detail = facts.get("detail")
    if isinstance(detail, str):  # the OS's words ("No such file or directory") in the user's
        facts["detail"] = readable_detail(detail)
    return say(f"ti.{exc.reason}", path=exc.path, **facts)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _number(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"


def creator_data(t: Any) -> dict[str, Any]:
    """A creator as JSON-ready data (the project file's own form)."""
    from studio.models.brief import Creator
    from studio.models.records import Record

    data: dict[str, Any] = Record(Creator).dump(t)
    return data


def _print_table(path: str, creators: list[Any], project: Any) -> None:
    from studio.exports.common import platform_name
    from studio.models.creator_list import STATUS_LABELS
    from studio.models.deals import project_currency
    from studio.models.rules import variant_label

    if not creators:
        print(say("creators.none", path=path))
        return
    zh = language() == "zh"
    money = project_currency(project)
    rows = [[say(f"creators.h.{f}") for f in _TABLE]]
    for t in creators:
        status = STATUS_LABELS.get(t.status, (t.status, t.status))[0 if zh else 1]
        rows.append([t.name, platform_name(t.platform, language()), t.handle, variant_label(project, t.variant), status, _number(t.plays),
                     _number(t.conversions), _number(t.gmv), shown_value("fee", t.fee, money),
                     shown_value("commission", t.commission, money), t.link])  # fmt: skip
    widths = [max(_width(row[c]) for row in rows) for c in range(len(_TABLE))]
    numeric = {_TABLE.index(f) for f in ("plays", "conversions", "gmv", "fee", "commission")}
    for row in rows:
        cells = []
        for c, cell in enumerate(row):
            pad = " " * (widths[c] - _width(cell))
            cells.append(pad + cell if c in numeric else cell + pad)
        print("  ".join(cells).rstrip())
    print(say("creators.count", count=len(creators)))


def _texts(args: argparse.Namespace) -> dict[str, str]:
    return {f: getattr(args, f) for f in FIELD_FLAGS if getattr(args, f, None) is not None}


def cmd_creators(args: argparse.Namespace) -> int:
    """List the creators, or add, set, remove or import them (each change one undoable edit)."""
    from studio.models import ops
    from studio.models.creator_list import added, from_texts, index_of, removed, replaced, variant_choices
    from studio.models.deals import project_currency
    from studio.store.document import ProjectFile

    action = args.action
    if action == "import":
        return _import(args)
    if action == "set" and not _texts(args):
        raise CliError("creators.nothing_to_set")
    with ProjectFile.open(args.file, readonly=action is None) as pf:
        p = pf.project
        money = project_currency(p)
        if action is None and args.due:
            return print_due(args.file, p.creators, args.json)
        if action is None:
            if args.json:
                from studio.models.rules import variant_label

                # the file's own form (the variant's id, money in minor units) and, for people and
                # scripts, the variant's name and the deal's exact amounts and cost
                rows = [
                    {**creator_data(t), "variant_name": variant_label(p, t.variant), **deal_data(t, money)}
                    for t in p.creators
                ]
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            else:
                _print_table(args.file, p.creators, p)
            return 0
        variants = variant_choices(p)
        if action == "add":
            creator = from_texts(_texts(args), variants, currency=money)
            ops.set_field(p, p, "creators", added(p.creators, creator))
            print(say("creators.added", path=args.file, name=creator.name))
        elif action == "set":
            at = index_of(p.creators, args.key)
            creator = from_texts(_texts(args), variants, p.creators[at], money)
            if creator == p.creators[at]:
                print(say("creators.unchanged", path=args.file, name=creator.name))
                return 0
            ops.set_field(p, p, "creators", replaced(p.creators, at, creator))
            print(say("creators.changed", path=args.file, name=creator.name))
        else:
            at = index_of(p.creators, args.key)
            name = p.creators[at].name
            ops.set_field(p, p, "creators", removed(p.creators, [at]))
            print(say("creators.removed", path=args.file, name=name))
    return 0


#: Bad values listed one a line; past this many, a count (a broken column can fill thousands).
SHOWN_PROBLEMS = 50
#: Row numbers named in one summary line before "…".
SHOWN_ROWS = 50


def _row_list(rows: list[int]) -> str:
    sep = "、" if language() == "zh" else ", "
    return sep.join(str(r) for r in rows[:SHOWN_ROWS]) + (" …" if len(rows) > SHOWN_ROWS else "")


def _import(args: argparse.Namespace) -> int:
    """Preview the list; refuse it when a row is bad unless --skip-bad; apply it in one edit unless --dry-run."""
    from studio.imports.creator_list_import import preview_file
    from studio.models import ops
    from studio.models.deals import project_currency
    from studio.store.document import ProjectFile

    keep = bool(args.keep_agreeing)
    with ProjectFile.open(args.file, readonly=True) as pf:
        plan = preview_file(pf.project, args.source, keep)
        money = project_currency(pf.project)
    for name in plan.added:
        print(say("creators.add_line", name=name))
    replaced: dict[str, list[tuple[str, object, object]]] = {}
    for who, field, old, new in plan.overwritten:
        replaced.setdefault(who, []).append((field, old, new))
    for name in plan.updated:
        print(say("creators.update_line", name=name))
        # Every earlier value the update replaces is listed: nothing goes unseen.
        for field, old, new in replaced.get(name, []):
            print(say("creators.kept_line" if keep else "creators.overwrite_line", field=say(f"creators.h.{field}"),
                      old=shown_value(field, old, money), new=shown_value(field, new, money)))  # fmt: skip
    # A creator the list would change only where the project's value is kept is listed too.
    for name in {who for who, *_ in plan.overwritten} - set(plan.updated) if keep else ():
        print(say("creators.update_line", name=name))
        for field, old, new in replaced.get(name, []):
            print(say("creators.kept_line", field=say(f"creators.h.{field}"), old=shown_value(field, old, money),
                      new=shown_value(field, new, money)))  # fmt: skip
    if plan.overwritten and not keep and not args.replace:
        print(say("creators.conflicts", source=args.source, count=len(plan.overwritten)))
    # The bad values are diagnostics: on standard error, the plan on standard output.
    for problem in plan.problems[:SHOWN_PROBLEMS]:
        print(say("creators.problem_line", problem=describe_value_error(problem)), file=sys.stderr)
    if len(plan.problems) > SHOWN_PROBLEMS:
        print(say("creators.more_problems", count=len(plan.problems) - SHOWN_PROBLEMS), file=sys.stderr)
    skipped = plan.skipped
    if args.dry_run:
        print(say("creators.would", source=args.source, added=len(plan.added), updated=len(plan.updated)))
        if skipped:
            print(say("creators.would_skip", source=args.source, rows=_row_list(skipped)))
        return 0
    if skipped and len(skipped) == plan.rows:
        raise CliError("creators.all_bad", code=1, source=args.source)
    if skipped and not args.skip_bad:
        raise CliError("creators.bad_rows", code=1, source=args.source, count=len(skipped), rows=plan.rows,
                       good=plan.rows - len(skipped))  # fmt: skip
    with ProjectFile.open(args.file) as pf:
        p = pf.project
        # Merged again on the writable copy, so the import starts from this file's current creators.
        final = preview_file(p, args.source, keep)
        if final.changes:
            ops.set_field(p, p, "creators", final.creators)
    print(say("creators.imported", path=args.file, source=args.source, added=len(final.added),
              updated=len(final.updated)))  # fmt: skip
    if final.skipped:
        print(say("creators.skipped", source=args.source, rows=_row_list(final.skipped)))
    return 0


def _field_options(p: argparse.ArgumentParser) -> None:
    for name in FIELD_FLAGS:
        flag = "--" + name.replace("_", "-")
        # argparse formats help with %: the rates' "10%" must reach it as "10%%"
        p.add_argument(
            flag, dest=name, metavar=name.upper(), help=say(f"creators.f.{name}").replace("%", "%%")
        )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``studio creators``, and ``studio talents``, its name until creators were called creators
    everywhere: the same command for the scripts that still call it, left out of the command list."""
    _arguments(sub.add_parser("creators", help=say("creators.help"), description=say("creators.help")))
    _arguments(sub.add_parser("talents", description=say("creators.help")))  # no help=: not listed
    # A value typed wrong must change (2); a file with a bad value or unreadable content is bad content (1).
    register_error(CreatorValueError, describe_value_error, code=2)
    register_error(CreatorImportError, describe_import_error)


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", type=project_arg, help=say("cli.project_file"))
    p.add_argument("--json", action="store_true", help=say("creators.json"))
    from studio.models.deals import DUE_DAYS, EXPIRY_DAYS

    p.add_argument("--due", action="store_true", help=say("creators.due", post=DUE_DAYS, rights=EXPIRY_DAYS))
    actions = p.add_subparsers(
        dest="action", metavar="ACTION", title=say("creators.actions"), help=say("creators.actions")
    )
    add = actions.add_parser("add", help=say("creators.add"), description=say("creators.add"))
    _field_options(add)
    change = actions.add_parser("set", help=say("creators.set"), description=say("creators.set"))
    change.add_argument("key", metavar="NAME", help=say("creators.key"))
    _field_options(change)
    gone = actions.add_parser("remove", help=say("creators.remove"), description=say("creators.remove"))
    gone.add_argument("key", metavar="NAME", help=say("creators.key"))
    load = actions.add_parser("import", help=say("creators.import"), description=say("creators.import"))
    load.add_argument("source", metavar="LIST", type=path_arg, help=say("creators.source"))
    load.add_argument("--dry-run", action="store_true", help=say("creators.dry_run"))
    load.add_argument("--skip-bad", action="store_true", help=say("creators.skip_bad"))
    choice = load.add_mutually_exclusive_group()
    choice.add_argument("--replace", action="store_true", help=say("creators.replace"))
    choice.add_argument("--keep-agreeing", action="store_true", help=say("creators.keep_agreeing"))
    p.set_defaults(func=cmd_creators)

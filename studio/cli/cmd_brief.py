"""``studio brief``: show a project's creative brief, or set it from a JSON file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from studio.cli.i18n import language, say
from studio.cli.parsing import path_arg, project_arg


def brief_data(project: Any) -> dict[str, Any]:
    """The brief with the project fields it reads (product, category, platform), as JSON-ready data."""
    from studio.models.brief import Brief
    from studio.models.records import Record

    return {
        "product": project.product,
        "brand": project.brand,
        "category": project.category.value,
        "platform": project.platform,
        **Record(Brief).dump(project.brief),
    }


def _items(values: list[str]) -> str:
    return ("、" if language() == "zh" else "; ").join(values) if values else say("brief.unset")


def _print_text(path: str, project: Any) -> None:
    from studio.exports.common import platform_name
    from studio.models.vocab import label

    b = project.brief
    unset = say("brief.unset")
    if b.is_empty():
        print(say("brief.empty", path=path))
    print(say("brief.product", product=project.product or unset, brand=project.brand or unset,
              category=label(project.category, language())))  # fmt: skip
    length = say("brief.seconds", n=b.target_s) if b.target_s else unset
    print(say("brief.platform", platform=platform_name(project.platform, language()), length=length))
    if b.personas:
        print(say("brief.personas"))
        for p in b.personas:
            print(say("brief.persona", name=p.name, who=p.who or unset, watches=p.watches or unset,
                      says=p.says or unset))  # fmt: skip
        for rank, p in enumerate(b.personas, 1):  # what --for takes
            print(say("brief.persona_ids", rank=rank, id=p.id, name=p.name))
    print(say("brief.pains", items=_items(b.pains)))
    for pid, pain in b.pain_links():  # the ids --link takes
        print(say("brief.pain_ids", id=pid, pain=pain))
    print(say("brief.itches", items=_items(b.itches)))
    print(say("brief.pleasures", items=_items(b.pleasures)))
    if b.ranked_points():
        print(say("brief.points"))
        for rank, sp in enumerate(b.ranked_points(), 1):
            pain = b.answered_pain(sp)
            linked = any(pid == sp.answers for pid, _ in b.pain_links())
            answers = say("brief.answers" if linked else "brief.answers_unlinked", pain=pain) if pain else ""
            if sp.for_persona:
                known = any(p.id == sp.for_persona for p in b.personas)
                answers += say(
                    "brief.for_persona" if known else "brief.for_unlinked", persona=b.persona_for(sp)
                )
            print(
                say("brief.point", rank=rank, point=sp.point, evidence=sp.evidence or unset, answers=answers)
            )
    print(say("brief.scenes", items=_items(b.scenes)))
    o = b.offer
    print(say("brief.offer", price=o.price or unset, coupon=o.coupon or unset,
              deadline=o.deadline or unset, stock=o.stock or unset))  # fmt: skip
    print(say("brief.must_say", items=_items(b.must_say)))
    print(say("brief.banned", items=_items(b.banned)))
    print(say("brief.hashtags", items=_items(b.hashtags)))
    if b.post_by:
        print(say("brief.post_by", when=b.post_by))
    if b.hand_in:
        print(say("brief.hand_in", how=b.hand_in))
    if b.product_link:
        print(say("brief.product_link", link=b.product_link))
    if project.creators:
        print(say("brief.creators", count=len(project.creators)))


def read_brief_json(source: str) -> Any:
    """A brief from a JSON file (the object ``studio brief --json`` prints); raises InterchangeError."""
    from studio.cli.i18n import CliError
    from studio.models.brief import Brief, cleaned
    from studio.models.errors import InterchangeError
    from studio.models.fields import ABSENT, BadValue, WrongKind
    from studio.models.records import Record
    from studio.models.serial import kind_of, loads

    try:
        data = loads(Path(source).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CliError("brief.not_json", path=source, detail=str(exc)[:120]) from None
    try:
        return cleaned(Record(Brief).load(data, ABSENT))
    except WrongKind as exc:
        raise InterchangeError(source, f"${exc.at}", "wrong_kind", expected=exc.expected,
                               found=kind_of(exc.value)) from None  # fmt: skip
    except BadValue as exc:
        raise InterchangeError(source, f"${exc.at}", exc.reason, **exc.facts) from None


def cmd_brief(args: argparse.Namespace) -> int:
    """Show the brief; with --set, replace it first (one undoable edit)."""
    from studio.cli.brief_needs import chosen_template, needs_data, print_needs
    from studio.models import ops
    from studio.store.document import ProjectFile

    if args.check_script:
        return _check_script(args)
    new = read_brief_json(args.set) if args.set else None
    with ProjectFile.open(args.file, readonly=new is None and not args.link and not args.for_persona) as pf:
        p = pf.project
        if new is not None:
            ops.set_field(p, p, "brief", new)
            print(say("brief.saved", path=args.file, source=args.set))
        for point_key, pain_key in args.link or []:
            _link(args.file, p, point_key, pain_key)
        for point_key, persona_key in args.for_persona or []:
            _for(args.file, p, point_key, persona_key)
        template = chosen_template(p, args.template)
        if args.json:
            print(
                json.dumps(
                    {**brief_data(p), "template": needs_data(p, template)}, ensure_ascii=False, indent=2
                )
            )
        else:
            _print_text(args.file, p)
            print_needs(p, template)
    return 0


def _point_at(project: Any, point_key: str) -> int:
    """The index of the selling point named by its exact text or its rank (key point first)."""
    from studio.cli.i18n import CliError

    b = project.brief
    points = b.selling_points
    ranked = b.ranked_points()
    at = next((i for i, sp in enumerate(points) if sp.point.strip() == point_key.strip()), None)
    if at is None and point_key.strip().isdigit() and 1 <= int(point_key) <= len(ranked):
        at = next(i for i, sp in enumerate(points) if sp is ranked[int(point_key) - 1])
    if at is None:
        choices = ", ".join(f"{n}. {sp.point}" for n, sp in enumerate(ranked, 1))
        raise CliError("brief.no_point", code=2, name=point_key, choices=choices or say("brief.unset"))
    return at


def _for(path: str, project: Any, point_key: str, persona_key: str) -> None:
    """Say which persona one selling point is for, chosen by id, exact name or rank (one edit)."""
    import dataclasses

    from studio.cli.i18n import CliError
    from studio.models import ops

    b = project.brief
    at = _point_at(project, point_key)
    key = persona_key.strip()
    if key in ("", "-"):
        persona = None
    else:
        persona = next((p for p in b.personas if key in (p.id, p.name.strip())), None)
        if persona is None and key.isdigit() and 1 <= int(key) <= len(b.personas):
            persona = b.personas[int(key) - 1]
        if persona is None:
            choices = ", ".join(f"{n}. {p.id} {p.name}" for n, p in enumerate(b.personas, 1))
            raise CliError(
                "brief.no_persona", code=2, name=persona_key, choices=choices or say("brief.unset")
            )
    points = list(b.selling_points)
    point = points[at]
    points[at] = dataclasses.replace(point, for_persona=persona.id if persona else "")
    ops.set_field(project, project, "brief", dataclasses.replace(b, selling_points=points))
    if persona is not None:
        print(say("brief.for_set", path=path, point=point.point, persona=persona.name))
    else:
        print(say("brief.for_cleared", path=path, point=point.point))


def _link(path: str, project: Any, point_key: str, pain_key: str) -> None:
    """Link one selling point to a pain chosen by id or exact text (one undoable edit)."""
    import dataclasses

    from studio.cli.i18n import CliError
    from studio.models import ops

    b = project.brief
    points = b.selling_points
    at = _point_at(project, point_key)
    links = b.pain_links()
    if pain_key.strip() in ("", "-"):
        pain_id, pain = "", ""
    else:
        found = next(((pid, t) for pid, t in links if pain_key in (pid, t) or pain_key.strip() == t), None)
        if found is None:
            choices = ", ".join(f"{pid} {t}" for pid, t in links)
            raise CliError("brief.no_pain", code=2, name=pain_key, choices=choices or say("brief.unset"))
        pain_id, pain = found
    new_points = list(points)
    new_points[at] = dataclasses.replace(points[at], answers=pain_id)
    ops.set_field(project, project, "brief", dataclasses.replace(b, selling_points=new_points))
    if pain:
        print(say("brief.linked", path=path, point=points[at].point, pain=pain))
    else:
        print(say("brief.unlinked", path=path, point=points[at].point))


def _check_script(args: argparse.Namespace) -> int:
    """Check a returned script; exit status 1 when something must go back to the creator."""
    from studio.guide.rules.returned import check_returned
    from studio.imports.returned_docx import read_returned
    from studio.store.document import ProjectFile

    text = read_returned(args.check_script)
    with ProjectFile.open(args.file, readonly=True) as pf:
        result = check_returned(pf.project, text)
    source = args.check_script
    lang = language()
    if args.json:
        adlaw = [{"line": h.line, "term": h.term, "category": h.category, "severity": h.severity,
                  "suggest": h.suggest, "message": h.message(lang)} for h in result.adlaw]  # fmt: skip
        print(json.dumps({"missing": list(result.missing), "banned": list(result.banned), "adlaw": adlaw,
                          "seconds": result.seconds, "target_s": result.target_s, "too_long": result.too_long},
                         ensure_ascii=False, indent=2))  # fmt: skip
        return 0 if result.ok else 1
    for line in result.missing:
        print(say("brief.returned_missing", source=source, line=line))
    for word in result.banned:
        print(say("brief.returned_banned", source=source, word=word))
    for hit in result.adlaw:
        key = "brief.returned_adlaw" if hit.severity == "error" else "brief.returned_adlaw_warning"
        print(say(key, source=source, line=hit.line, message=hit.message(lang)))
    if result.too_long:
        print(say("brief.returned_long", source=source, seconds=result.seconds, target=result.target_s))
    if result.ok:
        print(say("brief.returned_ok", source=source, seconds=result.seconds))
    return 0 if result.ok else 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the brief command."""
    p = sub.add_parser("brief", help=say("brief.help"), description=say("brief.help"))
    p.add_argument("file", metavar="FILE", type=project_arg, help=say("brief.file"))
    p.add_argument("--set", metavar="JSON", type=path_arg, help=say("brief.set"))
    p.add_argument("--link", nargs=2, action="append", metavar=("POINT", "PAIN"), help=say("brief.link"))
    p.add_argument(
        "--for",
        dest="for_persona",
        nargs=2,
        action="append",
        metavar=("POINT", "PERSONA"),
        help=say("brief.for"),
    )
    p.add_argument("--check-script", metavar="SCRIPT", type=path_arg, help=say("brief.check_script"))
    p.add_argument("--json", action="store_true", help=say("brief.json"))
    from studio.cli.brief_needs import template_help
    from studio.guide.brief.templates import templates

    p.add_argument("--template", metavar="TEMPLATE", choices=sorted(templates()), help=template_help())
    p.set_defaults(func=cmd_brief)
    from studio.cli.i18n import register_error
    from studio.imports.returned_docx import ReturnedScriptError

    register_error(ReturnedScriptError, lambda e: say(f"returned.{e.reason}", path=e.path))

"""``studio review``: the client review loop: send a round, import what came back, decide shot by shot."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from studio.cli.i18n import CliError, language, register_error, say
from studio.cli.parsing import path_arg, project_arg
from studio.models.review import ReviewError
from studio.review.errors import ReviewFileError


def _describe_file_error(exc: ReviewFileError) -> str:
    from studio.review.words import refusal

    return refusal(exc, language())


def _describe_review_error(exc: ReviewError) -> str:
    return say(f"re.{exc.reason}", **exc.facts)


def _field(name: str) -> str:
    from studio.exports.common import word

    return word(name, language()) if name else ""


def _codes(project: Any) -> dict[str, str]:
    return {s.id: s.code for sc in project.scripts for _, _, s in sc.iter_shots()}


def _short(text: str, limit: int = 60) -> str:
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def _where(codes: dict[str, str], shot: str, name: str) -> str:
    code = codes.get(shot, shot[:8] if shot else "?")
    return f"{code} · {_field(name)}" if name else code


def _print_items(project: Any, comments: list[Any], suggestions: list[Any], approvals: list[Any]) -> None:
    codes = _codes(project)
    for c in comments:
        if not c.shot:
            print(say("review.unplaced", where=c.where or "?", text=_short(c.text)))
            continue
        print(say("review.c_line", id=c.id or "-", code=_where(codes, c.shot, c.field), field="", author=c.author,
                  text=_short(c.text)))  # fmt: skip
        for r in c.replies:
            print(say("review.r_line", author=r.author, text=_short(r.text)))
    for s in suggestions:
        if not s.shot:
            print(say("review.unplaced", where=s.where or "?", text=_short(s.new)))
            continue
        print(say("review.s_line", id=s.id or "-", code=_where(codes, s.shot, s.field), field="",
                  source=say(f"review.src.{s.source}"), author=s.author, old=_short(s.old, 30),
                  new=_short(s.new, 30)))  # fmt: skip
    for a in approvals:
        print(say("review.a_line", code=codes.get(a.shot, a.shot), status=say(f"review.st.{a.status}")))


def _send(args: argparse.Namespace) -> int:
    from studio.exports.common import pick_variants
    from studio.review.send import send_round
    from studio.store.document import ProjectFile

    folder = Path(args.out)
    if folder.exists() and not folder.is_dir():
        raise CliError("review.not_folder", path=str(folder))
    folder.mkdir(parents=True, exist_ok=True)  # the round's own folder, made as asked
    with ProjectFile.open(args.file) as pf:
        project = pf.project
        script = project.script(args.script) if args.script else project.scripts[0]
        variants = list(script.variants) if args.all else pick_variants(script, args.variant)
        lang = args.lang or project.language
        sent = send_round(pf, script, variants, Path(args.out), args.client or "", lang,
                          docx=args.only != "xlsx", workbook=args.only != "docx")  # fmt: skip
    files = ", ".join(str(f) for f in sent.files)
    client = args.client or say("review.no_client")
    print(
        say(
            "review.sent",
            path=args.file,
            number=sent.number,
            client=client,
            files=files,
            snapshot=sent.snapshot,
        )
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    from studio.review.importer import apply_plan, read_plan
    from studio.store.document import ProjectFile

    # Read with the file opened read-only: a refused or repeated import leaves it untouched.
    with ProjectFile.open(args.file, readonly=True) as pf:
        plan = read_plan(pf, args.returned)
        _show_plan(args, pf.project, plan)
    if args.dry_run:
        if not args.json:
            print(say("review.would"))
        return 0
    if plan.already and plan.counts == type(plan.counts)():
        if not args.json:
            print(say("review.already", source=args.returned))
        return 0
    with ProjectFile.open(args.file) as pf:
        apply_plan(pf, plan)  # the items as listed, with the ids shown
    if not args.json:
        n = plan.counts
        print(say("review.added", path=args.file, comments=n.comments, replies=n.replies, suggestions=n.suggestions,
                  approvals=n.approvals))  # fmt: skip
    return 0


def _show_plan(args: argparse.Namespace, project: Any, plan: Any) -> None:
    from studio.models.records import Record
    from studio.models.review import Approval, ReviewComment, Suggestion

    if args.json:
        data = {
            "round": plan.round.number,
            "already": plan.already,
            "comments": [Record(ReviewComment).dump(c) for c in plan.comments],
            "suggestions": [Record(Suggestion).dump(s) for s in plan.suggestions],
            "approvals": [Record(Approval).dump(a) for a in plan.approvals],
            "added": plan.counts.__dict__,
            "notes": plan.notes,
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    print(say("review.read", source=args.returned, number=plan.round.number, comments=len(plan.comments),
              suggestions=len(plan.suggestions), approvals=len(plan.approvals)))  # fmt: skip
    _print_items(project, plan.comments, plan.suggestions, plan.approvals)
    for note in plan.notes:
        print(say("review.note", note=note))


def _decide(args: argparse.Namespace, accept: bool) -> int:
    from studio.review import decide
    from studio.store.document import ProjectFile

    if not args.ids and not args.all and not args.author:
        raise CliError("review.name_ids")
    with ProjectFile.open(args.file) as pf:
        project = pf.project
        picked = [
            s for s in decide.chosen(project.review, args.ids, args.author, args.all) if s.state == "pending"
        ]
        if not picked:
            raise CliError("review.none_chosen", code=1)
        if not accept:
            decide.decline(project, picked)
            print(say("review.declined", path=args.file, count=len(picked)))
            return 0
        edits = decide.accept(project, picked)
        print(say("review.accepted", path=args.file, count=len(picked), edits=len(edits)))
        _guide(project, edits)
    return 0


def _guide(project: Any, edits: list[Any]) -> None:
    """The guide's word on the text just accepted (an ad-law word the client added is flagged)."""
    from studio.guide.checker import check_project

    touched = {(e.shot.id, e.field) for e in edits}
    if not touched:
        return
    codes = _codes(project)
    seen: set[tuple[str, str, str]] = set()
    for finding in check_project(project):
        loc = finding.location
        if (loc.shot_id, loc.field) in touched:
            text = finding.message(language())
            key = (loc.shot_id or "", loc.field or "", text)
            if key not in seen:
                seen.add(key)
                print(say("review.guide", code=codes.get(loc.shot_id or "", ""), field=_field(loc.field or ""),
                          message=text))  # fmt: skip


def _approve(args: argparse.Namespace) -> int:
    from studio.models import ops
    from studio.models import review as rv
    from studio.models.entities import now_iso
    from studio.review.decide import STATUS_WORDS, find_shot
    from studio.store.document import ProjectFile

    status = STATUS_WORDS.get(args.status.strip().casefold())
    if status is None:
        raise ReviewError("bad_status", value=args.status)
    with ProjectFile.open(args.file) as pf:
        project = pf.project
        shot = find_shot(project, args.shot)
        ops.set_field(project, project, "review", rv.approve(project.review, shot.id, status, date=now_iso()))
    print(say("review.approved", path=args.file, code=shot.code, status=say(f"review.st.{status}")))
    return 0


def _comment(args: argparse.Namespace, resolve: bool) -> int:
    from studio.models import ops
    from studio.models import review as rv
    from studio.models.entities import now_iso
    from studio.store.document import ProjectFile

    with ProjectFile.open(args.file) as pf:
        project = pf.project
        found = rv.find_comment(project.review, args.comment)
        if resolve:
            new = rv.with_resolved(project.review, found.id, not args.reopen)
            key = "review.reopened" if args.reopen else "review.resolved"
        else:
            new = rv.with_reply(project.review, found.id, rv.Reply(args.author or "", now_iso(), args.text))
            key = "review.replied"
        ops.set_field(project, project, "review", new)
    print(say(key, path=args.file, id=found.id))
    return 0


def _status(args: argparse.Namespace) -> int:
    from studio.models import review as rv
    from studio.review.decide import sent_shot_ids
    from studio.store.document import ProjectFile

    with ProjectFile.open(args.file, readonly=True) as pf:
        project = pf.project
        review = project.review
        latest = review.latest
        if latest is None:
            print(say("review.no_rounds", path=args.file))
            return 0
        summary = rv.summarize(review, sent_shot_ids(project, latest))
        if args.json:
            from studio.models.records import Record

            print(json.dumps({"round": latest.number, "summary": summary.__dict__,
                              "review": Record(rv.Review).dump(review)}, ensure_ascii=False, indent=2))  # fmt: skip
            return 0
        print(say("review.round_line", name=latest.name(language()), summary=summary.line(language())))
        open_comments = [c for c in review.comments if not c.resolved]
        pending = [s for s in review.suggestions if s.state == "pending"]
        _print_items(project, open_comments, pending, [])
    return 0


def _changes(args: argparse.Namespace) -> int:
    from studio.review.changes_doc import write_changes
    from studio.store.document import ProjectFile

    out = Path(args.output)
    if out.suffix.lower() not in (".docx", ".pdf"):
        raise CliError("review.bad_out", path=str(out))
    with ProjectFile.open(args.file, readonly=True) as pf:
        round_ = pf.project.review.round(args.since)
        if round_ is None:
            choices = ", ".join(str(r.number) for r in pf.project.review.rounds) or "-"
            raise CliError("re.no_round", value=args.since, choices=choices)
        written = write_changes(pf, round_, out, args.lang or pf.project.language)
    print(say("review.changes_written", path=args.file, name=round_.name(language()), out=str(written)))
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    """Run one review action."""
    action = args.action
    if action == "send":
        return _send(args)
    if action == "import":
        return _import(args)
    if action in ("accept", "decline"):
        return _decide(args, action == "accept")
    if action == "approve":
        return _approve(args)
    if action in ("reply", "resolve"):
        return _comment(args, action == "resolve")
    if action == "changes":
        return _changes(args)
    return _status(args)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the review command."""
    p = sub.add_parser("review", help=say("review.help"), description=say("review.help"))
    actions = p.add_subparsers(
        dest="action",
        metavar="ACTION",
        title=say("review.actions"),
        help=say("review.actions"),
        required=True,
    )

    def action(name: str) -> argparse.ArgumentParser:
        a = actions.add_parser(name, help=say(f"review.{name}"), description=say(f"review.{name}"))
        a.add_argument("file", metavar="PROJECT", type=project_arg, help=say("cli.project_file"))
        return a

    a = action("send")
    a.add_argument("-o", "--out", metavar="DIR", required=True, type=path_arg, help=say("review.out"))
    which = a.add_mutually_exclusive_group()
    which.add_argument("--variant", action="append", metavar="V", help=say("review.variant"))
    which.add_argument("--all", action="store_true", help=say("review.all"))
    a.add_argument("--client", metavar="NAME", help=say("review.client"))
    a.add_argument("--script", metavar="S", help=say("review.script"))
    a.add_argument("--only", choices=("docx", "xlsx"), help=say("review.only"))
    a.add_argument("--lang", choices=("zh", "en"), help=say("review.lang"))
    a = action("import")
    a.add_argument("returned", metavar="RETURNED", type=path_arg, help=say("review.returned"))
    a.add_argument("--dry-run", action="store_true", help=say("review.dry_run"))
    a.add_argument("--json", action="store_true", help=say("review.json"))
    for name in ("accept", "decline"):
        a = action(name)
        a.add_argument("ids", nargs="*", metavar="ID", help=say("review.ids"))
        a.add_argument("--all", action="store_true", help=say("review.every"))
        a.add_argument("--author", metavar="NAME", help=say("review.author"))
    a = action("approve")
    a.add_argument("shot", metavar="SHOT", help=say("review.shot"))
    a.add_argument("--status", required=True, help=say("review.status_opt"))
    a = action("reply")
    a.add_argument("comment", metavar="COMMENT", help=say("review.comment"))
    a.add_argument("text", metavar="TEXT", help=say("review.text"))
    a.add_argument("--author", metavar="NAME", help=say("review.author"))
    a = action("resolve")
    a.add_argument("comment", metavar="COMMENT", help=say("review.comment"))
    a.add_argument("--reopen", action="store_true", help=say("review.reopen"))
    a = action("status")
    a.add_argument("--json", action="store_true", help=say("review.json"))
    a = action("changes")
    a.add_argument("--since", required=True, metavar="ROUND", help=say("review.since"))
    a.add_argument("-o", "--output", required=True, metavar="FILE", type=path_arg, help=say("review.file"))
    a.add_argument("--lang", choices=("zh", "en"), help=say("review.lang"))
    p.set_defaults(func=cmd_review)
    register_error(ReviewFileError, _describe_file_error)
    register_error(ReviewError, _describe_review_error, code=1)

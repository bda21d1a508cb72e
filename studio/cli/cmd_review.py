"""``studio review``: the client review loop: send a round, import what came back, decide shot by shot."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from studio.cli.i18n import CliError, add_messages, language, register_error, say
from studio.cli.parsing import path_arg, project_arg
from studio.models.review import ReviewError
from studio.review.errors import ReviewFileError

add_messages(
    {
        "review.help": ("client review: send a round, import the returned file, accept or decline, approve shots",
                        "客户审阅：发出一轮、导入返回的文件、接受或拒绝修改、逐镜头通过"),
        "review.actions": ("what to do", "要做的事"),
        "review.send": ("write the Word storyboard and the review workbook for the client and take a named snapshot",
                        "为客户生成 Word 分镜和审阅表，并保存一个命名快照"),
        "review.import": ("read a returned .docx or .xlsx: comments, tracked changes, plain edits, approvals "
                          "(nothing is applied to the script until accepted)",
                          "读取返回的 .docx 或 .xlsx：批注、修订、直接改动、通过意见（接受前不改动脚本）"),
        "review.accept": ("accept suggested edits (their text goes into the shots)", "接受修改建议（文字写入镜头）"),
        "review.decline": ("decline suggested edits", "拒绝修改建议"),
        "review.approve": ("set a shot's client approval", "设置镜头的客户审批状态"),
        "review.reply": ("answer a comment", "回复批注"),
        "review.resolve": ("mark a comment resolved", "将批注标为已解决"),
        "review.status": ("the round's summary and every open item by shot", "本轮摘要及各镜头未处理的事项"),
        "review.changes": ("write what changed since a round (.docx or .pdf)", "导出自某轮以来的改动（.docx 或 .pdf）"),
        "review.out": ("the folder to write into", "输出文件夹"),
        "review.variant": ("a variant to send (repeatable; default: the base variant)", "要发送的版本（可重复；默认基础版）"),
        "review.all": ("send every variant", "发送全部版本"),
        "review.no_client": ("the client", "客户"),
        "review.not_folder": ("{path} is a file, not a folder: name a folder for the review files",
                              "{path} 是文件而不是文件夹：请给出存放审阅文件的文件夹"),
        "review.script": ("the script to send, by title or id (default: the first)", "要发送的脚本（标题或 ID；默认第一个）"),
        "review.client": ("who the round goes to", "发给谁（客户名称）"),
        "review.only": ("write only the storyboard (docx) or only the workbook (xlsx)", "只生成分镜（docx）或只生成审阅表（xlsx）"),
        "review.lang": ("language of the documents", "文档语言"),
        "review.returned": ("the returned .docx or .xlsx", "返回的 .docx 或 .xlsx"),
        "review.dry_run": ("show what the file holds, store nothing", "只显示文件内容，不保存"),
        "review.json": ("print JSON", "输出 JSON"),
        "review.ids": ("suggestion ids (as listed by import and status)", "修改建议编号（见 import 与 status 的列表）"),
        "review.every": ("every pending suggestion (of --author when given)", "全部待定建议（给出 --author 时只限该人）"),
        "review.author": ("only this person's suggestions; for replies, who answers", "只处理此人的建议；回复时为回复人"),
        "review.shot": ("the shot's code or id", "镜号或镜头 ID"),
        "review.status_opt": ("approved/通过, changes/需修改 or pending/待审", "approved/通过、changes/需修改 或 pending/待审"),
        "review.comment": ("the comment's id", "批注编号"),
        "review.text": ("the answer", "回复内容"),
        "review.reopen": ("open the comment again", "重新打开批注"),
        "review.since": ("the round: its number, \"Round 1\" or its snapshot's name", "轮次：编号、“Round 1”或快照名"),
        "review.file": ("the file to write (.docx or .pdf)", "要写入的文件（.docx 或 .pdf）"),
        "review.sent": ("{path}: round {number} sent to {client}: {files}; snapshot “{snapshot}”",
                        "{path}：第 {number} 轮已发给 {client}：{files}；快照“{snapshot}”"),
        "review.read": ("{source}: round {number}, {comments} comment(s), {suggestions} suggested edit(s), "
                        "{approvals} approval(s)", "{source}：第 {number} 轮，{comments} 条批注，{suggestions} 条修改建议，"
                        "{approvals} 条审批"),
        "review.c_line": ("  [{id}] {code}{field} {author}: {text}", "  [{id}] {code}{field} {author}：{text}"),
        "review.r_line": ("      ↳ {author}: {text}", "      ↳ {author}：{text}"),
        "review.s_line": ("  [{id}] {code}{field} {source} {author}: “{old}” → “{new}”",
                          "  [{id}] {code}{field} {source} {author}：“{old}” → “{new}”"),
        "review.a_line": ("  {code}: {status}", "  {code}：{status}"),
        "review.unplaced": ("  ? not placed ({where}): {text}", "  ? 无法定位（{where}）：{text}"),
        "review.note": ("  ! {note}", "  ! {note}"),
        "review.added": ("{path}: added {comments} comment(s), {replies} reply(ies), {suggestions} suggestion(s), "
                         "{approvals} approval(s); nothing in the script changes until you accept "
                         "('studio review accept FILE ID' or --all)",
                         "{path}：新增 {comments} 条批注、{replies} 条回复、{suggestions} 条修改建议、{approvals} 条审批；"
                         "脚本在接受之前不会改动（'studio review accept 文件 编号' 或 --all）"),
        "review.already": ("{source} was imported before: nothing new", "{source} 已导入过：没有新内容"),
        "review.would": ("(dry run: nothing stored)", "（试运行：未保存）"),
        "review.accepted": ("{path}: accepted {count} suggestion(s), {edits} field(s) changed",
                            "{path}：已接受 {count} 条建议，改动 {edits} 个字段"),
        "review.declined": ("{path}: declined {count} suggestion(s)", "{path}：已拒绝 {count} 条建议"),
        "review.none_chosen": ("no pending suggestion matches; see 'studio review status FILE'",
                               "没有符合的待定建议；请看 'studio review status 文件'"),
        "review.name_ids": ("name suggestion ids, or use --all (with --author NAME for one person's)",
                            "请给出建议编号，或用 --all（加 --author 姓名 只处理某人的）"),
        "review.approved": ("{path}: {code} is now {status}", "{path}：{code} 现为 {status}"),
        "review.replied": ("{path}: answered comment {id}", "{path}：已回复批注 {id}"),
        "review.resolved": ("{path}: comment {id} resolved", "{path}：批注 {id} 已解决"),
        "review.reopened": ("{path}: comment {id} open again", "{path}：批注 {id} 已重新打开"),
        "review.no_rounds": ("{path}: nothing sent for review yet ('studio review send FILE -o DIR')",
                             "{path}：还没有发出审阅（'studio review send 文件 -o 文件夹'）"),
        "review.round_line": ("{name}: {summary}", "{name}：{summary}"),
        "review.guide": ("  guide: {code} {field}: {message}", "  检查：{code} {field}：{message}"),
        "review.changes_written": ("{path}: changes since {name} written to {out}", "{path}：自{name}以来的改动已写入 {out}"),
        "review.bad_out": ("{path}: the changes document is a .docx or a .pdf", "{path}：改动文档须为 .docx 或 .pdf"),
        "review.st.pending": ("pending", "待审"),
        "review.st.approved": ("approved", "通过"),
        "review.st.changes": ("changes requested", "需修改"),
        "review.src.tracked": ("tracked", "修订"),
        "review.src.plain": ("edited", "直接改动"),
        "review.src.workbook": ("workbook", "审阅表"),
        "re.no_item": ("no suggestion or comment with id {value}; see 'studio review status FILE'",
                       "没有编号为 {value} 的建议或批注；请看 'studio review status 文件'"),
        "re.stale": ("suggestion {value} no longer fits: the field changed since the client saw it; decline it or "
                     "edit the shot by hand (nothing was changed)",
                     "建议 {value} 已不适用：该字段在客户看过之后又改过；请拒绝它或手动修改（未做任何改动）"),
        "re.gone": ("suggestion {value} is on a shot since removed; decline it (nothing was changed)",
                    "建议 {value} 所在的镜头已删除；请拒绝它（未做任何改动）"),
        "re.bad_status": ("unknown approval “{value}”: use approved/通过, changes/需修改 or pending/待审",
                          "未知的审批状态“{value}”：请用 approved/通过、changes/需修改 或 pending/待审"),
        "re.no_round": ("no round “{value}”; rounds: {choices}", "没有轮次“{value}”；现有：{choices}"),
    }
)  # fmt: skip


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
    from studio.review.changes import write_changes
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

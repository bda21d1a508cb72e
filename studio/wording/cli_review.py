"""Wording of ``studio.cli.cmd_review``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "review.help": (
        "客户审阅：发出一轮、导入返回的文件、接受或拒绝修改、逐镜头通过",
        "client review: send a round, import the returned file, accept or decline, approve shots",
    ),
    "review.actions": ("要做的事", "what to do"),
    "review.send": (
        "为客户生成 Word 分镜和审阅表，并保存一个命名快照",
        "write the Word storyboard and the review workbook for the client and take a named snapshot",
    ),
    "review.import": (
        "读取返回的 .docx 或 .xlsx：批注、修订、直接改动、通过意见（接受前不改动脚本）",
        "read a returned .docx or .xlsx: comments, tracked changes, plain edits, approvals (nothing is "
        "applied to the script until accepted)",
    ),
    "review.accept": (
        "接受修改建议（文字写入镜头）",
        "accept suggested edits (their text goes into the shots)",
    ),
    "review.decline": ("拒绝修改建议", "decline suggested edits"),
    "review.approve": ("设置镜头的客户审批状态", "set a shot's client approval"),
    "review.reply": ("回复批注", "answer a comment"),
    "review.resolve": ("将批注标为已解决", "mark a comment resolved"),
    "review.status": ("本轮摘要及各镜头未处理的事项", "the round's summary and every open item by shot"),
    "review.changes": (
        "导出自某轮以来的改动（.docx 或 .pdf）",
        "write what changed since a round (.docx or .pdf)",
    ),
    "review.out": ("输出文件夹", "the folder to write into"),
    "review.variant": (
        "要发送的版本（可重复；默认基础版）",
        "a variant to send (repeatable; default: the base variant)",
    ),
    "review.all": ("发送全部版本", "send every variant"),
    "review.no_client": ("客户", "the client"),
    "review.not_folder": (
        "{path} 是文件而不是文件夹：请给出存放审阅文件的文件夹",
        "{path} is a file, not a folder: name a folder for the review files",
    ),
    "review.script": (
        "要发送的脚本（标题或 ID；默认第一个）",
        "the script to send, by title or id (default: the first)",
    ),
    "review.client": ("发给谁（客户名称）", "who the round goes to"),
    "review.only": (
        "只生成分镜（docx）或只生成审阅表（xlsx）",
        "write only the storyboard (docx) or only the workbook (xlsx)",
    ),
    "review.lang": ("文档语言", "language of the documents"),
    "review.returned": ("返回的 .docx 或 .xlsx", "the returned .docx or .xlsx"),
    "review.dry_run": ("只显示文件内容，不保存", "show what the file holds, store nothing"),
    "review.ids": (
        "修改建议编号（见 import 与 status 的列表）",
        "suggestion ids (as listed by import and status)",
    ),
    "review.every": (
        "全部待定建议（给出 --author 时只限该人）",
        "every pending suggestion (of --author when given)",
    ),
    "review.author": (
        "只处理此人的建议；回复时为回复人",
        "only this person's suggestions; for replies, who answers",
    ),
    "review.shot": ("镜号或镜头 ID", "the shot's code or id"),
    "review.status_opt": (
        "approved/通过、changes/需修改 或 pending/待审",
        "approved/通过, changes/需修改 or pending/待审",
    ),
    "review.comment": ("批注编号", "the comment's id"),
    "review.text": ("回复内容", "the answer"),
    "review.reopen": ("重新打开批注", "open the comment again"),
    "review.since": (
        "轮次：编号、“Round 1”或快照名",
        'the round: its number, "Round 1" or its snapshot\'s name',
    ),
    "review.file": ("要写入的文件（.docx 或 .pdf）", "the file to write (.docx or .pdf)"),
    "review.sent": (
        "{path}：第 {number} 轮已发给 {client}：{files}；快照“{snapshot}”",
        "{path}: round {number} sent to {client}: {files}; snapshot “{snapshot}”",
    ),
    "review.read": (
        "{source}：第 {number} 轮，{comments} 条批注，{suggestions} 条修改建议，{approvals} 条审批",
        "{source}: round {number}, {comments} comment(s), {suggestions} suggested edit(s), {approvals} "
        "approval(s)",
    ),
    "review.c_line": ("  [{id}] {code}{field} {author}：{text}", "  [{id}] {code}{field} {author}: {text}"),
    "review.r_line": ("      ↳ {author}：{text}", "      ↳ {author}: {text}"),
    "review.s_line": (
        "  [{id}] {code}{field} {source} {author}：“{old}” → “{new}”",
        "  [{id}] {code}{field} {source} {author}: “{old}” → “{new}”",
    ),
    "review.a_line": ("  {code}：{status}", "  {code}: {status}"),
    "review.unplaced": ("  ? 无法定位（{where}）：{text}", "  ? not placed ({where}): {text}"),
    "review.note": ("  ! {note}", "  ! {note}"),
    "review.added": (
        "{path}：新增 {comments} 条批注、{replies} 条回复、{suggestions} 条修改建议、{approvals} 条审批；脚本在接受之前不会改动（'studio "
        "review accept 文件 编号' 或 --all）",
        "{path}: added {comments} comment(s), {replies} reply(ies), {suggestions} suggestion(s), "
        "{approvals} approval(s); nothing in the script changes until you accept ('studio review accept "
        "FILE ID' or --all)",
    ),
    "review.already": ("{source} 已导入过：没有新内容", "{source} was imported before: nothing new"),
    "review.would": ("（试运行：未保存）", "(dry run: nothing stored)"),
    "review.accepted": (
        "{path}：已接受 {count} 条建议，改动 {edits} 个字段",
        "{path}: accepted {count} suggestion(s), {edits} field(s) changed",
    ),
    "review.declined": ("{path}：已拒绝 {count} 条建议", "{path}: declined {count} suggestion(s)"),
    "review.none_chosen": (
        "没有符合的待定建议；请看 'studio review status 文件'",
        "no pending suggestion matches; see 'studio review status FILE'",
    ),
    "review.name_ids": (
        "请给出建议编号，或用 --all（加 --author 姓名 只处理某人的）",
        "name suggestion ids, or use --all (with --author NAME for one person's)",
    ),
    "review.approved": ("{path}：{code} 现为 {status}", "{path}: {code} is now {status}"),
    "review.replied": ("{path}：已回复批注 {id}", "{path}: answered comment {id}"),
    "review.resolved": ("{path}：批注 {id} 已解决", "{path}: comment {id} resolved"),
    "review.reopened": ("{path}：批注 {id} 已重新打开", "{path}: comment {id} open again"),
    "review.no_rounds": (
        "{path}：还没有发出审阅（'studio review send 文件 -o 文件夹'）",
        "{path}: nothing sent for review yet ('studio review send FILE -o DIR')",
    ),
    "review.round_line": ("{name}：{summary}", "{name}: {summary}"),
    "review.guide": ("  检查：{code} {field}：{message}", "  guide: {code} {field}: {message}"),
    "review.changes_written": (
        "{path}：自{name}以来的改动已写入 {out}",
        "{path}: changes since {name} written to {out}",
    ),
    "review.bad_out": (
        "{path}：改动文档须为 .docx 或 .pdf",
        "{path}: the changes document is a .docx or a .pdf",
    ),
    "review.st.pending": ("待审", "pending"),
    "review.st.approved": ("通过", "approved"),
    "review.st.changes": ("需修改", "changes requested"),
    "review.src.tracked": ("修订", "tracked"),
    "review.src.plain": ("直接改动", "edited"),
    "review.src.workbook": ("审阅表", "workbook"),
    "re.no_item": (
        "没有编号为 {value} 的建议或批注；请看 'studio review status 文件'",
        "no suggestion or comment with id {value}; see 'studio review status FILE'",
    ),
    "re.stale": (
        "建议 {value} 已不适用：该字段在客户看过之后又改过；请拒绝它或手动修改（未做任何改动）",
        "suggestion {value} no longer fits: the field changed since the client saw it; decline it or edit "
        "the shot by hand (nothing was changed)",
    ),
    "re.gone": (
        "建议 {value} 所在的镜头已删除；请拒绝它（未做任何改动）",
        "suggestion {value} is on a shot since removed; decline it (nothing was changed)",
    ),
    "re.bad_status": (
        "未知的审批状态“{value}”：请用 approved/通过、changes/需修改 或 pending/待审",
        "unknown approval “{value}”: use approved/通过, changes/需修改 or pending/待审",
    ),
    "re.no_round": ("没有轮次“{value}”；现有：{choices}", "no round “{value}”; rounds: {choices}"),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "review.json": "help.json",
}

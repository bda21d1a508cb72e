"""Read a returned review file (Word storyboard or review workbook) into a plan: the comments,
suggested edits and approvals it holds, each placed on its shot, merged with what the project
already has. Reading changes nothing; :func:`apply_plan` stores the plan as one edit, and no
shot text changes until a suggestion is accepted.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from studio.exports.common import cell_text, safe_text, word
from studio.imports.text_decode import read_bounded
from studio.models import ops
from studio.models import review as rv
from studio.models.entities import Project, Shot
from studio.review.anchors import FIELD_CODES, project_token, shots_by_token
from studio.review.docx_reader import DocxRead, normalized, read_docx
from studio.review.errors import ReviewFileError
from studio.review.workbook import ReadWorkbook, read_workbook
from studio.store import snapshots
from studio.store.document import ProjectFile

#: A returned storyboard with its pictures: far below this.
MAX_FILE_BYTES = 100 * 1024 * 1024
#: Fields whose text a client may change in the Word storyboard (the notes cell holds extras too).
DOCX_FIELDS = ("visual", "voiceover", "onscreen_text", "sound")


@dataclass
class ImportPlan:
    """What a returned file holds, placed on shots, and the review it would make."""

    path: str
    kind: str
    round: rv.ReviewRound
    fingerprint: str
    comments: list[rv.ReviewComment]
    suggestions: list[rv.Suggestion]
    approvals: list[rv.Approval]
    merged: rv.Review
    counts: rv.Merged
    #: The same file was imported before (nothing new is added).
    already: bool = False
    #: Remarks for the user: a verdict word not understood, a shot sent but since removed ...
    notes: list[str] = field(default_factory=list)

    @property
    def unplaced(self) -> int:
        """Comments and suggestions that could not be placed on a shot (listed, never dropped)."""
        return sum(1 for c in self.comments if not c.shot) + sum(1 for s in self.suggestions if not s.shot)


def _refuse(reason: str, path: str, **facts: object) -> ReviewFileError:
    return ReviewFileError(reason, path, **facts)


def read_file(path: Path) -> tuple[str, bytes]:
    """('docx' or 'xlsx', the bytes) of a returned file; ReviewFileError for anything else."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix in (".doc", ".wps", ".rtf"):
        raise _refuse("doc", name)
    if suffix in (".xls", ".et", ".csv"):
        raise _refuse("xls", name)
    if suffix == ".pdf":
        raise _refuse("pdf", name)
    data = read_bounded(path, MAX_FILE_BYTES, lambda reason, n, **f: ReviewFileError(reason, n, **f))
    if data[:4] == b"%PDF":
        raise _refuse("pdf", name)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # an OLE file: Word 97-2003 or an old Excel
        raise _refuse("xls" if suffix.startswith(".xl") else "doc", name)
    if data[:2] != b"PK":
        raise _refuse("not_docx", name)
    if suffix in (".xlsx", ".xlsm", ".et"):
        return "xlsx", data
    return "docx", data


def read_plan(pf: ProjectFile, path: str | Path) -> ImportPlan:
    """Read ``path`` against the project; raises ReviewFileError with a reason when it cannot be used."""
    source = Path(path)
    kind, data = read_file(source)
    try:
        found: DocxRead | ReadWorkbook = read_docx(data) if kind == "docx" else _workbook(data)
    except ReviewFileError as exc:
        raise _refuse(exc.reason, str(path), **exc.facts) from None
    project = pf.project
    review = project.review
    if not review.rounds:
        raise _refuse("no_round", str(path))
    tokens = _tokens(found)
    round_ = _round_of(project, found.mark, tokens, str(path))
    sent = _sent_version(pf, round_)
    by_token = shots_by_token(project, [sent])
    if found.mark is None and not any(t in by_token for t in tokens):
        raise _refuse("not_ours", str(path))
    shots = {s.id: s for sc in sent.scripts for _, _, s in sc.iter_shots()}
    by_code = {s.code: s.id for s in shots.values()}
    plan = ImportPlan(
        str(path), kind, round_, hashlib.sha256(data).hexdigest(), [], [], [], review, rv.Merged()
    )
    if isinstance(found, DocxRead):
        _from_docx(plan, found, by_token, by_code, shots)
    else:
        _from_workbook(plan, found, by_token, by_code, shots)
    plan.already = plan.fingerprint in round_.imported
    plan.merged, plan.counts = rv.merge(
        review, plan.comments, plan.suggestions, plan.approvals, round_.number, plan.fingerprint
    )
    # The plan's items carry the ids they have (or will have) in the project, as the preview lists them.
    ids = {c.key(): c.id for c in plan.merged.comments}
    sids = {s.key(): s.id for s in plan.merged.suggestions}
    for c in plan.comments:
        c.id = ids.get(c.key(), "")
        c.round = c.round or round_.number
    for s in plan.suggestions:
        s.id = sids.get(s.key(), "")
        s.round = s.round or round_.number
    return plan


def apply_plan(pf: ProjectFile, plan: ImportPlan) -> None:
    """Store what the plan read (comments, pending suggestions, approvals) as one edit."""
    project = pf.project
    merged, _ = rv.merge(project.review, plan.comments, plan.suggestions, plan.approvals, plan.round.number,
                         plan.fingerprint)  # fmt: skip
    if merged != project.review:
        ops.set_field(project, project, "review", merged)


def _workbook(data: bytes) -> ReadWorkbook:
    from studio.imports.xlsx_limits import LIST, WorkbookRefused, check_workbook

    try:
        check_workbook(data, LIST)
    except WorkbookRefused:
        raise ReviewFileError("unsafe") from None
    try:
        return read_workbook(data)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ReviewFileError("unreadable", detail=str(exc)[:80]) from None


def _tokens(found: DocxRead | ReadWorkbook) -> list[str]:
    if isinstance(found, DocxRead):
        return [c.token for c in found.cells] + [c.token for c in found.comments if c.token]
    return [r.token for r in found.rows if r.token]


def _round_of(project: Project, mark: tuple[str, int] | None, tokens: list[str], path: str) -> rv.ReviewRound:
    review = project.review
    if mark is None:
        latest = review.latest
        assert latest is not None
        return latest
    token, number = mark
    if token != project_token(project):
        raise _refuse("other_project", path)
    found = review.round(number)
    if found is None:
        raise _refuse("unknown_round", path, round=number)
    return found


def _sent_version(pf: ProjectFile, round_: rv.ReviewRound) -> Project:
    """The project as the client saw it (the round's snapshot), or as it is when that was deleted."""
    from studio.models.errors import NotFoundError

    try:
        return snapshots.load(pf, snapshots.find(pf, round_.snapshot).id)
    except NotFoundError:
        return pf.project


def _field_of(name: str) -> str:
    """A cell's field: from its anchor, or from its column's heading when the anchor was lost."""
    if not name.startswith("#"):
        return name
    for key in FIELD_CODES:
        if name[1:] in (word(key, "zh"), word(key, "en")):
            return key
    return ""


def _place(token: str, code: str, by_token: dict[str, str], by_code: dict[str, str]) -> str:
    return by_token.get(token, "") or by_code.get(code.strip(), "")


def _from_docx(plan: ImportPlan, found: DocxRead, by_token: dict[str, str], by_code: dict[str, str],
               shots: dict[str, Shot]) -> None:  # fmt: skip
    client = plan.round.client
    threads: dict[str, rv.ReviewComment] = {}
    by_para: dict[str, str] = {c.para_id: c.cid for c in found.comments if c.para_id}
    for c in found.comments:
        parent = by_para.get(c.parent, "") if c.parent else ""
        if parent and parent in threads:
            threads[parent].replies.append(rv.Reply(c.author, c.date, c.text))
            continue
        shot = _place(c.token, c.code, by_token, by_code)
        comment = rv.ReviewComment(
            shot=shot, field=_field_of(c.field), author=c.author or client, date=c.date, text=c.text,
            quote=c.quote.strip(), resolved=c.done, where="" if shot else (c.where or "?"),
        )  # fmt: skip
        threads[c.cid] = comment
        plan.comments.append(comment)
    seen: set[tuple[str, str, str]] = set()
    for cell in found.cells:
        name = _field_of(cell.field)
        shot_id = _place(cell.token, cell.code, by_token, by_code)
        sent_shot = shots.get(shot_id)
        if name not in DOCX_FIELDS or sent_shot is None:
            continue
        old = getattr(sent_shot, name)
        if normalized(cell.final) == normalized(safe_text(old)):
            continue
        new = normalized(cell.final)
        if (shot_id, name, new) in seen:
            continue  # the same shot sent in two variants' tables, edited alike
        seen.add((shot_id, name, new))
        plan.suggestions.append(rv.Suggestion(
            shot=shot_id, field=name, old=old, new=new,
            author=(cell.authors[0] if cell.tracked and cell.authors else client),
            date=(cell.dates[0] if cell.dates else ""), source="tracked" if cell.tracked else "plain",
        ))  # fmt: skip


def _from_workbook(plan: ImportPlan, found: ReadWorkbook, by_token: dict[str, str], by_code: dict[str, str],
                   shots: dict[str, Shot]) -> None:  # fmt: skip
    client = plan.round.client or ""
    verdicts: dict[str, tuple[str, int]] = {}
    for row in found.rows:
        shot_id = _place(row.token, row.code, by_token, by_code)
        if row.opinion:
            plan.comments.append(rv.ReviewComment(
                shot=shot_id, author=client, text=row.opinion,
                where="" if shot_id else f"row {row.row} {row.code}".strip(),
            ))  # fmt: skip
        if row.unknown_verdict:
            plan.notes.append(f"row {row.row}: “{row.unknown_verdict}”")
        if not shot_id:
            continue
        if row.verdict:
            earlier = verdicts.get(shot_id)
            if earlier is not None and earlier[0] != row.verdict:
                plan.notes.append(f"row {earlier[1]} / row {row.row}: {row.code}")
            verdicts[shot_id] = (row.verdict, row.row)
        sent_shot = shots.get(shot_id)
        for name, value in row.texts.items():
            if sent_shot is None or (not value and not getattr(sent_shot, name)):
                continue
            old = getattr(sent_shot, name)
            if normalized(value) in (normalized(cell_text(old)), normalized(old)):
                continue
            sug = rv.Suggestion(shot=shot_id, field=name, old=old, new=normalized(value), author=client,
                                source="workbook")  # fmt: skip
            if all(s.key() != sug.key() for s in plan.suggestions):
                plan.suggestions.append(sug)
    for shot_id, (status, _) in verdicts.items():
        plan.approvals.append(rv.Approval(shot_id, status, plan.round.number, client))

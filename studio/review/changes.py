"""What changed since the client saw a round: per shot the old and new text marked up as a diff,
shots added, removed and moved, and the comments each change answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from studio.exports.common import atomic_write, safe_text, word
from studio.models import review as rv
from studio.models.entities import Project, Shot
from studio.review.textdiff import diff
from studio.store.document import ProjectFile

#: The fields compared, in the order the crew reads them.
FIELDS = ("visual", "voiceover", "onscreen_text", "sound", "notes")


@dataclass
class ShotChange:
    """One shot's changes since the round: fields (old, new), whether it moved, the comments it answers."""

    shot_id: str
    code: str
    fields: dict[str, tuple[str, str]] = field(default_factory=dict)
    moved: str = ""
    comments: list[rv.ReviewComment] = field(default_factory=list)
    accepted: list[rv.Suggestion] = field(default_factory=list)


@dataclass
class Changes:
    """Every change from the version sent to now."""

    changed: list[ShotChange]
    added: list[str]
    removed: list[str]


def _order(project: Project) -> dict[str, tuple[int, str, Shot]]:
    out: dict[str, tuple[int, str, Shot]] = {}
    for script in project.scripts:
        for beat, alt, shot in script.iter_shots():
            out[shot.id] = (len(out), f"{beat.id}/{alt.id}", shot)
    return out


def compare(sent: Project, now: Project, review: rv.Review, round_: rv.ReviewRound) -> Changes:
    """The changes from ``sent`` (the round's snapshot) to ``now``."""
    old, new = _order(sent), _order(now)
    kept = [i for i in new if i in old]
    # moved: the shot left its alternative, or its place among the shots both versions hold
    old_rank = {sid: n for n, sid in enumerate(sorted(kept, key=lambda s: old[s][0]))}
    new_rank = {sid: n for n, sid in enumerate(kept)}
    changed: list[ShotChange] = []
    for sid in kept:
        before, after = old[sid][2], new[sid][2]
        item = ShotChange(sid, after.code)
        for name in FIELDS:
            a, b = getattr(before, name), getattr(after, name)
            if a != b:
                item.fields[name] = (a, b)
        if old[sid][1] != new[sid][1] or old_rank[sid] != new_rank[sid]:
            item.moved = f"{old_rank[sid] + 1} → {new_rank[sid] + 1}"
        item.comments = [c for c in review.comments if c.shot == sid and c.round == round_.number]
        item.accepted = [
            s
            for s in review.suggestions
            if s.shot == sid and s.round == round_.number and s.state == "accepted"
        ]
        if item.fields or item.moved or item.comments:
            changed.append(item)
    return Changes(
        changed,
        added=[new[s][2].code for s in new if s not in old],
        removed=[old[s][2].code for s in old if s not in new],
    )


_WORDS = {
    "title": ("自{name}以来的改动", "Changes since {name}"),
    "added": ("新增镜头", "Shots added"),
    "removed": ("删除镜头", "Shots removed"),
    "moved": ("位置", "Moved"),
    "answers": ("回应的意见", "Answers"),
    "none": ("没有改动。", "Nothing changed."),
    "change": ("改动", "Change"),
    "field": ("字段", "Field"),
}


def _w(key: str, lang: str, **facts: object) -> str:
    zh, en = _WORDS[key]
    return (zh if lang == "zh" else en).format(**facts)


def load_changes(pf: ProjectFile, round_: rv.ReviewRound) -> Changes:
    """Compare the round's snapshot with the project as it is."""
    from studio.review.importer import _sent_version

    return compare(_sent_version(pf, round_), pf.project, pf.project.review, round_)


def write_changes(pf: ProjectFile, round_: rv.ReviewRound, path: Path, lang: str) -> Path:
    """Write the changes document (.docx, or .pdf) for ``round_``; returns the path written."""
    changes = load_changes(pf, round_)
    title = _w("title", lang, name=round_.name(lang))
    if path.suffix.lower() == ".pdf":
        from studio.review.changes_pdf import write_pdf

        return write_pdf(changes, title, path, lang)
    return _write_docx(changes, title, path, lang)


def _write_docx(changes: Changes, title: str, path: Path, lang: str) -> Path:
    import docx
    from docx.shared import RGBColor

    from studio.exports.common import check_folder

    check_folder(path)
    document = docx.Document()
    document.add_heading(safe_text(title), level=1)
    if changes.added:
        document.add_paragraph(f"{_w('added', lang)}: {'、'.join(changes.added)}")
    if changes.removed:
        document.add_paragraph(f"{_w('removed', lang)}: {'、'.join(changes.removed)}")
    if not (changes.changed or changes.added or changes.removed):
        document.add_paragraph(_w("none", lang))
    for item in changes.changed:
        head = item.code + (f"  ({_w('moved', lang)} {item.moved})" if item.moved else "")
        document.add_heading(safe_text(head), level=2)
        for name, (old, new) in item.fields.items():
            para = document.add_paragraph()
            para.add_run(f"{word(name, lang)}: ").bold = True
            for kind, piece in diff(old, new):
                run = para.add_run(safe_text(piece))
                if kind == "-":
                    run.font.strike = True
                    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
                elif kind == "+":
                    run.font.underline = True
                    run.font.color.rgb = RGBColor(0x00, 0x80, 0x00)
        for c in item.comments:
            state = "✓ " if c.resolved else ""
            document.add_paragraph(
                safe_text(f"{_w('answers', lang)}: {state}{c.author}: {c.text}"), style="List Bullet"
            )
    return atomic_write(path, document.save)

"""What changed since the client saw a round: per shot the old and new text marked up as a diff,
shots added, removed and moved, and the comments each change answers."""

from __future__ import annotations

from pathlib import Path

from studio.exports.common import atomic_write, safe_text, word
from studio.models import review as rv
from studio.review.compare import Changes, _w, compare
from studio.review.textdiff import diff
from studio.store.document import ProjectFile


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

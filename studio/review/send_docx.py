"""The Word storyboard sent for review: the ordinary storyboard, with anchors added around each shot's cells."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import _Cell

from studio.exports.common import Media, Progress, atomic_write, word
from studio.exports.docx_export import export_docx
from studio.models.entities import Project, Script, Variant
from studio.review.anchors import FIELD_CODES, cell_mark, document_mark


def write_review_docx(project: Project, script: Script, variants: list[Variant], media: Media | None,
                      path: Path, lang: str, round_number: int, snapshot: str, date: str,
                      progress: Progress | None = None) -> Path:  # fmt: skip
    """Write the storyboard of ``variants`` to ``path`` with the review's anchors; returns the path."""
    export_docx(project, script, variants, media, path, lang, progress, snapshot=snapshot, date=date)
    document = docx.Document(str(path))
    marks = _Marks()
    first = document.paragraphs[0]
    marks.wrap(first._p, first._p, document_mark(project, round_number))
    codes = {shot.code: shot for _, _, shot in script.iter_shots()}
    headers = {word(key, lang): key for key in FIELD_CODES}
    seen: dict[tuple[str, str], int] = {}
    for table in document.tables:
        columns: dict[int, str] = {}
        for row in table.rows:
            cells = row.cells
            if not columns:
                columns = {
                    i: headers[c.text.strip()] for i, c in enumerate(cells) if c.text.strip() in headers
                }
                if "code" not in columns.values():
                    break  # not a storyboard table (the cover, the approval block)
                continue
            shot = codes.get(cells[0].text.strip())
            if shot is None or len({id(c._tc) for c in cells}) < len(cells):
                continue  # a beat's band (one merged cell)
            for i, key in columns.items():
                n = seen.get((shot.id, key), 0)
                seen[(shot.id, key)] = n + 1
                _wrap_cell(marks, cells[i], cell_mark(shot.id, key, n))
    return atomic_write(path, document.save)


class _Marks:
    """Bookmarks with ids unique in the document."""

    def __init__(self) -> None:
        self.next = 9000

    def wrap(self, first_p: object, last_p: object, name: str) -> None:
        self.next += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self.next))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self.next))
        ppr = first_p.find(qn("w:pPr"))  # type: ignore[attr-defined]
        if ppr is not None:
            ppr.addnext(start)
        else:
            first_p.insert(0, start)  # type: ignore[attr-defined]
        last_p.append(end)  # type: ignore[attr-defined]


def _wrap_cell(marks: _Marks, cell: _Cell, name: str) -> None:
    paras = cell._tc.findall(qn("w:p"))
    if paras:
        marks.wrap(paras[0], paras[-1], name)

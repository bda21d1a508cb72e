"""The creator brief as Word: the chosen paper, portrait, Chinese fonts, a running head and page numbers."""

from __future__ import annotations

import io

import docx
from docx.shared import Cm, Pt

from studio.exports.common import Media, safe_text
from studio.exports.creator_brief_page import Page, frame_png, qr_png
from studio.exports.docx_common import (
    PAGE_SIZES,
    cell_margins,
    fixed_widths,
    prepare_document,
    row_flags,
    setup_section,
    shade,
    write_cell,
)

#: Shares of the text width for the script's columns: shot, time, visual, voice-over, caption.
_SHARES = (0.10, 0.17, 0.25, 0.30, 0.18)
_QR_CM = 3.2


def docx_bytes(chosen: list[Page], media: Media | None, paper: str = "a4") -> bytes:
    """The pages as a .docx, each creator's brief starting on a page of its own."""
    doc = docx.Document()
    lang = chosen[0].lang if chosen else "zh"
    prepare_document(doc, lang, size_pt=10)
    section = doc.sections[0]
    setup_section(section, paper, False, chosen[0].header if chosen else "", lang)
    for side in ("top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.6))
    text_cm = PAGE_SIZES[paper][1].cm - 3.0  # portrait width less the 1.5 cm side margins
    for n, page in enumerate(chosen):
        if n:
            doc.add_page_break()  # type: ignore[no-untyped-call]  # python-docx leaves it unannotated
        _page(doc, page, media, text_cm)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _page(doc: docx.document.Document, page: Page, media: Media | None, text_cm: float) -> None:
    doc.add_heading(safe_text(page.title), level=1)
    if page.creator:
        doc.add_paragraph(safe_text(page.creator))
    for heading, lines in page.sections:
        if not lines:
            continue
        doc.add_heading(safe_text(heading), level=2)
        for line in lines:
            doc.add_paragraph(safe_text(line), style="List Bullet")
    doc.add_heading(safe_text(page.link_title), level=2)
    doc.add_paragraph(safe_text(page.link_line))
    if page.link:
        doc.add_paragraph().add_run().add_picture(io.BytesIO(qr_png(page.link)), width=Cm(_QR_CM))
    if page.shots:
        doc.add_heading(safe_text(page.shots_title), level=2)
        # Side by side, each frame over its caption: stacked, four 9:16 frames took a page of their own.
        grid = doc.add_table(rows=1, cols=len(page.shots))
        for cell, (shot, caption) in zip(grid.rows[0].cells, page.shots, strict=True):
            picture = frame_png(shot, media, page.lang, page.aspect)
            if picture is not None:
                cell.paragraphs[0].add_run().add_picture(io.BytesIO(picture), width=Cm(2.2))
            cell.add_paragraph(safe_text(caption))
    if page.script:
        doc.add_heading(safe_text(page.script_title), level=2)
        _script_table(doc, page, text_cm)


def _script_table(doc: docx.document.Document, page: Page, text_cm: float) -> None:
    """Every shot of the creator's variant under its beat, the column heads repeated on each page."""
    columns = len(page.script_columns)
    table = doc.add_table(rows=1, cols=columns)
    table.style = doc.styles["Table Grid"]
    cell_margins(table)
    fixed_widths(table, [text_cm * share for share in _SHARES])
    head = table.rows[0]
    row_flags(head, header=True)
    for cell, name in zip(head.cells, page.script_columns, strict=True):
        write_cell(cell, name, bold=True, size=9)
        shade(cell, "EEEEEE")
    for beat in page.script:
        row = table.add_row()
        row_flags(row)
        merged = row.cells[0].merge(row.cells[columns - 1])
        write_cell(merged, beat.heading, bold=True, size=9)
        shade(merged, "F6F1E6")
        merged.paragraphs[0].paragraph_format.keep_with_next = True  # the band goes over with its first shot
        for values in beat.rows:
            row = table.add_row()
            row_flags(row)
            for cell, value in zip(row.cells, values, strict=True):
                write_cell(cell, value, size=9)
    for row in table.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                para.paragraph_format.space_after = Pt(0)

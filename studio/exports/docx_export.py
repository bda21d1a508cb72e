"""The storyboard as a Word document: a cover block, then every shot of the cut, banded by beat.

Frames are embedded from the store's print rendition (840 px on the long edge), never the
original, so a 200-shot board stays a few megabytes; python-docx stores each distinct
image once even when a frame repeats.
"""

from __future__ import annotations

import copy
import io
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Row

from studio.exports.board import board_widths, cover_items, grid_of, storyboard_head
from studio.exports.common import (
    APPROVAL_BOXES,
    FrameSource,
    Media,
    Progress,
    atomic_write,
    check_folder,
    progress_steps,
    safe_text,
    seconds_text,
    shot_extras,
    word,
)
from studio.exports.docx_common import (
    cell_margins,
    fixed_widths,
    pad,
    prepare_document,
    row_flags,
    setup_section,
    shade,
    text_area_cm,
    write_cell,
)
from studio.exports.docx_grid import grid_board
from studio.models.entities import Project, Script, Variant
from studio.models.frame_format import format_preset
from studio.models.palette import BEAT_COLOURS
from studio.models.timeline import TimedShot, beat_spans, cut, format_timecode
from studio.models.vocab import beat_label, label

log = logging.getLogger(__name__)

#: Storyboard columns: (key, width in cm) for the fixed ones, (key, share of the rest) for the texts.
FIXED_COLUMNS: dict[str, float] = {"code": 1.9, "time": 1.9, "size_move": 1.9}
TEXT_SHARES: dict[str, float] = {
    "visual": 5.4,
    "voiceover": 4.8,
    "onscreen_text": 3.3,
    "sound": 2.3,
    "notes": 2.9,
}
#: The box a frame is fitted into: a 9:16 frame prints 3.6 cm tall (2 cm wide), large enough to
#: read on paper; a 16:9 one 4.5 cm wide.
FRAME_BOX_CM = (4.5, 3.6)
#: Space between a frame and its cell's border, in cm (sides, top and bottom).
FRAME_PAD_CM = (0.2, 0.15)
#: Characters beyond which a shot's row may break across pages.
LONG_TEXT = 600
#: Usable width of a landscape page with 1.5 cm margins.
TABLE_WIDTH_CM = {"a4": 26.7, "letter": 24.94}
_GREY = RGBColor(0x55, 0x55, 0x55)
_WHITE = RGBColor(0xFF, 0xFF, 0xFF)


def export_docx(
    project: Project,
    script: Script,
    variants: list[Variant],
    media: Media | None,
    path: str | Path,
    lang: str | None = None,
    progress: Progress | None = None,
    *,
    paper: str = "a4",
    snapshot: str | None = None,
    date: str | None = None,
    layout: str = "table",
) -> Path:
    """Write a storyboard .docx with one section per variant; returns the path written.

    ``layout`` is 'table' (a row per shot) or a grid of large panels, '3x2' or '2x3' (see board.LAYOUTS).
    """
    if not variants:
        raise ValueError("no variant to export")
    grid = grid_of(layout)
    check_folder(path)
    lang = lang or project.language
    doc = docx.Document()
    prepare_document(doc, lang)
    source = FrameSource(media, lang)
    cuts = [cut(script, v) for v in variants]
    with progress_steps(progress, sum(len(c) for c in cuts) + 1) as step:
        for i, variant in enumerate(variants):
            # each variant's pages follow its own frame format (a landscape variant is an A/B test)
            plat = format_preset(project, variant)
            frames = source.shaped((plat.aspect_w, plat.aspect_h))
            section = doc.sections[0] if i == 0 else doc.add_section(WD_SECTION.NEW_PAGE)
            landscape = grid is None or grid.landscape
            setup_section(section, paper, landscape, storyboard_head(project, variant, lang), lang)
            width = text_area_cm(section)[0]
            _cover(doc, project, script, variant, lang, snapshot, date, width)
            if grid is None:
                widths = column_widths(paper, plat.aspect_w, plat.aspect_h)
                _storyboard(doc, script, variant, frames, lang, step, widths)
            else:
                grid_board(
                    doc, cut(script, variant), frames, lang, step, grid, (plat.aspect_w, plat.aspect_h)
                )
            approval_table(doc, lang, width)
        log.info("docx: %d variants, %d shots", len(variants), sum(len(c) for c in cuts))
        written = atomic_write(path, doc.save)
        step()
    return written


def approval_table(doc: docx.document.Document, lang: str, width_cm: float) -> None:
    """Client, date and signature boxes under the storyboard, for the receiver to fill in by hand."""
    title = doc.add_paragraph()
    title.paragraph_format.keep_with_next = True
    title.paragraph_format.space_before = Pt(8)
    title.add_run(word("approve.title", lang)).bold = True
    table = doc.add_table(rows=2, cols=3)
    table.style = "Table Grid"
    for cell, (key, share) in zip(table.rows[0].cells, APPROVAL_BOXES, strict=True):
        cell.width = Cm(width_cm * share)
        cell.paragraphs[0].add_run(word(key, lang)).font.size = Pt(8)
        cell.paragraphs[0].paragraph_format.keep_with_next = True
    table.rows[1].height = Cm(1.6)


def frame_box(aspect_w: int, aspect_h: int, box: tuple[float, float] = FRAME_BOX_CM) -> tuple[float, float]:
    """Printed (width, height) in cm of a frame of this aspect inside ``box``."""
    box_w, box_h = box
    aspect_w, aspect_h = max(aspect_w, 1), max(aspect_h, 1)
    if aspect_h * box_w >= aspect_w * box_h:
        return box_h * aspect_w / aspect_h, box_h
    return box_w, box_w * aspect_h / aspect_w


def column_widths(paper: str, aspect_w: int = 9, aspect_h: int = 16) -> dict[str, float]:
    """Each storyboard column's width in cm: the frame column fits the platform's frame shape,
    the text columns share what is left of the page width."""
    frame_w = round(frame_box(aspect_w, aspect_h)[0] + 2 * FRAME_PAD_CM[0] + 0.05, 2)
    widths = board_widths(TABLE_WIDTH_CM[paper], frame_w, FIXED_COLUMNS, TEXT_SHARES)
    return {k: round(w, 2) for k, w in widths.items()}


def _cover(doc: docx.document.Document, project: Project, script: Script, variant: Variant,
           lang: str, snapshot: str | None, date: str | None, width: float) -> None:  # fmt: skip
    title = doc.add_paragraph()
    run = title.add_run(safe_text(project.title or script.title))
    run.bold = True
    run.font.size = Pt(18)
    sub = doc.add_paragraph()
    sub.paragraph_format.space_after = Pt(6)
    run = sub.add_run(safe_text(f"{word('storyboard', lang)} · {variant.name}"))
    run.font.size = Pt(12)
    run.font.color.rgb = _GREY
    items = cover_items(project, script, variant, lang, snapshot, date)
    rows = (len(items) + 1) // 2
    table = doc.add_table(rows=rows, cols=4)
    half = round(width / 2 - 2.6, 2)
    fixed_widths(table, [2.6, half, 2.6, half])
    cell_margins(table, 0.05, 0.12)
    for n, (caption, value) in enumerate(items):
        cells = table.rows[n // 2].cells
        key_cell, value_cell = cells[(n % 2) * 2], cells[(n % 2) * 2 + 1]
        shade(key_cell, "F2F2F2")
        write_cell(key_cell, caption, bold=True, colour=_GREY)
        write_cell(value_cell, value)
    spacer = doc.add_paragraph()
    spacer.paragraph_format.space_after = Pt(2)


def _storyboard(doc: docx.document.Document, script: Script, variant: Variant,
                frames: FrameSource, lang: str, step: Callable[[], None], widths: dict[str, float]) -> None:  # fmt: skip
    table = doc.add_table(rows=1, cols=len(widths))
    table.style = doc.styles["Table Grid"]
    fixed_widths(table, list(widths.values()))
    cell_margins(table, 0.05, 0.1)
    head = table.rows[0]
    row_flags(head, header=True)
    for cell, key in zip(head.cells, widths, strict=True):
        shade(cell, "404040")
        write_cell(cell, word(key, lang), bold=True, colour=_WHITE)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    timed = cut(script, variant)
    by_beat: dict[str, list[TimedShot]] = {}
    for t in timed:
        by_beat.setdefault(t.beat.id, []).append(t)
    box = (widths["frame"] - 2 * FRAME_PAD_CM[0] - 0.05, FRAME_BOX_CM[1])
    blank = _BlankRow(table)
    for span in beat_spans(script, variant):
        colours = BEAT_COLOURS[span.beat.kind]
        band = blank.add()
        row_flags(band)
        merged = band.cells[0].merge(band.cells[-1])
        shade(merged, colours.strong)
        name = beat_label(span.beat.kind, span.beat.name, lang)
        text = (
            f"{name}   {format_timecode(span.start_ds)}–{format_timecode(span.end_ds)}"
            f"   {seconds_text(span.duration_ds, lang)}"
        )
        if len(span.beat.alternatives) > 1:
            text += f"   {word('alt', lang)} {span.alt.label}"
        write_cell(merged, text, bold=True, colour=_WHITE)
        merged.paragraphs[0].paragraph_format.keep_with_next = True
        for t in by_beat.get(span.beat.id, []):
            _shot_row(blank.add(), t, frames, lang, colours.pale, box)
            step()


class _BlankRow:
    """Adds rows to a table as copies of its first new (blank) row: python-docx's add_row sets each new
    cell's width one by one, a twelfth of a 1,000-shot pack's time."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self._blank: Any = None

    def add(self) -> _Row:
        """A new blank row at the table's end, as table.add_row() makes it."""
        if self._blank is None:
            row: _Row = self.table.add_row()  # type: ignore[no-untyped-call]  # unannotated in python-docx
            self._blank = copy.deepcopy(row._tr)
            return row
        tr = copy.deepcopy(self._blank)
        self.table._tbl.append(tr)
        return _Row(tr, self.table)


def _shot_row(row: _Row, t: TimedShot, frames: FrameSource, lang: str, pale: str,
              box: tuple[float, float]) -> None:  # fmt: skip
    shot = t.shot
    # A row with a very long text may break across pages: Word cuts off a kept row taller than a page.
    longest = max(len(getattr(shot, k)) for k in ("visual", "voiceover", "onscreen_text", "sound", "notes"))
    row_flags(row, keep=longest <= LONG_TEXT)
    cells = row.cells
    shade(cells[0], pale)
    write_cell(cells[0], shot.code, bold=True)
    image = frames.get(shot, "print")
    pad(cells[1], *FRAME_PAD_CM)
    para = cells[1].paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.paragraph_format.line_spacing = 1.0  # a picture's line is its own height, no leading
    box_w, box_h = frame_box(image.width, image.height, box)
    para.add_run().add_picture(io.BytesIO(image.data), width=Cm(box_w), height=Cm(box_h))
    start, end = t.start_ds, t.end_ds
    write_cell(cells[2], f"{format_timecode(start)}\n–{format_timecode(end)}\n")
    write_cell(cells[2], seconds_text(shot.duration_ds, lang), bold=True)
    write_cell(
        cells[3], "\n".join(x for x in (label(shot.shot_size, lang), label(shot.camera_move, lang)) if x)
    )
    write_cell(cells[4], shot.visual)
    write_cell(cells[5], shot.voiceover)
    write_cell(cells[6], shot.onscreen_text)
    write_cell(cells[7], shot.sound)
    notes = shot.notes
    extra = shot_extras(shot, lang)
    if extra:
        notes = "\n".join(x for x in (notes, *extra) if x)
    write_cell(cells[8], notes, size=8, colour=_GREY)

"""The storyboard as grid pages in Word: a few large panels a page (3 x 2 landscape, 2 x 3 portrait).

Each panel is a frame as large as the panel allows with, beside it (or below a wide frame),
the shot code, beat, timing, shot size and move, and the captioned texts. Rows are kept on
one page and as tall as a page's share, so a page holds exactly its grid unless a panel's
text needs more room.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import docx
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell

from studio.exports.board import Grid, Panel, panel_fields, panel_frame, panel_heading
from studio.exports.common import FrameSource, safe_text
from studio.exports.docx_common import cell_margins, fixed_widths, row_flags, shade, text_area_cm
from studio.models.palette import BEAT_COLOURS
from studio.models.timeline import TimedShot

#: Space around a frame inside its cell, in cm: the picture never touches the border.
FRAME_PAD_CM = 0.25
#: What a grid row leaves of the page's share for the table's borders and the cover's spill, in cm.
ROW_SLACK_CM = 0.5
_GREY = RGBColor(0x66, 0x66, 0x66)


def grid_board(doc: docx.document.Document, timed: list[TimedShot], frames: FrameSource, lang: str,
               step: Callable[[], None], grid: Grid, aspect: tuple[int, int]) -> None:  # fmt: skip
    """Add the variant's shots as panels, ``grid.across`` to a table row, rows a page's share tall."""
    section = doc.sections[-1]
    width, height = text_area_cm(section)
    panel_w = width / grid.across
    row_h = height / grid.down - ROW_SLACK_CM
    panel = panel_frame(panel_w, row_h, aspect[0], aspect[1], FRAME_PAD_CM)
    per_panel = 2 if panel.beside else 1
    table = doc.add_table(rows=0, cols=grid.across * per_panel)
    table.style = doc.styles["Table Grid"]
    frame_col = round(panel.frame_w + 2 * FRAME_PAD_CM + 0.05, 2)
    widths = (
        [frame_col, round(panel_w - frame_col, 2)] * grid.across if panel.beside else [panel_w] * grid.across
    )
    cell_margins(table, 0.12, 0.15)
    for start in range(0, len(timed), grid.across):
        row = table.add_row()
        row.height = Cm(row_h)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        row_flags(row)
        for i, t in enumerate(timed[start : start + grid.across]):
            cells = row.cells[i * per_panel : (i + 1) * per_panel]
            _panel(cells, t, frames, lang, panel)
            step()
    fixed_widths(table, widths)


def _panel(cells: list[_Cell], t: TimedShot, frames: FrameSource, lang: str, panel: Panel) -> None:
    colours = BEAT_COLOURS[t.beat.kind]
    frame_cell, text_cell = (cells[0], cells[1]) if panel.beside else (cells[0], cells[0])
    shade(frame_cell, colours.pale)
    frame_cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER if panel.beside else None
    para = frame_cell.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.paragraph_format.line_spacing = 1.0
    image = frames.get(t.shot, "print")
    scale = min(panel.frame_w / max(image.width, 1), panel.frame_h / max(image.height, 1))
    para.add_run().add_picture(
        io.BytesIO(image.data), width=Cm(image.width * scale), height=Cm(image.height * scale)
    )
    code, beat, timing = panel_heading(t, lang)
    head = text_cell.paragraphs[0] if panel.beside else text_cell.add_paragraph()
    run = head.add_run(safe_text(code))
    run.bold, run.font.size = True, Pt(11)
    run = head.add_run("  " + safe_text(beat))
    run.bold, run.font.size = True, Pt(9)
    run.font.color.rgb = RGBColor.from_string(colours.strong)
    line = text_cell.add_paragraph()
    line.paragraph_format.space_after = Pt(3)
    run = line.add_run(safe_text(timing))
    run.font.size, run.font.color.rgb = Pt(8), _GREY
    for caption, text in panel_fields(t.shot, lang):
        para = text_cell.add_paragraph()
        para.paragraph_format.space_after = Pt(2)
        run = para.add_run(safe_text(caption) + "  ")
        run.bold, run.font.size = True, Pt(7.5)
        run.font.color.rgb = _GREY
        para.add_run(safe_text(text)).font.size = Pt(8.5)

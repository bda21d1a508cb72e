"""The storyboard as grid pages in the PDF: a few large panels a page (3 x 2 landscape, 2 x 3 portrait).

Each panel is drawn in a box a page's share tall: the frame as large as the box allows on a
tint of its beat's colour, and beside it (below a wide frame) the shot code, beat, timing,
shot size and move and the captioned texts. Text that does not fit its panel is cut with a
numbered mark and printed in full after the grid, as the table layout does.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING

from studio.exports.board import Grid, Panel, panel_fields, panel_frame, panel_heading
from studio.exports.common import FrameSource
from studio.models.palette import BEAT_COLOURS, rgb
from studio.models.timeline import TimedShot

if TYPE_CHECKING:
    from studio.exports.pdf_export import _Pdf

#: Space between panels and around a frame, in mm.
GUTTER_MM = 3.0
FRAME_PAD_MM = 2.5
#: Line heights of the heading, the captions and the texts, in mm.
LINE_MM = {"code": 5.5, "small": 3.6, "text": 3.9}


def grid_board(pdf: _Pdf, timed: list[TimedShot], frames: FrameSource, lang: str, step: Callable[[], None],
               grid: Grid, aspect: tuple[int, int]) -> None:  # fmt: skip
    """Draw the variant's panels row by row from the current position, a new page when a row does not fit."""
    width = pdf.w - pdf.l_margin - pdf.r_margin
    page_h = pdf.h - pdf.t_margin - pdf.b_margin
    panel_w = (width - (grid.across - 1) * GUTTER_MM) / grid.across
    row_h = (page_h - (grid.down - 1) * GUTTER_MM) / grid.down
    panel = panel_frame(panel_w, row_h, aspect[0], aspect[1], FRAME_PAD_MM)
    auto, margin = pdf.auto_page_break, pdf.b_margin
    pdf.set_auto_page_break(False)
    try:
        y = pdf.get_y()
        for start in range(0, len(timed), grid.across):
            if y + row_h > pdf.h - pdf.b_margin + 0.01:
                pdf.add_page(orientation=pdf.cur_orientation.value)
                y = pdf.t_margin
            for i, t in enumerate(timed[start : start + grid.across]):
                x = pdf.l_margin + i * (panel_w + GUTTER_MM)
                _panel(pdf, t, frames, lang, panel, (x, y, panel_w, row_h))
                step()
            y += row_h + GUTTER_MM
        pdf.set_y(min(y, pdf.h - pdf.b_margin))
    finally:
        pdf.set_auto_page_break(auto, margin=margin)
    pdf.flush_long_texts()


def _panel(pdf: _Pdf, t: TimedShot, frames: FrameSource, lang: str, panel: Panel,
           box: tuple[float, float, float, float]) -> None:  # fmt: skip
    x, y, w, h = box
    colours = BEAT_COLOURS[t.beat.kind]
    frame_w = panel.frame_w + 2 * FRAME_PAD_MM
    frame_h = h if panel.beside else panel.frame_h + 2 * FRAME_PAD_MM
    pdf.set_fill_color(*rgb(colours.pale))
    pdf.rect(x, y, frame_w if panel.beside else w, frame_h, style="F")
    image = frames.get(t.shot, "thumb" if panel.frame_h < 45 else "print")
    scale = min(panel.frame_w / max(image.width, 1), panel.frame_h / max(image.height, 1))
    img_w, img_h = image.width * scale, image.height * scale
    area_w = frame_w if panel.beside else w
    pdf.image(io.BytesIO(image.data), x + (area_w - img_w) / 2, y + (frame_h - img_h) / 2, img_w, img_h)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.25)
    pdf.rect(x, y, w, h)
    if panel.beside:
        tx, ty, tw = x + frame_w + 2, y + 2, w - frame_w - 4
    else:
        tx, ty, tw = x + 2, y + frame_h + 2, w - 4
    _texts(pdf, t, lang, (tx, ty, tw, y + h - 2), colours.strong)


def _texts(pdf: _Pdf, t: TimedShot, lang: str, area: tuple[float, float, float, float], strong: str) -> None:
    """Heading and captioned fields in the text area; what does not fit is cut and noted."""
    x, y, w, bottom = area
    code, beat, timing = panel_heading(t, lang)
    pdf.set_xy(x, y)
    pdf.set_text_color(34, 34, 34)
    pdf.set_font(pdf.family, "B", 11)
    code_text = pdf.txt(code)[:40]
    code_w = min(w, pdf.get_string_width(code_text) + 2)
    pdf.cell(code_w, LINE_MM["code"], code_text)
    pdf.set_font(pdf.family, "B", 8.5)
    pdf.set_text_color(*rgb(strong))
    pdf.cell(max(1, w - code_w), LINE_MM["code"], pdf.txt(beat)[:60])
    y += LINE_MM["code"]
    pdf.set_text_color(110, 110, 110)
    y = _lines(pdf, pdf.txt(timing), (x, y, w, bottom), 7.5, "", LINE_MM["small"], None)
    y += 1.2
    fields = panel_fields(t.shot, lang)
    for n, (caption, text) in enumerate(fields):
        # Keep a line for the mark that points at the fields left out.
        if y + 2 * LINE_MM["small"] + LINE_MM["text"] > bottom:
            rest = "\n".join(f"{c}: {x}" for c, x in fields[n:])
            pdf.long_texts.append((pdf.txt(code), pdf.txt(rest)))
            pdf.set_text_color(110, 110, 110)
            _lines(pdf, f"… [{len(pdf.long_texts)}]", (x, y, w, bottom), 7.5, "", LINE_MM["small"], None)
            break
        pdf.set_text_color(110, 110, 110)
        y = _lines(pdf, pdf.txt(caption), (x, y, w, bottom), 7, "B", LINE_MM["small"], None)
        pdf.set_text_color(34, 34, 34)
        y = _lines(pdf, pdf.txt(text), (x, y, w, bottom), 8.5, "", LINE_MM["text"], f"{code} · {caption}")
        y += 1.2
    pdf.set_text_color(34, 34, 34)


def _lines(pdf: _Pdf, text: str, area: tuple[float, float, float, float], size: float, style: str,
           line_h: float, label: str | None) -> float:  # fmt: skip
    """Write ``text`` wrapped to the area's width from its top; cut with a mark when it runs past the bottom."""
    x, y, w, bottom = area
    pdf.set_font(pdf.family, style, size)
    lines = pdf.broken(text, w).split("\n")
    room = max(1, int((bottom - y) // line_h))
    if len(lines) > room and label is not None:
        pdf.long_texts.append((pdf.txt(label), text))
        lines = [
            *lines[: room - 1],
            f"{lines[room - 1][: max(1, len(lines[room - 1]) - 6)]}… [{len(pdf.long_texts)}]",
        ]
    for line in lines[:room]:
        pdf.set_xy(x, y)
        pdf.cell(w, line_h, line)
        y += line_h
    return y

"""The talent brief as a portrait PDF: one page per creator, printed with the system's CJK font."""

from __future__ import annotations

import io
import logging

from fpdf import FPDF

from studio.exports.common import Media, plain_text
from studio.exports.talent_brief_page import Page, frame_png
from studio.media.fonts import cjk_font_path

log = logging.getLogger(__name__)

_SIZES = {"title": 16, "head": 12, "text": 10.5}


class _Brief(FPDF):
    """A4 portrait with the CJK font when the system has one."""

    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.family = "Helvetica"
        path = cjk_font_path()
        if path is not None:
            try:
                self.add_font("cjk", "", str(path))
                self.family = "cjk"
            except Exception:  # a font fpdf2 cannot parse: the core font still prints Latin text
                log.warning("cannot use font %s in the PDF", path, exc_info=True)
        self.set_margins(16, 16, 16)
        self.set_auto_page_break(True, margin=14)

    def line(self, style: str, text: str) -> None:  # type: ignore[override]
        """One block of text in a style (title, head, text), wrapped to the page."""
        value = plain_text(text)
        if self.family != "cjk":
            value = value.encode("latin-1", "replace").decode("latin-1")
        self.set_font(self.family, size=_SIZES[style])
        if style == "head":
            self.ln(2)
        self.multi_cell(0, _SIZES[style] * 0.5, value, new_x="LMARGIN", new_y="NEXT", align="L")


def pdf_bytes(chosen: list[Page], media: Media | None) -> bytes:
    """The pages as PDF bytes."""
    pdf = _Brief()
    for page in chosen:
        pdf.add_page()
        pdf.line("title", page.title)
        if page.creator:
            pdf.line("text", page.creator)
        for heading, lines in page.sections:
            if lines:
                pdf.line("head", heading)
                for line in lines:
                    pdf.line("text", "• " + line)
        if page.shots:
            pdf.line("head", page.shots_title)
        _frames_row(pdf, [frame_png(shot, media, page.lang) for shot, _caption in page.shots])
        for _shot, caption in page.shots:
            pdf.line("text", caption)
    return bytes(pdf.output())


def _frames_row(pdf: _Brief, pictures: list[bytes | None]) -> None:
    """The key shots' frames side by side, so the brief stays one page."""
    if not any(pictures):
        return
    height, gap = 36.0, 4.0
    if pdf.will_page_break(height + gap):
        pdf.add_page()
    x, y = pdf.l_margin, pdf.get_y() + 1
    for picture in pictures:
        if picture is None:
            continue
        placed = pdf.image(io.BytesIO(picture), x=x, y=y, h=height)
        x += float(placed.rendered_width) + gap
    pdf.set_y(y + height + gap)

"""The creator brief as a portrait PDF on the chosen paper, printed with the system's CJK font."""

from __future__ import annotations

import io
import logging

from fpdf.fonts import FontFace

from studio.exports.common import Media, plain_text, word
from studio.exports.creator_brief_page import Page, frame_png, qr_png
from studio.exports.pdf_export import keep_table
from studio.exports.pdf_fonts import add_font
from studio.exports.pdf_lines import BreakingPdf
from studio.media.fonts import cjk_font_path

log = logging.getLogger(__name__)

_SIZES = {"title": 16, "head": 12, "text": 10.5, "table": 9, "small": 8}
#: Shares of the text width for the script's columns: shot, time, visual, voice-over, caption (as in Word).
_SHARES = (0.10, 0.17, 0.25, 0.30, 0.18)
_FORMATS = {"a4": "A4", "letter": "Letter"}
_QR_MM = 30.0


class _Brief(BreakingPdf):
    """Portrait pages with the CJK font when the system has one, a running head and page numbers."""

    def __init__(self, paper: str, header_text: str, lang: str) -> None:
        super().__init__(orientation="P", unit="mm", format=_FORMATS[paper])
        self.family = "Helvetica"
        self.header_text = header_text
        self.lang = lang
        path = cjk_font_path()
        if path is not None:
            try:
                add_font(self, "cjk", "", str(path))
                self.family = "cjk"
            except Exception:  # a font fpdf2 cannot parse: the core font still prints Latin text
                log.warning("cannot use font %s in the PDF", path, exc_info=True)
        self.set_margins(16, 18, 16)
        self.set_auto_page_break(True, margin=16)
        self.alias_nb_pages("{nb}")

    def _text(self, text: str) -> str:
        value = plain_text(text)
        if self.family != "cjk":
            value = value.encode("latin-1", "replace").decode("latin-1")
        return value

    def header(self) -> None:
        """The running head on every page."""
        self.set_font(self.family, size=_SIZES["small"])
        self.set_text_color(0x66, 0x66, 0x66)
        self.set_xy(self.l_margin, 8)
        self.cell(0, 4, self._text(self.header_text), align="L")
        self.set_text_color(0x22, 0x22, 0x22)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        """'Page n of N' at the foot of every page."""
        self.set_font(self.family, size=_SIZES["small"])
        self.set_text_color(0x66, 0x66, 0x66)
        self.set_y(-11)
        self.cell(0, 4, self._text(word("page", self.lang, page=self.page_no(), pages="{nb}")), align="C")
        self.set_text_color(0x22, 0x22, 0x22)

    def line(self, style: str, text: str) -> None:  # type: ignore[override]
        """One block of text in a style (title, head, text), wrapped to the page."""
        self.set_font(self.family, size=_SIZES[style])
        if style == "head":
            self.ln(2)
        self.multi_cell(0, _SIZES[style] * 0.5, self._text(text), new_x="LMARGIN", new_y="NEXT", align="L")


def pdf_bytes(chosen: list[Page], media: Media | None, paper: str = "a4") -> bytes:
    """The pages as PDF bytes, each creator's brief starting on a page of its own."""
    first = chosen[0] if chosen else Page("", "")
    pdf = _Brief(paper, first.header, first.lang)
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
        pdf.line("head", page.link_title)
        pdf.line("text", page.link_line)
        if page.link:
            if pdf.will_page_break(_QR_MM + 2):
                pdf.add_page()
            y = pdf.get_y() + 1
            pdf.image(io.BytesIO(qr_png(page.link)), x=pdf.l_margin, y=y, w=_QR_MM, h=_QR_MM)
            pdf.set_y(y + _QR_MM + 2)
        if page.shots:
            if pdf.will_page_break(50):  # the heading goes over with its frames, never alone at a page's foot
                pdf.add_page()
            pdf.line("head", page.shots_title)
        _frames_row(
            pdf,
            [frame_png(shot, media, page.lang, page.aspect) for shot, _caption in page.shots],
            page.aspect,
        )
        for _shot, caption in page.shots:
            pdf.line("text", caption)
        _script_table(pdf, page)
    return bytes(pdf.output())


def _script_table(pdf: _Brief, page: Page) -> None:
    """The creator's variant in full as a table, as in Word: a row per shot under a band per beat,
    the column heads repeated on every page the table runs over; a row never splits across pages."""
    if not page.script:
        return
    if pdf.will_page_break(30):  # the heading goes over with the table's first rows
        pdf.add_page()
    pdf.line("head", page.script_title)
    pdf.ln(1)
    pdf.set_font(pdf.family, size=_SIZES["table"])
    head = FontFace(color=(255, 255, 255), fill_color=(64, 64, 64))
    band = FontFace(fill_color=(242, 238, 226))
    with keep_table(pdf, col_widths=_SHARES, width=pdf.epw, headings_style=head, repeat_headings=1,
                    line_height=_SIZES["table"] * 0.47, text_align="LEFT", v_align="TOP",
                    padding=1.2) as table:  # fmt: skip
        row = table.row()
        for name in page.script_columns:
            row.cell(pdf._text(name))
        for beat in page.script:
            table.row().cell(pdf._text(beat.heading), colspan=len(page.script_columns), style=band)
            table.mark_keep_with_next()  # a beat's band goes over with its first shot
            for cells in beat.rows:
                row = table.row()
                for value in cells:
                    row.cell(pdf._text(value))


def _frames_row(pdf: _Brief, pictures: list[bytes | None], aspect: tuple[int, int] = (9, 16)) -> None:
    """The key shots' frames side by side, so they take one row of the page (lower for wide frames)."""
    if not any(pictures):
        return
    gap = 4.0
    count = sum(1 for p in pictures if p is not None)
    shape = aspect[0] / max(1, aspect[1])
    height = min(36.0, (float(pdf.epw) - gap * (count - 1)) / (count * shape))
    if pdf.will_page_break(height + gap):
        pdf.add_page()
    x, y = pdf.l_margin, pdf.get_y() + 1
    for picture in pictures:
        if picture is None:
            continue
        placed = pdf.image(io.BytesIO(picture), x=x, y=y, h=height)
        x += float(placed.rendered_width) + gap
    pdf.set_y(y + height + gap)

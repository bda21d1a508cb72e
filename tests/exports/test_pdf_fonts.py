"""Fonts parsed once per process: every PDF still gets its own subset, the same bytes fpdf2 writes itself."""

from __future__ import annotations

import datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF

from studio.exports import pdf_fonts
from studio.exports.pdf_export import FALLBACK_FONTS, export_pdf
from studio.media.fonts import cjk_font_path
from tests.exports.export_helpers import media_of, tiny_project

CJK = cjk_font_path()
FALLBACK = next((f for f in FALLBACK_FONTS if Path(f).is_file()), None)
needs_fonts = pytest.mark.skipif(
    CJK is None or FALLBACK is None, reason="needs a CJK font and a fallback font"
)
_WHEN = datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC)


def _pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def _small_pdf(shared: bool, text: str) -> bytes:
    """A page in the CJK font, regular and bold, with the fallback font for what it lacks."""
    pdf = FPDF()
    pdf.set_creation_date(_WHEN)

    def add(family: str, style: str, path: str) -> None:
        if shared:
            pdf_fonts.add_font(pdf, family, style, path)
        else:
            pdf.add_font(family, style, path)

    for style in ("", "B"):
        add("cjk", style, str(CJK))
        add("fallback", style, str(FALLBACK))
    pdf.set_fallback_fonts(["fallback"], exact_match=False)
    pdf.add_page()
    pdf.set_font("cjk", size=12)
    pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", "B", size=12)
    pdf.multi_cell(0, 8, "粗体 " + text[:6])
    return bytes(pdf.output())


@needs_fonts
def test_shared_fonts_write_the_bytes_fpdf2_writes_with_its_own_parse() -> None:
    # Different glyph sets one after the other, then the first again: a subset left behind by one PDF
    # (tables pruned, glyphs rewritten) would show in the next.
    first, second = "分镜脚本：镜头、字幕、配音。Hello — é ß", "第二段 ½ ™ Ελληνικά ∑ √ ∞"
    theirs = {text: _small_pdf(False, text) for text in (first, second)}
    for text in (first, second, first):
        ours = _small_pdf(True, text)
        assert ours == theirs[text]
        assert text.split()[0] in _pdf_text(ours)


@needs_fonts
def test_two_exports_in_one_process_are_valid_pdfs_with_the_same_text(tmp_path: Path) -> None:
    project, script, store = tiny_project({"voiceover": "第一条口播：早上好！", "visual": "特写：精华滴落"})
    other, other_script, other_store = tiny_project({"voiceover": "完全不同的字：鲸鱼、灯塔、雪山"}, shots=3)
    first = export_pdf(
        project, script, script.variants, media_of(store), tmp_path / "a.pdf", date="2024-01-02"
    )
    export_pdf(other, other_script, other_script.variants, media_of(other_store), tmp_path / "b.pdf")
    again = export_pdf(
        project, script, script.variants, media_of(store), tmp_path / "c.pdf", date="2024-01-02"
    )
    texts = [_pdf_text(p.read_bytes()) for p in (first, again)]
    assert "第一条口播：早上好！" in texts[0] and "特写：精华滴落" in texts[0]
    assert texts[0] == texts[1]
    assert "鲸鱼、灯塔、雪山" in _pdf_text((tmp_path / "b.pdf").read_bytes())

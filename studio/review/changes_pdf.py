"""The "changes since round N" document as a PDF: deletions struck through in red, insertions in green."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from fpdf import FPDF

from studio.exports.common import atomic_write, plain_text, word
from studio.media.fonts import cjk_font_path
from studio.review.compare import Changes, _w
from studio.review.textdiff import diff

log = logging.getLogger(__name__)


def write_pdf(changes: object, title: str, path: Path, lang: str) -> Path:
    """Write ``changes`` (a :class:`studio.review.changes_doc.Changes`) as a PDF; returns the path."""
    assert isinstance(changes, Changes)
    pdf = FPDF(format="A4")
    family = "Helvetica"
    font = cjk_font_path()
    if font is not None:
        try:
            pdf.add_font("cjk", "", str(font))
            family = "cjk"
        except Exception:  # a font fpdf2 cannot parse: the core font still writes Latin text
            log.warning("cannot use font %s", font, exc_info=True)
    pdf.set_auto_page_break(True, margin=14)
    pdf.add_page()

    def text(value: str) -> str:
        return (
            plain_text(value)
            if family == "cjk"
            else plain_text(value).encode("latin-1", "replace").decode("latin-1")
        )

    pdf.set_font(family, size=15)
    pdf.multi_cell(0, 8, text(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=10)
    for key, codes in (("added", changes.added), ("removed", changes.removed)):
        if codes:
            pdf.multi_cell(0, 6, text(f"{_w(key, lang)}: {'、'.join(codes)}"), new_x="LMARGIN", new_y="NEXT")
    if not (changes.changed or changes.added or changes.removed):
        pdf.multi_cell(0, 6, text(_w("none", lang)), new_x="LMARGIN", new_y="NEXT")
    for item in changes.changed:
        pdf.ln(2)
        pdf.set_font(family, size=12)
        head = item.code + (f"  ({_w('moved', lang)} {item.moved})" if item.moved else "")
        pdf.multi_cell(0, 7, text(head), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, size=10)
        for name, (old, new) in item.fields.items():
            pdf.set_text_color(0, 0, 0)
            pdf.write(6, text(f"{word(name, lang)}: "))
            for kind, piece in diff(old, new):
                if kind == "-":
                    pdf.set_text_color(192, 0, 0)
                    pdf.write(6, text(f"[-{piece}-]"))
                elif kind == "+":
                    pdf.set_text_color(0, 128, 0)
                    pdf.write(6, text(f"{{+{piece}+}}"))
                else:
                    pdf.set_text_color(0, 0, 0)
                    pdf.write(6, text(piece))
            pdf.set_text_color(0, 0, 0)
            pdf.ln(7)
        for c in item.comments:
            mark = "✓ " if c.resolved and family == "cjk" else ""
            pdf.multi_cell(0, 6, text(f"  • {_w('answers', lang)}: {mark}{c.author}: {c.text}"),
                           new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    out = io.BytesIO()
    pdf.output(out)
    return atomic_write(path, lambda f: f.write(out.getvalue()))

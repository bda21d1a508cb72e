"""fpdf2 with our line breaker: every multi_cell (tables included) breaks Chinese by 避头尾 and keeps words whole.

fpdf2 wraps at spaces and, without one, at whatever character overflows, so a line could start
with "，" or split "shake" into "shak/e". We pre-break the text with studio/exports/linebreak.py
at the width fpdf2 would fill (the same padding and cell margins), measured with the current
font; each line then fits and fpdf2 keeps our breaks as they are.

Without text shaping (we never turn it on) fpdf2's width of a string is the sum of its characters'
widths (glyph advance, spacing and stretching are per character, fallback fonts are picked per
character), so the breaker measures each character once per call and adds: asking fpdf2 for every
candidate line re-parsed the line's fonts each time and made a 5,000-character voice-over cost
seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fpdf import FPDF
from fpdf.util import Padding

from studio.exports.linebreak import break_lines

#: Room left so a line we measured as fitting is never re-broken by fpdf2's own rounding.
_SLACK_MM = 0.05


class BreakingPdf(FPDF):
    """An FPDF whose multi_cell lays lines out with :func:`break_lines`."""

    def text_width(self, w: float, padding: Any = 0) -> float:
        """The width multi_cell fills in a cell ``w`` wide (0: to the right margin)."""
        width = w or (self.w - self.r_margin - self.x)
        pad = Padding.new(padding)
        margins = (0 if pad.left else self.c_margin) + (0 if pad.right else self.c_margin)
        return width - pad.left - pad.right - margins - _SLACK_MM

    def broken(self, text: str, w: float, padding: Any = 0) -> str:
        """``text`` with our line breaks for a cell ``w`` wide in the current font."""
        if not text or not self.font_family:
            return text
        return "\n".join(break_lines(text, self._adding_measure(), self.text_width(w, padding)))

    def _adding_measure(self) -> Callable[[str], float]:
        """The width of a string in the current font as the sum of its characters' widths, each measured once."""
        if self.text_shaping:  # shaped glyphs (ligatures, kerning) do not add up: ask fpdf2 each time
            return self.get_string_width
        widths = self._char_widths()

        def measure(line: str) -> float:
            total = 0.0
            for ch in line:
                width = widths.get(ch)
                if width is None:
                    width = widths[ch] = self.get_string_width(ch)
                total += width
            return total

        return measure

    def _char_widths(self) -> dict[str, float]:
        """The widths measured so far in this PDF in the current font state (a character's width depends
        on nothing else: fpdf2 picks the font, fallback included, per character)."""
        state = (
            id(self.current_font),
            self.font_style,
            self.font_size_pt,
            self.font_stretching,
            self.char_spacing,
            tuple(self._fallback_font_ids),
            self._fallback_font_exact_match,
            self.underline,
            self.strikethrough,
        )
        known: dict[tuple[object, ...], dict[str, float]] = self.__dict__.setdefault("_widths_by_state", {})
        return known.setdefault(state, {})

    def multi_cell(self, w: float, h: float | None = None, text: str = "", *args: Any, **kwargs: Any) -> Any:
        """FPDF.multi_cell on text broken by our rules (markdown text is left to fpdf2)."""
        if text and not kwargs.get("markdown") and not args:
            text = self.broken(self.normalize_text(text), w, kwargs.get("padding", 0))
        return super().multi_cell(w, h, text, *args, **kwargs)

"""TrueType fonts for our PDFs, parsed once per process and handed to every export as its own copy.

fpdf2's add_font parses the whole font file with fontTools: for the Chinese font (about 50,000
glyphs) that is a quarter of a second, and a PDF adds it twice (regular and the faked bold) beside
the fallback font's two: about half of a small PDF's time went to parsing the same files again.

What fpdf2 changes while it writes a PDF, and so what each export gets of its own:
- the font object's subset map, missing glyphs, biggest size and character widths (a defaultdict
  that grows on reading): a fresh map, an empty list, a copied dict;
- the fontTools font, which output() subsets *in place* (tables pruned, composite glyphs'
  component ids rewritten, glyph data trimmed): every export gets a font object of its own whose
  large tables (glyf, hmtx, vmtx, post, cmap) are copies of the parsed ones (their dicts copied,
  each glyph copied when the subsetter reads it) and whose small tables are read from the file
  again.
- the font descriptor, a PDF object that output() numbers: a shallow copy.
The character map is only read (fpdf2 itself shares it between copies in TTFFont.__deepcopy__) and
is shared; glyph ids are copied (one dict).

Only plain TrueType-outline fonts are kept this way; a CFF, colour or variable font goes through
fpdf2's own add_font every time.
"""

from __future__ import annotations

import copy
import threading
from pathlib import Path
from typing import Any

from fontTools import ttLib  # type: ignore[import-untyped]
from fpdf import FPDF
from fpdf.enums import TextEmphasis
from fpdf.fonts import SubsetMap, TTFFont

#: Tables copied from the parsed font for each export; the rest are read from the file when needed.
_COPIED = ("glyf", "hmtx", "vmtx", "post", "cmap")

_lock = threading.Lock()
#: Parsed fonts by (path, modification time, size): a font changed on disk is parsed again.
_parsed: dict[tuple[str, int, int], TTFFont | None] = {}


class _CopiedGlyphs(dict[str, Any]):
    """The parsed glyphs, each copied when read: the subsetter keeps the copies and rewrites them."""

    def __getitem__(self, name: str) -> Any:
        glyph = super().__getitem__(name)
        # An unexpanded glyph is its bytes (rewriting replaces them); an expanded one owns arrays.
        return copy.copy(glyph) if hasattr(glyph, "data") else copy.deepcopy(glyph)


def add_font(pdf: FPDF, family: str, style: str, path: str | Path) -> None:
    """``pdf.add_font(family, style, path)``, with the file parsed once per process."""
    parsed = _parse(Path(path))
    if parsed is None:
        pdf.add_font(family, style, str(path))
        return
    style = "".join(sorted(style.upper()))
    fontkey = f"{family.lower()}{style}"
    if fontkey in pdf.fonts:
        raise ValueError(f"font {fontkey!r} is already in this PDF")
    font = TTFFont.__new__(TTFFont)
    for name in TTFFont.__slots__:  # what fpdf2 set (it leaves some slots unset)
        if hasattr(parsed, name):
            setattr(font, name, getattr(parsed, name))
    font.i = len(pdf.fonts) + 1
    font.fontkey = fontkey
    font.emphasis = TextEmphasis.coerce(style)
    font.desc = copy.copy(parsed.desc)  # a PDF object: output() gives it this PDF's object number
    font.cw = parsed.cw.copy()
    font.glyph_ids = dict(parsed.glyph_ids)
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font._hbfont = None
    font.ttfont = _own_copy(parsed)
    font.subset = SubsetMap(font)
    pdf.fonts[fontkey] = font


def _parse(path: Path) -> TTFFont | None:
    """The font at ``path`` as fpdf2 parses it, once per process; None when it cannot be shared."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    with _lock:
        if key not in _parsed:
            font = TTFFont(FPDF(), path, "parsed", "", None, None, None, 0)
            plain = not font.is_cff and font.color_font is None and "glyf" in font.ttfont
            plain = plain and "fvar" not in font.ttfont and not font.is_compressed
            if plain:
                for tag in _COPIED:  # read now, once, and never changed afterwards
                    if tag in font.ttfont:
                        font.ttfont[tag]
                font.ttfont["cmap"].ensureDecompiled()  # its subtables too (they read lazily)
            _parsed[key] = font if plain else None
        return _parsed[key]


def _own_copy(parsed: TTFFont) -> ttLib.TTFont:
    """A fontTools font for one export: the parsed font's large tables copied, the small ones read anew."""
    source = parsed.ttfont
    own = ttLib.TTFont(
        parsed.ttffile, recalcTimestamp=False, fontNumber=parsed.collection_font_number, lazy=True
    )
    own.glyphOrder = list(source.getGlyphOrder())
    for tag in _COPIED:
        if source.isLoaded(tag):
            own.tables[tag] = _copy_table(tag, source[tag])
    return own


def _copy_table(tag: str, table: Any) -> Any:
    """A copy of a parsed table that the subsetter can change without touching the parsed one."""
    mine = copy.copy(table)
    if tag == "glyf":
        mine.glyphs = _CopiedGlyphs(table.glyphs)
        mine.glyphOrder = list(table.glyphOrder)
        mine._reverseGlyphOrder = {}
    elif tag in ("hmtx", "vmtx"):
        mine.metrics = dict(table.metrics)
    elif tag == "post":
        for name in ("extraNames", "mapping"):
            if hasattr(table, name):
                setattr(mine, name, copy.copy(getattr(table, name)))
    elif tag == "cmap":
        mine.tables = [_copy_subtable(sub) for sub in table.tables]
    return mine


def _copy_subtable(sub: Any) -> Any:
    mine = copy.copy(sub)
    if "cmap" in sub.__dict__:  # code point -> glyph name: strings, a dict copy is a whole copy
        mine.cmap = dict(sub.cmap)
    if "uvsDict" in sub.__dict__:
        mine.uvsDict = {selector: list(pairs) for selector, pairs in sub.uvsDict.items()}
    return mine

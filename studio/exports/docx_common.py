"""Word building blocks shared by the storyboard and the read-through script (python-docx)."""

from __future__ import annotations

import inspect
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.package import ImageParts
from docx.parts.image import ImagePart
from docx.parts.story import StoryPart
from docx.section import Section
from docx.shared import Cm, Emu, Inches, Pt, RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from studio.exports.common import PAPERS, safe_text, word

#: Latin and East Asian typefaces. Word falls back per script; LibreOffice substitutes
#: an installed CJK font (wqy, Noto) for YaHei, so Chinese never prints as boxes.
LATIN_FONT = "Arial"
EAST_ASIAN_FONT = "Microsoft YaHei"
#: (width, height) of the landscape page.
PAGE_SIZES = {"a4": (Cm(29.7), Cm(21.0)), "letter": (Inches(11), Inches(8.5))}


def set_fonts(rpr_owner: object, latin: str = LATIN_FONT, east: str = EAST_ASIAN_FONT) -> None:
    """Give a style or run explicit Latin and East Asian fonts (w:eastAsia), dropping theme fonts."""
    element: Any = getattr(rpr_owner, "element", rpr_owner)
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east)


_COUNTING: dict[type[StoryPart], type[StoryPart]] = {}


def _counting_ids(part_class: type[StoryPart]) -> type[StoryPart]:
    """A subclass of a story part whose next_id counts up instead of scanning the document.

    python-docx finds each new picture's id by reading every id in the document, so a
    storyboard of n pictures costs n² (36 s of a 1,000-shot pack); our documents add ids
    only through next_id, so counting from the first scan gives the same ids.
    """

    found = _COUNTING.get(part_class)
    if found is not None:
        return found
    scan: property = inspect.getattr_static(part_class, "next_id")  # the stock property, which scans

    def next_id(self: StoryPart) -> int:
        last: int | None = getattr(self, "_studio_last_id", None)
        if last is None:
            first: int = scan.__get__(self)
            last = first - 1
        self.__dict__["_studio_last_id"] = last + 1
        return last + 1

    # A subclass of whichever story part the document has, built with type() because its base is a value.
    counting: type[StoryPart] = type(
        f"Counting{part_class.__name__}", (part_class,), {"next_id": property(next_id)}
    )
    _COUNTING[part_class] = counting
    return counting


_INDEXED: dict[type[ImageParts], type[ImageParts]] = {}


def _indexed_images(parts_class: type[ImageParts]) -> type[ImageParts]:
    """A subclass of python-docx's image collection that finds a picture by hash in a dict.

    The stock one hashes every stored picture again to find a match and rescans the names
    for a free number, for each picture added: quadratic in a 1,000-shot storyboard.
    """
    found = _INDEXED.get(parts_class)
    if found is not None:
        return found

    def _get_by_sha1(self: ImageParts, sha1: str) -> ImagePart | None:
        index: dict[str, ImagePart] = self.__dict__.setdefault("_studio_by_sha1", {})
        if len(index) != len(self):  # parts added before we were asked (a template's)
            index.clear()
            index.update({part.sha1: part for part in self})
        return index.get(sha1)

    def append(self: ImageParts, item: ImagePart) -> None:
        parts_class.append(self, item)
        index = self.__dict__.get("_studio_by_sha1")
        if index is not None and len(index) == len(self) - 1:
            index[item.sha1] = item

    # A subclass of whichever collection the package has, built with type() because its base is a value.
    methods = {"_get_by_sha1": _get_by_sha1, "append": append}
    indexed: type[ImageParts] = type(f"Indexed{parts_class.__name__}", (parts_class,), methods)
    _INDEXED[parts_class] = indexed
    return indexed


def prepare_document(doc: DocumentObject, lang: str, size_pt: float = 9) -> None:
    """Fonts for Latin and Chinese text, the language tags and a compact Normal style.

    The tags are the same whatever ``lang`` the document is written in: a Chinese document's
    English words and addresses are still Latin-script text."""
    story: StoryPart = doc.part
    story.__class__ = _counting_ids(type(story))
    images = doc.part.package.image_parts
    images.__class__ = _indexed_images(type(images))
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        try:
            style = doc.styles[name]
        except KeyError:
            continue
        set_fonts(style)
        style.font.color.rgb = RGBColor(0x22, 0x22, 0x22)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(size_pt)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.1
    rpr = normal.element.get_or_add_rPr()
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    # w:val is the language of Latin-script text, w:eastAsia that of Chinese (as a Chinese Word's own
    # template has them): Latin text tagged zh-CN lets LibreOffice break an English word or an address
    # anywhere ("ship" / "s") in a narrow cell.
    lang_el.set(qn("w:val"), "en-US")
    lang_el.set(qn("w:eastAsia"), "zh-CN")
    # docDefaults too, so text outside any style (header, footer) gets the same fonts.
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None and rpr_default.find(qn("w:rPr")) is not None:
            set_fonts(_RprHolder(rpr_default))


class _RprHolder:
    """Lets set_fonts reach the rPr inside w:rPrDefault."""

    def __init__(self, rpr_default: object) -> None:
        self._el = rpr_default

    def get_or_add_rPr(self) -> object:
        return self._el.find(qn("w:rPr"))  # type: ignore[attr-defined]


def setup_section(section: Section, paper: str, landscape: bool, header_text: str, lang: str) -> None:
    """Page size, orientation, margins, a header line and 'page x of y' in the footer."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {PAPERS}")
    long_edge, short_edge = PAGE_SIZES[paper]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = long_edge, short_edge
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = short_edge, long_edge
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.5))
    section.top_margin = Cm(1.3)
    section.bottom_margin = Cm(1.3)
    section.header_distance = Cm(0.6)
    section.footer_distance = Cm(0.6)
    header = section.header
    header.is_linked_to_previous = False
    para = header.paragraphs[0]
    para.text = ""
    run = para.add_run(safe_text(header_text))
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    footer = section.footer
    footer.is_linked_to_previous = False
    page_number_line(footer.paragraphs[0], lang)


def page_number_line(para: Paragraph, lang: str) -> None:
    """'Page {PAGE} of {NUMPAGES}' with live fields, centred."""
    para.text = ""
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    template = word("page", lang, page="\x00PAGE\x00", pages="\x00NUMPAGES\x00")
    for i, piece in enumerate(template.split("\x00")):
        if not piece:
            continue
        if i % 2 == 1:
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), piece)
            run = OxmlElement("w:r")
            text = OxmlElement("w:t")
            text.text = "1"
            run.append(text)
            field.append(run)
            para._p.append(field)
        else:
            run = para.add_run(piece)
            run.font.size = Pt(8)


def shade(cell: _Cell, fill: str) -> None:
    """Fill a table cell with an RRGGBB colour."""
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def row_flags(row: _Row, header: bool = False, keep: bool = True) -> None:
    """Keep a row on one page (unless ``keep`` is False); mark it as the header repeated on every page."""
    trpr = row._tr.get_or_add_trPr()
    if keep:
        trpr.append(OxmlElement("w:cantSplit"))
    if header:
        trpr.append(OxmlElement("w:tblHeader"))


def _add_margins(parent: BaseOxmlElement, tag: str, top: float, side: float) -> None:
    """Append a ``tag`` element (a table's or a cell's margins): top/bottom and left/right in centimetres."""
    margins = OxmlElement(tag)
    for edge, value in (("top", top), ("left", side), ("bottom", top), ("right", side)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(int(value * 567)))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    parent.append(margins)


def cell_margins(table: Table, top: float = 0.08, side: float = 0.12) -> None:
    """Default cell padding of a table, in centimetres."""
    _add_margins(table._tbl.tblPr, "w:tblCellMar", top, side)


def text_area_cm(section: Section) -> tuple[float, float]:
    """The width and height inside a section's margins, in centimetres (every section here sets all four)."""
    page_w, page_h = section.page_width or 0, section.page_height or 0
    left, right = section.left_margin or 0, section.right_margin or 0
    top, bottom = section.top_margin or 0, section.bottom_margin or 0
    return Emu(page_w - left - right).cm, Emu(page_h - top - bottom).cm


def pad(cell: _Cell, side: float, top: float) -> None:
    """This cell's own padding in centimetres, overriding the table's."""
    _add_margins(cell._tc.get_or_add_tcPr(), "w:tcMar", top, side)


def fixed_widths(table: Table, widths_cm: list[float]) -> None:
    """Fixed layout with these column widths (both the grid and the first row's cells)."""
    table.autofit = False
    tblpr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def write_cell(cell: _Cell, text: str, bold: bool = False, size: float | None = None,
               colour: RGBColor | None = None) -> None:  # fmt: skip
    """Put sanitised text into a cell's first paragraph (newlines become line breaks)."""
    para = cell.paragraphs[0]
    run = para.add_run(safe_text(text))
    if bold:
        run.bold = True
    if size is not None:
        run.font.size = Pt(size)
    if colour is not None:
        run.font.color.rgb = colour

"""openpyxl helpers: safe cell writing, print set-up, validation lists; shared by export and import."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from copy import copy

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from studio.exports.common import looks_like_formula, safe_text

log = logging.getLogger(__name__)

#: Marks a workbook written by Studio, so the import can read it back exactly.
STUDIO_KEYWORD = "studio-workbook-1"
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
CENTRE_TOP = Alignment(horizontal="center", vertical="top", wrap_text=True)
_THIN = Side(style="thin", color="BFBFBF")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEAD_FILL = PatternFill("solid", fgColor="404040")
HEAD_FONT_COLOUR = "FFFFFF"
#: Excel refuses a file whose cell holds more characters than this.
MAX_CELL_CHARS = 32767
#: Excel's page header holds at most 255 characters, codes included.
MAX_HEADER_CHARS = 200
#: Characters Excel forbids in sheet names.
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def fonts(lang: str) -> tuple[Font, Font, Font]:
    """(body, bold, header) fonts; YaHei for Chinese sheets (Excel falls back per script)."""
    name = "Microsoft YaHei" if lang == "zh" else "Arial"
    return (
        Font(name=name, size=10),
        Font(name=name, size=10, bold=True),
        Font(name=name, size=10, bold=True, color=HEAD_FONT_COLOUR),
    )


#: A cell style's parts by identity (font, alignment, border, fill) and its number format.
_StyleKey = tuple[int, int, int, int, str | None]


def put(ws: Worksheet, row: int, col: int, value: object, font: Font | None = None,
        align: Alignment | None = WRAP_TOP, border: Border | None = GRID,
        fill: PatternFill | None = None, number_format: str | None = None) -> Cell:  # fmt: skip
    """Write a value; text is sanitised and never becomes a formula (data type 's' + quotePrefix).

    openpyxl hashes every style object on each assignment, which costs more than the rest
    of the export; the resulting style is therefore cached per workbook and reused.
    """
    cell = ws.cell(row=row, column=col)
    formula = _set(cell, value)
    cache: dict[_StyleKey, tuple[object, ...]] = ws.parent.__dict__.setdefault("_studio_style_cache", {})
    # The objects stay referenced by the cache, so their ids cannot be reused while it lives.
    key = (id(font), id(align), id(border), id(fill), number_format)
    hit = cache.get(key)
    if hit is None:
        if font is not None:
            cell.font = font
        if align is not None:
            cell.alignment = align
        if border is not None:
            cell.border = border
        if fill is not None:
            cell.fill = fill
        if number_format is not None:
            cell.number_format = number_format
        cache[key] = (copy(cell._style), font, align, border, fill)
    else:
        cell._style = copy(hit[0])
    if formula:
        cell.quotePrefix = True
    return cell


def _set(cell: Cell, value: object) -> bool:
    """Give a cell its value through the one neutraliser; True when the text had to be kept from being a formula."""
    if not isinstance(value, str):
        cell.value = value
        return False
    text = safe_text(value)
    if len(text) > MAX_CELL_CHARS:
        log.warning("cell %s cut to %d characters (Excel's limit)", cell.coordinate, MAX_CELL_CHARS)
        text = text[: MAX_CELL_CHARS - 1] + "…"
    cell.value = text
    if looks_like_formula(text):
        cell.data_type = "s"  # openpyxl made '=…' a formula on assignment
        return True
    return False


def append_row(ws: Worksheet, values: Sequence[object]) -> tuple[Cell, ...]:
    """ws.append for Studio's sheets: every text through the neutraliser (never a live formula), numbers as numbers."""
    ws.append([None] * len(values))
    row = ws.max_row
    if not values:
        return ()
    cells = []
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=col)
        if _set(cell, value):
            cell.quotePrefix = True
        cells.append(cell)
    return tuple(cells)


def neutralise(workbook: Workbook) -> int:
    """Turn any formula left in the workbook into text; returns how many (Studio writes none on purpose).

    The last guard before saving, whatever wrote the cell: a name from a stranger's file
    must never reach Excel as a live formula or DDE call.
    """
    count = 0
    for ws in workbook.worksheets:
        for cell in ws._cells.values():
            text = cell.value
            if cell.data_type == "f" or (
                isinstance(text, str) and looks_like_formula(text) and not cell.quotePrefix
            ):
                cell.data_type = "s"
                if not isinstance(text, str):
                    cell.value = str(text)
                cell.quotePrefix = True
                count += 1
    if count:
        log.warning("%d cell(s) that would have run as formulas written as text", count)
    return count


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique (case-insensitive) sheet title of at most 31 characters."""
    base = _SHEET_BAD.sub("_", safe_text(name)).strip("' ") or "Sheet"
    base = base[:31]
    title, n = base, 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(title.casefold())
    return title


def print_setup(ws: Worksheet, paper: str, header_row: int, header_text: str, columns: int) -> None:
    """Landscape, fit to one page wide, header row repeated, margins, page numbers."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_LETTER if paper == "letter" else ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6, header=0.25, footer=0.25)
    ws.print_options.horizontalCentered = True
    ws.oddHeader.center.text = safe_text(header_text)[:MAX_HEADER_CHARS].replace("&", "&&")
    ws.oddHeader.center.size = 9
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.center.size = 8
    del columns


def list_validation(ws: Worksheet, choices: list[str], cell_range: str, title: str, message: str) -> None:
    """A drop-down list that refuses anything else with an error message."""
    quoted = ",".join(c.replace('"', "") for c in choices)
    dv = DataValidation(
        type="list",
        formula1=f'"{quoted}"',
        allow_blank=True,
        showErrorMessage=True,
        showDropDown=False,
        errorTitle=title,
        error=message,
        errorStyle="stop",
    )
    dv.add(cell_range)
    ws.add_data_validation(dv)

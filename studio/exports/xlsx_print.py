"""Print set-up beyond one page wide: a wide sheet printed in bands at a legible size, and report sheets."""

from __future__ import annotations

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break, ColBreak
from openpyxl.worksheet.worksheet import Worksheet

from studio.exports.common import APPROVAL_BOXES, word
from studio.exports.xlsx_common import WRAP_TOP, fonts, print_setup, put

#: Printable width of a landscape page at 100 %, in Excel's pixels (96 a inch), inside print_setup's 0.4" margins.
_PRINTABLE_PX = {"a4": (297 / 25.4 - 0.8) * 96, "letter": (11 - 0.8) * 96}
#: The smallest print scale that keeps 10 pt body text at 9 pt or more on paper.
MIN_SCALE = 90


def column_px(ws: Worksheet, col: int) -> float:
    """A column's width in pixels, counted generously: Excel lays out 7 pixels a character plus 5 of
    padding for its default font, LibreOffice up to about 9 (a band counted short would spill onto a page of its own)."""
    width = ws.column_dimensions[get_column_letter(col)].width or 8.43
    return width * 9 + 5


def print_in_bands(ws: Worksheet, paper: str, columns: int, repeat: int, glue: int | None = None) -> int:
    """Print a sheet too wide for one legible page in side-by-side bands; the number of bands.

    Fitting 22 columns to one page width printed at about 7 pt. When fitting would shrink below
    MIN_SCALE, the sheet prints at that scale or larger, cut into bands at column breaks chosen so
    each band fits the page; the first ``repeat`` columns (the tick box and the shot code) print
    on every band and the pages go across before down, so a row's two halves are consecutive pages.
    Columns from ``glue`` on (the variant marks) never print as a band of their own: the column
    before them goes over with them. The print set-up of :func:`print_setup` must already be in place (paper, margins, header row).
    """
    page = _PRINTABLE_PX.get(paper, _PRINTABLE_PX["a4"])
    widths = [column_px(ws, c) for c in range(1, columns + 1)]
    if sum(widths) * MIN_SCALE / 100 <= page:
        return 1  # fitting to the page width keeps the text legible
    bands = _bands(widths, repeat, page * 100 / MIN_SCALE, glue)
    # The largest scale that still needs no more bands, so the text is as big as the paper allows.
    scale = next(
        s
        for s in range(100, MIN_SCALE - 1, -5)
        if len(_bands(widths, repeat, page * 100 / s, glue)) == len(bands)
    )
    bands = _bands(widths, repeat, page * 100 / scale, glue)
    ws.sheet_properties.pageSetUpPr.fitToPage = False  # Excel ignores manual breaks when fitting
    ws.page_setup.scale = scale
    ws.page_setup.pageOrder = "overThenDown"
    ws.print_title_cols = f"A:{get_column_letter(repeat)}"
    breaks = ColBreak()
    for last in bands[:-1]:
        breaks.append(Break(id=last))  # a break after this column (1-based)
    ws.col_breaks = breaks
    return len(bands)


def _bands(widths: list[float], repeat: int, room: float, glue: int | None = None) -> list[int]:
    """The last column (1-based) of each band; every band starts with the repeated columns.

    A band that would start at or after column ``glue`` starts one column before it instead, when
    the band before keeps a column of its own: marks are read beside a shot's other facts."""
    kept = sum(widths[:repeat])
    ends: list[int] = []
    used, start = kept, repeat + 1
    for col, width in enumerate(widths[repeat:], start=repeat + 1):
        if used + width > room and used > kept:
            end = col - 1
            if glue is not None and col >= glue and start < glue - 1:
                moved = kept + sum(widths[glue - 2 : col - 1]) + width
                if moved <= room:
                    end = glue - 2  # the last column before the marks goes over with them
            ends.append(end)
            start = end + 1
            used = kept + sum(widths[start - 1 : col - 1])
        used += width
    ends.append(len(widths))
    return ends


def report_print_setup(ws: Worksheet, paper: str, header_text: str) -> None:
    """A report sheet (results, retention, creators) printed like the others: landscape, one page wide,
    its table's header row repeated, margins and page numbers, charts included."""
    header = next((r for r in range(1, ws.max_row + 1)
                   if sum(1 for c in ws[r] if c.value not in (None, "")) > 1), 1)  # fmt: skip
    print_setup(ws, paper, header, header_text, ws.max_column)


def first_band_end(ws: Worksheet, columns: int) -> int:
    """The last column (1-based) printed on a sheet's first pages: its first column break, or the last column."""
    breaks = [int(b.id) for b in ws.col_breaks.brk if b.id]
    return min(breaks) if breaks else columns


def approval_rows(ws: Worksheet, row: int, columns: int, lang: str) -> int:
    """The approval block (client, date, signature) from ``row`` down, across the first ``columns``
    columns, boxes shared out as in Word and PDF; the last row used.

    The boxes are merged cells with their caption in the corner, tall enough to sign in by hand;
    title and boxes are two rows, so a page break can only fall between them."""
    _body, bold, _head = fonts(lang)
    small = Font(name=bold.name, size=8, color="6E6E6E")
    put(ws, row, 1, word("approve.title", lang), bold, border=None)
    box = row + 1
    ws.row_dimensions[box].height = 42
    for (key, _share), (first, last) in zip(APPROVAL_BOXES, _spans(ws, columns), strict=True):
        for col in range(first, last + 1):
            put(ws, box, col, word(key, lang) if col == first else None, small, WRAP_TOP)
        if last > first:
            ws.merge_cells(start_row=box, start_column=first, end_row=box, end_column=last)
    return box


def _spans(ws: Worksheet, columns: int) -> list[tuple[int, int]]:
    """The (first, last) columns of each approval box: the widths' shares cut at the nearest column edge."""
    count = len(APPROVAL_BOXES)
    columns = max(columns, count)
    widths = [column_px(ws, c) for c in range(1, columns + 1)]
    total = sum(widths)
    spans: list[tuple[int, int]] = []
    first, edge, target = 1, 0.0, 0.0
    for n, (_key, share) in enumerate(APPROVAL_BOXES):
        left = count - n - 1  # boxes still to come, each needing a column
        if not left:
            spans.append((first, columns))
            break
        target += share * total
        last, edge = first, edge + widths[first - 1]
        while last < columns - left and abs(edge + widths[last] - target) < abs(edge - target):
            last += 1
            edge += widths[last - 1]
        spans.append((first, last))
        first = last + 1
    return spans

"""A worksheet as a grid of values, and the row that holds its column headers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.imports.xlsx_vocab import header_field
from studio.models.text import clean_text

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

HEADER_SCAN_ROWS = 40
#: A header row names at least one of these (else it is a title or a form, not a shot table).
CONTENT_FIELDS = {"visual", "voiceover", "onscreen_text", "code", "duration", "shot_size"}


class Grid(dict[tuple[int, int], object]):
    """A sheet's values by (row, column), and how far they reach (``rows``, ``cols``)."""

    rows: int = 0
    cols: int = 0


def column_letter(column: int) -> str:
    """'A' for 1, 'AA' for 27: how a spreadsheet names a column without a header."""
    out = ""
    while column > 0:
        column, rem = divmod(column - 1, 26)
        out = chr(65 + rem) + out
    return out


def one_line(exc: BaseException) -> str:
    """An exception's first line, without the repr noise some parsers add."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def cell_text(value: object) -> str:
    """A cell's value as clean, stripped text (whole floats without '.0')."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_text(str(value)).strip()


def stored_cells(ws: Worksheet) -> list[tuple[int, int, object]]:
    """(row, column, value) of the cells the sheet holds, without creating any.

    ``iter_rows`` would make a cell object for every position of the used rectangle, which
    one far-away styled cell stretches to millions; openpyxl keeps the real ones in ``_cells``.
    """
    stored = getattr(ws, "_cells", None)
    if isinstance(stored, dict):
        return [(r, c, cell.value) for (r, c), cell in stored.items()]
    return [(cell.row, cell.column, cell.value) for row in ws.iter_rows() for cell in row]


def cells(ws: Worksheet) -> Grid:
    """Every value by (row, column), with merged ranges filled from their top-left cell."""
    grid = Grid()
    for r, c, value in stored_cells(ws):
        if value is not None:
            grid[(r, c)] = value
    grid.rows = max((r for r, _ in grid), default=0)
    grid.cols = max((c for _, c in grid), default=0)
    for rng in ws.merged_cells.ranges:
        value = grid.get((rng.min_row, rng.min_col))
        if value is None:
            continue
        # Only as far as the values reach: the limits check bounded the ranges already.
        for r in range(rng.min_row, min(rng.max_row, grid.rows) + 1):
            for c in range(rng.min_col, min(rng.max_col, grid.cols) + 1):
                grid[(r, c)] = value
    return grid


def find_header(ws: Worksheet, grid: Grid) -> tuple[int, dict[int, str], int]:
    """(row, {column: field by header}, score) of the likeliest header row in the first rows."""
    best: tuple[int, dict[int, str], int] = (0, {}, 0)
    max_col = grid.cols
    merged_rows = {r for rng in ws.merged_cells.ranges
                   for r in range(rng.min_row, min(rng.max_row, HEADER_SCAN_ROWS) + 1)
                   if rng.max_col - rng.min_col >= 2}  # fmt: skip
    for r in range(1, min(grid.rows, HEADER_SCAN_ROWS) + 1):
        found: dict[int, str] = {}
        for c in range(1, max_col + 1):
            name = header_field(grid.get((r, c)))
            if name is not None:
                found[c] = name  # two columns may name one field: the cells decide later
        score = len(set(found.values()))
        if r in merged_rows and score < 3:
            continue  # a merged title, not a header
        if score >= 2 and CONTENT_FIELDS & set(found.values()) and score > best[2]:
            best = (r, found, score)
    return best

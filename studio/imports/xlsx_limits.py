"""Check a workbook's size before openpyxl reads it, so a small hostile file cannot exhaust memory.

openpyxl builds one object per cell it meets and one per cell covered by a merged range,
so a 5 KB file naming cell XFD1048576, or merging the whole sheet, costs gigabytes. This
scan streams each part of the zip through expat, which never holds more than a buffer,
and stops at the first thing beyond a limit. It also refuses any XML with a document type
declaration (entities, external references), which no spreadsheet program writes.

The sheet's declared <dimension> is not trusted: some programs declare the whole sheet for
an ordinary table, and a hostile file can declare a small one. The cells themselves decide:
a value beyond the limits is refused; an empty styled cell far away is harmless (one object)
and the reader looks only as far as the last value.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import NoReturn
from xml.parsers import expat

#: Rows and columns a shot script may use: far beyond any real one (a few hundred rows, ~20 columns).
MAX_ROWS = 10_000
MAX_COLUMNS = 200
#: Cells covered by merged ranges, summed: openpyxl makes an object for each.
MAX_MERGED_CELLS = 200_000
#: Row elements of any kind in one sheet: openpyxl keeps an object for each styled one, even empty.
MAX_ROW_ELEMENTS = 2 * MAX_ROWS
#: Cell elements of any kind (empty styled cells too) in one sheet.
MAX_CELL_ELEMENTS = 1_000_000
#: Unpacked size of the XML parts together, and of the whole zip (pictures included).
MAX_XML_BYTES = 64 * 1024 * 1024
MAX_UNPACKED = 256 * 1024 * 1024
MAX_ENTRIES = 20_000
_CHUNK = 1 << 16
_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")


class WorkbookRefused(Exception):
    """The workbook is beyond a limit or not safe to parse; ``reason`` names which, ``fields`` the facts."""

    def __init__(self, reason: str, **fields: object) -> None:
        super().__init__(f"{reason} {fields}")
        self.reason = reason
        self.fields = fields


def column_number(letters: str) -> int:
    """'A' -> 1, 'XFD' -> 16384."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def split_ref(ref: str) -> tuple[int, int] | None:
    """(row, column) of an A1 reference, or None when it is not one."""
    m = _REF.match(ref.strip())
    return None if m is None else (int(m[2]), column_number(m[1]))


class _Stop(Exception):
    """Raised inside an expat handler to end the scan at once."""


class _SheetScan:
    """Expat handlers that follow rows, cells and merged ranges of one worksheet part."""

    def __init__(self) -> None:
        self.refusal: WorkbookRefused | None = None
        self.row = 0
        self.col = 0
        self.cell: tuple[int, int] | None = None
        self.has_value = False
        self.cells = 0
        self.row_elements = 0
        self.merged_cells = 0

    def refuse(self, reason: str, **fields: object) -> None:
        self.refusal = WorkbookRefused(reason, **fields)
        raise _Stop

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        if local == "row":
            self.row_elements += 1
            if self.row_elements > MAX_ROW_ELEMENTS:
                self.refuse("too_many_rows", limit=MAX_ROW_ELEMENTS)
            r = attrs.get("r", "")
            self.row = int(r) if r.isdigit() else self.row + 1
            self.col = 0
        elif local == "c":
            self.cells += 1
            if self.cells > MAX_CELL_ELEMENTS:
                self.refuse("too_many_cells", limit=MAX_CELL_ELEMENTS)
            at = split_ref(attrs.get("r", ""))
            if at is None:
                at = (self.row, self.col + 1)
            self.row, self.col = at
            self.cell, self.has_value = at, False
        elif local in ("v", "is", "f") and self.cell is not None:
            self.has_value = True
        elif local == "mergeCell":
            self._merged(attrs.get("ref", ""))

    def end(self, name: str) -> None:
        if name.rpartition(" ")[2] != "c" or self.cell is None:
            return
        row, col = self.cell
        self.cell = None
        if not self.has_value:
            return  # an empty styled cell: openpyxl keeps one object, and we never read that far
        if row > MAX_ROWS or col > MAX_COLUMNS:
            ref = f"{_letters(col)}{row}"
            self.refuse("beyond_limits", cell=ref, rows=MAX_ROWS, columns=MAX_COLUMNS)

    def _merged(self, ref: str) -> None:
        first, _, last = ref.partition(":")
        a, b = split_ref(first), split_ref(last or first)
        if a is None or b is None:
            return  # openpyxl ignores what it cannot read too
        rows, cols = abs(b[0] - a[0]) + 1, abs(b[1] - a[1]) + 1
        if max(a[0], b[0]) > MAX_ROWS or max(a[1], b[1]) > MAX_COLUMNS:
            self.refuse("merged_beyond", range=ref, rows=MAX_ROWS, columns=MAX_COLUMNS)
        self.merged_cells += rows * cols
        if self.merged_cells > MAX_MERGED_CELLS:
            self.refuse("merged_too_many", limit=MAX_MERGED_CELLS)


def _letters(col: int) -> str:
    out = ""
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def _forbid_doctype(*_args: object) -> NoReturn:
    raise WorkbookRefused("xml_doctype")


def _parse(zf: zipfile.ZipFile, info: zipfile.ZipInfo, scan: _SheetScan | None) -> None:
    """Stream one XML part through expat; a sheet part also goes through ``scan``."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = _forbid_doctype
    parser.EntityDeclHandler = _forbid_doctype
    parser.ExternalEntityRefHandler = _forbid_doctype
    if scan is not None:
        parser.StartElementHandler = scan.start
        parser.EndElementHandler = scan.end
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Stop:
        assert scan is not None and scan.refusal is not None
        raise scan.refusal from None
    except expat.ExpatError as exc:
        raise WorkbookRefused("xml_broken", part=info.filename, line=exc.lineno) from None


def check_workbook(path: str | Path) -> None:
    """Raise :class:`WorkbookRefused` when the workbook is beyond a limit or unsafe to parse."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ENTRIES or sum(i.file_size for i in infos) > MAX_UNPACKED:
                raise WorkbookRefused("too_large", limit=MAX_UNPACKED // (1024 * 1024))
            xml = [i for i in infos if i.filename.endswith((".xml", ".rels", ".vml"))]
            if sum(i.file_size for i in xml) > MAX_XML_BYTES:
                raise WorkbookRefused("too_large", limit=MAX_XML_BYTES // (1024 * 1024))
            for info in xml:
                sheet = info.filename.startswith("xl/worksheets/") and info.filename.count("/") == 2
                _parse(zf, info, _SheetScan() if sheet else None)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        EOFError,
        zlib.error,
        OSError,
    ) as exc:
        raise WorkbookRefused("unreadable", detail=str(exc) or type(exc).__name__) from None

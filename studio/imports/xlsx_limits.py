"""Check a workbook's size before openpyxl reads it, so a small hostile file cannot exhaust memory.

openpyxl builds one object per cell it meets and one per cell covered by a merged range,
so a 5 KB file naming cell XFD1048576, or merging the whole sheet, costs gigabytes. This
scan streams each part of the zip through expat, which never holds more than a buffer,
and stops at the first thing beyond a limit. It also refuses any XML with a document type
declaration (entities, external references), which no spreadsheet program writes.

Which parts are sheets is read from the workbook's own part list, as a reader finds them:
[Content_Types].xml, the package and workbook relationships, and zip names compared without
case, so a sheet moved to ``xl/worksheets/sub/`` or named ``.XML`` is still scanned. Every
part a reader could parse as XML is checked for a document type declaration.

Each reader passes its own :class:`Limits` (a shot script is hundreds of rows, an ad report up
to 100,000), and the read-only readers walk a sheet through :func:`sheet_rows`, which never goes
past those limits whatever the sheet declares.

The sheet's declared <dimension> is not trusted: some programs declare the whole sheet for
an ordinary table, and a hostile file can declare a small one. The cells themselves decide:
a value beyond the limits is refused; an empty styled cell far away is harmless (one object)
and the reader looks only as far as the last value.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NoReturn
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
#: Parts a reader parses as XML by their extension (compared without case).
_XML_EXTENSIONS = (".xml", ".rels", ".vml")


@dataclass(frozen=True)
class Limits:
    """How far one kind of workbook may reach: rows and columns holding values, and elements of any kind."""

    rows: int = MAX_ROWS
    columns: int = MAX_COLUMNS
    row_elements: int = MAX_ROW_ELEMENTS
    cells: int = MAX_CELL_ELEMENTS
    merged_cells: int = MAX_MERGED_CELLS
    xml_bytes: int = MAX_XML_BYTES
    #: Rows × columns of the box holding a sheet's values: what a row-by-row reader pads out to.
    box: int = MAX_ROWS * MAX_COLUMNS
    #: Unpacked size of the whole zip; None: the module's MAX_UNPACKED.
    unpacked: int | None = None


#: A shot script (the full reader keeps every cell and merged range).
SHOT_SCRIPT = Limits()
#: An ad report or retention export: up to 100,000 data rows under a few title rows, read row by row.
REPORT = Limits(
    rows=100_010,
    columns=1000,
    row_elements=200_020,
    cells=20_000_000,
    xml_bytes=1024**3,
    box=10_000_000,
    unpacked=1024**3,
)
#: A creators roster or a word list (thousands of rows, a few dozen columns).
LIST = Limits(rows=20_000, columns=200, row_elements=40_000, cells=2_000_000, box=2_000_000)

#: Sheet part (zip name in lower case) -> (last row, last column) holding a value; (0, 0) when empty.
Extents = dict[str, tuple[int, int]]
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

    def __init__(self, limits: Limits = SHOT_SCRIPT) -> None:
        self.limits = limits
        self.refusal: WorkbookRefused | None = None
        self.row = 0
        self.col = 0
        self.cell: tuple[int, int] | None = None
        self.has_value = False
        self.cells = 0
        self.row_elements = 0
        self.merged_cells = 0
        #: The last row and column holding a value.
        self.last_row = 0
        self.last_col = 0

    def refuse(self, reason: str, **fields: object) -> None:
        self.refusal = WorkbookRefused(reason, **fields)
        raise _Stop

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        if local == "row":
            self.row_elements += 1
            if self.row_elements > self.limits.row_elements:
                self.refuse("too_many_rows", limit=self.limits.row_elements)
            r = attrs.get("r", "")
            self.row = int(r) if r.isdigit() else self.row + 1
            self.col = 0
        elif local == "c":
            self.cells += 1
            if self.cells > self.limits.cells:
                self.refuse("too_many_cells", limit=self.limits.cells)
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
        if row > self.limits.rows or col > self.limits.columns:
            ref = f"{_letters(col)}{row}"
            self.refuse("beyond_limits", cell=ref, rows=self.limits.rows, columns=self.limits.columns)
        self.last_row, self.last_col = max(self.last_row, row), max(self.last_col, col)
        if self.last_row * self.last_col > self.limits.box:
            # One value far down and one far right: a row-by-row reader would pad out the whole box.
            self.refuse("beyond_limits", cell=f"{_letters(col)}{row}", rows=self.limits.rows,
                        columns=self.limits.columns)  # fmt: skip

    def _merged(self, ref: str) -> None:
        first, _, last = ref.partition(":")
        a, b = split_ref(first), split_ref(last or first)
        if a is None or b is None:
            return  # openpyxl ignores what it cannot read too
        rows, cols = abs(b[0] - a[0]) + 1, abs(b[1] - a[1]) + 1
        if max(a[0], b[0]) > self.limits.rows or max(a[1], b[1]) > self.limits.columns:
            self.refuse("merged_beyond", range=ref, rows=self.limits.rows, columns=self.limits.columns)
        self.merged_cells += rows * cols
        limit = min(self.limits.merged_cells, MAX_MERGED_CELLS)  # the module's cap holds for every reader
        if self.merged_cells > limit:
            self.refuse("merged_too_many", limit=limit)


def _letters(col: int) -> str:
    out = ""
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def _forbid_doctype(*_args: object) -> NoReturn:
    raise WorkbookRefused("xml_doctype")


def _parse(zf: zipfile.ZipFile, info: zipfile.ZipInfo, scan: _SheetScan | None,
           start: Any = None) -> None:  # fmt: skip
    """Stream one XML part through expat; a sheet part also goes through ``scan``, a list through ``start``."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = _forbid_doctype
    parser.EntityDeclHandler = _forbid_doctype
    parser.ExternalEntityRefHandler = _forbid_doctype
    if scan is not None:
        parser.StartElementHandler = scan.start
        parser.EndElementHandler = scan.end
    elif start is not None:
        parser.StartElementHandler = start
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


def _attrs(zf: zipfile.ZipFile, info: zipfile.ZipInfo | None, element: str) -> list[dict[str, str]]:
    """The attributes of every ``element`` in a small listing part (content types, relationships)."""
    found: list[dict[str, str]] = []
    if info is None:
        return found

    def start(name: str, attrs: dict[str, str]) -> None:
        if name.rpartition(" ")[2] == element:
            found.append(attrs)

    _parse(zf, info, None, start)
    return found


def _target(base_dir: str, target: str) -> str:
    """A relationship's target as a zip name in lower case (relative to its source part's folder)."""
    path = target.lstrip("/") if target.startswith("/") else posixpath.join(base_dir, target)
    return posixpath.normpath(path).lower()


def _rels_of(part: str) -> str:
    folder, _, name = part.rpartition("/")
    return f"{folder}/_rels/{name}.rels".lstrip("/")


def parts(zf: zipfile.ZipFile) -> tuple[list[zipfile.ZipInfo], list[zipfile.ZipInfo]]:
    """(every part a reader may parse as XML, the worksheets among them), found as a reader finds them.

    Names are compared without case: the content types, the package's and the workbook's relationships
    decide, and anything under ``xl/worksheets/`` at any depth counts as a sheet too.
    """
    by_name = {i.filename.lower(): i for i in zf.infolist()}
    types = {}
    xml_ext = set(_XML_EXTENSIONS)
    for a in _attrs(zf, by_name.get("[content_types].xml"), "Default"):
        if "xml" in a.get("ContentType", "").lower():
            xml_ext.add("." + a.get("Extension", "").lower().lstrip("."))
    for a in _attrs(zf, by_name.get("[content_types].xml"), "Override"):
        types[a.get("PartName", "").lstrip("/").lower()] = a.get("ContentType", "").lower()
    sheets = {n for n, t in types.items() if "worksheet" in t or "chartsheet" in t or "dialogsheet" in t}
    sheets |= {n for n in by_name if n.startswith("xl/worksheets/") and "/_rels/" not in n}
    books = [_target("", a.get("Target", "")) for a in _attrs(zf, by_name.get("_rels/.rels"), "Relationship")
             if a.get("Type", "").lower().endswith("/officedocument")] or ["xl/workbook.xml"]  # fmt: skip
    for book in books:
        for a in _attrs(zf, by_name.get(_rels_of(book)), "Relationship"):
            if a.get("Type", "").lower().rpartition("/")[2] in ("worksheet", "chartsheet", "dialogsheet"):
                sheets.add(_target(posixpath.dirname(book), a.get("Target", "")))
    xml = [
        info for name, info in by_name.items()
        if posixpath.splitext(name)[1] in xml_ext or "xml" in types.get(name, "") or name in sheets
    ]  # fmt: skip
    return xml, [by_name[n] for n in sorted(sheets) if n in by_name]


def check_workbook(source: str | Path | bytes | IO[bytes], limits: Limits = SHOT_SCRIPT) -> Extents:
    """Raise :class:`WorkbookRefused` when the workbook is beyond ``limits`` or unsafe to parse;
    else where each sheet's values end (for :func:`sheet_rows`)."""
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    try:
        with zipfile.ZipFile(source) as zf:
            infos = zf.infolist()
            cap = MAX_UNPACKED if limits.unpacked is None else limits.unpacked
            if len(infos) > MAX_ENTRIES or sum(i.file_size for i in infos) > cap:
                raise WorkbookRefused("too_large", limit=cap // (1024 * 1024))
            xml, sheets = parts(zf)
            if sum(i.file_size for i in xml) > limits.xml_bytes:
                raise WorkbookRefused("too_large", limit=limits.xml_bytes // (1024 * 1024))
            extents: Extents = {}
            for info in xml:
                scan = _SheetScan(limits) if info in sheets else None
                _parse(zf, info, scan)
                if scan is not None:
                    extents[info.filename.lower()] = (scan.last_row, scan.last_col)
            return extents
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        EOFError,
        zlib.error,
        OSError,
        RuntimeError,  # an encrypted part
    ) as exc:
        raise WorkbookRefused("unreadable", detail=str(exc) or type(exc).__name__) from None


def sheet_rows(
    ws: Any, extents: Extents, limits: Limits, values_only: bool = True
) -> Iterator[tuple[Any, ...]]:
    """A read-only sheet's rows as values (or cells, to read their number formats), only as far as its
    values go (``extents`` from the gate).

    openpyxl pads each row to the declared width and fills gaps with empty rows; bounding both by
    where the values really end keeps a sheet declaring A1:XFD1048576 to its real size.
    """
    part = str(getattr(ws, "_worksheet_path", "")).lstrip("/").lower()
    rows, cols = extents.get(part, (limits.rows, limits.columns))
    if not rows:
        return
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()  # the declared <dimension> is not trusted
    yield from ws.iter_rows(max_row=rows, max_col=cols, values_only=values_only)

"""Workbooks built to hurt a reader: tiny files that declare huge sheets, entity tricks, endless rows."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook

SHEET = "xl/worksheets/sheet1.xml"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
HEADER = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>镜号</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>画面</t></is></c><c r="C1" t="inlineStr"><is><t>时长</t></is></c></row>'
)


def _rewrite(path: Path, parts: dict[str, Iterator[bytes] | bytes]) -> Path:
    """Save a small real workbook, then swap in the given parts (streamed, so huge ones stay cheap)."""
    base = path.with_suffix(".base.xlsx")
    Workbook().save(base)
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in parts:
                continue
            dst.writestr(info, src.read(info))
        for name, body in parts.items():
            with dst.open(name, "w", force_zip64=True) as fh:
                if isinstance(body, bytes):
                    fh.write(body)
                else:
                    for chunk in body:
                        fh.write(chunk)
    base.unlink()
    return path


def _sheet(rows: str, extra: str = "", dimension: str = "A1:C2") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}>'
        f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData>{extra}</worksheet>'
    ).encode()


def far_cell(path: Path) -> Path:
    """A shot table plus one value in the very last cell of the sheet (XFD1048576)."""
    rows = HEADER + '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return _rewrite(path, {SHEET: _sheet(rows, dimension="A1:XFD1048576")})


def whole_sheet_merge(path: Path) -> Path:
    """A shot table whose first cell is merged over the entire sheet."""
    extra = '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'
    return _rewrite(path, {SHEET: _sheet(HEADER, extra)})


def million_rows(path: Path, rows: int = 1_048_576) -> Path:
    """A shot table with a row in every row of the sheet."""

    def body() -> Iterator[bytes]:
        yield f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet {NS}><sheetData>{HEADER}'.encode()
        chunk: list[str] = []
        for r in range(2, rows + 1):
            chunk.append(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>')
            if len(chunk) == 20_000:
                yield "".join(chunk).encode()
                chunk.clear()
        yield ("".join(chunk) + "</sheetData></worksheet>").encode()

    return _rewrite(path, {SHEET: body()})


def empty_formatted_rows(path: Path, rows: int = 1_048_576) -> Path:
    """A shot table followed by a row element, with a height and no cells, in every row of the sheet."""

    def body() -> Iterator[bytes]:
        yield f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet {NS}><sheetData>{HEADER}'.encode()
        chunk: list[str] = []
        for r in range(2, rows + 1):
            chunk.append(f'<row r="{r}" ht="20" customHeight="1"/>')
            if len(chunk) == 50_000:
                yield "".join(chunk).encode()
                chunk.clear()
        yield ("".join(chunk) + "</sheetData></worksheet>").encode()

    return _rewrite(path, {SHEET: body()})


def entity_expansion(path: Path) -> Path:
    """The billion-laughs shape in the shared strings part."""
    dtd = (
        '<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        f'<sst {NS} count="1" uniqueCount="1"><si><t>&c;</t></si></sst>'
    ).encode()
    rows = HEADER + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>'
    return _rewrite(path, {SHEET: _sheet(rows), "xl/sharedStrings.xml": dtd})


def external_entity(path: Path) -> Path:
    """A sheet that pulls a local file in through an external entity."""
    body = (
        '<?xml version="1.0"?>\n<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<worksheet {NS}><sheetData>{HEADER}<row r="2"><c r="A2" t="inlineStr"><is><t>&x;</t></is></c>'
        "</row></sheetData></worksheet>"
    ).encode()
    return _rewrite(path, {SHEET: body})


def broken_xml(path: Path) -> Path:
    """A sheet cut off in the middle of a tag."""
    return _rewrite(path, {SHEET: _sheet(HEADER)[:-40]})

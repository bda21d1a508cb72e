"""One workbook gate for every reader: sheets found by the workbook's own part list, whatever their name or case,
and report, retention, roster and word-list workbooks read only as far as their values go."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from studio.imports import xlsx_limits
from studio.imports.report_import import ReportError, read_report
from studio.imports.xlsx_import import XlsxImportError, read_xlsx
from tests.imports import hostile_books
from tests.measured import MEMORY_BOUND, run_measured

NS = hostile_books.NS
#: A 巨量引擎 report's header row and one ad.
REPORT_ROWS = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>计划名称</t></is></c><c r="B1" t="inlineStr"><is><t>展示数</t></is></c>'
    '<c r="C1" t="inlineStr"><is><t>点击数</t></is></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t>1130_焕亮精华_基础版</t></is></c><c r="B2"><v>10000</v></c>'
    '<c r="C2"><v>300</v></c></row>'
)
FAR_VALUE = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
FAR_STYLED = '<row r="1048576"><c r="XFD1048576" s="0"/></row>'


def _sheet(rows: str) -> bytes:
    return hostile_books._sheet(rows, dimension="A1:XFD1048576")


def relocated(path: Path, sheet: bytes, name: str) -> Path:
    """A real workbook whose only sheet lives at ``name`` (its relationships and content types follow it)."""
    base = path.with_suffix(".base.xlsx")
    Workbook().save(base)
    old = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == old:
                continue
            if info.filename in ("xl/_rels/workbook.xml.rels", "[Content_Types].xml"):
                data = data.replace(f"/{old}".encode(), f"/{name}".encode())
            dst.writestr(info.filename, data)
        dst.writestr(name, sheet)
    base.unlink()
    return path


@pytest.mark.parametrize(
    "name", ["xl/worksheets/sub/sheet1.xml", "xl/worksheets/Sheet1.XML", "xl/data/grid.XML"]
)
def test_a_sheet_anywhere_under_any_name_is_checked(tmp_path: Path, name: str) -> None:
    # The moved sheet is what a reader opens: the benign one reads, so the hostile one would be read too.
    benign = relocated(tmp_path / "ok.xlsx", _sheet(hostile_books.HEADER), name)
    assert load_workbook(benign, read_only=True).worksheets[0]["A1"].value == "镜号"
    hostile = relocated(tmp_path / "far.xlsx", _sheet(hostile_books.HEADER + FAR_VALUE), name)
    with pytest.raises(xlsx_limits.WorkbookRefused) as info:
        xlsx_limits.check_workbook(hostile)
    assert info.value.reason == "beyond_limits"
    with pytest.raises(XlsxImportError) as refused:
        read_xlsx(hostile)
    assert refused.value.reason == "beyond_limits"


def test_a_doctype_in_an_upper_case_part_is_refused(tmp_path: Path) -> None:
    body = (
        '<?xml version="1.0"?>\n<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f"<worksheet {NS}><sheetData>{hostile_books.HEADER}</sheetData></worksheet>"
    ).encode()
    path = relocated(tmp_path / "ent.xlsx", body, "xl/worksheets/SHEET1.XML")
    with pytest.raises(xlsx_limits.WorkbookRefused) as info:
        xlsx_limits.check_workbook(path)
    assert info.value.reason == "xml_doctype"


def test_a_report_workbook_goes_through_the_gate(tmp_path: Path) -> None:
    far = hostile_books._rewrite(
        tmp_path / "far.xlsx", {hostile_books.SHEET: _sheet(REPORT_ROWS + FAR_VALUE)}
    )
    with pytest.raises(ReportError) as info:
        read_report(far)
    assert info.value.kind == "too_large"
    # Declaring the whole sheet and styling its last cell is harmless: read as far as the values go.
    styled = hostile_books._rewrite(
        tmp_path / "styled.xlsx", {hostile_books.SHEET: _sheet(REPORT_ROWS + FAR_STYLED)}
    )
    table = read_report(styled)
    assert table.headers == ["计划名称", "展示数", "点击数"] and table.rows == [
        ["1130_焕亮精华_基础版", "10000", "300"]
    ]


def test_roster_and_word_list_workbooks_read_only_their_values(tmp_path: Path) -> None:
    from studio.imports.creator_list_import import read_rows
    from studio.imports.wordlist_import import read_word_list

    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>达人昵称</t></is></c><c r="B1" t="inlineStr"><is><t>播放量</t></is>'
        '</c></row><row r="2"><c r="A2" t="inlineStr"><is><t>小鹿</t></is></c><c r="B2"><v>52000</v></c></row>'
    )
    path = hostile_books._rewrite(tmp_path / "roster.xlsx", {hostile_books.SHEET: _sheet(rows + FAR_STYLED)})
    assert read_rows(path) == [["达人昵称", "播放量"], ["小鹿", "52000"]]
    words = hostile_books._rewrite(tmp_path / "words.xlsx", {hostile_books.SHEET: _sheet(rows + FAR_STYLED)})
    assert len(read_word_list(words)) >= 1


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from studio.samples import write_sample

    path = tmp_path_factory.mktemp("gate") / "p.studio"
    write_sample(path, "zh")
    return path


@pytest.mark.parametrize("option", ["--import", "--retention"])
def test_cli_refuses_a_far_declared_report_in_one_line_in_bounded_memory(
    project: Path, tmp_path: Path, option: str
) -> None:
    far = hostile_books._rewrite(
        tmp_path / "far.xlsx", {hostile_books.SHEET: _sheet(REPORT_ROWS + FAR_VALUE)}
    )
    done = run_measured(tmp_path, "results", str(project), option, str(far), "--dry-run", lang="zh")
    lines = done.stderr.strip().splitlines()
    assert done.code == 1 and len(lines) == 1 and "报表超出可读取的大小" in lines[0], done.stderr
    assert 0 < done.maxrss < MEMORY_BOUND, done.maxrss
    styled = hostile_books._rewrite(
        tmp_path / "styled.xlsx", {hostile_books.SHEET: _sheet(REPORT_ROWS + FAR_STYLED)}
    )
    done = run_measured(tmp_path, "results", str(project), "--import", str(styled), "--dry-run", lang="en")
    assert done.code == 0 and "Nothing was changed" in done.stdout.replace("nothing", "Nothing"), done.stderr
    assert 0 < done.maxrss < MEMORY_BOUND, done.maxrss

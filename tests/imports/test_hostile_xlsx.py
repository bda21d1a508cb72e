"""Hostile workbooks: refused in one line, in bounded memory and time, touching nothing."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from studio.imports import xlsx_limits
from studio.imports.xlsx_import import XlsxImportError, read_xlsx
from tests.imports import hostile_books
from tests.measured import CPU_BOUND, MEMORY_BOUND, Measured, run_measured, run_measured_many

#: builder, the reason, and words each language's line must hold.
CASES: dict[str, tuple[Callable[[Path], Path], str, tuple[str, ...], tuple[str, ...]]] = {
    "far_cell": (hostile_books.far_cell, "beyond_limits", ("XFD1048576", "10000 rows", "200 columns"),
                 ("XFD1048576", "10000 行", "200 列")),
    "whole_sheet_merge": (hostile_books.whole_sheet_merge, "merged_beyond", ("A1:XFD1048576", "10000 rows"),
                          ("A1:XFD1048576", "合并单元格")),
    "million_rows": (hostile_books.million_rows, "beyond_limits", ("A10001", "10000 rows"), ("A10001", "10000 行")),
    "empty_rows": (hostile_books.empty_formatted_rows, "too_many_rows", ("more than 20000 rows",),
                   ("超过 20000 行",)),
    "entities": (hostile_books.entity_expansion, "xml_doctype", ("entities",), ("实体",)),
    "external": (hostile_books.external_entity, "xml_doctype", ("external references",), ("外部引用",)),
    "broken": (hostile_books.broken_xml, "xml_broken", ("damaged", "sheet1.xml"), ("损坏", "sheet1.xml")),
}  # fmt: skip


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    return {name: build(folder / f"{name}.xlsx") for name, (build, *_rest) in CASES.items()}


@pytest.fixture(scope="module")
def existing_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from studio.samples import write_sample

    path = tmp_path_factory.mktemp("project") / "mine.studio"
    write_sample(path, "en")
    return path


@pytest.mark.parametrize("name", list(CASES))
def test_reader_refuses_with_the_reason(name: str, books: dict[str, Path]) -> None:
    with pytest.raises(XlsxImportError) as info:
        read_xlsx(books[name])
    assert info.value.reason == CASES[name][1]


@pytest.fixture(scope="module")
def measured(
    books: dict[str, Path], existing_project: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], tuple[Path, dict[str, str], Measured]]:
    """Every workbook refused in each language, the cases of a language in one capped child process whose
    peak memory and CPU are read (a child per case and language was 0.8 CPU s each, mostly start-up):
    (name, lang) -> the case's folder, the digests before, what the command did."""
    root = tmp_path_factory.mktemp("measured")
    found = {}
    for lang in ("en", "zh"):
        cases = {}
        for name in CASES:
            folder = root / f"{name}-{lang}"
            folder.mkdir()
            target = folder / "target.studio"
            shutil.copy(existing_project, target)
            before = {"source": _digest(books[name]), "target": _digest(target)}
            cases[name] = (folder, before, ["import-xlsx", str(books[name]), "-o", str(target), "--force"])
        done = run_measured_many(root / lang, [command for _f, _b, command in cases.values()], lang=lang)
        for (name, (folder, before, _command)), result in zip(cases.items(), done, strict=True):
            found[(name, lang)] = (folder, before, result)
    return found


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", list(CASES))
def test_cli_refuses_in_one_line_within_bounds(
    name: str,
    lang: str,
    books: dict[str, Path],
    measured: dict[tuple[str, str], tuple[Path, dict[str, str], Measured]],
) -> None:
    source = books[name]
    folder, before, done = measured[(name, lang)]
    target = folder / "target.studio"
    lines = done.stderr.strip().splitlines()
    assert done.code == 1, done.stderr
    assert len(lines) == 1 and lines[0].startswith(f"studio: {source}"), done.stderr
    words = CASES[name][2] if lang == "en" else CASES[name][3]
    assert all(w in lines[0] for w in words), lines[0]
    assert "Traceback" not in done.stderr and not done.stdout
    assert _digest(source) == before["source"]
    assert _digest(target) == before["target"]
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    assert 0 < done.maxrss < MEMORY_BOUND, done.maxrss
    assert done.cpu < CPU_BOUND, done.cpu


def test_no_new_file_is_left_when_refused(books: dict[str, Path], tmp_path: Path) -> None:
    target = tmp_path / "new.studio"
    done = run_measured(tmp_path, "import-xlsx", str(books["far_cell"]), "-o", str(target))
    assert done.code == 1 and not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("stats-")) == []


def test_empty_styled_cell_far_away_is_harmless(tmp_path: Path) -> None:
    """Programs that declare the whole sheet, or style a far cell, still import: only values count."""
    path = tmp_path / "styled.xlsx"
    rows = (
        hostile_books.HEADER
        + '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>开场</t></is></c>'
        '<c r="C2"><v>3</v></c></row><row r="1048576"><c r="XFD1048576" s="0"/></row>'
    )
    hostile_books._rewrite(path, {hostile_books.SHEET: hostile_books._sheet(rows, dimension="A1:XFD1048576")})
    project, _, report = read_xlsx(path)
    shots = [s for _, _, s in project.scripts[0].iter_shots()]
    assert [(s.visual, s.duration_ds) for s in shots] == [("开场", 30)]
    assert report.header_row == 1


def test_a_big_merge_inside_the_limits_is_cheap(tmp_path: Path) -> None:
    """A location merged down a long table fills only the rows that hold shots."""
    wb = Workbook()
    ws = wb.active
    ws.append(["镜号", "画面", "场景", "时长"])
    for i in range(1, 6):
        ws.append([i, f"画面{i}", "卧室" if i == 1 else None, 2])
    ws.merge_cells(f"C2:C{xlsx_limits.MAX_ROWS}")
    wb.save(tmp_path / "m.xlsx")
    project, _, _ = read_xlsx(tmp_path / "m.xlsx")
    assert [s.location for _, _, s in project.scripts[0].iter_shots()] == ["卧室"] * 5


def test_limits_cover_merges_summed_over_a_sheet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["镜号", "画面", "时长"])
    ws.merge_cells("A5:C40")
    ws.merge_cells("A41:C80")
    wb.save(tmp_path / "m.xlsx")
    monkeypatch.setattr(xlsx_limits, "MAX_MERGED_CELLS", 200)
    with pytest.raises(XlsxImportError) as info:
        read_xlsx(tmp_path / "m.xlsx")
    assert info.value.reason == "merged_too_many" and info.value.fields == {"limit": 200}

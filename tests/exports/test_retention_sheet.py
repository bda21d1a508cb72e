"""The workbook's retention sheet, reopened: the words, each second's share per variant, the line chart."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from studio.exports.xlsx_export import export_xlsx
from studio.samples import sample_project


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_workbook_has_the_curves_and_where_viewers_leave(tmp_path: Path, lang: str) -> None:
    project, _ = sample_project(lang, frame_edge=64)
    script = project.scripts[0]
    out = export_xlsx(project, script, None, None, tmp_path / "w.xlsx", lang, include_results=True)
    wb = openpyxl.load_workbook(out)
    name = "留存曲线" if lang == "zh" else "Retention"
    assert name in wb.sheetnames
    ws = wb[name]
    texts = [str(c.value) for c in ws["A"] if isinstance(c.value, str)]
    assert any(("流失最快" in t) if lang == "zh" else ("loses viewers fastest" in t) for t in texts)
    header = next(r for r in ws.iter_rows() if r[0].value in ("秒", "Second"))
    names = [c.value for c in header[1:] if c.value]
    assert names == [v.name for v in script.variants]
    row3 = next(r for r in ws.iter_rows(min_row=header[0].row + 1) if r[0].value == 3)
    base = project.results[script.variants[0].id].retention
    assert row3[1].value == pytest.approx(base[3]) and row3[1].number_format == "0.0%"
    assert len(ws._charts) == 1 and len(ws._charts[0].series) == len(names)
    project.results.clear()
    bare = openpyxl.load_workbook(
        export_xlsx(project, script, None, None, tmp_path / "b.xlsx", lang, include_results=True)
    )
    assert name not in bare.sheetnames

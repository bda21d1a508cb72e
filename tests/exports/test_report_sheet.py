"""The results sheet in a workbook, reopened and read."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from studio.exports.results_sheet import add_results_sheet
from studio.models.entities import VariantResult


def test_results_sheet_reads_back(tmp_path: Path) -> None:
    from studio.samples import sample_project

    project, _ = sample_project("zh", frame_edge=120)
    script = project.scripts[0]
    base, price = script.variants[0], script.variants[1]
    project.results[base.id] = VariantResult(base.id, 20000, 15000, 9000, 3000, 300, 30, 600.0)
    project.results[price.id] = VariantResult(price.id, 20000, 15000, 9500, 3600, 420, 45, 600.0)
    wb = Workbook()
    add_results_sheet(wb, project, script, "zh")
    wb.save(tmp_path / "r.xlsx")
    ws = load_workbook(tmp_path / "r.xlsx")["投放结果"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    header = rows[1]
    assert header[0] == "版本" and "点击率" in header
    by_name = {r[0]: r for r in rows[2:6]}
    ctr = header.index("点击率")
    assert by_name["基础版"][ctr] == 0.015 and by_name["基础版"][1] == "✓"
    assert by_name["价格钩子"][ctr] == 0.021
    assert by_name["价格钩子"][ctr + 1] < 0.021 < by_name["价格钩子"][ctr + 2]
    assert by_name["口碑证明"][2] is None
    text = "\n".join(str(r[0]) for r in rows if r[0])
    assert "「价格钩子」胜出" in text

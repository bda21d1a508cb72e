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
    project.results.clear()  # the sample ships with results; this test types its own
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


def test_each_metric_is_a_native_excel_chart_with_its_intervals(tmp_path: Path) -> None:
    from studio.exports.results_sheet import CONTROL_FILL, WINNER_FILL
    from studio.samples import sample_project

    project, _ = sample_project("en", frame_edge=120)
    wb = Workbook()
    add_results_sheet(wb, project, project.scripts[0], "en")
    wb.save(tmp_path / "r.xlsx")
    ws = load_workbook(tmp_path / "r.xlsx")["Results"]
    charts = ws._charts
    assert len(charts) == 6  # the sample has every metric, ROAS included
    titles = ["".join(r.t for p in c.title.tx.rich.p for r in (p.r or [])) for c in charts]
    assert titles[0] == "3-second view rate" and titles[-1] == "ROAS"
    first = charts[0]
    series = first.series[0]
    assert series.errBars.errValType == "cust"
    values = series.val.numRef.f
    minus = series.errBars.minus.numRef.f
    assert values.split("!")[1].replace("$", "")[0] == "B" and minus.split("!")[1].replace("$", "")[0] == "C"
    # The chart data the error bars point at: value − low and high − value of each variant.
    col_c = minus.split("!")[1].replace("$", "")
    start, end = (int("".join(ch for ch in part if ch.isdigit())) for part in col_c.split(":"))
    names = [ws.cell(r, 1).value for r in range(start, end + 1)]
    assert names == ["Base (Control)", "★ Price hook", "Word-of-mouth proof", "Testimonial close"]
    price = start + 1
    value, lower, upper = (ws.cell(price, c).value for c in (2, 3, 4))
    assert value == 30340 / 41000 and 0 < lower < 0.01 and 0 < upper < 0.01
    fills = [str(p.graphicalProperties.solidFill.srgbClr) for p in series.dPt]
    assert fills[0] == CONTROL_FILL and fills[1] == WINNER_FILL

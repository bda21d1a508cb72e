"""The creators comparison in the exports: the workbook's sheet with native charts and the PDF page, read back."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from studio.exports.pdf_export import export_pdf
from studio.exports.results_sheet import OTHER_FILL, WINNER_FILL
from studio.exports.xlsx_export import export_xlsx
from studio.models.brief import Creator
from studio.samples import sample_project

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _rows(ws) -> list[list[object]]:
    return [[c.value for c in r] for r in ws.iter_rows()]


def _title(chart) -> str:
    return "".join(r.t for p in chart.title.tx.rich.p for r in (p.r or []))


def test_workbook_has_the_creators_sheet_with_its_charts(tmp_path: Path) -> None:
    project, _ = sample_project("zh", frame_edge=120)
    script = project.scripts[0]
    out = export_xlsx(project, script, None, None, tmp_path / "w.xlsx", "zh", include_results=True)
    wb = load_workbook(out)
    assert wb.sheetnames[-3:] == ["投放结果", "留存曲线", "达人"]
    ws = wb["达人"]
    rows = _rows(ws)
    assert rows[0][0] == "达人对比"
    head = rows[1]
    assert head[:6] == ["达人", "账号", "平台", "版本", "状态", "待出结果"]
    cvr, gmv = head.index("播放转化率"), head.index("成交金额 (¥)")
    by_name = {r[0]: r for r in rows[2:8]}
    orange = by_name["橙子"]
    assert orange[2] == "抖音" and orange[4] == "已发布" and orange[6] == 61000 and orange[gmv] == 51480
    assert orange[cvr] == 520 / 61000 and orange[cvr + 1] < 520 / 61000 < orange[cvr + 2]
    assert ws.cell(3 + 2, cvr + 1).number_format == "0.00%"
    may = by_name["阿May"]
    assert may[5] == "✓" and may[4] == "已发简报" and all(v is None for v in may[6:-1])
    start = next(i for i, r in enumerate(rows) if r[0] == "各版本（合并达人）")
    groups = {r[0]: r for r in rows[start + 2 : start + 6]}
    assert groups["价格钩子"][1:5] == [2, 1, 90000, 756] and groups["口碑证明"][1:3] == [0, 0]
    assert groups["口碑证明"][3] is None
    text = "\n".join(str(r[0]) for r in rows if r[0])
    assert (
        "各版本（合并达人）播放转化率：「价格钩子」最好" in text
        and "待出结果（尚无数据，不参与比较）：阿May" in text
    )
    charts = ws._charts
    assert [_title(c) for c in charts] == [
        "播放转化率 · 按达人", "千次播放成交额 GPM · 按达人", "播放转化率 · 按版本", "千次播放成交额 GPM · 按版本",
    ]  # fmt: skip
    for chart in charts:
        assert chart.series[0].errBars.errValType == "cust"
    # Rates under 1 %: the axis has a decimal, or every tick would read "0%" or "1%".
    assert charts[0].y_axis.numFmt.formatCode == "0.0%" and charts[1].y_axis.numFmt.formatCode == "#,##0"
    by_creator = [str(p.graphicalProperties.solidFill.srgbClr) for p in charts[0].series[0].dPt]
    assert by_creator == [OTHER_FILL] * 5  # no creator is ahead on the evidence
    by_variant = [str(p.graphicalProperties.solidFill.srgbClr) for p in charts[2].series[0].dPt]
    assert by_variant == [OTHER_FILL, WINNER_FILL, OTHER_FILL]


def test_no_creator_results_no_creators_sheet_or_page(tmp_path: Path) -> None:
    project, _ = sample_project("en", frame_edge=120)
    project.creators = [dataclasses.replace(t, plays=0, conversions=0, gmv=0.0) for t in project.creators]
    script = project.scripts[0]
    wb = load_workbook(
        export_xlsx(project, script, None, None, tmp_path / "w.xlsx", "en", include_results=True)
    )
    assert "Creators" not in wb.sheetnames and "Results" in wb.sheetnames
    if shutil.which("pdftotext"):
        pdf = export_pdf(
            project, script, [script.variants[0]], None, tmp_path / "b.pdf", "en", include_results=True
        )
        assert "Creators compared" not in _pdf_text(pdf)


def _pdf_text(path: Path, first: int | None = None) -> str:
    args = ["pdftotext", "-layout", *(["-f", str(first)] if first else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))


@needs_poppler
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pdf_has_a_creators_page(lang: str, tmp_path: Path) -> None:
    project, _ = sample_project(lang, frame_edge=120)
    script = project.scripts[0]
    out = export_pdf(
        project, script, [script.variants[0]], None, tmp_path / "b.pdf", lang, include_results=True
    )
    text = _pdf_text(out, _pages(out))
    flat = text.replace(" ", "")
    if lang == "zh":
        for needed in (
            "达人对比",
            "橙子",
            "¥51,480.00",
            "待出结果",
            "播放转化率·按达人",
            "千次播放成交额GPM·按版本",
        ):
            assert needed in flat, needed
        assert "「价格钩子」最好" in flat and "还看不出哪位达人更好" in flat
    else:
        for needed in (
            "Creators compared",
            "Priya",
            "$9,120.00",
            "Pending",
            "Conversions per play by creator",
        ):
            assert needed in text, needed
        assert "Pending (no results yet, not compared): Marco (briefed)." in " ".join(text.split())


@needs_poppler
def test_a_large_matrix_fits_its_charts_on_the_page(tmp_path: Path) -> None:
    project, _ = sample_project("en", frame_edge=120)
    script = project.scripts[0]
    names = [v.id for v in script.variants]  # creators hold their variant's id
    project.creators = [
        Creator(name=f"Creator {i:02d}", variant=names[i % 4], status="posted", plays=5000 + 300 * i,
               conversions=20 + i, gmv=380.0 * (20 + i))
        for i in range(40)
    ]  # fmt: skip
    out = export_pdf(
        project, script, [script.variants[0]], None, tmp_path / "big.pdf", "en", include_results=True
    )
    text = " ".join(_pdf_text(out).split())
    assert "Creator 00" in text and "Creator 39" in text  # the table lists all forty
    assert "The charts draw the 24 creators with the most plays; the table lists them all." in text
    assert "Variants across creators" in text or "variants across creators" in text
    last = _pdf_text(out, _pages(out))
    assert "Conversions per play" in last  # the verdicts made it onto the page after the charts


def test_workbook_lists_each_creators_cost_and_roi_with_intervals(tmp_path: Path) -> None:
    project, _ = sample_project("zh", frame_edge=120)
    out = export_xlsx(
        project, project.scripts[0], None, None, tmp_path / "w.xlsx", "zh", include_results=True
    )
    ws = load_workbook(out)["达人"]
    rows = _rows(ws)
    start = next(i for i, r in enumerate(rows) if r[0] == "费用与 ROI")
    assert (
        rows[start + 1][:3] == ["达人 / 版本", "费用 (¥)", "千次播放成本 (¥)"]
        and rows[start + 1][8] == "ROI（GMV/费用）"
    )
    block = []
    for r in rows[start + 2 :]:
        if r[1] is None:  # the words follow the table
            break
        block.append(r)
    by = {r[0]: r for r in block}
    deer = by["小鹿"]  # 3,000 fee + 10 % of 30,690
    assert deer[1] == 6069 and deer[8] == pytest.approx(30690 / 6069) and deer[9] < deer[8] < deer[10]
    assert ws.cell(start + 3, 9).number_format == '0.00"×"'
    assert by["阿May"][1] == 12000 and by["阿May"][8] is None  # paid, no results yet
    assert "版本：价格钩子" in by
    assert any(str(r[0]).startswith("已填费用的") for r in rows if r[0])

"""Importing ad platform reports: mapping, sums, and bad reports that change nothing."""

from __future__ import annotations

import hashlib
import pkgutil
from pathlib import Path

import pytest

from studio.imports.report_import import ReportError, field_of, guess_mapping, import_report

GOOD_ZH = (
    "素材名称,展示数,播放数,3秒播放数,完播数,完播率,点击数,点击率,转化数,转化成本,消耗(元)\n"
    '基础版,"20,000",15000,9000,3000,20%,300,1.5%,30,20,600.00\n'
    "价格钩子,20000,15000,9500,3600,24%,420,2.1%,45,13.3,¥600\n"
    "价格钩子,100,80,40,20,25%,5,5%,1,5,5\n"
    "合计,40100,30080,18540,6620,,725,,76,,1205\n"
)


@pytest.fixture(autouse=True)
def _no_shipped_results(request: pytest.FixtureRequest) -> None:
    """The sample ships with results; these tests start from a file without them."""
    if "sample_path" not in request.fixturenames:
        return
    from studio.models import ops
    from studio.store.document import ProjectFile

    with ProjectFile.open(request.getfixturevalue("sample_path")) as pf, pf.batch():
        for variant_id in list(pf.project.results):
            ops.set_result(pf.project, None, variant_id)


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch):
    """studio.cli.main with only this area's commands, so other areas' work in progress cannot break it."""
    import studio.cli as cli

    real = pkgutil.iter_modules
    monkeypatch.setattr(
        cli.pkgutil,
        "iter_modules",
        lambda path: [m for m in real(path) if m.name in ("cmd_results", "cmd_pack")],
    )
    return cli.main


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("素材名称", "variant"), ("创意", "variant"), ("Ad name", "variant"), ("展示数", "impressions"),
        ("曝光量", "impressions"), ("播放数", "plays"), ("3秒播放数", "views_3s"), ("完播数", "completions"),
        ("点击", "clicks"), ("转化数", "conversions"), ("成交订单数", "conversions"), ("消耗(元)", "spend"),
        ("Amount spent", "spend"), ("完播率", "completion_rate"), ("点击率", None), ("转化成本", None), ("CTR", None),
        ("Cost per result", None),
    ],
)  # fmt: skip
def test_header_synonyms(header: str, field: str | None) -> None:
    assert field_of(header) == field


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"]
)  # utf-16: Excel's "Unicode Text"
def test_csv_is_summed_per_variant(tmp_path: Path, encoding: str) -> None:
    from studio.samples import sample_project

    script = sample_project("zh", frame_edge=120)[0].scripts[0]
    found = import_report(_write(tmp_path, "r.csv", GOOD_ZH, encoding), script)
    mapping, results = found.mapping, found.merged
    assert set(mapping) - {"completion_rate"} == {
        "variant",
        "impressions",
        "plays",
        "views_3s",
        "completions",
        "clicks",
        "conversions",
        "spend",
    }
    price = results[script.variants[1].id]
    assert (price.impressions, price.clicks, price.conversions, price.spend) == (20100, 425, 46, 605.0)
    assert results[script.variants[0].id].impressions == 20000
    assert len(results) == 2  # the total row is skipped


def test_xlsx_report(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from studio.samples import sample_project

    script = sample_project("en", frame_edge=120)[0].scripts[0]
    wb = Workbook()
    ws = wb.active
    ws.append(["Ad name", "Impressions", "Link clicks", "Purchases", "Amount spent (USD)"])
    ws.append([script.variants[0].name, 1000, 30, 3, 12.5])
    wb.save(tmp_path / "r.xlsx")
    found = import_report(tmp_path / "r.xlsx", script)
    mapping, results = found.mapping, found.merged
    assert mapping["clicks"] == 2 and mapping["spend"] == 4
    assert guess_mapping(["Ad name", "Impressions"]) == {"variant": 0, "impressions": 1}
    result = results[script.variants[0].id]
    assert (result.impressions, result.clicks, result.conversions, result.spend) == (1000, 30, 3, 12.5)


BAD = {
    "missing_variant": ("展示,点击\n100,10\n", "no creative/variant name column"),
    "missing_counts": ("素材名称,备注\n基础版,x\n", "no count columns"),
    "spend_only": ("素材名称,消耗(元)\n基础版,99.5\n", "spend or GMV alone cannot be compared"),
    "negative": ("素材名称,展示,点击\n基础版,100,-3\n", "is negative"),
    "non_numeric": ("素材名称,展示,点击\n基础版,100,很多\n", "is not a number"),
    "fraction": ("素材名称,展示,点击\n基础版,100,2.5\n", "is not a whole count"),
    "conv_gt_clicks": ("素材名称,点击,转化\n基础版,10,11\n", "is more than"),
    "clicks_gt_impr": ("素材名称,展示,点击\n基础版,10,11\n", "is more than"),
    "unknown_variant": ("素材名称,展示,点击\n基础版,100,10\n神秘版,100,10\n", "no variant named 神秘版"),
    "empty": ("", "the report is empty"),
    "blank_lines": ("\n \n", "the report is empty"),
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_reports_are_refused_and_change_nothing(
    run_cli, sample_path: Path, tmp_path: Path, capsys, case: str
) -> None:
    text, message = BAD[case]
    report = _write(tmp_path, f"{case}.csv", text)
    before = _digest(sample_path)
    code = run_cli(["--ui-lang", "en", "results", str(sample_path), "--import", str(report)])
    err = capsys.readouterr().err
    assert code != 0
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert _digest(sample_path) == before


def test_binary_report_is_refused_in_chinese(run_cli, sample_path: Path, tmp_path: Path, capsys) -> None:
    report = tmp_path / "r.csv"
    report.write_bytes(bytes(range(256)) * 8)
    before = _digest(sample_path)
    code = run_cli(["--ui-lang", "zh", "results", str(sample_path), "--import", str(report)])
    err = capsys.readouterr().err
    assert code != 0 and "不是 CSV 或 Excel 报表" in err
    assert _digest(sample_path) == before


def test_broken_xlsx_is_refused(tmp_path: Path) -> None:
    from studio.samples import sample_project

    script = sample_project("zh", frame_edge=120)[0].scripts[0]
    path = tmp_path / "r.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(ReportError) as info:
        import_report(path, script)
    assert info.value.kind == "unreadable"


def test_good_import_is_saved_and_shown(run_cli, sample_path: Path, tmp_path: Path, capsys) -> None:
    import json

    report = _write(tmp_path, "r.csv", GOOD_ZH)
    assert run_cli(["--ui-lang", "zh", "results", str(sample_path), "--import", str(report)]) == 0
    out = capsys.readouterr().out
    assert "列对应关系" in out and "点击数" in out
    assert "「价格钩子」胜出" in out
    assert run_cli(["results", str(sample_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    rows = {r["variant"]: r for r in data["variants"]}
    assert rows["价格钩子"]["result"]["clicks"] == 425
    assert rows["基础版"]["control"] is True
    ctr = next(v for v in data["verdicts"] if v["metric"] == "ctr")
    assert ctr["kind"] == "winner" and ctr["variant"] == "价格钩子"

    from studio.store.document import ProjectFile

    with ProjectFile.open(sample_path, readonly=True) as pf:
        assert pf.project.results[pf.project.scripts[0].variants[1].id].source == "r.csv"


def test_pack_command(run_cli, sample_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "packs"
    out.mkdir()
    assert run_cli(["pack", str(sample_path), "--variant", "价格钩子", "-o", str(out), "--fps", "30"]) == 0
    assert "价格钩子" in capsys.readouterr().out
    assert [p.name for p in out.iterdir()] == ["焕亮精华 25 秒带货_价格钩子"]
    # A missing folder is made (as the README's own `studio pack … -o packs/` expects); a file is refused.
    assert run_cli(["pack", str(sample_path), "-o", str(tmp_path / "new" / "packs")]) == 0
    assert (tmp_path / "new" / "packs" / "焕亮精华 25 秒带货_基础版" / "manifest.json").is_file()
    capsys.readouterr()
    (tmp_path / "file.txt").write_text("x")
    assert run_cli(["--ui-lang", "en", "pack", str(sample_path), "-o", str(tmp_path / "file.txt")]) != 0
    assert "is a file" in capsys.readouterr().err


def _results(path: Path) -> dict[str, tuple[int, int, int, float]]:
    from studio.store.document import ProjectFile

    with ProjectFile.open(path, readonly=True) as pf:
        names = {v.id: v.name for v in pf.project.scripts[0].variants}
        return {
            names[k]: (r.impressions, r.clicks, r.conversions, r.spend) for k, r in pf.project.results.items()
        }


def test_spend_only_report_never_zeroes_earlier_counts(
    run_cli, sample_path: Path, tmp_path: Path, capsys
) -> None:
    good = _write(tmp_path, "r.csv", GOOD_ZH)
    assert run_cli(["--ui-lang", "en", "results", str(sample_path), "--import", str(good)]) == 0
    before = _results(sample_path)
    assert before["价格钩子"][:3] == (20100, 425, 46)
    spend_only = _write(tmp_path, "spend.csv", "素材名称,消耗(元)\n价格钩子,999.00\n")
    capsys.readouterr()
    assert run_cli(["--ui-lang", "en", "results", str(sample_path), "--import", str(spend_only)]) == 1
    err = capsys.readouterr().err
    assert "no count columns" in err and len(err.strip().splitlines()) == 1
    assert _results(sample_path) == before
    # Counts for some fields only: the report's fields change, the others keep their values.
    impressions = _write(tmp_path, "impr.csv", "素材名称,展示数,消耗(元)\n价格钩子,30000,700\n")
    assert run_cli(["--ui-lang", "en", "results", str(sample_path), "--import", str(impressions)]) == 0
    assert _results(sample_path)["价格钩子"] == (30000, 425, 46, 700.0)


def test_dry_run_previews_every_row_and_changes_nothing(
    run_cli, sample_path: Path, tmp_path: Path, capsys
) -> None:
    text = "计划名称,展现数据-展示数,展现数据-点击数,展现数据-总花费\n1130_焕亮精华_价格钩子_v2,1000,30,50\n神秘版,900,20,40\n"
    report = _write(tmp_path, "r.csv", text)
    before = _digest(sample_path)
    code = run_cli(["--ui-lang", "en", "results", str(sample_path), "--import", str(report), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0 and _digest(sample_path) == before
    rows = [line for line in out.splitlines() if line.lstrip().startswith("row ")]
    assert rows[0].startswith("  row 3: 神秘版 -> ?") and "价格钩子 (name found in the ad name)" in rows[1]
    assert "CTR counts clicks from “展现数据-点击数”" in out and "Nothing was changed" in out.replace(
        "nothing", "Nothing"
    )
    # Without --dry-run the unmatched row refuses the import; --match sends it to a variant.
    assert run_cli(["--ui-lang", "en", "results", str(sample_path), "--import", str(report)]) == 1
    assert "no variant named 神秘版" in capsys.readouterr().err and _digest(sample_path) == before
    args = [
        "--ui-lang",
        "en",
        "results",
        str(sample_path),
        "--import",
        str(report),
        "--match",
        "神秘版=基础版",
    ]
    assert run_cli(args) == 0
    after = _results(sample_path)
    assert after["价格钩子"][:2] == (1000, 30) and after["基础版"][:2] == (900, 20)

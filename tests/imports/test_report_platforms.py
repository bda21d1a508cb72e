"""Reports as six platforms export them: real header names, grouped headers, money, ad names."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from studio.imports.ad_names import match_name, tokens
from studio.imports.report_import import ReportError, import_report, preview, read_report
from studio.imports.report_profiles import leaf
from studio.models.entities import VariantResult
from studio.results.metrics import METRIC_BY_KEY, estimate


@pytest.fixture
def script():
    from studio.samples import sample_project

    return sample_project("zh", frame_edge=120)[0].scripts[0]


def _csv(tmp_path: Path, rows: list[list[object]], name: str = "r.csv", encoding: str = "utf-8-sig") -> Path:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path = tmp_path / name
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def _xlsx(tmp_path: Path, rows: list[list[object]], name: str = "r.xlsx") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(tmp_path / name)
    return tmp_path / name


def _header(found, field: str) -> str:
    return found.table.headers[found.mapping[field]]


def test_ocean_engine_grouped_headers_split_on_their_separator(tmp_path: Path, script) -> None:
    assert leaf("展现数据-点击数") == "点击数" and leaf("3-second video plays") == "3-second video plays"
    rows = [
        ["计划名称", "展现数据-总花费", "展现数据-展示数", "展现数据-点击数", "展现数据-点击率",
         "转化数据-转化数", "转化数据-转化成本", "视频数据-播放数", "视频数据-有效播放数", "视频数据-播放完成数",
         "视频数据-播完率"],
        ["1130_焕亮精华_基础版", "600.00", "20000", "300", "1.50%", "30", "20.00", "15000", "4000", "3000", "20.00%"],
        ["1130_焕亮精华_价格钩子_v2", "612.50", "20500", "430", "2.10%", "44", "13.92", "15200", "5100", "3650", "24.01%"],
    ]  # fmt: skip
    found = import_report(_csv(tmp_path, rows, encoding="gb18030"), script)
    assert found.profile is not None and found.profile.key == "oceanengine"
    assert _header(found, "clicks") == "展现数据-点击数" and _header(found, "spend") == "展现数据-总花费"
    assert _header(found, "completions") == "视频数据-播放完成数"
    assert "视频数据-有效播放数" not in [found.table.headers[c] for c in found.mapping.values()]
    price = found.merged[script.variants[1].id]
    assert (price.impressions, price.clicks, price.conversions, price.plays, price.completions) == (
        20500, 430, 44, 15200, 3650)  # fmt: skip
    assert price.spend == 612.5


def test_tiktok_destination_clicks_are_the_ctr_numerator(tmp_path: Path, script) -> None:
    rows = [
        ["Ad name", "Cost", "Impressions", "Clicks (all)", "CTR (all)", "Clicks (destination)", "CTR (destination)",
         "Video views", "2-second video views", "6-second video views", "Video views at 100%", "Conversions",
         "Total purchase value"],
        ["基础版", "1,200.00", "50000", "1850", "3.70%", "1320", "2.64%", "41000", "30000", "18000", "5200", "66",
         "9,900.00"],
    ]  # fmt: skip
    found = import_report(_csv(tmp_path, rows), script)
    assert found.profile is not None and found.profile.key == "tiktok"
    assert _header(found, "clicks") == "Clicks (destination)"
    assert ("ctr_numerator", {"column": "Clicks (destination)"}) in found.notes
    assert ("all_clicks_unused", {"column": "Clicks (all)"}) in found.notes
    base = found.merged[script.variants[0].id]
    assert f"{estimate(base, METRIC_BY_KEY['ctr']).value:.2%}" == "2.64%"
    assert base.completions == 5200 and base.plays == 41000 and base.views_3s == 0  # 2 s is not 3 s
    assert base.gmv == 9900.0 and base.spend == 1200.0


def test_meta_link_clicks_and_100_percent_plays_over_thruplays(tmp_path: Path, script) -> None:
    head = ["Ad name", "Amount spent (USD)", "Impressions", "Reach", "Clicks (all)", "Link clicks",
            "CTR (link click-through rate)", "3-second video plays", "ThruPlays", "Video plays",
            "Video plays at 100%", "Purchases", "Purchases conversion value"]  # fmt: skip
    row = [
        "价格钩子",
        "88.40",
        "12000",
        "9000",
        "400",
        "210",
        "1.75%",
        "5100",
        "2600",
        "9800",
        "1400",
        "12",
        "540.00",
    ]
    found = import_report(_xlsx(tmp_path, [head, row]), script)
    assert found.profile is not None and found.profile.key == "meta"
    price = found.merged[script.variants[1].id]
    assert (price.clicks, price.plays, price.completions, price.views_3s) == (210, 9800, 1400, 5100)
    assert price.gmv == 540.0 and not any(kind == "thruplays" for kind, _ in found.notes)
    # Without a 100 % column ThruPlays stand in for completions, and the preview says what they are.
    only_thru = [[c for c in r if c not in ("Video plays at 100%", "1400")] for r in (head, row)]
    found = import_report(_xlsx(tmp_path, only_thru, "t.xlsx"), script)
    assert found.merged[script.variants[1].id].completions == 2600
    assert ("thruplays", {"column": "ThruPlays"}) in found.notes
    assert found.merged[script.variants[1].id].plays == 9800  # ThruPlays are never plays


def test_qianchuan_money_columns_and_rates_become_values_and_counts(tmp_path: Path, script) -> None:
    rows = [
        ["素材名称", "整体消耗", "整体支付ROI", "整体成交金额", "整体成交订单数", "整体展现次数", "整体点击率",
         "整体点击次数", "视频播放数", "视频完播率", "3秒播放率"],
        ["1130_焕亮精华_口碑证明", "1520.55", "3.21", "4881.23", "35", "30000", "2.00%", "600", "20000", "18.50%",
         "45.00%"],
    ]  # fmt: skip
    found = import_report(_csv(tmp_path, rows), script)
    assert found.profile is not None and found.profile.key == "qianchuan"
    proof = found.merged[script.variants[2].id]
    assert proof.gmv == 4881.23 and proof.spend == 1520.55 and proof.conversions == 35
    assert (proof.completions, proof.views_3s) == (3700, 9000)  # rate × 视频播放数
    assert ("derived", {"field": "completions", "column": "视频完播率", "base": "视频播放数"}) in found.notes


def test_kuaishou_magnetic_bull_report(tmp_path: Path, script) -> None:
    rows = [
        ["创意名称", "花费", "封面曝光数", "封面点击数", "素材曝光数", "行为数", "3s播放率", "完播率", "支付订单数",
         "GMV", "ROI"],
        ["证言结尾-1201", "300.5", "40000", "3000", "25000", "500", "40%", "12%", "20", "1999.8", "6.65"],
    ]  # fmt: skip
    found = import_report(_csv(tmp_path, rows), script)
    assert found.profile is not None and found.profile.key == "kuaishou"
    close = found.merged[script.variants[3].id]
    assert (close.impressions, close.plays, close.clicks, close.conversions) == (40000, 25000, 500, 20)
    assert (close.views_3s, close.completions, close.gmv) == (10000, 3000, 1999.8)


def test_tencent_ads_report(tmp_path: Path, script) -> None:
    rows = [
        ["广告名称", "花费", "曝光次数", "点击次数", "点击率", "下单次数", "下单金额", "下单ROI", "视频有效播放次数",
         "100%进度播放次数", "3s播放完成次数"],
        ["价格钩子", "450", "18000", "270", "1.5%", "18", "1620", "3.6", "12000", "2100", "6000"],
    ]  # fmt: skip
    found = import_report(_csv(tmp_path, rows), script)
    assert found.profile is not None and found.profile.key == "tencent"
    price = found.merged[script.variants[1].id]
    assert (price.clicks, price.conversions, price.completions, price.views_3s, price.gmv) == (
        270, 18, 2100, 6000, 1620.0)  # fmt: skip


def test_a_title_row_above_the_header_is_skipped(tmp_path: Path, script) -> None:
    rows = [["2025-11-01 ~ 2025-11-30"], ["素材名称", "展示数", "点击数"], ["基础版", "1000", "20"]]
    assert read_report(_csv(tmp_path, rows)).headers[:3] == ["素材名称", "展示数", "点击数"]


@pytest.mark.parametrize(
    ("name", "expected", "how"),
    [
        ("1130_焕亮精华_价格钩子_v2", 1, "name"),
        ("价格钩子", 1, "exact"),
        ("1201-口碑证明-剪辑B", 2, "name"),
        ("焕亮精华 V4 终版", 3, "code"),
        ("焕亮精华_价格钩子测试", None, "none"),  # not a whole token
        ("1130_焕亮精华_新素材", None, "none"),
    ],
)
def test_ad_names_match_a_variant_by_token(script, name: str, expected: int | None, how: str) -> None:
    found = match_name(name, script)
    assert found.how == how
    assert found.variant is (None if expected is None else script.variants[expected])


def test_two_variant_names_in_one_ad_name_are_ambiguous(script) -> None:
    assert tokens("1130_焕亮/价格钩子") == ["1130", "焕亮", "价格钩子"]
    found = match_name("价格钩子_口碑证明", script)
    assert found.how == "ambiguous" and set(found.candidates) == {script.variants[1], script.variants[2]}


def test_preview_lists_unmatched_rows_first_and_picks_resolve_them(tmp_path: Path, script) -> None:
    rows = [["素材名称", "展示数", "点击数"], ["基础版", "1000", "20"], ["神秘版", "900", "30"],
            ["1130_价格钩子", "800", "25"]]  # fmt: skip
    table = read_report(_csv(tmp_path, rows))
    mapping = {"variant": 0, "impressions": 1, "clicks": 2}
    shown = preview(table, mapping, script, {})
    assert [r.name for r in shown.rows] == ["神秘版", "基础版", "1130_价格钩子"]
    assert [r.name for r in shown.unmatched] == ["神秘版"]
    assert set(shown.merged) == {script.variants[0].id, script.variants[1].id}
    picked = preview(table, mapping, script, {}, {3: script.variants[1].id})
    assert not picked.unmatched and picked.merged[script.variants[1].id].clicks == 55
    skipped = preview(table, mapping, script, {}, {3: None})
    assert not skipped.unmatched and next(r for r in skipped.rows if r.line == 3).how == "skipped"


def test_missing_columns_keep_earlier_values(tmp_path: Path, script) -> None:
    base = script.variants[0]
    earlier = {base.id: VariantResult(base.id, 20000, 15000, 9000, 3000, 300, 30, 600.0, gmv=2400.0)}
    found = import_report(_csv(tmp_path, [["素材名称", "展示数", "消耗"], ["基础版", "21000", "650"]]), script,
                          earlier=earlier)  # fmt: skip
    after = found.merged[base.id]
    assert (after.impressions, after.spend) == (21000, 650.0)
    assert (after.clicks, after.conversions, after.plays, after.completions, after.gmv) == (
        300,
        30,
        15000,
        3000,
        2400.0,
    )
    assert earlier[base.id].impressions == 20000  # the preview never touches what it was given
    # A blank cell is "not reported", not zero.
    found = import_report(_csv(tmp_path, [["素材名称", "展示数", "点击数"], ["基础版", "21000", "--"]], "b.csv"),
                          script, earlier=earlier)  # fmt: skip
    assert found.merged[base.id].clicks == 300


def test_a_kept_count_that_no_longer_fits_is_refused(tmp_path: Path, script) -> None:
    base = script.variants[0]
    earlier = {base.id: VariantResult(base.id, impressions=1000, clicks=300)}
    with pytest.raises(ReportError) as info:
        import_report(_csv(tmp_path, [["素材名称", "展示数"], ["基础版", "200"]]), script, earlier=earlier)
    assert info.value.kind == "exceeds_kept" and info.value.fields["kept"] == "clicks"


def test_spend_without_counts_is_refused(tmp_path: Path, script) -> None:
    with pytest.raises(ReportError) as info:
        import_report(_csv(tmp_path, [["素材名称", "消耗", "成交金额"], ["基础版", "99", "300"]]), script)
    assert info.value.kind == "no_count_column"

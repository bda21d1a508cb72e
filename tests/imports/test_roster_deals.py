"""Rosters with the deal's columns (费用, 佣金比例, 档位, 合作方式, 交稿日期, 发布日期, 授权平台, 投流授权, 授权到期,
独家期 …, and English ones) as agencies keep them in Excel and CSV: read exactly, bad cells refused by row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from studio.imports.creator_list_import import header_field, preview_file
from studio.samples import sample_project

ZH_HEADERS = ["序号", "达人昵称", "平台", "达人等级", "合作方式", "报价(元)", "佣金比例", "保底播放量", "交付内容",
              "交稿日期", "终稿日期", "发布日期", "授权平台", "投流授权", "授权到期", "独家期", "备注"]  # fmt: skip


def _roster_xlsx(path: Path, rows: list[list[object]], headers: list[str] = ZH_HEADERS) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["12月达人排期（品牌方：晨露）"])  # a title row, as agencies' sheets have
    ws.append(headers)
    for row in rows:
        ws.append(row)
    # money, rate and date cells formatted as Excel formats them, so they come back as numbers and dates
    for row in ws.iter_rows(min_row=3):
        row[5].number_format = "#,##0.00"
        row[6].number_format = "0.0%"
        for c in (9, 10, 11, 14):
            row[c].number_format = "yyyy/m/d"
    wb.save(path)
    return path


def test_deal_headers_in_both_languages() -> None:
    pairs = {
        "费用": "fee", "报价（元）": "fee", "坑位费": "fee", "佣金": "commission", "佣金比例(%)": "commission",
        "档位": "tier", "等级": "tier", "合作方式": "deal", "交稿日期": "draft_due", "发布日期": "post_due",
        "授权平台": "rights_platforms", "投流授权": "paid_ads", "授权到期": "rights_until", "独家期": "exclusive_days",
        "Fee": "fee", "Commission Rate": "commission", "Tier": "tier", "Deal type": "deal", "Draft due": "draft_due",
        "Posting date": "post_due", "Usage platforms": "rights_platforms", "Paid ads": "paid_ads",
        "Rights expiry": "rights_until", "Exclusivity": "exclusive_days", "Final due": "final_due",
    }  # fmt: skip
    assert {h: header_field(h) for h in pairs} == pairs
    assert header_field("发布链接") == "link" and header_field("发布平台") == "platform"


def test_an_agency_xlsx_roster_reads_money_rates_and_dates_exactly(tmp_path: Path) -> None:
    path = _roster_xlsx(
        tmp_path / "达人排期.xlsx",
        [
            [1, "小鹿", "抖音", "腰部", "保底+佣金", 5000.5, 0.1, 100000, "1条60s视频", dt.datetime(2026, 12, 1),
             dt.datetime(2026, 12, 5), dt.datetime(2026, 12, 8), "抖音、小红书", "是", dt.datetime(2027, 6, 30),
             "30天", "老朋友"],
            [2, "新面孔", "快手", "KOC", "CPS", None, 0.125, None, None, None, None, "2026-12-20", None, "否", None,
             None, ""],
            [3, "阿May", "抖音", "头部", "一口价", 12000, None, None, "2条", None, None, "12/28/2026", "全平台",
             "可以", None, "3个月", ""],
        ],
    )  # fmt: skip
    project, _ = sample_project("zh")
    before = list(project.creators)
    plan = preview_file(project, path)
    assert not plan.problems and "新面孔" in plan.added
    by = {t.name: t for t in plan.creators}
    deer = by["小鹿"]
    assert (deer.tier, deer.deal, deer.fee, deer.commission, deer.guaranteed_plays) == (
        "mid", "guaranteed", 500050, 1000, 100000)  # fmt: skip
    assert (deer.draft_due, deer.final_due, deer.post_due, deer.rights_until) == (
        "2026-12-01", "2026-12-05", "2026-12-08", "2027-06-30")  # fmt: skip
    assert deer.rights_platforms == ["douyin", "xiaohongshu"] and deer.paid_ads and deer.exclusive_days == 30
    new = by["新面孔"]
    assert (new.tier, new.deal, new.fee, new.commission, new.paid_ads) == ("koc", "cps", 0, 1250, False)
    assert by["阿May"].deal == "flat" and by["阿May"].fee == 1200000 and by["阿May"].exclusive_days == 90
    assert plan.fields[-1] == "exclusive_days" and "fee" in plan.fields
    assert project.creators == before  # the project is untouched until the caller applies it


def test_an_english_csv_roster_is_read_in_the_projects_currency(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(
        "Creator,Platform,Tier,Deal type,Fee,Commission,Draft due,Posting date,Usage platforms,Paid ads,"
        "Rights expiry,Exclusivity\n"
        'Mia,TikTok,micro,flat fee,"$1,200.00",,2026-12-10,2026-12-15,TikTok,yes,2027-03-15,14 days\n',
        encoding="utf-8",
    )
    project, _ = sample_project("en")
    project.currency = "USD"
    plan = preview_file(project, path)
    (mia,) = [t for t in plan.creators if t.name == "Mia"]
    assert (mia.fee, mia.deal, mia.tier, mia.exclusive_days, mia.rights_platforms) == (
        120000, "flat", "micro", 14, ["tiktok"])  # fmt: skip


@pytest.mark.parametrize(
    ("cells", "field", "reason"),
    [
        ({5: -500}, "fee", "negative"),
        ({6: 1.2}, "commission", "rate_above_100"),
        ({9: dt.datetime(1900, 1, 1)}, "draft_due", "date_range"),
        ({5: "5000 XYZ"}, "fee", "unknown_currency"),
        ({3: "巨星"}, "tier", "unknown_tier"),
        ({13: "看情况"}, "paid_ads", "not_yes_no"),
    ],
)
def test_a_bad_cell_leaves_its_row_out_and_names_it(
    tmp_path: Path, cells: dict[int, object], field: str, reason: str
) -> None:
    good = [
        1,
        "小鹿",
        "抖音",
        "腰部",
        "CPS",
        5000,
        0.1,
        None,
        None,
        None,
        None,
        None,
        None,
        "是",
        None,
        None,
        "",
    ]
    bad = [
        2,
        "坏行",
        "抖音",
        "腰部",
        "CPS",
        5000,
        0.1,
        None,
        None,
        None,
        None,
        None,
        None,
        "是",
        None,
        None,
        "",
    ]
    for c, value in cells.items():
        bad[c] = value
    project, _ = sample_project("zh")
    plan = preview_file(project, _roster_xlsx(tmp_path / "r.xlsx", [good, bad]))
    assert [(p.field, p.reason, p.facts["row"]) for p in plan.problems] == [(field, reason, 4)]
    assert "坏行" not in {t.name for t in plan.creators} and plan.skipped == [4]
    assert next(t for t in plan.creators if t.name == "小鹿").fee == 500000


def test_a_gb18030_csv_roster_with_chinese_deal_headers(tmp_path: Path) -> None:
    """An agency's list saved as CSV by Excel on a Chinese Windows: GB18030, a title row, units in headers."""
    path = tmp_path / "12月达人排期.csv"
    path.write_bytes(
        (
            "12月达人排期\n"
            "达人昵称,档位,合作方式,坑位费（元）,佣金,交稿日期,发布日期,授权平台,投流授权,授权到期,独家期\n"
            '小鹿,腰部,保底+佣金,"3,000",10%,2026/12/1,2026/12/8,抖音/小红书,是,2027/6/30,30天\n'
            "糖糖,KOC,纯佣,,20%,,12月15日,抖音,否,,\n"
        ).encode("gb18030")
    )
    project, _ = sample_project("zh")
    plan = preview_file(project, path)
    assert not plan.problems and plan.added == ["糖糖"] and plan.updated == ["小鹿"]
    by = {t.name: t for t in plan.creators}
    deer, candy = by["小鹿"], by["糖糖"]
    assert (deer.fee, deer.commission, deer.deal, deer.post_due) == (300000, 1000, "guaranteed", "2026-12-08")
    assert deer.rights_platforms == ["douyin", "xiaohongshu"] and deer.rights_until == "2027-06-30"
    assert (candy.deal, candy.commission, candy.tier, candy.paid_ads) == ("cps", 2000, "koc", False)
    assert candy.post_due.endswith("-12-15")

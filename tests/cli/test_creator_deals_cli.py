"""``studio creators … set NAME --fee … --commission …`` and ``--due``: the deal reaches the file, exactly;
bad money, rates and dates are one line in the user's language, exit 2 and change nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from studio.store.document import ProjectFile
from tests.cli_runner import CliResult, run_cli


def run(*args: str, lang: str = "en") -> CliResult:
    return run_cli(*args, lang=lang)


@pytest.fixture
def sample(_sample_files: dict[str, Path], tmp_path: Path) -> Path:
    path = tmp_path / "s.studio"
    shutil.copy2(_sample_files["zh"], path)
    return path


@pytest.fixture
def plain(sample: Path) -> Path:
    """The sample with its creators' deals taken away (no fee, no dates), to set them one by one."""
    from studio.models import ops
    from studio.models.brief import Creator
    from studio.models.deals import DEAL_FIELDS

    with ProjectFile.open(sample) as pf:
        p = pf.project
        bare = [dataclasses.replace(t, **{f: getattr(Creator(), f) for f in DEAL_FIELDS}) for t in p.creators]
        ops.set_field(p, p, "creators", bare)
    return sample


def _creators(path: Path) -> list:
    with ProjectFile.open(path, readonly=True) as pf:
        return list(pf.project.creators)


def _creator(path: Path, name: str) -> object:
    with ProjectFile.open(path, readonly=True) as pf:
        return next(t for t in pf.project.creators if t.name == name)


def test_set_fee_commission_and_the_rest_reach_the_file_exactly(sample: Path) -> None:
    done = run("creators", str(sample), "set", "小鹿", "--fee", "5000", "--commission", "10%", "--tier", "腰部",
               "--deal", "保底+佣金", "--guaranteed-plays", "10万", "--deliverables", "1 条 60 秒视频",
               "--draft-due", "2026-12-01", "--final-due", "2026年12月5日", "--post-due", "2026/12/08",
               "--rights-platforms", "抖音、小红书", "--paid-ads", "是", "--rights-until", "2027-06-30",
               "--exclusive-days", "30天")  # fmt: skip
    assert done.returncode == 0, done.stderr
    t = _creator(sample, "小鹿")
    assert (t.fee, t.commission, t.tier, t.deal, t.guaranteed_plays) == (
        500000,
        1000,
        "mid",
        "guaranteed",
        100000,
    )
    assert (t.draft_due, t.final_due, t.post_due, t.rights_until) == ("2026-12-01", "2026-12-05", "2026-12-08",
                                                                     "2027-06-30")  # fmt: skip
    assert t.rights_platforms == ["douyin", "xiaohongshu"] and t.paid_ads and t.exclusive_days == 30
    (row,) = [r for r in json.loads(run("creators", str(sample), "--json").stdout) if r["name"] == "小鹿"]
    assert row["fee"] == 500000 and row["fee_amount"] == "5000.00" and row["commission_rate"] == "10%"
    assert row["currency"] == "CNY" and row["exclusive_until"] == "2027-01-07"
    # the cost: the fee plus 10 % of the creator's GMV, to the fen
    gmv_fen = round(t.gmv * 100)
    assert row["cost"] == 500000 + (gmv_fen + 5) // 10 and row["cost_amount"] == f"{row['cost'] / 100:.2f}"


@pytest.mark.parametrize(
    ("args", "en", "zh"),
    [
        (("--fee", "-5000"), "Fee “-5000” cannot be negative", "费用“-5000”不能是负数"),
        (("--commission", "120%"), "a commission cannot be above 100%", "佣金比例不能超过 100%"),
        (
            ("--draft-due", "1900-01-01"),
            "a date must fall between 2000 and 2100",
            "日期须在 2000 到 2100 年之间",
        ),
        (("--fee", "5000 XYZ"), "unknown currency; use one of CNY", "未知币种；可用：CNY"),
        (
            ("--fee", "$500"),
            # the way forward names the command that changes the project's currency
            "the project's money is in CNY, not USD; write the amount in CNY, or change the project's currency "
            "with 'studio set FILE --currency USD'",
            "项目的金额以 CNY 计，不是 USD；请按 CNY 填写，或用 'studio set FILE --currency USD' 更改项目币种",
        ),
        (
            ("--deal", "包年"),
            "“包年” is not a deal type; use one of Flat fee, CPS commission",
            "“包年”不是合作方式；可用：一口价、CPS 佣金",
        ),
        (("--tier", "巨星"), "“巨星” is not a tier; use one of Top", "“巨星”不是档位；可用：头部"),
    ],
)
def test_bad_money_rates_and_dates_exit_2_in_one_line_and_change_nothing(
    sample: Path, args: tuple[str, ...], en: str, zh: str
) -> None:
    run("creators", str(sample), "set", "小鹿", "--fee", "3000")
    before = _creators(sample)
    for lang, words in (("en", en), ("zh", zh)):
        done = run("creators", str(sample), "set", "小鹿", "--commission", "5%", *args, lang=lang)
        assert done.returncode == 2 and words in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and done.stdout == ""
    assert _creators(sample) == before
    assert (_creator(sample, "小鹿").fee, _creator(sample, "小鹿").commission) == (300000, 1000)


def test_due_lists_drafts_late_posts_due_and_rights_expiring(plain: Path) -> None:
    sample = plain
    today = dt.date.today()

    def day(n: int) -> str:
        return (today + dt.timedelta(days=n)).isoformat()

    with ProjectFile.open(sample, readonly=True) as pf:
        names = [t.name for t in pf.project.creators]
    first, second, third = names[:3]
    run("creators", str(sample), "set", first, "--draft-due", day(-3), "--status", "filming")
    run("creators", str(sample), "set", second, "--post-due", day(2), "--status", "filming")
    run("creators", str(sample), "set", third, "--rights-until", day(10))
    data = json.loads(run("creators", str(sample), "--due", "--json").stdout)
    assert [(d["kind"], d["name"], d["days"]) for d in data] == [
        ("draft_late", first, -3), ("post_due", second, 2), ("rights_expiring", third, 10)
    ]  # fmt: skip
    zh = run("creators", str(sample), "--due", lang="zh")
    assert f"{first}：初稿已逾期 3 天" in zh.stdout and "共 3 项待办" in zh.stdout
    en = run("creators", str(sample), "--due")
    assert f"{third}: usage rights expire in 10 day(s)" in en.stdout
    run("creators", str(sample), "set", first, "--draft-in", day(0))
    assert len(json.loads(run("creators", str(sample), "--due", "--json").stdout)) == 2


def test_the_projects_currency_is_set_by_name_and_fees_follow_it(sample: Path) -> None:
    done = run("set", str(sample), "--currency", "美元")
    assert done.returncode == 0 and "USD" in done.stdout, done.stderr
    assert run("creators", str(sample), "set", "小鹿", "--fee", "$1,200.50").returncode == 0
    assert _creator(sample, "小鹿").fee == 120050
    bad = run("set", str(sample), "--currency", "XYZ", lang="zh")
    assert bad.returncode == 2 and "没有币种 'XYZ'" in bad.stderr and len(bad.stderr.splitlines()) == 1
    with ProjectFile.open(sample, readonly=True) as pf:
        assert pf.project.currency == "USD"


def test_results_by_creator_json_carries_cost_cost_per_order_and_roi(plain: Path) -> None:
    sample = plain
    run("creators", str(sample), "set", "小鹿", "--deal", "一口价", "--fee", "3000")
    run("creators", str(sample), "set", "橙子", "--deal", "CPS", "--commission", "20%")
    data = json.loads(run("results", str(sample), "--by", "creator", "--json").stdout)
    by = {c["name"]: c for c in data["creators"]}
    deer, orange = by["小鹿"]["cost"], by["橙子"]["cost"]
    assert deer["cost"] == 300000 and deer["cost_amount"] == "3000.00" and deer["currency"] == "CNY"
    assert deer["roi"]["value"] == pytest.approx(30690 / 3000)
    assert deer["cost_per_order"]["value"] == pytest.approx(3000 / 310)
    assert deer["roi"]["low"] < deer["roi"]["value"] < deer["roi"]["high"]
    assert orange["cost"] == round(51480 * 100 * 0.2) and orange["roi"]["value"] == pytest.approx(5.0)
    assert by["大白"]["cost"] is None  # no fee entered: not a zero cost
    base = next(v for v in data["variants"] if v["variant"] == "基础版")
    assert base["cost"]["cost"] == 300000  # only 小鹿 of that variant has a fee
    zh = run("results", str(sample), "--by", "creator", lang="zh").stdout
    assert "费用 ¥3,000.00" in zh and "ROI（GMV/费用） 10.23×" in zh and "未填写费用或佣金" in zh


def test_nothing_due_is_said_so_in_both_languages(plain: Path) -> None:
    en = run("creators", str(plain), "--due")
    assert en.returncode == 0 and "nothing due" in en.stdout
    zh = run("creators", str(plain), "--due", lang="zh")
    assert "没有待办" in zh.stdout and json.loads(run("creators", str(plain), "--due", "--json").stdout) == []

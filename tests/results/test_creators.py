"""Creators compared (达人矩阵): per-creator figures checked by hand, verdicts that fire only on evidence."""

from __future__ import annotations

import math

import pytest

from studio.models import rules
from studio.models.brief import Creator
from studio.models.entities import Project, Script, Variant
from studio.results.creators import GPM, PLAY_CVR, analyse_creators, dispersion
from studio.results.creators_chart import creator_panels
from studio.results.creators_verdict import CREATOR, VARIANT, matrix_verdicts
from studio.results.creators_words import sentences
from tests.results.reference import scipy_stats as sps


def _project(*creators: Creator, variants: tuple[str, ...] = ("Base", "Hook")) -> tuple[Project, Script]:
    script = Script(title="s")
    script.variants = [Variant(name=n, is_base=i == 0) for i, n in enumerate(variants)]
    project = Project(title="p", platform="douyin")
    project.scripts.append(script)
    project.creators = list(creators)
    rules.link_creators(project)  # written by name here, held by id (as a loaded file's creators are)
    return project, script


def _t(
    name: str, variant: str, plays: int = 0, conversions: int = 0, gmv: float = 0.0, status: str = "posted"
) -> Creator:
    return Creator(name=name, variant=variant, status=status, plays=plays, conversions=conversions, gmv=gmv)


def _wilson(x: int, n: int) -> tuple[float, float]:
    ci = sps.binomtest(x, n).proportion_ci(0.95, method="wilson")
    return ci.low, ci.high


def _garwood(k: int) -> tuple[float, float]:
    return sps.chi2.ppf(0.025, 2 * k) / 2, sps.chi2.ppf(0.975, 2 * k + 2) / 2


def _three_and_a_pending() -> tuple[Project, Script]:
    return _project(
        _t("Ann", "Base", 20000, 200, 20000.0),
        _t("Bo", "Hook", 20000, 100, 9000.0),
        _t("Cy", "Hook", 10000, 50, 5000.0),
        _t("Di", "Base", status="briefed"),
    )


def test_each_creator_has_its_rate_interval_gpm_and_share() -> None:
    project, script = _three_and_a_pending()
    a = analyse_creators(project, script)
    ann, bo, cy, di = a.rows
    assert ann.cvr.value == 0.01 and (ann.cvr.low, ann.cvr.high) == pytest.approx(
        _wilson(200, 20000), abs=1e-9
    )
    assert bo.cvr.value == 0.005 and (bo.cvr.low, bo.cvr.high) == pytest.approx(_wilson(100, 20000), abs=1e-9)
    # GPM: 20,000 of GMV over 20,000 plays is 1,000 per 1,000 plays; 200 orders at 100 each.
    lo, hi = _garwood(200)
    assert ann.gpm.value == 1000.0
    assert (ann.gpm.low, ann.gpm.high) == pytest.approx((lo * 100 / 20, hi * 100 / 20), rel=1e-6)
    assert cy.gpm.value == 500.0 and bo.gpm.value == 450.0
    # Shares of the 50,000 plays, 350 conversions and 34,000 of GMV of the creators with results.
    assert (ann.share_plays, ann.share_conversions, ann.share_gmv) == pytest.approx(
        (0.4, 200 / 350, 20000 / 34000)
    )
    assert (a.total_plays, a.total_conversions, a.total_gmv) == (50000, 350, 34000.0)
    # Di has no results: pending, no figures, not counted anywhere.
    assert di.pending and di.cvr.value is None and di.gpm.value is None and di.share_gmv is None
    assert [r.name for r in a.pending] == ["Di"] and len(a.with_results) == 3


def test_best_creator_is_called_when_it_beats_every_other_one() -> None:
    project, script = _three_and_a_pending()
    a = analyse_creators(project, script)
    rate, money = matrix_verdicts(a)[:2]
    assert rate.kind == "best" and rate.leader.name == "Ann" and rate.rival.name in ("Bo", "Cy")
    # Ann against Bo and against Cy, pooled z-tests, Holm over the two.
    p_bo = 2 * sps.norm.sf(0.005 / math.sqrt(0.0075 * 0.9925 * (2 / 20000)))
    pbar = 250 / 30000
    p_cy = 2 * sps.norm.sf(0.005 / math.sqrt(pbar * (1 - pbar) * (1 / 20000 + 1 / 10000)))
    assert rate.p_adjusted == pytest.approx(max(2 * min(p_bo, p_cy), max(p_bo, p_cy)), rel=1e-6)
    # GPM: Ann's interval (about 867-1,148) clears Cy's (about 371-659) and Bo's.
    assert money.kind == "best" and money.leader.name == "Ann" and money.rival.name == "Cy"
    text = "\n".join(sentences(a, "en", "¥"))
    assert "“Ann” converts best with 1.00% against 0.50%" in text
    assert "“Ann” brings the most, ¥1,000.00" in text
    assert "Pending (no results yet, not compared): Di (briefed)." in text
    zh = "\n".join(sentences(a, "zh", "¥"))
    assert (
        "播放转化率：「Ann」最好，1.00%" in zh and "待出结果（尚无数据，不参与比较）：Di（已发简报）。" in zh
    )


def test_a_lead_within_chance_is_not_called_and_says_how_many_plays_are_needed() -> None:
    project, script = _project(_t("Ann", "Base", 1000, 12, 1200.0), _t("Bo", "Hook", 1000, 8, 800.0))
    a = analyse_creators(project, script)
    rate, money = matrix_verdicts(a)[:2]
    assert rate.kind == "undecided" and rate.leader.name == "Ann" and rate.rival.name == "Bo"
    # Fleiss without continuity correction for 0.8 % against 1.2 %, 80 % power, alpha 0.05: 9,712 a creator.
    assert rate.needed == 9712 and (rate.more_leader, rate.more_rival) == (8712, 8712)
    assert money.kind == "undecided"
    text = sentences(a, "en")
    assert text[0] == (
        "Conversions per play: no creator is clearly ahead yet. “Ann” leads with 1.20% against 0.80% for “Bo”, "
        "within chance; to tell them apart (80% power, alpha 0.05) each needs about 9,712 plays "
        "(“Ann” has 1,000, “Bo” 1,000): 17,424 more in all."
    )
    zh = sentences(a, "zh")
    assert (
        "还看不出哪位达人更好" in zh[0] and "每人约需 9,712 次播放" in zh[0] and "共还差 17,424 次" in zh[0]
    )
    # Nothing is starred in the chart either.
    assert not any(b.is_winner for p in creator_panels(a, CREATOR, "en") for b in p.bars)


def test_pending_creators_never_win_or_lose() -> None:
    # Only one creator has results: nothing to compare, however bad the pending ones would look as zeros.
    project, script = _project(_t("Ann", "Base", 5000, 40, 4000.0), _t("Bo", "Hook", status="filming"),
                               _t("Cy", "Hook", status="invited"))  # fmt: skip
    a = analyse_creators(project, script)
    verdicts = matrix_verdicts(a)
    assert [v.kind for v in verdicts] == ["too_few"] * 4
    text = sentences(a, "en")
    assert text[0] == "Comparing creators needs results from at least two (1 so far)."
    assert text[1] == "Comparing variants needs results from at least two (1 so far)."
    assert text[-1] == "Pending (no results yet, not compared): Bo (filming), Cy (invited)."
    assert sentences(a, "zh")[0] == "比较达人至少需要两位达人的数据（目前 1 位）。"
    panel = creator_panels(a, CREATOR, "en")[0]
    assert [b.name for b in panel.bars] == ["Ann"]


def test_a_creator_who_sold_nothing_is_compared_not_pending() -> None:
    project, script = _project(_t("Ann", "Base", 20000, 200, 20000.0), _t("Bo", "Hook", 5000))
    a = analyse_creators(project, script)
    bo = a.rows[1]
    assert (
        not bo.pending and bo.cvr.value == 0.0 and bo.cvr.high == pytest.approx(_wilson(0, 5000)[1], abs=1e-9)
    )
    # No orders: GPM 0, its upper end 3.69 orders at the matrix's 100 an order over 5,000 plays.
    assert bo.gpm.value == 0.0 and bo.gpm.high == pytest.approx(_garwood(0)[1] * 100 / 5, rel=1e-6)
    rate = matrix_verdicts(a)[0]
    assert rate.kind == "best" and rate.leader.name == "Ann"


def test_nobody_reported_conversions() -> None:
    project, script = _project(_t("Ann", "Base", 20000), _t("Bo", "Hook", 5000))
    rate, money = matrix_verdicts(analyse_creators(project, script))[:2]
    assert rate.kind == money.kind == "not_reported"
    assert sentences(analyse_creators(project, script), "en")[0] == (
        "Conversions per play: no creator has reported conversions yet."
    )


def test_variants_are_summed_across_creators_and_the_consistent_winner_is_called() -> None:
    project, script = _project(
        _t("a1", "Base", 10000, 50), _t("a2", "Base", 10000, 52),
        _t("h1", "Hook", 10000, 90), _t("h2", "Hook", 10000, 92), _t("x", "", 3000, 30),
    )  # fmt: skip
    a = analyse_creators(project, script)
    base, hook, loose = a.groups
    assert (base.name, base.plays, base.conversions, base.cvr.value) == ("Base", 20000, 102, 102 / 20000)
    assert (hook.plays, hook.conversions) == (20000, 182) and [c.name for c in hook.creators] == ["h1", "h2"]
    assert loose.name == "" and [g.name for g in a.compared_groups] == ["Base", "Hook"]
    # Creators of one variant agree with each other: the spread is within chance (chi-square 0.04 + 0.02 on 2 df).
    chi2 = (1**2 / (10000 * 0.0051 * 0.9949)) * 2 + (1**2 / (10000 * 0.0091 * 0.9909)) * 2
    assert a.dispersion == pytest.approx(chi2 / 2, rel=1e-9)
    rate = next(v for v in matrix_verdicts(a) if v.level == VARIANT and v.metric is PLAY_CVR)
    assert rate.kind == "best" and rate.leader.name == "Hook"
    text = "\n".join(sentences(a, "en"))
    assert (
        "Conversions per play, variants across creators: “Hook” converts best with 0.91% over 2 creators"
        in text
    )
    assert "left out of the variant comparison: x." in text
    panel = creator_panels(a, VARIANT, "en")[0]
    assert [(b.name, b.is_winner) for b in panel.bars] == [
        ("Base", False),
        ("Hook", True),
        ("(no variant)", False),
    ]


def test_a_variant_carried_by_one_star_creator_is_not_called() -> None:
    # Pooled, Hook's 0.90 % against Base's 0.50 % looks certain (z = 4.8), but its two creators
    # disagree wildly (1.5 % and 0.3 %): the variant is not what made the difference.
    project, script = _project(
        _t("a1", "Base", 10000, 50), _t("a2", "Base", 10000, 50),
        _t("h1", "Hook", 10000, 150), _t("h2", "Hook", 10000, 30),
    )  # fmt: skip
    a = analyse_creators(project, script)
    assert a.dispersion == pytest.approx((60**2 / (10000 * 0.009 * 0.991)) * 2 / 2, rel=1e-9)
    assert dispersion([[a.rows[0], a.rows[1]]]) == 0.0
    rate = next(v for v in matrix_verdicts(a) if v.level == VARIANT and v.metric is PLAY_CVR)
    assert rate.kind == "undecided" and rate.leader.name == "Hook"
    # The plays needed are inflated by the same spread (about 40×).
    assert rate.needed is not None and rate.needed > 40 * 1000
    text = "\n".join(sentences(a, "en"))
    assert "no variant is clearly ahead yet" in text and "dispersion 40.4" in text
    # Creators are still compared with each other: h1 is ahead of everyone.
    assert matrix_verdicts(a)[0].kind == "best" and matrix_verdicts(a)[0].leader.name == "h1"


def test_variants_each_given_to_one_creator_are_not_told_from_their_creator() -> None:
    project, script = _project(_t("Ann", "Base", 20000, 100), _t("Bo", "Hook", 20000, 200))
    a = analyse_creators(project, script)
    assert a.dispersion is None
    creators_rate, _money, variants_rate, _vmoney = matrix_verdicts(a)
    assert creators_rate.kind == "best" and creators_rate.leader.name == "Bo"
    assert variants_rate.kind == "confounded" and variants_rate.leader.name == "Hook"
    text = "\n".join(sentences(a, "en"))
    assert "each variant went to one creator only" in text
    assert "每个版本只交给了一位达人" in "\n".join(sentences(a, "zh"))
    assert not any(b.is_winner for p in creator_panels(a, VARIANT, "en") for b in p.bars)


def test_every_script_variant_is_listed_even_without_creators() -> None:
    project, script = _project(_t("Ann", "Hook", 100, 1), variants=("Base", "Hook", "Close"))
    names = [(g.name, len(g.creators)) for g in analyse_creators(project, script).groups]
    assert names == [("Base", 0), ("Hook", 1), ("Close", 0)]


def test_no_creators_no_words() -> None:
    project, script = _project()
    a = analyse_creators(project, script)
    assert sentences(a, "en") == [] and creator_panels(a, CREATOR, "en") == []


def test_gpm_panel_is_money() -> None:
    project, script = _three_and_a_pending()
    panels = creator_panels(analyse_creators(project, script), CREATOR, "zh")
    assert [p.title for p in panels] == ["播放转化率 · 按达人", "千次播放成交额 GPM · 按达人"]
    assert panels[1].metric is GPM and not GPM.is_rate and PLAY_CVR.is_rate
    assert panels[0].bars[0].is_winner and panels[1].axis_min <= 371 < 1148 <= panels[1].axis_max


def test_more_conversions_than_plays_is_left_out_and_named() -> None:
    # 3,000 orders on 300 plays: the plays were typed in 万 or the orders are a shop total.
    project, script = _project(
        _t("Ann", "Base", 20000, 200, 20000.0),
        _t("Bo", "Hook", 20000, 100, 9000.0),
        _t("Oops", "Hook", 300, 3000, 9e5),
    )
    a = analyse_creators(project, script)
    oops = a.rows[2]
    assert oops.impossible and not oops.pending and oops.cvr.value is None and oops.gpm.value is None
    assert [r.name for r in a.with_results] == ["Ann", "Bo"] and oops.share_gmv is None
    assert (a.total_plays, a.total_gmv) == (40000, 29000.0)
    hook = a.groups[1]
    assert (hook.plays, hook.conversions, [c.name for c in hook.creators]) == (20000, 100, ["Bo"])
    assert matrix_verdicts(a)[0].leader.name == "Ann"
    assert sentences(a, "en")[-1] == (
        "More conversions than plays, left out of the comparison (check the figures): Oops (3,000 conversions, 300 plays)."
    )
    assert (
        sentences(a, "zh")[-1] == "转化数多于播放数，未参与比较（请核对数据）：Oops（转化 3,000，播放 300）。"
    )


def test_a_renamed_variant_keeps_its_creators_and_leaves_no_group_behind() -> None:
    from studio.models import ops

    project, script = _project(
        _t("a1", "Base", 10000, 50), _t("h1", "Hook", 10000, 90), _t("h2", "hook", 9000, 80)
    )
    hook = script.variants[1]
    ops.set_field(project, hook, "name", "Price hook")
    a = analyse_creators(project, script)
    assert [(g.name, g.variant_id, [c.name for c in g.creators]) for g in a.groups] == [
        ("Base", script.variants[0].id, ["a1"]),
        ("Price hook", hook.id, ["h1", "h2"]),
    ]
    assert [r.variant for r in a.rows] == ["Base", "Price hook", "Price hook"]
    assert all("Hook" not in s for s in sentences(a, "en"))
    assert matrix_verdicts(a)[2].leader.name in ("Base", "Price hook")

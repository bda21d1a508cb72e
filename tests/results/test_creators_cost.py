"""Creators' cost, cost per 1,000 plays, cost per order and ROI: exact costs, intervals that hold."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio.models.brief import Creator
from studio.models.deals import cost
from studio.models.entities import Project, Script, Variant
from studio.results.creators import analyse_creators
from studio.results.creators_cost import creator_figures, group_figures
from studio.results.stats import cpa, poisson_interval


def test_a_flat_fee_creator_matches_the_ad_formulas() -> None:
    t = Creator(
        name="大白", deal="flat", fee=200000, commission=1000, plays=38000, conversions=200, gmv=19800.0
    )
    f = creator_figures(t, "CNY")
    assert f is not None and f.cost == 200000 and f.commission == 0 and str(f.amount) == "2000.00"
    assert f.cpm.value == pytest.approx(2000 / 38000 * 1000)
    # a flat fee is fixed: cost per order is the ads' CPA, interval and all
    ads = cpa(2000.0, 200)
    assert (f.per_order.value, f.per_order.low, f.per_order.high) == pytest.approx(
        (ads.value, ads.low, ads.high)
    )
    lo, hi = poisson_interval(200)
    assert f.roi.value == pytest.approx(19800 / 2000)
    assert (f.roi.low, f.roi.high) == pytest.approx((lo * 99 / 2000, hi * 99 / 2000))


def test_a_commission_counts_in_the_cost_and_caps_the_return() -> None:
    t = Creator(name="橙子", deal="cps", commission=2000, plays=61000, conversions=520, gmv=51480.0)
    f = creator_figures(t, "CNY")
    assert f is not None and f.cost == cost(t, "CNY") == 1029600 and f.fees == 0
    assert f.roi.value == pytest.approx(5.0)
    # a pure commission returns GMV / (20 % of GMV) whatever the orders: the interval is that point
    assert f.roi.low == pytest.approx(5.0) and f.roi.high == pytest.approx(5.0)
    assert f.per_order.value == pytest.approx(10296 / 520)
    both = Creator(name="小鹿", deal="guaranteed", fee=300000, commission=1000, plays=52000, conversions=310,
                  gmv=30690.0)  # fmt: skip
    g = creator_figures(both, "CNY")
    assert g is not None and g.cost == 300000 + 306900
    assert g.roi.low is not None and g.roi.high is not None
    assert g.roi.low < g.roi.value < g.roi.high < 10  # never above 1 / rate
    assert g.per_order.low is not None and g.per_order.high is not None
    assert g.per_order.low < g.per_order.value < g.per_order.high


def test_no_fee_entered_is_not_a_zero_cost() -> None:
    assert creator_figures(Creator(name="x", plays=100, conversions=3, gmv=300.0), "CNY") is None
    f = creator_figures(Creator(name="y", fee=100000), "CNY")  # paid, no results yet
    assert f is not None and f.cpm.value is None and f.per_order.value is None and f.roi.value is None


@given(
    st.lists(
        st.tuples(
            st.integers(0, 10**8), st.integers(0, 10_000), st.integers(0, 10**6), st.integers(0, 10**4),
            st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False),
        ),
        min_size=1, max_size=12,
    )
)  # fmt: skip
def test_a_variants_cost_is_the_exact_sum_of_its_creators(rows: list[tuple]) -> None:
    creators = [
        Creator(
            name=f"c{i}", deal="cps", fee=fee, commission=bp, plays=plays, conversions=orders, gmv=float(gmv)
        )
        for i, (fee, bp, plays, orders, gmv) in enumerate(rows)
    ]
    g = group_figures(creators, "CNY")
    priced = [t for t in creators if t.fee or t.commission]
    if not priced:
        assert g is None
        return
    assert g is not None and g.cost == sum(cost(t, "CNY") for t in priced)
    for est in (g.cpm, g.per_order, g.roi):
        if est.value is not None and est.low is not None and est.high is not None:
            assert est.low <= est.value * (1 + 1e-9) and est.value <= est.high * (1 + 1e-9)


def test_the_analysis_carries_costs_per_creator_and_per_variant_widened_by_the_spread() -> None:
    a, b = Variant(name="A"), Variant(name="B")
    script = Script(title="s", variants=[a, b])
    project = Project(scripts=[script], platform="douyin")
    project.creators = [
        Creator(name="1", variant=a.id, deal="flat", fee=100000, plays=20000, conversions=100, gmv=9900.0),
        Creator(name="2", variant=a.id, deal="flat", fee=100000, plays=20000, conversions=300, gmv=29700.0),
        Creator(name="3", variant=b.id, deal="cps", commission=1500, plays=15000, conversions=90, gmv=8910.0),
        Creator(name="4", variant=b.id, deal="flat", fee=50000),  # pending: cost, no results yet
    ]
    m = analyse_creators(project, script)
    assert m.currency == "CNY"
    assert [r.costs.cost if r.costs else None for r in m.rows] == [100000, 100000, 133650, 50000]
    ga, gb = m.groups[0], m.groups[1]
    assert ga.costs is not None and ga.costs.cost == 200000 and ga.inflation > 1
    assert ga.costs.roi.value == pytest.approx(39600 / 2000)
    pooled = creator_figures(
        Creator(name="p", deal="flat", fee=200000, plays=40000, conversions=400, gmv=39600.0), "CNY"
    )
    assert pooled is not None and pooled.roi.low is not None and ga.costs.roi.low is not None
    assert ga.costs.roi.low < pooled.roi.low  # creators disagree: the variant's interval is wider
    assert gb.costs is not None and gb.costs.cost == 133650  # the pending creator is not in the ratios


def test_the_cost_words_say_the_total_the_best_and_whether_it_is_sure() -> None:
    from studio.results.creators_cost_words import cost_sentences

    a = Variant(name="A")
    project = Project(scripts=[Script(title="s", variants=[a])], platform="douyin")
    project.creators = [
        Creator(name="贵", variant=a.id, deal="flat", fee=2000000, plays=50000, conversions=300, gmv=29700.0),
        Creator(name="值", variant=a.id, deal="flat", fee=200000, plays=40000, conversions=250, gmv=24750.0),
        Creator(name="没填", variant=a.id, plays=10000, conversions=50, gmv=4950.0),
    ]
    m = analyse_creators(project, project.scripts[0])
    zh = cost_sentences(m, "zh", "¥")
    assert zh[0] == "已填费用的 2 位达人共花费 ¥22,000.00，带来 GMV ¥54,450.00，ROI 2.48×。"
    assert zh[1].startswith("ROI 最高的是「值」，12.38×（95% 区间") and zh[1].endswith(
        "两者区间不重叠，差异确实存在。"
    )
    assert zh[-1] == "未填写费用、不参与比较：没填。"
    en = cost_sentences(m, "en", "¥")
    assert "The cheapest order came from “值”, ¥8.00; the dearest from “贵”, ¥66.67." in en
    project.creators = [dataclasses.replace(t, fee=0) for t in project.creators]
    assert "No fee or commission entered yet" in cost_sentences(analyse_creators(project), "en", "¥")[0]

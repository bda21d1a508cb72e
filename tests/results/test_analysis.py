"""Comparing the sample's variants: tests against the control, pooling, verdict sentences."""

from __future__ import annotations

import pytest

from studio.models.entities import VariantResult
from studio.results.analysis import analyse
from studio.results.metrics import METRIC_BY_KEY
from studio.results.verdict import sentences, verdict


@pytest.fixture(scope="module")
def script():
    from studio.samples import sample_project

    project, _ = sample_project("zh", frame_edge=120)
    return project.scripts[0]


def _results(script, rows) -> dict[str, VariantResult]:
    return {v.id: VariantResult(v.id, *row) for v, row in zip(script.variants, rows, strict=False)}


def test_clear_winner_is_named_in_both_languages(script) -> None:
    res = _results(
        script, [(20000, 15000, 9000, 3000, 300, 30, 600.0), (20000, 15000, 9500, 3600, 420, 45, 600.0)]
    )
    analysis = analyse(script, res)
    v = verdict(analysis, METRIC_BY_KEY["ctr"])
    assert v.kind == "winner" and v.variant is script.variants[1]
    zh, en = sentences(analysis, "zh"), sentences(analysis, "en")
    assert "「价格钩子」胜出" in zh[2]
    assert "“价格钩子” wins" in en[2]
    # Conversions 30/300 vs 45/420 are close: no winner, with the sample still needed.
    cvr = verdict(analysis, METRIC_BY_KEY["cvr"])
    assert cvr.kind == "undecided" and cvr.needed_per_arm and cvr.more_needed
    assert "每组约需" in zh[3] and "each arm needs about" in en[3]


def test_holm_correction_applies_across_variants(script) -> None:
    rows = [(10000, 8000, 4000, 1000, 200, 20, 100.0)] + [(10000, 8000, 4000, 1000, 245, 20, 100.0)] * 3
    analysis = analyse(script, _results(script, rows))
    comps = [r.comparisons["ctr"] for r in analysis.rows if not r.is_control]
    assert all(c.p_adjusted >= c.p_value for c in comps)
    assert comps[0].p_adjusted == pytest.approx(min(1.0, 3 * comps[0].p_value))


def test_control_ahead_when_every_variant_is_worse(script) -> None:
    rows = [(20000, 15000, 9000, 3000, 600, 30, 600.0), (20000, 15000, 9000, 3000, 300, 30, 600.0)]
    analysis = analyse(script, _results(script, rows))
    assert verdict(analysis, METRIC_BY_KEY["ctr"]).kind == "control"


def test_pooled_hook_alternative(script) -> None:
    rows = [(10000, 8000, 4000, 1000, 200, 20, 100.0)] * 4
    analysis = analyse(script, _results(script, rows))
    hook = [a for a in analysis.pooled if a.beat is script.beats[0]]
    assert [a.alt.label for a in hook] == ["A", "B"]
    a, b = hook
    assert a.is_reference and len(a.variants) == 3 and len(b.variants) == 1
    assert a.estimates["ctr"].trials == 30000 and b.estimates["ctr"].trials == 10000
    assert b.comparisons["ctr"].p_value == pytest.approx(1.0)


def test_pooled_alternatives_carry_their_gmv(script) -> None:
    # Summed GMV over summed spend: hook A plays in the base, word-of-mouth and testimonial variants.
    rows = [(10000, 8000, 4000, 1000, 200, 20, 100.0, 900.0 + 100 * i) for i in range(4)]
    analysis = analyse(script, _results(script, rows))
    a, b = [arm for arm in analysis.pooled if arm.beat is script.beats[0]]
    assert a.estimates["roas"].value == pytest.approx((900 + 1100 + 1200) / 300)
    assert b.estimates["roas"].value == pytest.approx(1000 / 100)


def test_no_results_means_no_data(script) -> None:
    analysis = analyse(script, {})
    assert verdict(analysis, METRIC_BY_KEY["ctr"]).kind == "no_data"
    assert analysis.pooled == []


def test_counts_missing_from_every_report_are_not_zero_rates(script) -> None:
    # A report with impressions, clicks and conversions only: no 3-second views or completions.
    rows = [(20000, 0, 0, 0, 300, 30, 0.0), (20000, 0, 0, 0, 420, 45, 0.0)]
    analysis = analyse(script, _results(script, rows))
    for key in ("view_3s_rate", "completion_rate"):
        assert all(r.estimates[key].value is None for r in analysis.rows if r.result is not None)
        assert key not in analysis.rows[1].comparisons
        assert verdict(analysis, METRIC_BY_KEY[key]).kind == "no_data"
    assert verdict(analysis, METRIC_BY_KEY["ctr"]).kind == "winner"
    hook = [a for a in analysis.pooled if a.beat is script.beats[0]]
    assert hook and all(a.estimates["completion_rate"].value is None for a in hook)
    # One variant with a single completion is enough for the rate to count as reported.
    rows[1] = (20000, 0, 0, 1, 420, 45, 0.0)
    again = analyse(script, _results(script, rows))
    assert again.rows[0].estimates["completion_rate"].value == 0.0

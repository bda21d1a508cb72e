"""The creators comparison as chart panels (the same Panel and Bar as the variants' chart).

One panel per metric (conversions per play, GMV per 1,000 plays) at one level: the creators with
results, or the variants across creators. Pending creators are not drawn (they have nothing to
show); the one called best, only where the evidence holds, is the panel's winner.
"""

from __future__ import annotations

from studio.results.chart import Bar, Panel, axis
from studio.results.creators import CREATOR_METRICS, CreatorAnalysis, Standing
from studio.results.creators_verdict import CREATOR, VARIANT, best_names, matrix_verdicts
from studio.results.metrics import Metric
from studio.wording import say_in


def _title(label: str, level: str, lang: str) -> str:
    return say_in(lang, "chart.title.creator" if level == CREATOR else "chart.title.variant", metric=label)


def creator_panels(analysis: CreatorAnalysis, level: str, lang: str) -> list[Panel]:
    """The panels of one level ('creator' or 'variant') that have at least one value."""
    arms: list[Standing] = list(analysis.with_results if level == CREATOR else analysis.compared_groups)
    if level == VARIANT:
        arms += [g for g in analysis.groups if not g.name and g.creators]
    best = best_names(matrix_verdicts(analysis), level)
    out: list[Panel] = []
    for metric in CREATOR_METRICS:
        bars = tuple(_bar(a, metric, best.get(metric.key) == a.name and bool(a.name), lang) for a in arms)
        if not any(b.value is not None for b in bars):
            continue
        start, end, ticks = axis(bars)
        out.append(Panel(metric, _title(metric.label(lang), level, lang), bars, start, end, ticks, None))
    return out


#: What creators cost against what they brought (the Results view's "Cost and ROI").
COST_PER_ORDER = Metric(
    "cost_per_order", "cost", "conversions", higher_is_better=False, proportion=False, words="doc.cost.cpo"
)
ROI = Metric("roi", "gmv", "cost", proportion=False, words="rc.roi")


def cost_panels(analysis: CreatorAnalysis, level: str, lang: str) -> list[Panel]:
    """Cost per order and ROI, with their intervals, for the creators (or variants) with a fee entered."""
    arms: list[Standing] = list(analysis.with_results if level == CREATOR else analysis.compared_groups)
    if level == VARIANT:
        arms += [g for g in analysis.groups if not g.name and g.creators]
    priced = [a for a in arms if a.costs is not None]
    out: list[Panel] = []
    for metric in (ROI, COST_PER_ORDER):
        bars = []
        for a in priced:
            if a.costs is not None:
                est = a.costs.roi if metric is ROI else a.costs.per_order
                bars.append(Bar(a.name or _unassigned(lang), est.value, est.low, est.high, False, False))
        if not any(b.value is not None for b in bars):
            continue
        start, end, ticks = axis(tuple(bars))
        out.append(
            Panel(metric, _title(metric.label(lang), level, lang), tuple(bars), start, end, ticks, None)
        )
    return out


def _bar(arm: Standing, metric: Metric, best: bool, lang: str) -> Bar:
    est = arm.estimate(metric)
    return Bar(arm.name or _unassigned(lang), est.value, est.low, est.high, False, best)


def _unassigned(lang: str) -> str:
    return say_in(lang, "rc.no_variant")

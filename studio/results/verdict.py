"""Which variant won each metric, as a structured verdict and as a sentence in zh or en.

The sentences are catalogue entries (verdict.* in resources/wording/results_words.json), filled from the analysis.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.models.entities import Variant
from studio.results.analysis import Analysis, VariantRow
from studio.results.metrics import METRICS, Metric, count_label
from studio.wording import say_in


@dataclass(frozen=True)
class Verdict:
    """The outcome on one metric.

    ``kind`` is 'winner' (a variant beats the control significantly), 'control' (every
    variant is significantly worse than the control), 'undecided' (not enough data yet)
    or 'no_data'.
    """

    metric: Metric
    kind: str
    variant: Variant | None = None
    value: float | None = None
    control_value: float | None = None
    p_adjusted: float | None = None
    #: For 'undecided': trials each arm needs and the most any arm still lacks.
    needed_per_arm: int | None = None
    more_needed: int | None = None


def _value(row: VariantRow, metric: Metric) -> float | None:
    est = row.estimates.get(metric.key)
    return None if est is None else est.value


def verdict(analysis: Analysis, metric: Metric) -> Verdict:
    """Decide one metric: a significant winner, the control, or not enough data yet."""
    control = analysis.row(analysis.control)
    c_val = _value(control, metric)
    arms = [r for r in analysis.rows if not r.is_control and _value(r, metric) is not None]
    if c_val is None or not arms:
        return Verdict(metric, "no_data")
    if not metric.is_rate:
        return _value_verdict(metric, control, arms)
    tested = [(r, r.comparisons[metric.key]) for r in arms if metric.key in r.comparisons]
    if not tested:
        return Verdict(metric, "no_data")
    better = [(r, c) for r, c in tested if c.significant and c.diff > 0]
    if better:
        row, comp = max(better, key=lambda rc: rc[1].diff)
        return Verdict(metric, "winner", row.variant, _value(row, metric), c_val, comp.p_adjusted)
    if all(c.significant and c.diff < 0 for _r, c in tested):
        worst_p = max(c.p_adjusted for _r, c in tested)
        return Verdict(metric, "control", analysis.control, c_val, c_val, worst_p)
    open_ = [c for _r, c in tested if not c.significant and c.needed_per_arm is not None]
    needed = max((c.needed_per_arm or 0 for c in open_), default=None)
    more = max((max(c.more_reference, c.more_arm) for c in open_), default=None)
    return Verdict(metric, "undecided", needed_per_arm=needed, more_needed=more, control_value=c_val)


def _value_verdict(metric: Metric, control: VariantRow, arms: list[VariantRow]) -> Verdict:
    """The best CPA (lowest) or ROAS (highest) wins only when its interval clears every other arm's."""
    rows = [control, *arms]
    priced = [r for r in rows if r.estimates[metric.key].value is not None]
    if len(priced) < 2:
        return Verdict(metric, "no_data")
    sign = 1.0 if metric.higher_is_better else -1.0
    best = max(priced, key=lambda r: sign * (r.estimates[metric.key].value or 0.0))
    est = best.estimates[metric.key]
    others = [r.estimates[metric.key] for r in rows if r is not best]
    c_val = control.estimates[metric.key].value
    if metric.higher_is_better:
        clear = est.low is not None and all(o.high is not None and est.low > o.high for o in others)
    else:
        clear = est.high is not None and all(o.low is not None and est.high < o.low for o in others)
    if clear:
        kind = "control" if best.is_control else "winner"
        return Verdict(metric, kind, best.variant, est.value, c_val)
    return Verdict(metric, "undecided", control_value=c_val)


def verdicts(analysis: Analysis) -> list[Verdict]:
    """One verdict per metric, in reporting order."""
    return [verdict(analysis, m) for m in METRICS]


def format_value(metric: Metric, value: float | None) -> str:
    """A rate as a percentage with two decimals, CPA as money with two decimals, ROAS as a ratio."""
    if value is None:
        return "–"
    if metric.is_rate:
        return f"{value * 100:.2f}%"
    if metric.key == "roas":
        return f"{value:,.2f}×"
    return f"{value:,.2f}"


def format_p(p: float | None) -> str:
    """A p-value the way reports print them."""
    if p is None:
        return ""
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def sentence(v: Verdict, lang: str, control_name: str) -> str:
    """The verdict said in words, in 'zh' or 'en'."""
    m = v.metric
    name = m.label(lang)
    val, ctl = format_value(m, v.value), format_value(m, v.control_value)
    p = format_p(v.p_adjusted)
    if v.kind == "no_data":
        return say_in(lang, "verdict.no_data", name=name)
    if v.kind == "winner" and v.variant is not None:
        tail = say_in(lang, "verdict.holm", p=p) if p else say_in(lang, "verdict.no_overlap")
        return say_in(lang, "verdict.winner", name=name, variant=v.variant.name, value=val, control=control_name,
                      control_value=ctl, tail=tail)  # fmt: skip
    if v.kind == "control":
        return say_in(lang, "verdict.control", name=name, control=control_name, control_value=ctl)
    if v.needed_per_arm:
        # Chinese has no case: lowering the count's name only changes the English sentence
        unit = count_label(m.trials, lang).lower() if m.is_rate else ""
        return say_in(
            lang, "verdict.needs", name=name, needed=v.needed_per_arm, unit=unit, more=v.more_needed or 0
        )
    return say_in(lang, "verdict.not_significant", name=name)


def sentences(analysis: Analysis, lang: str) -> list[str]:
    """Every metric's verdict in words."""
    return [sentence(v, lang, analysis.control.name) for v in verdicts(analysis)]

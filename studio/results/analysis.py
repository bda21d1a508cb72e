"""Compare a script's variants on their ad results: intervals, tests against the control, pooling.

Each variant is tested against the control (the base variant) with a pooled two-proportion
z-test per rate; when several variants are tested, p-values are Holm-corrected within each
metric. A comparison that is not significant says how many trials each arm would need to
detect the observed difference at 80 % power (alpha 0.05, two-sided).

Reports often lack some counts (3-second views, completions); the model stores a missing
count as 0, so a rate whose numerator is 0 for every variant is taken as not reported:
no estimate, no test, and the verdict says there is no data (rather than "0.00 %, no
difference").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from studio.models.entities import Alternative, Beat, Script, Variant, VariantResult
from studio.models.timeline import chosen_alternative
from studio.results.metrics import METRICS, Metric, estimate, successes_of, trials_of
from studio.results.stats import ALPHA, Estimate, holm, sample_size_per_arm, two_proportion_z


@dataclass(frozen=True)
class Comparison:
    """One arm against a reference arm on one rate."""

    metric: Metric
    diff: float
    z: float
    p_value: float
    p_adjusted: float
    #: Trials each arm needs to detect the observed difference (None when there is none).
    needed_per_arm: int | None
    #: How many more trials the reference and the arm still need (0 when enough).
    more_reference: int = 0
    more_arm: int = 0

    @property
    def significant(self) -> bool:
        """True when the Holm-adjusted p-value is below alpha."""
        return self.p_adjusted < ALPHA


@dataclass
class VariantRow:
    """A variant's results with each metric's estimate and its test against the control."""

    variant: Variant
    result: VariantResult | None
    is_control: bool
    estimates: dict[str, Estimate] = field(default_factory=dict)
    comparisons: dict[str, Comparison] = field(default_factory=dict)


@dataclass(frozen=True)
class PooledArm:
    """One alternative of a beat, its counts summed over every variant that plays it."""

    beat: Beat
    alt: Alternative
    variants: tuple[Variant, ...]
    estimates: dict[str, Estimate]
    comparisons: dict[str, Comparison]
    is_reference: bool


@dataclass
class Analysis:
    """Everything the Results view, the CLI and the workbook show."""

    script: Script
    control: Variant
    rows: list[VariantRow]
    pooled: list[PooledArm]

    def row(self, variant: Variant) -> VariantRow:
        """The row of one variant."""
        return next(r for r in self.rows if r.variant is variant)


def _compare(
    ref: VariantResult, arm: VariantResult, metric: Metric
) -> tuple[float, float, float, int | None] | None:
    n1, n2 = trials_of(ref, metric), trials_of(arm, metric)
    x1, x2 = int(successes_of(ref, metric)), int(successes_of(arm, metric))
    if n1 <= 0 or n2 <= 0 or x1 > n1 or x2 > n2:
        return None
    test = two_proportion_z(x1, n1, x2, n2)
    if test is None:
        return None
    needed = sample_size_per_arm(test.p_control, test.p_variant)
    return test.diff, test.z, test.p_value, needed


def _tests(pairs: list[tuple[VariantResult, VariantResult]], metric: Metric) -> list[Comparison | None]:
    """Test every (reference, arm) pair on a metric, Holm-correcting across them."""
    raw = [_compare(ref, arm, metric) for ref, arm in pairs]
    valid = {i: r for i, r in enumerate(raw) if r is not None}
    adjusted = holm([r[2] for r in valid.values()])
    out: list[Comparison | None] = [None] * len(pairs)
    for (i, (diff, z, p, needed)), p_adj in zip(valid.items(), adjusted, strict=True):
        ref, arm = pairs[i]
        more_ref = more_arm = 0
        if needed is not None:
            more_ref = max(0, needed - trials_of(ref, metric))
            more_arm = max(0, needed - trials_of(arm, metric))
        out[i] = Comparison(metric, diff, z, p, p_adj, needed, more_ref, more_arm)
    return out


def _sum(results: list[VariantResult], variant_id: str) -> VariantResult:
    total = VariantResult(variant_id)
    for r in results:
        for name in ("impressions", "plays", "views_3s", "completions", "clicks", "conversions"):
            setattr(total, name, getattr(total, name) + getattr(r, name))
        total.spend += r.spend
        total.gmv += r.gmv
    return total


def _reported(results: list[VariantResult]) -> tuple[Metric, ...]:
    """The metrics the results can speak to (see the module's note on missing counts)."""
    return tuple(
        m
        for m in METRICS
        if (m.key == "cpa" and any(r.spend > 0 for r in results))
        or any(successes_of(r, m) > 0 for r in results)
    )


def _estimates(result: VariantResult, reported: tuple[Metric, ...]) -> dict[str, Estimate]:
    return {
        m.key: estimate(result, m) if m in reported else Estimate(None, None, None, 0, trials_of(result, m))
        for m in METRICS
    }


def _pooled(
    script: Script, results: dict[str, VariantResult], reported: tuple[Metric, ...]
) -> list[PooledArm]:
    """Per beat with alternatives in play, each alternative's summed results vs. the control's."""
    arms: list[PooledArm] = []
    control = script.base_variant
    for beat in script.beats:
        if len(beat.alternatives) < 2:
            continue
        groups: list[tuple[Alternative, list[Variant]]] = []
        for alt in beat.alternatives:
            users = [v for v in script.variants if chosen_alternative(v, beat) is alt and v.id in results]
            if users:
                groups.append((alt, users))
        if len(groups) < 2:
            continue
        ref_alt = chosen_alternative(control, beat)
        ref = next((g for g in groups if g[0] is ref_alt), groups[0])
        sums = {g[0].id: _sum([results[v.id] for v in g[1]], g[0].id) for g in groups}
        others = [g for g in groups if g is not ref]
        tested: dict[str, dict[str, Comparison]] = {g[0].id: {} for g in groups}
        for metric in reported:
            if not metric.is_rate:
                continue
            found = _tests([(sums[ref[0].id], sums[g[0].id]) for g in others], metric)
            for g, comp in zip(others, found, strict=True):
                if comp is not None:
                    tested[g[0].id][metric.key] = comp
        for alt, users in groups:
            arms.append(
                PooledArm(
                    beat,
                    alt,
                    tuple(users),
                    _estimates(sums[alt.id], reported),
                    tested[alt.id],
                    alt is ref[0],
                )
            )
    return arms


def analyse(script: Script, results: dict[str, VariantResult]) -> Analysis:
    """Estimates, tests against the control and pooled alternative effects for a script."""
    control = script.base_variant
    rows = [VariantRow(v, results.get(v.id), v is control) for v in script.variants]
    reported = _reported([r.result for r in rows if r.result is not None])
    for row in rows:
        if row.result is not None:
            row.estimates = _estimates(row.result, reported)
    control_result = results.get(control.id)
    arms = [r for r in rows if not r.is_control and r.result is not None]
    if control_result is not None and arms:
        for metric in reported:
            if not metric.is_rate:
                continue
            found = _tests([(control_result, r.result) for r in arms if r.result is not None], metric)
            for row, comp in zip(arms, found, strict=True):
                if comp is not None:
                    row.comparisons[metric.key] = comp
    return Analysis(script, control, rows, _pooled(script, results, reported))

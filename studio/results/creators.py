"""Compare creators (达人矩阵) on what their videos brought, and the variants they were given, across creators.

Per creator: plays, conversions, conversions per play with its Wilson 95 % interval, GMV, GMV per
1,000 plays (GPM, with an interval from the count of orders) and each one's share of the totals.
A creator without results yet is pending: listed, never compared (a zero would lose every test).

What each creator cost and returned (cost per 1,000 plays, cost per order, ROI) comes from their
deal (:mod:`studio.results.creators_cost`). Per assigned variant the creators' counts are summed. Creators differ in audience far more than
sampling alone allows, so the variants' intervals and tests are widened by the spread between
creators who had the same variant (a quasi-binomial dispersion factor, Pearson chi-square over its
degrees of freedom). When no variant went to two creators with results, that spread cannot be
measured and a variant cannot be told apart from its creator; the verdict says so (see
:mod:`studio.results.creators_verdict`).

As in :mod:`studio.results.analysis`, a numerator that is 0 for every creator is taken as not
reported: no conversion rate when nobody reported a conversion, no GPM when nobody reported GMV.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from studio.models.brief import Creator
from studio.models.deals import project_currency
from studio.models.entities import Project, Script
from studio.models.rules import variant_label
from studio.results.creators_cost import CostFigures, creator_figures, group_figures
from studio.results.metrics import Metric
from studio.results.stats import Estimate, poisson_interval, wilson

#: Conversions per play: the creator's video as a whole, from view to order.
PLAY_CVR = Metric("play_cvr", "conversions", "plays", words="rc.cvr")
#: GMV per 1,000 plays (Douyin's 视频GPM).
GPM = Metric("gpm", "gmv", "plays", proportion=False)
CREATOR_METRICS = (PLAY_CVR, GPM)


@dataclass
class Standing:
    """A creator's or a variant's counts and estimates; ``inflation`` widens a variant's tests."""

    name: str
    plays: int
    conversions: int
    gmv: float
    cvr: Estimate
    gpm: Estimate
    share_plays: float | None = None
    share_conversions: float | None = None
    share_gmv: float | None = None
    #: Variance inflation for the tests (1 for a creator: plays of one video are one sample).
    inflation: float = 1.0
    #: Cost, cost per 1,000 plays, cost per order and ROI (None: no fee or commission entered).
    costs: CostFigures | None = None

    def estimate(self, metric: Metric) -> Estimate:
        """The estimate of PLAY_CVR or GPM."""
        return self.cvr if metric is PLAY_CVR else self.gpm

    @property
    def effective(self) -> tuple[float, float]:
        """(conversions, plays) as worth in a test once the spread between creators is allowed for."""
        return self.conversions / self.inflation, self.plays / self.inflation


@dataclass
class CreatorRow(Standing):
    """One creator of the project's list, in list order."""

    creator: Creator = field(default_factory=Creator)
    #: The name of the creator's variant as it is now ('' when none was given; the creator holds its id).
    variant: str = ""
    #: No results yet (no plays, conversions or GMV): listed, not compared.
    pending: bool = False

    @property
    def impossible(self) -> bool:
        """More conversions than plays: a typing slip (plays in 万?) that must not be compared."""
        return self.conversions > self.plays


@dataclass
class VariantGroup(Standing):
    """The creators given one variant, their results summed; name '' holds the unassigned ones."""

    creators: tuple[CreatorRow, ...] = ()
    #: The variant's id ('' for the unassigned creators); ``name`` is what it is called now.
    variant_id: str = ""
    #: Creators of this variant still without results.
    pending: tuple[CreatorRow, ...] = ()
    #: Whether the name is a variant of the script being compared.
    in_script: bool = True


@dataclass
class CreatorAnalysis:
    """Everything the Creators view, the CLI and the exports show."""

    rows: list[CreatorRow]
    groups: list[VariantGroup]
    #: Estimated spread between creators of one variant (None when no variant has two with results).
    dispersion: float | None
    total_plays: int
    total_conversions: int
    total_gmv: float
    #: The currency of the costs (the project's).
    currency: str = "CNY"

    @property
    def with_results(self) -> list[CreatorRow]:
        """Creators that have results that can be compared, in list order."""
        return [r for r in self.rows if not r.pending and not r.impossible]

    @property
    def impossible(self) -> list[CreatorRow]:
        """Creators whose figures cannot be right (more conversions than plays), left out."""
        return [r for r in self.rows if r.impossible]

    @property
    def pending(self) -> list[CreatorRow]:
        """Creators still without results, in list order."""
        return [r for r in self.rows if r.pending]

    @property
    def compared_groups(self) -> list[VariantGroup]:
        """Variant groups with results that name a variant (the unassigned are never compared)."""
        return [g for g in self.groups if g.name and g.creators]


def gpm(
    gmv: float, plays: int, conversions: int, order_value: float | None, inflation: float = 1.0
) -> Estimate:
    """GMV per 1,000 plays with a 95 % interval from the exact Poisson interval of the orders.

    Taking the average order value as fixed, GPM = orders × order value / plays × 1000, so its
    interval is the orders' interval scaled the same way (as ROAS is in :func:`stats.roas`).
    With no orders the upper end uses ``order_value`` (the matrix's average), so a creator who sold
    nothing still has an interval to compare with. ``inflation`` widens it for variant totals.
    """
    if plays <= 0 or (conversions > 0 and gmv <= 0):  # orders without their GMV: not reported
        return Estimate(None, None, None, gmv, plays)
    value = gmv / plays * 1000
    if conversions > 0:
        count = max(1, round(conversions / inflation))
        lo, hi = poisson_interval(count)
        return Estimate(value, value * lo / count, value * hi / count, gmv, plays)
    if gmv <= 0 and order_value:
        _lo, hi = poisson_interval(0)
        return Estimate(0.0, 0.0, hi * inflation * order_value / plays * 1000, gmv, plays)
    return Estimate(value, None, None, gmv, plays)


def _share(part: float, whole: float) -> float | None:
    return part / whole if whole > 0 else None


def _creator(
    creator: Creator, cvr_reported: bool, gmv_reported: bool, order_value: float | None
) -> CreatorRow:
    plays, conversions, money = creator.plays, creator.conversions, creator.gmv
    pending = plays <= 0 and conversions <= 0 and money <= 0
    rate = Estimate(None, None, None, conversions, plays)
    if conversions > plays:
        return CreatorRow(creator.name, plays, conversions, money, rate, rate, creator=creator)
    if cvr_reported and plays > 0:
        rate = wilson(conversions, plays)
    value = (
        gpm(money, plays, conversions, order_value)
        if gmv_reported
        else Estimate(None, None, None, money, plays)
    )
    return CreatorRow(creator.name, plays, conversions, money, rate, value, creator=creator, pending=pending)


def dispersion(groups: list[list[CreatorRow]]) -> float | None:
    """Pearson chi-square of creators around their variant's rate over its degrees of freedom.

    1 means the creators of a variant differ no more than chance; None when no variant has two
    creators with plays (nothing to measure the spread on).
    """
    chi2, df = 0.0, 0
    for rows in groups:
        rows = [r for r in rows if r.plays > 0 and r.conversions <= r.plays]
        plays = sum(r.plays for r in rows)
        if len(rows) < 2 or plays <= 0:
            continue
        p = sum(r.conversions for r in rows) / plays
        df += len(rows) - 1
        if 0 < p < 1:
            chi2 += sum((r.conversions - r.plays * p) ** 2 / (r.plays * p * (1 - p)) for r in rows)
    return chi2 / df if df else None


def _group(
    name: str, rows: list[CreatorRow], in_script: bool, inflation: float, reported: tuple[bool, bool],
    order_value: float | None,
) -> VariantGroup:  # fmt: skip
    done = [r for r in rows if not r.pending and not r.impossible]
    plays = sum(r.plays for r in done)
    conversions = sum(r.conversions for r in done)
    money = sum(r.gmv for r in done)
    rate = Estimate(None, None, None, conversions, plays)
    if reported[0] and plays > 0 and conversions <= plays:
        # The value is the pooled rate; the interval is that of the effective counts.
        eff = wilson(conversions / inflation, plays / inflation)
        rate = Estimate(conversions / plays, eff.low, eff.high, conversions, plays)
    value = (
        gpm(money, plays, conversions, order_value, inflation)
        if reported[1]
        else Estimate(None, None, None, money, plays)
    )
    return VariantGroup(
        name, plays, conversions, money, rate, value, inflation=inflation,
        creators=tuple(done), pending=tuple(r for r in rows if r.pending), in_script=in_script,
    )  # fmt: skip


def analyse_creators(project: Project, script: Script | None = None) -> CreatorAnalysis:
    """Estimates per creator and per assigned variant (the script's variants first, in its order)."""
    creators = project.creators
    cvr_reported = any(t.conversions > 0 for t in creators)
    gmv_reported = any(t.gmv > 0 for t in creators)
    sold = [t for t in creators if t.conversions > 0 and t.gmv > 0]
    orders = sum(t.conversions for t in sold)
    order_value = sum(t.gmv for t in sold) / orders if orders else None
    rows = [_creator(t, cvr_reported, gmv_reported, order_value) for t in creators]
    for row in rows:
        row.variant = variant_label(project, row.creator.variant.strip())
    done = [r for r in rows if not r.pending and not r.impossible]
    total_plays = sum(r.plays for r in done)
    total_conversions = sum(r.conversions for r in done)
    total_gmv = sum(r.gmv for r in done)
    for row in done:
        row.share_plays = _share(row.plays, total_plays)
        row.share_conversions = _share(row.conversions, total_conversions)
        row.share_gmv = _share(row.gmv, total_gmv)
    # Creators hold their variant's id, so a renamed variant keeps its creators under its new name.
    ids = [v.id for v in script.variants] if script is not None else []
    by_id: dict[str, list[CreatorRow]] = {}
    for row in rows:
        by_id.setdefault(row.creator.variant.strip(), []).append(row)
    # Every variant of the script is listed, even one no creator has yet (the matrix has a gap there).
    order = list(dict.fromkeys(ids))
    order += [k for k in by_id if k and k not in ids] + ([""] if "" in by_id else [])
    spread = dispersion([by_id.get(k, []) for k in order if k])
    inflation = max(1.0, spread) if spread is not None and math.isfinite(spread) else 1.0
    groups = [
        _group(
            variant_label(project, k),
            by_id.get(k, []),
            k in ids,
            inflation if k else 1.0,
            (cvr_reported, gmv_reported),
            order_value,
        )
        for k in order
    ]
    for group, key in zip(groups, order, strict=True):
        group.variant_id = key
    for group in groups:
        group.share_plays = _share(group.plays, total_plays)
        group.share_conversions = _share(group.conversions, total_conversions)
        group.share_gmv = _share(group.gmv, total_gmv)
    money = project_currency(project)
    for row in rows:
        row.costs = None if row.impossible else creator_figures(row.creator, money)
    for group in groups:
        group.costs = group_figures([r.creator for r in group.creators], money, group.inflation)
    return CreatorAnalysis(rows, groups, spread, total_plays, total_conversions, total_gmv, money)

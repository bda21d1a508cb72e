"""What creators cost and returned: cost, cost per 1,000 plays, cost per order and ROI, with intervals.

A creator's cost is exact (:func:`studio.models.deals.cost`: the fee, plus the commission on their
GMV unless the deal is a flat fee), kept in the currency's minor units and summed exactly for a
variant across its creators. The ratios are estimates, so floats, with 95 % intervals from the
exact Poisson interval of the count behind them, as :func:`studio.results.stats.cpa` and
:func:`~studio.results.stats.roas` do for ads:

- cost per 1,000 plays: the cost taken as fixed, the plays as the count;
- cost per order and ROI (GMV over cost): the orders as the count and the average order value as
  fixed; for a commission deal the cost moves with the GMV (fee + rate × orders × order value), so
  both ends are worked out from the deal itself rather than by scaling one ratio.

A variant's counts are divided by the spread between its creators (``inflation``), as its
conversion rate's interval is (:mod:`studio.results.creators`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from studio.models.deals import cost as deal_cost
from studio.models.money import WHOLE_BP, digits, to_decimal, to_minor
from studio.results.stats import Estimate, poisson_interval


@dataclass(frozen=True)
class CostFigures:
    """A creator's (or a variant's) cost in minor units, and the estimates worked out from it."""

    currency: str
    #: The exact cost in minor units: fees plus commissions.
    cost: int
    #: The fixed part (fees) and the commission on the GMV, in minor units.
    fees: int
    commission: int
    #: Cost per 1,000 plays, cost per order and ROI (GMV / cost), in major units and times.
    cpm: Estimate
    per_order: Estimate
    roi: Estimate

    @property
    def amount(self) -> Decimal:
        """The cost as an exact amount (Decimal('8069.00'))."""
        return to_decimal(self.cost, self.currency)


NONE = Estimate(None, None, None)


def _cpm(cost: float, plays: int, inflation: float) -> Estimate:
    """Cost per 1,000 plays; its interval from the (effective) plays' exact Poisson interval."""
    if plays <= 0 or cost <= 0:
        return Estimate(None, None, None, cost, plays)
    count = max(1, round(plays / inflation))
    lo, hi = poisson_interval(count)
    value = cost / plays * 1000
    return Estimate(value, value * count / hi, value * count / lo if lo > 0 else None, cost, plays)


def figures(
    fees: int,
    cut: int,
    rate: float,
    gmv: float,
    plays: int,
    orders: int,
    currency: str,
    inflation: float = 1.0,
) -> CostFigures:
    """Cost and its estimates from the fixed fees and the commission ``cut`` (minor units, exact), the
    commission ``rate`` on the GMV (a fraction: how the cost moves with sales), the GMV and the counts.
    ``inflation`` widens the intervals (a variant's spread between creators)."""
    unit = Decimal(1).scaleb(-digits(currency))
    cost = float((fees + cut) * unit)
    fixed = float(fees * unit)
    per_order, roi = NONE, NONE
    if cost > 0 and orders > 0:
        value = gmv / orders  # the average order value, taken as fixed
        count = max(1, round(orders / inflation))
        lo, hi = poisson_interval(count)
        scale = orders / count  # the interval's ends in the real orders' units

        def cost_at(k: float) -> float:
            return fixed + rate * k * value

        def per(k: float) -> float | None:
            return cost_at(k) / k if k > 0 else None

        def ret(k: float) -> float | None:
            return k * value / cost_at(k) if cost_at(k) > 0 else None

        # More orders: less per order and more return (the cost grows slower than the GMV).
        per_order = Estimate(cost / orders, per(hi * scale), per(lo * scale), cost, orders)
        if gmv > 0:
            roi = Estimate(gmv / cost, ret(lo * scale), ret(hi * scale), gmv, cost)
    elif cost > 0 and gmv > 0:
        roi = Estimate(gmv / cost, None, None, gmv, cost)  # sales without an order count: no interval
    return CostFigures(currency, fees + cut, fees, cut, _cpm(cost, plays, inflation), per_order, roi)


def creator_figures(creator: Any, currency: str) -> CostFigures | None:
    """A creator's cost figures; None when no fee or commission was entered (nothing to judge)."""
    if not creator.fee and not creator.commission:
        return None
    cut = deal_cost(creator, currency) - creator.fee
    rate = 0.0 if creator.deal == "flat" else creator.commission / WHOLE_BP
    return figures(creator.fee, cut, rate, creator.gmv, creator.plays, creator.conversions, currency)


def group_figures(creators: list[Any], currency: str, inflation: float = 1.0) -> CostFigures | None:
    """A variant's cost across its creators: costs summed exactly, counts summed, intervals widened."""
    priced = [t for t in creators if t.fee or t.commission]
    if not priced:
        return None
    fees = sum(t.fee for t in priced)
    cut = sum(deal_cost(t, currency) - t.fee for t in priced)
    gmv = sum(t.gmv for t in priced)
    gmv_minor = to_minor(gmv, currency)
    # The commissions as one rate over the group's GMV, so the interval moves cost with sales as the
    # creators' own deals do; the cost itself stays the exact sum.
    rate = cut / gmv_minor if gmv_minor else 0.0
    plays = sum(t.plays for t in priced)
    orders = sum(t.conversions for t in priced)
    return figures(fees, cut, rate, gmv, plays, orders, currency, inflation)

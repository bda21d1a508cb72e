"""Statistics for A/B creative tests: normal distribution, intervals, z-tests, sample sizes.

Pure functions over numbers; no I/O, no third-party libraries (scipy is only used by the
tests to check these figures).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass

#: Two-sided significance level used throughout.
ALPHA = 0.05
#: Power wanted when saying how much more data a test needs.
POWER = 0.80


def norm_cdf(x: float) -> float:
    """Standard normal cumulative distribution function."""
    return 0.5 * math.erfc(-x / math.sqrt(2.0))


def norm_sf(x: float) -> float:
    """Standard normal survival function, 1 - cdf(x), accurate in the far tail."""
    return 0.5 * math.erfc(x / math.sqrt(2.0))


# Coefficients of Peter Acklam's rational approximation of the inverse normal CDF
# (relative error below 1.15e-9), refined below with one Halley step.
_A = (-3.969683028665376e01, 2.209460984245205e02, -2.759285104469687e02,
      1.383577518672690e02, -3.066479806614716e01, 2.506628277459239e00)  # fmt: skip
_B = (-5.447609879822406e01, 1.615858368580409e02, -1.556989798598866e02,
      6.680131188771972e01, -1.328068155288572e01)  # fmt: skip
_C = (-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e00,
      -2.549732539343734e00, 4.374664141464968e00, 2.938163982698783e00)  # fmt: skip
_D = (7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e00, 3.754408661907416e00)
_P_LOW = 0.02425


def norm_ppf(p: float) -> float:
    """Inverse of the standard normal CDF (Acklam's approximation plus a Halley refinement)."""
    if not 0.0 < p < 1.0:
        if p == 0.0:
            return -math.inf
        if p == 1.0:
            return math.inf
        raise ValueError(f"probability out of range: {p}")
    if p < _P_LOW:
        q = math.sqrt(-2.0 * math.log(p))
        x = (((((_C[0] * q + _C[1]) * q + _C[2]) * q + _C[3]) * q + _C[4]) * q + _C[5]) / (
            (((_D[0] * q + _D[1]) * q + _D[2]) * q + _D[3]) * q + 1.0
        )
    elif p <= 1.0 - _P_LOW:
        q = p - 0.5
        r = q * q
        x = (
            (((((_A[0] * r + _A[1]) * r + _A[2]) * r + _A[3]) * r + _A[4]) * r + _A[5])
            * q
            / (((((_B[0] * r + _B[1]) * r + _B[2]) * r + _B[3]) * r + _B[4]) * r + 1.0)
        )
    else:
        q = math.sqrt(-2.0 * math.log(1.0 - p))
        x = -(((((_C[0] * q + _C[1]) * q + _C[2]) * q + _C[3]) * q + _C[4]) * q + _C[5]) / (
            (((_D[0] * q + _D[1]) * q + _D[2]) * q + _D[3]) * q + 1.0
        )
    # One step of Halley's method brings the error down to machine precision.
    e = norm_cdf(x) - p
    u = e * math.sqrt(2.0 * math.pi) * math.exp(x * x / 2.0)
    return x - u / (1.0 + x * u / 2.0)


def z_critical(alpha: float = ALPHA) -> float:
    """The two-sided critical value (1.959964 for alpha 0.05)."""
    return norm_ppf(1.0 - alpha / 2.0)


@dataclass(frozen=True)
class Estimate:
    """A rate (or cost) with its 95 % interval; ``value`` is None when undefined (0 trials)."""

    value: float | None
    low: float | None
    high: float | None
    successes: float = 0
    trials: float = 0


def wilson(successes: float, trials: float, alpha: float = ALPHA) -> Estimate:
    """A proportion with its Wilson score interval (counts may be fractional effective counts)."""
    if trials <= 0:
        return Estimate(None, None, None, successes, trials)
    if not 0 <= successes <= trials:
        raise ValueError(f"successes {successes} not within 0..{trials}")
    z = z_critical(alpha)
    p = successes / trials
    z2 = z * z
    denom = 1.0 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denom
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / denom
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == trials else min(1.0, centre + half)
    return Estimate(p, low, high, successes, trials)


def cpa(spend: float, conversions: int, alpha: float = ALPHA) -> Estimate:
    """Cost per acquisition with an interval from the Poisson (Garwood) interval of the count.

    Spend is taken as fixed, so CPA = spend / conversions and its interval is
    spend / (the exact Poisson interval of the conversions), ends swapped. With no
    conversions the cost is undefined and the interval open above.
    """
    if conversions <= 0 or spend <= 0:
        if conversions <= 0 and spend > 0:
            _lo, hi = poisson_interval(0, alpha)
            return Estimate(None, spend / hi, None, spend, conversions)
        return Estimate(None, None, None, spend, conversions)
    lo, hi = poisson_interval(conversions, alpha)
    return Estimate(spend / conversions, spend / hi, spend / lo if lo > 0 else None, spend, conversions)


def roas(gmv: float, spend: float, conversions: int, alpha: float = ALPHA) -> Estimate:
    """Return on ad spend, GMV / spend, with an interval from the count of orders behind the GMV.

    The uncertain part of GMV is how many orders the ad brought; taking spend and the average
    order value as fixed, ROAS = orders × (GMV / orders) / spend, and its interval is the exact
    Poisson interval of the orders scaled the same way. Without an order count there is a value
    but no interval.
    """
    if spend <= 0 or gmv <= 0:
        return Estimate(None, None, None, gmv, spend)
    value = gmv / spend
    if conversions <= 0:
        return Estimate(value, None, None, gmv, spend)
    lo, hi = poisson_interval(conversions, alpha)
    per_order = gmv / conversions / spend
    return Estimate(value, lo * per_order, hi * per_order, gmv, spend)


def _gamma_q(a: float, x: float) -> float:
    """The regularized upper incomplete gamma function Q(a, x), for a > 0 and x >= 0.

    A power series below x = a + 1 and a Lentz continued fraction above it (the usual pair, as
    in *Numerical Recipes* 6.2), with the prefactor x^a e^-x / Gamma(a) taken in logs, so counts in
    the thousands neither underflow nor cost a term per order.
    """
    if x <= 0:
        return 1.0
    log_front = a * math.log(x) - x - math.lgamma(a)
    if x < a + 1:
        term = total = 1.0 / a
        n = a
        for _ in range(10_000):
            n += 1
            term *= x / n
            total += term
            if abs(term) < abs(total) * 1e-15:
                break
        return max(0.0, 1.0 - total * math.exp(log_front))
    tiny = 1e-300
    b = x + 1 - a
    c, d = 1 / tiny, 1 / b
    h = d
    for i in range(1, 10_000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        step = d * c
        h *= step
        if abs(step - 1) < 1e-15:
            break
    return min(1.0, math.exp(log_front) * h)


def _poisson_cdf(k: int, mean: float) -> float:
    """P(X <= k) for a Poisson count with this mean: Q(k + 1, mean)."""
    if mean <= 0:
        return 1.0
    return _gamma_q(k + 1, mean)


def _solve(func: Callable[[float], float], target: float, lo: float, hi: float) -> float:
    """Bisection for a decreasing function func(x) = target on [lo, hi]."""
    for _ in range(200):
        mid = (lo + hi) / 2
        if func(mid) > target:
            lo = mid
        else:
            hi = mid
        if hi - lo <= 1e-12 * max(1.0, hi):
            break
    return (lo + hi) / 2


def _wilson_hilferty(p: float, dof: float) -> float:
    """The chi-square quantile at ``p`` with ``dof`` degrees of freedom, by the Wilson-Hilferty cube root."""
    k = 2 / (9 * dof)
    return dof * (1 - k + norm_ppf(p) * math.sqrt(k)) ** 3


@functools.lru_cache(maxsize=4096)
def poisson_interval(count: int, alpha: float = ALPHA) -> tuple[float, float]:
    """Exact (Garwood) interval for a Poisson count, by bisection on the Poisson CDF (above a million, Wilson-Hilferty)."""
    if count < 0:
        raise ValueError(f"negative count: {count}")
    if count > 1_000_000:
        # The series would need millions of terms; the Wilson-Hilferty cube root of chi-square is
        # exact to about 1e-9 of the count here.
        return _wilson_hilferty(alpha / 2, 2 * count) / 2, _wilson_hilferty(1 - alpha / 2, 2 * count + 2) / 2
    top = count + 20 + 10 * math.sqrt(count + 1)
    high = _solve(lambda m: _poisson_cdf(count, m), alpha / 2, 0.0, top)
    if count == 0:
        return 0.0, high
    # P(X >= count) = alpha/2  <=>  P(X <= count - 1) = 1 - alpha/2
    low = _solve(lambda m: _poisson_cdf(count - 1, m), 1 - alpha / 2, 0.0, top)
    return low, high


@dataclass(frozen=True)
class ZTest:
    """A two-proportion z-test of a variant against the control."""

    p_control: float
    p_variant: float
    diff: float
    z: float
    p_value: float


def two_proportion_z(x1: float, n1: float, x2: float, n2: float) -> ZTest | None:
    """Pooled two-proportion z-test of arm 2 against arm 1; None when undefined (effective counts allowed)."""
    if n1 <= 0 or n2 <= 0:
        return None
    p1, p2 = x1 / n1, x2 / n2
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return ZTest(p1, p2, p2 - p1, 0.0, 1.0)
    z = (p2 - p1) / se
    return ZTest(p1, p2, p2 - p1, z, min(1.0, 2 * norm_sf(abs(z))))


def holm(p_values: list[float]) -> list[float]:
    """Holm-Bonferroni adjusted p-values, in the order given."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted


def sample_size_per_arm(p1: float, p2: float, alpha: float = ALPHA, power: float = POWER) -> int | None:
    """Trials each arm needs to detect p1 vs p2 with a two-sided z-test (None if p1 == p2).

    The usual normal-approximation formula (Fleiss, *Statistical Methods for Rates and
    Proportions*, without continuity correction):
    n = (z_a * sqrt(2 pbar qbar) + z_b * sqrt(p1 q1 + p2 q2))^2 / (p1 - p2)^2.
    """
    if p1 == p2 or not (0 <= p1 <= 1 and 0 <= p2 <= 1):
        return None
    za = z_critical(alpha)
    zb = norm_ppf(power)
    pbar = (p1 + p2) / 2
    top = za * math.sqrt(2 * pbar * (1 - pbar)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return math.ceil(top * top / ((p1 - p2) ** 2))

"""The statistics against published textbook figures and against scipy."""

from __future__ import annotations

import math

import pytest

from studio.results.stats import (
    cpa,
    holm,
    norm_cdf,
    norm_ppf,
    poisson_interval,
    sample_size_per_arm,
    two_proportion_z,
    wilson,
)
from tests.results.reference import scipy_stats


def test_wilson_matches_newcombe_1998() -> None:
    # Newcombe RG (1998), "Two-sided confidence intervals for the single proportion:
    # comparison of seven methods", Statistics in Medicine 17:857-872, Table I:
    # 81/263 gives a Wilson score interval of 0.2553 to 0.3662.
    est = wilson(81, 263)
    assert est.low == pytest.approx(0.2553, abs=5e-5)
    assert est.high == pytest.approx(0.3662, abs=5e-5)
    # Same table: 15/148 -> 0.0624 to 0.1605; 0/20 -> 0 to 0.1611.
    est = wilson(15, 148)
    assert (round(est.low, 4), round(est.high, 4)) == (0.0624, 0.1605)
    est = wilson(0, 20)
    assert est.low == 0.0 and est.high == pytest.approx(0.1611, abs=5e-5)


def test_two_proportion_z_matches_textbook() -> None:
    # OpenIntro Statistics (Diez, Cetinkaya-Rundel, Barr, 4th ed.), section 6.2.3, the
    # mammogram experiment: 500/44,425 vs 505/44,405 deaths, pooled p = 0.0113,
    # Z = -0.17 and a two-sided p-value of 0.8650 (read from the table at the rounded Z).
    test = two_proportion_z(505, 44_405, 500, 44_425)
    assert test is not None
    assert test.z == pytest.approx(-0.17, abs=0.005)
    assert test.p_value == pytest.approx(0.865, abs=0.005)


def test_sample_size_follows_the_stated_formula() -> None:
    # n = (z_a * sqrt(2 pbar qbar) + z_b * sqrt(p1 q1 + p2 q2))^2 / (p1 - p2)^2, rounded up, with
    # pbar = (p1 + p2) / 2, z_a = z(1 - alpha/2), z_b = z(power); no continuity correction.
    # Worked by hand for 10 % vs 15 %, alpha 0.05 two-sided, power 0.8:
    #   z_a = 1.959964, z_b = 0.841621, pbar = 0.125
    #   z_a * sqrt(2 * 0.125 * 0.875) = 1.959964 * 0.467707 = 0.916689
    #   z_b * sqrt(0.10 * 0.90 + 0.15 * 0.85) = 0.841621 * 0.466369 = 0.392506
    #   (0.916689 + 0.392506)^2 = 1.713992;  / 0.05^2 = 685.597  ->  686 per arm.
    assert sample_size_per_arm(0.10, 0.15) == 686
    assert sample_size_per_arm(0.15, 0.10) == 686  # symmetric in the two rates
    # A bigger difference needs far fewer trials: 10 % vs 20 % -> 198.96 -> 199 by the same steps.
    assert sample_size_per_arm(0.10, 0.20) == 199
    assert sample_size_per_arm(0.2, 0.2) is None


def test_holm_adjustment() -> None:
    # Holm (1979) step-down: sorted p 0.01, 0.04, 0.03 x (3, 2, 1), then made monotone.
    assert holm([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])
    assert holm([]) == []
    assert holm([0.9, 0.8]) == pytest.approx([1.0, 1.0])


def test_norm_functions_round_trip_and_symmetry() -> None:
    for p in (1e-12, 1e-6, 0.001, 0.02425, 0.1, 0.5, 0.9, 0.975, 0.999999):
        assert norm_cdf(norm_ppf(p)) == pytest.approx(p, rel=1e-9)
    assert norm_ppf(0.975) == pytest.approx(1.959963984540054, abs=1e-12)
    assert norm_ppf(0.0) == -math.inf and norm_ppf(1.0) == math.inf
    with pytest.raises(ValueError):
        norm_ppf(1.5)


def test_wilson_edge_cases() -> None:
    assert wilson(0, 0).value is None
    full = wilson(20, 20)
    assert full.high == 1.0 and full.low < 1.0
    with pytest.raises(ValueError):
        wilson(5, 3)


def test_cpa_interval_brackets_the_estimate() -> None:
    est = cpa(600.0, 30)
    assert est.value == 20.0
    assert est.low is not None and est.high is not None
    assert est.low < 20.0 < est.high
    none = cpa(600.0, 0)
    assert none.value is None and none.high is None and none.low == pytest.approx(600 / 3.6889, rel=1e-3)


def test_roas_needs_spend_and_has_an_interval_only_with_orders() -> None:
    from studio.results.stats import roas

    assert roas(0, 100, 3).value is None and roas(300, 0, 3).value is None
    no_orders = roas(300, 100, 0)
    assert no_orders.value == 3.0 and no_orders.low is None and no_orders.high is None
    est = roas(4881.23, 1520.55, 35)
    assert est.value == pytest.approx(4881.23 / 1520.55) and est.low < est.value < est.high


def test_roas_interval_is_the_order_count_interval_scaled() -> None:
    from studio.results.stats import roas

    est = roas(4881.23, 1520.55, 35)
    per_order = 4881.23 / 35 / 1520.55
    assert est.low == pytest.approx(scipy_stats.chi2.ppf(0.025, 70) / 2 * per_order, rel=1e-8)
    assert est.high == pytest.approx(scipy_stats.chi2.ppf(0.975, 72) / 2 * per_order, rel=1e-8)


@pytest.mark.parametrize("p", [1e-10, 0.001, 0.01, 0.3, 0.5, 0.77, 0.99, 0.9999])
def test_ppf_and_cdf_against_scipy(p: float) -> None:
    assert norm_ppf(p) == pytest.approx(scipy_stats.norm.ppf(p), rel=1e-9, abs=1e-12)
    x = scipy_stats.norm.ppf(p)
    assert norm_cdf(x) == pytest.approx(scipy_stats.norm.cdf(x), rel=1e-12)


@pytest.mark.parametrize(
    ("x1", "n1", "x2", "n2"), [(30, 300, 45, 420), (3000, 15000, 3600, 15000), (1, 50, 7, 60)]
)
def test_z_test_against_scipy(x1: int, n1: int, x2: int, n2: int) -> None:
    test = two_proportion_z(x1, n1, x2, n2)
    assert test is not None
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    expected_z = (x2 / n2 - x1 / n1) / se
    assert test.z == pytest.approx(expected_z)
    assert test.p_value == pytest.approx(2 * scipy_stats.norm.sf(abs(expected_z)), rel=1e-9)


@pytest.mark.parametrize("count", [1, 3, 10, 30, 200, 744, 756, 1000, 3000, 25000, 999_999, 10**7, 10**12])
def test_poisson_interval_against_scipy_chi2(count: int) -> None:
    # Above about 745 orders e^-mean underflows: a sum of Poisson terms capped both ends at 745.1.
    low, high = poisson_interval(count)
    assert low == pytest.approx(scipy_stats.chi2.ppf(0.025, 2 * count) / 2, rel=1e-9)
    assert high == pytest.approx(scipy_stats.chi2.ppf(0.975, 2 * count + 2) / 2, rel=1e-9)


def test_wilson_against_scipy_binomtest() -> None:
    result = scipy_stats.binomtest(81, 263).proportion_ci(confidence_level=0.95, method="wilson")
    est = wilson(81, 263)
    assert est.low == pytest.approx(result.low, rel=1e-9)
    assert est.high == pytest.approx(result.high, rel=1e-9)


@pytest.mark.parametrize(
    ("p1", "p2", "power"), [(0.10, 0.15, 0.8), (0.02, 0.025, 0.8), (0.30, 0.35, 0.9), (0.5, 0.4, 0.8)]
)
def test_sample_size_against_scipy_quantiles(p1: float, p2: float, power: float) -> None:
    """The same formula with scipy's normal quantiles gives the same whole number of trials."""
    za, zb = scipy_stats.norm.ppf(0.975), scipy_stats.norm.ppf(power)
    pbar = (p1 + p2) / 2
    top = za * math.sqrt(2 * pbar * (1 - pbar)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    assert sample_size_per_arm(p1, p2, power=power) == math.ceil(top**2 / (p1 - p2) ** 2)


def test_sample_size_gives_the_power_it_promises() -> None:
    """At n per arm the z-test's power (normal approximation, scipy) reaches 0.8; at n - 1 it falls short."""
    p1, p2 = 0.10, 0.15
    n = sample_size_per_arm(p1, p2)
    assert n is not None

    def power(k: int) -> float:
        pbar = (p1 + p2) / 2
        se0 = math.sqrt(2 * pbar * (1 - pbar) / k)  # under the null, pooled
        se1 = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / k)  # under the alternative
        crit = scipy_stats.norm.ppf(0.975) * se0
        return scipy_stats.norm.sf((crit - abs(p2 - p1)) / se1)

    assert power(n) >= 0.8 > power(n - 1)

"""The derived metrics of an ad result: what each rate divides by; their names are catalogue entries."""

from __future__ import annotations

from dataclasses import dataclass

from studio.models.entities import VariantResult
from studio.results.stats import Estimate, cpa, roas, wilson
from studio.wording import has, say_in


@dataclass(frozen=True)
class Metric:
    """A derived rate (successes over trials), CPA (spend per conversion) or ROAS (GMV per spend)."""

    #: Also names its words: metric.<key> (resources/wording/results_words.json).
    key: str
    successes: str
    trials: str
    #: True when a higher value is better (False for CPA).
    higher_is_better: bool = True
    #: True for proportions (successes out of trials); False for money and ratios.
    proportion: bool = True
    #: The catalogue key of its name when another table already words it (else metric.<key>).
    words: str = ""

    def label(self, lang: str) -> str:
        """The metric's name in 'zh' or 'en'."""
        return say_in(lang, self.words or f"metric.{self.key}")

    @property
    def is_rate(self) -> bool:
        """True for proportions (tested with z-tests), False for money and ratios (CPA, ROAS, GPM)."""
        return self.proportion


METRICS: tuple[Metric, ...] = (
    Metric("view_3s_rate", "views_3s", "plays"),
    Metric("completion_rate", "completions", "plays"),
    Metric("ctr", "clicks", "impressions"),
    Metric("cvr", "conversions", "clicks"),
    Metric("cpa", "spend", "conversions", higher_is_better=False, proportion=False),
    Metric("roas", "gmv", "spend", proportion=False),
)

METRIC_BY_KEY = {m.key: m for m in METRICS}


def short_label(metric: Metric, lang: str) -> str:
    """A metric's short column title in 'zh' or 'en' (its full name when it has no short one)."""
    key = f"metric.short.{metric.key}"
    return say_in(lang, key) if has(key) else metric.label(lang)


#: The raw counts of a result (and the report's variant column) that have a name: count.<name>.
NAMED_COUNTS: tuple[str, ...] = (
    "impressions", "plays", "views_3s", "completions", "clicks", "conversions", "spend", "gmv",
    "views_3s_rate", "completion_rate", "variant",
)  # fmt: skip


def count_label(name: str, lang: str) -> str:
    """A raw count's name in 'zh' or 'en'."""
    if name not in NAMED_COUNTS:
        raise KeyError(name)
    return say_in(lang, f"count.{name}")


def trials_of(result: VariantResult, metric: Metric) -> int:
    """The denominator of a rate; plays fall back to impressions when a report has no plays."""
    if metric.trials == "plays" and result.plays <= 0:
        return result.impressions
    return int(getattr(result, metric.trials))


def successes_of(result: VariantResult, metric: Metric) -> float:
    """The numerator of a metric."""
    successes: float = getattr(result, metric.successes)
    return successes


def estimate(result: VariantResult, metric: Metric) -> Estimate:
    """The metric's value and 95 % interval (Wilson for rates, Poisson-based for CPA and ROAS)."""
    if metric.key == "roas":
        return roas(result.gmv, result.spend, result.conversions)
    if not metric.is_rate:
        return cpa(result.spend, result.conversions)
    n = trials_of(result, metric)
    x = int(successes_of(result, metric))
    if n <= 0 or x > n:
        return Estimate(None, None, None, x, n)
    return wilson(x, n)

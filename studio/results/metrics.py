"""The derived metrics of an ad result: what each rate divides by, with zh/en names (data)."""

from __future__ import annotations

from dataclasses import dataclass

from studio.models.entities import VariantResult
from studio.results.stats import Estimate, cpa, roas, wilson


@dataclass(frozen=True)
class Metric:
    """A derived rate (successes over trials), CPA (spend per conversion) or ROAS (GMV per spend)."""

    key: str
    zh: str
    en: str
    successes: str
    trials: str
    #: True when a higher value is better (False for CPA).
    higher_is_better: bool = True
    #: True for proportions (successes out of trials); False for money and ratios.
    proportion: bool = True

    def label(self, lang: str) -> str:
        """The metric's name in 'zh' or 'en'."""
        return self.zh if lang == "zh" else self.en

    @property
    def is_rate(self) -> bool:
        """True for proportions (tested with z-tests), False for money and ratios (CPA, ROAS, GPM)."""
        return self.proportion


METRICS: tuple[Metric, ...] = (
    Metric("view_3s_rate", "3秒播放率", "3-second view rate", "views_3s", "plays"),
    Metric("completion_rate", "完播率", "Completion rate", "completions", "plays"),
    Metric("ctr", "点击率", "CTR", "clicks", "impressions"),
    Metric("cvr", "转化率", "Conversion rate", "conversions", "clicks"),
    Metric("cpa", "单次转化成本", "CPA", "spend", "conversions", higher_is_better=False, proportion=False),
    Metric("roas", "投产比 ROAS", "ROAS", "gmv", "spend", proportion=False),
)

METRIC_BY_KEY = {m.key: m for m in METRICS}

#: Short column titles (zh, en) for narrow tables; the full name goes in the tooltip.
SHORT_LABELS: dict[str, tuple[str, str]] = {
    "view_3s_rate": ("3秒播放率", "3 s views"),
    "completion_rate": ("完播率", "Completion"),
    "ctr": ("点击率", "CTR"),
    "cvr": ("转化率", "Conv. rate"),
    "cpa": ("转化成本", "CPA"),
    "roas": ("ROAS", "ROAS"),
}


def short_label(metric: Metric, lang: str) -> str:
    """A metric's short column title in 'zh' or 'en'."""
    zh, en = SHORT_LABELS.get(metric.key, (metric.zh, metric.en))
    return zh if lang == "zh" else en


#: Names of the raw counts of a result in zh/en (data for tables and sheets).
COUNT_LABELS: dict[str, tuple[str, str]] = {
    "impressions": ("展示", "Impressions"),
    "plays": ("播放", "Plays"),
    "views_3s": ("3秒播放", "3-second views"),
    "completions": ("完播", "Completions"),
    "clicks": ("点击", "Clicks"),
    "conversions": ("转化", "Conversions"),
    "spend": ("消耗", "Spend"),
    "gmv": ("成交金额", "GMV"),
    "views_3s_rate": ("3秒播放率", "3-second view rate"),
    "completion_rate": ("完播率", "Completion rate"),
    "variant": ("素材/版本名称", "Ad / variant name"),
}


def count_label(name: str, lang: str) -> str:
    """A raw count's name in 'zh' or 'en'."""
    zh, en = COUNT_LABELS[name]
    return zh if lang == "zh" else en


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

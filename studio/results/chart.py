"""The results chart as data: per metric, each variant's value and 95 % interval on a shared axis.

The Results view (QPainter), the PDF and the workbook draw the same panels from here, so the
three agree on what is shown: the control marked, the winner highlighted, nice axis ticks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from studio.results.analysis import Analysis
from studio.results.format import format_money, format_percent, format_ratio
from studio.results.metrics import METRICS, Metric
from studio.results.verdict import verdicts


@dataclass(frozen=True)
class Bar:
    """One variant on one metric: its estimate and interval (None where undefined)."""

    name: str
    value: float | None
    low: float | None
    high: float | None
    is_control: bool
    is_winner: bool


@dataclass(frozen=True)
class Panel:
    """One metric's chart: bars in script order on an axis from ``axis_min`` to ``axis_max``."""

    metric: Metric
    title: str
    bars: tuple[Bar, ...]
    axis_min: float
    axis_max: float
    ticks: tuple[float, ...]
    #: The control's value, drawn as a reference line (None when the control has none).
    reference: float | None


def nice_ticks(bottom: float, top: float, count: int = 4) -> tuple[float, float, tuple[float, ...]]:
    """An axis around [bottom, top] with round ends and evenly spaced round ticks (1, 2, 2.5 or 5 × 10^k)."""
    if not (math.isfinite(top) and math.isfinite(bottom)) or top <= bottom:
        top, bottom = (max(top, 1.0) if math.isfinite(top) else 1.0), 0.0
    raw = (top - bottom) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    start = step * math.floor(bottom / step + 1e-9)
    end = step * math.ceil(top / step - 1e-9)
    n = round((end - start) / step)
    return start, end, tuple(round(start + i * step, 12) for i in range(n + 1))


def axis(bars: list[Bar] | tuple[Bar, ...]) -> tuple[float, float, tuple[float, ...]]:
    """An axis spanning the bars' intervals (a forest plot), padded, never below zero; some bar has a value."""
    shown = [b for b in bars if b.value is not None]
    top = max(max(b.high or 0.0, b.value or 0.0) for b in shown)
    low = min(b.low if b.low is not None else b.value or 0.0 for b in shown)
    pad = (top - low) * 0.15 or top * 0.1 or 1.0
    return nice_ticks(max(0.0, low - pad), top + pad)


def tick_label(metric: Metric, value: float, symbol: str = "") -> str:
    """A tick or value in the metric's unit: 2.5% / ¥20 / 3.2×."""
    if metric.is_rate:
        decimals = 0 if abs(value * 100 - round(value * 100)) < 1e-9 else 1
        return format_percent(value, decimals)
    if metric.key in ("roas", "roi"):
        return format_ratio(value)
    return format_money(value, symbol).removesuffix(".00")


def value_label(metric: Metric, value: float | None, symbol: str = "") -> str:
    """A value as shown beside its bar (two decimals)."""
    if value is None:
        return "–"
    if metric.is_rate:
        return format_percent(value)
    return format_ratio(value) if metric.key in ("roas", "roi") else format_money(value, symbol)


def panels(analysis: Analysis, lang: str) -> list[Panel]:
    """One panel per metric that at least one variant has a value for, in reporting order."""
    winners = {}
    for v in verdicts(analysis):
        if v.kind in ("winner", "control") and v.variant is not None:
            winners[v.metric.key] = v.variant.id
    out: list[Panel] = []
    for metric in METRICS:
        bars = []
        for row in analysis.rows:
            est = row.estimates.get(metric.key)
            value = None if est is None else est.value
            bars.append(
                Bar(
                    row.variant.name,
                    value,
                    None if est is None else est.low,
                    None if est is None else est.high,
                    row.is_control,
                    winners.get(metric.key) == row.variant.id,
                )
            )
        if not any(b.value is not None for b in bars):
            continue
        start, end, ticks = axis(bars)
        reference = next((b.value for b in bars if b.is_control), None)
        out.append(Panel(metric, metric.label(lang), tuple(bars), start, end, ticks, reference))
    return out

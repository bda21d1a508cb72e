"""What wins across our videos: results pooled by hook device, CTA device, template, structure, length
band, platform and product category, each figure with its interval and the number of videos behind it.

Rates are pooled from the videos' counts; videos differ more than a coin does, so the interval is
widened by the spread between videos (quasi-binomial: counts divided by the dispersion before the
Wilson interval of studio.results.stats). No verdict is given on fewer than MIN_VIDEOS videos, nor
between figures whose intervals overlap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from studio.results.stats import Estimate, wilson
from studio.wording import has, pair, say_in
from studio.workspace.devices import NONE
from studio.workspace.facts import ResultFact

DIMENSIONS = ("hook_device", "cta_device", "template", "structure", "length_band", "platform", "category")
#: metric key -> (successes field, trials field)
METRICS: dict[str, tuple[str, str]] = {
    "view_3s_rate": ("views_3s", "plays"),
    "completion_rate": ("completions", "plays"),
    "ctr": ("clicks", "impressions"),
    "cvr": ("conversions", "clicks"),
}
#: Fewest videos behind a figure before it may be called ahead or behind.
MIN_VIDEOS = 5


@dataclass(frozen=True)
class Figure:
    """One pooled rate: which dimension and value, the estimate, the videos behind it and the verdict.

    verdict: ``best`` (ahead of ``versus``), ``even`` (no clear difference), ``few`` (too few videos), ``""``.
    """

    dimension: str
    value: str
    metric: str
    estimate: Estimate
    videos: int
    verdict: str = ""
    versus: str = ""


def pooled(facts: Sequence[ResultFact], metric: str) -> Estimate:
    """The pooled rate of ``metric`` over ``facts``, its interval widened by the spread between videos."""
    s_field, t_field = METRICS[metric]
    rows = [(float(getattr(f, s_field)), float(getattr(f, t_field))) for f in facts]
    rows = [(min(s, t), t) for s, t in rows if t > 0]
    successes, trials = sum(s for s, _ in rows), sum(t for _, t in rows)
    if trials <= 0:
        return Estimate(None, None, None, 0, 0)
    p = successes / trials
    phi = 1.0
    if len(rows) > 1 and 0 < p < 1:
        chi2 = sum((s - t * p) ** 2 / (t * p * (1 - p)) for s, t in rows)
        phi = max(1.0, chi2 / (len(rows) - 1))
    est = wilson(successes / phi, trials / phi)
    return Estimate(p, est.low, est.high, successes, trials)


def figures(facts: Sequence[ResultFact], metric: str = "view_3s_rate") -> list[Figure]:
    """Every dimension's values pooled on ``metric``, best first within a dimension, with verdicts."""
    out: list[Figure] = []
    for dim in DIMENSIONS:
        groups: dict[str, list[ResultFact]] = defaultdict(list)
        for f in facts:
            groups[str(getattr(f, dim)) or NONE].append(f)
        rows = [(value, pooled(g, metric), len(g)) for value, g in groups.items()]
        rows = [r for r in rows if r[1].value is not None]
        rows.sort(key=lambda r: (-(r[2] >= MIN_VIDEOS), -(r[1].value or 0.0), r[0]))
        judged = [r for r in rows if r[2] >= MIN_VIDEOS]
        for value, est, n in rows:
            verdict, versus = "", ""
            if n < MIN_VIDEOS:
                verdict = "few"
            elif len(judged) > 1 and value == judged[0][0]:
                runner = judged[1]
                clear = (est.low or 0.0) > (runner[1].high or 1.0)
                verdict, versus = ("best" if clear else "even"), runner[0]
            out.append(Figure(dim, value, metric, est, n, verdict, versus))
    return out


def value_word(value: str, lang: str) -> str:
    """A dimension value in words (devices named; templates, platforms and bands as they are)."""
    key = f"team.value.{value}"
    zh, en = pair(key) if has(key) else (value, value)
    return zh if lang == "zh" else en


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:.0f}"


def figure_text(fig: Figure, lang: str) -> str:
    """'41 % [38, 44] over 57 videos' in ``lang``."""
    e = fig.estimate
    return say_in(
        lang, "team.figure", value=_pct(e.value), low=_pct(e.low), high=_pct(e.high), videos=fig.videos
    )


def sentences(figs: Sequence[Figure], lang: str) -> list[str]:
    """One sentence per dimension: who is ahead, or that nothing is clear yet, never more than the data says."""
    out: list[str] = []
    by_dim: dict[str, list[Figure]] = defaultdict(list)
    for f in figs:
        by_dim[f.dimension].append(f)
    for dim in DIMENSIONS:
        rows = by_dim.get(dim, [])
        if not rows:
            continue
        top = rows[0]
        said = {
            "dimension": say_in(lang, f"team.dimension.{dim}"),
            "metric": say_in(lang, f"team.metric.{top.metric}"),
            "name": value_word(top.value, lang),
            "figure": figure_text(top, lang),
        }
        if top.verdict == "best":
            other = next(r for r in rows if r.value == top.versus)
            out.append(say_in(lang, "team.verdict.best", other=value_word(other.value, lang),
                              other_figure=figure_text(other, lang), **said))  # fmt: skip
        elif top.verdict == "even":
            out.append(say_in(lang, "team.verdict.even", other=value_word(top.versus, lang), **said))
        elif len(rows) == 1:
            out.append(say_in(lang, "team.verdict.alone", videos=top.videos, **said))
        else:
            videos = sum(r.videos for r in rows)
            out.append(say_in(lang, "team.verdict.too_few", least=MIN_VIDEOS, videos=videos, **said))
    return out

"""Which creator, and which variant across creators, did best, said only as far as the evidence goes.

Conversions per play: the leader is called best only when a pooled two-proportion z-test puts it
above every other one (Holm-corrected across those tests); otherwise the verdict names the closest
rival and how many more plays each would need to tell them apart (80 % power, alpha 0.05). GMV per
1,000 plays: the leader is best only when its 95 % interval clears every other one's. Variants are
never called when each went to a single creator (the creator could explain the difference).
The sentences are localized data, like :mod:`studio.results.verdict`'s.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from studio.results.creators import GPM, PLAY_CVR, CreatorAnalysis, Standing
from studio.results.format import format_money, format_percent
from studio.results.metrics import Metric
from studio.results.stats import ALPHA, holm, sample_size_per_arm, two_proportion_z

CREATOR, VARIANT = "creator", "variant"


@dataclass(frozen=True)
class MatrixVerdict:
    """The outcome on one metric among creators or among variants.

    ``kind``: 'best' (the leader is ahead of every other one), 'undecided' (not enough evidence),
    'confounded' (variants each given to one creator), 'too_few' (fewer than two with results)
    or 'not_reported' (no conversions or no GMV reported by anyone).
    """

    metric: Metric
    level: str
    kind: str
    leader: Standing | None = None
    rival: Standing | None = None
    p_adjusted: float | None = None
    #: Plays each of leader and rival need to tell them apart (None when they are level).
    needed: int | None = None
    more_leader: int = 0
    more_rival: int = 0
    #: How many have results (for 'too_few').
    count: int = 0


def _value(s: Standing, metric: Metric) -> float:
    return s.estimate(metric).value or 0.0


def _rate_verdict(arms: Sequence[Standing], level: str) -> MatrixVerdict:
    leader = max(arms, key=lambda a: _value(a, PLAY_CVR))
    others = [a for a in arms if a is not leader]
    x2, n2 = leader.effective
    tests = [two_proportion_z(*o.effective, x2, n2) for o in others]
    adjusted = holm([t.p_value if t is not None else 1.0 for t in tests])
    beaten = [t is not None and t.diff > 0 and p < ALPHA for t, p in zip(tests, adjusted, strict=True)]
    if all(beaten):
        rival = max(others, key=lambda a: _value(a, PLAY_CVR))
        return MatrixVerdict(PLAY_CVR, level, "best", leader, rival, max(adjusted))
    rival = max((o for o, b in zip(others, beaten, strict=True) if not b), key=lambda a: _value(a, PLAY_CVR))
    per_arm = sample_size_per_arm(_value(rival, PLAY_CVR), _value(leader, PLAY_CVR))
    if per_arm is None:
        return MatrixVerdict(PLAY_CVR, level, "undecided", leader, rival)
    # Effective plays needed, back in real plays: the spread between creators costs plays.
    needed = math.ceil(per_arm * leader.inflation)
    return MatrixVerdict(PLAY_CVR, level, "undecided", leader, rival, None, needed,
                         max(0, needed - leader.plays), max(0, needed - rival.plays))  # fmt: skip


def _value_verdict(arms: Sequence[Standing], level: str) -> MatrixVerdict:
    leader = max(arms, key=lambda a: _value(a, GPM))
    others = [a for a in arms if a is not leader]
    low = leader.gpm.low
    clear = [low is not None and o.gpm.high is not None and low > o.gpm.high for o in others]
    if all(clear):
        return MatrixVerdict(GPM, level, "best", leader, max(others, key=lambda a: _value(a, GPM)))
    rival = max((o for o, c in zip(others, clear, strict=True) if not c), key=lambda a: _value(a, GPM))
    return MatrixVerdict(GPM, level, "undecided", leader, rival)


def decide(arms: Sequence[Standing], metric: Metric, level: str) -> MatrixVerdict:
    """Decide one metric among creators or variant groups (pending ones are not passed in)."""
    shown = [a for a in arms if a.estimate(metric).value is not None]
    if len(shown) >= 2:
        return _rate_verdict(shown, level) if metric is PLAY_CVR else _value_verdict(shown, level)
    kind = "not_reported" if not shown and sum(a.plays > 0 for a in arms) >= 2 else "too_few"
    return MatrixVerdict(metric, level, kind, count=len(shown))


def matrix_verdicts(analysis: CreatorAnalysis) -> list[MatrixVerdict]:
    """Creators on conversions per play and on GPM, then the variants across creators on both."""
    creators = analysis.with_results
    out = [decide(creators, m, CREATOR) for m in (PLAY_CVR, GPM)]
    groups = analysis.compared_groups
    for metric in (PLAY_CVR, GPM):
        found = decide(groups, metric, VARIANT)
        if found.kind in ("best", "undecided") and analysis.dispersion is None:
            found = MatrixVerdict(metric, VARIANT, "confounded", found.leader, found.rival)
        out.append(found)
    return out


def best_names(verdicts: list[MatrixVerdict], level: str) -> dict[str, str]:
    """Metric key -> the name called best at this level (only where the evidence holds)."""
    return {
        v.metric.key: v.leader.name for v in verdicts if v.level == level and v.kind == "best" and v.leader
    }


def shown_value(metric: Metric, value: float | None, symbol: str = "") -> str:
    """A conversion rate as a percentage, GPM as money."""
    return format_percent(value) if metric.is_rate else format_money(value, symbol)

"""Pooled figures: intervals around the rate, the videos behind each, and no verdict on too little evidence."""

from __future__ import annotations

import random

from studio.workspace.facts import ResultFact
from studio.workspace.report import MIN_VIDEOS, figures, pooled, sentences


def _fact(hook: str, plays: int, rate: float, i: int) -> ResultFact:
    return ResultFact(f"v{i}", f"v{i}", hook, "coupon", "tpl", "hook-cta", "15-30s", "douyin", "food",
                      impressions=plays, plays=plays, views_3s=int(plays * rate))  # fmt: skip


def _facts(spec: dict[str, tuple[int, float]], seed: int = 3) -> list[ResultFact]:
    rnd = random.Random(seed)
    out, i = [], 0
    for hook, (n, rate) in spec.items():
        for _ in range(n):
            out.append(_fact(hook, rnd.randint(3000, 9000), rate + rnd.uniform(-0.02, 0.02), i))
            i += 1
    return out


def test_a_clear_lead_over_enough_videos_is_called_with_its_interval() -> None:
    figs = [
        f
        for f in figures(_facts({"price": (20, 0.45), "question": (15, 0.30)}))
        if f.dimension == "hook_device"
    ]
    top = figs[0]
    assert (top.value, top.verdict, top.versus, top.videos) == ("price", "best", "question", 20)
    assert top.estimate.low < 0.45 < top.estimate.high
    line = sentences(figs, "en")[0]
    assert (
        line.startswith("Hook device: price-stimulus 3 s view rate 45 % [")
        and "over 20 videos, ahead of question" in line
    )
    assert "领先「提问」" in sentences(figs, "zh")[0]


def test_too_few_videos_never_get_a_verdict_however_large_the_gap() -> None:
    few = MIN_VIDEOS - 1
    figs = [
        f
        for f in figures(_facts({"price": (few, 0.7), "question": (few, 0.2)}))
        if f.dimension == "hook_device"
    ]
    assert {f.verdict for f in figs} == {"few"}
    assert "too few videos" in sentences(figs, "en")[0]


def test_overlapping_intervals_are_no_clear_difference() -> None:
    figs = figures(_facts({"price": (6, 0.40), "question": (6, 0.395)}))
    top = next(f for f in figs if f.dimension == "hook_device")
    assert top.verdict == "even"


def test_spread_between_videos_widens_the_interval() -> None:
    steady = _facts({"price": (10, 0.4)}, seed=1)
    wild = [_fact("price", 5000, 0.1 if i % 2 else 0.7, i) for i in range(10)]
    a, b = pooled(steady, "view_3s_rate"), pooled(wild, "view_3s_rate")
    assert (b.high - b.low) > 3 * (a.high - a.low)

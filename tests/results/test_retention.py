"""Where viewers leave: each beat's loss per second judged against what is usual there.

Curves are shaped like the platforms' exports: per second (Douyin, Kuaishou) or per percent of the
video (TikTok's and Channels' "audience retention" at 0 %, 1 %, ... 100 %), resampled to seconds the
way the import does it.
"""

from __future__ import annotations

import pytest

from studio.imports.retention_import import resample
from studio.models.entities import Script, VariantResult
from studio.models.enums import BeatKind
from studio.models.timeline import total_ds
from studio.results.retention import (
    read_curve,
    readings,
    sentences,
    share_at,
    usual_hook_drop,
)
from studio.samples import sample_project


def _script(lang: str = "zh") -> Script:
    return sample_project(lang, frame_edge=64)[0].scripts[0]


def _typical(seconds: int, at_3s: float = 0.65, pace: float = 0.022) -> list[float]:
    """A real-shaped curve: a steep, slowing fall to ``at_3s`` by 3 s, then a steady pace down."""
    lost = 1 - at_3s
    head = [1.0, 1 - lost * 0.4, 1 - lost * 0.73, at_3s]  # most viewers who leave, leave at once
    return head + [max(0.0, at_3s - pace * (s - 3)) for s in range(4, seconds + 1)]


def _with_cliff(curve: list[float], at_s: int, points: float) -> list[float]:
    return [share - (points if s > at_s else 0.0) for s, share in enumerate(curve)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_planted_cliff_at_11_s_is_named_not_the_hook(lang: str) -> None:
    """The hook loses a third of its viewers as every hook does; the 20-point drop at 11 s is the news."""
    script = _script(lang)
    base = script.base_variant
    curve = _with_cliff(_typical(25), 11, 0.20)
    reading = read_curve(script, base, curve, usual_hook_drop("douyin"))
    assert reading.worst is not None
    span = reading.worst.span
    assert span.start_ds <= 110 < span.end_ds and span.beat.kind is not BeatKind.HOOK
    assert reading.steepest_s == 11
    # the raw loss per second still puts the hook first: the reading is right only against the usual
    assert max(reading.losses, key=lambda b: b.per_second).span.beat.kind is BeatKind.HOOK
    said = sentences(script, {base.id: VariantResult(base.id, retention=curve)}, lang, "douyin")
    where = f"{span.start_ds / 10:g}–{span.end_ds / 10:g}"
    assert where in said[0] and ("11–12" in said[0])
    assert ("流失最快" in said[0]) if lang == "zh" else ("loses viewers fastest" in said[0])


def test_a_cliff_in_a_curve_exported_per_percent_of_the_video_is_found() -> None:
    """TikTok-style export: a point per 1 % of the video; the step at 11 s falls between two points."""
    script = _script("en")
    base = script.base_variant
    length = total_ds(script, base) / 10
    per_second = _typical(26)

    def watching(t: float) -> float:
        share = share_at(per_second, t)
        assert share is not None
        return share - (0.20 if t >= 11.0 else 0.0)

    points = [(pct / 100 * length, watching(pct / 100 * length)) for pct in range(0, 101)]
    curve = resample(points)
    assert len(curve) == int(length) + 1 and curve[0] == 1.0
    reading = read_curve(script, base, curve, usual_hook_drop("tiktok"))
    assert reading.worst is not None and reading.worst.span.start_ds <= 110 < reading.worst.span.end_ds
    assert reading.steepest_s in (10, 11)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_usual_curve_names_no_beat(lang: str) -> None:
    script = _script(lang)
    base = script.base_variant
    curve = _typical(25)
    reading = read_curve(script, base, curve)
    assert reading.worst is None and reading.steepest_s is None
    said = sentences(script, {base.id: VariantResult(base.id, retention=curve)}, lang)[0]
    assert (
        ("没有哪一段比通常流失得更快" in said) if lang == "zh" else ("no beat loses viewers faster" in said)
    )


def test_a_hook_worse_than_usual_is_still_named() -> None:
    """Half the viewers gone by 3 s is a bad hook, not the usual scroll-on."""
    script = _script("zh")
    base = script.base_variant
    reading = read_curve(script, base, _typical(25, at_3s=0.45), usual_hook_drop("douyin"))
    assert reading.worst is not None and reading.worst.span.beat.kind is BeatKind.HOOK
    assert reading.steepest_s is not None and reading.steepest_s < 3


def test_the_platforms_usual_hook_drop_decides_whether_the_hook_is_to_blame() -> None:
    """38 % gone by 3 s is worse than usual where viewers stay (Shorts), usual where they swipe (Reels)."""
    script = _script("en")
    base = script.base_variant
    curve = _typical(25, at_3s=0.62)
    results = {base.id: VariantResult(base.id, retention=curve)}
    strict = readings(script, results, "shorts")[0]
    lenient = readings(script, results, "reels")[0]
    assert strict.worst is not None and strict.worst.span.beat.kind is BeatKind.HOOK
    assert lenient.worst is None or lenient.worst.span.beat.kind is not BeatKind.HOOK
    assert usual_hook_drop("no-such-platform") == usual_hook_drop("douyin")


def test_a_beat_the_curve_ends_inside_is_judged_on_the_part_it_covers() -> None:
    """A curve that stops at 22 s (the platform cut it short) still reads the call to action fairly."""
    script = _script("en")
    base = script.base_variant
    curve = _typical(22)
    reading = read_curve(script, base, curve)
    assert all(abs(b.excess_per_second) < 0.005 for b in reading.losses if b.span.beat.kind is BeatKind.CTA)

"""Where viewers leave: a variant's retention curve read against its beats, in numbers and in words.

A curve is the share of viewers still watching at each whole second. Laid over the variant's
cut, the loss inside each beat per second, beyond what is usual there, says which beat loses
viewers fastest: every video loses a third of its viewers in the first 3 s (the platform's usual
hook drop), so the hook is named only when it loses more than that, and a cliff later on (a
20-point drop at 11 s) is named where it happens. After 3 s the usual pace is the curve's own
median loss a second. The share at 3 s judges the hook and the share at the end is the
completion. Two variants that differ in one beat are compared where that beat ends (the hook at
3 s): the cleanest reading of an A/B test.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from studio.models.entities import Script, Variant, VariantResult
from studio.models.enums import BeatKind
from studio.models.timeline import BeatSpan, TimedShot, beat_spans, cut, differing_beats, total_ds
from studio.models.vocab import beat_label
from studio.wording import say_in

#: The hook is judged at this second.
HOOK_S = 3.0

#: Share of viewers a video usually loses in its first 3 s, per platform (feed playbooks: about a
#: third scroll on; Reels viewers are quicker to swipe, Shorts and Channels viewers a little slower).
USUAL_HOOK_DROP = {
    "douyin": 0.35, "kuaishou": 0.35, "wechat_channels": 0.30,
    "tiktok": 0.35, "reels": 0.40, "shorts": 0.30,
}  # fmt: skip
DEFAULT_HOOK_DROP = 0.35
#: How the usual hook drop falls over the first three seconds: most who scroll on go in the first.
HOOK_PROFILE = (0.42, 0.33, 0.25)

#: A beat is named as losing viewers fastest only when it loses this much (share a second) beyond
#: the usual pace; below it the curve is as good as usual everywhere.
STANDS_OUT = 0.005


#: A second is named as the steepest only when it loses this much beyond the usual.
STEEP = 0.015


def usual_hook_drop(platform: str) -> float:
    """The share of viewers usually gone by 3 s on a platform (a preset's id; unknown ids get the default)."""
    return USUAL_HOOK_DROP.get(platform, DEFAULT_HOOK_DROP)


def _usual_pace(curve: list[float], end_s: float) -> float:
    """The curve's usual loss a second after the hook: the median, so one cliff does not raise it."""
    last = min(len(curve) - 1, int(end_s))
    drops = [curve[i] - curve[i + 1] for i in range(int(HOOK_S), last)]
    return max(0.0, statistics.median(drops)) if drops else 0.0


def _usual_loss(start_s: float, end_s: float, hook_drop: float, pace: float) -> float:
    """What a curve usually loses between two times: the hook drop over 0-3 s (front-loaded), then its pace."""
    hook = 0.0
    for second, part in enumerate(HOOK_PROFILE):
        inside = max(0.0, min(end_s, second + 1) - max(start_s, second))
        hook += hook_drop * part * inside
    in_hook = max(0.0, min(end_s, HOOK_S) - min(start_s, HOOK_S))
    return hook + pace * (end_s - start_s - in_hook)


def share_at(curve: list[float], seconds: float) -> float | None:
    """The curve at a time, linearly between whole seconds; None beyond its end or when empty."""
    if not curve or seconds < 0 or seconds > len(curve) - 1:
        return None
    i = int(seconds)
    if i >= len(curve) - 1:
        return curve[-1]
    frac = seconds - i
    return curve[i] + (curve[i + 1] - curve[i]) * frac


@dataclass(frozen=True)
class BeatLoss:
    """How many viewers a beat lost: points in all and points per second."""

    span: BeatSpan
    start_share: float
    end_share: float
    #: Share a curve usually loses over the beat's time (the hook drop in 0-3 s, the pace after).
    usual: float = 0.0

    @property
    def lost(self) -> float:
        """Share of all viewers lost inside the beat."""
        return self.start_share - self.end_share

    @property
    def per_second(self) -> float:
        """Share lost per second of the beat."""
        return self.lost / max(self.span.duration_ds / 10, 0.1)

    @property
    def usual_per_second(self) -> float:
        """Share a curve usually loses per second at this time of the video."""
        return self.usual / max(self.span.duration_ds / 10, 0.1)

    @property
    def excess_per_second(self) -> float:
        """Share lost per second beyond the usual: what the beat itself is to blame for."""
        return self.per_second - self.usual_per_second


@dataclass(frozen=True)
class CurveReading:
    """One variant's curve read against its cut."""

    variant: Variant
    curve: list[float]
    duration_s: float
    at_3s: float | None
    completion: float | None
    losses: list[BeatLoss]
    #: The second that loses the most viewers (its start) and the shot on screen then.
    steepest_s: int | None = None
    steepest_shot: TimedShot | None = None

    @property
    def worst(self) -> BeatLoss | None:
        """The beat that loses viewers fastest beyond the usual pace there; None when none stands out."""
        worst = max(self.losses, key=lambda b: b.excess_per_second, default=None)
        return worst if worst is not None and worst.excess_per_second >= STANDS_OUT else None


def read_curve(
    script: Script, variant: Variant, curve: list[float], hook_drop: float = DEFAULT_HOOK_DROP
) -> CurveReading:
    """A variant's 3-second retention, completion and the loss inside each beat against the usual.

    ``hook_drop`` is the share the platform usually loses by 3 s (:func:`usual_hook_drop`).
    """
    duration = total_ds(script, variant) / 10
    pace = _usual_pace(curve, duration)
    losses = []
    for span in beat_spans(script, variant):
        begin, finish = span.start_ds / 10, min(span.end_ds / 10, len(curve) - 1)
        start, end = share_at(curve, begin), share_at(curve, finish)
        if start is not None and end is not None and span.duration_ds > 0:
            # a beat the curve ends inside is measured (and expected) over the part it covers
            usual = _usual_loss(begin, max(begin, finish), hook_drop, pace)
            losses.append(BeatLoss(span, start, end, usual))
    end_share = share_at(curve, min(duration, len(curve) - 1)) if curve else None
    last = min(len(curve) - 1, int(duration))
    # the steepest second beyond the usual: the first seconds always lose the hook drop
    drops = (
        [(curve[i] - curve[i + 1] - _usual_loss(i, i + 1, hook_drop, pace), i) for i in range(last)]
        if curve
        else []
    )
    steepest = max(drops, default=None)
    if steepest is not None and steepest[0] < STEEP:
        steepest = None  # no second stands out: naming one would point at noise
    shot = None
    if steepest is not None:
        middle = (steepest[1] + 0.5) * 10
        shot = next((t for t in cut(script, variant) if t.start_ds <= middle < t.end_ds), None)
    return CurveReading(
        variant, curve, duration, share_at(curve, HOOK_S), end_share, losses,
        None if steepest is None else steepest[1], shot,
    )  # fmt: skip


def readings(script: Script, results: dict[str, VariantResult], platform: str = "") -> list[CurveReading]:
    """Every variant with an imported curve, in script order, read against the platform's usual hook drop."""
    hook_drop = usual_hook_drop(platform)
    return [
        read_curve(script, v, results[v.id].retention, hook_drop)
        for v in script.variants
        if v.id in results and results[v.id].retention
    ]


@dataclass(frozen=True)
class CurveDifference:
    """Two variants compared where their alternatives differ: share kept at the end of that beat."""

    variant: Variant
    beat_name: str
    alt_label: str
    control_alt_label: str
    at_s: float
    points: float


def differences(script: Script, reads: list[CurveReading], lang: str) -> list[CurveDifference]:
    """For each variant against the control: at the end of every beat they play differently."""
    control = next((r for r in reads if r.variant is script.base_variant), None)
    if control is None:
        return []
    out: list[CurveDifference] = []
    for reading in reads:
        if reading is control:
            continue
        mine = {s.beat.id: s for s in beat_spans(script, reading.variant)}
        theirs = {s.beat.id: s for s in beat_spans(script, control.variant)}
        for beat in differing_beats(script, control.variant, reading.variant):
            a, b = mine.get(beat.id), theirs.get(beat.id)
            if a is None or b is None:
                continue
            last_a, last_b = len(reading.curve) - 1, len(control.curve) - 1
            at_a = HOOK_S if beat.kind is BeatKind.HOOK else min(a.end_ds / 10, last_a)
            at_b = HOOK_S if beat.kind is BeatKind.HOOK else min(b.end_ds / 10, last_b)
            va, vb = share_at(reading.curve, at_a), share_at(control.curve, at_b)
            if va is None or vb is None:
                continue
            name = beat_label(beat.kind, beat.name, lang)
            out.append(
                CurveDifference(reading.variant, name, a.alt.label, b.alt.label, at_a, (va - vb) * 100)
            )
    return out


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f}%"


def _leaving(r: CurveReading, lang: str) -> str:
    """One variant's 3 s share, completion, the beat that loses viewers fastest beyond the usual, the steepest second."""
    head = say_in(
        lang, "retention.head", variant=r.variant.name, at_3s=_pct(r.at_3s), completion=_pct(r.completion)
    )
    worst = r.worst
    if worst is None:
        return head + say_in(lang, "retention.no_worst")
    beat = beat_label(worst.span.beat.kind, worst.span.beat.name, lang)
    text = say_in(lang, "retention.worst", beat=beat, alt=worst.span.alt.label, start=worst.span.start_ds / 10,
                  end=worst.span.end_ds / 10, rate=worst.per_second * 100, usual=worst.usual_per_second * 100)  # fmt: skip
    if r.steepest_s is not None and r.steepest_shot is not None:
        t = r.steepest_s
        text += say_in(lang, "retention.steepest", start=t, end=t + 1, code=r.steepest_shot.shot.code)
    return head + text


def sentences(script: Script, results: dict[str, VariantResult], lang: str, platform: str = "") -> list[str]:
    """Where each variant loses the most viewers, and how variants differ where their alternatives differ."""
    reads = readings(script, results, platform)
    out = [_leaving(r, lang) for r in reads]
    for d in differences(script, reads, lang):
        key = "retention.keeps_more" if d.points >= 0 else "retention.keeps_fewer"
        out.append(say_in(lang, key, variant=d.variant.name, beat=d.beat_name, alt=d.alt_label, at=d.at_s,
                          control_alt=d.control_alt_label, points=abs(d.points)))  # fmt: skip
    return out

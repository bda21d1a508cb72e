"""Where viewers leave: a variant's retention curve read against its beats, in numbers and in words.

A curve is the share of viewers still watching at each whole second. Laid over the variant's
cut, the loss inside each beat per second says which beat loses viewers fastest; the share at
3 s judges the hook and the share at the end is the completion. Two variants that differ in
one beat are compared where that beat ends (the hook at 3 s): the cleanest reading of an A/B test.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.models.entities import Script, Variant, VariantResult
from studio.models.enums import BeatKind
from studio.models.timeline import BeatSpan, TimedShot, beat_spans, cut, differing_beats, total_ds
from studio.models.vocab import beat_label

#: The hook is judged at this second.
HOOK_S = 3.0


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

    @property
    def lost(self) -> float:
        """Share of all viewers lost inside the beat."""
        return self.start_share - self.end_share

    @property
    def per_second(self) -> float:
        """Share lost per second of the beat."""
        return self.lost / max(self.span.duration_ds / 10, 0.1)


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
        """The beat that loses viewers fastest."""
        return max(self.losses, key=lambda b: b.per_second, default=None)


def read_curve(script: Script, variant: Variant, curve: list[float]) -> CurveReading:
    """A variant's 3-second retention, completion and the loss inside each beat."""
    duration = total_ds(script, variant) / 10
    losses = []
    for span in beat_spans(script, variant):
        start, end = (
            share_at(curve, span.start_ds / 10),
            share_at(curve, min(span.end_ds / 10, len(curve) - 1)),
        )
        if start is not None and end is not None and span.duration_ds > 0:
            losses.append(BeatLoss(span, start, end))
    end_share = share_at(curve, min(duration, len(curve) - 1)) if curve else None
    last = min(len(curve) - 1, int(duration))
    drops = [(curve[i] - curve[i + 1], i) for i in range(last)] if curve else []
    steepest = max(drops, default=None)
    shot = None
    if steepest is not None:
        middle = (steepest[1] + 0.5) * 10
        shot = next((t for t in cut(script, variant) if t.start_ds <= middle < t.end_ds), None)
    return CurveReading(
        variant, curve, duration, share_at(curve, HOOK_S), end_share, losses,
        None if steepest is None else steepest[1], shot,
    )  # fmt: skip


def readings(script: Script, results: dict[str, VariantResult]) -> list[CurveReading]:
    """Every variant with an imported curve, in script order."""
    return [
        read_curve(script, v, results[v.id].retention)
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


def sentences(script: Script, results: dict[str, VariantResult], lang: str) -> list[str]:
    """Where each variant loses the most viewers, and how variants differ where their alternatives differ."""
    reads = readings(script, results)
    out: list[str] = []
    for r in reads:
        worst = r.worst
        if worst is None:
            continue
        beat = beat_label(worst.span.beat.kind, worst.span.beat.name, lang)
        start, end = worst.span.start_ds / 10, worst.span.end_ds / 10
        rate = worst.per_second * 100
        steep = ""
        if r.steepest_s is not None and r.steepest_shot is not None:
            t, code = r.steepest_s, r.steepest_shot.shot.code
            steep = (f"最陡的一秒是 {t}–{t + 1} 秒（镜头 {code}）。" if lang == "zh"
                     else f" The steepest second is {t}–{t + 1} s, in shot {code}.")  # fmt: skip
        if lang == "zh":
            out.append(
                f"「{r.variant.name}」：3 秒留存 {_pct(r.at_3s)}，完播 {_pct(r.completion)}；"
                f"流失最快的是「{beat} {worst.span.alt.label}」（{start:g}–{end:g} 秒，每秒流失 {rate:.1f} 个百分点）。"
                + steep
            )
        else:
            out.append(
                f"“{r.variant.name}”: {_pct(r.at_3s)} still watching at 3 s, {_pct(r.completion)} at the end; "
                f"{beat} {worst.span.alt.label} ({start:g}–{end:g} s) loses viewers fastest, "
                f"{rate:.1f} points a second." + steep
            )
    for d in differences(script, reads, lang):
        more = d.points >= 0
        pts = abs(d.points)
        if lang == "zh":
            word = "多" if more else "少"
            out.append(
                f"「{d.variant.name}」的{d.beat_name} {d.alt_label}在 {d.at_s:g} 秒比对照组的{d.beat_name} "
                f"{d.control_alt_label}{word}留住 {pts:.0f} 个百分点的观众。"
            )
        else:
            word = "more" if more else "fewer"
            out.append(
                f"{d.beat_name} {d.alt_label} (“{d.variant.name}”) keeps {pts:.0f} points {word} viewers at "
                f"{d.at_s:g} s than the control's {d.beat_name} {d.control_alt_label}."
            )
    return out

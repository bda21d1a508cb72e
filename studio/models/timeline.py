"""Derived values: a variant's cut, start times, beat spans and totals. Never stored."""

from __future__ import annotations

from dataclasses import dataclass

from studio.models.entities import Alternative, Beat, Script, Shot, Variant


@dataclass(frozen=True)
class TimedShot:
    """A shot placed in a variant's cut."""

    index: int
    beat: Beat
    alt: Alternative
    shot: Shot
    start_ds: int
    end_ds: int


@dataclass(frozen=True)
class BeatSpan:
    """Where a beat sits in a variant's cut."""

    beat: Beat
    alt: Alternative
    start_ds: int
    end_ds: int

    @property
    def duration_ds(self) -> int:
        """Length of the span in tenths of a second."""
        return self.end_ds - self.start_ds


def chosen_alternative(variant: Variant, beat: Beat) -> Alternative:
    """The alternative a variant plays for a beat (its first when unset or stale)."""
    alt_id = variant.choices.get(beat.id)
    if alt_id is not None:
        alt = beat.alternative(alt_id)
        if alt is not None:
            return alt
    return beat.alternatives[0]


def beat_spans(script: Script, variant: Variant) -> list[BeatSpan]:
    """Each beat's chosen alternative with its start and end in the cut."""
    spans: list[BeatSpan] = []
    t = 0
    for beat in script.beats:
        if not beat.alternatives:
            continue
        alt = chosen_alternative(variant, beat)
        end = t + alt.duration_ds
        spans.append(BeatSpan(beat, alt, t, end))
        t = end
    return spans


def cut(script: Script, variant: Variant) -> list[TimedShot]:
    """The variant's shots in playing order with their start and end times."""
    timed: list[TimedShot] = []
    t = 0
    for span in beat_spans(script, variant):
        for shot in span.alt.shots:
            timed.append(TimedShot(len(timed), span.beat, span.alt, shot, t, t + shot.duration_ds))
            t += shot.duration_ds
    return timed


def total_ds(script: Script, variant: Variant) -> int:
    """Length of the variant's cut in tenths of a second."""
    return sum(span.duration_ds for span in beat_spans(script, variant))


def variants_using(script: Script, alt: Alternative, beat: Beat) -> list[Variant]:
    """The variants whose cut plays this alternative."""
    return [v for v in script.variants if chosen_alternative(v, beat) is alt]


@dataclass(frozen=True)
class UnionShot:
    """A shot of the shoot list with the variants that use it."""

    beat: Beat
    alt: Alternative
    shot: Shot
    variants: tuple[Variant, ...]


def union(script: Script) -> list[UnionShot]:
    """Every shot to film once, in script order, with the variants it appears in."""
    result: list[UnionShot] = []
    for beat in script.beats:
        for alt in beat.alternatives:
            users = tuple(variants_using(script, alt, beat))
            for shot in alt.shots:
                result.append(UnionShot(beat, alt, shot, users))
    return result


def differing_beats(script: Script, a: Variant, b: Variant) -> list[Beat]:
    """Beats where two variants play different alternatives."""
    return [
        beat
        for beat in script.beats
        if beat.alternatives and chosen_alternative(a, beat) is not chosen_alternative(b, beat)
    ]


def format_timecode(ds: int) -> str:
    """Tenths of a second as MM:SS.d (for example 00:03.5)."""
    minutes, rest = divmod(ds, 600)
    seconds, tenths = divmod(rest, 10)
    return f"{minutes:02d}:{seconds:02d}.{tenths}"


def format_seconds(ds: int) -> str:
    """Tenths of a second as seconds with one decimal (3.5)."""
    return f"{ds // 10}.{ds % 10}"

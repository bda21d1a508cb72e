"""Beats and rhythm of a torn-down video: the selling structure guessed from its words, and its profile."""

from __future__ import annotations

import math

from studio.guide.text.splitter import guess_beats
from studio.guide.text.textscan import has_directive, hook_devices
from studio.models.brief import Brief
from studio.models.enums import BeatKind
from studio.teardown.model import Profile, ShotCut, Sound, Teardown

#: The hook is the first three seconds (the platforms' own measure of a stopped scroll).
HOOK_SECONDS = 3.0
#: Window for "cuts per second over time".
RHYTHM_WINDOW = 5.0
#: Central band where a product's own label sits in a close-up (shares of the height).
LABEL_BAND = (0.25, 0.62)


def _text(shot: ShotCut) -> str:
    return " ".join(t for t in (shot.voiceover, shot.onscreen) if t)


def brief_cues(brief: Brief) -> dict[BeatKind, tuple[str, ...]]:
    """The brief's own words for pain, solution and proof: its pains, selling points and their evidence."""
    points = [p.point for p in brief.selling_points if p.point]
    evidence = [p.evidence for p in brief.selling_points if p.evidence]
    return {
        BeatKind.PAIN: tuple(w for w in brief.pains if w),
        BeatKind.SOLUTION: tuple(points),
        BeatKind.PROOF: tuple(evidence),
    }


def _heard(text: str, phrase: str) -> bool:
    """Whether ``text`` says ``phrase`` or its first few characters (brief words are longer than captions)."""
    phrase = phrase.strip().casefold()
    if not phrase:
        return False
    low = text.casefold()
    return phrase in low or (len(phrase) >= 4 and phrase[:4] in low)


def guess(shots: list[ShotCut], cues: dict[BeatKind, tuple[str, ...]] | None = None) -> None:
    """Set each shot's beat: the guide's beat guess, the brief's words (``cues``), the first 3 s as hook,
    closing directives as CTA."""
    if not shots:
        return
    lines = [_text(s) for s in shots]
    durations = [max(1, round(s.duration * 10)) for s in shots]
    kinds = guess_beats(lines, durations)
    for i, line in enumerate(lines):
        for kind, phrases in (cues or {}).items():
            if line and any(_heard(line, p) for p in phrases):
                kinds[i] = kind
                break
    order = [BeatKind.HOOK, BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.PROOF, BeatKind.CTA]
    for i, shot in enumerate(shots):
        if shot.start < HOOK_SECONDS - 1e-6:
            kinds[i] = BeatKind.HOOK
    # The call to action: from the first closing shot (last third) that tells the viewer to act.
    cta_from = next(
        (i for i, s in enumerate(shots) if s.start >= shots[-1].end * 0.6 and has_directive(_text(s))), None
    )
    if cta_from is not None:
        for i in range(cta_from, len(shots)):
            kinds[i] = BeatKind.CTA
    elif kinds[-1] is BeatKind.CTA and not has_directive(_text(shots[-1])):
        kinds[-1] = BeatKind.PROOF  # no directive seen: do not claim a call to action
    # Keep the order of the structure: a beat never comes back after a later one.
    level = 0
    for i, kind in enumerate(kinds):
        level = max(level, order.index(kind)) if kind in order else level
        kinds[i] = order[level]
    for shot, kind in zip(shots, kinds, strict=True):
        shot.beat = kind.value


def is_close_up(shot: ShotCut, product_words: tuple[str, ...] = ()) -> bool:
    """A product close-up, as far as pictures' words tell: the product's name, or a label held large mid-frame."""
    for line in shot.lines:
        if product_words and any(w and w.casefold() in line.text.casefold() for w in product_words):
            return True
        centre = (line.box[1] + line.box[3]) / 2
        if line.role == "onscreen" and LABEL_BAND[0] <= centre <= LABEL_BAND[1] and line.seen >= 2:
            return True
    return False


def _chars(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace() and ch not in "，。！？,.!?、：:；;“”\"'")


def profile(td: Teardown, product_words: tuple[str, ...] = (), tolerance: float = 0.1) -> Profile:
    """The rhythm figures of the teardown (shots, words and sound already filled)."""
    shots = td.shots
    p = Profile(duration=round(td.duration, 3), shot_count=len(shots), tempo=td.sound.tempo)
    if not shots:
        return p
    lengths = [s.duration for s in shots]
    cuts = td.cuts
    p.cuts_per_second = round(len(cuts) / td.duration, 3) if td.duration else 0.0
    windows = max(1, math.ceil(td.duration / RHYTHM_WINDOW))
    p.cuts_over_time = [
        round(sum(1 for c in cuts if k * RHYTHM_WINDOW <= c < (k + 1) * RHYTHM_WINDOW) / RHYTHM_WINDOW, 3)
        for k in range(windows)
    ]
    p.average_shot = round(sum(lengths) / len(lengths), 3)
    p.longest_shot = round(max(lengths), 3)
    p.shortest_shot = round(min(lengths), 3)
    hook = [s for s in shots if s.start < HOOK_SECONDS]
    p.hook_devices = sorted(hook_devices(*(_text(s) for s in hook if _text(s))))
    close = [s.start for s in shots if is_close_up(s, product_words)]
    for s in shots:
        s.closeness = 1.0 if s.start in close else 0.0
    if close:
        p.first_close_up = round(close[0], 3)
        if len(close) > 1:
            p.close_up_interval = round((close[-1] - close[0]) / (len(close) - 1), 3)
    p.caption_chars_per_second = round(sum(_chars(s.voiceover) for s in shots) / td.duration, 3)
    flags = _on_beat(td.sound, cuts, tolerance)
    for shot, flag in zip(shots[1:], flags, strict=True):
        shot.on_beat = flag
    if td.sound.beats and cuts:
        p.cuts_on_beat = sum(flags)
        p.cuts_on_beat_share = round(p.cuts_on_beat / len(cuts), 3)
    return p


def _on_beat(sound: Sound, cuts: list[float], tolerance: float) -> list[bool]:
    from studio.teardown.sound import on_beat

    return on_beat(cuts, sound.beats, tolerance)

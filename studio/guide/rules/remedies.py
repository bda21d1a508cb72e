"""More ways to fix timing findings than their rules propose: say less, move words on, trim what has room.

A voice-over too long for a hook shot cannot be fixed by a longer shot (the hook has its 3
seconds), and a hook over its limit cannot be fixed by trimming a shot whose line then no
longer fits. These candidates are tried, in order, after the rule's own fix; the judge in
:mod:`studio.guide.rules.vetting` offers the first that moves the script towards clean.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from studio.guide.findings import Bilingual, Edit, Finding, Fix, Severity
from studio.guide.messages import fix_label
from studio.guide.text.sayless import Fits, joined, say_less, split_line, without_fillers
from studio.models.entities import Alternative, Beat, Shot, Variant
from studio.models.enums import BeatKind
from studio.models.timeline import chosen_alternative

if TYPE_CHECKING:
    from studio.guide.checker import ScriptState
    from studio.guide.rules.vetting import Limits, Vetting

#: Shortest shot a fix makes, tenths.
MIN_SHOT_DS = 5
#: Longest shot the model takes, tenths.
MAX_SHOT_DS = 36000
_LIMITED = (BeatKind.HOOK, BeatKind.CTA)


def candidates(v: Vetting, state: ScriptState, finding: Finding) -> Iterator[Fix]:
    """Fixes to try after the rule's own, for the findings that have more than one remedy (made as asked)."""
    rule = finding.rule
    if rule in ("vo.too_long", "vo.breath"):
        placed = v.place(finding.location.shot_id)
        if placed is not None and placed[0].kind in _LIMITED:
            yield from _say_less(v, state, *placed, finding.severity)
    elif rule in ("hook.too_long", "cta.too_long"):
        yield from _shorten_beat(v, state, finding)


def advice(v: Vetting, state: ScriptState, finding: Finding, raw: Fix | None) -> Fix | None:
    """What a finding says when no edit passes: its rule's fix as advice, or to say less."""
    if finding.rule in ("vo.too_long", "vo.breath", "hook.too_long", "cta.too_long"):
        placed = v.place(finding.location.shot_id) if finding.location.shot_id else None
        if finding.rule.startswith("vo.") and (placed is None or placed[0].kind not in _LIMITED):
            return raw.advice() if raw is not None else None
        return Fix(fix_label("say_less_advice"))
    return raw.advice() if raw is not None and raw.applicable else raw


# --- how much room a shot has -------------------------------------------------------


def room(v: Vetting, state: ScriptState, beat: Beat, alt: Alternative, shot: Shot, rank: int) -> int:
    """The longest ``shot`` may be (tenths) without raising a finding of severity rank <= ``rank``.

    A hook or call to action over its limit leaves no more than brings it back under; a
    total or pace already over stays over whatever this shot does, so it sets no bound.
    """
    lim = v.limits(state)
    d = shot.duration_ds
    best = MAX_SHOT_DS
    if rank >= Severity.WARNING.rank:
        best = min(best, max(lim.long, d))
    for variant in v.players(state, beat, alt):
        tl = v.timeline(state, variant)
        k = tl.pos.get(alt.id)
        if k is None:
            continue
        if tl.hook >= 0 and k <= tl.hook:
            best = min(best, lim.hook - (tl.hook_end - d))
        if rank >= Severity.WARNING.rank:
            if k == tl.cta:
                best = min(best, lim.cta - (tl.durs[k] - d))
            if tl.total <= lim.high:
                best = min(best, lim.high - (tl.total - d))
            if tl.count and tl.total / tl.count <= lim.avg:
                best = min(best, int(lim.avg * tl.count) - (tl.total - d))
        if rank >= Severity.TIP.rank and tl.budgets[k] and tl.durs[k] <= tl.budgets[k]:
            best = min(best, tl.budgets[k] - (tl.durs[k] - d))
    return best


def _rooms(
    v: Vetting, state: ScriptState, beat: Beat, alt: Alternative, shot: Shot, severity: Severity
) -> list[int]:
    """The room raising nothing, then the room raising only findings lesser than ``severity``."""
    found = []
    for rank in (Severity.TIP.rank, severity.rank - 1):
        r = room(v, state, beat, alt, shot, rank)
        if r >= MIN_SHOT_DS and r not in found:
            found.append(r)
    return found


def _duration(lim: Limits, text: str, d: int, r: int) -> int:
    """The shot's new length for ``text``: as long as it was when that fits, else what the line needs."""
    need = max(lim.need_ds(text), MIN_SHOT_DS)
    return max(d, need) if d <= r else need


# --- say less ---------------------------------------------------------------------


def _say_less(
    v: Vetting, state: ScriptState, beat: Beat, alt: Alternative, shot: Shot, severity: Severity
) -> Iterator[Fix]:
    lim = v.limits(state)
    keys = v.key_words()
    text = shot.voiceover
    for r in _rooms(v, state, beat, alt, shot, severity):

        def fits(line: str, r: int = r) -> bool:
            return lim.need_ds(line) <= r

        short = say_less(text, fits, keys)
        if short is not None:
            yield _line_fix(lim, shot, short, r)
        if beat.kind is BeatKind.HOOK:
            moved = _move_rest(v, state, beat, alt, shot, fits, keys, r)
            if moved is not None:
                yield moved


def _line_fix(lim: Limits, shot: Shot, line: str, r: int) -> Fix:
    """Say ``line`` instead, the shot as long as it then needs (within ``r``)."""
    new = _duration(lim, line, shot.duration_ds, r)
    if new == shot.duration_ds:
        return Fix(fix_label("say_less", line=line), shot.id, "voiceover", line)
    label = fix_label("say_less_dur", line=line, dur=new / 10)
    return Fix(label, shot.id, "voiceover", line, ((shot.id, "duration_ds", new),))


def _next_shot(v: Vetting, state: ScriptState, beat: Beat, alt: Alternative) -> Shot | None:
    """The first shot after this beat in the cut of the first variant that plays ``alt``."""
    players = v.players(state, beat, alt)
    variant: Variant | None = next((p for p in players if p.is_base), players[0] if players else None)
    beats = state.script.beats
    for later in beats[beats.index(beat) + 1 :] if beat in beats else []:
        if not later.alternatives:
            continue
        nxt = chosen_alternative(variant, later) if variant is not None else later.alternatives[0]
        if nxt.shots:
            return nxt.shots[0]
    return None


def _move_rest(
    v: Vetting, state: ScriptState, beat: Beat, alt: Alternative, shot: Shot, fits: Fits,
    keys: tuple[str, ...], r: int,
) -> Fix | None:  # fmt: skip
    """Keep the head of the line in this shot and say the rest at the start of the next beat."""
    nxt = _next_shot(v, state, beat, alt)
    if nxt is None:
        return None
    text = shot.voiceover
    cut = split_line(without_fillers(text, keys), fits, keys) or split_line(text, fits, keys)
    if cut is None:
        return None
    head, rest = cut
    lim = v.limits(state)
    more: list[Edit] = []
    new = _duration(lim, head, shot.duration_ds, r)
    if new != shot.duration_ds:
        more.append((shot.id, "duration_ds", new))
    said = joined(rest, nxt.voiceover)
    more.append((nxt.id, "voiceover", said))
    need = lim.need_ds(said)
    if need > nxt.duration_ds:
        more.append((nxt.id, "duration_ds", min(need, MAX_SHOT_DS)))
    label = fix_label("move_rest", head=head, rest=rest, code=nxt.code or "→")
    return Fix(label, shot.id, "voiceover", head, tuple(more))


# --- a beat over its limit ---------------------------------------------------------------


def _shorten_beat(v: Vetting, state: ScriptState, finding: Finding) -> Iterator[Fix]:
    loc = finding.location
    variant = next((x for x in state.script.variants if x.id == loc.variant_id), None)
    beat = next((b for b in state.script.beats if b.id == loc.beat_id), None)
    if variant is None or beat is None:
        return
    alt = chosen_alternative(variant, beat)
    tl = v.timeline(state, variant)
    lim = v.limits(state)
    k = tl.pos.get(alt.id)
    if k is None or not alt.shots:
        return
    excess = tl.hook_end - lim.hook if finding.rule == "hook.too_long" else tl.durs[k] - lim.cta
    if excess <= 0:
        return
    trims = _slack_trims(lim, alt.shots, excess)
    if trims is not None:
        yield trims
    # The heaviest line says less, its shot taking only what the rest of the beat leaves.
    talker = max(alt.shots, key=lambda s: (lim.need_ds(s.voiceover), s.duration_ds))
    if talker.voiceover:
        r = talker.duration_ds - excess
        if r >= MIN_SHOT_DS:

            def fits(line: str) -> bool:
                return lim.need_ds(line) <= r

            short = say_less(talker.voiceover, fits, v.key_words())
            if short is not None:
                new = max(lim.need_ds(short), MIN_SHOT_DS)
                yield Fix(fix_label("say_less_dur", line=short, dur=new / 10), talker.id, "voiceover",
                          short, ((talker.id, "duration_ds", new),))  # fmt: skip
            if beat.kind is BeatKind.HOOK:
                moved = _move_rest(v, state, beat, alt, talker, fits, v.key_words(), r)
                if moved is not None:
                    yield moved


def _slack_trims(lim: Limits, shots: list[Shot], excess: int) -> Fix | None:
    """Trim shots by the time their lines do not need, roomiest first, until ``excess`` is gone."""
    edits: list[Edit] = []
    parts: list[Bilingual] = []
    for shot in sorted(
        shots, key=lambda s: s.duration_ds - max(lim.need_ds(s.voiceover), MIN_SHOT_DS), reverse=True
    ):
        slack = shot.duration_ds - max(lim.need_ds(shot.voiceover), MIN_SHOT_DS)
        if slack <= 0 or excess <= 0:
            break
        take = min(slack, excess)
        excess -= take
        new = shot.duration_ds - take
        edits.append((shot.id, "duration_ds", new))
        parts.append(fix_label("trim_item", code=shot.code, dur=new / 10))
    if excess > 0 or not edits:
        return None
    first = edits[0]
    if len(edits) == 1:
        shot = next(s for s in shots if s.id == first[0])
        return Fix(fix_label("trim", code=shot.code, dur=first[2] / 10), *first)
    return Fix(fix_label("trim_many", items=parts), *first, tuple(edits[1:]))

"""Fixes that converge: a fix is tried on a copy of what it touches before a finding offers it.

Applying a fix must leave the script closer to clean on every rule, not only its own. A fix is
offered when, counted over everything its edits can change (the edited shots, the variants
that play them, the brief's coverage of the script), it removes a finding of its own severity
and raises none of the same or a higher one; stretching a hook or call to action that is
already over its limit counts as raising one. So each applied fix lowers the script's
(errors, warnings, tips) in order, and applying fixes one after another ends, never coming
back to a script it has seen. A fix that raises nothing at all is preferred over one that
raises a lesser finding. When no candidate passes, the finding gives advice instead.

The judgement is made when a finding's fix is first read, against the checker's cached
results, and kept until the checker sees the project change. Edits that only change
durations (the most common fix: lengthen a shot to fit its voice-over) are judged on the
variants' timing alone, without re-running any rule.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from studio.guide.findings import Edit, Finding, Fix
from studio.guide.rules.shotrules import ShotResult, check_shots
from studio.guide.rules.thresholds import Thresholds
from studio.guide.rules.varrules import AltSummary, check_variant, summarize
from studio.guide.text.sayless import key_words
from studio.guide.text.textscan import speech_units
from studio.models import ops
from studio.models.entities import Alternative, Beat, Shot, Variant
from studio.models.enums import BeatKind
from studio.models.errors import ModelError
from studio.models.timeline import chosen_alternative

if TYPE_CHECKING:
    from studio.guide.checker import Checker, ScriptState

#: Findings counted by severity rank: [errors, warnings, tips].
Counts = list[int]
#: A fix raises nothing at all / only findings less severe than its own.
CLEAN, LOWER = 0, 1
#: Shot fields the brief's coverage reads (see briefcover.alt_key).
_BRIEF_FIELDS = frozenset({"voiceover", "onscreen_text", "visual", "tags", "code"})
#: Rules whose findings carry the reading time of their shot's voice-over.
_SPOKEN_RULES = frozenset({"vo.too_long", "vo.breath"})
#: Over-limit rules whose growing counts as a new finding, and their severity rank.
_STRETCH = {"hook.too_long": 0, "cta.too_long": 1}


def _count(findings: Iterable[Finding], into: Counts) -> None:
    for f in findings:
        into[f.severity.rank] += 1


@dataclass
class Timeline:
    """One variant's cut reduced to what the timing rules read (from the checker's summaries)."""

    #: Alternative id -> index of its span.
    pos: dict[str, int]
    durs: list[int]
    budgets: list[int]
    beats: list[Beat]
    hook: int
    hook_end: int
    cta: int
    total: int
    count: int
    #: Span index -> the timing rules' findings as the cut stands (filled as fixes are judged).
    base: dict[int, Counts] = field(default_factory=dict)


def timeline(script_beats: Sequence[Beat], variant: Variant, summaries: dict[str, AltSummary]) -> Timeline:
    """The spans of a variant's cut as check_variant sees them (empty alternatives leave no span)."""
    pos: dict[str, int] = {}
    durs: list[int] = []
    budgets: list[int] = []
    beats: list[Beat] = []
    hook = cta = -1
    count = 0
    for beat in script_beats:
        if not beat.alternatives:
            continue
        summary = summaries[chosen_alternative(variant, beat).id]
        if summary.count == 0:
            continue
        k = len(durs)
        pos[summary.alt.id] = k
        durs.append(summary.duration_ds)
        budgets.append(beat.budget_ds or 0)
        beats.append(beat)
        count += summary.count
        if beat.kind is BeatKind.HOOK and hook < 0:
            hook = k
        if beat.kind is BeatKind.CTA:
            cta = k
    hook_end = sum(durs[: hook + 1]) if hook >= 0 else 0
    return Timeline(pos, durs, budgets, beats, hook, hook_end, cta, sum(durs), count)


class Limits:
    """The timing limits of a script, in tenths."""

    def __init__(self, th: Thresholds) -> None:
        self.hook = round(th.hook_limit_s * 10)
        self.cta = round(th.cta_limit_s * 10)
        self.low = round(th.min_total_s * 10)
        self.high = round(th.max_total_s * 10)
        self.avg = th.avg_shot_s * 10 + 1e-9
        self.long = round(th.max_shot_s * 10)
        self.margin = round(th.breath_margin_s * 10)
        self.zh_cps, self.en_wps = th.zh_cps, th.en_wps

        self._spoken: dict[str, int] = {}

    def speak_ds(self, text: str) -> int:
        """Tenths of a second to say ``text`` (rounded up, as the voice-over rule does)."""
        known = self._spoken.get(text)
        if known is None:
            amount, unit = speech_units(text)
            speak = amount / (self.zh_cps if unit == "zh" else self.en_wps) if amount else 0.0
            known = self._spoken[text] = math.ceil(speak * 10 - 1e-9)
        return known

    def knows(self, text: str) -> bool:
        """Whether the reading time of ``text`` is known."""
        return text in self._spoken

    def know(self, text: str, speak_ds: int) -> None:
        """Remember the reading time of ``text`` (the voice-over rule measured it already)."""
        self._spoken[text] = speak_ds

    def need_ds(self, text: str) -> int:
        """Tenths of a second a shot needs for ``text``, breath included (0 for no text)."""
        return self.speak_ds(text) + self.margin if text else 0


def timing_counts(
    tl: Timeline, lim: Limits, deltas: dict[int, int], into: Counts, grown: bool = False
) -> None:
    """The timing rules' findings of a variant whose spans ``deltas`` changed by so many tenths.

    Only the rules a change of those spans can move are counted; ``grown``: this is the
    changed cut, where a hook or call to action already over its limit that grows counts twice.
    """
    shift = sum(deltas.values())
    for k, d in deltas.items():
        if tl.budgets[k] and tl.durs[k] + d > tl.budgets[k]:
            into[2] += 1
    if tl.hook >= 0 and min(deltas) <= tl.hook:
        end = tl.hook_end + sum([d for k, d in deltas.items() if k <= tl.hook])
        if end > lim.hook:
            into[0] += 1
            if grown and end > tl.hook_end and tl.hook_end > lim.hook:
                into[0] += 1
    if tl.cta in deltas:
        dur = tl.durs[tl.cta] + deltas[tl.cta]
        if dur > lim.cta:
            into[1] += 1
            if grown and dur > tl.durs[tl.cta] > lim.cta:
                into[1] += 1
    total = tl.total + shift
    if tl.count and total / tl.count > lim.avg:
        into[1] += 1
    if tl.durs and (total < lim.low or total > lim.high):
        into[1] += 1


def shot_timing(shot: Shot, duration_ds: int, lim: Limits, into: Counts) -> None:
    """The duration rules of one shot (voice-over fits, longest shot) at ``duration_ds``."""
    if shot.voiceover:
        speak = lim.speak_ds(shot.voiceover)  # kept by text: the same line is judged before and after
        if speak > duration_ds:
            into[0] += 1
        elif speak + lim.margin > duration_ds:
            into[1] += 1
    if duration_ds > lim.long:
        into[1] += 1


class Vetting:
    """The judge a :class:`~studio.guide.checker.Checker` gives its findings: which fix each may offer."""

    def __init__(self, checker: Checker) -> None:
        self.checker = checker
        #: Bumped whenever the checker's results change; answers are kept per version.
        self.version = 0
        #: Bumped when some cut's durations or shot counts change (or the structure does).
        self.timing = 0
        self._wide = False
        self._timelines: dict[tuple[str, str], Timeline] = {}
        self._limits: dict[str, Limits] = {}
        self._keys: tuple[int, tuple[str, ...]] | None = None
        self._plays: dict[tuple[str, str], dict[str, list[Timeline]]] = {}
        self._shots: dict[str, Shot] | None = None

    def changed(self, timing: bool = True) -> None:
        """The checker's results changed: judge again (``timing``: some cut's durations or shot counts too).

        A choice made on timing alone (the rule's own duration fix, clean) stays good until a
        cut's timing changes: typing in one shot does not make every other shot's fix be judged again.
        """
        self.version += 1
        if timing:
            self.timing += 1
            self._timelines.clear()
            self._limits.clear()
            self._plays.clear()
            self._shots = None

    # --- the Judge protocol ---------------------------------------------------------

    def offer(self, finding: Finding, raw: Fix | None) -> Fix | None:
        """The fix ``finding`` offers now (see the module docstring)."""
        self.checker.sync()
        d = finding.__dict__
        memo = d.get("_offer")
        if memo is not None and (memo[0] == self.version or (not memo[2] and memo[1] == self.timing)):
            return memo[3]  # type: ignore[no-any-return]
        self._wide = False
        fix = self._choose(finding, raw)
        d["_offer"] = (self.version, self.timing, self._wide, fix)
        return fix

    def settled(self, finding: Finding) -> bool:
        """Whether :meth:`offer` would answer ``finding`` from its kept judgement, without judging again."""
        self.checker.sync()
        memo = finding.__dict__.get("_offer")
        return memo is not None and (memo[0] == self.version or (not memo[2] and memo[1] == self.timing))

    def _choose(self, finding: Finding, raw: Fix | None) -> Fix | None:
        state = self.checker.state_of(finding.location.script_id)
        if state is None:
            return raw.advice() if raw is not None and raw.applicable else raw
        if finding.rule in _SPOKEN_RULES and finding.location.shot_id is not None:
            self._learn(state, finding)
        rank = finding.severity.rank
        lenient = None
        if raw is not None and raw.applicable:
            if raw.field == "duration_ds" and not raw.more and type(raw.value) is int and raw.value > 0:
                verdict = self._duration_verdict(state, raw.entity_id, raw.value, rank)  # most fixes: quick
            else:
                verdict = self.verdict(state, raw.edits, rank)
            if verdict == CLEAN:
                return raw
            lenient = raw if verdict == LOWER else None
        # From here on the choice reads the shots' words and the brief, not only the timing.
        self._wide = True
        tried = lenient is not None or (raw is not None and raw.applicable)
        for fix in remedies.candidates(self, state, finding):
            tried = True
            verdict = self.verdict(state, fix.edits, rank)
            if verdict == CLEAN:
                return fix
            if verdict == LOWER and lenient is None:
                lenient = fix
        if lenient is not None:
            return lenient
        return remedies.advice(self, state, finding, raw) if tried else raw

    def _learn(self, state: ScriptState, finding: Finding) -> None:
        """Take a current voice-over finding's reading time instead of measuring its line again."""
        shot_id = finding.location.shot_id
        assert shot_id is not None
        placed = self.place(shot_id)
        lim = self.limits(state)
        if placed is None or lim.knows(placed[2].voiceover):
            return
        cached = self.checker.cached(shot_id)
        if cached is not None and any(f is finding for f in cached.findings):
            lim.know(placed[2].voiceover, round(finding.args["speak"] * 10))

    def key_words(self) -> tuple[str, ...]:
        """The words a shortened line keeps (from the project and its brief), as of this version."""
        if self._keys is None or self._keys[0] != self.version:
            self._keys = (self.version, key_words(self.checker.project))
        return self._keys[1]

    # --- judging edits -------------------------------------------------------------

    def verdict(self, state: ScriptState, edits: Sequence[Edit], rank: int) -> int | None:
        """CLEAN, LOWER or None (refused) for edits fixing a finding of severity ``rank``."""
        counted = self.delta(state, edits)
        if counted is None:
            return None
        return _judge_counts(*counted, rank)

    def _duration_verdict(self, state: ScriptState, shot_id: str | None, new: int, rank: int) -> int | None:
        """:meth:`verdict` for one shot's new length (what most fixes are), straight from the cuts' timing."""
        placed = self.place(shot_id)
        if placed is None or shot_id is None or self.checker.where_script(shot_id) != state.script.id:
            return None
        _beat, alt, shot = placed
        lim = self.limits(state)
        before, after = [0, 0, 0], [0, 0, 0]
        shot_timing(shot, shot.duration_ds, lim, before)
        shot_timing(shot, new, lim, after)
        moved = new - shot.duration_ds
        for tl in self._played(state).get(alt.id, ()):
            k = tl.pos[alt.id]
            base = tl.base.get(k)
            if base is None:  # the same for every shot of the alternative: counted once
                base = tl.base[k] = [0, 0, 0]
                timing_counts(tl, lim, {k: 0}, base)
            before[0] += base[0]
            before[1] += base[1]
            before[2] += base[2]
            timing_counts(tl, lim, {k: moved}, after, grown=True)
        return _judge_counts(before, after, rank)

    def limits(self, state: ScriptState) -> Limits:
        """The script's limits in tenths."""
        lim = self._limits.get(state.script.id)
        if lim is None:
            lim = self._limits[state.script.id] = Limits(state.th)
        return lim

    def timeline(self, state: ScriptState, variant: Variant) -> Timeline:
        """A variant's cut as of the checker's results."""
        key = (state.script.id, variant.id)
        tl = self._timelines.get(key)
        if tl is None:
            tl = self._timelines[key] = timeline(state.script.beats, variant, state.summaries)
        return tl

    def place(self, shot_id: str | None) -> tuple[Beat, Alternative, Shot] | None:
        """Where a shot is (beat, alternative, the shot), as of the checker's last pass."""
        where = self.checker.where(shot_id) if shot_id else None
        if where is None:
            return None
        beat, alt = where
        if self._shots is None:
            self._shots = {
                s.id: s for script in self.checker.project.scripts for _b, _a, s in script.iter_shots()
            }
        shot = self._shots.get(shot_id) if shot_id else None
        return None if shot is None or not any(s is shot for s in alt.shots) else (beat, alt, shot)

    def players(self, state: ScriptState, beat: Beat, alt: Alternative) -> list[Variant]:
        """The script's variants that play ``alt``."""
        return [v for v in state.script.variants if chosen_alternative(v, beat) is alt]

    def delta(self, state: ScriptState, edits: Sequence[Edit]) -> tuple[Counts, Counts] | None:
        """Findings (by severity) before and after the edits, over all they can change; None when unjudgeable."""
        shots: dict[str, dict[str, Any]] = {}
        variants: dict[str, dict[str, Any]] = {}
        places: dict[str, tuple[Beat, Alternative, Shot]] = {}
        script_id = state.script.id
        for entity_id, name, value in edits:
            placed = places.get(entity_id) or self.place(entity_id)
            target: object | None = placed[2] if placed is not None else None
            if target is None or self.checker.where_script(entity_id) != script_id:
                target = next((v for v in state.script.variants if v.id == entity_id), None)
                if target is None:
                    return None
                bucket = variants
            else:
                assert placed is not None
                places[entity_id] = placed
                bucket = shots
            try:
                value = ops.coerce(target, name, value)
            except (ModelError, ValueError, TypeError):
                return None
            bucket.setdefault(entity_id, {})[name] = value
        if not shots and not variants:
            return None
        if not variants and all(len(ch) == 1 and "duration_ds" in ch for ch in shots.values()):
            return self._timing_delta(state, shots, places)
        return self._full_delta(state, shots, variants)

    def _played(self, state: ScriptState) -> dict[str, list[Timeline]]:
        """Alternative id -> the cuts (one per variant) that play it."""
        key = (state.script.id, "")
        played = self._plays.get(key)
        if played is None:
            played = self._plays[key] = {}
            for variant in state.script.variants:
                tl = self.timeline(state, variant)
                for alt_id in tl.pos:
                    played.setdefault(alt_id, []).append(tl)
        return played

    def _timing_delta(
        self,
        state: ScriptState,
        shots: dict[str, dict[str, Any]],
        places: dict[str, tuple[Beat, Alternative, Shot]],
    ) -> tuple[Counts, Counts]:
        lim = self.limits(state)
        before, after = [0, 0, 0], [0, 0, 0]
        moved: dict[str, int] = {}
        for shot_id, changes in shots.items():
            _beat, alt, shot = places[shot_id]
            new = changes["duration_ds"]
            shot_timing(shot, shot.duration_ds, lim, before)
            shot_timing(shot, new, lim, after)
            moved[alt.id] = moved.get(alt.id, 0) + new - shot.duration_ds
        played = self._played(state)
        cuts = {id(tl): tl for a in moved for tl in played.get(a, ())}
        for tl in cuts.values():
            deltas = {tl.pos[a]: d for a, d in moved.items() if a in tl.pos}
            timing_counts(tl, lim, dict.fromkeys(deltas, 0), before)
            timing_counts(tl, lim, deltas, after, grown=True)
        return before, after

    def _full_delta(
        self, state: ScriptState, shots: dict[str, dict[str, Any]], variants: dict[str, dict[str, Any]]
    ) -> tuple[Counts, Counts] | None:
        checker, script = self.checker, state.script
        self._wide = True
        before, after = [0, 0, 0], [0, 0, 0]
        alts: dict[str, tuple[Beat, Alternative]] = {}
        copies: dict[str, Alternative] = {}
        todo: list[tuple[Beat, Alternative, Shot]] = []
        brief = False
        for shot_id, changes in shots.items():
            placed = self.place(shot_id)
            assert placed is not None
            beat, alt, shot = placed
            new = copy.copy(shot)
            new.tags = list(shot.tags)
            for name, value in changes.items():
                setattr(new, name, value)
            brief = brief or not _BRIEF_FIELDS.isdisjoint(changes)
            twin = copies.get(alt.id)
            if twin is None:
                twin = copies[alt.id] = copy.copy(alt)
                twin.shots = list(alt.shots)
                alts[alt.id] = (beat, alt)
            twin.shots[[s.id for s in twin.shots].index(shot_id)] = new
            todo.append((beat, twin, new))
            _count(checker.result(shot_id).findings, before)
        made = dict(zip([s.id for _, _, s in todo], check_shots(script, state.th, todo), strict=True))
        for result in made.values():
            _count(result.findings, after)
        summaries = dict(state.summaries)
        moved = False
        for alt_id, twin in copies.items():
            results: list[ShotResult] = [made.get(s.id) or checker.result(s.id) for s in twin.shots]
            summaries[alt_id] = new_sum = summarize(twin, results)
            moved = moved or _facts(new_sum) != _facts(state.summaries[alt_id])
        rerun = {v.id: v for v in state.script.variants if v.id in variants}
        if moved:
            for beat, alt in alts.values():
                rerun.update((v.id, v) for v in self.players(state, beat, alt))
        lang = checker.project.language
        for variant in rerun.values():
            wanted = variants.get(variant.id)
            if wanted:
                if variant.is_base:
                    return None  # a copy would not be the base; no fix edits the base's own fields
                variant = copy.copy(variant)
                for name, value in wanted.items():
                    setattr(variant, name, value)
            old_findings = state.variant_findings.get(variant.id, [])
            _count(old_findings, before)
            new_findings = check_variant(script, variant, state.th, summaries, lang)
            _count(new_findings, after)
            _stretched(old_findings, new_findings, after)
        if brief:
            _count(state.brief, before)
            changed = [(alts[a][0], twin) for a, twin in copies.items()]
            _count(checker.coverage_preview(script, changed), after)
        return before, after


def _judge_counts(before: Counts, after: Counts, rank: int) -> int | None:
    """CLEAN, LOWER or None from the findings' counts before and after a fix of severity ``rank``."""
    if after[rank] >= before[rank] or (
        rank and (after[0] > before[0] or (rank > 1 and after[1] > before[1]))
    ):
        return None
    return CLEAN if after[0] <= before[0] and after[1] <= before[1] and after[2] <= before[2] else LOWER


def _facts(s: AltSummary) -> tuple[object, ...]:
    """What the variant rules read of an alternative's summary."""
    return (s.duration_ds, s.count, s.tags, s.devices, s.says_directive, s.shows_directive, s.marked)


def _stretched(old: list[Finding], new: list[Finding], into: Counts) -> None:
    """A hook or call to action already over its limit that grows counts as one more finding."""
    was = {f.rule: f.args["dur"] for f in old if f.rule in _STRETCH}
    for f in new:
        if f.rule in _STRETCH and f.rule in was and f.args["dur"] > was[f.rule]:
            into[_STRETCH[f.rule]] += 1


# Imported last: the candidates read this module's Limits and Vetting.
from studio.guide.rules import remedies  # noqa: E402

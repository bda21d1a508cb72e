"""Run the guide over a project: a one-shot function and an incremental checker for the UI.

The :class:`Checker` caches each shot's result keyed by the shot's content and
each alternative's summary; after an edit to one shot it re-checks only that shot,
refolds its alternative and re-runs the variant rules of the variants that play it.
A full pass scans the word lists of every changed shot in one search.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter

from studio.guide.brief.needs import check_needs
from studio.guide.findings import Finding
from studio.guide.rules import thresholds as thresholds_mod
from studio.guide.rules.briefcover import BriefCoverage
from studio.guide.rules.shotrules import ShotResult, check_shot, check_shots, shot_key, text_fields
from studio.guide.rules.thresholds import Thresholds
from studio.guide.rules.varrules import AltSummary, check_variant, summarize
from studio.guide.rules.vetting import Vetting
from studio.models.changes import Op
from studio.models.entities import Alternative, Beat, Change, Project, Script, Shot, Variant
from studio.models.errors import NotFoundError
from studio.models.timeline import chosen_alternative

log = logging.getLogger(__name__)
#: A shot result's findings.
_FINDINGS = itemgetter(0)


@dataclass
class _ScriptState:
    script: Script
    th_key: tuple[object, ...]
    th: Thresholds
    summaries: dict[str, AltSummary] = field(default_factory=dict)
    variant_findings: dict[str, list[Finding]] = field(default_factory=dict)
    #: The script's coverage findings against the brief (every variant).
    brief: list[Finding] = field(default_factory=list)


#: What the checker knows of one script, as the fixes' judge reads it.
ScriptState = _ScriptState


def _judged(findings: Iterable[Finding], judge: Vetting) -> None:
    """Hand findings to the judge that picks their fixes (their rule's fix becomes a proposal)."""
    for f in findings:
        d = f.__dict__
        if "_judge" not in d:
            if "fix" in d:
                d["_raw"] = d.pop("fix")
            d["_judge"] = judge


_pause_lock = threading.Lock()
_pauses = 0
_paused_by_us = False


@contextmanager
def collections_paused() -> Iterator[None]:
    """No cyclic garbage collection while a full pass runs (from any thread; nested and concurrent passes count).

    A pass makes thousands of objects that all live on (results, findings); each collection meanwhile
    walks every object of the open project, which at 5,000 shots doubled the pass. Collection resumes
    when the last pass is over.
    """
    global _pauses, _paused_by_us
    with _pause_lock:
        _pauses += 1
        if _pauses == 1 and gc.isenabled():
            gc.disable()
            _paused_by_us = True
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _paused_by_us:
                _paused_by_us = False
                # No gc.freeze()/unfreeze() here to skip the young collection after the pass: it moves
                # every object of the process, Qt's wrappers too, to the oldest generation, and a later
                # full collection then crashed the test process (segfault in the guide's review and
                # translation tests run in one process); 7 ms of a 5,000-shot pass is not worth that.
                gc.enable()


class Checker:
    """Keeps the guide's findings for a project up to date, doing as little work as each edit needs."""

    def __init__(self, project: Project) -> None:
        self.project = project
        #: shot id -> what its cached result was worked out from (see shot_key), and that result.
        self._keys: dict[str, tuple[object, ...]] = {}
        self._results: dict[str, ShotResult] = {}
        #: shot id -> (script id, beat, alternative) as of the last full pass.
        self._where: dict[str, tuple[str, Beat, Alternative]] = {}
        self._scripts: dict[str, _ScriptState] = {}
        self._coverage = BriefCoverage()
        self._dirty_all = True
        self._dirty_shots: set[str] = set()
        self._attached = False
        #: Chooses each finding's fix so that applying fixes converges (see studio.guide.rules.vetting).
        self.vetting = Vetting(self)
        #: Whether the last incremental pass changed some alternative's length or shot count.
        self._timing_moved = True

    # --- following the document ---------------------------------------------------

    def attach(self) -> None:
        """Listen to the project's changes so :meth:`check` knows what to redo."""
        if not self._attached:
            self.project.listeners.append(self.on_change)
            self._attached = True

    def detach(self) -> None:
        """Stop listening to the project."""
        if self._attached:
            self.project.listeners.remove(self.on_change)
            self._attached = False

    def on_change(self, change: Change) -> None:
        """Note what an edit touched: one shot's fields, or the structure."""
        if change.op is Op.SET and isinstance(change.target, Shot):
            self._dirty_shots.add(change.target.id)
        else:
            self._dirty_all = True

    def needs_full_pass(self) -> bool:
        """Whether the next check redoes the whole project (the structure changed), not only edited shots."""
        return self._dirty_all or len(self._scripts) != len(self.project.scripts)

    def invalidate(self) -> None:
        """Redo everything on the next check (cached shot results are still reused)."""
        self._dirty_all = True

    # --- checking ---------------------------------------------------------------

    def check(
        self, script: Script | str | None = None, variant: Variant | str | None = None
    ) -> list[Finding]:
        """Current findings for the project, one script, or one variant of a script.

        Variant-level findings carry the variant's id; shot findings carry none and
        are included for the shots the selected variant plays (every shot when no
        variant is given).
        """
        self._refresh()
        scripts = self.project.scripts if script is None else [self._script(script)]
        result: list[Finding] = []
        for s in scripts:
            state = self._scripts[s.id]
            if variant is None:
                for v in s.variants:
                    result.extend(state.variant_findings.get(v.id, ()))
                for beat in s.beats:
                    for alt in beat.alternatives:
                        result.extend(state.summaries[alt.id].findings)
            else:
                v = self._variant(s, variant)
                result.extend(state.variant_findings.get(v.id, ()))
                for beat in s.beats:
                    if beat.alternatives:
                        result.extend(state.summaries[chosen_alternative(v, beat).id].findings)
            result.extend(self._brief_findings(s, None if variant is None else self._variant(s, variant)))
            result.extend(check_needs(self.project, s))
        return result

    def _brief_findings(self, script: Script, variant: Variant | None) -> list[Finding]:
        """Coverage against the brief, for the script or only what one variant plays."""
        found = self._scripts[script.id].brief
        if variant is None:
            return found
        played = {chosen_alternative(variant, b).id for b in script.beats if b.alternatives}
        return [
            f
            for f in found
            if f.location.variant_id == variant.id
            or (f.location.variant_id is None and (f.location.alt_id is None or f.location.alt_id in played))
        ]

    def thresholds(self, script: Script | None = None) -> Thresholds:
        """The limits in force for a script (the first when not given)."""
        script = script or (self.project.scripts[0] if self.project.scripts else None)
        return thresholds_mod.resolve(self.project, script)

    def _script(self, key: Script | str) -> Script:
        if isinstance(key, Script):
            return key
        return self.project.script(key)

    @staticmethod
    def _variant(script: Script, key: Variant | str) -> Variant:
        if isinstance(key, Variant):
            return key
        found = script.variant(key)
        if found is None:
            raise NotFoundError("variant", key)
        return found

    def _refresh(self) -> None:
        if not self._dirty_all and self._dirty_shots and self._incremental():
            self._dirty_shots.clear()
            self.vetting.changed(self._timing_moved)
            return
        if self._dirty_all or self._dirty_shots or len(self._scripts) != len(self.project.scripts):
            with collections_paused():
                self._full()
            self._dirty_all = False
            self._dirty_shots.clear()
            self.vetting.changed()

    # --- what the fixes' judge reads ---------------------------------------------------

    def sync(self) -> None:
        """Bring the cached results up to date with the edits heard so far."""
        if self._dirty_all or self._dirty_shots or len(self._scripts) != len(self.project.scripts):
            self._refresh()

    def state_of(self, script_id: str | None) -> _ScriptState | None:
        """The cached results of a script, or None."""
        return self._scripts.get(script_id) if script_id is not None else None

    def where(self, shot_id: str) -> tuple[Beat, Alternative] | None:
        """The beat and alternative of a shot as of the last pass, or None."""
        place = self._where.get(shot_id)
        return None if place is None else (place[1], place[2])

    def where_script(self, shot_id: str) -> str | None:
        """The id of the script a shot was in at the last pass, or None."""
        place = self._where.get(shot_id)
        return None if place is None else place[0]

    def result(self, shot_id: str) -> ShotResult:
        """A shot's cached result."""
        return self._results[shot_id]

    def cached(self, shot_id: str) -> ShotResult | None:
        """A shot's cached result, or None."""
        return self._results.get(shot_id)

    def coverage_preview(self, script: Script, changed: list[tuple[Beat, Alternative]]) -> list[Finding]:
        """The brief's coverage findings of ``script`` if these alternatives were as given (nothing is kept)."""
        return self._coverage.preview(self.project, script, changed)

    def _state(self, script: Script) -> _ScriptState:
        key = thresholds_mod.key(self.project, script)
        state = self._scripts.get(script.id)
        if state is not None and state.th_key == key and state.script is script:
            return state
        th = thresholds_mod.resolve(self.project, script)
        if state is not None and state.th != th:
            # New limits change every shot's result: drop this script's cached shots.
            for beat in script.beats:
                for alt in beat.alternatives:
                    for shot in alt.shots:
                        self._keys.pop(shot.id, None)
                        self._results.pop(shot.id, None)
        state = _ScriptState(script, key, th)
        self._scripts[script.id] = state
        return state

    def _full(self) -> None:
        where: dict[str, tuple[str, Beat, Alternative]] = {}
        scripts: dict[str, _ScriptState] = {}
        keys, results = self._keys, self._results
        # Shots with the same tags share one set of them (in their keys and results).
        tag_sets: dict[frozenset[str], frozenset[str]] = {}
        for script in self.project.scripts:
            state = self._state(script)
            th = state.th
            # Shots whose content changed, found first so their word lists are scanned in one pass.
            todo: list[tuple[Beat, Alternative, Shot]] = []
            todo_ids: list[str] = []
            todo_keys: list[tuple[object, ...]] = []
            rows: list[tuple[str, ...]] = []
            sets: list[frozenset[str]] = []
            for beat in script.beats:
                for alt in beat.alternatives:
                    place = (script.id, beat, alt)
                    for shot in alt.shots:
                        shot_id = shot.id
                        tags = frozenset(shot.tags)
                        tags = tag_sets.setdefault(tags, tags)
                        key = shot_key(shot, beat, alt, tags)
                        if keys.get(shot_id) != key:
                            todo.append((beat, alt, shot))
                            todo_ids.append(shot_id)
                            todo_keys.append(key)
                            rows.append(text_fields(shot))  # while the shot is at hand
                            sets.append(tags)
                        where[shot_id] = place
            done = check_shots(script, th, todo, rows, sets)
            judge = self.vetting
            keys.update(zip(todo_ids, todo_keys, strict=True))
            results.update(zip(todo_ids, done, strict=True))
            _judged(chain.from_iterable(map(_FINDINGS, done)), judge)
            state.summaries = {
                alt.id: summarize(alt, [results[shot.id] for shot in alt.shots])
                for beat in script.beats
                for alt in beat.alternatives
            }
            state.variant_findings = {
                v.id: check_variant(script, v, th, state.summaries, self.project.language)
                for v in script.variants
            }
            state.brief = self._coverage.findings(self.project, script)
            for found in state.variant_findings.values():
                _judged(found, judge)
            _judged(state.brief, judge)
            scripts[script.id] = state
        self._coverage.keep(scripts)
        if len(keys) > len(where):  # every shot in ``where`` has a result: more means some are gone
            for gone in keys.keys() - where.keys():
                del keys[gone]
                del results[gone]
        self._where = where
        self._scripts = scripts

    def _incremental(self) -> bool:
        """Re-check only the dirty shots; False when the structure moved under us."""
        self._timing_moved = False
        touched: dict[str, tuple[_ScriptState, dict[str, tuple[Beat, Alternative]]]] = {}
        for shot_id in self._dirty_shots:
            place = self._where.get(shot_id)
            if place is None:
                return False
            script_id, beat, alt = place
            state = self._scripts.get(script_id)
            if state is None or thresholds_mod.key(self.project, state.script) != state.th_key:
                return False
            if not any(s.id == shot_id for s in alt.shots):
                return False
            touched.setdefault(script_id, (state, {}))[1][alt.id] = (beat, alt)
        for state, alts in touched.values():
            for beat, alt in alts.values():
                was = state.summaries.get(alt.id)
                now = state.summaries[alt.id] = self._resummarize(state.script, beat, alt, state.th)
                if was is None or (was.duration_ds, was.count) != (now.duration_ds, now.count):
                    self._timing_moved = True
            # A variant's findings read only the alternatives it plays: the others keep theirs.
            for v in state.script.variants:
                if v.id not in state.variant_findings or any(
                    chosen_alternative(v, beat) is alt for beat, alt in alts.values()
                ):
                    state.variant_findings[v.id] = found = check_variant(
                        state.script, v, state.th, state.summaries, self.project.language
                    )
                    _judged(found, self.vetting)
            state.brief = self._coverage.findings(self.project, state.script, alts.values())
            _judged(state.brief, self.vetting)
        return True

    def _resummarize(self, script: Script, beat: Beat, alt: Alternative, th: Thresholds) -> AltSummary:
        results = []
        keys, cache = self._keys, self._results
        for shot in alt.shots:
            shot_id = shot.id
            result = cache.get(shot_id)
            if result is None or shot_id in self._dirty_shots:
                key = shot_key(shot, beat, alt)
                if result is None or keys.get(shot_id) != key:
                    result = cache[shot_id] = check_shot(script, beat, alt, shot, th)
                    keys[shot_id] = key
                    _judged(result.findings, self.vetting)
            results.append(result)
        return summarize(alt, results)


def check_project(
    project: Project, script: Script | str | None = None, variant: Variant | str | None = None
) -> list[Finding]:
    """Every finding for a project, a script or one variant (see :meth:`Checker.check`)."""
    return Checker(project).check(script, variant)

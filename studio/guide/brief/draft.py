"""Draft from brief: a first complete script for a template, written from the project's brief.

Rule-based and deterministic: the template gives the beats, shots and visuals; the brief gives the
words (:mod:`studio.guide.brief.draftlines`: a different part of the brief for each beat). Hooks come in
two or three alternatives with different hook devices, the call to action in two, and the
variants each change one of them against the base: a ready A/B plan.

Time comes first: every beat gets its share of the brief's length (the hook and the call to
action their limits, the middle beats the rest in proportion to the template's budgets, a beat's
budget raised when the brief asks for a longer video), and says only as much as fits that share
at the project's speech rate. Every alternative of a beat lasts exactly its share, so every
variant runs the brief's length.
"""

from __future__ import annotations

import copy
import math
import re
from typing import Any

from studio.guide.brief.brieffill import fill, slot_values
from studio.guide.brief.draftlines import Line, Pools, lines_for, sayable
from studio.guide.brief.libraries import devices, entries
from studio.guide.brief.templates import get_template, script_from_template
from studio.guide.rules import thresholds as thresholds_mod
from studio.guide.rules.statements import complete_statements, context_of
from studio.guide.text.textscan import caption_width, speech_seconds
from studio.models.codes import next_code
from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.models.enums import BeatKind, ShotSize, ShotTag, TestVariable
from studio.wording import LANGUAGES, say_in

#: Words around the brief's own, per language.
_CLAUSE = re.compile(r"(?<=[，。！？；：,.!?;:])\s*")
#: Tags a template shot loses when the draft rewrites it (the draft places its own).
_PLACED = {"key_point", "badge"}
#: Tags that say what a shot shows: a shooting note from the brief replaces them.
_SHOWN = {"product_close_up", "usage_scene", "reaction", "testimonial", "demo", "visual_impact"}
#: Tags of a template shot whose silent glimpse a draft keeps (three-frequency resonance needs a human).
_REACTION = frozenset({"reaction", "testimonial"})
#: A note asking for a close-up.
_CLOSE = re.compile(r"特写|close[- ]?up", re.IGNORECASE)
#: The shortest shot the draft cuts (tenths of a second): fast cuts run 0.5-1 s.
MIN_SHOT_DS = 5
#: The beats whose lines come from the libraries (hook and close), written before the middle.
_ENDS = (BeatKind.HOOK, BeatKind.CTA)
#: The part a beat plays when its template names none.
_ROLE_OF = {BeatKind.PAIN: "pain", BeatKind.SOLUTION: "solution", BeatKind.PROOF: "evidence"}


def _clauses(text: str, parts: int) -> list[str]:
    """A line cut at its clause marks into at most ``parts`` pieces."""
    pieces = [p for p in _CLAUSE.split(text) if p.strip()]
    if len(pieces) <= parts:
        return pieces
    size = math.ceil(len(pieces) / parts)
    joiner = "" if project_is_zh(text) else " "
    return [joiner.join(pieces[i : i + size]) for i in range(0, len(pieces), size)]


def project_is_zh(text: str) -> bool:
    """Whether a line is written in Chinese (its clauses join without spaces)."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


class _Writer:
    """Lays lines on one template's shots, each beat's alternative filling exactly its share of time."""

    def __init__(self, project: Project, script: Script) -> None:
        self.project, self.script = project, script
        self.lang = project.language if project.language in LANGUAGES else "zh"
        self.th = thresholds_mod.resolve(project, script)
        self.caption_limit = self.th.caption_chars_zh if self.lang == "zh" else self.th.caption_chars_en
        self.most = round(self.th.max_shot_s * 10)
        self.pace = round(self.th.avg_shot_s * 10)

    def need_ds(self, vo: str) -> int:
        """Tenths of a second a line needs, breath included (0 for none), by the guide's own speech rates."""
        if not vo.strip():
            return 0
        speak, _amount, _unit = speech_seconds(vo, self.th.zh_cps, self.th.en_wps)
        return math.ceil(speak * 10 - 1e-9) + round(self.th.breath_margin_s * 10)

    def floor(self, line: Line) -> int:
        """The shortest shot a line can have."""
        return max(self.need_ds(line.vo), MIN_SHOT_DS)

    def fits(self, caption: str) -> bool:
        """Whether a caption fits one line inside the safe area."""
        return caption_width(caption, self.lang == "zh") <= self.caption_limit

    def _groups(self, lines: list[Line]) -> list[list[Line]]:
        """Each line as the shots it needs: one, or several cut at its clauses when it is too long for one."""
        groups = []
        for line in lines:
            if self.need_ds(line.vo) <= self.most:
                groups.append([line])
                continue
            parts = _clauses(line.vo, 8)
            head, *rest = parts or [line.vo]
            groups.append([Line(head, line.onscreen, line.tags, line.visual, line.shorter),
                           *(Line(p, "", line.tags) for p in rest)])  # fmt: skip
        return groups

    def choose(self, lines: list[Line], share: int) -> list[Line]:
        """The lines that can be said within ``share`` tenths, best first. When none fits whole, the
        start of the first (as many clauses as fit): a beat is never left without words."""
        chosen: list[Line] = []
        used = 0
        groups = self._groups(lines)
        for group in groups:
            for option in [group, *([s] for s in group[0].shorter)]:
                need = sum(self.floor(line) for line in option)
                if used + need <= share:
                    chosen += option
                    used += need
                    break
        if not chosen and groups:
            for line in groups[0]:
                if chosen and used + self.floor(line) > share:
                    break
                if self.floor(line) > share:  # too long to say here at all: shown instead of said
                    line = Line("", line.onscreen, line.tags, f"{line.visual} {line.vo}".strip())
                chosen.append(line)
                used += self.floor(line)
        return chosen

    def lay(self, alt: Alternative, lines: list[Line], share: int) -> None:
        """Put the lines that fit on the alternative's shots and time them to fill ``share`` exactly."""
        template = alt.shots or [Shot()]
        # a template's reaction shot (the human in three-frequency resonance) keeps a glimpse of time
        keep = [k for k in range(1, len(template)) if not _REACTION.isdisjoint(template[k].tags)]
        reserve = MIN_SHOT_DS * len(keep)
        rows = self.choose(lines, share)
        if reserve and share - reserve >= MIN_SHOT_DS:  # ... unless that would cost a line its words
            kept = self.choose(lines, share - reserve)
            if sum(bool(r.vo) for r in kept) >= sum(bool(r.vo) for r in rows):
                rows = kept
        shots, floors = [], []
        at = 0  # the next template shot; a shooting note is a shot of its own and leaves it for the next line
        for line in rows:
            if line.visual and not line.vo:
                shots.append(self._shot(template[0], line))
            else:
                shots.append(self._shot(template[min(at, len(template) - 1)], line))
                at += 1
            floors.append(self.floor(line))
        # silent shots show the template's visuals: its reaction shots first, then the rest in order,
        # enough for the template's pace and its longest shot
        spare = [k for k in keep if k >= at] + [k for k in range(at, len(template)) if k not in keep]
        count = max(len(rows), math.ceil(share / max(self.pace, 1)), math.ceil(share / max(self.most, 1)), 1)
        count = max(count, len(rows) + len([k for k in keep if k >= at]))
        while len(shots) < count and sum(floors) + MIN_SHOT_DS <= share:
            k = spare.pop(0) if spare else len(template) - 1
            shots.append(self._shot(template[k], Line("")))
            floors.append(MIN_SHOT_DS)
        for shot, floor in zip(shots, floors, strict=True):
            shot.duration_ds = floor
        slack = share - sum(floors)
        while slack > 0:
            open_ = [s for s in shots if s.duration_ds < self.most]
            if not open_:  # every shot at the longest: one more silent shot takes the rest
                shots.append(self._shot(template[-1], Line("")))
                shots[-1].duration_ds = 0
                continue
            min(open_, key=lambda s: s.duration_ds).duration_ds += 1
            slack -= 1
        alt.shots = shots

    def _shot(self, template: Shot, line: Line) -> Shot:
        shot = copy.deepcopy(template)
        shot.id, shot.code = Shot().id, ""
        shot.voiceover = line.vo
        shot.onscreen_text = line.onscreen if self.fits(line.onscreen) else ""
        shot.tags = list(dict.fromkeys([*(t for t in shot.tags if t not in _PLACED), *line.tags]))
        if line.visual and not line.vo:
            # a shooting note from the brief is the shot: what the camera shows (never said), and
            # what it shows is the note's, not the template shot's (a reaction shot's tags would lie)
            shot.visual = line.visual
            shot.tags = [t for t in shot.tags if t not in _SHOWN] + [
                t for t in line.tags if t not in shot.tags
            ]
            if _CLOSE.search(line.visual):
                shot.shot_size = ShotSize.CLOSE_UP
                shot.tags.append(ShotTag.PRODUCT_CLOSE_UP.value)
        elif line.visual:  # a bracketed aside: said without it, shown with it
            shot.visual = f"{shot.visual} {line.visual}".strip()
        return shot


def draft_from_brief(project: Project, template_id: str = "") -> Script:
    """A complete first script for the template (the script's own, else the default) from the brief."""
    from studio.guide.brief.templates import DEFAULT_TEMPLATE

    tpl = get_template(template_id or DEFAULT_TEMPLATE)
    lang = project.language if project.language in LANGUAGES else "zh"
    script = script_from_template(tpl, lang, examples=True)
    w = _Writer(project, script)
    values = slot_values(project)
    for slot in ("evidence", "compared"):  # hooks and closes say them: never a shooting note, never an aside
        values[slot] = sayable(values[slot])[0]
    pools = Pools.of(project.brief, lang)
    shares = allotments(w, script, project.brief.target_s)
    # the hook and the close first: the middle beats then never repeat a line of theirs
    pairs = sorted(zip(script.beats, tpl.beats, strict=True), key=lambda p: p[0].kind not in _ENDS)
    for beat, spec in pairs:
        _fill_beat(w, beat, spec, pools, values, shares[beat.id])
        if beat.kind in _ENDS:
            for _alt, shot in ((a, s) for a in beat.alternatives for s in a.shots):
                pools.heard(shot.voiceover)
    for beat in script.beats:
        for alt in beat.alternatives:
            for shot in alt.shots:
                shot.code = shot.code or next_code(script, beat, alt)
    _variants(w, script)
    complete_statements(script, context_of(project), project.platform, lang)
    return script


def allotments(w: _Writer, script: Script, target_s: int) -> dict[str, int]:
    """Each beat's share of the brief's length in tenths: the hook and the call to action their limits,
    the middle beats the rest in proportion to their budgets (a budget is raised to its share when the
    brief asks for more time than the template plans)."""
    limits = {BeatKind.HOOK: round(w.th.hook_limit_s * 10), BeatKind.CTA: round(w.th.cta_limit_s * 10)}
    shares: dict[str, int] = {}
    middle = []
    for beat in script.beats:
        if beat.kind in limits:
            shares[beat.id] = min(beat.budget_ds or limits[beat.kind], limits[beat.kind])
        else:
            middle.append(beat)
    budgets = [b.budget_ds or sum(s.duration_ds for s in b.alternatives[0].shots) or 50 for b in middle]
    target = target_s * 10 if target_s > 0 else sum(shares.values()) + sum(budgets)
    room = max(target - sum(shares.values()), MIN_SHOT_DS * len(middle))
    whole = sum(budgets) or 1
    exact = [room * b / whole for b in budgets]
    parts = [math.floor(x) for x in exact]
    # largest remainders first, so the shares add up to the room exactly
    for i in sorted(range(len(parts)), key=lambda i: parts[i] - exact[i])[: room - sum(parts)]:
        parts[i] += 1
    for beat, part in zip(middle, parts, strict=True):
        shares[beat.id] = part
        if beat.budget_ds is not None and part > beat.budget_ds:
            beat.budget_ds = part
    return shares


def _library_lines(w: _Writer, kind: str, values: dict[str, str], share: int) -> list[tuple[str, str]]:
    """Filled library lines of a kind that can be said within ``share`` tenths, one per device."""
    seen: set[str] = set()
    found = []
    for entry in entries(kind, lang=w.project.language):
        if "{" not in entry.text or not entry.devices or entry.devices[0] in seen:
            continue
        text = fill(entry.text, values)
        if text is None:
            continue
        parts = _clauses(text, 8)
        if sum(max(w.need_ds(p), MIN_SHOT_DS) for p in parts) <= share:
            seen.add(entry.devices[0])
            found.append((text, entry.devices[0]))
    return found


def _fill_beat(
    w: _Writer, beat: Beat, spec: dict[str, Any], pools: Pools, values: dict[str, str], share: int
) -> None:
    first = beat.alternatives[0]
    if beat.kind is BeatKind.HOOK:
        hooks = _library_lines(w, "hook", values, share)[:3]
        _alternatives(w, beat, hooks, first, share, on_screen=True)
    elif beat.kind is BeatKind.CTA:
        ctas = _library_lines(w, "cta", values, share)[:2]
        _alternatives(w, beat, ctas, first, share, on_screen=False)
    else:
        lines = lines_for(str(spec.get("role") or _ROLE_OF.get(beat.kind, "")), pools)
        if not lines:  # the brief has nothing for this beat: the template's example, timed
            lines = [Line(s.voiceover, s.onscreen_text) for s in first.shots if s.voiceover]
        w.lay(first, lines, share)
    if not any(alt.shots for alt in beat.alternatives):
        w.lay(first, [], share)


def _alternatives(
    w: _Writer, beat: Beat, lines: list[tuple[str, str]], first: Alternative, share: int, on_screen: bool
) -> None:
    """One alternative per line (A, B, C): the line cut over the template's shots, each filling the share."""
    if not lines:
        w.lay(first, [Line(s.voiceover, s.onscreen_text, tuple(s.tags)) for s in first.shots], share)
        return
    template = copy.deepcopy(first)
    beat.alternatives = []
    for i, (text, device) in enumerate(lines):
        alt = copy.deepcopy(template) if i else first
        alt.id, alt.label = Alternative().id, "ABC"[i]
        alt.note = _device_name(beat, device, w.lang)
        parts = _clauses(text, max(1, len(template.shots)))
        rows = [
            Line(part, part if on_screen else (say_in(w.lang, "draft.tap") if j == len(parts) - 1 else ""))
            for j, part in enumerate(parts)
        ]
        w.lay(alt, rows, share)
        beat.alternatives.append(alt)


def _device_name(beat: Beat, device: str, lang: str) -> str:
    names = devices("hook" if beat.kind is BeatKind.HOOK else "cta")
    return names[device].text(lang) if device in names else device


def _variants(w: _Writer, script: Script) -> None:
    """The base plays every beat's A; each other variant changes one beat's alternative."""
    script.variants = [Variant(name=say_in(w.lang, "draft.base"), is_base=True)]
    for beat in script.beats:
        if beat.kind not in (BeatKind.HOOK, BeatKind.CTA):
            continue
        base = beat.alternatives[0]
        for alt in beat.alternatives[1:]:
            if beat.kind is BeatKind.HOOK:
                name = say_in(w.lang, "draft.hook_variant", label=alt.label)
                hypothesis = say_in(w.lang, "draft.hook_vs", a=alt.note, b=base.note)
                variable = TestVariable.HOOK
            else:
                name = say_in(w.lang, "draft.ending_variant", label=alt.label)
                hypothesis = say_in(w.lang, "draft.cta_vs", line=alt.note)
                variable = TestVariable.ENDING
            script.variants.append(Variant(name=name, choices={beat.id: alt.id}, variable=variable,
                                           hypothesis=hypothesis))  # fmt: skip

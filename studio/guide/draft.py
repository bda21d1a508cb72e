"""Draft from brief: a first complete script for a template, written from the project's brief.

Rule-based and deterministic: the template gives the beats, shots and visuals; the brief gives the
words. Hooks come in two or three alternatives with different hook devices, the call to action in
two, and the variants each change one of them against the base: a ready A/B plan.
"""

from __future__ import annotations

import copy
import math
import re

from studio.guide import thresholds as thresholds_mod
from studio.guide.brieffill import fill, slot_values
from studio.guide.libraries import devices, entries
from studio.guide.templates import get_template, script_from_template
from studio.guide.textscan import caption_width, speech_seconds
from studio.models.brief import Brief
from studio.models.codes import next_code
from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.models.enums import BeatKind, TestVariable

#: Words around the brief's own, per language.
WORDS = {
    "zh": {"try": "试试{point}", "no_more": "告别{pain}", "tap": "点击下方链接 ↓", "hook": "钩子{label}",
           "ending": "结尾{label}", "base": "基础版", "vs": "{a}钩子对比{b}钩子", "cta_vs": "结尾换成：{line}",
           "badge": "√ {point}"},
    "en": {"try": "Meet {point}.", "no_more": "No more {pain}.", "tap": "Tap the link below ↓", "hook": "Hook {label}",
           "ending": "Ending {label}", "base": "Base", "vs": "{a} hook against {b} hook", "cta_vs": "Close with: {line}",
           "badge": "✓ {point}"},
}  # fmt: skip
_CLAUSE = re.compile(r"(?<=[，。！？；：,.!?;:])\s*")
#: Tags a template shot loses when the draft rewrites it (the draft places its own).
_PLACED = {"key_point", "badge"}


def _lines(
    w: _Writer, kind: str, values: dict[str, str], limit_s: float
) -> list[tuple[str, tuple[str, ...]]]:
    """Filled library lines of a kind from the brief that can be said within ``limit_s``, one per first device."""
    seen: set[str] = set()
    found = []
    for entry in entries(kind, lang=w.project.language):
        if "{" not in entry.text or not entry.devices or entry.devices[0] in seen:
            continue
        text = fill(entry.text, values)
        if text is not None and sum(w.need_ds(part) for part in _clauses(text, 8)) <= limit_s * 10:
            seen.add(entry.devices[0])
            found.append((text, entry.devices))
    return found


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


#: A line the draft writes on a shot: (voice-over, on-screen text, extra tags).
Line = tuple[str, str, tuple[str, ...]]


class _Writer:
    """Fills one template's shots with the brief's words, fitting each shot to its voice-over."""

    def __init__(self, project: Project, script: Script) -> None:
        self.project, self.script = project, script
        self.lang = project.language if project.language in WORDS else "zh"
        self.words = WORDS[self.lang]
        self.th = thresholds_mod.resolve(project, script)
        self.caption_limit = self.th.caption_chars_zh if self.lang == "zh" else self.th.caption_chars_en

    def need_ds(self, vo: str) -> int:
        """Tenths of a second a line needs, breath included (0 for none)."""
        if not vo.strip():
            return 0
        speak, _amount, _unit = speech_seconds(vo, self.th.zh_cps, self.th.en_wps)
        return math.ceil(speak * 10 - 1e-9) + round(self.th.breath_margin_s * 10)

    def fits(self, caption: str) -> bool:
        """Whether a caption fits one line inside the safe area."""
        return caption_width(caption, self.lang == "zh") <= self.caption_limit

    def write(self, alt: Alternative, lines: list[Line]) -> None:
        """Put (voice-over, on-screen text, extra tags) lines on the alternative's shots, cloning the last as needed."""
        template = alt.shots or [Shot()]
        shots = []
        most = round(self.th.max_shot_s * 10)
        pace = round(self.th.avg_shot_s * 10)
        split = []
        for vo, onscreen, tags in lines or [("", "", ())]:
            # a line too long for one shot is said over several, cut at its clauses
            parts = _clauses(vo, 8) if self.need_ds(vo) > pace else [vo]
            split += [(part, onscreen if k == 0 else "", tags) for k, part in enumerate(parts)]
        for i, (vo, onscreen, tags) in enumerate(split):
            shot = copy.deepcopy(template[min(i, len(template) - 1)])
            shot.id = Shot().id
            shot.code = ""
            shot.voiceover, shot.onscreen_text = vo, onscreen if self.fits(onscreen) else ""
            shot.tags = list(dict.fromkeys([*(t for t in shot.tags if t not in _PLACED), *tags]))
            shot.duration_ds = max(min(shot.duration_ds, most, pace), self.need_ds(vo), 5)
            shots.append(shot)
        for extra in template[len(shots) :]:
            extra.voiceover, extra.onscreen_text = "", ""
            extra.tags = [t for t in extra.tags if t not in _PLACED]
            shots.append(extra)
        alt.shots = shots

    def fit(self, alt: Alternative, limit_s: float) -> None:
        """Bring an alternative within its beat's limit: silent shots go first, then get shorter."""
        limit = round(limit_s * 10)
        while alt.duration_ds > limit and len(alt.shots) > 1 and not alt.shots[-1].voiceover:
            alt.shots.pop()
        for shot in alt.shots:
            over = alt.duration_ds - limit
            if over <= 0:
                break
            floor = max(self.need_ds(shot.voiceover), 5)
            shot.duration_ds -= min(over, max(0, shot.duration_ds - floor))


def draft_from_brief(project: Project, template_id: str = "") -> Script:
    """A complete first script for the template (the script's own, else the default) from the brief."""
    from studio.guide.templates import DEFAULT_TEMPLATE

    tpl = get_template(template_id or DEFAULT_TEMPLATE)
    lang = project.language if project.language in WORDS else "zh"
    script = script_from_template(tpl, lang, examples=True)
    brief: Brief = project.brief
    w = _Writer(project, script)
    values = slot_values(project)
    for beat in script.beats:
        _fill_beat(w, beat, brief, values)
    _fit_length(w, script, brief.target_s)
    for beat in script.beats:
        for alt in beat.alternatives:
            for shot in alt.shots:
                shot.code = shot.code or next_code(script, beat, alt)
    _variants(w, script, project)
    return script


def _fit_length(w: _Writer, script: Script, target_s: int) -> None:
    """The middle beats within their budgets, shrunk alike so the longest cut fits the brief's length
    (drafts ran 30-35 s for a 25 s brief); voice-over keeps the time it needs to be said."""
    middle = [b for b in script.beats if b.kind not in (BeatKind.HOOK, BeatKind.CTA) and b.budget_ds]
    room = sum(b.budget_ds or 0 for b in middle)
    if not room:
        return
    scale = 1.0
    if target_s > 0:
        fixed = sum(max(a.duration_ds for a in b.alternatives) for b in script.beats if b not in middle)
        scale = min(1.0, max(0, target_s * 10 - fixed) / room)
    for beat in middle:
        for alt in beat.alternatives:
            w.fit(alt, (beat.budget_ds or 0) * scale / 10)


def _fill_beat(w: _Writer, beat: Beat, brief: Brief, values: dict[str, str]) -> None:
    first = beat.alternatives[0]
    if beat.kind is BeatKind.HOOK:
        hooks = _lines(w, "hook", values, w.th.hook_limit_s)[:3]
        _alternatives(w, beat, [(t, d[0]) for t, d in hooks], first, on_screen=True)
        for alt in beat.alternatives:
            w.fit(alt, w.th.hook_limit_s)
    elif beat.kind is BeatKind.CTA:
        ctas = _lines(w, "cta", values, w.th.cta_limit_s)[:2]
        _alternatives(w, beat, [(t, d[0]) for t, d in ctas], first, on_screen=False)
        for alt in beat.alternatives:
            w.fit(alt, w.th.cta_limit_s)
    elif beat.kind is BeatKind.PAIN and (brief.pains or brief.personas):
        says = next((p.says for p in brief.personas if p.says.strip()), "")
        pains = " · ".join(brief.pains)
        lines: list[Line] = [(says or f"{values['pain']}？", pains, ())]
        w.write(first, lines)
    elif beat.kind is BeatKind.SOLUTION and brief.key_point() is not None:
        key = brief.key_point()
        assert key is not None
        lines = [(w.words["try"].format(point=key.point), key.point, ())]
        said = "，".join(brief.must_say) if w.lang == "zh" else ", ".join(brief.must_say)
        lines.append((said or key.point, w.words["badge"].format(point=key.point), ("badge", "key_point")))
        lines += [(sp.point, "", ()) for sp in brief.ranked_points()[1:]]
        w.write(first, lines)
    elif beat.kind is BeatKind.PROOF and brief.ranked_points():
        lines = [(sp.evidence or sp.point, "", ("proof",)) for sp in brief.ranked_points() if sp.evidence]
        answered = {sp.answers.strip() for sp in brief.ranked_points()}
        lines += [
            (w.words["no_more"].format(pain=p), "", ("proof",)) for p in brief.pains if p not in answered
        ]
        if lines:
            w.write(first, lines)


def _alternatives(
    w: _Writer, beat: Beat, lines: list[tuple[str, str]], first: Alternative, on_screen: bool
) -> None:
    """One alternative per line (A, B, C): the line cut over the template's shots."""
    if not lines:
        return
    template = copy.deepcopy(first)
    beat.alternatives = []
    for i, (text, device) in enumerate(lines):
        alt = copy.deepcopy(template) if i else first
        alt.id, alt.label = Alternative().id, "ABC"[i]
        alt.note = _device_name(beat, device, w.lang)
        parts = _clauses(text, max(1, len(template.shots)))
        rows: list[Line] = []
        for j, part in enumerate(parts):
            onscreen = part if on_screen else (w.words["tap"] if j == len(parts) - 1 else "")
            rows.append((part, onscreen, ()))
        w.write(alt, rows)
        beat.alternatives.append(alt)


def _device_name(beat: Beat, device: str, lang: str) -> str:
    names = devices("hook" if beat.kind is BeatKind.HOOK else "cta")
    return names[device].text(lang) if device in names else device


def _variants(w: _Writer, script: Script, project: Project) -> None:
    """The base plays every beat's A; each other variant changes one beat's alternative."""
    script.variants = [Variant(name=w.words["base"], is_base=True)]
    for beat in script.beats:
        if beat.kind not in (BeatKind.HOOK, BeatKind.CTA):
            continue
        base = beat.alternatives[0]
        for alt in beat.alternatives[1:]:
            if beat.kind is BeatKind.HOOK:
                name = w.words["hook"].format(label=alt.label)
                hypothesis = w.words["vs"].format(a=alt.note, b=base.note)
                variable = TestVariable.HOOK
            else:
                name = w.words["ending"].format(label=alt.label)
                hypothesis = w.words["cta_vs"].format(line=alt.note)
                variable = TestVariable.ENDING
            script.variants.append(Variant(name=name, choices={beat.id: alt.id}, variable=variable,
                                           hypothesis=hypothesis))  # fmt: skip

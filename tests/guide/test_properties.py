"""Property tests: the guide copes with any text and any structure, and incremental equals full."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.guide.checker import Checker, check_project
from studio.guide.rules.compliance import builtin_rules, lexicon
from studio.guide.rules.thresholds import SETTING_NAMES
from studio.guide.text.splitter import ORDER, apply_preview, split_script, split_units
from studio.models import ops
from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.models.enums import BeatKind, ShotTag, TestVariable
from studio.models.errors import ModelError
from tests.guide.helpers import clean_project

# What writers paste: CJK, emoji (with joiners and skin tones), full-width punctuation, control
# characters, bidi marks, lone surrogates from broken clipboards, and anything else.
ODD = list(
    "熬夜脸暗沉？，。！“”、；：（）【】…—🔥💧✨👉👩‍👩‍👧🏽\u0301\u200d\ufe0f\x00\x01\x0b\x1f\t\n\r\u2028"
    "\u200f\ufeff\ud800\udfff最第一全网顶级100%绝对 best No.1 ever $9.9 3,000 2.5"
)
ALPHABET = st.one_of(st.characters(), st.sampled_from(ODD))
TEXT = st.text(ALPHABET, max_size=40)
LONG = st.text(ALPHABET, min_size=200, max_size=3000)
ANY_TEXT = st.one_of(TEXT, TEXT, LONG)
TEXT_FIELDS = ("voiceover", "onscreen_text", "visual", "sound", "props", "location", "talent", "notes")
PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _render_all(project: Project, findings: list) -> None:
    """Every finding renders in both languages and points inside its text."""
    for f in findings:
        for lang in ("zh", "en"):
            assert isinstance(f.message(lang), str) and f.message(lang)
            f.to_dict(lang)
            if f.fix is not None:
                assert f.fix.text(lang)
        loc = f.location
        if loc.span is not None:
            text = getattr(project.find(loc.shot_id), loc.field)
            assert 0 <= loc.span[0] <= loc.span[1] <= len(text)


# --- the checker never raises ----------------------------------------------------------


@st.composite
def raw_shots(draw: st.DrawFn) -> Shot:
    """Shots built directly, bypassing ops' cleaning, so the checker sees the raw text."""
    fields = {name: draw(ANY_TEXT) for name in TEXT_FIELDS}
    tags = draw(st.lists(st.sampled_from([t.value for t in ShotTag]) | TEXT, max_size=4))
    return Shot(duration_ds=draw(st.integers(1, 36000)), tags=tags, **fields)


@st.composite
def odd_projects(draw: st.DrawFn) -> Project:
    """Empty scripts, beats without shots or alternatives, only custom beats, stray choices."""
    scripts = []
    for _ in range(draw(st.integers(0, 2))):
        beats = []
        for _ in range(draw(st.integers(0, 5))):
            alts = [
                Alternative(label=draw(TEXT), shots=draw(st.lists(raw_shots(), max_size=3)))
                for _ in range(draw(st.integers(0, 3)))
            ]
            kind = draw(st.sampled_from(list(BeatKind)))
            budget = draw(st.none() | st.integers(1, 600))
            beats.append(Beat(kind=kind, name=draw(TEXT), budget_ds=budget, alternatives=alts))
        variants = []
        for i in range(draw(st.integers(0, 3))):
            choices = {}
            for b in beats:
                if b.alternatives and draw(st.booleans()):
                    choices[b.id] = draw(st.sampled_from([a.id for a in b.alternatives] + ["gone"]))
            variants.append(
                Variant(
                    name=draw(TEXT),
                    is_base=i == 0 and draw(st.booleans()),
                    choices=choices,
                    variable=draw(st.sampled_from(list(TestVariable))),
                )
            )
        scripts.append(Script(title=draw(TEXT), template=draw(st.sampled_from(["", "nope", "live_clip"])),
                              beats=beats, variants=variants))  # fmt: skip
    odd_values = st.sampled_from([float("nan"), float("inf"), -1, 0, 1e308, "nan", "abc", True, 2, 0.5])
    settings_ = draw(st.dictionaries(st.sampled_from(["max_shot_s", "hook_limit_s", "cta_limit_s", "avg_shot_s",
                                                      "caption_chars_zh", "breath_margin_s", "x"]),
                                     st.one_of(odd_values, st.floats(), st.integers(), TEXT), max_size=4))  # fmt: skip
    return Project(title=draw(TEXT), language=draw(st.sampled_from(["zh", "en", "fr", ""])),
                   platform=draw(st.sampled_from(["douyin", "tiktok", "nope"])), scripts=scripts,
                   settings=settings_)  # fmt: skip


@PROPS
@given(odd_projects())
def test_checker_never_raises_on_any_structure_or_text(project: Project) -> None:
    found = check_project(project)
    _render_all(project, found)
    for script in project.scripts:
        for variant in script.variants:
            check_project(project, script, variant)


@PROPS
@given(st.lists(st.tuples(st.sampled_from(TEXT_FIELDS), ANY_TEXT), min_size=1, max_size=8), st.data())
def test_checker_never_raises_on_pasted_text(edits, data) -> None:
    p = clean_project(data.draw(st.sampled_from(["zh", "en"])))
    every = [s for _, _, s in p.scripts[0].iter_shots()]
    for name, text in edits:
        ops.set_field(p, data.draw(st.sampled_from(every)), name, text)
    _render_all(p, check_project(p))


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 1e308, "1e999", "nan", -3, 0, "abc", True])
def test_absurd_settings_are_ignored(value) -> None:
    p = clean_project()
    ops.set_field(p, p, "settings", {name: value for name in SETTING_NAMES})
    assert check_project(p) == []  # the defaults still hold, and nothing raises


def test_script_of_only_custom_beats_and_empty_beats() -> None:
    p = clean_project()
    script = p.scripts[0]
    for beat in script.beats:
        ops.set_field(p, beat, "kind", BeatKind.CUSTOM.value)
    ops.insert_beat(p, script, 0, Beat(kind=BeatKind.HOOK, alternatives=[Alternative()]))
    rules = {f.rule for f in check_project(p)}
    assert {"beat.empty", "cta.missing", "structure.no_solution"} <= rules
    assert "hook.missing" in rules  # an empty hook beat does not count as a hook


# --- incremental results equal a fresh full check ---------------------------------------


def _signature(findings: list) -> list[str]:
    return sorted(repr(f) for f in findings)


def _pick(data: st.DataObject, items: list):
    return data.draw(st.sampled_from(items)) if items else None


def _random_edit(p: Project, data: st.DataObject) -> None:
    """One edit through ops, of any kind the UI can make."""
    script = p.scripts[0]
    beats = script.beats
    alts = [a for b in beats for a in b.alternatives]
    shots = [s for _, _, s in script.iter_shots()]
    kind = data.draw(
        st.sampled_from(
            ["text", "text", "text", "duration", "tags", "insert_shot", "remove_shot", "move_shot",
             "insert_beat", "remove_beat", "move_beat", "beat_kind", "insert_alt", "remove_alt",
             "choice", "insert_variant", "variable", "settings", "platform", "language"]
        )
    )  # fmt: skip
    shot, alt, beat = _pick(data, shots), _pick(data, alts), _pick(data, beats)
    if kind == "text" and shot:
        ops.set_field(p, shot, data.draw(st.sampled_from(TEXT_FIELDS)), data.draw(TEXT))
    elif kind == "duration" and shot:
        ops.set_field(p, shot, "duration_ds", data.draw(st.integers(1, 120)))
    elif kind == "tags" and shot:
        ops.set_field(p, shot, "tags", data.draw(st.lists(st.sampled_from([t.value for t in ShotTag]))))
    elif kind == "insert_shot" and alt:
        new = Shot(duration_ds=data.draw(st.integers(1, 80)), voiceover=data.draw(TEXT))
        ops.insert_shot(p, alt, data.draw(st.integers(0, len(alt.shots))), new)
    elif kind == "remove_shot" and shot:
        ops.remove_shot(p, shot)
    elif kind == "move_shot" and shot and alt:
        ops.move_shot(p, shot, alt, data.draw(st.integers(0, len(alt.shots))))
    elif kind == "insert_beat":
        new_beat = Beat(kind=data.draw(st.sampled_from(list(BeatKind))), alternatives=[Alternative()])
        ops.insert_beat(p, script, data.draw(st.integers(0, len(beats))), new_beat)
    elif kind == "remove_beat" and beat:
        ops.remove_beat(p, beat)
    elif kind == "move_beat" and beat:
        ops.move_beat(p, beat, data.draw(st.integers(0, len(beats) - 1)))
    elif kind == "beat_kind" and beat:
        ops.set_field(p, beat, "kind", data.draw(st.sampled_from([k.value for k in BeatKind])))
    elif kind == "insert_alt" and beat:
        ops.insert_alternative(p, beat, len(beat.alternatives), ops.new_alternative(beat))
    elif kind == "remove_alt" and alt:
        ops.remove_alternative(p, alt)
    elif kind == "choice" and beat and beat.alternatives:
        variant = data.draw(st.sampled_from(script.variants))
        ops.set_choice(p, variant, beat, data.draw(st.sampled_from([a.id for a in beat.alternatives])))
    elif kind == "insert_variant":
        ops.insert_variant(p, script, len(script.variants), Variant(name=data.draw(TEXT)))
    elif kind == "variable":
        variant = data.draw(st.sampled_from(script.variants))
        ops.set_field(p, variant, "variable", data.draw(st.sampled_from([v.value for v in TestVariable])))
    elif kind == "settings":
        value = data.draw(st.sampled_from([{}, {"max_shot_s": 2}, {"hook_limit_s": 5, "avg_shot_s": 1.5}]))
        ops.set_field(p, p, "settings", value)
    elif kind == "platform":
        ops.set_field(p, p, "platform", data.draw(st.sampled_from(["douyin", "tiktok", "kuaishou"])))
    elif kind == "language":
        ops.set_field(p, p, "language", data.draw(st.sampled_from(["zh", "en"])))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_incremental_equals_full_after_random_edits(data) -> None:
    p = clean_project(data.draw(st.sampled_from(["zh", "en"])))
    checker = Checker(p)
    checker.attach()
    checker.check()
    for _ in range(data.draw(st.integers(1, 12))):
        try:
            _random_edit(p, data)
        except ModelError:
            continue  # refused edits (the last alternative, a bad value) change nothing
        assert _signature(checker.check()) == _signature(check_project(p))
        script = p.scripts[0]
        variant = data.draw(st.sampled_from(script.variants))
        assert _signature(checker.check(script, variant)) == _signature(check_project(p, script, variant))


# --- the splitter ------------------------------------------------------------------------

_DROPPED = set("，、：,:—")


def _content(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch not in _DROPPED)


@PROPS
@given(st.one_of(TEXT, LONG, st.just(""), st.text(st.sampled_from(list("。！？，.\n ")), max_size=30)))
def test_splitter_never_raises_and_loses_no_text(text: str) -> None:
    lines = split_units(text)
    assert all(line.strip() for line in lines)
    assert _content("".join(lines)) == _content(text)
    preview = split_script(text)
    assert [s.text for s in preview.shots] == lines
    assert all(s.duration_ds >= 10 for s in preview.shots)
    starts = [s.start_ds for s in preview.shots]
    assert starts == sorted(starts) and preview.total_ds == sum(s.duration_ds for s in preview.shots)
    ranks = [ORDER.index(s.kind) for s in preview.shots]
    assert ranks == sorted(ranks)  # beats never go backwards


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_applied_split_checks_without_raising(text: str) -> None:
    p = clean_project()
    preview = split_script(text)
    made = apply_preview(p, p.scripts[0], preview)
    assert len(made) == len(preview.shots)
    _render_all(p, check_project(p))


# --- ad-law spans point at the matched text ---------------------------------------------


def _terms() -> list[str]:
    rules, patterns = builtin_rules()
    return [r.term for r in rules] + [r.term for r, _, _ in patterns]


TERMS = _terms()


@PROPS
@given(st.lists(st.tuples(TEXT, st.sampled_from(TERMS)), min_size=1, max_size=4), TEXT, st.data())
def test_adlaw_spans_point_at_the_matched_text(parts, tail, data) -> None:
    text = "".join(a + b for a, b in parts) + tail
    matches = lexicon().scan(text)
    edge = 0
    for m in matches:
        assert text[m.start : m.end] == m.text and m.start >= edge and m.end > m.start
        edge = m.end
    p = clean_project(data.draw(st.sampled_from(["zh", "en"])))
    shot = p.scripts[0].beats[1].alternatives[0].shots[0]
    name = data.draw(st.sampled_from(TEXT_FIELDS))
    ops.set_field(p, shot, name, text)
    stored = getattr(shot, name)  # ops cleans the text; spans refer to what is stored
    hits = [f for f in check_project(p) if f.rule.startswith("adlaw") and f.location.shot_id == shot.id]
    assert len(hits) == len(lexicon().scan(stored))
    for f in hits:
        start, end = f.location.span
        assert f.location.field == name
        assert stored[start:end] == f.args["term"]
        if f.fix.applicable:  # a fix touches the flagged word and nothing else
            assert f.fix.value == stored[:start] + f.args["suggest"] + stored[end:]
        else:
            assert f.args["suggest"] == ""

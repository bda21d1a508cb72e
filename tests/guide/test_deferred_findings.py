"""Findings whose arguments and fix are built on first use read exactly like ones built at once."""

from __future__ import annotations

import random

import pytest

from studio.guide.checker import Checker, check_project
from studio.guide.findings import Finding, apply_fix
from studio.models import ops
from studio.models.entities import Project
from studio.models.enums import BeatKind
from tests.guide.helpers import clean_project, shots

#: The rules whose findings are made deferred (one per shot on a long script).
DEFERRED = ("vo.too_long", "vo.breath", "keypoint.layers")


def _deferred(finding: Finding) -> bool:
    return "_make" in finding.__dict__


def _broken_project(lang: str) -> Project:
    """A project with each deferred rule firing, in both its shapes (key point with and without a fix)."""
    p = clean_project(lang)
    solution = shots(p, BeatKind.SOLUTION)
    proof = shots(p, BeatKind.PROOF)
    ops.set_field(
        p, solution[0], "voiceover", "试试这瓶烟酰胺精华" if lang == "zh" else "Try this serum now, friends."
    )
    ops.set_field(p, solution[0], "duration_ds", 15)  # too long to say
    ops.set_field(p, proof[0], "voiceover", "试试这瓶烟酰胺精华" if lang == "zh" else "Try this serum now.")
    ops.set_field(p, proof[0], "duration_ds", 20 if lang == "zh" else 16)  # fits, but no time to breathe
    ops.set_field(p, solution[1], "onscreen_text", "")  # key point: no caption, voice-over can become one
    ops.set_field(p, proof[1], "tags", ["key_point"])
    ops.set_field(p, proof[1], "voiceover", "")
    ops.set_field(p, proof[1], "onscreen_text", "")  # key point: nothing to copy, no fix
    return p


def _broken(lang: str) -> list[Finding]:
    return check_project(_broken_project(lang))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_messages_and_fixes_of_deferred_rules(lang):
    made = [f for f in _broken(lang) if f.rule in DEFERRED]
    assert all(_deferred(f) for f in made)  # nothing read yet
    found = {(f.rule, f.fix is not None): f for f in made}
    assert set(found) == {("vo.too_long", True), ("vo.breath", True), ("keypoint.layers", True),
                          ("keypoint.layers", False)}  # fmt: skip
    long_, breath = found[("vo.too_long", True)], found[("vo.breath", True)]
    layers, bare = found[("keypoint.layers", True)], found[("keypoint.layers", False)]
    if lang == "zh":
        assert long_.message("zh") == "口播需要 2 秒（9 字），镜头只有 1.5 秒，超出 0.5 秒"
        assert long_.message("en") == "Voice-over needs 2 s (9 characters), the shot is 1.5 s: 0.5 s over"
        assert breath.message("zh") == "口播 2 秒加换气 0.2 秒共 2.2 秒，镜头 2 秒，超出 0.2 秒"
        assert breath.message("en") == (
            "Voice-over takes 2 s plus a 0.2 s breath, 2.2 s in all; the shot is 2 s: 0.2 s over"
        )
        assert long_.fix.text("zh") == "把镜头延长到 2.2 秒" and long_.fix.value == 22
    else:
        assert long_.message("en") == "Voice-over needs 2 s (5 words), the shot is 1.5 s: 0.5 s over"
        assert long_.message("zh") == "口播需要 2 秒（5 词），镜头只有 1.5 秒，超出 0.5 秒"
        assert breath.message("en") == (
            "Voice-over takes 1.6 s plus a 0.2 s breath, 1.8 s in all; the shot is 1.6 s: 0.2 s over"
        )
        assert long_.fix.text("en") == "Lengthen the shot to 2.2 s" and long_.fix.value == 22
    assert layers.message("zh") == "核心卖点镜头缺少：字幕（字幕、图标/徽章、口播要同时出现）"
    assert layers.message("en") == (
        "Key selling point shot lacks: caption (caption, icon or badge, and voice-over together)"
    )
    assert layers.fix.text("zh") == "用口播作为字幕" and layers.fix.field == "onscreen_text"
    assert bare.message("en") == (
        "Key selling point shot lacks: caption, icon or badge, voice-over"
        " (caption, icon or badge, and voice-over together)"
    )
    assert bare.message("zh") == "核心卖点镜头缺少：字幕、图标/徽章、口播（字幕、图标/徽章、口播要同时出现）"
    assert bare.fix is None
    assert not any(_deferred(f) for f in found.values())  # all read now, each built once


def test_a_deferred_finding_equals_prints_and_serialises_as_one_built_at_once():
    for f in (f for f in _broken("zh") if f.rule in DEFERRED):
        assert _deferred(f)
        eager = Finding(f.rule, f.severity, f.location, f.args, f.fix)
        assert f == eager and eager == f and repr(f) == repr(eager)
        for lang in ("zh", "en"):
            assert f.to_dict(lang) == eager.to_dict(lang)
        assert not hasattr(f, "nonsense")


@pytest.mark.parametrize("first", ["args", "fix", "message", "repr", "eq"])
def test_reading_in_any_order_builds_the_same_finding(first):
    p = _broken_project("zh")
    fresh = [f for f in check_project(p) if f.rule in DEFERRED]
    reference = [
        Finding(f.rule, f.severity, f.location, f.args, f.fix) for f in check_project(p) if f.rule in DEFERRED
    ]
    read_first = {"args": lambda f, ref: f.args, "fix": lambda f, ref: f.fix,
                  "message": lambda f, ref: f.message("en"), "repr": lambda f, ref: repr(f),
                  "eq": lambda f, ref: f == ref}[first]  # fmt: skip
    for f, ref in zip(fresh, reference, strict=True):
        read_first(f, ref)
        assert (f.args, f.fix, f.message("zh"), f.message("en")) == (
            ref.args,
            ref.fix,
            ref.message("zh"),
            ref.message("en"),
        )


def test_a_deferred_finding_keeps_what_the_shot_said_when_checked():
    p = clean_project()
    shot = shots(p, BeatKind.SOLUTION)[1]
    ops.set_field(p, shot, "onscreen_text", "")
    spoken = shot.voiceover.strip()
    long_shot = shots(p, BeatKind.SOLUTION)[0]
    ops.set_field(p, long_shot, "duration_ds", 5)
    found = [f for f in check_project(p) if f.rule in ("keypoint.layers", "vo.too_long")]
    assert len(found) == 2 and all(_deferred(f) for f in found)
    # The shots change after the check: the findings describe the shots as they were checked.
    ops.set_field(p, shot, "voiceover", "另一句完全不同的口播")
    ops.set_field(p, long_shot, "duration_ds", 40)
    layers = next(f for f in found if f.rule == "keypoint.layers")
    vo = next(f for f in found if f.rule == "vo.too_long")
    assert layers.fix.value == spoken
    assert vo.args["dur"] == 0.5 and "0.5" in vo.message("en")
    apply_fix(p, layers.fix)
    assert shot.onscreen_text == spoken


def test_incremental_and_fresh_checks_agree_whatever_was_read():
    """A cached shot result hands out the same deferred findings again: reading one never changes another."""
    rng = random.Random(5)
    p = clean_project()
    checker = Checker(p)
    checker.attach()
    all_shots = [s for _, _, s in p.scripts[0].iter_shots()]
    for step in range(40):
        shot = rng.choice(all_shots)
        if rng.random() < 0.5:
            ops.set_field(p, shot, "duration_ds", rng.randint(3, 30))
        else:
            ops.set_field(p, shot, "tags", rng.choice([["key_point"], [], ["key_point", "badge"]]))
        found = checker.check()
        if step % 3 == 0:
            for f in found[: step % 7]:
                f.message("en")
        assert sorted(map(repr, found)) == sorted(map(repr, check_project(p)))

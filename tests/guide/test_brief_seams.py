"""A cut's brief phrases found alternative by alternative plus the seams between them, as in the cut's whole text.

The coverage rules ask whether a variant's cut says a phrase of the brief. Each alternative notes which
phrases its own text holds, and only the ends of the texts are joined to catch a phrase that crosses from
one alternative into the next; the plain definition searches the whole cut's text. Both must agree on
every phrase, for texts of every length (shorter than a phrase, empty, long), and a whole check must give
the same findings either way.
"""

from __future__ import annotations

import dataclasses
import random

import pytest

from studio.guide.checker import Checker
from studio.guide.rules import briefcover
from studio.guide.rules.briefcover import AltFacts, _Cut, _joined
from studio.guide.rules.briefrules import Phrase, heard, is_badge, needles
from studio.guide.text.folding import norm
from studio.models import ops
from studio.models.brief import Brief, Offer, SellingPoint
from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.models.enums import BeatKind, TestVariable
from studio.models.timeline import cut

ALPHABET = "ab温和提亮"


def _facts(spoken: str, told: str) -> AltFacts:
    return AltFacts((), spoken, told, "", "", False, False, False, False, (), None, {}, {})


@pytest.mark.parametrize("seed", range(6))
def test_a_phrase_is_heard_in_the_seams_exactly_when_in_the_joined_text(seed: int) -> None:
    rng = random.Random(seed)
    phrases = {"".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 6))) for _ in range(30)}
    n = needles(Brief(must_say=["温和提亮"]))
    assert n is not None
    n = dataclasses.replace(n, said=frozenset(phrases), told=frozenset(phrases))
    checked = 0
    for _ in range(300):
        texts = [
            "".join(rng.choice(ALPHABET) for _ in range(rng.choice((0, 1, 2, 3, 5, 8, 13, 40))))
            for _ in range(rng.randint(0, 7))
        ]
        other = ["".join(reversed(t)) for t in texts]
        facts = [_facts(t, o) for t, o in zip(texts, other, strict=True)]
        for told in (False, True):
            cut = _Cut(facts, n, told)
            joined = _joined(facts, False, told)
            for p in sorted(phrases):
                assert cut.heard(Phrase(p, None)) == heard(Phrase(p, None), *joined), (texts, told, p)
                checked += 1
    assert checked == 300 * 2 * len(phrases)


def _project(seed: int) -> Project:
    """A script whose shots say pieces of the brief's phrases, often split across shots and alternatives."""
    rng = random.Random(seed)
    pieces = [
        "温和",
        "提亮",
        "温和提亮",
        "¥99",
        "两瓶",
        "今天",
        "截止",
        "暗沉",
        "烟酰胺",
        "卡粉",
        "质地清爽",
        "",
        "第一",
        "随便说说",
    ]
    project = Project(title="seams", language="zh")
    project.brief = Brief(
        pains=["暗沉", "卡粉"], must_say=["温和提亮", "今天截止"], offer=Offer(price="¥99 两瓶", deadline="今天截止"),
        banned=["第一"], selling_points=[SellingPoint(point="烟酰胺", priority=1)],
    )  # fmt: skip
    script = Script(title="s")
    project.scripts.append(script)
    kinds = [BeatKind.HOOK, BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.PROOF, BeatKind.CTA, BeatKind.CTA]
    for kind in kinds:
        beat = Beat(kind=kind)
        for label in ("A", "B"):
            alt = Alternative(label=label)
            for _ in range(rng.randint(0, 3)):
                alt.shots.append(
                    Shot(
                        duration_ds=30,
                        voiceover="".join(rng.choice(pieces) for _ in range(rng.randint(0, 2))),
                        onscreen_text=rng.choice(pieces) if rng.random() < 0.3 else "",
                        visual=rng.choice(pieces),
                        tags=["badge"] if rng.random() < 0.2 else [],
                    )
                )
            beat.alternatives.append(alt)
        script.beats.append(beat)
    script.variants = [Variant(name="A", is_base=True), Variant(name="B", variable=TestVariable.HOOK)]
    script.variants[1].choices = {b.id: b.alternatives[1].id for b in script.beats}
    return project


def _read(project: Project) -> list[tuple[object, ...]]:
    return [
        (f.rule, f.severity, f.location, f.args, f.message("zh"), f.message("en"))
        for f in Checker(project).check()
    ]


def _plain(self: _Cut, p: Phrase) -> bool:
    """The plain definition: the phrase searched in the cut's texts joined."""
    return heard(p, *_joined(self.facts, self.n.latin, self.told))


@pytest.mark.parametrize("seed", range(12))
def test_a_checks_brief_findings_are_those_of_the_whole_cuts_text(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = _project(seed)
    fast = _read(project)
    script = project.scripts[0]
    for variant in script.variants:  # the key point's ways, read shot by shot
        played = [t.shot for t in cut(script, variant)]
        ways = {
            "voice-over": any("烟酰胺" in norm(s.voiceover) for s in played),
            "caption": any("烟酰胺" in norm(s.onscreen_text) for s in played if not is_badge(s)),
            "badge": any("烟酰胺" in norm(s.onscreen_text + s.visual) for s in played if is_badge(s)),
        }
        layers = [f for f in fast if f[0] == "brief.key_point_layers" and f[2].variant_id == variant.id]
        got = [m.text("en") for m in layers[0][3]["missing"]] if layers else []
        assert got == [w for w, said in ways.items() if not said]
    monkeypatch.setattr(briefcover._Cut, "heard", _plain)
    assert fast == _read(project)


def test_a_must_say_line_split_between_two_beats_is_heard(monkeypatch: pytest.MonkeyPatch) -> None:
    project = _project(0)
    beats = project.scripts[0].beats
    for beat in beats:
        for alt in beat.alternatives:
            alt.shots = [Shot(duration_ds=30, voiceover="随便说说")]
    beats[0].alternatives[0].shots = [Shot(duration_ds=30, voiceover="一起来温和")]
    beats[1].alternatives[0].shots = [Shot(duration_ds=30, voiceover="提亮吧")]
    fast = _read(project)
    base = project.scripts[0].variants[0].id
    must = [f[3]["line"] for f in fast if f[0] == "brief.must_say" and f[2].variant_id == base]
    assert must == ["今天截止"]  # 温和提亮 is said, across the seam between the hook and the pain
    monkeypatch.setattr(briefcover._Cut, "heard", _plain)
    assert fast == _read(project)


def test_a_variants_kept_brief_findings_follow_edits_and_its_name() -> None:
    project = _project(3)
    script = project.scripts[0]
    checker = Checker(project)
    checker.attach()
    checker.check()
    base = script.variants[0]
    ops.set_field(project, base, "name", "主版本")
    lines = [f for f in checker.check() if f.rule == "brief.must_say" and f.location.variant_id == base.id]
    assert lines and {f.args["variant"] for f in lines} == {"主版本"}
    hook = script.beats[0].alternatives[0]
    ops.set_field(project, hook.shots[0] if hook.shots else hook, "voiceover", "温和提亮，今天截止")
    fresh = [(f.rule, f.location, f.args) for f in Checker(project).check()]
    assert [(f.rule, f.location, f.args) for f in checker.check()] == fresh
    assert not [f for f in fresh if f[0] == "brief.must_say" and f[1].variant_id == base.id]

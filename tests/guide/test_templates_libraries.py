"""Bundled templates and libraries: complete, bilingual, clean and loadable by the UI."""

from __future__ import annotations

import pytest

from studio.guide.brief import libraries
from studio.guide.brief.templates import project_from_template, script_from_template, templates
from studio.guide.checker import check_project
from studio.guide.findings import Severity
from studio.guide.rules.compliance import lexicon
from studio.guide.text.textscan import has_directive
from studio.models.enums import BeatKind

EXPECTED = {
    "pain_solution_cta",
    "review_teardown",
    "unboxing",
    "tutorial",
    "story_skit",
    "before_after",
    "live_clip",
}
ORDER = [BeatKind.HOOK, BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.PROOF, BeatKind.CTA]


def test_every_template_is_bundled():
    assert set(templates()) >= EXPECTED


@pytest.mark.parametrize("tid", sorted(EXPECTED))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_template_builds_in_order_and_is_bilingual(tid, lang):
    tpl = templates()[tid]
    assert tpl.name["zh"] and tpl.name["en"] and tpl.description["zh"] and tpl.description["en"]
    for spec in tpl.beats:
        assert spec["prompt"]["zh"] and spec["prompt"]["en"]
        for shot in spec["shots"]:
            assert shot["visual"]["zh"] and shot["visual"]["en"]
    script = script_from_template(tpl, lang)
    kinds = [b.kind for b in script.beats]
    assert kinds == sorted(kinds, key=ORDER.index)
    assert kinds[0] is BeatKind.HOOK and kinds[-1] is BeatKind.CTA
    assert all(b.prompt for b in script.beats)


@pytest.mark.parametrize("tid", sorted(EXPECTED))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_filled_template_has_no_error(tid, lang):
    project = project_from_template(tid, lang, examples=True)
    assert [f.rule for f in check_project(project) if f.severity is Severity.ERROR] == []
    blank = project_from_template(tid, lang)  # the writer's empty draft: the guide asks for a CTA
    assert "cta.no_directive" in {f.rule for f in check_project(blank)}


def test_golden_five_and_fabe_countdown():
    assert templates()["story_skit"].thresholds["hook_limit_s"] == 5
    live = project_from_template("live_clip", "zh", examples=True)
    names = [b.name for b in live.scripts[0].beats]
    assert any(n.startswith("F") for n in names) and any(n.startswith("E") for n in names)
    assert any("最后3组" in s.voiceover for _, _, s in live.scripts[0].iter_shots())
    assert live.settings["hook_limit_s"] == 3.0


@pytest.mark.parametrize("kind", ["hook", "cta"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_libraries_have_thirty_clean_lines(kind, lang):
    lines = libraries.entries(kind, lang=lang)
    assert len(lines) >= 30
    assert len({e.id for e in lines}) == len(lines)
    names = libraries.devices(kind)
    for e in lines:
        assert e.devices and all(d in names for d in e.devices)
        assert e.categories and all(c in libraries.categories(kind) for c in e.categories)
        assert lexicon().scan(e.text) == [], e.text
        if kind == "cta":
            assert has_directive(e.text), e.text


def test_library_filters():
    price = libraries.entries("hook", lang="en", device="price")
    assert price and all("price" in e.devices and e.lang == "en" for e in price)
    pets = libraries.entries("cta", category="pets")
    assert any("pets" in e.categories for e in pets)
    assert all("pets" in e.categories or "general" in e.categories for e in pets)
    assert libraries.devices("hook")["suspense"].text("zh") == "悬念"
    with pytest.raises(ValueError):
        libraries.entries("outro")

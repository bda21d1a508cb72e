"""Coverage against the brief: each rule fires on the sample made to miss it, and not on the sample itself."""

from __future__ import annotations

import dataclasses

import pytest

from studio.guide.checker import check_project
from studio.guide.findings import Finding, apply_fix
from studio.models import ops
from studio.models.brief import Brief, SellingPoint
from studio.models.entities import Project, Shot
from studio.samples import sample_project


def brief_findings(project: Project, variant: str | None = None) -> list[Finding]:
    return [f for f in check_project(project, variant=variant) if f.rule.startswith("brief.")]


def edit_brief(project: Project, **changes: object) -> None:
    ops.set_field(project, project, "brief", dataclasses.replace(project.brief, **changes))


def shot_saying(project: Project, text: str) -> Shot:
    return next(s for _b, _a, s in project.scripts[0].iter_shots() if text in s.voiceover + s.onscreen_text)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_samples_cover_their_brief(lang: str) -> None:
    project, _ = sample_project(lang)
    assert [f for f in check_project(project) if f.severity.rank < 2] == []
    assert brief_findings(project) == []


def test_an_empty_brief_checks_nothing() -> None:
    project, _ = sample_project("zh")
    ops.set_field(project, project, "brief", Brief())
    assert brief_findings(project) == []


@pytest.mark.parametrize(("lang", "caption"), [("zh", "烟酰胺焕亮精华"), ("en", "Niacinamide glow serum")])
def test_key_point_said_three_ways(lang: str, caption: str) -> None:
    project, _ = sample_project(lang)
    shot = shot_saying(project, caption)
    ops.set_field(project, shot, "onscreen_text", "")
    found = [f for f in brief_findings(project) if f.rule == "brief.key_point_layers"]
    assert len(found) == 4  # every variant plays that solution shot
    assert [w.en for w in found[0].args["missing"]] == ["caption"]
    assert ("缺少字幕" in found[0].message("zh")) and "no caption" in found[0].message("en")
    ops.set_field(project, shot, "onscreen_text", caption)
    assert brief_findings(project) == []


def test_each_pain_point_is_answered_by_a_solution_or_proof_shot() -> None:
    project, _ = sample_project("zh")
    edit_brief(project, pains=[*project.brief.pains, "出油"])
    (found,) = brief_findings(project, "基础版")
    assert found.rule == "brief.pain_unanswered" and found.args == {"pain": "出油"}
    assert "配一个卖点" in found.fix.text("zh")
    points = [*project.brief.selling_points, SellingPoint("控油", "吸油纸对比", 4, "出油")]
    edit_brief(project, selling_points=points)
    (found,) = brief_findings(project, "基础版")
    assert "吸油纸对比" in found.fix.text("zh") and "吸油纸对比" in found.fix.text("en")
    shot = shot_saying(project, "质地清爽不黏腻")
    ops.set_field(project, shot, "voiceover", "质地清爽不黏腻，还能控油")
    assert brief_findings(project) == []


def test_offer_and_deadline_in_the_cta_with_a_fix_that_adds_them() -> None:
    project, _ = sample_project("zh")
    edit_brief(
        project, offer=dataclasses.replace(project.brief.offer, deadline="今晚12点前", coupon="满199减60")
    )
    found = brief_findings(project, "基础版")
    assert sorted(f.rule for f in found) == ["brief.cta_deadline", "brief.cta_offer"]
    deadline = next(f for f in found if f.rule == "brief.cta_deadline")
    assert deadline.fix is not None and deadline.fix.applicable
    apply_fix(project, deadline.fix)
    assert "今晚12点前" in project.find(deadline.fix.entity_id).onscreen_text  # type: ignore[union-attr]
    assert not [f for f in brief_findings(project, "基础版") if f.rule == "brief.cta_deadline"]
    # the price alone in the CTA is enough for the offer
    edit_brief(project, offer=dataclasses.replace(project.brief.offer, coupon="", price="立减50"))
    assert not [f for f in brief_findings(project, "基础版") if f.rule == "brief.cta_offer"]


def test_must_say_lines_in_every_variant() -> None:
    project, _ = sample_project("en")
    edit_brief(project, must_say=["gentle glow", "dermatologist tested"])
    found = brief_findings(project)
    assert {f.args["variant"] for f in found if f.rule == "brief.must_say"} == {
        v.name for v in project.scripts[0].variants
    }
    assert "dermatologist tested" in found[0].message("en") and "必说话术" in found[0].message("zh")
    shot = shot_saying(project, "Absorbs in seconds.")
    ops.set_field(project, shot, "voiceover", "Absorbs in seconds, dermatologist-tested.")
    assert brief_findings(project) == []


def test_banned_words_of_the_brief_with_a_fix_that_removes_them() -> None:
    project, _ = sample_project("zh")
    edit_brief(project, banned=["黏腻"])
    (found,) = brief_findings(project)
    assert found.rule == "brief.banned" and found.severity.value == "error"
    assert found.location.field == "voiceover" and found.location.span == (5, 7)
    apply_fix(project, found.fix)  # type: ignore[arg-type]
    assert shot_saying(project, "质地清爽").voiceover == "质地清爽不"
    assert brief_findings(project) == []
    en, _ = sample_project("en")
    edit_brief(en, banned=["cure", "STICKY"])
    (found,) = brief_findings(en)  # "sticky" matches whatever the case; no word contains "cure"
    assert found.args["term"] == "STICKY"


def test_a_persona_is_addressed_in_the_hook() -> None:
    project, _ = sample_project("en")
    personas = [dataclasses.replace(p, name="Students") for p in project.brief.personas]
    edit_brief(project, personas=personas)
    (found,) = brief_findings(project)
    assert found.rule == "brief.persona_hook" and "Students" in found.fix.text("en")  # type: ignore[union-attr]
    shot = shot_saying(project, "Dull night-owl skin?")
    ops.set_field(project, shot, "onscreen_text", "Students: dull skin?")
    assert brief_findings(project) == []

"""Library lines filled from the brief: the real persona, pain, offer and deadline, or left out."""

from __future__ import annotations

from studio.guide.brief.brieffill import fill, fill_prompt, library_lines, slot_values
from studio.guide.brief.libraries import entries
from studio.models import ops
from studio.models.brief import Brief, Offer, Persona
from studio.samples import sample_project


def test_hook_and_cta_lines_name_the_samples_brief() -> None:
    zh, _ = sample_project("zh")
    hooks = {e.id: e.text for e in library_lines("hook", zh)}
    ctas = {e.id: e.text for e in library_lines("cta", zh)}
    assert hooks["hook-zh-brief-01"] == "熬夜党还在为暗沉发愁？"
    assert ctas["cta-zh-brief-01"] == "今天下单立减50，¥99 两瓶到手，点击下方链接"
    assert all("{" not in t for t in (*hooks.values(), *ctas.values()))
    assert all(e.lang == "zh" for e in library_lines("hook", zh))
    en, _ = sample_project("en")
    ctas = {e.id: e.text for e in library_lines("cta", en)}
    assert ctas["cta-en-brief-01"] == "$5 off today, 2 for $19. Tap the link below."
    hooks = {e.id: e.text for e in library_lines("hook", en)}
    assert hooks["hook-en-brief-01"] == "Night owls, still struggling with dull skin?"


def test_lines_the_brief_cannot_fill_are_left_out() -> None:
    project, _ = sample_project("zh")
    ops.set_field(project, project, "brief", Brief(personas=[Persona("宝妈")], pains=["腰疼"]))
    hooks = {e.id: e.text for e in library_lines("hook", project)}
    assert hooks["hook-zh-brief-01"] == "宝妈还在为腰疼发愁？"
    assert "hook-zh-brief-02" not in hooks  # no price in this brief
    assert not any(e.id.startswith("cta-zh-brief") for e in library_lines("cta", project))
    # the ready-made lines without slots are all still offered
    plain = [e for e in entries("hook", lang="zh") if "{" not in e.text]
    assert all(e.id in hooks for e in plain)


def test_fill_needs_every_slot_and_knows_both_languages() -> None:
    project, _ = sample_project("zh")
    values = slot_values(project, Brief(personas=[Persona("A"), Persona("B")], pains=["p1", "p2"],
                                        offer=Offer(deadline="周日")), persona=1, pain=3)  # fmt: skip
    assert fill("{人群}/{persona}/{痛点}/{截止}", values) == "B/B/p2/周日"
    assert fill("{人群}{价格}", values) is None
    assert fill("{nonsense}", values) is None
    assert fill_prompt("{人群}的{价格}", values, "zh") == "B的「价格」"
    assert fill_prompt("{persona}: {price}", values, "en") == "B: [price]"

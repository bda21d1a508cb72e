"""What a template needs from the brief: declared in its JSON, checked on load, reported as tips that lead to the brief."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from studio.guide.brief.needs import (
    NEEDS,
    UnknownNeedError,
    check_needs,
    label,
    missing,
    opens_brief,
    template_needs,
)
from studio.guide.brief.templates import TEMPLATE_DIR, TemplateSlotError, load_template, templates
from studio.guide.checker import check_project
from studio.guide.findings import Severity, has_errors
from studio.models import ops
from studio.models.brief import Brief, Offer, SellingPoint
from studio.samples import sample_project

#: What the playbooks say each structure cannot be written without.
MUST = {
    "before_after": {"before_after"},
    "live_clip": {"price", "stock", "deadline"},
    "review_teardown": {"tested_points"},
    "tutorial": {"scene"},
    "pain_solution_cta": {"persona", "pain"},
}


def test_every_template_declares_known_needs() -> None:
    found = templates()
    assert len(found) == 7
    for tid, tpl in found.items():
        assert tpl.needs and set(tpl.needs) <= set(NEEDS), tid
        assert set(tpl.needs) >= MUST.get(tid, set()), tid
        assert template_needs(tid) == tpl.needs


def _write_template(tmp_path: Path, **changes: object) -> Path:
    data = json.loads((TEMPLATE_DIR / "tutorial.json").read_text("utf-8"))
    data.update(changes)
    path = tmp_path / "t.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def test_an_unknown_need_or_slot_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UnknownNeedError) as caught:
        load_template(_write_template(tmp_path, needs=["scene", "celebrity"]))
    assert caught.value.need == "celebrity" and "'celebrity'" in str(caught.value)
    assert "known needs: persona, pain" in str(caught.value)
    with pytest.raises(UnknownNeedError):
        load_template(_write_template(tmp_path, needs="scene"))
    beats = json.loads((TEMPLATE_DIR / "tutorial.json").read_text("utf-8"))["beats"]
    beats[0]["prompt"]["en"] = "Golden 3 seconds: {celebrity} says it"
    with pytest.raises(TemplateSlotError) as slot:
        load_template(_write_template(tmp_path, beats=beats))
    assert slot.value.slot == "celebrity" and "{celebrity}" in str(slot.value)
    assert load_template(_write_template(tmp_path)).needs == ("scene", "pain", "selling_point")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_sample_brief_meets_every_template(lang: str) -> None:
    project, _ = sample_project(lang, frame_edge=64)
    for tid, tpl in templates().items():
        assert missing(project.brief, tpl.needs) == [], tid


def test_what_is_missing_is_named_and_each_need_is_judged_on_its_own() -> None:
    assert missing(Brief(), template_needs("live_clip")) == list(template_needs("live_clip"))
    brief = Brief(
        pains=["frizz"],
        selling_points=[SellingPoint("argan oil", "salon test", 1), SellingPoint("no residue", "", 2)],
        offer=Offer(price="$12", stock="200 left"),
    )
    assert missing(brief, template_needs("live_clip")) == ["deadline"]
    assert missing(brief, ("tested_points",)) == ["tested_points"]  # one point has no evidence
    assert missing(brief, ("before_after",)) == ["before_after"]
    compared = dataclasses.replace(brief, selling_points=[SellingPoint("argan oil", "Day 1 vs day 14", 1)])
    assert missing(compared, ("before_after",)) == []
    assert missing(Brief(selling_points=[SellingPoint("x", "使用前后对比", 1)]), ("before_after",)) == []
    assert label("tested_points", "zh") == "两个以上带证据的卖点" and label("stock", "en") == "stock"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_missing_need_is_a_tip_that_sends_the_writer_to_the_brief(lang: str) -> None:
    project, _ = sample_project(lang, frame_edge=64)
    script = project.scripts[0]
    assert check_needs(project, script) == []
    ops.set_field(project, project, "brief", dataclasses.replace(project.brief, personas=[], offer=Offer()))
    tips = check_needs(project, script)
    assert [f.args["need"].en for f in tips] == ["audience (persona)", "price", "offer deadline"]
    assert all(f.severity is Severity.TIP and f.rule == "template.need" for f in tips)
    assert [opens_brief(f.fix) for f in tips] == ["personas", "offer.price", "offer.deadline"]
    assert all(f.fix is not None and not f.fix.applicable for f in tips)
    text = tips[1].message(lang)
    assert (
        ("价格" in text and "痛点-方案-行动" in text)
        if lang == "zh"
        else ("price" in text and "Pain" in text)
    )
    assert ("简报" in tips[1].fix.text(lang)) if lang == "zh" else ("Brief tab" in tips[1].fix.text(lang))
    everything = check_project(project, script.id)
    assert [f for f in everything if f.rule == "template.need"] == tips
    assert not has_errors(tips)
    assert tips[0].to_dict(lang)["fix"]["applicable"] is False


def test_a_script_without_a_known_template_or_an_empty_brief_asks_nothing() -> None:
    project, _ = sample_project("en", frame_edge=64)
    script = project.scripts[0]
    ops.set_field(project, project, "brief", Brief(pains=["frizz"]))
    assert len(check_needs(project, script)) == len(template_needs(script.template)) - 1
    ops.set_field(project, project, "brief", Brief())  # no brief at all: the writer works without one
    assert check_needs(project, script) == []
    ops.set_field(project, project, "brief", Brief(pains=["frizz"]))
    script.template = "made_by_hand"
    assert check_needs(project, script) == []

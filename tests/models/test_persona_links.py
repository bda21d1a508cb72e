"""Personas keep stable ids and a selling point is for a persona by its id (typed names matched once)."""

from __future__ import annotations

import dataclasses

from studio.models import ops
from studio.models.brief import Brief, Persona, SellingPoint, link_brief, unlinked_personas
from studio.models.serial import project_from_dict, project_to_dict
from studio.samples import sample_project


def _brief() -> Brief:
    return link_brief(
        Brief(),
        Brief(personas=[Persona("熬夜党"), Persona("宝妈")], selling_points=[SellingPoint("烟酰胺")]),
    )


def test_every_persona_gets_a_unique_id_that_a_rename_keeps() -> None:
    b = _brief()
    ids = [p.id for p in b.personas]
    assert all(ids) and len(set(ids)) == 2
    point = dataclasses.replace(b.selling_points[0], for_persona=ids[1])
    b = dataclasses.replace(b, selling_points=[point])
    # a form that shows no ids hands the personas back without them, the second one renamed
    shown = dataclasses.replace(b, personas=[Persona("熬夜党"), Persona("新手宝妈")])
    linked = link_brief(b, shown)
    assert [p.id for p in linked.personas] == ids
    assert linked.persona_for(linked.selling_points[0]) == "新手宝妈"
    # a persona removed clears the links to it; one put in its place (no likeness) gets a new id
    other = link_brief(linked, dataclasses.replace(linked, personas=[Persona("熬夜党"), Persona("学生")]))
    assert other.personas[1].id not in ids and other.selling_points[0].for_persona == ""


def test_a_typed_name_is_matched_once_and_an_unknown_one_kept_and_listed() -> None:
    b = _brief()
    b = link_brief(b, dataclasses.replace(b, personas=[*b.personas, Persona("Night Owls")]))
    typed = [SellingPoint("烟酰胺", for_persona="熬夜党"), SellingPoint("便宜", for_persona=" 宝妈 "),
             SellingPoint("清爽", for_persona="ｎｉｇｈｔ-owls"), SellingPoint("水润", for_persona="学生党")]  # fmt: skip
    linked = link_brief(b, dataclasses.replace(b, selling_points=typed))
    ids = [p.id for p in b.personas]
    assert [sp.for_persona for sp in linked.selling_points] == [*ids, "学生党"]
    assert unlinked_personas(linked) == ["学生党"]


def test_json_load_links_names_and_keeps_ids() -> None:
    project, _ = sample_project("zh")
    ops.set_field(project, project, "brief", _brief())
    data = project_to_dict(project)
    data["project"]["brief"]["selling_points"][0]["for_persona"] = "宝妈"
    loaded = project_from_dict(data)
    assert [p.id for p in loaded.brief.personas] == [p.id for p in project.brief.personas]
    assert loaded.brief.selling_points[0].for_persona == project.brief.personas[1].id
    del data["project"]["brief"]["personas"][0]["id"]  # a hand-written file without ids
    assert all(p.id for p in project_from_dict(data).brief.personas)

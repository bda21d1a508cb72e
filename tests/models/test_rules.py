"""The model's own rules: a breaking edit is refused with a typed error before anything changes, on every path."""

from __future__ import annotations

import copy
import json

import pytest

from studio.models import ops, rules
from studio.models.entities import Alternative, Beat, Change, Project, Script, Shot, Variant
from studio.models.errors import DuplicateNameError, EmptyNameError, InterchangeError, InvalidValueError
from studio.models.serial import project_from_dict, project_to_dict


def _project() -> Project:
    shot_a = Shot(code="H-A-01", duration_ds=20)
    shot_b = Shot(code="H-B-01", duration_ds=30)
    beat = Beat(
        name="hook",
        alternatives=[Alternative(label="A", shots=[shot_a]), Alternative(label="B", shots=[shot_b])],
    )
    script = Script(
        title="S", beats=[beat], variants=[Variant(name="Base", is_base=True), Variant(name="Hook B")]
    )
    return Project(scripts=[script])


@pytest.fixture
def project() -> Project:
    p = _project()
    p.modified = "then"
    return p


def _heard(project: Project) -> list[Change]:
    heard: list[Change] = []
    project.listeners.append(heard.append)
    return heard


def test_names_are_compared_trimmed_and_folded() -> None:
    assert rules.name_key("  ＨＯＯＫ　Ｂ ") == rules.name_key("hook b") == "hook b"
    assert rules.name_key("Straße") == rules.name_key("STRASSE")
    assert rules.name_key("价格钩子") != rules.name_key("价格 钩子")


@pytest.mark.parametrize("name", ["hook b", " Hook B ", "ＨＯＯＫ Ｂ", "BASE"])
def test_renaming_a_variant_to_a_taken_name_changes_nothing(project: Project, name: str) -> None:
    heard = _heard(project)
    before = project_to_dict(project)
    variant = (
        project.scripts[0].variants[1]
        if name.strip().casefold() == "base"
        else project.scripts[0].variants[0]
    )
    with pytest.raises(DuplicateNameError) as info:
        ops.set_field(project, variant, "name", name)
    assert info.value.what == "variant" and info.value.name == name
    assert info.value.other in ("Hook B", "Base") and info.value.where == "S"
    assert project_to_dict(project) == before and heard == [] and project.modified == "then"


def test_a_variant_may_keep_its_own_name_in_another_case(project: Project) -> None:
    variant = project.scripts[0].variants[1]
    ops.set_field(project, variant, "name", "HOOK B")
    assert variant.name == "HOOK B"


def test_an_empty_variant_name_is_refused(project: Project) -> None:
    with pytest.raises(EmptyNameError):
        ops.set_field(project, project.scripts[0].variants[1], "name", "   ")
    assert project.scripts[0].variants[1].name == "Hook B"


def test_adding_a_variant_with_a_taken_name_is_refused(project: Project) -> None:
    script = project.scripts[0]
    with pytest.raises(DuplicateNameError):
        ops.insert_variant(project, script, 2, Variant(name="hook  b"))
    assert len(script.variants) == 2


def test_shot_codes_stay_unique_in_a_script(project: Project) -> None:
    script = project.scripts[0]
    _, alt_b = script.beats[0].alternatives
    with pytest.raises(DuplicateNameError) as info:
        ops.set_field(project, alt_b.shots[0], "code", "h-a-01")
    assert info.value.what == "shot_code" and alt_b.shots[0].code == "H-B-01"
    with pytest.raises(DuplicateNameError):
        ops.insert_shot(project, alt_b, 1, Shot(code="H-A-01"))
    assert len(alt_b.shots) == 1
    # a shot without a code gets a free one
    assert ops.insert_shot(project, alt_b, 1, Shot()).code == "H-B-02"


@pytest.mark.parametrize("duration", [0, -5, 36001, 1.5, True])
def test_a_shot_of_no_or_impossible_length_is_refused(project: Project, duration: object) -> None:
    alt = project.scripts[0].beats[0].alternatives[0]
    with pytest.raises(InvalidValueError):
        ops.insert_shot(project, alt, 0, Shot(duration_ds=duration))  # type: ignore[arg-type]
    assert len(alt.shots) == 1


def test_alternative_labels_stay_unique_in_a_beat(project: Project) -> None:
    beat = project.scripts[0].beats[0]
    with pytest.raises(DuplicateNameError):
        ops.insert_alternative(project, beat, 2, Alternative(label="b"))
    with pytest.raises(DuplicateNameError):
        ops.set_field(project, beat.alternatives[1], "label", "A")
    assert [a.label for a in beat.alternatives] == ["A", "B"]


def test_a_script_that_breaks_a_rule_is_not_added(project: Project) -> None:
    bad = Script(title="T", variants=[Variant(name="Base", is_base=True), Variant(name="base ")])
    with pytest.raises(DuplicateNameError):
        ops.insert_script(project, 1, bad)
    assert len(project.scripts) == 1


def test_a_restore_that_breaks_a_rule_changes_nothing(project: Project) -> None:
    source = copy.deepcopy(_project())
    source.scripts[0].variants[1].name = "ｂａｓｅ"
    before = project_to_dict(project)
    with pytest.raises(DuplicateNameError):
        ops.replace_content(project, source)
    assert project_to_dict(project) == before


def test_json_with_two_variants_of_one_name_is_refused_naming_both(project: Project) -> None:
    data = json.loads(json.dumps(project_to_dict(project)))
    data["scripts"][0]["variants"][1]["name"] = " base"
    with pytest.raises(DuplicateNameError) as info:
        project_from_dict(data, "x.json")
    assert {info.value.name, info.value.other} == {" base", "Base"}


def test_json_with_a_zero_length_shot_is_refused(project: Project) -> None:
    data = json.loads(json.dumps(project_to_dict(project)))
    data["scripts"][0]["beats"][0]["alternatives"][0]["shots"][0]["duration"] = 0
    with pytest.raises(InterchangeError):
        project_from_dict(data, "x.json")

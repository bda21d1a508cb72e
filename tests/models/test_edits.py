"""Composite edits refuse before changing anything, make all their steps or none, and undo exactly."""

from __future__ import annotations

import pytest

from studio.models import edits, ops
from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant, VariantResult
from studio.models.enums import BeatKind
from studio.models.errors import DuplicateNameError, EmptyNameError, LastItemError, ModelError, NotFoundError
from studio.models.serial import project_to_dict


def make_project() -> Project:
    """Three beats (hook with alternatives A and B, pain, CTA), two shots in each alternative."""
    project = Project(title="t")
    script = Script(title="s")
    ops.insert_script(project, 0, script)
    for kind in (BeatKind.HOOK, BeatKind.PAIN, BeatKind.CTA):
        beat = ops.insert_beat(project, script, len(script.beats), Beat(kind=kind))
        ops.insert_shot(project, beat.alternatives[0], 0, Shot(duration_ds=15))
        ops.insert_shot(project, beat.alternatives[0], 1, Shot(duration_ds=10))
    hook = script.beats[0]
    alt_b = ops.insert_alternative(project, hook, 1, ops.new_alternative(hook))
    ops.insert_shot(project, alt_b, 0, Shot(duration_ds=20))
    ops.insert_shot(project, alt_b, 1, Shot(duration_ds=20))
    return project


def codes(project: Project) -> list[list[str]]:
    return [[s.code for s in a.shots] for b in project.scripts[0].beats for a in b.alternatives]


def shots(project: Project, *wanted: str) -> list[Shot]:
    found = {s.code: s for _, _, s in project.scripts[0].iter_shots()}
    return [found[c] for c in wanted]


def content(project: Project) -> dict:
    """The document as stored, but for its time of last change (a redo a second later stamps a later one)."""
    data = project_to_dict(project)
    data["project"].pop("modified", None)
    return data


def roundtrip(project: Project, edit: edits.Edit) -> None:
    """Apply, revert and apply again: revert gives back the very document, redo the same result."""
    before = project_to_dict(project)
    edit.apply()
    after = content(project)
    edit.revert()
    assert project_to_dict(project) == before
    edit.apply()
    assert content(project) == after


def unchanged(project: Project, make: object) -> None:
    """``make`` raises a ModelError and the document is as it was."""
    before = project_to_dict(project)
    heard: list[object] = []
    project.listeners.append(heard.append)
    with pytest.raises(ModelError):
        make()  # type: ignore[operator]
    assert project_to_dict(project) == before and heard == []


# --- moving shots: the one Alt+Up/Down -----------------------------------------------------


def test_a_shot_moves_within_its_alternative() -> None:
    project = make_project()
    base = project.scripts[0].base_variant
    edit = edits.move_shots(project, base, shots(project, "P-A-02"), -1)
    edit.apply()
    assert codes(project)[2] == ["P-A-02", "P-A-01"]


def test_at_its_alternative_s_top_a_shot_moves_to_the_end_of_the_previous_beat_s_played_alternative() -> None:
    project = make_project()
    script = project.scripts[0]
    variant = Variant(name="B hook", choices={script.beats[0].id: script.beats[0].alternatives[1].id})
    ops.insert_variant(project, script, 1, variant)
    roundtrip(project, edits.move_shots(project, variant, shots(project, "P-A-01"), -1))
    assert codes(project)[:3] == [["H-A-01", "H-A-02"], ["H-B-01", "H-B-02", "P-A-01"], ["P-A-02"]]
    # with the base variant it goes to the alternative the base plays: A
    project = make_project()
    edits.move_shots(project, project.scripts[0].base_variant, shots(project, "P-A-01"), -1).apply()
    assert codes(project)[0] == ["H-A-01", "H-A-02", "P-A-01"]


def test_at_its_alternative_s_end_a_shot_moves_to_the_start_of_the_next_beat() -> None:
    project = make_project()
    base = project.scripts[0].base_variant
    edits.move_shots(project, base, shots(project, "P-A-02"), 1).apply()
    assert codes(project)[2:] == [["P-A-01"], ["P-A-02", "C-A-01", "C-A-02"]]


def test_nothing_moves_past_the_script_s_edges_and_a_block_keeps_its_order() -> None:
    project = make_project()
    base = project.scripts[0].base_variant
    assert not edits.move_shots(project, base, shots(project, "H-A-01"), -1)
    assert not edits.move_shots(project, base, shots(project, "C-A-02"), 1)
    block = edits.move_shots(project, base, shots(project, "H-A-01", "H-A-02"), -1)
    assert not block  # the first cannot move, so the second stays under it
    edit = edits.move_shots(project, base, shots(project, "P-A-01", "P-A-02"), -1)
    roundtrip(project, edit)
    assert codes(project)[0] == ["H-A-01", "H-A-02", "P-A-01", "P-A-02"] and codes(project)[2] == []


def test_moving_a_shot_that_is_not_in_the_document_is_refused_before_anything_changes() -> None:
    project = make_project()
    base = project.scripts[0].base_variant
    unchanged(project, lambda: edits.move_shots(project, base, [*shots(project, "P-A-02"), Shot()], -1))


# --- shots ------------------------------------------------------------------------------


def test_duplicate_puts_copies_right_after_their_originals_with_new_codes() -> None:
    project = make_project()
    edit, copies = edits.duplicate_shots(project, shots(project, "P-A-01", "P-A-02"))
    roundtrip(project, edit)
    assert codes(project)[2] == ["P-A-01", "P-A-03", "P-A-02", "P-A-04"]
    assert [c.code for c in copies] == ["P-A-03", "P-A-04"]


def test_delete_and_paste_undo_exactly() -> None:
    project = make_project()
    roundtrip(project, edits.delete_shots(project, shots(project, "H-A-01", "P-A-02")))
    pain = project.scripts[0].beats[1].alternatives[0]
    pasted = [edits.copy_of(s) for s in shots(project, "C-A-01")]
    pasted[0].frame = "not-in-this-file"
    roundtrip(project, edits.paste_shots(project, pasted, pain, 0))
    assert pasted[0].frame is None and pain.shots[0] is pasted[0]


def test_a_shot_too_long_is_refused_before_any_of_the_others_goes_in() -> None:
    project = make_project()
    pain = project.scripts[0].beats[1].alternatives[0]
    unchanged(project, lambda: edits.add_shots(project, pain, 0, [Shot(), Shot(duration_ds=10**9)]))


def test_a_step_that_still_fails_takes_back_the_steps_made_before_it() -> None:
    project = make_project()
    pain = project.scripts[0].beats[1].alternatives[0]
    first, second = Shot(), Shot()
    edit = edits.add_shots(project, pain, 0, [first, second])
    second.code = "H-A-01"  # taken after planning: the second insert fails when made
    before = project_to_dict(project)
    with pytest.raises(DuplicateNameError):
        edit.apply()
    assert project_to_dict(project) == before and not edit.applied


def test_move_before_an_anchor_and_to_an_alternative_s_end() -> None:
    project = make_project()
    cta = project.scripts[0].beats[2].alternatives[0]
    roundtrip(project, edits.move_shots_before(project, shots(project, "H-A-01", "P-A-02"), cta.shots[1]))
    assert codes(project)[3] == ["C-A-01", "H-A-01", "P-A-02", "C-A-02"]
    roundtrip(project, edits.move_shots_to_end(project, shots(project, "C-A-01"), cta))
    assert codes(project)[3] == ["H-A-01", "P-A-02", "C-A-02", "C-A-01"]


# --- beats, alternatives, variants ------------------------------------------------------


def test_the_last_alternative_and_the_last_beat_are_refused() -> None:
    project = make_project()
    pain = project.scripts[0].beats[1]
    unchanged(project, lambda: edits.remove_alternative(project, pain.alternatives[0]))
    one = Project()
    ops.insert_script(one, 0, Script())
    beat = ops.insert_beat(one, one.scripts[0], 0, Beat())
    unchanged(one, lambda: edits.remove_beat(one, beat))


def test_removing_a_played_alternative_gives_back_the_choice_on_undo() -> None:
    project = make_project()
    script = project.scripts[0]
    hook = script.beats[0]
    variant = Variant(name="B", choices={hook.id: hook.alternatives[1].id})
    edits.create_variant(project, script, variant).apply()
    edit = edits.remove_alternative(project, hook.alternatives[1])
    roundtrip(project, edit)
    edit.revert()
    assert variant.choices[hook.id] == hook.alternatives[1].id


def test_add_alternative_with_its_first_shot_and_remove_and_move_a_beat() -> None:
    project = make_project()
    cta = project.scripts[0].beats[2]
    alt = ops.new_alternative(cta)
    roundtrip(project, edits.add_alternative(project, cta, alt, [Shot(voiceover="hi")]))
    assert cta.alternatives[-1] is alt and alt.shots[0].code == "C-B-01"
    unchanged(project, lambda: edits.add_alternative(project, cta, Alternative(label="A")))
    roundtrip(project, edits.move_beat(project, cta, 0))
    assert not edits.move_beat(project, cta, 0) and not edits.move_beat(project, cta, 9)
    roundtrip(project, edits.remove_beat(project, cta))


def test_variants_refuse_a_taken_or_empty_name_and_the_base_stays() -> None:
    project = make_project()
    script = project.scripts[0]
    unchanged(project, lambda: edits.create_variant(project, script, Variant(name=" base ")))
    unchanged(project, lambda: edits.create_variant(project, script, Variant(name="x", choices={"b": "a"})))
    variant = Variant(name="Short hook")
    roundtrip(project, edits.create_variant(project, script, variant))
    with pytest.raises(DuplicateNameError):
        edits.rename_variant(project, variant, "BASE")
    with pytest.raises(EmptyNameError):
        edits.rename_variant(project, variant, "  ")
    assert variant.name == "Short hook"
    roundtrip(project, edits.rename_variant(project, variant, "Long hook"))
    unchanged(project, lambda: edits.delete_variant(project, script.base_variant))
    roundtrip(project, edits.delete_variant(project, variant))
    hook = script.beats[0]
    unchanged(project, lambda: edits.set_choice(project, script.base_variant, hook, "nothing"))
    roundtrip(project, edits.set_choice(project, script.base_variant, hook, hook.alternatives[1].id))


def test_set_fields_checks_every_value_before_setting_any() -> None:
    project = make_project()
    first, second = shots(project, "H-A-01", "P-A-01")
    unchanged(
        project, lambda: edits.set_fields(project, [(first, "voiceover", "ok"), (second, "code", "H-A-02")])
    )
    roundtrip(project, edits.set_fields(project, [(first, "voiceover", "ok"), (second, "visual", "sea")]))


# --- scripts, results, restore ------------------------------------------------------------


def test_split_voice_over_fills_beats_and_makes_missing_ones_in_order() -> None:
    project = make_project()
    script = project.scripts[0]
    pairs = [(BeatKind.HOOK, Shot(voiceover="h")), (BeatKind.SOLUTION, Shot(voiceover="s")),
             (BeatKind.PROOF, Shot(voiceover="p"))]  # fmt: skip
    edit = edits.insert_split(project, script, script.base_variant, pairs, replace=True)
    roundtrip(project, edit)
    assert [b.kind for b in script.beats] == [BeatKind.HOOK, BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.PROOF,
                                              BeatKind.CTA]  # fmt: skip
    assert [s.voiceover for s in script.beats[0].alternatives[0].shots] == ["h"]
    assert [s.voiceover for s in script.beats[3].alternatives[0].shots] == ["p"]


def test_results_scripts_and_restore_round_trip() -> None:
    project = make_project()
    base = project.scripts[0].base_variant
    unchanged(project, lambda: edits.set_results(project, {"x": VariantResult(variant_id="y")}))
    roundtrip(project, edits.set_results(project, {base.id: VariantResult(variant_id=base.id)}))
    draft = Script(title="draft")
    roundtrip(project, edits.add_script(project, draft))
    other = Script(title="other")
    roundtrip(project, edits.replace_script(project, draft, other))
    unchanged(project, lambda: edits.replace_script(project, draft, Script()))
    content = make_project()
    roundtrip(project, edits.restore(project, content))


def test_an_edit_refused_by_a_rule_names_what_was_not_found() -> None:
    project = make_project()
    with pytest.raises(NotFoundError):
        edits.remove_beat(project, Beat())
    with pytest.raises(LastItemError):
        edits.delete_variant(project, project.scripts[0].base_variant)

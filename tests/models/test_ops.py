"""Edit operations change the document, tell listeners, and can be undone exactly."""

from __future__ import annotations

import pytest

from studio.models import ops
from studio.models.changes import Change, Op
from studio.models.codes import label_for, next_label
from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.models.enums import BeatKind, ShotSize, ShotStatus
from studio.models.errors import InvalidValueError, LastItemError, UnknownFieldError
from studio.models.serial import project_to_dict
from studio.models.timeline import beat_spans, cut, differing_beats, format_timecode, total_ds, union


def make_project() -> Project:
    project = Project(title="t")
    script = Script(title="s")
    ops.insert_script(project, 0, script)
    for kind in (BeatKind.HOOK, BeatKind.PAIN, BeatKind.CTA):
        beat = ops.insert_beat(project, script, len(script.beats), Beat(kind=kind))
        ops.insert_shot(project, beat.alternatives[0], 0, Shot(duration_ds=15))
        ops.insert_shot(project, beat.alternatives[0], 1, Shot(duration_ds=10))
    return project


def test_codes_follow_beat_alternative_and_number() -> None:
    project = make_project()
    script = project.scripts[0]
    codes = [s.code for _, _, s in script.iter_shots()]
    assert codes == ["H-A-01", "H-A-02", "P-A-01", "P-A-02", "C-A-01", "C-A-02"]
    hook = script.beats[0]
    alt_b = ops.insert_alternative(project, hook, 1, ops.new_alternative(hook))
    assert alt_b.label == "B"
    assert ops.insert_shot(project, alt_b, 0, Shot()).code == "H-B-01"


def test_codes_are_stable_and_never_reused() -> None:
    project = make_project()
    hook_alt = project.scripts[0].beats[0].alternatives[0]
    first = hook_alt.shots[0]
    ops.move_shot(project, first, hook_alt, 1)
    assert first.code == "H-A-01"
    ops.remove_shot(project, hook_alt.shots[1])
    assert ops.insert_shot(project, hook_alt, 0, Shot()).code == "H-A-03"


def test_repeated_beat_kinds_get_numbered_prefixes() -> None:
    project = make_project()
    script = project.scripts[0]
    second_pain = ops.insert_beat(project, script, 2, Beat(kind=BeatKind.PAIN))
    assert ops.insert_shot(project, second_pain.alternatives[0], 0, Shot()).code == "P2-A-01"


def test_labels() -> None:
    assert [label_for(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]
    beat = Beat(alternatives=[Alternative(label="A"), Alternative(label="C")])
    assert next_label(beat) == "B"


def test_set_field_returns_old_value_and_notifies() -> None:
    project = make_project()
    seen: list[Change] = []
    project.listeners.append(seen.append)
    shot = project.scripts[0].beats[0].alternatives[0].shots[0]
    old = ops.set_field(project, shot, "voiceover", "熬夜脸暗沉？")
    assert old == "" and shot.voiceover == "熬夜脸暗沉？"
    assert seen[-1] == Change(Op.SET, shot, None, "voiceover")
    assert ops.set_field(project, shot, "shot_size", "close_up") is None
    assert shot.shot_size is ShotSize.CLOSE_UP
    ops.set_field(project, shot, "status", ShotStatus.SHOT)
    assert shot.status is ShotStatus.SHOT
    ops.set_field(project, shot, "tags", ["reaction", " reaction ", "", "proof"])
    assert shot.tags == ["reaction", "proof"]


def test_set_field_rejects_bad_values() -> None:
    project = make_project()
    shot = project.scripts[0].beats[0].alternatives[0].shots[0]
    with pytest.raises(UnknownFieldError):
        ops.set_field(project, shot, "id", "x")
    for name, value in [
        ("duration_ds", 0),
        ("duration_ds", 1.5),
        ("duration_ds", True),
        ("shot_size", "huge"),
        ("visual", 3),
        ("tags", "a"),
    ]:
        with pytest.raises(InvalidValueError):
            ops.set_field(project, shot, name, value)
    with pytest.raises(InvalidValueError):
        ops.set_field(project, project, "zh_cps", -1)


def test_lone_surrogates_are_replaced() -> None:
    project = make_project()
    shot = project.scripts[0].beats[0].alternatives[0].shots[0]
    ops.set_field(project, shot, "notes", "a\ud800b\x01")
    assert shot.notes == "a\ufffdb\x01"


def test_every_operation_undoes_exactly() -> None:
    project = make_project()
    script = project.scripts[0]
    before = project_to_dict(project)
    hook, pain, cta = script.beats
    shot = hook.alternatives[0].shots[0]

    alt, index = ops.move_shot(project, shot, pain.alternatives[0], 1)
    ops.move_shot(project, shot, alt, index)
    where = ops.remove_shot(project, shot)
    ops.insert_shot(project, *where, shot)
    old = ops.move_beat(project, cta, 0)
    ops.move_beat(project, cta, old)
    variant = ops.insert_variant(project, script, 1, Variant(name="B"))
    alt_b = ops.insert_alternative(project, hook, 1, ops.new_alternative(hook))
    prev = ops.set_choice(project, variant, hook, alt_b.id)
    beat_where = ops.remove_alternative(project, alt_b)
    assert hook.id not in variant.choices
    ops.insert_alternative(project, hook, beat_where[1], alt_b)
    ops.restore_choices(project, script, beat_where[2], hook.id)
    assert variant.choices[hook.id] == alt_b.id
    ops.set_choice(project, variant, hook, prev)
    ops.remove_alternative(project, alt_b)
    ops.remove_variant(project, variant)
    removed = ops.remove_beat(project, pain)
    ops.insert_beat(project, removed[0], removed[1], pain)
    after = project_to_dict(project)
    before["project"]["modified"] = after["project"]["modified"]
    assert after == before


def test_cannot_remove_base_variant_last_alternative_or_last_script() -> None:
    project = make_project()
    script = project.scripts[0]
    with pytest.raises(LastItemError):
        ops.remove_variant(project, script.base_variant)
    with pytest.raises(LastItemError):
        ops.remove_alternative(project, script.beats[0].alternatives[0])
    with pytest.raises(LastItemError):
        ops.remove_script(project, script)


def test_timeline_derives_cut_spans_and_union() -> None:
    project = make_project()
    script = project.scripts[0]
    hook = script.beats[0]
    alt_b = ops.insert_alternative(project, hook, 1, ops.new_alternative(hook))
    ops.insert_shot(project, alt_b, 0, Shot(duration_ds=30))
    variant = ops.insert_variant(project, script, 1, Variant(name="Hook B"))
    ops.set_choice(project, variant, hook, alt_b.id)
    base = script.base_variant
    assert total_ds(script, base) == 75
    assert total_ds(script, variant) == 80
    timed = cut(script, variant)
    assert [t.shot.code for t in timed][:1] == ["H-B-01"]
    assert [(t.start_ds, t.end_ds) for t in timed] == [(0, 30), (30, 45), (45, 55), (55, 70), (70, 80)]
    spans = beat_spans(script, base)
    assert [(s.beat.kind.value, s.start_ds, s.end_ds) for s in spans] == [
        ("hook", 0, 25),
        ("pain", 25, 50),
        ("cta", 50, 75),
    ]
    shared = [u for u in union(script) if u.beat is script.beats[1]]
    assert all(set(u.variants) == {base, variant} for u in shared)
    hook_b = [u for u in union(script) if u.alt is alt_b]
    assert [v.name for v in hook_b[0].variants] == ["Hook B"]
    assert differing_beats(script, base, variant) == [hook]
    assert format_timecode(754) == "01:15.4"


def test_one_shot_shared_by_variants_is_one_object() -> None:
    project = make_project()
    script = project.scripts[0]
    variant = ops.insert_variant(project, script, 1, Variant(name="copy"))
    a = {id(t.shot) for t in cut(script, script.base_variant)}
    b = {id(t.shot) for t in cut(script, variant)}
    assert a == b
    shot = script.beats[1].alternatives[0].shots[0]
    ops.set_field(project, shot, "visual", "changed once")
    assert all(t.shot.visual == "changed once" for t in cut(script, variant) if t.shot.id == shot.id)

"""The timeline strip: proportional beats, click to select, hook line and CTA window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from studio.models import ops, timeline
from studio.models.enums import BeatKind
from studio.ui.views.timeline_strip import TimelineStrip
from studio.ui.views.variants import VariantsView


def _strip(qtbot, doc) -> TimelineStrip:
    strip = TimelineStrip(doc)
    qtbot.addWidget(strip)
    strip.resize(1000, 72)
    strip.show()
    qtbot.waitExposed(strip)
    return strip


def test_click_selects_the_shot_under_the_mouse(qtbot, zh_doc):
    strip = _strip(qtbot, zh_doc)
    cut = timeline.cut(zh_doc.script, zh_doc.variant)
    target = cut[4]
    x = round((strip.x_of(target.start_ds) + strip.x_of(target.end_ds)) / 2)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(x, 40))
    assert zh_doc.selection == [target.shot.id]
    other = cut[0]
    x0 = round((strip.x_of(other.start_ds) + strip.x_of(other.end_ds)) / 2)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, QPoint(x0, 40))
    assert zh_doc.selection == [target.shot.id, other.shot.id]


def test_blocks_are_proportional_and_hook_line_sits_at_the_limit(qtbot, zh_doc):
    strip = _strip(qtbot, zh_doc)
    spans = strip.spans
    widths = [strip.x_of(s.end_ds) - strip.x_of(s.start_ds) for s in spans]
    for span, width in zip(spans, widths, strict=True):
        assert abs(width / widths[0] - span.duration_ds / spans[0].duration_ds) < 1e-6
    limit_ds = round(zh_doc.project.settings.get("hook_limit_s", 3.0) * 10)
    assert strip.hook_x() == strip.x_of(limit_ds)
    hook = spans[0]
    assert hook.beat.kind is BeatKind.HOOK
    # The hook block ends where the model says, whatever the sample's figures are.
    assert strip.shot_at(strip.x_of(hook.end_ds) - 1).beat is hook.beat
    assert strip.shot_at(strip.x_of(hook.end_ds) + 1).beat is not hook.beat
    # Make the hook run past the limit: the line now falls inside the hook, which is flagged over budget.
    first = hook.alt.shots[0]
    ops.set_field(zh_doc.project, first, "duration_ds", first.duration_ds + limit_ds)
    strip.refresher.flush()
    hook = strip.spans[0]
    assert hook.end_ds > limit_ds
    assert strip.shot_at(strip.hook_x() - 1).beat.kind is BeatKind.HOOK
    assert strip.shot_at(strip.hook_x() + 1).beat.kind is BeatKind.HOOK
    assert strip.over_budget(hook) and not strip.over_budget(strip.spans[1])
    # A five-second hook limit (a "golden 5 seconds" template) moves the line.
    settings = {**zh_doc.project.settings, "hook_limit_s": 5.0}
    ops.set_field(zh_doc.project, zh_doc.project, "settings", settings)
    assert strip.hook_x() == strip.x_of(50)
    assert not strip.grab().isNull()


def test_strip_follows_the_variant_chosen_in_the_matrix(qtbot, zh_doc, reopen):
    strip = _strip(qtbot, zh_doc)
    matrix = VariantsView(zh_doc)
    qtbot.addWidget(matrix)
    hook = next(b for b in zh_doc.script.beats if b.kind is BeatKind.HOOK)
    matrix.set_choice(zh_doc.variant, hook, hook.alternatives[1].id)
    strip.refresher.flush()
    assert strip.spans[0].alt is hook.alternatives[1]
    matrix._make_current(2)
    strip.refresher.flush()
    assert zh_doc.variant is zh_doc.script.variants[2]
    assert strip.total == timeline.total_ds(zh_doc.script, zh_doc.script.variants[2])
    saved = reopen(zh_doc).scripts[0]
    saved_hook = next(b for b in saved.beats if b.kind is BeatKind.HOOK)
    assert timeline.chosen_alternative(saved.base_variant, saved_hook).label == "B"


def test_a_beat_without_shots_and_an_empty_script_are_shown(qtbot, zh_doc):
    strip = _strip(qtbot, zh_doc)
    proof = next(b for b in zh_doc.script.beats if b.kind is BeatKind.PROOF)
    empty = ops.insert_alternative(zh_doc.project, proof, len(proof.alternatives), ops.new_alternative(proof))
    ops.set_choice(zh_doc.project, zh_doc.variant, proof, empty.id)
    strip.refresher.flush()
    assert [s.beat for s in strip.empty_beats()] == [proof]
    assert all(t.beat is not proof for t in strip.shots)
    assert not strip.grab().isNull()
    for _beat, _alt, shot in list(zh_doc.script.iter_shots()):
        ops.remove_shot(zh_doc.project, shot)
    strip.refresher.flush()
    assert strip.total == 0 and strip.shot_at(strip.x_of(5)) is None
    assert not strip.grab().isNull()


def test_ruler_marks_use_the_translated_unit(qtbot, zh_doc):
    strip = _strip(qtbot, zh_doc)
    assert strip.tick_label(20) == "2s"
    strip.tr = lambda source, *_: {"%1s": "%1秒"}.get(source, source)  # what the Chinese catalogue says
    assert strip.tick_label(20) == "2秒"
    strip.repaint()  # the ruler paints with the translated unit without trouble

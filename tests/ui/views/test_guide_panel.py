"""The guide panel: live findings, go to a finding's field, apply a fix undoably."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from studio.models import ops
from studio.models.enums import BeatKind
from studio.ui.views.guide_panel import DEBOUNCE_MS, FindingRole, GuidePanel
from studio.ui.views.write import WriteView

#: Far more voice-over than a two-second shot can hold: the guide must ask for a longer shot.
LONG_VO = "这瓶精华含有百分之五的烟酰胺，搭配透明质酸和神经酰胺，早晚各用一次，坚持四周肤色明显提亮"


def _row_of(panel: GuidePanel, finding) -> int:
    key = panel._key(finding)
    return next(
        i for i in range(panel.list.count()) if panel._key(panel.list.item(i).data(FindingRole)) == key
    )


def _overlong_shot(doc):
    """Give the solution's first shot a voice-over too long for it (the sample itself checks clean)."""
    beat = next(b for b in doc.script.beats if b.kind is BeatKind.SOLUTION)
    shot = beat.alternatives[0].shots[0]
    ops.set_field(doc.project, shot, "voiceover", LONG_VO)
    return shot


def _applicable(panel: GuidePanel, shot):
    return next(
        f for f in panel.findings if f.location.shot_id == shot.id and f.fix is not None and f.fix.applicable
    )


def test_apply_fix_is_saved_and_undoable(qtbot, zh_doc, reopen):
    shot = _overlong_shot(zh_doc)
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    finding = _applicable(panel, shot)
    assert finding.rule == "vo.too_long" and finding.fix.field == "duration_ds"
    fix = finding.fix
    entity = zh_doc.project.find(fix.entity_id)
    old = getattr(entity, fix.field)
    panel.list.setCurrentRow(_row_of(panel, finding))
    assert panel.fix_button.isEnabled()
    panel.fix_button.click()
    assert getattr(entity, fix.field) == fix.value
    assert all(panel._key(f) != panel._key(finding) for f in panel.findings)  # the finding is gone
    zh_doc.undo_stack.undo()
    assert getattr(entity, fix.field) == old
    zh_doc.undo_stack.redo()
    saved = reopen(zh_doc)
    saved_entity = saved.find(fix.entity_id)
    assert getattr(saved_entity, fix.field) == fix.value
    assert saved.find(shot.id).voiceover == LONG_VO


def test_clicking_a_finding_selects_its_shot_and_focuses_the_field(qtbot, zh_doc):
    shot = _overlong_shot(zh_doc)
    write = WriteView(zh_doc)
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(write)
    qtbot.addWidget(panel)
    write.show()
    qtbot.waitExposed(write)
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    finding = _applicable(panel, shot)
    item = panel.list.item(_row_of(panel, finding))
    panel.go_to(item)
    assert zh_doc.selection == [shot.id]
    row = write.row_for(shot.id)
    assert row is not None
    assert finding.location.field == "voiceover"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row.editors["voiceover"], timeout=2000)


def test_findings_follow_edits_after_a_short_pause(qtbot, zh_doc):
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    before = len(panel.findings)
    hook_shot = zh_doc.script.beats[0].alternatives[0].shots[0]
    write = WriteView(zh_doc)
    qtbot.addWidget(write)
    # An absolute claim the Advertising Law forbids, in the hook's captions.
    write.row_for(hook_shot.id).editors["onscreen_text"].setText("全网最低价，第一名的精华")
    qtbot.waitUntil(lambda: len(panel.findings) > before, timeout=DEBOUNCE_MS + 10_000)
    assert any(f.location.shot_id == hook_shot.id for f in panel.findings[: len(panel.findings)])


def test_findings_are_listed_by_severity_then_where_they_sit_in_the_script(qtbot, zh_doc):
    """Shots' findings in script order; an alternative's or beat's finding where its first shot sits."""
    script = zh_doc.script
    shots = [s for _b, _a, s in script.iter_shots()]
    for shot in (shots[-1], shots[len(shots) // 2], shots[0]):  # typed out of order
        ops.set_field(zh_doc.project, shot, "voiceover", LONG_VO + "，全网最低价")
    cta = next(b for b in script.beats if b.kind is BeatKind.CTA)
    ops.set_field(zh_doc.project, cta, "budget_ds", 10)  # the call to action over its time budget
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    listed = [panel.list.item(i).data(FindingRole) for i in range(panel.list.count())]
    assert listed == panel.findings and len({f.severity for f in listed}) > 1

    def position(finding) -> int:  # the first shot of the script the finding names
        loc = finding.location
        for i, (beat, alt, shot) in enumerate(script.iter_shots()):
            if shot.id == loc.shot_id or (loc.shot_id is None and (alt.id == loc.alt_id or (
                    loc.alt_id is None and beat.id == loc.beat_id))):  # fmt: skip
                return i
        return -1

    keys = [(f.severity.rank, position(f)) for f in listed]
    assert keys == sorted(keys)
    shot_rows = [position(f) for f in listed if f.location.shot_id and f.severity.rank == 0]
    assert shot_rows[0] == 0 and shot_rows[-1] == len(shots) - 1
    assert any(f.location.shot_id is None and f.location.beat_id for f in listed)
    codes = {f.location.shot_id: panel.where(f) for f in listed if f.location.shot_id}
    assert codes[shots[0].id] == shots[0].code


def test_summary_says_one_error_not_one_errors(qtbot, zh_doc):
    """The count line agrees with its numbers in English: '1 warning', '2 warnings', '0 tips'."""
    _overlong_shot(zh_doc)
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    one = panel.findings[0]
    others = [f for f in panel.findings if f.severity is not one.severity][:1] * 2
    panel.findings = [one, *others]
    panel._show()
    words = {"error": ("error", "errors"), "warning": ("warning", "warnings"), "tip": ("tip", "tips")}
    want = []
    for kind, (singular, plural) in words.items():
        n = sum(1 for f in panel.findings if f.severity.value == kind)
        want.append(f"{n} {singular if n == 1 else plural}")
    assert panel.summary.text() == " · ".join(want)
    assert "1 " + words[one.severity.value][0] + " ·" in panel.summary.text() + " ·"


def _texts(panel: GuidePanel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def test_a_one_shot_edit_touches_only_its_rows(qtbot, zh_doc, monkeypatch):
    """The list changes by difference: an edit adding one finding creates one row, a fix creates none."""
    from studio.ui.commands import SetFieldCommand
    from studio.ui.views import guide_panel

    shots = [s for _b, _a, s in zh_doc.script.iter_shots()]
    for shot in shots[::2]:
        ops.set_field(zh_doc.project, shot, "voiceover", LONG_VO)
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    before = panel.list.count()
    assert before >= len(shots[::2])
    made: list[object] = []

    class Counted(guide_panel.QListWidgetItem):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            made.append(self)

    monkeypatch.setattr(guide_panel, "QListWidgetItem", Counted)
    first = panel.list.item(0)
    target = shots[1]
    zh_doc.push(SetFieldCommand(zh_doc.project, target, "voiceover", LONG_VO))
    panel.run()
    added = panel.list.count() - before
    assert 1 <= added <= 2 and len(made) == added  # only the new shot's findings are new rows
    assert panel.list.item(0) is first
    fresh = GuidePanel(zh_doc)
    qtbot.addWidget(fresh)
    fresh.scope.setCurrentIndex(fresh.scope.findData("script"))
    assert _texts(panel) == _texts(fresh)
    assert [panel.list.item(i).data(FindingRole) for i in range(panel.list.count())] == panel.findings
    # Applying a fix (its shot lengthened: its beat and variant now run long) creates rows only for
    # findings that are new, wherever they sit.
    finding = _applicable(panel, target)
    panel.list.setCurrentRow(_row_of(panel, finding))
    made.clear()
    before_texts = set(_texts(panel))
    panel.fix_button.click()
    new_rows = [t for t in _texts(panel) if t not in before_texts]
    assert len(made) <= len(new_rows) < panel.list.count() // 2
    assert panel.current_finding() is None  # the fixed finding is gone, nothing else got selected
    fresh.run()
    assert _texts(panel) == _texts(fresh)
    assert [panel.list.item(i).data(FindingRole) for i in range(panel.list.count())] == panel.findings


def test_the_list_matches_any_new_findings_after_updates_by_difference(qtbot, zh_doc):
    """Random removals, additions and moves: after each update the rows are exactly the findings."""
    import random

    shots = [s for _b, _a, s in zh_doc.script.iter_shots()]
    for shot in shots[::2]:
        ops.set_field(zh_doc.project, shot, "voiceover", LONG_VO + "，全网最低价")
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    every = list(panel.findings)
    assert len(every) > 10
    rng = random.Random(5)
    for _ in range(40):
        chosen = rng.sample(every, rng.randrange(0, len(every) + 1))
        if rng.random() < 0.5:
            chosen.sort(key=every.index)  # mostly in order, as checks give them
        panel.findings = chosen
        panel._show()
        assert [panel.list.item(i).data(FindingRole) for i in range(panel.list.count())] == chosen
        texts = _texts(panel)
        assert all(f.message("en") in t or f.message("zh") in t for f, t in zip(chosen, texts, strict=True))


def test_a_change_of_structure_is_checked_again_off_the_window_thread(qtbot, zh_doc, monkeypatch):
    """A shot added (as an import does, or an undo of many edits) re-checks the whole script: in a
    background thread with a new checker, the list keeping the last findings until it is done."""
    import threading

    from studio.guide.checker import Checker
    from studio.models.entities import Shot

    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    panel.run()
    first = panel.checker
    threads: list[str] = []
    real = Checker.check

    def noted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Checker, "check", noted)
    alt = next(b for b in zh_doc.script.beats if b.kind is BeatKind.SOLUTION).alternatives[0]
    assert zh_doc.add_shot(alt, Shot(duration_ds=10, voiceover=LONG_VO), "insert shot", 0)
    qtbot.waitUntil(lambda: panel.checker is not first and not panel.judging, timeout=DEBOUNCE_MS + 10_000)
    assert threads and all(name != threading.main_thread().name for name in threads), threads
    new = alt.shots[0]
    assert any(f.location.shot_id == new.id and f.rule == "vo.too_long" for f in panel.findings)

"""The guide panel's fix button, pressed again and again on an over-long hook line, ends with a clean hook."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studio.models.enums import BeatKind
from studio.ui.commands import SetFieldCommand
from studio.ui.views.guide_panel import FindingRole, GuidePanel

#: Seventeen characters: 3.8 s of voice-over for a hook of 3 s.
HOOK_LINE = "熬夜党这瓶精华让你第二天脸不再暗沉"


def _first_fixable_row(panel: GuidePanel) -> int | None:
    """The first row (most severe first, as listed) whose fix the button applies."""
    for row in range(panel.list.count()):
        finding = panel.list.item(row).data(FindingRole)
        if finding.fix is not None and finding.fix.applicable:
            return row
    return None


def test_fix_button_on_an_overlong_hook_line_converges(qtbot, zh_doc, reopen) -> None:
    doc = zh_doc
    hook = next(b for b in doc.script.beats if b.kind is BeatKind.HOOK)
    shot = hook.alternatives[0].shots[0]
    doc.push(SetFieldCommand(doc.project, shot, "voiceover", HOOK_LINE))
    panel = GuidePanel(doc)
    qtbot.addWidget(panel)
    panel.resize(600, 500)
    panel.show()
    qtbot.waitUntil(lambda: panel.checked, timeout=5000)
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    start = doc.undo_stack.index()
    seen: set[str] = set()
    labels: list[str] = []
    for _ in range(20):
        row = _first_fixable_row(panel)
        if row is None:
            break
        panel.list.setCurrentRow(row)
        finding = panel.current_finding()
        labels.append(finding.fix.text("zh"))
        assert panel.fix_button.isEnabled()
        before = doc.undo_stack.count()
        qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
        assert doc.undo_stack.count() == before + 1  # one undo step per fix, companions included
        state = repr([(s.duration_ds, s.voiceover) for _b, _a, s in doc.script.iter_shots()])
        assert state not in seen
        seen.add(state)
    else:
        raise AssertionError(f"the fix button never ran out of fixes: {labels}")
    assert labels, "the over-long hook line offered no fix"
    assert "延长" not in labels[0]  # the first fix says less instead of stretching the hook
    assert not [f for f in panel.findings if f.severity.value == "error"]
    assert shot.voiceover != HOOK_LINE and HOOK_LINE.startswith(shot.voiceover.rstrip("！"))
    # Every step undoes back to the line as typed.
    while doc.undo_stack.index() > start:
        doc.undo_stack.undo()
    assert shot.voiceover == HOOK_LINE
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    saved = reopen(doc)
    assert saved.find(shot.id).voiceover == shot.voiceover

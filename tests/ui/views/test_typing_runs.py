"""Typing runs: keystrokes merge into one undo step until a pause or until focus leaves the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from studio.models.enums import BeatKind
from studio.ui import commands
from studio.ui.commands import TYPING_PAUSE_S, SetFieldCommand
from studio.ui.views.write import WriteView


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(commands, "clock", fake)
    return fake


def _hook_shot(doc):
    hook = next(b for b in doc.script.beats if b.kind is BeatKind.HOOK)
    return hook.alternatives[0].shots[0]


def _type(doc, shot, text: str) -> None:
    doc.push(SetFieldCommand(doc.project, shot, "voiceover", text, merge=True))


def test_a_pause_starts_a_new_undo_step(zh_doc, clock, reopen):
    shot = _hook_shot(zh_doc)
    old = shot.voiceover
    _type(zh_doc, shot, "熬")
    clock.advance(0.4)
    _type(zh_doc, shot, "熬夜")
    clock.advance(TYPING_PAUSE_S - 0.1)  # still one run: each keystroke extends it
    _type(zh_doc, shot, "熬夜党")
    assert zh_doc.undo_stack.count() == 1
    clock.advance(TYPING_PAUSE_S + 0.1)  # a pause: the next keystroke is its own step
    _type(zh_doc, shot, "熬夜党看")
    clock.advance(0.2)
    _type(zh_doc, shot, "熬夜党看过来")
    assert zh_doc.undo_stack.count() == 2
    zh_doc.undo_stack.undo()
    assert shot.voiceover == "熬夜党"
    zh_doc.undo_stack.undo()
    assert shot.voiceover == old
    zh_doc.undo_stack.redo()
    assert reopen(zh_doc).find(shot.id).voiceover == "熬夜党"


def test_other_fields_and_undo_end_a_run(zh_doc, clock):
    shot = _hook_shot(zh_doc)
    _type(zh_doc, shot, "一")
    zh_doc.push(SetFieldCommand(zh_doc.project, shot, "onscreen_text", "字", merge=True))
    _type(zh_doc, shot, "一二")
    assert zh_doc.undo_stack.count() == 3  # another field in between splits the runs
    zh_doc.undo_stack.undo()
    zh_doc.undo_stack.undo()
    assert shot.voiceover == "一" and shot.onscreen_text != "字"
    _type(zh_doc, shot, "一三")  # right after an undo: its own step, not folded into "一"
    assert zh_doc.undo_stack.count() == 2
    zh_doc.undo_stack.undo()
    assert shot.voiceover == "一"


def test_end_typing_closes_the_run(zh_doc, clock):
    shot = _hook_shot(zh_doc)
    _type(zh_doc, shot, "a")
    zh_doc.end_typing()
    _type(zh_doc, shot, "ab")
    assert zh_doc.undo_stack.count() == 2
    zh_doc.end_typing()  # harmless on a step that is not typing, or on an empty stack
    zh_doc.undo_stack.clear()
    zh_doc.end_typing()


def test_leaving_the_field_in_the_write_view_ends_the_run(qtbot, zh_doc, clock, reopen):
    view = WriteView(zh_doc)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    shot = _hook_shot(zh_doc)
    row = view.row_for(shot.id)
    voice, captions = row.editors["voiceover"], row.editors["onscreen_text"]
    voice.setFocus(Qt.FocusReason.MouseFocusReason)
    voice.clear()
    voice.insert("熬夜党")
    QApplication.sendEvent(voice, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    voice.insert("看过来")  # back in the field at once: still a new step
    assert zh_doc.undo_stack.count() == 2
    clock.advance(0.3)
    voice.insert("！")
    assert zh_doc.undo_stack.count() == 2
    captions.setFocus(Qt.FocusReason.TabFocusReason)
    captions.setText("必看")
    assert zh_doc.undo_stack.count() == 3
    zh_doc.undo_stack.undo()
    zh_doc.undo_stack.undo()
    assert shot.voiceover == "熬夜党" and voice.text() == "熬夜党"
    zh_doc.undo_stack.redo()
    assert reopen(zh_doc).find(shot.id).voiceover == "熬夜党看过来！"

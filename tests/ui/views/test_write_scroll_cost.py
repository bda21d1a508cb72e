"""What a Write tab scroll step costs, counted rather than timed: the Python its rows' fields enter."""

from __future__ import annotations

import sys
from types import SimpleNamespace

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QWidget

from studio.ui.views import textfield
from studio.ui.views.textfield import TextPreview


def _python_calls_in(module_file: str, action) -> int:  # type: ignore[no-untyped-def]
    """How many Python functions of one module ``action`` entered."""
    calls = 0

    def count(frame, event, _arg):  # type: ignore[no-untyped-def]
        nonlocal calls
        if event == "call" and frame.f_code.co_filename == module_file:
            calls += 1

    sys.setprofile(count)
    try:
        action()
    finally:
        sys.setprofile(None)
    return calls


def test_a_preview_without_marks_keeps_its_events_out_of_python(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    preview = TextPreview("熬夜党看过来", "Voice-over", lambda _pos: None, host)
    host.resize(400, 100)
    host.show()
    qtbot.waitExposed(host)

    def events() -> None:
        for _ in range(50):  # what a scroll step, the pointer and a relayout send a row's fields
            for kind in (QEvent.Type.Enter, QEvent.Type.Leave, QEvent.Type.Move, QEvent.Type.ToolTip):
                if kind is QEvent.Type.ToolTip:
                    event = QHelpEvent(kind, QPoint(5, 5), preview.mapToGlobal(QPoint(5, 5)))
                else:
                    event = QEvent(kind)
                QApplication.sendEvent(preview, event)

    # An event() override took every one of these 200 events into Python; without marks none goes there.
    assert _python_calls_in(textfield.__file__, events) == 0


def test_a_preview_watches_for_tooltips_only_while_its_text_has_marks(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    preview = TextPreview("全网最低价，熬夜党看过来", "Voice-over", lambda _pos: None, host)
    host.resize(400, 100)
    host.show()
    qtbot.waitExposed(host)

    finding = SimpleNamespace(
        severity=SimpleNamespace(value="error"), fix=None, message=lambda _lang: "Absolute"
    )
    marks: list = [(0, 4, "全网最低", finding)]
    preview.marks_of = lambda text, at: [m for m in marks if at is None or m[0] <= at < m[1]]
    preview.grab()
    assert preview._tips is not None  # marked: the hover shows the finding
    marks.clear()
    preview.grab()
    assert preview._tips is None  # clean again: its events stay in Qt

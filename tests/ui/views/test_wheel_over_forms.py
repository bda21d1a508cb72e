"""The wheel over a list box the user has not clicked scrolls the form instead of changing the box
(the new-variant form and the Brief tab), as in a browser; a clicked box still takes the wheel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea


def _wheel(widget, steps: int = -3) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(widget, event)


def _scroll_of(widget) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def test_the_wheel_over_the_new_variant_form_scrolls_it(window, qtbot):
    window.resize(1366, 768)
    view = window.show_tab("variants")
    view.tabs.setCurrentIndex(
        next(i for i in range(view.tabs.count()) if view.tabs.tabText(i) == "New variant")
    )
    qtbot.waitExposed(window)
    combo = next(c for c in view.new_combos.values() if c.isEnabled())
    scroll = _scroll_of(combo)
    scroll.resize(scroll.width(), 120)  # a short screen: the form must scroll
    QApplication.processEvents()
    assert scroll.verticalScrollBar().maximum() > 0
    before, top = combo.currentIndex(), scroll.verticalScrollBar().value()
    _wheel(combo)
    assert combo.currentIndex() == before
    assert scroll.verticalScrollBar().value() > top
    combo.setFocus()  # clicked: now the wheel is the box's
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo, steps=-1)
    assert combo.currentIndex() != before


def test_the_wheel_over_the_brief_templates_leaves_them(window, qtbot):
    view = window.show_tab("brief")
    qtbot.waitExposed(window)
    box = view.template_box
    before = box.currentIndex()
    _wheel(box)
    assert box.currentIndex() == before

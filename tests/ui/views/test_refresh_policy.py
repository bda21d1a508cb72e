"""One refresh policy: views hear typed changes through a refresher that drops the irrelevant ones,
coalesces a burst and leaves a hidden view until it is shown. The work is counted, never timed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studio.models.changes import Op
from studio.models.entities import Shot, VariantResult
from studio.ui.commands import SetFieldCommand
from studio.ui.refresher import Refresher
from studio.ui.views.results import FIRST_INPUT, INPUTS


def _all_tabs_opened(window, qtbot) -> None:
    for key in window.pages:
        view = window.show_tab(key)
        qtbot.waitUntil(view.isVisible)
    window.show_tab("write")


def test_a_voice_over_keystroke_leaves_the_hidden_results_tab_alone_until_results_change(window, doc, qtbot):
    _all_tabs_opened(window, qtbot)
    results = window.view("results")
    write = window.view("write")
    shot = doc.script.beats[0].alternatives[0].shots[0]
    write.focus_field(shot.id, "voiceover")
    edit = write.row_for(shot.id).editors["voiceover"]
    edit.setFocus(Qt.FocusReason.OtherFocusReason)
    before = results.refresher.count
    for key in "glow":
        qtbot.keyClick(edit, key)
    QApplication.processEvents()
    assert shot.voiceover.startswith("glow")  # the keys were typed and stored
    assert results.refresher.count == before  # not one recompute while hidden

    base = doc.script.variants[0]
    doc.set_results({base.id: VariantResult(base.id, 1000, 900, 500, 100, 25, 2, 60)}, "set results")
    QApplication.processEvents()
    assert results.refresher.count == before and results.refresher.pending  # hidden: it waits

    window.show_tab("results")
    qtbot.waitUntil(lambda: results.isVisible())
    assert results.refresher.count == before + 1  # once, as it is shown
    assert results.table.item(0, FIRST_INPUT + INPUTS.index("impressions")).text() == "1,000"
    QApplication.processEvents()
    assert results.refresher.count == before + 1 and not results.refresher.pending


def test_a_burst_of_edits_is_one_refresh_of_a_shown_view(window, doc, qtbot):
    results = window.show_tab("results")
    qtbot.waitUntil(lambda: results.isVisible())
    QApplication.processEvents()
    before = results.refresher.count
    doc.set_results(
        {v.id: VariantResult(v.id, 2000, 1500, 900, 300, 30, 3, 60) for v in doc.script.variants},
        "several results",
    )
    for v in doc.script.variants:
        doc.push(SetFieldCommand(doc.project, v, "hypothesis", f"{v.name}: a burst"))
    assert results.refresher.count == before and results.refresher.pending  # nothing yet: coalesced
    qtbot.waitUntil(lambda: not results.refresher.pending)
    assert results.refresher.count == before + 1


def test_the_refresher_filters_coalesces_and_waits_for_a_hidden_widget(doc, qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    heard: list[Op] = []
    runs: list[int] = []
    refresher = Refresher(doc, lambda: runs.append(1), accept=lambda c: c.op is not Op.SET, widget=widget,
                          on_change=lambda c: heard.append(c.op))  # fmt: skip
    shot = next(doc.script.iter_shots())[2]
    assert isinstance(shot, Shot)
    doc.push(SetFieldCommand(doc.project, shot, "voiceover", "不相关"))
    assert heard == [Op.SET] and not refresher.pending  # heard at once, filtered out
    doc.undo()
    doc.set_results({doc.script.variants[0].id: None}, "clear results")
    assert refresher.pending and runs == []  # hidden: waits
    widget.show()
    qtbot.waitUntil(widget.isVisible)
    assert runs == [1]
    widget.hide()
    base = doc.script.variants[0]
    doc.set_results({base.id: VariantResult(base.id, 10, 10, 5, 1, 1, 0, 1)}, "set results")
    refresher.flush()  # a hidden widget stays stale even when flushed
    assert runs == [1] and refresher.pending
    refresher.refresh_now()
    assert runs == [1, 1] and not refresher.pending

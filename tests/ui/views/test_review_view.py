"""The Review tab as an account manager uses it at 1366x768: send a round, import what the client
returned (previewed, stored only when confirmed), accept and decline (each one undo step), approve,
reply; the round's summary follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from studio.ui import background_jobs
from tests.review.clientdoc import ClientDoc
from tests.ui.conftest import reopen


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _pick_row(qtbot, tree, text: str) -> None:
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.text(0) == text:
            rect = tree.visualItemRect(item)
            qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert tree.currentItem() is item
            return
    raise AssertionError(f"no row {text}")


def test_send_import_decide_in_the_window(window, qtbot, tmp_path: Path) -> None:
    window.resize(1366, 768)
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    view = window.view("review")
    qtbot.waitUntil(lambda: window.current_key() == "review")
    assert "Nothing sent" in view.summary.text()
    doc = window.doc
    dialog = view.send_dialog()
    dialog.client.insert("晨露品牌部")
    dialog.folder.setText(str(tmp_path))
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    # written in the background from the script of that moment; an edit meanwhile is not in the round
    sent_text = doc.project.scripts[0].beats[0].alternatives[0].shots[0].voiceover
    assert QApplication.activeModalWidget() is None and background_jobs.busy_with("review-send") is not None
    first = doc.project.scripts[0].beats[0].alternatives[0].shots[0]
    doc.set_field(first, "voiceover", sent_text + " (edited while sending)")
    qtbot.waitUntil(lambda: doc.project.review.latest is not None, timeout=120_000)
    assert doc.project.review.latest.client == "晨露品牌部"
    from studio.store import snapshots

    as_sent = snapshots.load(doc.pf, snapshots.find(doc.pf, doc.project.review.latest.snapshot).id)
    assert as_sent.scripts[0].beats[0].alternatives[0].shots[0].voiceover == sent_text
    doc.set_field(first, "voiceover", sent_text)  # back as sent, for the client's edits below
    (sent,) = tmp_path.glob("*.docx")
    shots = [s for _, _, s in doc.project.scripts[0].iter_shots() if s.voiceover and s.visual]
    a, b = shots[0], shots[1]
    client = ClientDoc(sent)
    client.track(a.id, "voiceover", a.voiceover[:-1], a.voiceover[-1:], " now!", author="Wang")
    client.plain(b.id, "visual", "Close-up of the bottle")
    client.comment(a.id, "voiceover", "Too slow to start", author="Wang")
    returned = client.save(tmp_path / "returned.docx")

    steps = doc.undo_stack.count()
    view.import_dialog = None
    assert view.import_review(str(returned)) is not None
    qtbot.waitUntil(lambda: getattr(view, "import_dialog", None) is not None, timeout=60_000)
    preview = view.import_dialog
    assert preview.items.topLevelItemCount() == 3
    assert doc.project.review.comments == []  # nothing stored before Import is pressed
    _click(qtbot, preview.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: len(doc.project.review.suggestions) == 2)
    assert doc.undo_stack.count() == steps + 1

    _pick_row(qtbot, view.shots, a.code)
    assert view.comments.topLevelItem(0).text(1) == "Too slow to start"
    assert "line-through" in view.diff.toHtml() and "now!" in view.diff.toPlainText()
    old = a.voiceover
    _click(qtbot, view.accept_button)
    assert a.voiceover == old[:-1] + " now!"
    # one step takes back both the text and the suggestion's state
    assert window.menus.undo_action.text().endswith("Accept suggested edit(s)")
    window.menus.undo_action.trigger()
    assert a.voiceover == old
    assert {s.state for s in doc.project.review.suggestions} == {"pending"}
    _click(qtbot, view.accept_button)
    assert a.voiceover == old[:-1] + " now!"

    view.comments.setCurrentItem(view.comments.topLevelItem(0))
    view.reply_edit.setFocus()
    view.reply_edit.insert("已改好")
    _click(qtbot, view.reply_button)
    assert [r.text for r in doc.project.review.comments[0].replies] == ["已改好"]

    view.approval.setFocus()
    qtbot.keyClick(view.approval, Qt.Key.Key_Down)
    from studio.models.review import status_of

    assert status_of(doc.project.review, a.id) == "approved"
    assert view.history.text().startswith("Round 1: approved, 1 comment(s), 1 edit(s) (1 accepted")

    view.author.setCurrentText("晨露品牌部")  # the plain edit is the client's, under the round's name
    _click(qtbot, view.decline_all_button)
    assert sorted(s.state for s in doc.project.review.suggestions) == ["accepted", "declined"]
    assert b.visual != "Close-up of the bottle"
    assert "1 of" in view.summary.text() and "approved" in view.summary.text()
    saved = reopen(doc.pf.path)
    assert status_of(saved.review, a.id) == "approved"
    assert (
        next(s for _, _, s in saved.scripts[0].iter_shots() if s.id == a.id).voiceover == old[:-1] + " now!"
    )

    job = view.export_changes(str(tmp_path / "changes.docx"))
    assert job is not None
    qtbot.waitUntil(lambda: bool(job.finished), timeout=120_000)
    assert job.outcome[0] == "done" and view.changes_file == tmp_path / "changes.docx"
    assert view.changes_file.is_file()

    # a shot removed since keeps its items, listed as not placed
    from studio.models import ops

    ops.remove_shot(doc.project, a)
    last = view.shots.topLevelItem(view.shots.topLevelItemCount() - 1)
    assert last.text(0) == "Not placed" and last.text(2) == "1"
    _pick_row(qtbot, view.shots, "Not placed")
    assert view.comments.topLevelItem(0).text(1) == "Too slow to start"


def test_a_refused_file_is_one_line_in_the_tab(window, qtbot, tmp_path: Path) -> None:
    view = window.show_tab("review")
    pdf = tmp_path / "board.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert view.import_review(str(pdf)) is not None  # read in the background, refused there
    qtbot.waitUntil(lambda: "PDF" in view.message.text(), timeout=60_000)
    assert view.message.isVisible() or "PDF" in view.message.text()
    assert "PDF" in view.message.text()


def test_the_tab_speaks_chinese(zh_window, qtbot) -> None:
    titles = [zh_window.tabs.tabText(i) for i in range(zh_window.tabs.count())]
    assert "审阅" in titles
    view = zh_window.show_tab("review")
    assert "还没有发出审阅" in view.summary.text()
    assert view.accept_button.text() == "接受" and view.approval.itemText(1) == "通过"


def test_the_file_menu_opens_send_for_review(window, qtbot) -> None:
    from studio.ui.actiontext import ENGLISH
    from studio.ui.dialogs.review_dialogs import SendDialog

    window.resize(1366, 768)
    act = next(a for a in window.menus.all_actions() if a.property(ENGLISH) == "Send for Review")
    assert act.isEnabled()
    act.trigger()
    qtbot.waitUntil(
        lambda: window.findChild(SendDialog) is not None and window.findChild(SendDialog).isVisible()
    )
    dialog = window.findChild(SendDialog)
    assert window.current_key() == "review"
    assert (
        dialog.variants.item(0).text() == "Base"
        and dialog.variants.item(0).checkState() == Qt.CheckState.Checked
    )
    dialog.reject()


def test_the_guide_checks_accepted_client_text(doc, qtbot) -> None:
    """An ad-law word the client added is flagged by the guide as soon as it is accepted."""
    from studio.models import ops
    from studio.models import review as rv
    from studio.ui.views.guide_panel import GuidePanel
    from studio.ui.views.review import ReviewView

    p = doc.project
    shot = next(s for _, _, s in p.scripts[0].iter_shots() if s.onscreen_text)
    review = rv.add_round(
        rv.Review(), rv.ReviewRound(number=1, client="Wang", variants=[p.scripts[0].base_variant.id])
    )
    sugg = rv.Suggestion(
        shot=shot.id, field="onscreen_text", old=shot.onscreen_text, new="全网最低价", author="Wang"
    )
    review, _ = rv.merge(review, [], [sugg], [], 1)
    ops.set_field(p, p, "review", review)
    panel = GuidePanel(doc)
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    view = ReviewView(doc)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()

    def flagged() -> bool:
        return any(
            f.location.shot_id == shot.id and f.location.field == "onscreen_text" for f in panel.findings
        )

    qtbot.waitUntil(lambda: panel.checked, timeout=10_000)
    assert not flagged()
    _pick_row(qtbot, view.shots, shot.code)
    _click(qtbot, view.accept_button)
    assert shot.onscreen_text == "全网最低价"
    qtbot.waitUntil(flagged, timeout=10_000)


def test_a_hidden_tab_catches_up_when_shown(window, qtbot) -> None:
    """Edits made in another tab reach the Review tab's shot list when it is shown again."""
    from studio.models import ops

    window.resize(1366, 768)
    view = window.show_tab("review")
    qtbot.waitUntil(view.isVisible)
    doc = window.doc
    shots = [s for _, _, s in doc.project.scripts[0].iter_shots()]
    codes = [view.shots.topLevelItem(i).text(0) for i in range(view.shots.topLevelItemCount())]
    assert codes == [s.code for s in shots]
    window.show_tab("write")
    qtbot.waitUntil(lambda: not view.isVisible())
    ops.remove_shot(doc.project, shots[0])
    window.show_tab("review")
    qtbot.waitUntil(view.isVisible)
    codes = [view.shots.topLevelItem(i).text(0) for i in range(view.shots.topLevelItemCount())]
    assert codes == [s.code for s in shots[1:]]


def test_a_shot_text_edit_keeps_the_shot_list(window, qtbot) -> None:
    """Typing a voice-over elsewhere does not rebuild the Review tab's list (5,000 items at 5,000 shots:
    70-80 ms of the window each time the tab came back); a new shot code still shows."""
    window.resize(1366, 768)
    view = window.show_tab("review")
    qtbot.waitUntil(view.isVisible)
    doc = window.doc
    shots = [s for _, _, s in doc.project.scripts[0].iter_shots()]
    first = view.shots.topLevelItem(0)
    window.show_tab("write")
    qtbot.waitUntil(lambda: not view.isVisible())
    doc.set_field(shots[0], "voiceover", shots[0].voiceover + "！", "Edit voice-over")
    window.show_tab("review")
    qtbot.waitUntil(view.isVisible)
    assert view.shots.topLevelItem(0) is first  # the same item: no rebuild
    doc.set_field(shots[0], "code", "Z9", "Rename shot")
    qtbot.waitUntil(lambda: view.shots.topLevelItem(0).text(0) == "Z9")


def test_a_long_list_fills_a_slice_a_turn_and_keeps_the_shot_shown(window, qtbot, monkeypatch) -> None:
    """The shot list is filled FILL_SLICE items a turn (5,000 items at once blocked the window), ending with
    every shot and the shot shown before still shown."""
    from studio.ui.views import review

    monkeypatch.setattr(review, "FILL_SLICE", 2)
    window.resize(1366, 768)
    view = window.show_tab("review")
    qtbot.waitUntil(view.isVisible)
    shots = [s for _, _, s in window.doc.project.scripts[0].iter_shots()]
    assert len(shots) > 4
    qtbot.waitUntil(lambda: view.shots.topLevelItemCount() == len(shots))
    view.shots.setCurrentItem(view.shots.topLevelItem(len(shots) - 1))
    keep = view.current_shot()
    view.refresh()
    assert view.shots.topLevelItemCount() == 2  # the first slice now, the rest in later turns
    qtbot.waitUntil(lambda: view.shots.topLevelItemCount() == len(shots))
    assert [view.shots.topLevelItem(i).text(0) for i in range(len(shots))] == [s.code for s in shots]
    assert view.current_shot() == keep

"""Frame import and snapshot restore are edits like any other: one undo step each, heard by views and file."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from studio.models.changes import Op
from studio.models.serial import project_to_dict
from studio.store import rows, snapshots
from studio.ui.commands import SetFieldCommand
from tests.ui.views.conftest import png


def state(project) -> dict:
    data = project_to_dict(project)
    data["project"]["modified"] = ""
    return data


def on_file(doc) -> dict:
    return state(rows.read_project(doc.pf.connection))


def test_setting_an_image_is_one_step_that_undo_takes_back_whole(qtbot, zh_doc) -> None:
    from studio.ui.views.storyboard import StoryboardView

    view = StoryboardView(zh_doc)
    qtbot.addWidget(view)
    shot = view.model.cards[1].shot
    before, count = state(zh_doc.project), zh_doc.undo_stack.count()
    heard: list[Op] = []
    zh_doc.changed.connect(lambda change: heard.append(change.op))
    assert view.set_image(shot, png((1, 2, 3)), "新画面.png")
    digest = shot.frame
    assert digest in zh_doc.project.frames and heard == [Op.INSERT, Op.SET]
    assert zh_doc.undo_stack.count() == count + 1
    assert on_file(zh_doc) == state(zh_doc.project)
    zh_doc.undo()
    assert digest not in zh_doc.project.frames
    assert state(zh_doc.project) == before == on_file(zh_doc)
    zh_doc.redo()
    assert shot.frame == digest and zh_doc.project.frames[digest].filename == "新画面.png"
    assert on_file(zh_doc) == state(zh_doc.project)
    assert zh_doc.pf.frame_bytes(digest, "print")


def test_restoring_a_snapshot_is_one_step_and_keeps_the_history(qtbot, zh_doc, monkeypatch) -> None:
    from studio.ui.dialogs.snapshots import SnapshotsDialog

    dialog = SnapshotsDialog(zh_doc)
    qtbot.addWidget(dialog)
    dialog.create_snapshot("初稿")
    shot = zh_doc.script.beats[0].alternatives[0].shots[0]
    zh_doc.delete_shots([shot], "remove shot")
    zh_doc.push(SetFieldCommand(zh_doc.project, zh_doc.project, "title", "改过的标题"))
    edited = state(zh_doc.project)
    resets: list[bool] = []
    zh_doc.reset.connect(lambda: resets.append(True))
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_selected()
    assert zh_doc.project.title != "改过的标题" and zh_doc.project.find(shot.id) is not None
    assert resets == [True] and on_file(zh_doc) == state(zh_doc.project)
    assert zh_doc.undo_stack.count() == 3  # the two edits are still there to undo
    zh_doc.undo()
    assert state(zh_doc.project) == edited == on_file(zh_doc)
    zh_doc.undo()
    zh_doc.undo()
    assert zh_doc.project.find(shot.id) is shot and on_file(zh_doc) == state(zh_doc.project)
    assert [s.name for s in snapshots.list_snapshots(zh_doc.pf)] == ["初稿", "before restore 1"]

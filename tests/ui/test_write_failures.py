"""When the file does not take an edit, the window takes it back: model, undo stack, views and file agree.

Real failures: the project's folder removed while it is open, an immutable file (chattr +i,
where the test may set it) and, in a subprocess, a file size limit (RLIMIT_FSIZE).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from studio.guide.text import splitter
from studio.models.serial import project_to_dict
from studio.samples import sample_project
from studio.store import rows
from studio.store.document import ProjectFile, write_new_file
from studio.store.walfile import wal_path
from studio.ui.commands import SetFieldCommand
from studio.ui.views.shotlist_model import COLUMN

ROOT = Path(__file__).resolve().parents[2]


def state(project: object) -> dict:
    data = project_to_dict(project)  # type: ignore[arg-type]
    data["project"]["modified"] = ""
    return data


def _remove_folder(path: Path) -> Callable[[], None]:
    shutil.rmtree(path.parent)
    return lambda: None


def _immutable(path: Path) -> Callable[[], None]:
    files = [str(path), str(wal_path(path))]
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", *files], check=False).returncode:
        pytest.skip("chattr +i needs CAP_LINUX_IMMUTABLE on a file system that supports it")
    return lambda: subprocess.run(["chattr", "-i", *files], check=False)


@pytest.fixture(params=[_remove_folder, _immutable], ids=["folder removed", "file immutable"])
def broken(request, tmp_path: Path, settings, qtbot, monkeypatch) -> Iterator[tuple]:
    """A window on a project whose file stops taking writes once ``break_file()`` is called."""
    from studio.ui.document_controller import DocumentController
    from studio.ui.mainwindow import MainWindow

    path = tmp_path / "work" / "p.studio"
    path.parent.mkdir()
    write_new_file(path, *sample_project("en", frame_edge=64))
    doc = DocumentController(ProjectFile.open(path))
    win = MainWindow(doc, None, settings)
    win.replacing = True
    qtbot.addWidget(win)
    win.show()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    repair: list[Callable[[], None]] = []

    def break_file() -> None:
        repair.append(request.param(path))

    yield win, doc, break_file, told
    for fix in repair:
        fix()
    doc.close()


def stack_of(doc) -> tuple:
    stack = doc.undo_stack
    return stack.count(), stack.index(), [stack.command(i).text() for i in range(stack.count())]


def on_file(doc) -> dict:
    """What the open file holds now (read through the editor's own connection)."""
    return state(rows.read_project(doc.pf.connection))


def test_a_refused_edit_leaves_model_stack_views_and_file_as_before(broken, qtbot) -> None:
    win, doc, break_file, told = broken
    shotlist = win.show_tab("shotlist")
    shot = shotlist.model.rows[0].shot
    doc.push(SetFieldCommand(doc.project, shot, "voiceover", "first take"))
    doc.push(SetFieldCommand(doc.project, shot, "voiceover", "second take"))
    doc.undo()  # a step to redo, which the failed edit must not throw away
    before, stack_before = state(doc.project), stack_of(doc)
    break_file()
    assert not doc.push(SetFieldCommand(doc.project, shot, "voiceover", "never saved"))
    assert state(doc.project) == before == on_file(doc)
    assert stack_of(doc) == stack_before and doc.undo_stack.canRedo()
    cell = shotlist.model.index(0, COLUMN["voiceover"])
    assert cell.data() == "first take"
    qtbot.waitUntil(lambda: len(told) == 1)
    assert len(told) == 1 and "taken back" in told[0] and "p.studio" in told[0]
    assert "not saved" in win.status.text()


def test_keystrokes_the_file_refuses_vanish_from_the_field(broken, qtbot) -> None:
    from PySide6.QtCore import Qt

    win, doc, break_file, told = broken
    write = win.show_tab("write")
    shot = doc.script.beats[0].alternatives[0].shots[0]
    qtbot.waitUntil(lambda: write.row_for(shot.id) is not None)
    voice = write.row_for(shot.id).editors["voiceover"]
    voice.setFocus(Qt.FocusReason.MouseFocusReason)
    voice.setCursorPosition(len(voice.text()))
    original, before, stack_before = voice.text(), state(doc.project), stack_of(doc)
    break_file()
    qtbot.keyClicks(voice, "xy")
    assert voice.text() == original == shot.voiceover
    assert state(doc.project) == before == on_file(doc)
    assert stack_of(doc) == stack_before
    qtbot.waitUntil(lambda: len(told) >= 1)


def test_a_refused_undo_keeps_the_step_done(broken, qtbot) -> None:
    _win, doc, break_file, told = broken
    doc.push(SetFieldCommand(doc.project, doc.project, "title", "Renamed"))
    before, stack_before = state(doc.project), stack_of(doc)
    break_file()
    doc.undo()
    assert doc.project.title == "Renamed"
    assert state(doc.project) == before == on_file(doc)
    assert stack_of(doc) == stack_before
    qtbot.waitUntil(lambda: len(told) == 1)


def test_a_refused_paste_takes_back_every_shot_of_it(broken, qtbot) -> None:
    win, doc, break_file, told = broken
    write = win.show_tab("write")
    before, stack_before = state(doc.project), stack_of(doc)
    preview = splitter.split_script("Tired skin at 3 pm? One drop fixes it. Buy now, 20% off today.")
    break_file()
    write.apply_split(splitter.plan(preview), replace=True)
    assert state(doc.project) == before == on_file(doc)
    assert stack_of(doc) == stack_before
    qtbot.waitUntil(lambda: len(told) == 1)


def test_the_user_is_told_in_chinese_too(qapp) -> None:
    from studio.store.errors import WriteError
    from studio.ui import error_messages
    from studio.ui.app import Translators

    translators = Translators(qapp)
    try:
        translators.install("zh")
        moved = error_messages.unsaved_edit_text(
            WriteError("/x/p.studio", "the file was moved or deleted", "moved")
        )
        full = error_messages.unsaved_edit_text(
            WriteError("/x/p.studio", "database or disk is full", "write")
        )
    finally:
        translators.install("en")
    assert "另存为" in moved and "已撤回" in moved
    assert "磁盘已满" in full and "没有丢失" in full


SIZE_LIMIT = textwrap.dedent(
    """
    import json, os, resource, sys
    from PySide6.QtWidgets import QApplication, QMessageBox
    from studio.models.serial import project_to_dict
    from studio.store.document import ProjectFile
    from studio.store.walfile import wal_path
    from studio.ui.commands import SetFieldCommand
    from studio.ui.document_controller import DocumentController
    from studio.ui.mainwindow import MainWindow
    from studio.ui.settings import Settings
    from PySide6.QtCore import QSettings

    app = QApplication([])
    told = []
    QMessageBox.warning = lambda _p, _t, text, *a: told.append(text)
    doc = DocumentController(ProjectFile.open(sys.argv[1]))
    win = MainWindow(doc, None, Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
    win.replacing = True
    shotlist = win.show_tab("shotlist")
    shot = shotlist.model.rows[0].shot
    doc.push(SetFieldCommand(doc.project, doc.project, "title", "before the limit"))
    stack = (doc.undo_stack.count(), doc.undo_stack.index())
    limit = max(os.path.getsize(sys.argv[1]), os.path.getsize(wal_path(doc.pf.path))) + 4096
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    old = shot.voiceover
    pushed = doc.push(SetFieldCommand(doc.project, shot, "voiceover", "A very long voice-over. " * 40000))
    app.processEvents()  # the window tells the user once the edit's handler has returned
    report = {
        "pushed": pushed,
        "model_kept": shot.voiceover == old,
        "view_kept": shotlist.model.rows[0].shot.voiceover == old,
        "stack_kept": (doc.undo_stack.count(), doc.undo_stack.index()) == stack,
        "told": told,
    }
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    report["after"] = doc.push(SetFieldCommand(doc.project, doc.project, "brand", "after the limit"))
    report["memory"] = project_to_dict(doc.project)["scripts"]
    win.close()
    doc.close()
    print(json.dumps(report))
    """
)


def test_a_file_size_limit_mid_edit(tmp_path: Path) -> None:
    path = tmp_path / "p.studio"
    write_new_file(path, *sample_project("en", frame_edge=64))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "STUDIO_LANG": "en"}
    result = subprocess.run(
        [sys.executable, "-c", SIZE_LIMIT, str(path), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["pushed"] is False
    assert report["model_kept"] and report["view_kept"] and report["stack_kept"]
    # SQLite reports a file grown past the limit as an I/O error; the user reads it in words.
    assert (
        len(report["told"]) == 1 and "(the disk reported an error), so it was taken back" in report["told"][0]
    )
    assert report["after"] is True
    with ProjectFile.open(path, readonly=True) as pf:
        assert pf.project.title == "before the limit" and pf.project.brand == "after the limit"
        assert project_to_dict(pf.project)["scripts"] == report["memory"]

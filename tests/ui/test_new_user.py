"""What a new user ran into: new-project names, replacing files, lock times, system reasons, units."""

from __future__ import annotations

import errno
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from studio.store.errors import LockInfo, ProjectLockedError, WriteError
from studio.ui import error_messages
from studio.ui.dialogs.new_project import NewProjectDialog, file_stem, free_name


def test_new_project_is_named_after_its_title_and_never_takes_a_used_name(tmp_path, qtbot):
    (tmp_path / "untitled.studio").write_bytes(b"")
    dialog = NewProjectDialog(str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.target() == tmp_path / "untitled 2.studio"
    dialog.title_edit.textEdited.emit("Summer: sunscreen/SPF50")
    assert dialog.target() == tmp_path / "Summer_ sunscreen_SPF50.studio"
    dialog.path_edit.textEdited.emit(str(tmp_path / "mine"))
    dialog.path_edit.setText(str(tmp_path / "mine"))
    dialog.title_edit.textEdited.emit("Another title")
    assert dialog.target() == tmp_path / "mine.studio"  # a name the user typed is kept


def test_file_names_from_titles():
    assert file_stem(' a<b>c:"d"|e?*. ') == "a_b_c__d__e__"
    assert file_stem("夏日防晒霜") == "夏日防晒霜"
    assert file_stem("...") == ""


def test_free_name_counts_up(tmp_path):
    assert free_name(tmp_path, "x") == tmp_path / "x.studio"
    (tmp_path / "x.studio").touch()
    (tmp_path / "x 2.studio").touch()
    assert free_name(tmp_path, "x") == tmp_path / "x 3.studio"


@pytest.mark.parametrize(("answer", "accepted"), [(QMessageBox.StandardButton.No, False),
                                                  (QMessageBox.StandardButton.Yes, True)])  # fmt: skip
def test_replacing_an_existing_file_needs_a_yes(tmp_path, qtbot, monkeypatch, answer, accepted):
    existing = tmp_path / "old.studio"
    existing.write_bytes(b"precious")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answer)
    dialog = NewProjectDialog(str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(existing))
    dialog.accept()
    assert asked and "old.studio" in asked[0]
    assert (dialog.result() == NewProjectDialog.DialogCode.Accepted) is accepted
    assert existing.read_bytes() == b"precious"  # nothing is written before create()


def test_an_empty_file_name_is_refused(tmp_path, qtbot, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    dialog = NewProjectDialog(str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.path_edit.setText("  ")
    dialog.accept()
    assert told and dialog.result() != NewProjectDialog.DialogCode.Accepted


def test_lock_holder_time_is_local_and_to_the_minute():
    since = datetime(2026, 3, 1, 6, 5, 59, tzinfo=UTC)
    exc = ProjectLockedError("/x/a.studio", LockInfo("host", 42, "ann", since.isoformat()))
    text = error_messages.lock_holder_text(exc)
    assert since.astimezone().strftime("%Y-%m-%d %H:%M") in text
    assert "+00:00" not in text and ":59" not in text
    assert error_messages.local_time("not a time") == "not a time"


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.EPERM, "protected"), (errno.EACCES, "permission denied"), (errno.ENOSPC, "disk is full"),
     (errno.EROFS, "read-only")],
)  # fmt: skip
def test_system_reasons_are_put_into_words(code, words):
    import os

    exc = WriteError("/x/a.studio", os.strerror(code))
    assert words in error_messages.describe(exc)
    assert error_messages.system_reason("something new") == "something new"


def _immutable(folder: Path) -> bool:
    try:
        subprocess.run(["chattr", "+i", str(folder)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return False
    return True


def test_save_as_into_a_protected_folder_says_why_and_keeps_editing_here(window, doc, tmp_path, monkeypatch):
    from studio.ui import fileactions

    folder = tmp_path / "protected"
    folder.mkdir()
    if not _immutable(folder):
        pytest.skip("chattr +i is not available here")
    shown: list[tuple[str, str]] = []
    try:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder / "copy"), ""))
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append((title, text)))
        before = doc.pf.path
        fileactions.save_as(window)
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=False)
    assert shown and shown[0][0] == "Cannot save the project there"
    assert "copy.studio" in shown[0][1] and "Operation not permitted" not in shown[0][1]
    assert doc.pf.path == before and window.windowTitle().startswith(before.name)
    assert list(folder.iterdir()) == []


def test_navigator_times_carry_a_translatable_unit(window):
    nav = window.navigator
    top = nav.tree.topLevelItem(0)
    texts = []

    def walk(item):
        texts.append(item.text(1))
        for i in range(item.childCount()):
            walk(item.child(i))

    walk(top)
    assert any(t.endswith(" s") for t in texts)

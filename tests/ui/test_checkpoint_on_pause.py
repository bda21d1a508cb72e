"""A copy of the project file alone, taken while the project is open, holds every edit once editing pauses."""

from __future__ import annotations

import shutil
from pathlib import Path

from studio.models.entities import Project
from studio.store.document import ProjectFile
from studio.ui.commands import SetFieldCommand


def _copy_alone(source: Path, target: Path) -> Project:
    """What a mail client or chat gets: the .studio file by itself, without its -wal."""
    shutil.copyfile(source, target)
    with ProjectFile.open(target, readonly=True) as pf:
        return pf.project


def _edits(doc) -> list[str]:
    """A title edit and many voice-over edits, each its own undo step, as the window makes them."""
    doc.push(SetFieldCommand(doc.project, doc.project, "title", "寄给客户的版本 v2"))
    shots = [shot for _beat, _alt, shot in doc.script.iter_shots()]
    lines = []
    for i in range(19):
        shot = shots[i % len(shots)]
        line = f"第 {i} 句：熬夜脸也能亮起来 #{i}"
        doc.push(SetFieldCommand(doc.project, shot, "voiceover", line))
        lines.append((shot.id, line))
    return lines


def test_copy_of_open_file_is_current_after_a_pause(doc, qtbot, tmp_path: Path) -> None:
    source = doc.pf.path
    lines = _edits(doc)
    expected = {shot_id: line for shot_id, line in lines}
    # Before the pause the edits are only in the log: a copy of the file alone misses them.
    stale = _copy_alone(source, tmp_path / "stale.studio")
    assert stale.title != "寄给客户的版本 v2"

    copies = iter(range(1000))

    def copy_is_current() -> None:
        project = _copy_alone(source, tmp_path / f"copy{next(copies)}.studio")
        assert project.title == "寄给客户的版本 v2"
        for shot_id, line in expected.items():
            found = project.find(shot_id)
            assert found is not None and found.voiceover == line

    qtbot.waitUntil(copy_is_current, timeout=5000)
    # Per-edit durability is kept: the file is still in write-ahead mode with full syncs.
    conn = doc.pf.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_an_edit_after_the_checkpoint_reaches_the_copy_too(doc, qtbot, tmp_path: Path) -> None:
    source = doc.pf.path
    _edits(doc)
    qtbot.waitUntil(
        lambda: _copy_alone(source, tmp_path / "a.studio").title == "寄给客户的版本 v2", timeout=5000
    )
    doc.push(SetFieldCommand(doc.project, doc.project, "title", "第三版"))
    qtbot.waitUntil(lambda: _copy_alone(source, tmp_path / "b.studio").title == "第三版", timeout=5000)


def test_non_stop_editing_still_reaches_the_file(sample_path_en: Path, tmp_path: Path, monkeypatch) -> None:
    """Edits that never pause (a long paste-and-fix session) are copied in once the longest wait has passed."""
    from studio.ui import document_controller as document_module

    monkeypatch.setattr(document_module, "CHECKPOINT_PAUSE_MS", 3_600_000)  # no pause ever long enough
    monkeypatch.setattr(document_module, "CHECKPOINT_MAX_WAIT_MS", 0)  # the longest wait is over at once
    doc = document_module.DocumentController(ProjectFile.open(sample_path_en))
    try:
        doc.push(SetFieldCommand(doc.project, doc.project, "title", "第一稿"))
        doc.push(SetFieldCommand(doc.project, doc.project, "title", "不停地改"))
        # No event loop has run: only the longest-wait rule can have brought the file up to date.
        assert _copy_alone(sample_path_en, tmp_path / "c.studio").title == "不停地改"
    finally:
        doc.close()

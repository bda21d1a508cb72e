"""Exports and packs run in the background: the window keeps its event loop, Cancel leaves nothing
half-written, an existing file is never replaced without asking, and open errors ask once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from studio.ui import background_jobs
from studio.ui.dialogs.export import ExportDialog, free_path
from tests.ui.background import run_to_end


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _pdf_dialog(doc, settings, qtbot, target: Path, **kw) -> ExportDialog:
    dialog = ExportDialog(doc, settings, **kw)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    dialog.path_edit.setText(str(target))
    return dialog


def _press_cancel_while_working(monkeypatch, work: str, ready) -> list[bool]:
    """Hold the child's work half-way (tests/ui/held_work.py) and press the job line's Cancel once ``ready()``
    says so."""
    from studio.exports import child
    from studio.ui import background_jobs
    from tests.ui import held_work

    # The child process is handed the work by name: the held one, which never ends by itself.
    monkeypatch.setattr(child, work, getattr(held_work, f"held_{work.removesuffix('_job')}"))
    pressed: list[bool] = []

    def look() -> None:
        jobs = background_jobs.running()
        lines = jobs[0].lines() if jobs else []
        if not lines or not ready(jobs[0]):
            QTimer.singleShot(5, look)
            return
        pressed.append(True)
        lines[0].cancel_button.click()

    QTimer.singleShot(0, look)
    return pressed


def test_the_dialog_closes_at_once_and_the_export_goes_on_in_the_background(doc, settings, qtbot, out):
    dialog = _pdf_dialog(doc, settings, qtbot, out / "board.pdf")
    dialog.run()
    job = dialog.job
    # Closed before the file is written: the child has not even started Python yet.
    assert job is not None and not job.finished and dialog.result() == 1 and dialog.written == []
    assert background_jobs.running() == [job] and job.lines()  # its line, with Cancel
    qtbot.waitUntil(lambda: bool(job.finished), timeout=240_000)
    assert dialog.written == [out / "board.pdf"] and (out / "board.pdf").read_bytes().startswith(b"%PDF")
    assert background_jobs.running() == [] and not job.lines()


def test_cancel_leaves_no_file_and_no_part(doc, settings, qtbot, out, monkeypatch):
    dialog = _pdf_dialog(doc, settings, qtbot, out / "board.pdf")
    pressed = _press_cancel_while_working(monkeypatch, "export_files", lambda job: job.progress[0] > 0)
    run_to_end(dialog, qtbot)
    assert pressed and dialog.written == [] and dialog.job.outcome[0] == "error"
    assert list(out.iterdir()) == []  # neither the PDF nor its .part


def test_an_existing_file_is_kept_unless_the_user_says_replace(doc, settings, qtbot, out, monkeypatch):
    target = out / "board.pdf"
    target.write_bytes(b"the client's 12-page PDF")
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        box.setProperty("clicked", "Use New Name")
        for button in box.buttons():
            if button.text() == "Use New Name":
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    dialog = _pdf_dialog(doc, settings, qtbot, target)
    run_to_end(dialog, qtbot)
    assert asked and "board.pdf" in asked[0] and "Replace" in asked[0]
    assert target.read_bytes() == b"the client's 12-page PDF"
    assert dialog.written == [out / "board 2.pdf"]


def test_cancel_on_replace_writes_nothing(doc, settings, qtbot, out, monkeypatch):
    target = out / "board.pdf"
    target.write_bytes(b"mine")

    def exec_(box: QMessageBox) -> int:
        box.button(QMessageBox.StandardButton.Cancel).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    dialog = _pdf_dialog(doc, settings, qtbot, target)
    dialog.run()
    assert dialog.written == [] and sorted(p.name for p in out.iterdir()) == ["board.pdf"]


def test_the_suggested_name_is_free(doc, settings, qtbot, tmp_path):
    dialog = ExportDialog(doc, settings)
    qtbot.addWidget(dialog)
    first = Path(dialog.path_edit.text())
    first.write_bytes(b"an earlier export")
    dialog.format_box.setCurrentIndex((dialog.format_box.currentIndex() + 1) % dialog.format_box.count())
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(dialog.settings.export_format))
    assert Path(dialog.path_edit.text()) == free_path(first) != first


def test_open_errors_ask_once(doc, settings, qtbot, out, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No
    )
    dialog = _pdf_dialog(doc, settings, qtbot, out / "board.pdf", open_errors=5)
    dialog.run()
    assert asked == ["5 errors remain in the guide: export anyway?"] and list(out.iterdir()) == []


def test_a_pack_runs_in_the_background_and_cancel_leaves_no_folder(doc, qtbot, out, monkeypatch):
    from studio.ui.dialogs.pack_dialog import PackDialog

    dialog = PackDialog(doc)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(out))
    dialog.variant_box.setCurrentIndex(dialog.variant_box.findData(None))
    seen: list[str] = []

    def half_written(_job) -> bool:
        # the stills made, a variant's part folder holding some of its frames
        seen[:] = [p.name for p in out.glob(".*.part/frames/*.png")]
        return bool(seen)

    pressed = _press_cancel_while_working(monkeypatch, "pack_job", half_written)
    run_to_end(dialog, qtbot)
    assert pressed and seen and dialog.written == []
    assert [p for p in out.rglob("*")] == []
    monkeypatch.undo()
    run_to_end(dialog, qtbot)  # again, to the end this time
    assert dialog.written and all(r.folder.is_dir() for r in dialog.written)


def test_a_second_pack_into_the_same_folder_waits_for_the_first(doc, qtbot, out, monkeypatch):
    from studio.exports import child
    from studio.ui.dialogs.pack_dialog import PackDialog
    from tests.ui import held_work

    monkeypatch.setattr(child, "pack_job", held_work.gated_pack)
    monkeypatch.setenv(held_work.GATE_ENV, str(out.parent / "go"))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    first, second = PackDialog(doc), PackDialog(doc)
    for dialog in (first, second):
        qtbot.addWidget(dialog)
        dialog.folder_edit.setText(str(out))
    first.accept()
    second.accept()  # the same folder, while the first is under way
    assert second.job is None and second.result() == 0 and len(told) == 1
    assert "out is still being written by an earlier export or pack" in told[0]
    elsewhere = PackDialog(doc)
    qtbot.addWidget(elsewhere)
    elsewhere.folder_edit.setText(str(out.parent / "other"))
    elsewhere.accept()  # another folder: no conflict
    assert elsewhere.job is not None and len(told) == 1
    (out.parent / "go").touch()
    qtbot.waitUntil(lambda: bool(first.job.finished and elsewhere.job.finished), timeout=240_000)
    assert first.written and elsewhere.written
    run_to_end(second, qtbot)  # once the first has ended the folder is free again
    assert second.written and len(told) == 1


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_pack_of_two_variants_on_one_name_says_so_and_writes_nothing(
    doc, qtbot, qapp, out, monkeypatch, lang
):
    from studio.ui.app import Translators
    from studio.ui.dialogs.pack_dialog import PackDialog

    translators = Translators(qapp)
    translators.install(lang)
    variants = doc.script.variants
    variants[1].name, variants[2].name = "A/B", "A:B"  # one file name once made safe for every disk
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    dialog = PackDialog(doc)
    qtbot.addWidget(dialog)
    dialog.variant_box.setCurrentIndex(dialog.variant_box.findData(None))
    dialog.folder_edit.setText(str(out))
    try:
        dialog.accept()
    finally:
        translators.install("en")
    assert len(told) == 1 and "A/B" in told[0] and "A:B" in told[0], told
    assert ("改名后再打包" in told[0]) if lang == "zh" else ("rename one of them and pack again" in told[0])
    assert list(out.iterdir()) == [] and dialog.result() == 0


def test_the_window_is_edited_while_a_pack_runs_and_the_pack_holds_the_script_as_it_was(
    window, doc, qtbot, out, monkeypatch
):
    """Start a pack from File > Pack, type in a voice-over while it runs: the pack is the script as it was
    when OK was pressed, the edit stays in the project."""
    from studio.exports import child
    from studio.exports.pack import CAPTIONS_NAME
    from studio.ui import fileactions
    from studio.ui.dialogs.pack_dialog import PackDialog
    from tests.ui import held_work

    # The pack begins only once the test has typed: what it holds cannot depend on how fast the child starts.
    monkeypatch.setattr(child, "pack_job", held_work.gated_pack)
    monkeypatch.setenv(held_work.GATE_ENV, str(out.parent / "go"))
    started: list[PackDialog] = []

    def pack_current(dialog: PackDialog) -> int:
        started.append(dialog)
        dialog.folder_edit.setText(str(out))
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)  # fmt: skip
        return dialog.result()

    monkeypatch.setattr(PackDialog, "exec", pack_current)
    write = window.show_tab("write")
    shot = next(s for _b, _a, s in doc.script.iter_shots() if s.voiceover)
    before = shot.voiceover
    fileactions.pack(window)  # returns once the pack is started
    job = started[0].job
    assert job is not None and not job.finished
    line = window.statusBar().findChild(background_jobs.JobLine)
    assert line is not None and line.isVisible() and line.cancel_button.isEnabled()
    assert f"script as of {job.as_of}" in line.words.text()  # said on the line, and in full in its tooltip
    assert "as it was at" in line.toolTip() and "not in what is being written" in line.toolTip()
    write.focus_field(shot.id, "voiceover")
    editor = write.row_for(shot.id).editors["voiceover"]
    qtbot.waitUntil(editor.hasFocus)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " TYPED WHILE PACKING")
    assert shot.voiceover == before + " TYPED WHILE PACKING" and not job.finished
    (out.parent / "go").touch()
    qtbot.waitUntil(lambda: bool(job.finished), timeout=240_000)
    assert job.outcome is not None and job.outcome[0] == "done", job.outcome
    (result,) = started[0].written
    captions = (result.folder / CAPTIONS_NAME).read_text(encoding="utf-8")
    assert before.split("，")[0][:6] in captions and "TYPED WHILE PACKING" not in captions
    assert shot.voiceover == before + " TYPED WHILE PACKING"  # the edit stays
    assert window.statusBar().findChild(background_jobs.JobLine) is None or not line.isVisible()


def test_closing_the_window_while_a_pack_runs_asks_and_cancel_leaves_nothing(
    window, doc, qtbot, out, monkeypatch
):
    from studio.exports import child
    from studio.ui.dialogs.pack_dialog import PackDialog
    from tests.ui import held_work

    monkeypatch.setattr(child, "pack_job", held_work.gated_pack)
    monkeypatch.setenv(held_work.GATE_ENV, str(out.parent / "never"))  # never goes on by itself
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answers.pop(0)
    )
    dialog = PackDialog(doc, window)
    dialog.folder_edit.setText(str(out))
    dialog.accept()
    job = dialog.job
    window.replacing = False  # a user closing the window, not the window being rebuilt
    window.close()
    assert asked and "still running in the background (Writing the packs" in asked[0]  # the job by its name
    assert window.isVisible() and not job.finished  # "No": the pack goes on
    window.close()
    assert len(asked) == 2 and not window.isVisible()  # "Yes": cancelled, then closed
    assert job.finished and job.outcome[0] == "error" and background_jobs.running() == []
    assert list(out.iterdir()) == []

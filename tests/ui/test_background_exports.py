"""Exports and packs run in the background: the window keeps its event loop, Cancel leaves nothing
half-written, an existing file is never replaced without asking, and open errors ask once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from studio.ui.dialogs.export import ExportDialog, free_path


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


def _press_cancel_while_working(parent, monkeypatch, work: str, ready) -> list[bool]:
    """Hold the child's work half-way (tests/ui/held_work.py) and press Cancel once ``ready()`` says so."""
    from studio.exports import child
    from tests.ui import held_work

    # The child process is handed the work by name: the held one, which never ends by itself.
    monkeypatch.setattr(child, work, getattr(held_work, f"held_{work.removesuffix('_job')}"))
    pressed: list[bool] = []

    def look() -> None:
        progress = parent.findChild(QProgressDialog)
        if progress is None or not ready():
            QTimer.singleShot(5, look)
            return
        pressed.append(True)
        progress.findChild(QPushButton).click()  # its Cancel button

    QTimer.singleShot(0, look)
    return pressed


def test_the_event_loop_runs_while_a_pdf_is_written(doc, settings, qtbot, out):
    dialog = _pdf_dialog(doc, settings, qtbot, out / "board.pdf")
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    try:
        dialog.run()
    finally:
        timer.stop()
    assert dialog.written == [out / "board.pdf"] and (out / "board.pdf").read_bytes().startswith(b"%PDF")
    assert ticks, "the window's timers fired during the export: it was not blocked"


def test_cancel_leaves_no_file_and_no_part(doc, settings, qtbot, out, monkeypatch):
    dialog = _pdf_dialog(doc, settings, qtbot, out / "board.pdf")
    pressed = _press_cancel_while_working(
        dialog, monkeypatch, "export_job", lambda: dialog.findChild(QProgressDialog).value() > 0
    )
    dialog.run()
    assert pressed and dialog.written == []
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
    dialog.run()
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

    def half_written() -> bool:
        # the stills made, a variant's part folder holding some of its frames
        seen[:] = [p.name for p in out.glob(".*.part/frames/*.png")]
        return bool(seen)

    pressed = _press_cancel_while_working(dialog, monkeypatch, "pack_job", half_written)
    dialog.accept()
    assert pressed and seen and dialog.written == [] and dialog.result() == 0
    assert [p for p in out.rglob("*")] == []
    monkeypatch.undo()
    dialog.accept()  # again, to the end this time
    assert dialog.written and all(r.folder.is_dir() for r in dialog.written)


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

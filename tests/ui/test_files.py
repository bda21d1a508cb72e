"""File menu work end to end: new from a template, locked files, snapshots, export, print, start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from studio.store.document import ProjectFile
from studio.ui import app as app_module
from tests.ui.background import run_to_end
from tests.ui.conftest import reopen

ROOT = Path(__file__).resolve().parents[2]


def click_button(text: str):
    """A stand-in for QMessageBox.exec that clicks the button with this text."""

    def exec_(box: QMessageBox) -> int:
        for button in box.buttons():
            if button.text() == text:
                button.click()
                return 0
        raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")

    return exec_


def test_new_project_from_a_template(tmp_path, qtbot):
    from studio.guide.brief.templates import get_template
    from studio.ui.dialogs.new_project import NewProjectDialog

    dialog = NewProjectDialog(str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("夏日防晒霜")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh"))
    dialog.path_edit.setText(str(tmp_path / "sunscreen"))
    pf = dialog.create_project()
    pf.close()
    assert pf.path == tmp_path / "sunscreen.studio"
    project = reopen(pf.path)
    tpl = get_template(dialog.template_id())
    assert project.title == "夏日防晒霜"
    assert len(project.scripts[0].beats) == len(tpl.beats)
    assert project.scripts[0].variants[0].is_base


def test_locked_file_opens_read_only_after_asking(sample_path_en, monkeypatch, qtbot, settings):
    from studio.ui.mainwindow import MainWindow

    holder = ProjectFile.open(sample_path_en)  # another window holds it
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.informativeText())
        return click_button("Open Read-Only")(box)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    try:
        pf = app_module.open_project(sample_path_en)
        assert pf is not None and pf.readonly
        assert asked and str(os.getpid()) in asked[0]
        from studio.ui.document_controller import DocumentController

        doc = DocumentController(pf)
        win = MainWindow(doc, None, settings)
        qtbot.addWidget(win)
        assert win.windowTitle().endswith("[read-only]")
        view = win.show_tab("shotlist")
        view.table.selectRow(0)
        before = [r.shot.id for r in view.model.rows]
        view.duplicate()
        assert [r.shot.id for r in view.model.rows] == before
        assert doc.undo_stack.count() == 0
        win.close()
        assert pf._conn is not None
    finally:
        holder.close()


def test_locked_file_cancel_opens_nothing(sample_path_en, monkeypatch):
    holder = ProjectFile.open(sample_path_en)
    monkeypatch.setattr(QMessageBox, "exec", click_button("Cancel"))
    try:
        assert app_module.open_project(sample_path_en) is None
    finally:
        holder.close()


def test_damaged_file_is_explained_not_traced(tmp_path, monkeypatch):
    bad = tmp_path / "broken.studio"
    bad.write_bytes(b"this is not sqlite at all" * 10)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    assert app_module.open_project(bad) is None
    assert shown and "broken.studio" in shown[0] and "Traceback" not in shown[0]


def test_snapshot_take_edit_compare_restore(doc, qtbot, monkeypatch):
    from studio.ui.dialogs.snapshots import SnapshotsDialog

    dialog = SnapshotsDialog(doc)
    qtbot.addWidget(dialog)
    dialog.create_snapshot("before cuts")
    assert dialog.table.rowCount() == 1
    shot = doc.script.beats[0].alternatives[0].shots[0]
    doc.delete_shots([shot], "remove shot")
    dialog.table.selectRow(0)
    dialog.compare_selected()
    assert shot.code in dialog.compare_text.toPlainText()
    assert "Shots removed" in dialog.compare_text.toPlainText()
    lengths = [line for line in dialog.compare_text.toPlainText().splitlines() if "Length of" in line]
    names = [v.name for v in doc.script.variants]
    listed = [next(n for n in names if f"Length of {n}:" in line) for line in lengths]
    assert len(listed) >= 2 and listed == [n for n in names if n in listed]  # in the script's order
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_selected()
    ids = {s.id for _, _, s in reopen(doc.pf.path).scripts[0].iter_shots()}
    assert shot.id in ids
    assert dialog.table.rowCount() == 2  # the state before the restore was kept too
    # The old comparison no longer holds; the dialog says what happened instead.
    said = dialog.compare_text.toPlainText()
    assert "Shots removed" not in said and "before cuts" in said and "snapshot 2" in said


def test_export_excel_from_the_dialog(doc, settings, tmp_path, qtbot):
    openpyxl = pytest.importorskip("openpyxl")
    from studio.ui.dialogs.export import ExportDialog

    dialog = ExportDialog(doc, settings)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("xlsx"))
    target = tmp_path / "out" / "shots.xlsx"
    target.parent.mkdir()
    dialog.path_edit.setText(str(target))
    run_to_end(dialog, qtbot)
    assert dialog.written == [target] and target.exists()
    book = openpyxl.load_workbook(target)
    text = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value}
    first = doc.script.beats[0].alternatives[0].shots[0].code
    assert first in text
    assert settings.export_format == "xlsx"


def test_export_into_a_new_folder_makes_it_and_a_file_in_the_way_is_told(doc, settings, tmp_path, qtbot,
                                                                          monkeypatch):  # fmt: skip
    import docx as python_docx

    from studio.ui.dialogs.export import ExportDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    dialog = ExportDialog(doc, settings)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("docx"))
    target = tmp_path / "new" / "folder" / "board.docx"
    dialog.path_edit.setText(str(target))
    run_to_end(dialog, qtbot)
    # A fresh folder is made, as the command line does; the storyboard is there and whole.
    assert dialog.written == [target] and python_docx.Document(str(target)).tables
    blocker = tmp_path / "afile"
    blocker.write_text("")
    again = ExportDialog(doc, settings)
    qtbot.addWidget(again)
    again.format_box.setCurrentIndex(again.format_box.findData("docx"))
    again.path_edit.setText(str(blocker / "board.docx"))
    run_to_end(again, qtbot)
    assert again.written == [] and shown and "afile" in shown[-1]
    assert blocker.read_text() == ""


def test_save_a_copy_and_save_as(window, doc, tmp_path, monkeypatch):
    from studio.ui import fileactions

    copy = tmp_path / "copy.studio"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "copy"), ""))
    fileactions.save_copy(window)
    assert reopen(copy).title == doc.project.title
    moved = tmp_path / "moved.studio"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(moved), ""))
    fileactions.save_as(window)
    assert doc.pf.path == moved
    assert window.windowTitle() == "moved.studio"


def _pdf_printer(path):
    from PySide6.QtPrintSupport import QPrinter

    from studio.ui.dialogs.printing import new_printer

    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(100)
    return printer


def test_printing_prints_the_pdf_exports_pages(doc, tmp_path, monkeypatch, qtbot):
    import subprocess

    import pypdfium2 as pdfium
    from PIL import ImageChops, ImageStat

    from studio.exports.common import word
    from studio.models.timeline import cut
    from studio.ui.dialogs import printing
    from studio.ui.dialogs.printing import preview_print, storyboard_pdf

    data = storyboard_pdf(doc)
    exported = tmp_path / "export.pdf"
    exported.write_bytes(data)
    text = subprocess.run(["pdftotext", str(exported), "-"], capture_output=True, text=True).stdout
    lang = doc.project.language
    assert word("shoot_list", lang) in text and word("storyboard", lang) in text
    for timed in cut(doc.script, doc.variant):
        assert timed.shot.code in text
    # Ctrl+P opens the preview; the pages it paints go to a PDF printer here instead of paper.
    # They are drawn in a worker thread, the job's line in the status bar; the file appears whole at the end.
    printed = tmp_path / "printed.pdf"
    preview = preview_print(doc)  # the pages are laid out in the background; then Print is pressed
    qtbot.addWidget(preview.dialog)
    qtbot.waitUntil(lambda: bool(preview.data), timeout=120_000)
    preview.dialog.paintRequested.emit(_pdf_printer(printed))
    job = preview.sending
    assert job is not None
    ended: list[bool] = []
    job.ended.connect(lambda: ended.append(True))
    qtbot.waitUntil(lambda: bool(ended), timeout=120_000)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".printed")] == []  # no part left
    # PDFium is not thread-safe: the preview may still be drawing its page pictures in a thread.
    with printing.PDFIUM:
        source, paper = pdfium.PdfDocument(data), pdfium.PdfDocument(printed.read_bytes())
        assert job.outcome == ("done", len(source)) and len(paper) == len(source) >= 2
        for index in (0, len(source) - 1):
            width, height = paper[index].get_size()
            assert width > height  # landscape sheets, like the export
            want = source[index].render(scale=0.5).to_pil().convert("L")
            got = paper[index].render(scale=0.5).to_pil().convert("L").resize(want.size)
            # The same page: frames, bands and text where the export has them (not a small text table).
            assert ImageStat.Stat(ImageChops.difference(want, got)).mean[0] < 12
            assert ImageStat.Stat(got).stddev[0] > 8  # not a blank sheet


def test_unexpected_errors_become_a_dialog_and_a_log_line(monkeypatch, caplog):
    from studio.store.errors import LockInfo, ProjectLockedError
    from studio.ui import crash

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    exc = ProjectLockedError("/tmp/x.studio", LockInfo("studio-pc", 4242, "mei", "2025-01-01T10:00:00"))
    crash._hook(type(exc), exc, None)
    assert "mei" in shown[0] and "4242" in shown[0] and "studio-pc" in shown[0]
    crash._hook(RuntimeError, RuntimeError("boom"), None)
    assert "RuntimeError" in shown[1] and "Traceback" not in shown[1]
    assert any("unhandled error" in r.message for r in caplog.records)


def test_studio_app_starts_on_the_sample_in_the_data_folder(qapp, settings, monkeypatch):
    from studio.ui.studioapp import StudioApp

    studio = StudioApp(qapp, settings)
    assert studio.start()
    try:
        path = studio.doc.pf.path
        assert path.name == f"sample_{studio.language}.studio"
        assert path.parent == app_module.data_folder()
        assert studio.window.isVisible()
    finally:
        studio.window.close()
    again = StudioApp(qapp, settings)
    assert again.start()
    assert again.doc.pf.path == path  # reused, not rebuilt
    again.window.close()


def test_main_without_a_display_says_how_to_run_it():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["STUDIO_LANG"] = "zh"
    done = subprocess.run([sys.executable, str(ROOT / "main.py")], env=env, capture_output=True, text=True,
                          timeout=60, check=False)  # fmt: skip
    if not sys.platform.startswith("linux"):
        pytest.skip("the display check is for Linux")
    assert done.returncode == 2
    assert "xvfb-run" in done.stderr and "显示" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_long_print_preview_stays_within_its_memory_budget():
    from studio.ui.dialogs.printing import MAX_DPI, PREVIEW_BUDGET, PREVIEW_MIN_DPI, preview_dpi

    assert preview_dpi(6, 1200) == MAX_DPI  # the sample previews sharp
    for pages in (60, 300, 1000):
        dpi = preview_dpi(pages, 1200)
        assert PREVIEW_MIN_DPI <= dpi < MAX_DPI
        assert dpi == PREVIEW_MIN_DPI or pages * (8.27 * dpi) * (11.69 * dpi) * 3 <= PREVIEW_BUDGET * 1.001


def test_the_preview_shows_every_page_of_the_export(doc, monkeypatch, qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    from studio.ui.dialogs.printing import page_count, preview_print, storyboard_pdf

    preview = preview_print(doc)  # shown at once; the pages follow when laid out in the background
    qtbot.addWidget(preview.dialog)
    widget = preview.dialog.findChild(QPrintPreviewWidget)
    assert isinstance(preview.dialog, QPrintPreviewDialog) and preview.dialog.isVisible()
    qtbot.waitUntil(lambda: widget.pageCount() > 0, timeout=120_000)
    assert widget.pageCount() == page_count(storyboard_pdf(doc))

"""Work that used to wait behind a modal progress dialog runs in the background: the window takes input
meanwhile, the job's line in the status bar moves and cancels, Cancel leaves no file, the result arrives."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox

from studio.ui import background_jobs


@pytest.fixture
def book(tmp_path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["镜号", "镜头", "画面内容", "对话"])
    for i in range(1, 41):
        ws.append([i, "MS", f"画面{i}", f"第{i}句"])
    folder = tmp_path / "in"  # a folder of its own: the window's project lies in tmp_path
    folder.mkdir()
    wb.save(folder / "shots.xlsx")
    return folder / "shots.xlsx"


def _line_of(label: str):  # type: ignore[no-untyped-def]
    """The job line of the running job whose label starts with ``label``, or None."""
    job = next((j for j in background_jobs.running() if j.label.startswith(label)), None)
    lines = job.lines() if job is not None else []
    return lines[0] if lines else None


def _held(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> threading.Event:
    """Hold ``module.name`` in its worker until the returned gate is set."""
    gate = threading.Event()
    real = getattr(module, name)

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert threading.current_thread() is not threading.main_thread()  # never on the window's thread
        gate.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, held)
    return gate


def test_the_excel_import_runs_behind_a_job_line_and_cancel_leaves_no_file(
    window, qtbot, book: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.imports import xlsx_import
    from studio.ui import fileactions
    from studio.ui.dialogs.import_mapping import ImportMappingDialog

    target = book.parent / "imported.studio"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(book), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(ImportMappingDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    opened: list[str] = []
    monkeypatch.setattr(fileactions, "open_path", lambda _w, name: opened.append(str(name)))
    gate = _held(monkeypatch, xlsx_import, "read_xlsx")
    fileactions.import_excel(window)
    qtbot.waitUntil(lambda: _line_of("Importing") is not None, timeout=60_000)
    line = _line_of("Importing")
    # the window is not behind a modal dialog: it takes input while the project is written
    assert QApplication.activeModalWidget() is None
    assert line.parentWidget() is not None and line.isVisibleTo(window.statusBar())
    assert "script as of" not in line.words.text()  # it reads a workbook, not the script
    line.cancel_button.click()
    assert "Cancelling" in line.words.text() and not line.cancel_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: not background_jobs.running(), timeout=60_000)
    assert not target.exists() and not opened
    assert sorted(p.name for p in book.parent.iterdir()) == ["shots.xlsx"]  # no part either
    assert "Cancelled" in window.statusBar().currentMessage()


def test_closing_the_window_while_an_import_runs_asks_and_stops_it(
    window, qtbot, book: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.imports import xlsx_import
    from studio.ui import fileactions

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(book), ""))
    gate = _held(monkeypatch, xlsx_import, "preview_xlsx")
    asked: list[str] = []

    def answer(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        gate.set()  # the work reaches its next report and stops there
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    fileactions.import_excel(window)
    qtbot.waitUntil(lambda: _line_of("Reading the workbook") is not None, timeout=60_000)
    assert background_jobs.may_close(window)
    assert asked == [
        "A job is still running in the background (Reading the workbook…). Cancel it and close? Nothing "
        "half-written is kept."
    ]
    assert not background_jobs.running()


def test_sending_a_review_round_cancels_leaving_no_file_and_a_second_send_waits(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from studio.review import background
    from tests.ui import held_work

    monkeypatch.setattr(background, "send_files", held_work.held_send_files)  # the child runs it by name
    folder = tmp_path / "to-client"
    folder.mkdir()
    view = window.show_tab("review")
    doc = window.doc
    steps = doc.undo_stack.count()
    dialog = view.send_dialog()
    dialog.folder.setText(str(folder))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: (line := _line_of("Writing the review files")) is not None and line.bar.maximum() > 0,
                    timeout=120_000)  # fmt: skip
    assert QApplication.activeModalWidget() is None
    # a second round now would get the same number: refused in one line, nothing started
    second = view.send_dialog()
    second.folder.setText(str(folder))
    second.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "still being written" in view.message.text() and len(background_jobs.running()) == 1
    _line_of("Writing the review files").cancel_button.click()
    qtbot.waitUntil(lambda: not background_jobs.running(), timeout=60_000)
    assert list(folder.iterdir()) == []
    assert doc.project.review.latest is None and doc.undo_stack.count() == steps


def test_the_print_preview_opens_at_once_and_its_layout_cancels(window, qtbot) -> None:
    from studio.ui.dialogs.printing import preview_print

    preview = preview_print(window.doc, window)
    qtbot.addWidget(preview.dialog)
    # shown at once, not holding the window; the pages are laid out behind it with progress and Cancel
    assert preview.dialog.isVisible() and QApplication.activeModalWidget() is None
    assert preview.busy and preview.bar.isVisibleTo(preview.dialog) and preview.cancel_button.isEnabled()
    preview.cancel_button.click()
    qtbot.waitUntil(lambda: not preview.busy, timeout=60_000)
    assert preview.data == b"" and "Cancelled" in preview.status.text()
    assert list(Path(preview._folder.name).iterdir()) == []  # no page file, whole or part
    # a new choice lays them out again, and the pages arrive
    preview.paper_box.setCurrentIndex(preview.paper_box.findData("letter"))
    qtbot.waitUntil(lambda: preview.pages is not None, timeout=120_000)  # laid out, then drawn in a thread
    assert preview.data.startswith(b"%PDF") and not preview.bar.isVisibleTo(preview.dialog)
    assert len(preview.pages) == preview.preview.pageCount() > 0


def test_the_retention_dialog_reads_in_the_background_and_closing_it_stops_the_reading(
    window, qtbot, tmp_path: Path
) -> None:
    from studio.ui.dialogs.retention_import_dialog import RetentionImportDialog

    doc = window.doc
    path = tmp_path / "retention.csv"
    rows = "".join(f"1130_serum_v{n},{s},{100 - s % 90}%\n" for n in range(200) for s in range(120))
    path.write_text("Video name,Second,Audience retention\n" + rows, "utf-8")
    before = {vid: list(r.retention) for vid, r in doc.project.results.items()}
    dialog = RetentionImportDialog(doc, str(path), window)
    qtbot.addWidget(dialog)
    job = dialog.job
    assert dialog.is_busy() and job is not None  # its end is told in the event loop, not yet run
    assert (
        dialog.progress.isVisibleTo(dialog)
        and not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    )
    dialog.reject()  # Cancel while it reads: the thread stops at its next progress point, nothing stored
    assert job.cancelled and not dialog.is_busy()
    qtbot.waitUntil(job.isFinished, timeout=60_000)
    assert {vid: list(r.retention) for vid, r in doc.project.results.items()} == before


def test_a_creators_list_is_read_in_the_background_and_cancel_changes_nothing(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.imports import creator_list_import
    from studio.ui.dialogs.creator_list_import_dialog import ImportPreviewDialog

    roster = tmp_path / "roster.csv"
    roster.write_text("达人昵称,平台,抖音号\n糖糖,抖音,@tangtang\n", "utf-8")
    monkeypatch.setattr(
        ImportPreviewDialog, "exec", lambda self: pytest.fail("a cancelled read previews nothing")
    )
    gate = _held(monkeypatch, creator_list_import, "read_rows")
    view = window.show_tab("creators")
    before = list(window.doc.project.creators)
    view.import_path(str(roster))
    qtbot.waitUntil(lambda: _line_of("Reading roster.csv") is not None, timeout=60_000)
    assert QApplication.activeModalWidget() is None and view.last_import is None
    _line_of("Reading roster.csv").cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: not background_jobs.running(), timeout=60_000)
    assert view.last_import is None and window.doc.project.creators == before


def test_three_job_lines_with_long_names_fit_a_1366_pixel_window_and_keep_their_cancel(window, qtbot) -> None:
    from studio.ui.jobs import Cancelled

    stop = threading.Event()

    def work(progress):  # type: ignore[no-untyped-def]
        while not stop.wait(0.02):
            progress(1, 4)
        raise Cancelled()

    name = "Dewdrop cleanser, night-owl serum - every variant, with the crew's notes and frames.pdf"
    labels = [f"Exporting {name}…", "Writing the packs…", f"Reading {name}…"]
    jobs = [background_jobs.start_thread(window, label, [], lambda *a: None, lambda *a: None, work, as_of=True)
            for label in labels]  # fmt: skip
    try:
        window.resize(1366, 768)
        qtbot.waitUntil(lambda: all(j.progress == (1, 4) for j in jobs), timeout=60_000)
        bar = window.statusBar()
        # a plain label asked for all its words as its minimum: three lines pushed the window past the screen
        assert window.minimumSizeHint().width() <= 1366 and bar.minimumSizeHint().width() <= 1366
        qtbot.waitUntil(lambda: bar.width() <= 1366, timeout=5_000)
        for job, label in zip(jobs, labels, strict=True):
            line = job.lines()[0]
            assert line.words.text().startswith(label)  # the whole of it, whatever is shown
            right = line.cancel_button.mapTo(window, line.cancel_button.rect().bottomRight()).x()
            assert line.cancel_button.isVisible() and right <= window.width()
        first = jobs[0].lines()[0]
        assert (
            first.words.cut and first.words.text() in first.toolTip()
        )  # cut in the middle, whole in the tooltip
        assert "as it was at" in first.toolTip()
        shown = QLabel.text(first.words)  # what is on screen: the label is cut, its figures kept whole
        assert shown.endswith(f" 25% · script as of {jobs[0].as_of}") and "…" in shown, shown
    finally:
        stop.set()
        qtbot.waitUntil(lambda: not background_jobs.running(), timeout=60_000)

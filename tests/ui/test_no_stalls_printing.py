"""Printing a 1,000-shot variant to a printer (a PDF file here) under the stall watchdog (slow).

File > Print…, then Print: the preview's paintRequested with the printer the print dialog set up. The
pages go to the printer from a worker thread, the job's line in the status bar moving page by page; the
window's thread only passes the figures on. Every event-loop block over 50 ms is printed with its GUI-thread
CPU (run with -s), and each is held to the 100 ms bar by that CPU, in units of a reference job timed in the
same run (test_no_stalls.LIMIT_REFS): a block's wall time on a shared machine is the load's as much as the
window's. The printed file is read back (its pages and their text), and a cancelled run leaves no file.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt

from tests.ui.stalls import report, watch_stalls
from tests.ui.test_no_stalls import LIMIT_REFS, _reference_ms

pytestmark = pytest.mark.slow

#: The issue's variant: 1,000 shots, some 200 pages of storyboard and shoot list.
SHOTS = 1000


@pytest.fixture(scope="module")
def big_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A 1,000-shot project's file and its current variant's pages as the preview lays them out."""
    from benchmarks.make_big_project import build
    from studio.store.document import ProjectFile, write_new_file
    from studio.ui.dialogs.printing import storyboard_pdf
    from studio.ui.document_controller import DocumentController

    path = tmp_path_factory.mktemp("print") / "big1000.studio"
    project, blobs = build(SHOTS, 20)
    write_new_file(path, project, blobs)
    doc = DocumentController(ProjectFile.open(path))
    try:
        return path, storyboard_pdf(doc)
    finally:
        doc.close()


def _printer(path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from studio.ui.dialogs.printing import new_printer

    printer = new_printer()  # high resolution: the pages are drawn at MAX_DPI, as for paper
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _text(data: bytes, index: int) -> str:
    from studio.ui.dialogs.printing import PDFIUM  # PDFium is not thread-safe: one user at a time

    with PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            return str(document[index].get_textpage().get_text_range())
        finally:
            document.close()


@pytest.mark.timeout(1800)
def test_printing_1000_shots_keeps_the_window_responsive(qtbot, big_pdf, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMainWindow

    from studio.ui.background_jobs import BackgroundJob
    from studio.ui.dialogs.printing import PDFIUM as printing_lock
    from studio.ui.dialogs.printing import page_count, print_in_background

    slots: list[float] = []  # the GUI thread's CPU ms for each page's figures (the job's line updated)
    real = BackgroundJob._progressed

    def timed(self: BackgroundJob, done: int, total: int) -> None:
        start = time.thread_time()
        real(self, done, total)
        slots.append((time.thread_time() - start) * 1000)

    monkeypatch.setattr(BackgroundJob, "_progressed", timed)

    _path, data = big_pdf
    pages = page_count(data)
    assert pages >= 100
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.statusBar()  # the window's, where the job's line goes
    window.show()
    qtbot.waitExposed(window)
    reference = [_reference_ms()]
    out = tmp_path / "out"
    out.mkdir()
    printed = out / "printed.pdf"
    figures: list[tuple[int, int]] = []
    gui_cpu, wall = time.thread_time(), time.perf_counter()
    with watch_stalls() as watch:
        started = time.thread_time()
        job = print_in_background(data, _printer(printed), window)
        start_ms = (time.thread_time() - started) * 1000  # the pages counted, the thread and its line started
        job.job.progressed.connect(lambda done, total: figures.append((done, total)))
        line = job.lines()[0]
        assert line.isVisible() and line.cancel_button.isEnabled()  # the line in the status bar, with Cancel
        ended: list[bool] = []
        job.ended.connect(lambda: ended.append(True))
        qtbot.waitUntil(lambda: bool(ended), timeout=1_500_000)
    gui_cpu_ms, wall_s = (time.thread_time() - gui_cpu) * 1000, time.perf_counter() - wall
    reference.append(_reference_ms())
    assert job.outcome == ("done", pages)
    assert figures[-1] == (pages - 1, pages) and len(figures) == pages  # told page by page
    assert page_count(printed.read_bytes()) == pages
    with printing_lock:
        width, height = pdfium.PdfDocument(printed.read_bytes())[0].get_size()
    assert width > height  # landscape sheets
    # A file that can be read back with its pages as pictures (the export's text is drawn, not typed).
    assert _text(printed.read_bytes(), 0) == ""
    assert [p.name for p in out.iterdir()] == ["printed.pdf"]  # no part left beside it
    unit = max(reference)
    print(f"\n{pages} pages printed in {wall_s:.1f} s wall; the GUI thread's CPU meanwhile {gui_cpu_ms:.0f} ms; "
          f"load {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"{len(watch.stalls)} blocks over 50 ms; reference job {', '.join(f'{r:.0f}' for r in reference)} ms "
          f"CPU; limit {LIMIT_REFS * unit:.0f} ms CPU a block")  # fmt: skip
    print(f"the GUI thread's CPU per page's update: max {max(slots):.1f} ms, total {sum(slots):.0f} ms "
          f"for {len(slots)} updates; {start_ms:.0f} ms to start")  # fmt: skip
    print(report(watch.stalls, limit=8))
    assert len(slots) == pages and max([start_ms, *slots]) <= LIMIT_REFS * unit
    assert all(stall.cpu_ms <= LIMIT_REFS * unit for stall in watch.stalls), report(watch.stalls)


def test_a_cancelled_print_leaves_no_file(qtbot, big_pdf, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    from studio.ui.dialogs.printing import print_in_background

    _path, data = big_pdf
    window = QMainWindow()
    qtbot.addWidget(window)
    window.statusBar()
    window.show()
    out = tmp_path / "out"
    out.mkdir()
    printed = out / "printed.pdf"
    job = print_in_background(data, _printer(printed), window)
    ended: list[bool] = []
    job.ended.connect(lambda: ended.append(True))
    qtbot.waitUntil(lambda: job.progress[0] >= 2, timeout=600_000)  # a few pages are in
    line = job.lines()[0]
    qtbot.mouseClick(line.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ended), timeout=600_000)
    assert job.outcome is not None and job.outcome[0] == "error"
    assert list(out.iterdir()) == []  # neither the file nor its part

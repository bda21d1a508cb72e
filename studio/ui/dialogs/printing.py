"""Printing from the window: the same pages as the PDF export (storyboard and shoot list), in a print preview.

The current variant is written with the PDF exporter (frames, beat bands, timecodes, the shoot
list grouped by location and talent for the set), each page is rasterised with PDFium at the
printer's resolution (capped, so a page costs a few tens of megabytes at most) and drawn
fitted to the printer's page. What leaves the printer is what a PDF export shows.
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QWidget

from studio.models.entities import Script, Variant
from studio.ui import error_messages
from studio.ui.document_controller import DocumentController

if TYPE_CHECKING:  # imported where it is used, on demand
    from PySide6.QtPrintSupport import QPrinter

    from studio.ui.background_jobs import BackgroundJob
    from studio.ui.jobs import Job, ProcessJob, Progress

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: Highest resolution a page is rasterised at; printers asking for more get this, scaled up.
MAX_DPI = 200

#: PDFium is not thread-safe: the preview's page pictures, a print job and a new layout after a cancelled one
#: may each read a PDF in a thread of their own, and two of them inside PDFium at once crashed the process
#: (a segmentation fault in get_page). Every use of it in this process holds this lock.
PDFIUM = threading.Lock()
#: A preview keeps every page's picture in memory: all of them together stay within about this many bytes
#: (a 1,000-shot project prints some 300 pages), at no less than PREVIEW_MIN_DPI.
PREVIEW_BUDGET = 300_000_000
PREVIEW_MIN_DPI = 48
#: About how many bytes of a page's picture are handed to the printer in one call (see _draw_in_bands).
BAND_BYTES = 1_500_000
#: Square inches of an A4 page, and bytes per pixel of a page's picture.
_PAGE_SQ_IN, _PIXEL_BYTES = 8.27 * 11.69, 3


@dataclass(frozen=True)
class PrintScope:
    """What to print: storyboards of these variants (or none) and the shoot list of their shots.

    ``shots`` keeps the shoot list to those shot ids, as a filtered Shot list shows them; ``label`` says in
    the preview's list what this is ("Shot list as shown: all variants, 15 shots").
    """

    variant_ids: tuple[str, ...]
    shots: frozenset[str] | None = None
    storyboard: bool = True
    label: str = ""


def variant_scope(variant: Variant) -> PrintScope:
    """One variant's storyboard and its shoot list (what Ctrl+P printed before it followed the view)."""
    return PrintScope((variant.id,), None, True, translate("Printing", "Storyboard and shoot list: {variant}")
                      .format(variant=variant.name))  # fmt: skip


def union_scope(script: Script) -> PrintScope:
    """The shoot list of every variant: each shot once, for the crew."""
    return PrintScope(tuple(v.id for v in script.variants), None, False,
                      translate("Printing", "Shoot list of all variants"))  # fmt: skip


def storyboard_pdf(doc: DocumentController, lang: str | None = None, paper: str = "a4",
                   scope: PrintScope | None = None, layout: str = "table", progress: Any = None) -> bytes:  # fmt: skip
    """The pages to print, as the PDF export writes them: the current variant's unless a scope is given."""
    from studio.exports.pdf_export import export_pdf

    scope = scope or variant_scope(doc.variant)
    variants = [v for v in doc.script.variants if v.id in scope.variant_ids] or [doc.variant]
    with tempfile.TemporaryDirectory(prefix="studio-print-") as folder:
        path = Path(folder) / "print.pdf"
        export_pdf(doc.project, doc.script, variants, doc.pf.frame_bytes, path, lang or doc.project.language, progress,
                   paper=paper, layout=layout, shots=scope.shots, storyboard=scope.storyboard)  # fmt: skip
        return path.read_bytes()


def preview_dpi(pages: int, wanted: float) -> float:
    """The resolution at which ``pages`` preview pictures fit PREVIEW_BUDGET together."""
    fits = (PREVIEW_BUDGET / (max(pages, 1) * _PAGE_SQ_IN * _PIXEL_BYTES)) ** 0.5
    dpi: float = max(PREVIEW_MIN_DPI, min(wanted, MAX_DPI, fits))
    return dpi


def page_count(data: bytes) -> int:
    """How many pages a PDF has."""
    import pypdfium2 as pdfium

    with PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            return len(document)
        finally:
            document.close()


def page_images(data: bytes, dpi: float) -> Iterator[tuple[QImage, QSizeF]]:
    """Each page of a PDF as a picture at ``dpi`` (at most MAX_DPI), with the page's size in points."""
    import pypdfium2 as pdfium

    with PDFIUM:
        document = pdfium.PdfDocument(data)
        count = len(document)
    try:
        for index in range(count):
            # The lock is held for one page at a time, never across the yield: a consumer that stops
            # (a cancelled layout, a closed preview) leaves PDFium free for the next one.
            with PDFIUM:
                page = document[index]
                try:
                    width, height = page.get_size()
                    bitmap = page.render(scale=min(dpi, MAX_DPI) / 72, rev_byteorder=True)
                    if bitmap.mode == "RGB":  # PDFium's own pixels, copied once (each copy keeps the GIL)
                        raw: Any = memoryview(bitmap.buffer)
                        stride, pixels = bitmap.stride, (bitmap.width, bitmap.height)
                    else:
                        picture = bitmap.to_pil().convert("RGB")
                        raw, stride, pixels = picture.tobytes("raw", "RGB"), 3 * picture.width, picture.size
                    image = QImage(raw, pixels[0], pixels[1], stride, QImage.Format.Format_RGB888).copy()
                    del raw, bitmap  # PDFium's buffer goes back while the lock is held
                finally:
                    page.close()
            yield image, QSizeF(width, height)
    finally:
        with PDFIUM:
            document.close()


def paint_pages(data: bytes, printer: object, progress: Progress | None = None) -> int:
    """Draw every page of the PDF onto ``printer``, one sheet each, fitted and centred; the page count.

    ``progress(done, total)`` is told before each page (it may raise Cancelled: the print run is then aborted).
    """
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    dpi = float(printer.resolution())
    total = page_count(data)
    if _previewing(printer):  # the preview records every page
        dpi = preview_dpi(total, dpi)
    return draw_pages(page_images(data, dpi), printer, progress, total)


def send_pages(data: bytes, printer: QPrinter, progress: Progress) -> int:
    """Print the PDF's pages on ``printer`` (paper, or a file) from a worker thread; the page count.

    Qt paints onto a QPrinter in any one thread at a time. A file is written beside its name and moved
    into place whole once every page is in it, so a cancelled or failed run leaves no half-written file;
    on paper Cancel aborts the print run (as far as the printing system lets Qt take back what it has).
    """
    target = printer.outputFileName()
    if not target:
        return paint_pages(data, printer, progress)
    folder, name = os.path.split(os.path.abspath(target))
    handle, part = tempfile.mkstemp(
        prefix=f".{name}.", suffix=os.path.splitext(name)[1] or ".pdf", dir=folder
    )
    os.close(handle)
    printer.setOutputFileName(part)
    try:
        count = paint_pages(data, printer, progress)
        if not count or printer.printerState() == printer.PrinterState.Error:  # Qt could not write the part
            raise OSError(errno.EIO, os.strerror(errno.EIO), target)
        with open(part, "rb") as written:
            os.fsync(written.fileno())
        os.replace(part, target)
        return count
    finally:
        printer.setOutputFileName(target)
        if os.path.exists(part):
            os.unlink(part)


def _previewing(printer: QPrinter) -> bool:
    """True when ``printer`` is the preview's (its pages recorded as pictures), not paper or a file."""
    from PySide6.QtGui import QPaintEngine

    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def draw_pages(pages: Iterable[tuple[QImage, QSizeF]], printer: QPrinter, progress: Progress | None = None,
               total: int = 0) -> int:  # fmt: skip
    """Draw page pictures onto ``printer``, one sheet each, fitted and centred; the page count.

    ``progress(done, total)`` is told before each page; when it raises (Cancel), the print run is aborted.
    """
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("the printer refused to start")
        return 0
    count = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for image, size in pages:
            if progress is not None:
                try:
                    progress(count, total)
                except BaseException:
                    printer.abort()  # paper: take the job back where the system can; a file is not kept
                    raise
            if count:
                printer.newPage()
            area = QRectF(painter.viewport())
            scale = min(area.width() / size.width(), area.height() / size.height())
            target = QRectF(0, 0, size.width() * scale, size.height() * scale)
            target.moveCenter(area.center())
            _draw_in_bands(painter, target, image)
            count += 1
    finally:
        painter.end()
    return count


def _draw_in_bands(painter: QPainter, target: QRectF, image: QImage) -> None:
    """Draw ``image`` into ``target`` in horizontal bands of about BAND_BYTES each.

    A printer's engine compresses each picture it is given inside one call that keeps Python's GIL: a
    whole page at 200 dpi (11 MB) kept it 55 ms of CPU, which a loaded machine stretched to 200-400 ms
    of the window waiting for its turn; in bands the window's thread gets its turn between them.
    """
    rows = image.height()
    bands = max(1, min(rows, image.sizeInBytes() // BAND_BYTES))
    scale = target.height() / max(rows, 1)
    for band in range(bands):
        top, bottom = rows * band // bands, rows * (band + 1) // bands
        painter.drawImage(
            QRectF(target.x(), target.y() + top * scale, target.width(), (bottom - top) * scale),
            image,
            QRectF(0, top, image.width(), bottom - top),
        )


def print_in_background(data: bytes, printer: QPrinter, owner: QWidget | None) -> BackgroundJob:
    """Send the PDF's pages to ``printer`` in a worker thread, with a line in the window's status bar that
    moves page by page and offers Cancel; the window's thread only passes the figures on.

    Drawing 198 pages at the printer's resolution took 2.1 s of the window's thread when it was done there.
    """
    from studio.ui import background_jobs

    def done(window: QWidget | None, count: int) -> None:
        from PySide6.QtWidgets import QMainWindow

        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(translate("Printing", "Printed {count} pages.").format(count=count),
                                           5000)  # fmt: skip

    def failed(window: QWidget | None, exc: BaseException) -> None:
        log.warning("printing failed: %r", exc)
        error_messages.show_error(window, exc, translate("Printing", "Cannot print"))

    target = printer.outputFileName()
    label = translate("Printing", "Printing {count} pages…").format(count=page_count(data))
    return background_jobs.start_thread(owner, label, [Path(target)] if target else [], done, failed,
                                        lambda progress: send_pages(data, printer, progress))  # fmt: skip


def new_printer() -> QPrinter:
    """A high-resolution printer set to landscape A4 with no margins of its own (the pages carry theirs)."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


class PrintPreview:
    """Qt's print preview with Studio's choices in its tool bar: what to print, paper and layout.

    The dialog opens at once and does not hold the window: the pages are laid out in a child process from a
    snapshot of the project (the PDF export's writer, whose C parts would hold the GIL in a thread), with
    their progress and Cancel on the dialog's bar; each choice lays them out again (a layout still under way
    is cancelled first) and refreshes the preview. Closing the dialog cancels a layout under way.
    """

    def __init__(
        self, doc: DocumentController, scopes: list[PrintScope], parent: QWidget | None = None
    ) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
        from PySide6.QtWidgets import QComboBox, QLabel, QProgressBar, QToolBar, QToolButton

        self.doc = doc
        self.scopes = scopes
        self.data = b""
        #: The pages' pictures for the preview, once drawn (None while they are being drawn).
        self.pages: list[tuple[QImage, QSizeF]] | None = None
        #: The layout, or the drawing of its pictures, under way; or None.
        self.job: ProcessJob | Job | None = None
        #: The last print run sent to paper or a file (it goes on in the background once the dialog closed).
        self.sending: BackgroundJob | None = None
        #: Layouts begun, and the one whose pages are shown (a test waits for a new one).
        self.layouts = self.shown = 0
        self._folder = tempfile.TemporaryDirectory(prefix="studio-print-")
        self.printer = new_printer()
        self.dialog = QPrintPreviewDialog(self.printer, parent)
        self.dialog.resize(1000, 700)
        self.scope_box = QComboBox(self.dialog)
        for scope in scopes:
            self.scope_box.addItem(scope.label)
        self.paper_box = QComboBox(self.dialog)
        self.paper_box.addItem(translate("Printing", "A4"), "a4")
        self.paper_box.addItem(translate("Printing", "US Letter"), "letter")
        self.layout_box = QComboBox(self.dialog)
        from studio.ui.dialogs.export import layout_titles

        for key, title in layout_titles().items():
            self.layout_box.addItem(title, key)
        self.status = QLabel(self.dialog)
        self.bar = QProgressBar(self.dialog)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton(self.dialog)
        self.cancel_button.setText(translate("Printing", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        # Studio's choices on a bar of their own (Qt's dialog puts it under the pages): at the end of Qt's
        # bar (zoom, orientation, pages, print) they fell behind its overflow arrow in a 1000 px wide preview.
        choices = QToolBar(self.dialog)
        for widget in (self.scope_box, self.paper_box, self.layout_box, self.status):
            choices.addWidget(widget)
        # A tool bar shows and hides its widgets through their actions: hiding the bar itself left it, and
        # a greyed Cancel, on screen beside the finished pages.
        self._progress_actions = [choices.addWidget(self.bar), choices.addWidget(self.cancel_button)]
        layout = self.dialog.layout()
        if layout is not None and hasattr(layout, "insertWidget"):
            layout.insertWidget(1, choices)
        else:
            bar = self.dialog.findChild(QToolBar)
            if bar is not None:
                bar.addSeparator()
                bar.addWidget(choices)
        self._show_progress(False)
        self.preview = self.dialog.findChild(QPrintPreviewWidget)
        self.dialog.paintRequested.connect(self._paint)
        self.dialog.finished.connect(lambda _result: self.close())
        for box in (self.scope_box, self.paper_box, self.layout_box):
            box.currentIndexChanged.connect(self.relayout)

    @property
    def scope(self) -> PrintScope:
        """The chosen contents."""
        return self.scopes[max(0, self.scope_box.currentIndex())]

    @property
    def busy(self) -> bool:
        """True while pages are being laid out."""
        return self.job is not None

    def _paint(self, printer: object) -> None:
        from PySide6.QtPrintSupport import QPrinter

        if not self.data or not isinstance(printer, QPrinter):  # nothing yet while the first layout runs
            return
        if not _previewing(printer):  # paper or a file, at the printer's resolution, behind the window
            self.sending = print_in_background(self.data, printer, self.dialog.parentWidget())
        elif self.pages is not None:  # the pictures drawn in the background for the preview
            draw_pages(self.pages, printer)

    def _show_progress(self, shown: bool) -> None:
        for action in self._progress_actions:
            action.setVisible(shown)  # the tool bar's next layout follows this, the widget now
        self.bar.setVisible(shown)
        self.cancel_button.setVisible(shown)
        self.cancel_button.setEnabled(shown)

    def lay_out(self) -> None:
        """Lay the pages out for the current choices in the background (a layout under way is cancelled)."""
        from studio.exports import child
        from studio.ui.jobs import ProcessJob

        self.cancel()
        scope, paper, layout = self.scope, self.paper_box.currentData(), self.layout_box.currentData()
        self.dialog.setWindowTitle(translate("Printing", "Print Preview — {what}").format(what=scope.label))
        doc = self.doc
        variant_ids = [v.id for v in doc.script.variants if v.id in scope.variant_ids] or [doc.variant.id]
        self.layouts += 1
        number = self.layouts
        path = Path(self._folder.name) / f"pages-{number}.pdf"
        run = child.ChildRun(child.print_job, doc.project, doc.pf.path, (doc.script.id, variant_ids, path,
                             doc.project.language), dict(paper=paper, layout=layout, shots=scope.shots,
                                                         storyboard=scope.storyboard))  # fmt: skip
        job = ProcessJob(run)
        self._run(
            job,
            translate("Printing", "Laying out the pages…"),
            lambda written: self._laid_out(job, number, written),
        )

    def _progressed(self, done: int, total: int) -> None:
        if total > 0 and self.job is not None and not self.job.cancelled:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _ended(self, job: ProcessJob | Job) -> bool:
        """The job's end: False when it is not the layout under way any more (one cancelled and replaced)."""
        job.deleteLater()
        if job is not self.job:
            return False
        self.job = None
        self._show_progress(False)
        return True

    def _laid_out(self, job: ProcessJob, number: int, written: Path) -> None:
        if not self._ended(job):
            return
        self.data = Path(written).read_bytes()
        Path(written).unlink(missing_ok=True)
        self.shown = number
        self._draw()

    def _draw(self) -> None:
        """Draw the pages' pictures for the preview in a thread (PDFium and Pillow leave the GIL to the window
        while they draw; a few hundred pages took seconds in the window's thread), then show them."""
        from studio.ui.jobs import Job

        data = self.data
        dpi = preview_dpi(page_count(data), float(self.printer.resolution()))

        def work(progress: Any) -> list[tuple[QImage, QSizeF]]:
            total = page_count(data)
            pages: list[tuple[QImage, QSizeF]] = []
            for image, size in page_images(data, dpi):
                progress(len(pages), total)  # Cancel stops here
                pages.append((image, size))
            return pages

        self.pages = None
        job = Job(work)
        self._run(job, translate("Printing", "Drawing the pages…"), lambda pages: self._drawn(job, pages))

    def _run(self, job: ProcessJob | Job, status: str, done: Callable[[Any], None]) -> None:
        """Start ``job`` behind the preview's own progress bar and Cancel, saying ``status``; ``done`` takes its
        result."""
        job.progressed.connect(self._progressed)
        job.done.connect(done)
        job.failed.connect(lambda exc: self._failed(job, exc))
        self.job = job
        self.status.setText(status)
        self.bar.setRange(0, 0)
        self._show_progress(True)
        job.start()

    def _drawn(self, job: Job, pages: list[tuple[QImage, QSizeF]]) -> None:
        if not self._ended(job):
            return
        self.pages = pages
        self.status.setText("")
        if self.preview is not None:
            self.preview.updatePreview()

    def _failed(self, job: ProcessJob | Job, exc: BaseException) -> None:
        from studio.ui.jobs import Cancelled

        if not self._ended(job):
            return
        if isinstance(exc, Cancelled):
            self.status.setText(translate("Printing", "Cancelled: choose again to lay the pages out."))
            return
        self.status.setText("")
        log.warning("laying out the pages failed: %r", exc)
        error_messages.show_error(self.dialog, exc, translate("Printing", "Cannot print"))

    def cancel(self) -> None:
        """Stop the layout under way, if any (its child is killed and its part removed)."""
        if self.job is not None and not self.job.cancelled:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(translate("Jobs", "Cancelling… nothing half-written is kept."))

    def close(self) -> None:
        """The dialog closed: stop a layout under way; its pages are not needed any more."""
        self.cancel()
        self.job = None  # its end touches no widget of the closed dialog
        self.pages = None  # the pictures take up to PREVIEW_BUDGET bytes

    def relayout(self, _index: int = 0) -> None:
        """Lay the pages out again for a new choice; the preview follows when they are ready."""
        self.lay_out()

    def show(self) -> None:
        """Show the preview at once, not holding the window, and lay the pages out behind it."""
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _open.add(self)
        self.dialog.destroyed.connect(lambda *_: _open.discard(self))
        self.dialog.show()
        self.lay_out()


#: Previews open now (kept alive while their dialog is).
_open: set[PrintPreview] = set()


def print_scopes(doc: DocumentController, shown: PrintScope | None) -> list[PrintScope]:
    """The choices the preview offers: what the view shows first, then each variant, then the union list."""
    scopes = [shown] if shown is not None else []
    current = variant_scope(doc.variant)
    scopes += [current] + [variant_scope(v) for v in doc.script.variants if v is not doc.variant]
    scopes.append(union_scope(doc.script))
    seen: set[tuple[object, ...]] = set()
    unique = []
    for scope in scopes:
        key = (scope.variant_ids, scope.shots, scope.storyboard)
        if key not in seen:
            seen.add(key)
            unique.append(scope)
    return unique


def preview_print(
    doc: DocumentController, parent: QWidget | None = None, shown: PrintScope | None = None
) -> PrintPreview:
    """Open a print preview of what the view shows (else the current variant's storyboard and shoot list),
    its pages laid out in the background while the window stays usable."""
    preview = PrintPreview(doc, print_scopes(doc, shown), parent)
    preview.show()
    return preview

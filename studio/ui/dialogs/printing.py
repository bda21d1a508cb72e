"""Printing from the window: the same pages as the PDF export (storyboard and shoot list), in a print preview.

The current variant is written with the PDF exporter (frames, beat bands, timecodes, the shoot
list grouped by location and talent for the set), each page is rasterised with PDFium at the
printer's resolution (capped, so a page costs a few tens of megabytes at most) and drawn
fitted to the printer's page. What leaves the printer is what a PDF export shows.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QWidget

from studio.ui import errors
from studio.ui.document import DocumentController

if TYPE_CHECKING:  # imported where it is used, on demand
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: Highest resolution a page is rasterised at; printers asking for more get this, scaled up.
MAX_DPI = 200
#: A preview keeps every page's picture in memory: all of them together stay within about this many bytes
#: (a 1,000-shot project prints some 300 pages), at no less than PREVIEW_MIN_DPI.
PREVIEW_BUDGET = 300_000_000
PREVIEW_MIN_DPI = 48
#: Square inches of an A4 page, and bytes per pixel of a page's picture.
_PAGE_SQ_IN, _PIXEL_BYTES = 8.27 * 11.69, 3


def storyboard_pdf(doc: DocumentController, lang: str | None = None, paper: str = "a4") -> bytes:
    """The current variant's storyboard and shoot list as the PDF export writes them."""
    from studio.exports.pdf_export import export_pdf

    with tempfile.TemporaryDirectory(prefix="studio-print-") as folder:
        path = Path(folder) / "print.pdf"
        export_pdf(doc.project, doc.script, [doc.variant], doc.pf.frame_bytes, path, lang or doc.project.language,
                   paper=paper)  # fmt: skip
        return path.read_bytes()


def preview_dpi(pages: int, wanted: float) -> float:
    """The resolution at which ``pages`` preview pictures fit PREVIEW_BUDGET together."""
    fits = (PREVIEW_BUDGET / (max(pages, 1) * _PAGE_SQ_IN * _PIXEL_BYTES)) ** 0.5
    return max(PREVIEW_MIN_DPI, min(wanted, MAX_DPI, fits))


def page_count(data: bytes) -> int:
    """How many pages a PDF has."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def page_images(data: bytes, dpi: float) -> Iterator[tuple[QImage, QSizeF]]:
    """Each page of a PDF as a picture at ``dpi`` (at most MAX_DPI), with the page's size in points."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                width, height = page.get_size()
                bitmap = page.render(scale=min(dpi, MAX_DPI) / 72, rev_byteorder=True)
                picture = bitmap.to_pil().convert("RGB")
                raw = picture.tobytes("raw", "RGB")
                image = QImage(
                    raw, picture.width, picture.height, 3 * picture.width, QImage.Format.Format_RGB888
                )
                yield image.copy(), QSizeF(width, height)  # copy: the buffer goes with this iteration
            finally:
                page.close()
    finally:
        document.close()


def paint_pages(data: bytes, printer: object) -> int:
    """Draw every page of the PDF onto ``printer``, one sheet each, fitted and centred; the page count."""
    from PySide6.QtGui import QPaintEngine
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    dpi = float(printer.resolution())
    engine = printer.paintEngine()
    if engine is not None and engine.type() == QPaintEngine.Type.Picture:  # the preview records every page
        dpi = preview_dpi(page_count(data), dpi)
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("the printer refused to start")
        return 0
    count = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for image, size in page_images(data, dpi):
            if count:
                printer.newPage()
            area = QRectF(painter.viewport())
            scale = min(area.width() / size.width(), area.height() / size.height())
            target = QRectF(0, 0, size.width() * scale, size.height() * scale)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
            count += 1
    finally:
        painter.end()
    return count


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


def preview_print(doc: DocumentController, parent: QWidget | None = None) -> None:
    """Open a print preview of the current variant's storyboard and the shoot list (Ctrl+P)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        data = storyboard_pdf(doc)
    except Exception as exc:  # the exporter's typed errors and anything a frame's bytes provoke
        log.exception("cannot lay out the pages to print")
        QGuiApplication.restoreOverrideCursor()
        errors.show_error(parent, exc, translate("Printing", "Cannot print"))
        return
    QGuiApplication.restoreOverrideCursor()
    printer = new_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print Preview — {variant}").format(variant=doc.variant.name))
    dialog.paintRequested.connect(lambda p: paint_pages(data, p))
    dialog.resize(1000, 700)
    dialog.exec()

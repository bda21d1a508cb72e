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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QWidget

from studio.models.entities import Script, Variant
from studio.ui import error_messages
from studio.ui.document_controller import DocumentController

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


class PrintPreview:
    """Qt's print preview with Studio's choices in its tool bar: what to print, paper and layout.

    Each choice lays the pages out again (in the background, see studio.ui.jobs) and refreshes the preview.
    """

    def __init__(
        self, doc: DocumentController, scopes: list[PrintScope], parent: QWidget | None = None
    ) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
        from PySide6.QtWidgets import QComboBox, QToolBar

        self.doc = doc
        self.scopes = scopes
        self.data = b""
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
        # Studio's choices on a bar of their own (Qt's dialog puts it under the pages): at the end of Qt's
        # bar (zoom, orientation, pages, print) they fell behind its overflow arrow in a 1000 px wide preview.
        choices = QToolBar(self.dialog)
        for box in (self.scope_box, self.paper_box, self.layout_box):
            choices.addWidget(box)
        layout = self.dialog.layout()
        if layout is not None and hasattr(layout, "insertWidget"):
            layout.insertWidget(1, choices)
        else:
            bar = self.dialog.findChild(QToolBar)
            if bar is not None:
                bar.addSeparator()
                bar.addWidget(choices)
        self.preview = self.dialog.findChild(QPrintPreviewWidget)
        self.dialog.paintRequested.connect(lambda p: paint_pages(self.data, p))
        for box in (self.scope_box, self.paper_box, self.layout_box):
            box.currentIndexChanged.connect(self.relayout)

    @property
    def scope(self) -> PrintScope:
        """The chosen contents."""
        return self.scopes[max(0, self.scope_box.currentIndex())]

    def lay_out(self) -> bool:
        """Make the pages for the current choices; False (the user told why) when they cannot be made."""
        from studio.ui.jobs import run_with_progress

        scope, paper, layout = self.scope, self.paper_box.currentData(), self.layout_box.currentData()
        self.dialog.setWindowTitle(translate("Printing", "Print Preview — {what}").format(what=scope.label))
        parent = self.dialog.parentWidget()

        def pages() -> bytes:
            return run_with_progress(
                parent,
                translate("Printing", "Laying out the pages…"),
                lambda progress: storyboard_pdf(self.doc, None, paper, scope, layout, progress),
            )

        data = error_messages.attempt(
            parent, translate("Printing", "Cannot print"), pages, "laying out the pages"
        )
        if data is None:
            return False
        self.data = data
        return True

    def relayout(self, _index: int = 0) -> None:
        """Lay the pages out again for a new choice and show them."""
        if self.lay_out() and self.preview is not None:
            self.preview.updatePreview()

    def exec(self) -> int:
        """Lay out the pages, then show the preview; 0 when nothing could be laid out."""
        if not self.lay_out():
            return 0
        return int(self.dialog.exec())


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
) -> None:
    """Open a print preview of what the view shows (else the current variant's storyboard and shoot list)."""
    PrintPreview(doc, print_scopes(doc, shown), parent).exec()

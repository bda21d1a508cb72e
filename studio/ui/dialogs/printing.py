"""Printing the shot list: an HTML table laid out by QTextDocument, shown in a print preview."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import QWidget

from studio.models.timeline import cut, format_seconds, format_timecode, total_ds
from studio.models.vocab import label
from studio.ui.document import DocumentController
from studio.ui.views.common import beat_title, ui_lang

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def shot_list_html(doc: DocumentController) -> str:
    """The current variant's shot list as an HTML page for printing on set."""
    lang = ui_lang()
    script, variant = doc.script, doc.variant
    e = html.escape
    heads = [translate("Printing", "No."), translate("Printing", "Beat"), translate("Printing", "Start"), translate("Printing", "Duration"), translate("Printing", "Shot size"), translate("Printing", "Camera move"),
             translate("Printing", "Visual"), translate("Printing", "Voice-over"), translate("Printing", "On-screen text"), translate("Printing", "Location"), translate("Printing", "Talent"), "✓"]  # fmt: skip
    rows = []
    for t in cut(script, variant):
        s = t.shot
        cells = [s.code, f"{beat_title(t.beat, lang)} {t.alt.label}", format_timecode(t.start_ds),
                 format_seconds(s.duration_ds), label(s.shot_size, lang), label(s.camera_move, lang),
                 s.visual, s.voiceover, s.onscreen_text, s.location, s.talent, "☐"]  # fmt: skip
        rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
    title = translate("Printing", "{project} — {script} — {variant}").format(
        project=doc.project.title, script=script.title, variant=variant.name
    )
    summary = translate("Printing", "{n} shots · {total}").format(
        n=len(rows), total=format_timecode(total_ds(script, variant))
    )
    return (
        "<html><head><style>"
        "body { font-size: 8pt; } table { border-collapse: collapse; width: 100%; }"
        "td, th { border: 1px solid #888; padding: 3px; vertical-align: top; }"
        "th { background: #eee; }</style></head><body>"
        f"<h3>{e(title)}</h3><p>{e(summary)}</p>"
        '<table cellspacing="0" cellpadding="3" border="1">'
        "<tr>"
        + "".join(f"<th>{e(h)}</th>" for h in heads)
        + "</tr>"
        + "".join(rows)
        + "</table></body></html>"
    )


def shot_list_document(doc: DocumentController) -> QTextDocument:
    """A text document holding the printable shot list."""
    text = QTextDocument()
    text.setHtml(shot_list_html(doc))
    return text


def preview_shot_list(doc: DocumentController, parent: QWidget | None = None) -> None:
    """Open a print preview of the shot list (landscape A4)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    text = shot_list_document(doc)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print Preview — Shot List"))
    dialog.paintRequested.connect(text.print_)
    dialog.resize(1000, 720)
    dialog.exec()

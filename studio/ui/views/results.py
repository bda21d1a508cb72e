"""The Results view: each variant's ad results, rates with 95 % intervals, tests and the winners."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.models.entities import RESULT_COUNTS, VariantResult, now_iso
from studio.results.analysis import analyse
from studio.results.metrics import METRICS, count_label
from studio.results.verdict import format_p, sentences
from studio.ui.commands import SetResultCommand
from studio.ui.dialogs.report_import_dialog import ReportImportDialog, ui_lang
from studio.ui.document import DocumentController

log = logging.getLogger(__name__)

#: Editable columns: the six counts and spend.
INPUTS = (*RESULT_COUNTS, "spend")


class ResultsView(QWidget):
    """Variants × metrics of the current script; typing a count stores it through the undo stack."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._filling = False
        self.table = QTableWidget(self)
        self.table.itemChanged.connect(self._on_item_changed)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.import_button = QPushButton(self.tr("Import report…"), self)
        self.import_button.clicked.connect(self.import_report)
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        doc.changed.connect(lambda _change: self.refresh())
        doc.reset.connect(self.refresh)
        doc.currentChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the table and the verdicts from the document."""
        lang = ui_lang()
        script = self.doc.script
        analysis = analyse(script, self.doc.project.results)
        headers = [count_label(c, lang) for c in INPUTS] + [m.label(lang) for m in METRICS]
        self._filling = True
        try:
            self.table.clear()
            self.table.setRowCount(len(analysis.rows))
            self.table.setColumnCount(len(headers))
            self.table.setHorizontalHeaderLabels(headers)
            labels = []
            for r, row in enumerate(analysis.rows):
                labels.append(row.variant.name + (self.tr(" (control)") if row.is_control else ""))
                for c, name in enumerate(INPUTS):
                    value = getattr(row.result, name) if row.result else None
                    text = "" if value is None else (f"{value:.2f}" if name == "spend" else str(value))
                    self.table.setItem(r, c, QTableWidgetItem(text))
                for k, metric in enumerate(METRICS):
                    item = QTableWidgetItem(self._metric_text(row, metric))
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    comp = row.comparisons.get(metric.key)
                    if comp is not None:
                        item.setToolTip(
                            self.tr("Holm-adjusted {p} against the control").format(
                                p=format_p(comp.p_adjusted)
                            )
                        )
                    self.table.setItem(r, len(INPUTS) + k, item)
            self.table.setVerticalHeaderLabels(labels)
        finally:
            self._filling = False
        self.summary.setText("\n".join(sentences(analysis, lang)))

    @staticmethod
    def _metric_text(row: object, metric: object) -> str:
        est = row.estimates.get(metric.key)  # type: ignore[attr-defined]
        if est is None or est.value is None:
            return "–"
        if metric.is_rate:  # type: ignore[attr-defined]
            text = f"{est.value * 100:.2f}% [{est.low * 100:.2f}–{est.high * 100:.2f}]"
        else:
            high = "∞" if est.high is None else f"{est.high:.2f}"
            text = f"{est.value:.2f} [{est.low:.2f}–{high}]"
        comp = row.comparisons.get(metric.key)  # type: ignore[attr-defined]
        if comp is not None and comp.significant:
            text += " *"
        return text

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() >= len(INPUTS):
            return
        variant = self.doc.script.variants[item.row()]
        name = INPUTS[item.column()]
        text = item.text().strip().replace(",", "")
        try:
            value: float | int = float(text or 0) if name == "spend" else int(text or 0)
            if value < 0:
                raise ValueError(text)
        except ValueError:
            self.status.setText(self.tr("Enter a whole number of zero or more."))
            self.refresh()
            return
        old = self.doc.project.results.get(variant.id)
        result = dataclasses.replace(old) if old else VariantResult(variant.id)
        setattr(result, name, value)
        result.source, result.updated = "manual", now_iso()
        self.status.setText("")
        self.doc.push(SetResultCommand(self.doc.project, variant.id, result, self.tr("Edit results")))

    def import_report(self) -> None:
        """Ask for a CSV or XLSX report and import it through the mapping dialog."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import ad report"), "", self.tr("Reports (*.csv *.xlsx);;All files (*)")
        )
        if path:
            ReportImportDialog(self.doc, path, self).exec()

"""The Results view: each variant's ad results, rates with 95 % intervals, tests and the winners."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
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
from studio.ui.dialogs.report_import_dialog import ReportImportDialog
from studio.ui.document import DocumentController
from studio.ui.views.common import WARNING_COLOR, ui_lang

log = logging.getLogger(__name__)

#: Editable columns: the six counts and spend.
INPUTS = (*RESULT_COUNTS, "spend")

#: A count that can never exceed another: (part, whole). A whole of 0 means "not reported yet",
#: so counts can be typed in any order.
LIMITS = (("clicks", "impressions"), ("conversions", "clicks"), ("completions", "plays"))

#: Larger than any real campaign; also keeps values inside SQLite's integers.
MAX_COUNT = 10**12


def impossible(result: VariantResult) -> tuple[str, str] | None:
    """The first (part, whole) pair a result breaks, e.g. more clicks than impressions, else None."""
    for part, whole in LIMITS:
        bound = getattr(result, whole)
        if bound > 0 and getattr(result, part) > bound:
            return part, whole
    return None


class ResultsView(QWidget):
    """Variants × metrics of the current script; typing a count stores it through the undo stack."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._filling = False
        self.table = QTableWidget(self)
        self.table.itemChanged.connect(self._on_item_changed)
        self.hint = QLabel(
            self.tr(
                "Type each variant's counts from the ad platform's report into the cells below, "
                "or import the report (CSV or Excel). Rates, 95 % intervals and the winner appear here."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import report…"), self)
        self.import_button.clicked.connect(self.import_report)
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.hint)
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
            for c in range(len(headers)):
                self.table.horizontalHeaderItem(c).setToolTip(headers[c])
            self.table.resizeColumnsToContents()
            for c in range(len(INPUTS)):
                self.table.setColumnWidth(c, max(self.table.columnWidth(c), 72))
        finally:
            self._filling = False
        self.hint.setVisible(not any(row.result for row in analysis.rows))
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
        value = self._parse(name, item.text())
        if value is None:
            self.refresh()  # put the stored value back; nothing changes
            return
        old = self.doc.project.results.get(variant.id)
        if value == (getattr(old, name) if old else 0):
            self._refuse("")
            self.refresh()
            return
        result = dataclasses.replace(old) if old else VariantResult(variant.id)
        setattr(result, name, value)
        broken = impossible(result)
        if broken is not None:
            self._refuse(self._impossible_text(result, *broken))
            self.refresh()
            return
        result.source, result.updated = "manual", now_iso()
        self._refuse("")
        self.doc.push(SetResultCommand(self.doc.project, variant.id, result, self.tr("Edit results")))

    def _parse(self, name: str, raw: str) -> float | int | None:
        """A typed count or spend, or None after saying why it cannot be used."""
        text = raw.strip().replace(",", "").replace("，", "")
        try:
            value: float | int = float(text or 0) if name == "spend" else int(text or 0)
        except ValueError:
            value = -1
        if name == "spend" and not (0 <= value < MAX_COUNT):  # also refuses nan and inf
            self._refuse(self.tr("Spend must be an amount of zero or more, e.g. 1250.50."))
            return None
        if name != "spend" and not 0 <= value <= MAX_COUNT:
            self._refuse(
                self.tr("%1 must be a whole number of zero or more.").replace(
                    "%1", count_label(name, ui_lang())
                )
            )
            return None
        return value

    def _impossible_text(self, result: VariantResult, part: str, whole: str) -> str:
        lang = ui_lang()
        return (
            self.tr("%1 (%2) cannot be more than %3 (%4). Nothing was changed.")
            .replace("%1", count_label(part, lang))
            .replace("%2", str(getattr(result, part)))
            .replace("%3", count_label(whole, lang))
            .replace("%4", str(getattr(result, whole)))
        )

    def _refuse(self, message: str) -> None:
        """Show why an entry was refused (empty: clear the message)."""
        self.status.setText(message)
        self.status.setStyleSheet(f"color: {WARNING_COLOR};" if message else "")

    def import_report(self) -> None:
        """Ask for a CSV or XLSX report and import it through the mapping dialog."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import ad report"), "", self.tr("Reports (*.csv *.xlsx);;All files (*)")
        )
        if path:
            ReportImportDialog(self.doc, path, self).exec()

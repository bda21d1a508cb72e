"""The Results view: each variant's rates first (with the winner marked), its counts, and a chart per metric."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.models.entities import RESULT_COUNTS, VariantResult, now_iso
from studio.results.analysis import Analysis, VariantRow, analyse
from studio.results.chart import panels, value_label
from studio.results.format import currency, format_count, format_money
from studio.results.metrics import METRICS, Metric, count_label, short_label
from studio.results.retention import readings
from studio.results.retention import sentences as retention_sentences
from studio.results.verdict import format_p, sentences, verdicts
from studio.ui.commands import SetResultCommand
from studio.ui.dialogs.report_import_dialog import ReportImportDialog
from studio.ui.document import DocumentController
from studio.ui.views.common import WARNING_COLOR, bare_scroll, ui_lang, words_label
from studio.ui.views.results_chart import WINNER_COLOR, ResultsChart
from studio.ui.views.results_creators import CreatorsPanel
from studio.ui.views.retention_chart import RetentionChart

log = logging.getLogger(__name__)

#: Editable columns: the six counts, spend and GMV (after the rates, so the rates need no scrolling).
INPUTS = (*RESULT_COUNTS, "spend", "gmv")
#: Column of the first input.
FIRST_INPUT = len(METRICS)
MONEY_INPUTS = ("spend", "gmv")

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
        self.winners: dict[str, str] = {}
        self.table = QTableWidget(self)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.hint = QLabel(
            self.tr(
                "Type each variant's counts from the ad platform's report into the cells below, "
                "or import the report (CSV or Excel). Rates, 95 % intervals and the winner appear here."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.chart = ResultsChart(self)
        chart_scroll = bare_scroll(self.chart, self)
        self.summary = words_label(self)
        summary_scroll = bare_scroll(self.summary, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(chart_scroll)
        self.splitter.addWidget(summary_scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import report…"), self)
        self.import_button.clicked.connect(self.import_report)
        self.retention_button = QPushButton(self.tr("Import retention curves…"), self)
        self.retention_button.clicked.connect(self.import_retention)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.import_button)
        self.bar.addWidget(self.retention_button)
        self.bar.addWidget(self.status, 1)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.hint)
        page_layout.addWidget(self.splitter, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(page, self.tr("Rates and chart"))
        self.creators = CreatorsPanel(self)
        self.tabs.addTab(self.creators, self.tr("Creators compared"))
        self.retention = RetentionChart(self)
        self.retention_words = words_label(self)
        words_scroll = bare_scroll(self.retention_words, self)
        leave = QSplitter(Qt.Orientation.Vertical, self)
        leave.addWidget(self.retention)
        leave.addWidget(words_scroll)
        leave.setStretchFactor(0, 4)
        leave.setStretchFactor(1, 1)
        self.leave = leave
        self.tabs.addTab(leave, self.tr("Where viewers leave"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.tabs, 1)
        doc.changed.connect(lambda _change: self.refresh())
        doc.reset.connect(self.refresh)
        doc.currentChanged.connect(self.refresh)
        self.refresh()

    @property
    def symbol(self) -> str:
        """The currency symbol of the project's platform."""
        return currency(self.doc.project.platform)

    def refresh(self) -> None:
        """Rebuild the table, the chart and the verdicts from the document."""
        lang = ui_lang()
        analysis = analyse(self.doc.script, self.doc.project.results)
        self.winners = {
            v.metric.key: v.variant.id
            for v in verdicts(analysis)
            if v.kind in ("winner", "control") and v.variant
        }
        self._fill_table(analysis, lang)
        has_any = any(row.result for row in analysis.rows)
        self.hint.setVisible(not has_any)
        legend = self.tr("Dot: value; line: 95 % interval; dashed line: the control (%1); ★ winner").replace(
            "%1", analysis.control.name
        )
        self.chart.set_panels(
            panels(analysis, lang),
            self.symbol,
            legend,
            self.tr("No results yet: import a report or type the counts above."),
        )
        self.summary.setText("\n".join(sentences(analysis, lang)))
        script, results = self.doc.script, self.doc.project.results
        self.retention.set_curves(
            script,
            readings(script, results, self.doc.project.platform),
            self.tr(
                "No retention curves yet. Export the audience retention (share still watching per second) "
                "from 巨量引擎 or TikTok and import it here."
            ),
        )
        self.retention_words.setText("\n".join(retention_sentences(script, results, lang, self.doc.project.platform)))
        self.creators.set_source(self.doc.project, script, self.symbol)

    def _fill_table(self, analysis: Analysis, lang: str) -> None:
        headers = [short_label(m, lang) for m in METRICS] + [count_label(c, lang) for c in INPUTS]
        tips = [m.label(lang) for m in METRICS] + [count_label(c, lang) for c in INPUTS]
        self._filling = True
        try:
            self.table.clear()
            self.table.setRowCount(len(analysis.rows))
            self.table.setColumnCount(len(headers))
            self.table.setHorizontalHeaderLabels(headers)
            labels = []
            for r, row in enumerate(analysis.rows):
                labels.append(row.variant.name + (self.tr(" (control)") if row.is_control else ""))
                for k, metric in enumerate(METRICS):
                    self.table.setItem(r, k, self._metric_item(row, metric))
                for c, name in enumerate(INPUTS):
                    value = getattr(row.result, name) if row.result else None
                    text = "" if value is None else self._input_text(name, value)
                    item = QTableWidgetItem(text)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(r, FIRST_INPUT + c, item)
            self.table.setVerticalHeaderLabels(labels)
            for c, tip in enumerate(tips):
                header = self.table.horizontalHeaderItem(c)
                if header is not None:
                    header.setToolTip(tip)
            self.table.resizeColumnsToContents()
            for c in range(FIRST_INPUT, FIRST_INPUT + len(INPUTS)):
                self.table.setColumnWidth(c, max(self.table.columnWidth(c), 72))
        finally:
            self._filling = False
        self._fit_table_height()

    def _fit_table_height(self) -> None:
        """As tall as its rows (the chart gets the rest of the screen)."""
        t = self.table
        height = t.horizontalHeader().height() + sum(t.rowHeight(r) for r in range(t.rowCount()))
        height += t.horizontalScrollBar().sizeHint().height() + 2 * t.frameWidth() + 2
        t.setMaximumHeight(height)
        t.setMinimumHeight(min(height, t.horizontalHeader().height() + 3 * max(t.rowHeight(0), 20)))

    def _input_text(self, name: str, value: float) -> str:
        return format_money(value, self.symbol) if name in MONEY_INPUTS else format_count(value)

    def _metric_item(self, row: VariantRow, metric: Metric) -> QTableWidgetItem:
        est = row.estimates.get(metric.key)
        text = "–" if est is None or est.value is None else value_label(metric, est.value, self.symbol)
        comp = row.comparisons.get(metric.key)
        if comp is not None and comp.significant:
            text += " *"
        winner = self.winners.get(metric.key) == row.variant.id and est is not None and est.value is not None
        if winner:
            text = "★ " + text
        item = QTableWidgetItem(text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tip = []
        if est is not None and est.value is not None and est.low is not None:
            high = "∞" if est.high is None else value_label(metric, est.high, self.symbol)
            tip.append(self.tr("95 % interval: %1 – %2").replace("%1", value_label(metric, est.low, self.symbol))
                       .replace("%2", high))  # fmt: skip
        if comp is not None:
            tip.append(self.tr("Holm-adjusted {p} against the control").format(p=format_p(comp.p_adjusted)))
        if winner:
            tip.append(self.tr("Winner on this metric"))
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            color = QColor(WINNER_COLOR)
            item.setForeground(color)
            color.setAlpha(40)
            item.setBackground(color)
        item.setToolTip("\n".join(tip))
        return item

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() < FIRST_INPUT:
            return
        variant = self.doc.script.variants[item.row()]
        name = INPUTS[item.column() - FIRST_INPUT]
        value = self._parse(name, item.text())
        if value is None:
            self.refresh()  # put the stored value back; nothing changes
            return
        old = self.doc.project.results.get(variant.id)
        if value == (getattr(old, name) if old else 0):
            self._refuse("")
            self.refresh()
            return
        result = dataclasses.replace(old, retention=list(old.retention)) if old else VariantResult(variant.id)
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
        """A typed count or amount, or None after saying why it cannot be used."""
        text = raw.strip()
        for junk in (",", "，", " ", "¥", "￥", "$", "€", "£"):
            text = text.replace(junk, "")
        try:
            value: float | int = float(text or 0) if name in MONEY_INPUTS else int(text or 0)
        except ValueError:
            value = -1
        if name in MONEY_INPUTS and not (0 <= value < MAX_COUNT):  # also refuses nan and inf
            self._refuse(self.tr("Spend must be an amount of zero or more, e.g. 1250.50."))
            return None
        if name not in MONEY_INPUTS and not 0 <= value <= MAX_COUNT:
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
            .replace("%2", format_count(getattr(result, part)))
            .replace("%3", count_label(whole, lang))
            .replace("%4", format_count(getattr(result, whole)))
        )

    def _refuse(self, message: str) -> None:
        """Show why an entry was refused (empty: clear the message)."""
        self.status.setText(message)
        self.status.setStyleSheet(f"color: {WARNING_COLOR};" if message else "")

    def import_retention(self) -> None:
        """Ask for a retention CSV or XLSX and import it through its dialog."""
        from studio.ui.dialogs.retention_import_dialog import RetentionImportDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import retention curves"), "", self.tr("Reports (*.csv *.xlsx);;All files (*)")
        )
        if path:
            RetentionImportDialog(self.doc, path, self).exec()
            self.tabs.setCurrentWidget(self.leave)

    def import_report(self) -> None:
        """Ask for a CSV or XLSX report and import it through the mapping dialog."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import ad report"), "", self.tr("Reports (*.csv *.xlsx);;All files (*)")
        )
        if path:
            ReportImportDialog(self.doc, path, self).exec()

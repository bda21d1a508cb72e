"""The Results view: each variant's rates first (with the winner marked), its counts, and a chart per metric."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
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

from studio.models.changes import Change, Op
from studio.models.entities import RESULT_COUNTS, Shot, VariantResult, now_iso
from studio.models.funnel import broken
from studio.results.analysis import Analysis, VariantRow, analyse
from studio.results.chart import panels, value_label
from studio.results.format import format_count, format_money
from studio.results.metrics import METRICS, Metric, count_label, short_label
from studio.results.retention import readings
from studio.results.retention import sentences as retention_sentences
from studio.results.verdict import format_p, sentences, verdicts
from studio.ui.dialogs.report_import_dialog import ReportImportDialog
from studio.ui.document_controller import DocumentController
from studio.ui.refresher import Refresher
from studio.ui.views.results_chart import WINNER_COLOR, ResultsChart
from studio.ui.views.results_creators import CreatorsPanel
from studio.ui.views.retention_chart import RetentionChart
from studio.ui.views.view_common import WARNING_COLOR, bare_scroll, hint_label, ui_lang, words_label
from studio.wording import say

log = logging.getLogger(__name__)

#: Editable columns: the six counts, spend and GMV (after the rates, so the rates need no scrolling).
INPUTS = (*RESULT_COUNTS, "spend", "gmv")
#: Column of the first input.
FIRST_INPUT = len(METRICS)
MONEY_INPUTS = ("spend", "gmv")

#: Larger than any real campaign; also keeps values inside SQLite's integers.
MAX_COUNT = 10**12


def impossible(result: VariantResult) -> tuple[str, str] | None:
    """The first (part, whole) pair a result breaks, e.g. more plays than impressions, else None."""
    pairs = broken(result)
    return pairs[0] if pairs else None


class ResultsTable(QTableWidget):
    """The results grid typed like a spreadsheet: Tab and Enter move between the count cells (the rates are
    read-only and skipped), typing starts editing, Ctrl+V fills a block copied from Excel."""

    pasted = Signal(int, int, list)

    def _inputs(self) -> list[tuple[int, int]]:
        return [(r, c) for r in range(self.rowCount()) for c in range(FIRST_INPUT, self.columnCount())]

    def _step(self, forward: bool) -> QModelIndex:
        cells = self._inputs()
        if not cells:
            return self.currentIndex()
        here = (self.currentRow(), self.currentColumn())
        if here not in cells:
            r, c = cells[0] if forward else cells[-1]
        else:
            r, c = cells[(cells.index(here) + (1 if forward else -1)) % len(cells)]
        return self.model().index(r, c)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if action == QAbstractItemView.CursorAction.MoveNext:
            return self._step(True)
        if action == QAbstractItemView.CursorAction.MovePrevious:
            return self._step(False)
        return super().moveCursor(action, modifiers)

    def _down(self) -> None:
        row = self.currentRow() + 1
        if row < self.rowCount():
            self.setCurrentCell(row, self.currentColumn())

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: down a row, as in Excel
            self._down()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            rows = [
                line.split("\t") for line in QGuiApplication.clipboard().text().splitlines() if line.strip()
            ]
            if rows:
                self.pasted.emit(self.currentRow(), self.currentColumn(), rows)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            self._down()
            event.accept()
            return
        super().keyPressEvent(event)


#: Shot fields the Results tab reads: the cut's timing and the codes its sentences name.
_SHOT_FIELDS_READ = ("duration_ds", "code")


def _concerns_results(change: Change) -> bool:
    """Everything but a shot's words: a voice-over keystroke changes no rate, chart or sentence."""
    return not (
        change.op is Op.SET and isinstance(change.target, Shot) and change.field not in _SHOT_FIELDS_READ
    )


class ResultsView(QWidget):
    """Variants × metrics of the current script; typing a count stores it through the undo stack."""

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._filling = False
        self._refusal_is_waiting = False
        self.waiting: dict[str, tuple[str, str]] = {}
        self.winners: dict[str, str] = {}
        self.table = ResultsTable(self)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(True)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.pasted.connect(self.paste_block)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.hint = hint_label(
            self.tr(
                "Type each variant's counts from the ad platform's report into the cells below, "
                "or import the report (CSV or Excel). Rates, 95 % intervals and the winner appear here."
            ),
            self,
        )
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
        # One line, so a message never pushes the table down under the mouse.
        self.status.setWordWrap(False)
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
        self.tabs.addTab(self.creators, say("label.creators_compared"))
        self.retention = RetentionChart(self)
        self.retention_words = words_label(self)
        words_scroll = bare_scroll(self.retention_words, self)
        leave = QSplitter(Qt.Orientation.Vertical, self)
        leave.addWidget(self.retention)
        leave.addWidget(words_scroll)
        leave.setStretchFactor(0, 4)
        leave.setStretchFactor(1, 1)
        self.leave = leave
        self.tabs.addTab(leave, say("doc.retention.where"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.tabs, 1)
        self.refresher = Refresher(doc, self.refresh, accept=_concerns_results, parent=self, widget=self)
        self.refresher.refresh_now()

    @property
    def symbol(self) -> str:
        """The currency symbol of the project (its own currency, else its platform's)."""
        from studio.models.deals import project_currency
        from studio.models.money import symbol

        return symbol(project_currency(self.doc.project))

    def refresh(self) -> None:
        """Rebuild the table, the chart and the verdicts from the document."""
        lang = ui_lang()
        results = self.doc.project.results
        #: Variants whose counts contradict each other: their verdicts wait until the counts are fixed.
        self.waiting = {vid: pair for vid, r in results.items() if (pair := impossible(r)) is not None}
        analysis = analyse(self.doc.script, {k: v for k, v in results.items() if k not in self.waiting})
        self.winners = {
            v.metric.key: v.variant.id
            for v in verdicts(analysis)
            if v.kind in ("winner", "control") and v.variant
        }
        self._fill_table(analysis, lang)
        self._show_waiting(lang)
        legend = self.tr("Dot: value; line: 95 % interval; dashed line: the control (%1); ★ winner").replace(
            "%1", analysis.control.name
        )
        self.chart.set_panels(
            panels(analysis, lang),
            self.symbol,
            legend,
            self.tr("No results yet: import a report or type the counts above."),
        )
        self.summary.setText("\n".join([*self._waiting_sentences(lang), *sentences(analysis, lang)]))
        script, results = self.doc.script, self.doc.project.results
        self.retention.set_curves(
            script,
            readings(script, results, self.doc.project.platform),
            self.tr(
                "No retention curves yet. Export the audience retention (share still watching per second) "
                "from 巨量引擎 or TikTok and import it here."
            ),
        )
        self.retention_words.setText(
            "\n".join(retention_sentences(script, results, lang, self.doc.project.platform))
        )
        self.creators.set_source(self.doc.project, script, self.symbol)

    def _fill_table(self, analysis: Analysis, lang: str) -> None:
        """Show the analysis; cells are updated in place, so the cursor and an open editor stay put."""
        headers = [short_label(m, lang) for m in METRICS] + [count_label(c, lang) for c in INPUTS]
        tips = [m.label(lang) for m in METRICS] + [count_label(c, lang) for c in INPUTS]
        t = self.table
        self._filling = True
        try:
            shown = [
                h.text() if (h := t.horizontalHeaderItem(c)) is not None else ""
                for c in range(t.columnCount())
            ]
            rebuild = (t.rowCount(), t.columnCount()) != (
                len(analysis.rows),
                len(headers),
            ) or headers != shown
            if rebuild:
                t.clear()
                t.setRowCount(len(analysis.rows))
                t.setColumnCount(len(headers))
                t.setHorizontalHeaderLabels(headers)
            labels = []
            for r, row in enumerate(analysis.rows):
                labels.append(row.variant.name + (self.tr(" (control)") if row.is_control else ""))
                for k, metric in enumerate(METRICS):
                    self._show_metric(self._cell(r, k), row, metric)
                stored = self.doc.project.results.get(row.variant.id)
                waiting = self.waiting.get(row.variant.id)
                for c, name in enumerate(INPUTS):
                    value = getattr(stored, name) if stored else None
                    item = self._cell(r, FIRST_INPUT + c)
                    item.setText("" if value is None else self._input_text(name, value))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    bad = waiting is not None and stored is not None and name in waiting
                    item.setBackground(QColor(WARNING_COLOR).lighter(170) if bad else QBrush())
                    item.setToolTip(
                        self._impossible_text(stored, *waiting) if bad and stored and waiting else ""
                    )
            t.setVerticalHeaderLabels(labels)
            for c, tip in enumerate(tips):
                header = t.horizontalHeaderItem(c)
                if header is not None:
                    header.setToolTip(tip)
            if rebuild:
                t.resizeColumnsToContents()
                for c in range(FIRST_INPUT, FIRST_INPUT + len(INPUTS)):
                    t.setColumnWidth(c, max(t.columnWidth(c), 72))
        finally:
            self._filling = False
        if rebuild:
            self._fit_table_height()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            if column < FIRST_INPUT:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        return item

    def _show_waiting(self, lang: str) -> None:
        """Say in the bar which variants' counts contradict each other (their verdicts wait)."""
        if self.waiting:
            self._refuse(self._waiting_sentences(lang)[0])
        elif self.status.text() and self._refusal_is_waiting:
            self._refuse("")

    def _waiting_sentences(self, lang: str) -> list[str]:
        names = {v.id: v.name for v in self.doc.script.variants}
        out = []
        for vid, (part, whole) in self.waiting.items():
            if vid not in names:
                continue
            text = self._impossible_text(self.doc.project.results[vid], part, whole)
            out.append(self.tr("{variant}: {why} Its verdict waits until this is fixed.").format(
                variant=names[vid], why=text))  # fmt: skip
        return out

    def _fit_table_height(self) -> None:
        """As tall as its rows (the chart gets the rest of the screen)."""
        t = self.table
        height = t.horizontalHeader().height() + sum(t.rowHeight(r) for r in range(t.rowCount()))
        height += t.horizontalScrollBar().sizeHint().height() + 2 * t.frameWidth() + 2
        t.setMaximumHeight(height)
        t.setMinimumHeight(min(height, t.horizontalHeader().height() + 3 * max(t.rowHeight(0), 20)))

    def _input_text(self, name: str, value: float) -> str:
        return format_money(value, self.symbol) if name in MONEY_INPUTS else format_count(value)

    def _show_metric(self, item: QTableWidgetItem, row: VariantRow, metric: Metric) -> None:
        est = row.estimates.get(metric.key)
        text = "–" if est is None or est.value is None else value_label(metric, est.value, self.symbol)
        comp = row.comparisons.get(metric.key)
        if comp is not None and comp.significant:
            text += " *"
        winner = self.winners.get(metric.key) == row.variant.id and est is not None and est.value is not None
        if winner:
            text = "★ " + text
        item.setText(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tip = []
        if est is not None and est.value is not None and est.low is not None:
            high = "∞" if est.high is None else value_label(metric, est.high, self.symbol)
            tip.append(self.tr("95 % interval: %1 – %2").replace("%1", value_label(metric, est.low, self.symbol))
                       .replace("%2", high))  # fmt: skip
        if comp is not None:
            tip.append(self.tr("Holm-adjusted {p} against the control").format(p=format_p(comp.p_adjusted)))
        font = QFont(item.font())
        font.setBold(winner)
        item.setFont(font)
        item.setForeground(QColor(WINNER_COLOR) if winner else QBrush())
        item.setBackground(QBrush())
        if winner:
            tip.append(self.tr("Winner on this metric"))
            color = QColor(WINNER_COLOR)
            color.setAlpha(40)
            item.setBackground(color)
        item.setToolTip("\n".join(tip))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() < FIRST_INPUT:
            return
        variant = self.doc.script.variants[item.row()]
        name = INPUTS[item.column() - FIRST_INPUT]
        value = self._parse(name, item.text())
        if value is None:
            self.refresher.refresh_now()  # put the stored value back; nothing changes
            return
        old = self.doc.project.results.get(variant.id)
        if value == (getattr(old, name) if old else 0):
            self._refuse("")
            self.refresher.refresh_now()
            return
        result = dataclasses.replace(old, retention=list(old.retention)) if old else VariantResult(variant.id)
        setattr(result, name, value)
        result.source, result.updated = "manual", now_iso()
        self._refuse("")
        # A count that contradicts another is kept and marked (the user may be typing the other next);
        # the variant's verdict waits until it is fixed.
        if self.doc.set_results({variant.id: result}, self.tr("Edit results")):
            self.refresher.refresh_now()  # the rates follow the count just typed

    def paste_block(self, row: int, column: int, rows: list[list[str]]) -> None:
        """Fill the count cells from a block copied from Excel or WPS, as one undo step."""
        if row < 0 or column < FIRST_INPUT:
            self._refuse(self.tr("Paste into a count cell: the rates are worked out, not typed."))
            return
        variants = self.doc.script.variants
        changed: dict[str, VariantResult] = {}
        for dr, cells in enumerate(rows):
            if row + dr >= len(variants):
                break
            variant = variants[row + dr]
            current = changed.get(variant.id) or self.doc.project.results.get(variant.id)
            result = (
                dataclasses.replace(current, retention=list(current.retention))
                if current
                else VariantResult(variant.id)
            )
            for dc, raw in enumerate(cells):
                if column + dc - FIRST_INPUT >= len(INPUTS):
                    break
                if not raw.strip():
                    continue
                name = INPUTS[column + dc - FIRST_INPUT]
                value = self._parse(name, raw)
                if value is None:
                    return  # said why; nothing of the block is stored
                setattr(result, name, value)
            result.source, result.updated = "manual", now_iso()
            changed[variant.id] = result
        if changed:
            self._refuse("")
            self.doc.set_results(changed, self.tr("Paste results"))

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
            self.tr("%1 (%2) cannot be more than %3 (%4).")
            .replace("%1", count_label(part, lang))
            .replace("%2", format_count(getattr(result, part)))
            .replace("%3", count_label(whole, lang))
            .replace("%4", format_count(getattr(result, whole)))
        )

    def _refuse(self, message: str) -> None:
        """Show why an entry was refused (empty: clear the message)."""
        self._refusal_is_waiting = bool(message) and bool(self.waiting)
        self.status.setText(message)
        self.status.setToolTip(message)
        self.status.setStyleSheet(f"color: {WARNING_COLOR};" if message else "")

    def _ask_report(self, title: str) -> str:
        """A CSV or XLSX report chosen from the project's folder; '' when the user cancelled."""
        path, _ = QFileDialog.getOpenFileName(
            self, title, str(self.doc.pf.path.parent), self.tr("Reports (*.csv *.xlsx);;All files (*)")
        )
        return path

    def import_retention(self) -> None:
        """Ask for a retention CSV or XLSX and import it through its dialog."""
        from studio.ui.dialogs.retention_import_dialog import RetentionImportDialog

        path = self._ask_report(self.tr("Import retention curves"))
        if path:
            RetentionImportDialog(self.doc, path, self).exec()
            self.tabs.setCurrentWidget(self.leave)

    def import_report(self) -> None:
        """Ask for a CSV or XLSX report and import it through the mapping dialog."""
        path = self._ask_report(self.tr("Import ad report"))
        if path:
            ReportImportDialog(self.doc, path, self).exec()

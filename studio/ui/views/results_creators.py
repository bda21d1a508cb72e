"""The Creators tab of the Results view: each creator's results, or the variants across creators, side by side.

A sortable table (pending creators always last), the same interval chart as the variants' and the
verdicts in words. Read-only: creators are edited in the Brief tab.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.models.creator_platforms import platform_label
from studio.models.entities import Project, Script
from studio.models.money import format_amount
from studio.models.vocab import creator_status_label
from studio.results.creators import (
    GPM,
    PLAY_CVR,
    CreatorAnalysis,
    CreatorRow,
    Standing,
    VariantGroup,
    analyse_creators,
)
from studio.results.creators_chart import cost_panels, creator_panels
from studio.results.creators_cost_words import cost_sentences
from studio.results.creators_verdict import CREATOR, VARIANT, best_names, matrix_verdicts
from studio.results.creators_words import sentences
from studio.results.format import format_count, format_money, format_percent, format_ratio
from studio.results.metrics import Metric
from studio.results.stats import Estimate
from studio.ui.views.results_chart import WINNER_COLOR, ResultsChart
from studio.ui.views.view_common import bare_scroll, hint_label, ui_lang, words_label
from studio.wording import say

#: Sort keys live here; pending rows carry None and stay at the bottom in either direction.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class SortItem(QTableWidgetItem):
    """A cell sorted by its key (numbers as numbers); a cell without a key sorts last."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        table = self.tableWidget()
        descending = table is not None and (
            table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        )
        if mine is None or theirs is None:
            # Qt sorts descending with "other < self": keep the keyless last either way.
            return (mine is None) == descending and (theirs is None) != (mine is None)
        if isinstance(mine, str) or isinstance(theirs, str):
            return str(mine).casefold() < str(theirs).casefold()
        return bool(mine < theirs)


class CreatorsPanel(QWidget):
    """Creators (or the variants across creators) of the project, compared with intervals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.symbol = ""
        self.analysis: CreatorAnalysis | None = None
        self.best: dict[str, str] = {}
        self._source: tuple[Project, Script, str] | None = None
        self._compared: tuple[object, ...] | None = None
        self.by_creator = QRadioButton(self.tr("By creator"), self)
        self.by_variant = QRadioButton(self.tr("By variant, across creators"), self)
        self.by_creator.setChecked(True)
        self.level_group = QButtonGroup(self)
        for button in (self.by_creator, self.by_variant):
            self.level_group.addButton(button)
            button.toggled.connect(self._level_changed)
        #: Show what creators cost against what they brought (cost, per 1,000 plays, per order, ROI).
        self.money = QCheckBox(say("doc.cost.title"), self)
        self.money.setToolTip(
            self.tr("Compare fees and commissions (the Creators tab's deal) with the GMV they brought")
        )
        self.money.toggled.connect(self._money_changed)
        self.counts = QLabel(self)
        self.counts.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Compare:"), self))
        bar.addWidget(self.by_creator)
        bar.addWidget(self.by_variant)
        bar.addSpacing(12)
        bar.addWidget(self.money)
        bar.addWidget(self.counts, 1, Qt.AlignmentFlag.AlignRight)
        self.hint = hint_label(
            self.tr(
                "No creators yet. Add the creators of the campaign in the Creators tab (name, assigned "
                "variant, plays, conversions and GMV of their video) to compare them here."
            ),
            self,
        )
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # The user's own order until a header is clicked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.chart = ResultsChart(self)
        self.chart_scroll = chart_scroll = bare_scroll(self.chart, self)
        self.words = words_label(self)
        words_scroll = bare_scroll(self.words, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        for i, (widget, stretch) in enumerate(((self.table, 2), (chart_scroll, 2), (words_scroll, 1))):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(i, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.splitter, 1)
        # Without creators the splitter is hidden: keep the bar and the hint at the top, not spread
        # down the page (a stretch without factor takes nothing while the splitter shows).
        layout.addStretch()

    @property
    def level(self) -> str:
        """'creator' or 'variant': what the table and the chart compare."""
        return VARIANT if self.by_variant.isChecked() else CREATOR

    def set_source(self, project: Project, script: Script, symbol: str) -> None:
        """Compare the project's creators for this script, now if shown, else when next shown.

        The Results view refreshes on every edit anywhere; a large matrix's intervals cost
        milliseconds a creator, so they are only worked out when seen and when the creators (or the
        script's variant names) changed.
        """
        self._source = (project, script, symbol)
        if self.isVisible():
            self._compare()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with edits made while hidden."""
        super().showEvent(event)
        self._compare()

    def _compare(self) -> None:
        if self._source is None:
            return
        project, script, symbol = self._source
        key = (
            symbol,
            ui_lang(),
            tuple(v.name for v in script.variants),
            tuple(dataclasses.astuple(t) for t in project.creators),
        )
        if key != self._compared:
            self._compared = key
            self.set_analysis(analyse_creators(project, script), symbol)

    def set_analysis(self, analysis: CreatorAnalysis, symbol: str) -> None:
        """Show this comparison (money in ``symbol``)."""
        self.analysis, self.symbol = analysis, symbol
        has = bool(analysis.rows)
        self.hint.setVisible(not has)
        self.splitter.setVisible(has)
        for button in (self.by_creator, self.by_variant, self.money):
            button.setEnabled(has)
        self.counts.setText(
            self.tr("%1 creators, %2 with results, %3 pending")
            .replace("%1", format_count(len(analysis.rows)))
            .replace("%2", format_count(len(analysis.with_results)))
            .replace("%3", format_count(len(analysis.pending)))
            if has
            else ""
        )
        self._show()

    def _level_changed(self, on: bool) -> None:
        if on:
            # The two tables have different columns: a sort by column N of one means nothing in the other.
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
            self._show()

    def _money_changed(self, _on: bool) -> None:
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self._show()

    def _show(self) -> None:
        if self.analysis is None:
            return
        lang = ui_lang()
        said = sentences(self.analysis, lang, self.symbol, self.level)
        if self.money.isChecked():  # what they cost against what they brought comes first
            said = [*cost_sentences(self.analysis, lang, self.symbol, self.level), *said]
        self.words.setText("\n".join(said))
        self.best = best_names(matrix_verdicts(self.analysis), self.level)
        self._fill_table(self.analysis)
        money = self.money.isChecked()
        self.chart.set_panels(
            (cost_panels if money else creator_panels)(self.analysis, self.level, lang),
            self.symbol,
            self.tr(
                "Dot: value; line: 95 % interval; ★ ahead of every other one (only where the data show it)"
            ),
            self.tr("No fee or commission entered yet: add them in the Creators tab's deal.")
            if money
            else self.tr("No results from any creator yet."),
        )
        self._fit_chart()

    def _fit_chart(self) -> None:
        """The chart takes the height it needs at this width; the words get the rest."""
        # The panel's own width (its layout has no side margins): the scroll area spans it, but may
        # not have been resized yet.
        self.chart_scroll.setMaximumHeight(self.chart.heightForWidth(max(self.width(), 300)) + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the chart's height: its panels reflow with the width."""
        super().resizeEvent(event)
        self._fit_chart()

    def _headers(self) -> list[tuple[str, str]]:
        first = (
            [(say("label.creator"), self.tr("Name (hover for handle and link)")),
             (say("label.variant"), self.tr("The variant the creator was given")),
             (say("label.status"), self.tr("Where the collaboration stands"))]
            if self.level == CREATOR
            else [(say("label.variant"), self.tr("The variant, its creators' results summed")),
                  (self.tr("Creators"), self.tr("Creators with results (and pending)"))]
        )  # fmt: skip
        return [
            *first,
            (say("count.plays"), say("count.plays")),
            (say("count.conversions"), self.tr("Conversions (orders)")),
            (self.tr("Conv./play"), self.tr("Conversions per play, with its 95 % interval in the tooltip")),
            (say("count.gmv"), say("count.gmv")),
            (self.tr("GPM"), self.tr("GMV per 1,000 plays, with its 95 % interval in the tooltip")),
            (self.tr("GMV share"), self.tr("Share of the GMV of all creators")),
        ] if not self.money.isChecked() else [
            *first,
            (say("count.plays"), say("count.plays")),
            (say("count.conversions"), self.tr("Conversions (orders)")),
            (say("count.gmv"), say("count.gmv")),
            (say("label.cost"), self.tr("Fees plus commissions on GMV (the Creators tab's deal)")),
            (self.tr("Cost/1k plays"), self.tr("Cost per 1,000 plays, with its 95 % interval in the tooltip")),
            (self.tr("Cost/order"), self.tr("Cost per order, with its 95 % interval in the tooltip")),
            (self.tr("ROI"), self.tr("GMV over cost, with its 95 % interval in the tooltip")),
        ]  # fmt: skip

    def _fill_table(self, analysis: CreatorAnalysis) -> None:
        t = self.table
        header = t.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        t.setSortingEnabled(False)
        t.clear()
        heads = self._headers()
        rows: list[Standing] = list(analysis.rows) if self.level == CREATOR else [g for g in analysis.groups]
        t.setColumnCount(len(heads))
        t.setRowCount(len(rows))
        t.setHorizontalHeaderLabels([h for h, _tip in heads])
        for c, (_h, tip) in enumerate(heads):
            item = t.horizontalHeaderItem(c)
            if item is not None:
                item.setToolTip(tip)
        for r, standing in enumerate(rows):
            cells = self._row_cells(standing)
            for c, item in enumerate(cells):
                t.setItem(r, c, item)
        t.resizeColumnsToContents()
        for c in range(t.columnCount()):
            t.setColumnWidth(c, min(t.columnWidth(c) + 8, 220))
        t.setSortingEnabled(True)
        if 0 <= column < t.columnCount():
            t.sortItems(column, order)
        height = header.sizeHint().height() + sum(t.rowHeight(r) for r in range(t.rowCount()))
        t.setMaximumHeight(height + t.horizontalScrollBar().sizeHint().height() + 2 * t.frameWidth() + 2)

    def _row_cells(self, s: Standing) -> list[QTableWidgetItem]:
        pending = s.pending if isinstance(s, CreatorRow) else not getattr(s, "creators", ())
        lang = ui_lang()
        if isinstance(s, CreatorRow):
            name = self._text(s.name, s.name)
            creator = s.creator
            where = platform_label(creator.platform, lang) if creator.platform else ""
            name.setToolTip("\n".join(x for x in (creator.handle, where, creator.link, creator.notes) if x))
            first = [name, self._text(s.variant or "–", s.variant),
                     self._text(creator_status_label(creator.status, lang), creator.status)]  # fmt: skip
        else:
            group = s if isinstance(s, VariantGroup) else None
            label = s.name or say("rc.no_variant")
            done = len(group.creators) if group else 0
            waiting = len(group.pending) if group else 0
            count = format_count(done) + (
                self.tr(" (+%1 pending)").replace("%1", str(waiting)) if waiting else ""
            )
            first = [self._text(label, s.name), self._number(count, done)]
        if pending:
            nobody = isinstance(s, VariantGroup) and not s.pending
            waiting_text = self._text(say("rc.no_creator") if nobody else self.tr("no results yet"), None)
            waiting_text.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            if self.money.isChecked():
                return [
                    *first,
                    *(self._number("–", None) for _ in range(2)),
                    waiting_text,
                    *self._cost_cells(s),
                ]
            return [*first, *(self._number("–", None) for _ in range(2)), waiting_text,
                    *(self._number("–", None) for _ in range(3))]  # fmt: skip
        if self.money.isChecked():
            return [
                *first,
                self._number(format_count(s.plays), s.plays),
                self._number(format_count(s.conversions), s.conversions),
                self._number(format_money(s.gmv, self.symbol), s.gmv),
                *self._cost_cells(s),
            ]
        return [
            *first,
            self._number(format_count(s.plays), s.plays),
            self._number(format_count(s.conversions), s.conversions),
            self._metric(s, PLAY_CVR),
            self._number(format_money(s.gmv, self.symbol), s.gmv),
            self._metric(s, GPM),
            self._number(format_percent(s.share_gmv, 1), s.share_gmv),
        ]

    def _cost_cells(self, s: Standing) -> list[QTableWidgetItem]:
        """Cost, cost per 1,000 plays, cost per order and ROI ("–" and a hint when no fee was entered)."""
        c = s.costs
        if c is None:
            cells: list[QTableWidgetItem] = [self._number("–", None) for _ in range(4)]
            cells[0].setToolTip(self.tr("No fee or commission entered: add them in the Creators tab's deal."))
            return cells
        money = self.symbol

        def amount(v: float) -> str:
            return format_money(v, money)

        cost = self._number(format_amount(c.cost, c.currency), c.cost)
        return [cost, self._estimate(c.cpm, amount), self._estimate(c.per_order, amount),
                self._estimate(c.roi, format_ratio)]  # fmt: skip

    def _estimate(self, est: Estimate, shown: Callable[[float], str]) -> QTableWidgetItem:
        item = self._number(shown(est.value) if est.value is not None else "–", est.value)
        if est.value is not None and est.low is not None:
            high = "∞" if est.high is None else shown(est.high)
            item.setToolTip(
                self.tr("95 % interval: %1 – %2").replace("%1", shown(est.low)).replace("%2", high)
            )
        return item

    def _metric(self, s: Standing, metric: Metric) -> QTableWidgetItem:
        est = s.estimate(metric)
        shown = format_percent if metric.is_rate else (lambda v: format_money(v, self.symbol))
        item = self._number(shown(est.value), est.value)
        if est.value is not None and est.low is not None:
            high = "∞" if est.high is None else shown(est.high)
            item.setToolTip(
                self.tr("95 % interval: %1 – %2").replace("%1", shown(est.low)).replace("%2", high)
            )
        if isinstance(s, CreatorRow) and s.impossible:
            item.setToolTip(
                self.tr("More conversions than plays: check this creator's figures in the Creators tab.")
            )
        if s.name and self.best.get(metric.key) == s.name:
            item.setText("★ " + item.text())
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            color = QColor(WINNER_COLOR)
            item.setForeground(color)
            color.setAlpha(40)
            item.setBackground(color)
            item.setToolTip(item.toolTip() + "\n" + self.tr("Ahead of every other one on this measure"))
        return item

    @staticmethod
    def _text(text: str, key: object) -> SortItem:
        item = SortItem(text)
        item.setData(SORT_ROLE, key if key is not None else None)
        return item

    @staticmethod
    def _number(text: str, key: float | None) -> SortItem:
        item = SortItem(text)
        item.setData(SORT_ROLE, key)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

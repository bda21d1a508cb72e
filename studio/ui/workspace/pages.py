"""The Workspace window's pages: projects, search hits, the calendar month, the report, the library."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QStandardItem, QStandardItemModel, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.ui.views.view_common import search_field, ui_lang
from studio.wording import say
from studio.workspace.calendar import Entry
from studio.workspace.facts import Hit, LibraryEntry, ProjectRow, ResultFact
from studio.workspace.listing import where
from studio.workspace.report import Figure

OVERDUE = QColor("#C0392B")
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class _ProjectFilter(QSortFilterProxyModel):
    """Rows holding the filter's text in any column, on the chosen platform."""

    platform = ""

    def set_platform(self, platform: str) -> None:
        """Show only rows of ``platform`` ('' for every platform)."""
        self.beginFilterChange()
        self.platform = platform
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        """Qt's override: the platform first, then the text."""
        model = self.sourceModel()
        if self.platform and model.index(row, 2, parent).data() != self.platform:
            return False
        return super().filterAcceptsRow(row, parent)


class ProjectsPage(QWidget):
    """The projects in a sortable table with a filter; Enter or a double click opens one."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = search_field(self.tr("Filter: title, product, creator…"), self)
        self.platform = QComboBox(self)
        self.model = QStandardItemModel(0, 9, self)
        self.model.setHorizontalHeaderLabels([
            say("label.title"), say("label.product"), say("label.platform"), say("label.status"), say("label.variants"),
            say("label.creators"), self.tr("Post by"), say("count.plays"), say("ws.head.gmv"),
        ])  # fmt: skip
        self.proxy = _ProjectFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {OVERDUE.name()}")
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.platform)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.rows: list[ProjectRow] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the selected project."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return
        super().keyPressEvent(event)

    def open_current(self) -> None:
        """Ask to open the selected project."""
        index = self.table.currentIndex()
        if index.isValid():
            path = self.proxy.index(index.row(), 0).data(PATH_ROLE)
            if path:
                self.open_requested.emit(str(path))

    def show_rows(self, rows: list[ProjectRow], problems: list[str]) -> None:
        """Fill the table (the sort and filter stay as the user set them)."""
        self.rows = rows
        self.model.setRowCount(0)
        lang = ui_lang()
        sep = "、" if lang == "zh" else ", "
        for r in rows:
            s = r.summary
            status = _status_word(s.status, lang)
            values: list[tuple[str, object]] = [
                (s.title, s.title.casefold()), (s.product, s.product), (s.platform, s.platform), (status, s.status),
                (str(s.variants), s.variants), (sep.join(s.creators), sep.join(s.creators)), (s.post_by, s.post_by),
                (f"{s.plays:,}", s.plays), (f"{s.gmv:,.0f}", s.gmv),
            ]  # fmt: skip
            items = []
            for text, key in values:
                item = QStandardItem(text)
                item.setData(key, SORT_ROLE)
                item.setData(r.path, PATH_ROLE)
                items.append(item)
            items[0].setToolTip(r.path)
            self.model.appendRow(items)
        platforms = sorted({r.summary.platform for r in rows})
        current = self.platform.currentData()
        self.platform.blockSignals(True)
        self.platform.clear()
        self.platform.addItem(self.tr("All platforms"), "")
        for p in platforms:
            self.platform.addItem(p, p)
        self.platform.setCurrentIndex(max(0, self.platform.findData(current)))
        self.platform.blockSignals(False)
        self._platform_changed()
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))

    def _platform_changed(self) -> None:
        self.proxy.set_platform(self.platform.currentData() or "")


class SearchPage(QWidget):
    """A query box and the hits, each under its project, beat and shot; Enter opens the line there."""

    search_requested = Signal(str)
    open_hit = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = search_field(self.tr("Search lines, products, creators, tags, shots… (Enter)"), self)
        self.hits = QTreeWidget(self)
        self.hits.setHeaderLabels([self.tr("Text"), say("label.kind"), self.tr("Where")])
        self.hits.setRootIsDecorated(False)
        self.hits.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.hits, 1)
        layout.addWidget(self.status)
        self.query.returnPressed.connect(lambda: self.search_requested.emit(self.query.text().strip()))
        self.hits.itemActivated.connect(lambda item, _c: self.open_hit.emit(item.data(0, PATH_ROLE)))
        self.found: list[Hit] = []

    def show_hits(self, hits: list[Hit]) -> None:
        """List the hits, best first; the first is selected so Enter opens it."""
        self.found = hits
        self.hits.clear()
        kinds = {"hook": self.tr("Hook"), "cta": self.tr("CTA"), "line": say("label.voiceover_short"),
                 "caption": say("label.caption"), "visual": self.tr("Shot"), "product": say("label.product"),
                 "creator": say("label.creator"), "tag": self.tr("Tag"), "title": say("label.title")}  # fmt: skip
        lang = ui_lang()
        for h in hits:
            item = QTreeWidgetItem([h.doc.text, kinds.get(h.doc.kind, h.doc.kind), where(h, lang)])
            item.setData(0, PATH_ROLE, h)
            item.setToolTip(0, h.path)
            self.hits.addTopLevelItem(item)
        first = self.hits.topLevelItem(0)
        if first is not None:
            self.hits.setCurrentItem(first)
        self.status.setText(self.tr("%n hit(s)", "", len(hits)) if hits else self.tr("Nothing found"))


class CalendarPage(QWidget):
    """A month with the days that hold items in bold (overdue in red) and the chosen day's items beside it."""

    phases_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = QCalendarWidget(self)
        self.month.setGridVisible(True)
        self.month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.day_items = QListWidget(self)
        self.legend = QLabel(self.tr("Bold: something planned · red: overdue"), self)
        split = QSplitter(self)
        split.addWidget(self.month)
        side = QWidget(split)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.day_items, 1)
        side_layout.addWidget(self.legend)
        self.phases_button = QPushButton(self.tr("Campaign &Phases…"), side)
        self.phases_button.setToolTip(self.tr("Add the team's own phases (a brand day, a live-stream week)"))
        self.phases_button.clicked.connect(self.phases_requested)
        side_layout.addWidget(self.phases_button)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.entries: list[Entry] = []
        self.month.selectionChanged.connect(self.show_day)

    def show_entries(self, entries: list[Entry]) -> None:
        """Mark the days and list the selected one."""
        self.entries = entries
        self.month.setDateTextFormat(QDate(), QTextCharFormat())
        days: dict[str, bool] = {}
        for e in entries:
            days[e.item.day] = days.get(e.item.day, False) or e.overdue
        for day, late in days.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(700)
            if late:
                fmt.setForeground(QBrush(OVERDUE))
            self.month.setDateTextFormat(QDate.fromString(day, "yyyy-MM-dd"), fmt)
        self.show_day()

    def on_day(self, day: date) -> list[Entry]:
        """The entries on ``day`` (a campaign phase on every day it spans)."""
        iso = day.isoformat()
        return [
            e
            for e in self.entries
            if e.item.day == iso or (e.item.end_day and e.item.day <= iso <= e.item.end_day)
        ]

    def show_day(self) -> None:
        """List the selected day's entries, overdue ones marked."""
        self.day_items.clear()
        q = self.month.selectedDate()
        chosen = date(q.year(), q.month(), q.day())
        lang = ui_lang()
        for e in self.on_day(chosen):
            text = e.label(lang)
            if e.overdue:
                text = self.tr("Overdue: %1").replace("%1", text)
            item = QListWidgetItem(text)
            if e.overdue:
                item.setForeground(QBrush(OVERDUE))
            self.day_items.addItem(item)
        if not self.day_items.count():
            self.day_items.addItem(QListWidgetItem(self.tr("Nothing on this day")))


class ReportPage(QWidget):
    """The pooled report in words and a table, with buttons to save it as PDF or workbook."""

    save_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser(self)
        self.pdf = QPushButton(self.tr("Save as &PDF…"), self)
        self.xlsx = QPushButton(self.tr("Save as &Workbook…"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pdf)
        buttons.addWidget(self.xlsx)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.pdf.clicked.connect(lambda: self.save_requested.emit("pdf"))
        self.xlsx.clicked.connect(lambda: self.save_requested.emit("xlsx"))
        self.sentences: list[str] = []

    def show_results(
        self, facts: list[ResultFact], figures: Callable[[], list[Figure]], sentences: list[str]
    ) -> None:
        """The sentences first, then every figure with its interval and videos."""
        from studio.workspace.report_files import figure_rows, report_head

        self.sentences = sentences
        if not facts:
            self.text.setPlainText(
                self.tr("No results in any project yet: import an ad report into a project.")
            )
            return
        rows = figure_rows(figures(), ui_lang())
        head = report_head(ui_lang())
        html = ["<p>" + "</p><p>".join(_esc(s) for s in sentences) + "</p>", "<table border=1 cellpadding=3>"]
        html.append("<tr>" + "".join(f"<th>{_esc(h)}</th>" for h in head) + "</tr>")
        for row in rows:
            html.append(
                "<tr>" + "".join(f"<td>{_esc('' if v is None else str(v))}</td>" for v in row) + "</tr>"
            )
        html.append("</table>")
        self.text.setHtml("".join(html))


class LibraryPage(QWidget):
    """The team library, best evidence first; the selected entry can be retired."""

    retire_requested = Signal(str)
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = QTreeWidget(self)
        self.entries.setHeaderLabels([self.tr("Line"), self.tr("Evidence")])
        self.entries.setRootIsDecorated(False)
        self.entries.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.retire = QPushButton(self.tr("&Retire"), self)
        self.retire.setToolTip(self.tr("Stop offering this entry; it stays on record as retired"))
        layout = QVBoxLayout(self)
        self.add = QPushButton(self.tr("&Keep New…"), self)
        self.add.setToolTip(self.tr("Keep a signature shot, a line or a banned word for the whole team"))
        layout.addWidget(self.entries, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add)
        row.addWidget(self.retire)
        layout.addLayout(row)
        self.retire.clicked.connect(self._retire)
        self.add.clicked.connect(self.add_requested.emit)

    def show_entries(self, entries: list[LibraryEntry]) -> None:
        """List the current entries, retired ones greyed at the end."""
        from studio.workspace.library import current, describe, ranked

        self.entries.clear()
        lang = ui_lang()
        shown = ranked(entries) + [e for e in current(entries) if e.retired]
        for e in shown:
            item = QTreeWidgetItem([e.text, describe(e, lang)])
            item.setData(0, PATH_ROLE, e.entry_id)
            if e.retired:
                item.setForeground(0, QBrush(QColor("#888888")))
                item.setText(1, self.tr("Retired") + " · " + item.text(1))
            self.entries.addTopLevelItem(item)

    def _retire(self) -> None:
        item = self.entries.currentItem()
        if item is not None:
            self.retire_requested.emit(str(item.data(0, PATH_ROLE)))


def _status_word(status: str, lang: str) -> str:
    """A project's status (its variants' furthest) in the interface language."""
    from studio.models.enums import VariantStatus
    from studio.models.vocab import label

    try:
        return label(VariantStatus(status), lang)
    except ValueError:
        return status


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

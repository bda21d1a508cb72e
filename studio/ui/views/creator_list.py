"""The Creators tab (达人矩阵): the project's creators as a table to edit, paste into, import and brief.

Every change (a cell, a new or removed creator, a move, a paste, an import) is one undo step that
replaces the project's list, so the file holds it at once and undo puts the old list back.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.imports.creator_list_import import CreatorImportError
from studio.models.brief import Creator
from studio.models.creator_list import (
    CREATOR_FIELDS,
    CreatorValueError,
    added,
    copy_name,
    moved,
    removed,
)
from studio.results.format import format_money
from studio.ui.document_controller import DocumentController
from studio.ui.icons import icon
from studio.ui.views.creator_deal import DealPanel
from studio.ui.views.creator_list_model import ChoiceDelegate, CreatorListModel
from studio.ui.views.creator_list_words import describe_import, describe_value

if TYPE_CHECKING:
    from studio.ui.background_jobs import BackgroundJob

log = logging.getLogger(__name__)

#: Column widths in characters of the font (name, platform, handle, variant, status, link, numbers with GMV in
#: its currency, "¥51,480.00", notes).
WIDTHS = {"name": 8, "platform": 7, "handle": 10, "variant": 8, "status": 6, "link": 14, "plays": 7,
          "conversions": 5, "gmv": 10, "notes": 10}  # fmt: skip


#: Most things due listed above the table (the rest counted).
ALERT_LINES = 5
#: Most lines of a returned script's check shown in its box; all of them are in the box's details.
CHECK_LINES = 12


class CreatorListView(QWidget):
    """The creators table with its buttons; the Edit menu's paste, copy, duplicate, move and delete act on it."""

    #: The Edit menu names its row items after creators while this tab is in front.
    edit_kind = "creators"

    def __init__(self, doc: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.model = CreatorListModel(doc, self)
        self.model.refused.connect(self.tell)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.clicked.connect(self._clicked)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.message = QLabel(self)
        self.message.setObjectName("creatorsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.hide()
        self.summary = QLabel(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.75)
        self.buttons: dict[str, QAction] = {}
        for key, text, icon_name, slot in (
            ("add", self.tr("Add"), "plus", self.add),
            ("duplicate", self.tr("Duplicate"), "copy-plus", self.duplicate),
            ("remove", self.tr("Remove"), "trash-2", self.delete),
            ("up", self.tr("Move the creator up"), "arrow-up", self.move_up),
            ("down", self.tr("Move the creator down"), "arrow-down", self.move_down),
            ("paste", self.tr("Paste from Excel"), "clipboard-paste", self.paste),
            ("import", self.tr("Import list…"), "file-spreadsheet", self.import_list),
            ("brief", self.tr("Creator brief…"), "file-output", self.creator_brief),
            ("check", self.tr("Check returned script…"), "file-text", self.check_script),
        ):
            action = self.toolbar.addAction(icon(icon_name), text)
            action.setIconText(text)  # keep the "…" that says a dialog follows (tool buttons drop it)
            action.triggered.connect(slot)
            self.buttons[key] = action
            if key in ("remove", "down"):
                self.toolbar.addSeparator()
        for key in ("up", "down"):  # arrows say it; the words are the tooltip
            button = self.toolbar.widgetForAction(self.buttons[key])
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.buttons["paste"].setToolTip(
            self.tr(
                "Paste rows copied from Excel or WPS: with a header row (达人昵称, 平台, 账号 …) or in this table's order"
            )
        )
        self.buttons["check"].setToolTip(
            self.tr("Check a creator's returned script (.docx or .txt) against the brief and the ad law")
        )
        #: What needs doing: drafts late, posts due, usage rights about to expire (hidden when nothing is).
        self.alerts = QLabel(self)
        self.alerts.setObjectName("creatorsAlerts")
        self.alerts.setWordWrap(True)
        self.alerts.setStyleSheet("color: #b9770e;")
        self.alerts.hide()
        self.deal = DealPanel(self.model, self)
        self.deal.refused.connect(lambda _exc: self.message.hide())  # one refusal on screen, by its field
        deal_scroll = QScrollArea(self)
        deal_scroll.setWidget(self.deal)
        deal_scroll.setWidgetResizable(True)
        deal_scroll.setFrameShape(QFrame.Shape.NoFrame)
        deal_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Beside the table, as wide as the form needs (nothing cut off) and no wider: the table keeps its room.
        need = self.deal.minimumSizeHint().width() + deal_scroll.verticalScrollBar().sizeHint().width() + 4
        deal_scroll.setFixedWidth(need)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(deal_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message)
        layout.addWidget(self.alerts)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)
        self.table.viewport().installEventFilter(self)
        self.model.listChanged.connect(self._update)
        self.model.listChanged.connect(lambda: self.tell(""))  # the last refusal is old news
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.table.selectionModel().currentRowChanged.connect(lambda now, _was: self.deal.show_row(now.row()))
        self.model.listChanged.connect(lambda: self.deal.show_row(self.table.currentIndex().row()))
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()  # the viewport's own size: the table's layout has settled by now
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Give the columns their usual widths, narrowed to fit the table when it is not wide enough
        (a laptop's screen beside the docks): no column below its header, the link and notes first."""
        header = self.table.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("M")
        least = [header.sectionSizeHint(c) for c in range(len(CREATOR_FIELDS))]
        wanted = [max(WIDTHS[name] * em, least[c]) for c, name in enumerate(CREATOR_FIELDS)]
        room = self.table.viewport().width()
        spare = sum(wanted) - room
        for name in ("notes", "link", "handle", "name", "variant"):
            if spare <= 0:
                break
            c = CREATOR_FIELDS.index(name)
            cut = min(spare, wanted[c] - max(least[c], 5 * em if name != "notes" else least[c]))
            wanted[c] -= max(0, cut)
            spare -= max(0, cut)
        for c, width in enumerate(wanted):
            header.resizeSection(c, width)

    # --- state --------------------------------------------------------------------------------

    @property
    def creators(self) -> list[Creator]:
        """The project's creators."""
        return self.doc.project.creators

    def selected_rows(self) -> list[int]:
        """The rows with a selected cell, in order."""
        return sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})

    def current(self) -> Creator | None:
        """The creator of the current row, if any."""
        row = self.table.currentIndex().row()
        return self.creators[row] if 0 <= row < len(self.creators) else None

    def show_creator(self, name: str) -> bool:
        """Select the row of the creator called ``name``, scrolled into view (the palette's way in)."""
        row = next((i for i, t in enumerate(self.creators) if t.name == name), -1)
        if row >= 0:
            self.table.selectRow(row)  # (the current cell moves to that row too)
            self.table.scrollTo(self.model.index(row, 0))
            self.table.setFocus()
        return row >= 0

    def _update(self) -> None:
        rows = self.selected_rows()
        editable = not self.doc.readonly
        self.buttons["add"].setEnabled(editable)
        self.buttons["paste"].setEnabled(editable)
        self.buttons["import"].setEnabled(editable)
        for key in ("duplicate", "remove"):
            self.buttons[key].setEnabled(editable and bool(rows))
        self.buttons["up"].setEnabled(editable and len(rows) == 1 and rows[0] > 0)
        self.buttons["down"].setEnabled(editable and len(rows) == 1 and rows[0] < len(self.creators) - 1)
        self.buttons["brief"].setEnabled(self.current() is not None)
        self._show_alerts()
        t = self.creators
        if not t:  # an empty table says nothing by itself: say how creators get in
            self.summary.setText(
                self.tr(
                    "No creators yet: Add one, paste rows copied from Excel or WPS (Ctrl+V), or import a list."
                )
            )
            return
        self.summary.setText(
            self.tr("{count} creators · {plays} plays · {orders} orders · GMV {gmv}").format(
                count=len(t), plays=f"{sum(x.plays for x in t):,}", orders=f"{sum(x.conversions for x in t):,}",
                gmv=format_money(sum(x.gmv for x in t), self.model.symbol),
            )
        )  # fmt: skip

    def _show_alerts(self) -> None:
        """List what is due today: drafts late, posts due within days, usage rights expiring soon."""
        from studio.models.deals import due_items
        from studio.ui.views.creator_deal_words import due_line

        items = due_items(self.creators)
        lines = [due_line(i) for i in items[:ALERT_LINES]]
        if len(items) > ALERT_LINES:
            lines.append(self.tr("… and {n} more: studio creators FILE --due lists them all").format(
                n=len(items) - ALERT_LINES))  # fmt: skip
        # one flowing paragraph (two lines or so), so the table keeps its height on a laptop's screen
        self.alerts.setText("⚠ " + "   ⚠ ".join(lines))
        self.alerts.setVisible(bool(items))

    def tell(self, what: object) -> None:
        """Show why something was refused (a refusal or a sentence); an empty text hides the line."""
        if isinstance(what, CreatorValueError):
            text = describe_value(what)
        elif isinstance(what, CreatorImportError):
            text = describe_import(what)
        else:
            text = str(what)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _push(self, creators: list[Creator], text: str, select: int | None = None) -> bool:
        done = self.model.set_creators(creators, text)
        if done:
            self.tell("")
            if select is not None and 0 <= select < len(self.creators):
                self.table.setCurrentIndex(
                    self.model.index(select, max(0, self.table.currentIndex().column()))
                )
        self._update()
        return done

    # --- edits (the Edit menu finds these by name) ------------------------------------------

    def can_edit(self, name: str) -> bool:
        """Whether the Edit item ``name`` can act now."""
        rows = self.selected_rows()
        if name in ("paste",):
            return not self.doc.readonly
        if name == "copy":
            return bool(rows)
        if name in ("duplicate", "delete"):
            return not self.doc.readonly and bool(rows)
        if name == "move_up":
            return not self.doc.readonly and len(rows) == 1 and rows[0] > 0
        if name == "move_down":
            return not self.doc.readonly and len(rows) == 1 and rows[0] < len(self.creators) - 1
        return False

    def add(self) -> None:
        """Add a creator after the current one (or at the end) and start typing their name."""
        at = self.table.currentIndex().row() + 1 if self.current() is not None else len(self.creators)
        base = self.tr("New creator")
        taken = any(t.name.casefold() == base.casefold() for t in self.creators)
        name = copy_name(self.creators, base) if taken else base
        try:
            new = added(self.creators, Creator(name=name), at)
        except CreatorValueError as exc:
            self.tell(exc)
            return
        if self._push(new, self.tr("Add creator"), at):
            index = self.model.index(at, 0)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def duplicate(self) -> None:
        """Copy the selected creators below the last of them, each with a free name."""
        rows = self.selected_rows()
        if not rows:
            return
        new = list(self.creators)
        at = rows[-1] + 1
        try:
            for offset, row in enumerate(rows):
                source = self.creators[row]
                copy = dataclasses.replace(source, name=copy_name(new, source.name), link="", plays=0,
                                           conversions=0, gmv=0.0, status="invited")  # fmt: skip
                new = added(new, copy, at + offset)
        except CreatorValueError as exc:
            self.tell(exc)
            return
        self._push(new, self.tr("Duplicate creators"), at)

    def delete(self) -> None:
        """Remove the selected creators."""
        rows = self.selected_rows()
        if rows:
            left = len(self.creators) - len(rows)
            self._push(removed(self.creators, rows), self.tr("Remove creators"), min(rows[0], left - 1))

    def move_up(self) -> None:
        """Move the current creator one place up."""
        self._move(-1)

    def move_down(self) -> None:
        """Move the current creator one place down."""
        self._move(1)

    def _move(self, step: int) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or not 0 <= rows[0] + step < len(self.creators):
            return
        self._push(moved(self.creators, rows[0], rows[0] + step), self.tr("Move creator"), rows[0] + step)

    def copy(self) -> None:
        """Copy the selected creators as tab-separated rows with a header (Excel pastes them as a table,
        and pasting them back here changes nothing)."""
        import csv
        import io

        out = io.StringIO()
        writer = csv.writer(out, dialect=csv.excel_tab, lineterminator="\n")
        writer.writerow(self.model.titles)
        for row in self.selected_rows():
            t = self.creators[row]
            writer.writerow([t.notes if f == "notes" else self.model.shown(t, f) for f in CREATOR_FIELDS])
        QGuiApplication.clipboard().setText(out.getvalue())

    def paste(self) -> None:
        """Add or update creators from cells copied out of a spreadsheet, in one undo step."""
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> bool:
        """Merge tab-separated rows (with a header row, or in the table's column order) into the list."""
        from studio.imports.creator_list_import import records, rows_from_text
        from studio.models.creator_list import merge_rows, variant_choices
        from studio.models.deals import project_currency
        from studio.ui.views.creator_list_words import describe_value, row_list

        if not text.strip():
            self.tell(self.tr("The clipboard holds no cells to paste."))
            return False
        try:
            result = merge_rows(
                self.creators,
                records(rows_from_text(text)),
                variant_choices(self.doc.project),
                project_currency(self.doc.project),  # a pasted fee is in the project's money
            )
        except CreatorImportError as exc:
            self.tell(exc)
            return False
        new, fresh, changed = result.creators, result.added, result.updated
        if result.problems and not fresh and not changed:  # nothing good to paste: say why, all rows named
            more = result.skipped[1:] if len(result.skipped) > 1 else []
            extra = self.tr(" Nothing was pasted; rows {numbers} hold a bad value too.").format(
                numbers=row_list(more, 20)) if more else ""  # fmt: skip
            self.tell(describe_value(result.problems[0]) + extra)
            return False
        if not fresh and not changed:
            self.tell(self.tr("The pasted creators are already in the list with these values."))
            return False
        done = self._push(new, self.tr("Paste creators"))
        if done:
            summary = self.tr("Added {added}, updated {updated} creators").format(
                added=len(fresh), updated=len(changed))  # fmt: skip
            self.doc_message(summary)
            if result.problems:  # the good rows are in (one undo step); every bad one is listed with why
                self.tell(self._left_out(summary, result.skipped, result.problems))
        return done

    def _left_out(self, summary: str, rows: list[int], problems: list[CreatorValueError]) -> str:
        """The pasted rows left out, each with its column and why (the first 20 in full, then their numbers)."""
        from studio.ui.views.creator_list_words import describe_value, row_list

        lines = [self.tr("{summary}. Left out, {count} rows with a bad value; fix them and paste those rows "
                         "again:").format(summary=summary, count=len(rows))]  # fmt: skip
        lines += [describe_value(p) for p in problems[:20]]
        described = {p.facts.get("row") for p in problems[:20]}
        later = [row for row in rows if row not in described]
        if later:
            lines.append(self.tr("Rows {numbers} too.").format(numbers=row_list(later, 200)))
        return "\n".join(lines)

    def doc_message(self, text: str) -> None:
        """A passing word in the window's status bar (when there is a window)."""
        window = self.window()
        if hasattr(window, "show_message"):
            window.show_message(text)

    # --- files ---------------------------------------------------------------------------------

    def import_list(self) -> None:
        """Choose a CSV or Excel list, preview what it changes, apply it in one undo step."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import creators"), str(self.doc.pf.path.parent),
                                              self.tr("Creators list (*.csv *.xlsx *.txt)"))  # fmt: skip
        if name:
            self.import_path(name)

    #: How the last import read in the background ended: True when the list changed, None while it reads.
    last_import: bool | None = None

    def import_path(self, path: str) -> BackgroundJob:
        """Read a creators list file in the background (its line in the status bar, with Cancel), then preview
        it against the list as it is then and apply it in one undo step (see :attr:`last_import`)."""
        from studio.imports.creator_list_import import read_rows, records
        from studio.ui import background_jobs

        def work(progress: Any) -> Any:
            progress(0, 1)
            rows = records(read_rows(path), str(path), need_header=True)
            progress(0, 1)  # a Cancel pressed while it was read drops it
            return rows

        def done(_window: Any, rows: Any) -> None:
            if shiboken6.isValid(self):  # the tab is gone with its window: nothing to preview in
                self.last_import = self._preview_rows(path, rows)

        def failed(_window: Any, exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.last_import = self._refused(path, exc)

        self.last_import = None
        return background_jobs.start_thread(self, self.tr("Reading {name}…").format(name=Path(path).name), [],
                                            done, failed, work)  # fmt: skip

    def _refused(self, path: str, exc: BaseException) -> bool:
        if isinstance(exc, (CreatorImportError, CreatorValueError)):
            self.tell(exc)
        elif isinstance(exc, OSError):
            self.tell(
                self.tr("{path} cannot be read: {reason}").format(path=Path(path).name, reason=exc.strerror)
            )
        else:
            log.warning("reading %s failed: %r", path, exc)
            self.tell(
                self.tr("{path} cannot be read: {reason}").format(path=Path(path).name, reason=str(exc))
            )
        return False

    def _preview_rows(self, path: str, rows: list[tuple[int, dict[str, str]]]) -> bool:
        """Preview the rows read against the list as it is now and apply them; True when the list changed."""
        from studio.imports.creator_list_import import keeping_agreeing, preview
        from studio.ui.dialogs.creator_list_import_dialog import ImportPreviewDialog

        try:
            plan = preview(self.doc.project, rows)
        except (CreatorImportError, CreatorValueError, OSError) as exc:
            return self._refused(path, exc)
        if not plan.changes and not plan.problems:
            self.tell(self.tr("{path}: every creator is already in the list with these values.").format(
                path=Path(path).name))  # fmt: skip
            return False
        # Shown even when every row is bad: the preview is where each bad value is listed.
        kept = keeping_agreeing(self.doc.project, plan) if plan.overwritten else None
        dialog = ImportPreviewDialog(plan, Path(path).name, self, kept)
        if dialog.exec() != ImportPreviewDialog.DialogCode.Accepted:
            return False
        plan = dialog.chosen()  # the list's values, or the project's kept where they differ
        if not plan.changes:
            return False
        done = self._push(plan.creators, self.tr("Import creators"))
        if done and plan.skipped:
            from studio.ui.views.creator_list_words import row_list

            self.tell(self.tr("{path}: rows {numbers} were not imported (a bad value); fix them and import "
                              "the file again.").format(path=Path(path).name, numbers=row_list(plan.skipped)))  # fmt: skip
        if done:
            self.doc_message(self.tr("Added {added}, updated {updated} creators").format(
                added=len(plan.added), updated=len(plan.updated)))  # fmt: skip
        return done

    #: The last brief export started (it runs on in the background), for tests and the window's close.
    brief_job: BackgroundJob | None = None

    def creator_brief(self) -> None:
        """Export the current creator's one-page brief (Word, PDF or a long picture)."""
        creator = self.current()
        if creator is None:
            return
        from studio.exports.names import variant_name

        # The one file-name maker of the exports: "小鹿/Coco" made with_name() raise, "a:b" is refused on
        # Windows, and a long Chinese name must stay within the file system's bytes.
        base = self.doc.pf.path.with_name(
            variant_name(self.doc.pf.path.stem, creator.name or "creator", ".docx")
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Creator brief for {name}").format(name=creator.name), str(base),
            self.tr("Word (*.docx);;PDF (*.pdf);;Picture for phones (*.png)"),
        )  # fmt: skip
        if name:
            self.brief_job = self.export_brief(creator, Path(name))

    def export_brief(self, creator: Creator, path: Path) -> BackgroundJob | None:
        """Write ``creator``'s brief to ``path`` through the export registry, in the background like every
        export (its line in the status bar, with Cancel; the window stays usable); the job, or None when
        the path was refused."""
        from studio.exports.common import ExportError
        from studio.exports.formats import find
        from studio.ui import background_jobs, error_messages
        from studio.ui.dialogs.export import start_export

        fmt = find("creator-brief")
        try:
            target = fmt.target(str(path))
        except ExportError as exc:
            error_messages.show_error(self, exc, self.tr("Creator brief"))
            return None
        if background_jobs.refuse_busy(self, self.tr("Creator brief"), [target]):
            return None
        lang = self.doc.project.language
        return start_export(self.doc, fmt, [(target, [self.doc.variant])], lang, self, creator=creator.name)

    def check_script(self) -> None:
        """Check a returned script (.docx or text) against the brief and the ad law; show what to send back."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Check a returned script"), str(self.doc.pf.path.parent),
                                              self.tr("Scripts (*.docx *.txt *.md)"))  # fmt: skip
        if name:
            self.show_check(name)

    def show_check(self, path: str) -> QMessageBox | None:
        """Check the script at ``path`` and show the result (returned for tests; shown modeless)."""
        from studio.guide.rules.returned import check_returned
        from studio.imports.returned_docx import ReturnedScriptError, read_returned
        from studio.ui.views.creator_list_words import returned_lines
        from studio.ui.views.view_common import ui_lang

        try:
            result = check_returned(self.doc.project, read_returned(path))
        except ReturnedScriptError as exc:
            name = Path(exc.path).name
            if exc.reason == "empty":
                self.tell(self.tr("{path} holds no script text: nothing to check.").format(path=name))
            else:
                self.tell(self.tr("{path} cannot be read as a script.").format(path=name))
            return None
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Returned script: {name}").format(name=Path(path).name))
        box.setIcon(QMessageBox.Icon.Information if result.ok else QMessageBox.Icon.Warning)
        seconds = self.tr("Reads in about {seconds} s.").format(seconds=result.seconds)
        if result.ok:
            box.setText(self.tr("Ready to shoot: every must-say line, no banned word, no ad-law breach."))
            box.setInformativeText(seconds)
        else:
            box.setText(self.tr("Send it back to the creator:"))
            lines = returned_lines(result, ui_lang())
            shown = lines[:CHECK_LINES]
            if len(lines) > CHECK_LINES:
                # A script full of breaches made a box thousands of pixels tall: the rest scroll in the details.
                shown.append(self.tr("… and {n} more: Show Details.").format(n=len(lines) - CHECK_LINES))
                box.setDetailedText("\n".join(lines))
            box.setInformativeText("\n".join([*shown, seconds]))
        box.setModal(False)
        box.open()
        return box

    # --- links and menus -----------------------------------------------------------------------

    def _clicked(self, index: QModelIndex) -> None:
        if CREATOR_FIELDS[index.column()] != "link":
            return
        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
            self.open_link(index.row())

    def open_link(self, row: int) -> bool:
        """Open a creator's video link in the browser."""
        link = self.creators[row].link if 0 <= row < len(self.creators) else ""
        return bool(link) and QDesktopServices.openUrl(QUrl(link))

    def _menu(self, pos: Any) -> None:
        index = self.table.indexAt(pos)
        menu = QMenu(self)
        if index.isValid() and self.creators[index.row()].link:
            menu.addAction(self.tr("Open link"), lambda: self.open_link(index.row()))
        if index.isValid():
            menu.addAction(self.tr("Creator brief…"), self.creator_brief)
            menu.addSeparator()
            menu.addAction(self.tr("Duplicate"), self.duplicate)
            menu.addAction(self.tr("Remove"), self.delete)
        menu.addAction(self.tr("Paste from Excel"), self.paste)
        menu.popup(self.table.viewport().mapToGlobal(pos))

"""Import an ad report: the guessed columns, every row with its variant, before and after, then one step."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.imports import report_profiles
from studio.imports.report_import import (
    FIELDS,
    Preview,
    ReportError,
    Table,
    guess_mapping,
    preview,
    read_report,
)
from studio.imports.report_profiles import COUNTS, MONEY
from studio.results.metrics import count_label
from studio.ui.commands import ImportResultsCommand
from studio.ui.dialogs.report_words import describe_error, describe_note, how_text
from studio.ui.document import DocumentController
from studio.ui.views.common import ui_lang

log = logging.getLogger(__name__)

#: Row-table columns.
ROW_LINE, ROW_NAME, ROW_VARIANT, ROW_HOW = range(4)


class ReportImportDialog(QDialog):
    """The column mapping, each row's match (unmatched first, choose a variant), the changes, and OK."""

    def __init__(self, doc: DocumentController, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.path = path
        self.table: Table | None = None
        self.current: Preview | None = None
        self.picks: dict[int, str | None] = {}
        self._filling = False
        self.setWindowTitle(self.tr("Import ad report"))
        self.combos: dict[str, QComboBox] = {}
        self.platform = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows = QTableWidget(0, 4, self)
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Ad name"), self.tr("Variant"), self.tr("Match")]
        )
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.verticalHeader().setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        columns = QHBoxLayout()
        columns.addLayout(form, 2)
        columns.addWidget(self.message, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.platform)
        layout.addLayout(columns)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        try:
            self.table = read_report(path)
        except ReportError as exc:
            self._show_error(exc)
            return
        self.profile = report_profiles.detect(self.table.headers)
        lang = ui_lang()
        if self.profile is not None:
            self.platform.setText(self.tr("Report from: %1").replace("%1", self.profile.label(lang)))
        mapping = guess_mapping(self.table.headers, self.profile)
        for name in FIELDS:
            combo = QComboBox(self)
            combo.addItem(self.tr("(not in report)"), -1)
            for i, header in enumerate(self.table.headers):
                combo.addItem(header, i)
            if name in mapping:
                combo.setCurrentIndex(mapping[name] + 1)
            combo.currentIndexChanged.connect(self.refresh)
            self.combos[name] = combo
            form.addRow(count_label(name, lang), combo)
        self.refresh()

    def mapping(self) -> dict[str, int]:
        """The mapping the combos show: field -> column index."""
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData() >= 0}

    @property
    def results(self) -> dict:
        """What OK would store: variant id -> results (empty while the report cannot be imported)."""
        return self.current.merged if self.current is not None else {}

    def refresh(self) -> None:
        """Re-check the report under the current mapping and picks, and show the outcome."""
        if self.table is None:
            return
        try:
            self.current = preview(
                self.table,
                self.mapping(),
                self.doc.script,
                self.doc.project.results,
                self.picks,
                self.profile,
            )
        except ReportError as exc:
            self._show_error(exc)
            return
        self._fill_rows(self.current)
        lang = ui_lang()
        lines = [
            describe_note(self, kind, fields, lang)
            for kind, fields in self.current.notes
            if kind != "profile"
        ]
        lines += self._change_lines(self.current, lang)
        if self.current.unmatched:
            lines.insert(0, self.tr("%n row(s) match no variant: choose one in the list below, or leave them out.",
                                    "", len(self.current.unmatched)))  # fmt: skip
        self.message.setText("\n".join(lines))
        ok = bool(self.current.merged) and not self.current.unmatched
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _change_lines(self, shown: Preview, lang: str) -> list[str]:
        names = {v.id: v.name for v in self.doc.script.variants}
        out = []
        for vid, result in shown.merged.items():
            old = self.doc.project.results.get(vid)
            parts = []
            for name in (*COUNTS, *MONEY):
                if name in shown.totals[vid]:
                    before = getattr(old, name) if old else 0
                    parts.append(
                        f"{count_label(name, lang)} {_num(name, before)} → {_num(name, getattr(result, name))}"
                    )
            out.append(f"{names.get(vid, vid)}: " + "; ".join(parts))
            kept = [count_label(n, lang) for n in (*COUNTS, *MONEY)
                    if n not in shown.totals[vid] and old is not None and getattr(old, n)]  # fmt: skip
            if kept:
                out.append("  " + self.tr("keeps: %1").replace("%1", ", ".join(kept)))
        return out

    def _fill_rows(self, shown: Preview) -> None:
        self._filling = True
        try:
            self.rows.setRowCount(len(shown.rows))
            for r, row in enumerate(shown.rows):
                self.rows.setItem(r, ROW_LINE, QTableWidgetItem(str(row.line)))
                self.rows.setItem(r, ROW_NAME, QTableWidgetItem(row.name))
                combo = QComboBox(self.rows)
                combo.addItem(self.tr("(choose a variant)"), "")
                for v in self.doc.script.variants:
                    combo.addItem(v.name, v.id)
                combo.addItem(self.tr("(leave this row out)"), None)
                if row.how == "skipped":
                    combo.setCurrentIndex(combo.count() - 1)
                elif row.variant_id is not None:
                    combo.setCurrentIndex(combo.findData(row.variant_id))
                combo.currentIndexChanged.connect(lambda _i, line=row.line, c=combo: self._pick(line, c))
                self.rows.setCellWidget(r, ROW_VARIANT, combo)
                names = " / ".join(v.name for v in self.doc.script.variants if v.id in row.candidates)
                self.rows.setItem(r, ROW_HOW, QTableWidgetItem(how_text(self, row.how, names)))
            self.rows.resizeColumnsToContents()
        finally:
            self._filling = False

    def _pick(self, line: int, combo: QComboBox) -> None:
        if self._filling:
            return
        data = combo.currentData()
        if data == "":
            self.picks.pop(line, None)
        else:
            self.picks[line] = data
        self.refresh()

    def _show_error(self, exc: ReportError) -> None:
        self.current = None
        self.rows.setRowCount(0)
        self.message.setText(describe_error(self, exc))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def describe(self, exc: ReportError) -> str:
        """A report problem in words."""
        return describe_error(self, exc)

    def accept(self) -> None:
        """Store every touched variant's results as one undoable step, in one transaction."""
        if self.current is not None and self.current.merged and not self.current.unmatched:
            # One step, one transaction: the document takes it back whole if the file refuses it.
            self.doc.push(
                ImportResultsCommand(self.doc.project, self.current.merged, self.tr("Import ad report"))
            )
        super().accept()


def _num(name: str, value: float) -> str:
    from studio.ui.views.numbers import format_count, format_money

    return format_money(value) if name in MONEY else format_count(value)

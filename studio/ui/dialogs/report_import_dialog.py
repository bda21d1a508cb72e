"""Import an ad platform report: show the guessed column mapping, let the user fix it, preview, store."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from studio.imports.report_import import (
    FIELDS,
    ReportError,
    Table,
    guess_mapping,
    read_report,
    results_from_table,
)
from studio.models.entities import VariantResult
from studio.results.metrics import COUNT_LABELS
from studio.ui.commands import SetResultCommand
from studio.ui.document import DocumentController

log = logging.getLogger(__name__)


def ui_lang() -> str:
    """'zh' when the interface runs in Chinese, else 'en' (the app's language, not the system's)."""
    from studio.ui.views.common import ui_lang as app_lang

    return app_lang()


class ReportImportDialog(QDialog):
    """The column mapping of one report, a preview of what will be stored, and OK to store it."""

    def __init__(self, doc: DocumentController, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.path = path
        self.table: Table | None = None
        self.results: dict[str, VariantResult] = {}
        self.setWindowTitle(self.tr("Import ad report"))
        self.combos: dict[str, QComboBox] = {}
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        try:
            self.table = read_report(path)
        except ReportError as exc:
            self._show_error(exc)
            return
        mapping = guess_mapping(self.table.headers)
        lang = ui_lang()
        for name in FIELDS:
            combo = QComboBox(self)
            combo.addItem(self.tr("(not in report)"), -1)
            for i, header in enumerate(self.table.headers):
                combo.addItem(header, i)
            combo.setCurrentIndex(mapping.get(name, -1) + 1)
            combo.currentIndexChanged.connect(self.refresh)
            self.combos[name] = combo
            caption = (
                self.tr("Creative / variant name") if name == "variant" else COUNT_LABELS[name][lang == "en"]
            )
            form.addRow(caption, combo)
        self.refresh()

    def mapping(self) -> dict[str, int]:
        """The mapping the combos show: field -> column index."""
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData() >= 0}

    def refresh(self) -> None:
        """Re-check the report under the current mapping and preview the outcome."""
        if self.table is None:
            return
        try:
            self.results = results_from_table(self.table, self.mapping(), self.doc.script)
        except ReportError as exc:
            self._show_error(exc)
            return
        names = {v.id: v.name for v in self.doc.script.variants}
        lines = [
            self.tr("{name}: {impressions} impressions, {clicks} clicks, {conversions} conversions").format(
                name=names[vid], impressions=r.impressions, clicks=r.clicks, conversions=r.conversions
            )
            for vid, r in self.results.items()
        ]
        self.message.setText("\n".join(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _show_error(self, exc: ReportError) -> None:
        self.results = {}
        self.message.setText(self.describe(exc))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def describe(self, exc: ReportError) -> str:
        """A report problem in words."""
        f = {"path": exc.path, "detail": "", **exc.fields}
        texts = {
            "empty": self.tr("The report is empty."),
            "binary": self.tr("This is not a CSV or Excel report."),
            "unreadable": self.tr("The report cannot be read ({detail})."),
            "too_large": self.tr("The report is too large."),
            "no_variant_column": self.tr("Choose the column with the creative or variant name."),
            "no_count_column": self.tr("Choose at least one column with counts."),
            "not_a_number": self.tr("Row {row}, column {column}: {value} is not a number."),
            "negative": self.tr("Row {row}, column {column}: {value} is negative."),
            "fraction": self.tr("Row {row}, column {column}: {value} is not a whole count."),
            "exceeds": self.tr("Row {row}: {small} is more than {large}."),
            "unknown_variants": self.tr("No variant named {names} in this script (variants: {known})."),
            "no_rows": self.tr("The report has no data rows."),
        }
        text = texts.get(exc.kind, str(exc))
        try:
            return text.format(**f)
        except (KeyError, IndexError, ValueError):
            return text

    def accept(self) -> None:
        """Store every variant's results as one undoable step."""
        if self.results:
            with self.doc.macro(self.tr("Import ad report")):
                for variant_id, result in self.results.items():
                    self.doc.push(SetResultCommand(self.doc.project, variant_id, result))
        super().accept()

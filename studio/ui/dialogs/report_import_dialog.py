"""Import an ad report: the guessed columns, every row with its variant, before and after, then one step.

Reading and previewing run in a background thread with a progress line (Cancel stops them), and the
rows are a model shown by a view, so a 100,000-row report never holds the window up. When the report
contradicts earlier values it does not carry, the dialog names the conflict and offers the two ways
out, each listing the earlier values it drops.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.imports import report_profiles
from studio.imports.report_import import (
    FIELDS,
    Preview,
    ReportError,
    Table,
    conflict_error,
    dropped_list,
    guess_mapping,
    preview,
    read_report,
)
from studio.imports.report_profiles import COUNTS, MONEY, Profile
from studio.models.entities import VariantResult
from studio.results.metrics import count_label
from studio.ui.dialogs.buttons import ok_cancel
from studio.ui.dialogs.report_rows import (
    ROW_VARIANT,
    ReportJob,
    ReportRowsModel,
    VariantDelegate,
    release_collector,
)
from studio.ui.dialogs.report_words import describe_error, describe_note
from studio.ui.document_controller import DocumentController
from studio.ui.views.view_common import ui_lang
from studio.wording import say

log = logging.getLogger(__name__)

#: The conflict choices, as the preview names them.
CHOICES = ("replace", "agree")


class ReportImportDialog(QDialog):
    """The column mapping, each row's match (unmatched first, choose a variant), the changes, and OK."""

    def __init__(self, doc: DocumentController, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.path = path
        self.table: Table | None = None
        self.profile: Profile | None = None
        self.current: Preview | None = None
        self.picks: dict[int, str | None] = {}
        #: How a conflict is resolved: None until the user chooses, then "replace" or "agree".
        self.choice: str | None = None
        self.job: ReportJob | None = None
        self._then: Callable[[object], None] = self._show
        self.setWindowTitle(self.tr("Import ad report"))
        self.combos: dict[str, QComboBox] = {}
        self.platform = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout()
        self.model = ReportRowsModel([(v.id, v.name) for v in doc.script.variants], self)
        self.model.picked.connect(self._pick)
        self.rows = QTableView(self)
        self.rows.setModel(self.model)
        self.rows.setItemDelegateForColumn(ROW_VARIANT, VariantDelegate(self.rows))
        self.rows.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.rows.verticalHeader().setVisible(False)
        # Fixed widths: sizing to contents would measure every one of 100,000 rows.
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((60, 300, 180)):
            self.rows.setColumnWidth(col, width)
        self.conflict_box = self._conflict_box()
        self.status = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.buttons = ok_cancel(self)
        columns = QHBoxLayout()
        columns.addLayout(self.form, 2)
        columns.addWidget(self.message, 3)
        working = QHBoxLayout()
        working.addWidget(self.status, 1)
        working.addWidget(self.progress, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.platform)
        layout.addLayout(columns)
        layout.addWidget(self.conflict_box)
        layout.addLayout(working)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self._set_ok(False)
        self._start(self._load, self._loaded)

    # --- background work ----------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """Whether the report is still being read or re-checked."""
        return self.job is not None

    def _start(self, work: Callable[[Callable[[int, int], None]], object],
               done: Callable[[object], None]) -> None:  # fmt: skip
        """Run ``work`` in the background (stopping any earlier run first: only the newest counts)."""
        self._stop()
        job = ReportJob(work, self.path)
        # Bound methods of the dialog: delivered in the window's thread, and cut off if the dialog goes.
        job.moved.connect(self._moved)
        job.finished_with.connect(self._finished)
        job.failed.connect(self._finished)
        self.destroyed.connect(job.cancel)
        self.job, self._then = job, done
        self._set_ok(False)
        reading = self.table is None
        self.status.setText(self.tr("Reading the report…") if reading else self.tr("Checking the report…"))
        self.progress.setRange(0, 0)
        self.status.show()
        self.progress.show()
        job.start_work()

    def _stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None

    def _moved(self, job: ReportJob, done: int, total: int) -> None:
        if job is not self.job:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total) if total else 0)
        what = (
            self.tr("Reading the report: %1 rows…") if self.table is None else self.tr("Checking rows: %1…")
        )
        self.status.setText(what.replace("%1", f"{done:,}"))

    def _finished(self, job: ReportJob, result: object) -> None:
        if job is not self.job:
            return  # an older run, overtaken by a newer mapping or choice
        self.job = None
        self.status.hide()
        self.progress.hide()
        (self._failed if isinstance(result, ReportError) else self._then)(result)

    def _load(self, progress: Callable[[int, int], None]) -> object:
        table = read_report(self.path, progress)
        profile = report_profiles.detect(table.headers)
        mapping = guess_mapping(table.headers, profile)
        try:
            shown: Preview | ReportError = self._preview(table, mapping, profile, progress)
        except ReportError as exc:
            shown = exc  # the columns can still be chosen: show them with the problem
        return table, profile, mapping, shown

    def _preview(self, table: Table, mapping: dict[str, int], profile: Profile | None,
                 progress: Callable[[int, int], None]) -> Preview:  # fmt: skip
        shown = preview(table, mapping, self.doc.script, dict(self.doc.project.results), dict(self.picks),
                        profile, self.choice, progress)  # fmt: skip
        len(shown.unmatched)  # worked out here, in the background, not when the window shows it
        return shown

    def _loaded(self, result: object) -> None:
        assert isinstance(result, tuple)
        table: Table
        profile: Profile | None
        mapping: dict[str, int]
        shown: Preview | ReportError
        table, profile, mapping, shown = result
        self.table, self.profile = table, profile
        lang = ui_lang()
        if profile is not None:
            self.platform.setText(self.tr("Report from: %1").replace("%1", profile.label(lang)))
        for name in FIELDS:
            combo = QComboBox(self)
            combo.addItem(self.tr("(not in report)"), -1)
            for i, header in enumerate(table.headers):
                combo.addItem(header, i)
            if name in mapping:
                combo.setCurrentIndex(mapping[name] + 1)
            combo.currentIndexChanged.connect(self.refresh)
            self.combos[name] = combo
            self.form.addRow(count_label(name, lang), combo)
        if isinstance(shown, ReportError):
            self._failed(shown)
        else:
            self._show(shown)

    # --- showing ------------------------------------------------------------------------------------

    def mapping(self) -> dict[str, int]:
        """The mapping the combos show: field -> column index."""
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData() >= 0}

    @property
    def results(self) -> dict[str, VariantResult]:
        """What OK would store: variant id -> results (empty while the report cannot be imported)."""
        if self.current is None or self.current.unresolved:
            return {}
        return self.current.merged

    def refresh(self) -> None:
        """Re-check the report under the current mapping, picks and choice, in the background."""
        if self.table is None:
            return
        table, mapping, profile = self.table, self.mapping(), self.profile
        self._start(lambda progress: self._preview(table, mapping, profile, progress), self._show)

    def _show(self, result: object) -> None:
        assert isinstance(result, Preview)
        self.current = result
        self.model.set_rows(result.rows)
        lang = ui_lang()
        names = {v.id: v.name for v in self.doc.script.variants}
        lines = [
            describe_note(self, kind, fields, lang) for kind, fields in result.notes if kind != "profile"
        ]
        lines += self._change_lines(result, lang)
        if result.unresolved:
            lines.insert(0, describe_error(self, conflict_error(result, names)))
        elif result.choice is not None and dropped_list(result, result.choice, names):
            gone = self._drops_text(dropped_list(result, result.choice, names), lang)
            lines.append(self.tr("Earlier values dropped: %1").replace("%1", gone))
        if result.unmatched:
            lines.insert(0, self.tr("%n row(s) match no variant: choose one in the list below, or leave them out.",
                                    "", len(result.unmatched)))  # fmt: skip
        self.message.setText("\n".join(lines))
        self._show_conflict(result, names, lang)
        self._set_ok(bool(self.results) and not result.unmatched)

    def _failed(self, exc: object) -> None:
        assert isinstance(exc, ReportError)
        self.current = None
        self.model.set_rows([])
        self.conflict_box.hide()
        self.message.setText(describe_error(self, exc))
        self._set_ok(False)

    def _set_ok(self, enabled: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(enabled and self.job is None)

    def _change_lines(self, shown: Preview, lang: str) -> list[str]:
        names = {v.id: v.name for v in self.doc.script.variants}
        out = []
        for vid, values in shown.totals.items():
            result = shown.merged.get(vid)
            old = self.doc.project.results.get(vid)
            parts = []
            for name in (*COUNTS, *MONEY):
                if name in values:
                    before = getattr(old, name) if old else 0
                    after = getattr(result, name) if result is not None else values[name]
                    parts.append(f"{count_label(name, lang)} {_num(name, before)} → {_num(name, after)}")
            out.append(f"{names.get(vid, vid)}: " + "; ".join(parts))
            kept = [count_label(n, lang) for n in (*COUNTS, *MONEY)
                    if n not in values and old is not None and getattr(old, n)
                    and (result is None or getattr(result, n))]  # fmt: skip
            if kept:
                out.append("  " + self.tr("keeps: %1").replace("%1", ", ".join(kept)))
        return out

    # --- conflicts ----------------------------------------------------------------------------------

    def _conflict_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The report disagrees with earlier values it does not carry"), self)
        self.choice_buttons = QButtonGroup(box)
        self.choice_buttons.setExclusive(True)
        self.choice_radios: dict[str, QRadioButton] = {}
        column = QVBoxLayout(box)
        for way in CHOICES:
            radio = QRadioButton(box)
            radio.toggled.connect(lambda on, w=way: self._choose(w) if on else None)
            self.choice_buttons.addButton(radio)
            self.choice_radios[way] = radio
            column.addWidget(radio)
        box.hide()
        return box

    def _show_conflict(self, shown: Preview, names: dict[str, str], lang: str) -> None:
        if not shown.conflicts:
            self.conflict_box.hide()
            return
        texts = {
            "replace": self.tr("Replace the variant's results with the report; drops %1"),
            "agree": self.tr("Keep earlier values only where they still agree; drops %1"),
        }
        for way, radio in self.choice_radios.items():
            gone = self._drops_text(dropped_list(shown, way, names), lang)
            radio.setText(texts[way].replace("%1", gone))
        self.conflict_box.show()

    def _drops_text(self, items: list[tuple[str, str, float]], lang: str) -> str:
        if not items:
            return say("label.nothing")
        return "; ".join(f"{v} {count_label(f, lang)} {_num(f, x)}" for v, f, x in items)

    def _choose(self, way: str) -> None:
        if way != self.choice:
            self.choice = way
            self.refresh()

    def _pick(self, line: int, value: object) -> None:
        if value == "":
            self.picks.pop(line, None)
        else:
            self.picks[line] = value if isinstance(value, str) else None
        self.refresh()

    # --- closing ------------------------------------------------------------------------------------

    def describe(self, exc: ReportError) -> str:
        """A report problem in words."""
        return describe_error(self, exc)

    def accept(self) -> None:
        """Store every touched variant's results as one undoable step, in one transaction."""
        if self.job is not None:
            return  # still checking: OK is off, and the keyboard must not get round it
        if self.current is not None and self.results and not self.current.unmatched:
            # One step, one transaction: the document takes it back whole if the file refuses it.
            self.doc.set_results(self.results, self.tr("Import ad report"))
        super().accept()

    def done(self, result: int) -> None:
        """Close at once; Cancel during reading stops it (the thread ends at its next progress point)."""
        self._stop()
        # The rows go now, then the collector scans what remains as before the dialog.
        self.table, self.current = None, None
        self.model.set_rows([])
        release_collector()
        super().done(result)


def _num(name: str, value: float) -> str:
    from studio.ui.views.numbers import format_count, format_money

    return format_money(value) if name in MONEY else format_count(value)

"""Import retention curves: every curve in the file with the variant it goes to (unmatched first), then one step.

The file is read once, in a background thread with a progress line (Cancel stops it, and closing the dialog
does); each pick or choice then re-matches the curves read, which takes no time.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.imports.report_import import ReportError, Table, read_report
from studio.imports.retention_import import RetentionPreview, preview_retention
from studio.ui.dialogs.buttons import ok_cancel
from studio.ui.dialogs.report_rows import ReportJob, release_collector
from studio.ui.dialogs.report_words import describe_error, how_text
from studio.ui.document_controller import DocumentController
from studio.wording import say

#: Curve-table columns.
CURVE_NAME, CURVE_SECONDS, CURVE_VARIANT, CURVE_HOW = range(4)


class RetentionImportDialog(QDialog):
    """The curves a file holds, a variant for each (choose or leave out), and OK to store them as one step."""

    def __init__(self, doc: DocumentController, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.path = path
        self.picks: dict[str, str | None] = {}
        #: None (a new curve replaces the earlier one) or "agree" (keep its later seconds where they agree).
        self.choice: str | None = None
        self.current: RetentionPreview | None = None
        #: The file's rows once read, and the reading under way (None once it ended).
        self.table: Table | None = None
        self.job: ReportJob | None = None
        self._filling = False
        self.setWindowTitle(self.tr("Import retention curves"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.curves = QTableWidget(0, 4, self)
        self.curves.setHorizontalHeaderLabels(
            [self.tr("Curve"), self.tr("Seconds"), say("label.variant"), self.tr("Match")]
        )
        self.curves.horizontalHeader().setStretchLastSection(True)
        self.curves.verticalHeader().setVisible(False)
        self.buttons = ok_cancel(self)
        self.keep_tail = QCheckBox(
            self.tr("Keep an earlier curve's later seconds where they still agree with the new curve's end"),
            self,
        )
        self.keep_tail.hide()
        self.keep_tail.toggled.connect(self._keep_tail)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.keep_tail)
        layout.addWidget(self.curves, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        self._read()

    def is_busy(self) -> bool:
        """Whether the file is still being read."""
        return self.job is not None

    def _read(self) -> None:
        """Read the file in a thread; its rows are matched when they are in."""
        path = self.path
        job = ReportJob(lambda progress: read_report(path, progress), path)
        # Bound methods of the dialog: delivered in the window's thread, and cut off if the dialog goes.
        job.moved.connect(self._moved)
        job.finished_with.connect(self._finished)
        job.failed.connect(self._finished)
        self.destroyed.connect(job.cancel)
        self.job = job
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.message.setText(self.tr("Reading the curves…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        job.start_work()

    def _moved(self, job: ReportJob, done: int, _total: int) -> None:
        if job is self.job:
            self.message.setText(self.tr("Reading the curves: %1 rows…").replace("%1", f"{done:,}"))

    def _finished(self, job: ReportJob, result: object) -> None:
        if job is not self.job:
            return
        self.job = None
        self.progress.hide()
        if isinstance(result, ReportError):
            self._refused(result)
            return
        assert isinstance(result, Table)
        self.table = result
        self.refresh()

    def _refused(self, exc: ReportError) -> None:
        self.current = None
        self.curves.setRowCount(0)
        self.message.setText(describe_error(self, exc))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def refresh(self) -> None:
        """Match the curves read with the current picks and show the outcome."""
        if self.table is None:
            return
        try:
            self.current = preview_retention(
                self.table, self.doc.script, self.doc.project.results, self.picks, self.choice
            )
        except ReportError as exc:
            self._refused(exc)
            return
        self._fill(self.current)
        unmatched = len(self.current.unmatched)
        text = self.tr("Only the curves are stored; every count stays as it is.")
        if unmatched:
            text = self.tr(
                "%n curve(s) match no variant: choose one below, or leave them out.", "", unmatched
            )
        names = {v.id: v.name for v in self.doc.script.variants}
        for vid, old in self.current.replaced.items():
            half = (len(old) - 1) // 2
            text += "\n" + self.tr(
                "%1 replaces its earlier curve (%2 s: %3 at 0 s, %4 at %5 s, %6 at the end); that curve is dropped."
            ).replace("%1", names.get(vid, vid)).replace("%2", str(len(old) - 1)).replace(
                "%3", f"{old[0]:.0%}"
            ).replace("%4", f"{old[half]:.0%}").replace("%5", str(half)).replace("%6", f"{old[-1]:.0%}")
            tail = self.current.kept_tail.get(vid)
            if tail:
                text += " " + self.tr("Its seconds %1-%2 are kept (%3 → %4).").replace(
                    "%1", str(len(old) - len(tail))
                ).replace("%2", str(len(old) - 1)).replace("%3", f"{tail[0]:.0%}").replace(
                    "%4", f"{tail[-1]:.0%}"
                )
        longer = any(
            len(old) > len(self.current.merged[vid].retention) or vid in self.current.kept_tail
            for vid, old in self.current.replaced.items()
        )
        self.keep_tail.setVisible(longer)
        self.message.setText(text)
        ok = bool(self.current.merged) and not unmatched
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _fill(self, shown: RetentionPreview) -> None:
        self._filling = True
        try:
            self.curves.setRowCount(len(shown.curves))
            for r, c in enumerate(shown.curves):
                self.curves.setItem(r, CURVE_NAME, QTableWidgetItem(c.name))
                self.curves.setItem(r, CURVE_SECONDS, QTableWidgetItem(str(len(c.curve) - 1)))
                combo = QComboBox(self.curves)
                combo.addItem(self.tr("(choose a variant)"), "")
                for v in self.doc.script.variants:
                    combo.addItem(v.name, v.id)
                combo.addItem(self.tr("(leave this curve out)"), None)
                if c.how == "skipped":
                    combo.setCurrentIndex(combo.count() - 1)
                elif c.variant_id is not None:
                    combo.setCurrentIndex(combo.findData(c.variant_id))
                combo.currentIndexChanged.connect(lambda _i, name=c.name, box=combo: self._pick(name, box))
                self.curves.setCellWidget(r, CURVE_VARIANT, combo)
                names = " / ".join(v.name for v in self.doc.script.variants if v.id in c.candidates)
                self.curves.setItem(r, CURVE_HOW, QTableWidgetItem(how_text(self, c.how, names)))
            self.curves.resizeColumnsToContents()
        finally:
            self._filling = False

    def _keep_tail(self, on: bool) -> None:
        self.choice = "agree" if on else None
        self.refresh()

    def _pick(self, name: str, combo: QComboBox) -> None:
        if self._filling:
            return
        data = combo.currentData()
        if data == "":
            self.picks.pop(name, None)
        else:
            self.picks[name] = data
        self.refresh()

    def accept(self) -> None:
        """Store the curves of every matched variant as one undoable step."""
        if self.current is not None and self.current.merged and not self.current.unmatched:
            # One step, one transaction: the document takes it back whole if the file refuses it.
            self.doc.set_results(self.current.merged, self.tr("Import retention curves"))
        super().accept()

    def done(self, result: int) -> None:
        """Close at once; Cancel while the file is read stops the reading (at its next progress point)."""
        if self.job is not None:
            self.job.cancel()
            self.job = None
        release_collector()  # the curves read were frozen out of the collector while shown
        super().done(result)

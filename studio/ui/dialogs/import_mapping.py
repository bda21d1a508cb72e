"""Import an Excel shot script: a dialog shows the first rows and where each column will go, and lets the user change it."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.imports.xlsx_columns import ColumnGuess, guess_words
from studio.ui import error_messages
from studio.ui.dialogs.buttons import ok_cancel
from studio.wording import has, language, say

if TYPE_CHECKING:
    from collections.abc import Callable

    from studio.imports.xlsx_import import ImportReport, Preview, XlsxImportError
    from studio.ui.background_jobs import BackgroundJob
    from studio.ui.windowapi import WindowApi

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
#: Where a column can go, in the order the menu lists them; None keeps it in each shot's notes.
TARGETS: tuple[str | None, ...] = (
    "code", "shot_size", "camera_move", "angle", "lens", "setting", "time_of_day", "setup", "visual",
    "voiceover", "onscreen_text", "duration", "sound", "props", "location", "talent", "beat", "alt", "done", None,
)  # fmt: skip
GUESS_COLOR = QColor(230, 150, 30)


def target_name(field: str | None) -> str:
    """A column target in the interface language."""
    names = {
        "code": translate("ImportMapping", "Shot no."),
        "shot_size": say("label.shot_size"),
        "camera_move": say("label.camera_move"),
        "angle": say("label.angle"),
        "lens": say("label.lens"),
        "setting": translate("ImportMapping", "Interior / exterior"),
        "time_of_day": translate("ImportMapping", "Day / night"),
        "setup": translate("ImportMapping", "Set-up no."),
        "visual": say("label.visual"),
        "voiceover": translate("ImportMapping", "Voice-over / dialogue"),
        "onscreen_text": say("label.onscreen_text"),
        "duration": translate("ImportMapping", "Duration"),
        "sound": translate("ImportMapping", "Music / sound"),
        "props": say("label.props"),
        "location": say("label.location"),
        "talent": say("label.talent"),
        "beat": say("label.beat"),
        "alt": translate("ImportMapping", "Alternative"),
        "done": translate("ImportMapping", "Shot done"),
        "seq": translate("ImportMapping", "Order"),
        "in": translate("ImportMapping", "In point (not imported)"),
        "out": translate("ImportMapping", "Out point (not imported)"),
        "frame": translate("ImportMapping", "Picture"),
        None: translate("ImportMapping", "Notes (kept as text)"),
    }
    return names.get(field, field or "")


def why(g: ColumnGuess) -> str:
    """How sure a column's guess is and what it rests on, in one short line."""
    sure, basis = guess_words(g, language(), target_name)
    return f"{sure} · {basis}"


class ImportMappingDialog(QDialog):
    """The first rows of the sheet under a row of menus, one per column: where it goes and how sure that is."""

    def __init__(self, preview: Preview, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.guesses = list(preview.report.columns)
        self.setWindowTitle(self.tr("Import {name}").format(name=name))
        layout = QVBoxLayout(self)
        rep = preview.report
        intro = QLabel(
            self.tr(
                "Sheet “{sheet}”, headers in row {row}. Check where each column goes; change any that is wrong. "
                "Columns kept as notes are added to each shot's notes."
            ).format(sheet=rep.sheet, row=rep.header_row)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(2 + len(preview.rows), len(self.guesses), self)
        self.table.setHorizontalHeaderLabels([g.header or "—" for g in self.guesses])
        self.table.setVerticalHeaderLabels(
            [self.tr("Goes to"), self.tr("How sure"), *(str(i + 1) for i in range(len(preview.rows)))]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []
        for i, g in enumerate(self.guesses):
            self.table.setCellWidget(0, i, self._combo(g))
            self._show_why(i, g)
            for r, line in enumerate(preview.rows):
                self.table.setItem(2 + r, i, QTableWidgetItem(line.get(g.column, "")))
        self.table.setWordWrap(True)
        self.table.resizeRowToContents(1)
        layout.addWidget(self.table, 1)
        buttons = ok_cancel(self, self.tr("Import"))
        layout.addWidget(buttons)
        self.resize(1100, 560)  # fits 1366x768 with the window's frame and the taskbar

    def _combo(self, g: ColumnGuess) -> QComboBox:
        combo = QComboBox(self.table)
        targets = list(TARGETS)
        if g.field not in targets:
            targets.insert(0, g.field)  # in/out/frame/seq as read, so "unchanged" stays possible
        for field in targets:
            combo.addItem(target_name(field), field)
        combo.setCurrentIndex(targets.index(g.field))
        combo.setAccessibleName(self.tr("Where the column {header} goes").format(header=g.header))
        combo.currentIndexChanged.connect(partial(self._changed, len(self.combos)))
        self.combos.append(combo)
        return combo

    def _show_why(self, i: int, g: ColumnGuess) -> None:
        item = QTableWidgetItem(why(g))
        item.setToolTip(why(g))
        if g.confidence == "guess":
            item.setForeground(QBrush(GUESS_COLOR))
        self.table.setItem(1, i, item)

    def _changed(self, i: int, _index: int = 0) -> None:
        g = self.guesses[i]
        field = self.combos[i].currentData()
        if field != g.field:
            self._show_why(i, ColumnGuess(g.column, g.header, field, "user", "sure"))
        else:
            self._show_why(i, g)

    def choices(self) -> dict[int, str | None]:
        """The columns the user changed: column -> field (None: notes)."""
        return {
            g.column: combo.currentData()
            for g, combo in zip(self.guesses, self.combos, strict=True)
            if combo.currentData() != g.field
        }


def describe_import_error(exc: XlsxImportError) -> str:
    """A workbook the import refused, in the interface language: the CLI's line as a sentence."""
    key = f"import.{exc.reason}" if has(f"import.{exc.reason}") else "import.refused"
    f = {"path": Path(exc.path).name, "detail": exc.detail, **exc.fields}
    return say("sentence.end", text=say(key, **f))


def _register() -> None:
    from studio.imports.xlsx_import import XlsxImportError

    error_messages.register(XlsxImportError, describe_import_error)  # type: ignore[arg-type]


_register()


def import_excel_into(w: WindowApi, opened: Callable[[QWidget | None, str], None]) -> BackgroundJob | None:
    """Turn an Excel shot script into a new project file, after the user checked its columns, then call
    ``opened(window, its path)``. The workbook is read, and the project written, in the background with
    their line in the status bar (a workbook of thousands of rows takes seconds each): returns the job
    reading it, or None when no workbook was chosen. Cancel stops either at once, leaving no file."""
    from studio.exports import child
    from studio.ui import background_jobs

    source, _ = QFileDialog.getOpenFileName(
        w,
        translate("Export", "Import Excel Shot Script"),
        w.settings.last_folder,
        translate("Export", "Excel workbooks (*.xlsx)"),
    )
    if not source:
        return None

    def read_failed(window: QWidget | None, exc: BaseException) -> None:
        log.info("preview of %s refused: %s", source, exc)
        error_messages.show_error(window, exc, translate("Export", "Import failed"))

    def read_done(window: QWidget | None, preview: Preview) -> None:
        _chosen(window, source, preview, opened)

    # In a child process, as exports are: openpyxl's objects made in a thread of the window set off full
    # garbage collections there, each holding the GIL while the window waited (see child.workbook_import_job).
    return background_jobs.start(w, translate("Export", "Reading the workbook…"), [Path(source)], read_done,
                                 read_failed, child.workbook_preview_job, None, None, source,
                                 as_of=False)  # fmt: skip


def _chosen(window: QWidget | None, source: str, preview: Preview,
            opened: Callable[[QWidget | None, str], None]) -> BackgroundJob | None:  # fmt: skip
    """The workbook was read: check its columns with the user, then write the project in the background."""
    from studio.exports import child
    from studio.ui import background_jobs

    choices: dict[int, str | None] = {}
    if not preview.report.studio_workbook:  # Studio's own workbook is read back exactly, no guessing
        dialog = ImportMappingDialog(preview, Path(source).name, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        choices = dialog.choices()
    suggested = str(Path(source).with_suffix(".studio"))
    target, _ = QFileDialog.getSaveFileName(window, translate("Export", "Save the Imported Project As"), suggested,
                                            translate("Export", "Studio projects (*.studio)"))  # fmt: skip
    if not target:
        return None
    if window is not None and background_jobs.refuse_busy(
        window, translate("Export", "Import failed"), [Path(target)]
    ):
        return None

    def written(window: QWidget | None, report: ImportReport) -> None:
        QMessageBox.information(
            window,
            translate("Export", "Import Excel Shot Script"),
            translate("Export", "Imported {shots} shots in {beats} beats from {name}.").format(
                shots=report.shots, beats=report.beats, name=Path(source).name
            ),
        )
        opened(window, str(target))

    def failed(window: QWidget | None, exc: BaseException) -> None:
        log.info("import of %s failed: %r", source, exc)
        error_messages.show_error(window, exc, translate("Export", "Import failed"))

    # Cancel kills the child: the file is written whole under its name or not at all (a temp file beside it
    # and a rename; a killed run's temp file is swept by the next write in that folder).
    return background_jobs.start(window, translate("Export", "Importing the workbook…"), [Path(target)],
                                 written, failed, child.workbook_import_job, None, None, source, str(target),
                                 choices, as_of=False)  # fmt: skip

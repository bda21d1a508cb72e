"""Export dialog: Word, Excel, PDF, read-through script, picture."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from studio.exports.common import ExportError, FolderMissingError
from studio.exports.formats import (
    FORMATS,
    BadPatternError,
    ExportFormat,
    WrongSuffixError,
    find,
    plan,
)
from studio.exports.names import OutputCollisionError
from studio.models.entities import Variant
from studio.ui import error_messages
from studio.ui.dialogs.buttons import path_row
from studio.ui.document_controller import DocumentController
from studio.ui.settings import Settings
from studio.wording import say

if TYPE_CHECKING:
    from studio.ui.background_jobs import BackgroundJob

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def format_titles() -> dict[str, str]:
    """Translated names of the export formats, by registry name (studio.exports.formats)."""
    return {
        "docx": translate("Export", "Word storyboard (.docx)"),
        "xlsx": translate("Export", "Excel shot list workbook (.xlsx)"),
        "pdf": translate("Export", "PDF storyboard and shoot list (.pdf)"),
        "script": translate("Export", "Read-through script (.docx, .md, .txt)"),
        "image": translate("Export", "Storyboard picture for chat groups (.png, .jpg)"),
        "csv": translate("Export", "Shot list for other tools and spreadsheets (.csv)"),
        "mp4": translate("Export", "Animatic video with captions and sound (.mp4)"),
        "gif": translate("Export", "Short animatic for chats (.gif, .webp)"),
        "srt": translate("Export", "Captions: voice-over and on-screen text, two files (.srt)"),
        "creator-brief": translate("Export", "Creator brief, a page per creator (.docx, .pdf, .png)"),
    }


#: Who receives an export, and the formats made for them (in menu order); "" offers every format.
AUDIENCES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("", ()),
    ("client", ("pdf", "docx", "image", "script")),
    ("crew", ("xlsx", "pdf", "csv")),
    ("editor", ("mp4", "srt", "gif", "csv")),
    ("creator", ("creator-brief",)),
    ("operator", ("pdf", "xlsx")),
)


def audience_titles() -> dict[str, str]:
    """Translated names of the receivers an export is made for."""
    return {
        "": translate("Export", "Anyone: every format"),
        "client": translate("Export", "Client: storyboard to approve"),
        "crew": translate("Export", "Crew: shot list for the shoot"),
        "editor": translate("Export", "Editor: animatic and shot list"),
        "creator": translate("Export", "Creator: their brief"),
        "operator": translate("Export", "Operator: report with results and creators' figures"),
    }


def layout_titles() -> dict[str, str]:
    """Translated names of the storyboard layouts."""
    return {
        "table": translate("Export", "Table: a row per shot"),
        "3x2": translate("Export", "Large frames: 3 × 2 panels, landscape"),
        "2x3": translate("Export", "Large frames: 2 × 3 panels, portrait"),
    }


#: The operating system's words for a full disk, a used-up quota or the file size limit.
_FULL = {os.strerror(n).lower() for n in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)}


def _describe_export_error(exc: BaseException) -> str:
    """The CLI's line for the export error (resources/wording/cli_export.json), as a sentence."""
    assert isinstance(exc, ExportError)
    from studio.exports.animatic import AnimaticTooLongError

    if isinstance(exc, FolderMissingError):
        line = say("export.folder_missing", path=exc.path)
    elif isinstance(exc, WrongSuffixError):
        line = say("export.bad_suffix", path=exc.path, fmt=exc.fmt, allowed=", ".join(exc.allowed))
    elif isinstance(exc, AnimaticTooLongError):  # the CLI's line names its own command
        line = say("export.too_long_window", variant=exc.variant, seconds=min(exc.seconds, 1e18))
    elif isinstance(exc, OutputCollisionError):
        line = say("export.collision", path=exc.path, first=exc.first, second=exc.second)
    elif isinstance(exc, BadPatternError):
        key = "export.needs_variant" if exc.lacks_variant else "export.bad_pattern"
        line = say(key, path=exc.path, detail=exc.detail)
    else:
        key = "export.disk_full" if str(exc.detail).lower() in _FULL else "export.cannot_write"
        line = say(key, path=exc.path, detail=error_messages.system_reason(str(exc.detail)))
    return say("sentence.end", text=line)


error_messages.register(ExportError, _describe_export_error)


def _describe_audio_error(exc: BaseException) -> str:
    return translate("Export", "Cannot use the sound file {path}: {detail}").format(
        path=getattr(exc, "path", ""), detail=getattr(exc, "detail", "")
    )


def _register_audio_errors() -> None:
    from studio.exports.animatic_audio import AudioSourceError

    error_messages.register(AudioSourceError, _describe_audio_error)


def start_export(doc: DocumentController, fmt: ExportFormat, jobs: list[tuple[Path, list[Variant]]], lang: str,
                 owner: QWidget | None, finished: Callable[[list[Path], list[str]], None] | None = None,
                 **options: Any) -> BackgroundJob:  # fmt: skip
    """Write the planned files in a child process while the window stays usable (its line in the status bar,
    with Cancel); when they are written say where (:func:`tell_exported`) and call ``finished(files, notes)``.
    A failure is told in the window open then; a cancelled export leaves nothing and tells nothing."""
    from studio.exports import child
    from studio.ui import background_jobs

    def done(window: QWidget | None, result: tuple[list[Path], list[Any]]) -> None:
        written, notes = result
        words = [note.text(ui_language()) for note in notes]
        if finished is not None:
            finished(written, words)
        tell_exported(window, written, words)

    def failed(window: QWidget | None, exc: BaseException) -> None:
        log.warning("export failed: %r", exc)
        error_messages.show_error(window, exc, translate("Export", "Export failed"))

    name = jobs[0][0].name if len(jobs) == 1 else jobs[0][0].parent.name
    planned = [(path, [v.id for v in variants]) for path, variants in jobs]
    # In a child process, from a snapshot of the project taken now: the writers' C parts (Pillow, zlib,
    # lxml, fpdf2's fonts) keep the GIL for long stretches, which in a thread of this process froze the
    # window; and the user may go on editing meanwhile without changing what is written.
    return background_jobs.start(owner, translate("Export", "Exporting {name}…").format(name=name),
                                 [path for path, _ in jobs], done, failed, child.export_files, doc.project,
                                 doc.pf.path, fmt.name, doc.script.id, planned, lang, **options)  # fmt: skip


def free_path(path: Path) -> Path:
    """``path`` when no file has that name yet, else the first free 'name 2.ext', 'name 3.ext' … beside it."""
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} {n}{path.suffix}")
        n += 1
    return candidate


class ExportDialog(QDialog):
    """Choose the format, variants, language, paper and file; then export."""

    def __init__(self, doc: DocumentController, settings: Settings | None = None,
                 parent: QWidget | None = None, open_errors: int = 0) -> None:  # fmt: skip
        super().__init__(parent)
        self.doc = doc
        #: Errors the guide shows on the script: exporting with them asks once.
        self.open_errors = open_errors
        self.settings = settings or Settings()
        #: The files written, once the export started by :meth:`run` has ended (it runs on after the dialog).
        self.written: list[Path] = []
        #: What the animatic shows differently from the cut, in the window's language (empty for others).
        self.notes: list[str] = []
        #: The export under way in the background, once started.
        self.job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("Export"))
        self.audience_box = QComboBox(self)
        for key, title in audience_titles().items():
            self.audience_box.addItem(title, key)
        self.audience_box.setToolTip(self.tr("Who receives the file: the formats made for them are offered"))
        self.format_box = QComboBox(self)
        self._fill_formats("")
        try:
            saved = find(self.settings.export_format).name
        except KeyError:
            saved = FORMATS[0].name
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(saved)))
        self.format_box.currentIndexChanged.connect(self._on_format)
        self.audience_box.currentIndexChanged.connect(self._on_audience)
        # Sales figures leave only when asked: a storyboard or shoot list goes to clients and crews.
        self.results_check = QCheckBox(
            self.tr("Include A/B results and creators' figures (spend, GMV, plays, orders)"), self
        )
        self.results_check.setToolTip(
            self.tr("For the operator's report only: clients, crews and editors never need them")
        )
        self.variant_list = QListWidget(self)
        for v in doc.script.variants:
            item = QListWidgetItem(v.name)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if v is doc.variant else Qt.CheckState.Unchecked)
            self.variant_list.addItem(item)
        self.variant_list.setMaximumHeight(120)
        self.language_box = QComboBox(self)
        self.language_box.addItem(self.tr("Chinese"), "zh")
        self.language_box.addItem(self.tr("English"), "en")
        self.language_box.setCurrentIndex(0 if doc.project.language == "zh" else 1)
        self.paper_box = QComboBox(self)
        self.paper_box.addItem(self.tr("A4"), "a4")
        self.paper_box.addItem(self.tr("US Letter"), "letter")
        self.layout_box = QComboBox(self)
        for key, title in layout_titles().items():
            self.layout_box.addItem(title, key)
        self.voiceover_edit, voiceover_row = self._audio_row()
        self.music_edit, music_row = self._audio_row()
        self.music_level = QSpinBox(self)
        self.music_level.setRange(-60, 6)
        self.music_level.setValue(-18)
        self.music_level.setSuffix(self.tr(" dB"))
        self.music_level.setToolTip(self.tr("0 dB plays the music as recorded; -18 dB sits under a voice"))
        self.path_edit = QLineEdit(self)
        row = path_row(self, self.path_edit, self.tr("Browse…"), self._browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("For"), self.audience_box)
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(say("label.variants"), self.variant_list)
        form.addRow(say("label.language"), self.language_box)
        form.addRow(self.tr("Paper"), self.paper_box)
        form.addRow(self.tr("Layout"), self.layout_box)
        form.addRow("", self.results_check)
        form.addRow(say("label.voiceover_short"), voiceover_row)
        form.addRow(self.tr("Music"), music_row)
        form.addRow(self.tr("Music level"), self.music_level)
        form.addRow(self.tr("File"), row)
        form.addRow(buttons)
        self._on_format()
        self.resize(560, 380)

    def current_format(self) -> ExportFormat:
        """The chosen format."""
        return find(self.format_box.currentData())

    def chosen_variants(self) -> list[Variant]:
        """The checked variants, in script order."""
        ids = {
            self.variant_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.variant_list.count())
            if self.variant_list.item(i).checkState() == Qt.CheckState.Checked
        }
        return [v for v in self.doc.script.variants if v.id in ids]

    def _audio_row(self) -> tuple[QLineEdit, QHBoxLayout]:
        edit = QLineEdit(self)
        edit.setPlaceholderText(self.tr("None (WAV, MP3 or M4A)"))
        return edit, path_row(self, edit, self.tr("Choose…"), lambda: self._choose_audio(edit))

    def _choose_audio(self, edit: QLineEdit) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a sound file"), edit.text(),
                                              self.tr("Sound (*.wav *.mp3 *.m4a *.aac *.flac *.ogg)"))  # fmt: skip
        if name:
            edit.setText(name)

    def _fill_formats(self, audience: str) -> None:
        """Offer the formats made for ``audience`` (every one for ""), keeping the chosen one when it is among them."""
        titles = format_titles()
        wanted = dict(AUDIENCES).get(audience) or tuple(f.name for f in FORMATS)
        current = self.format_box.currentData()
        self.format_box.blockSignals(True)
        self.format_box.clear()
        for name in wanted:
            self.format_box.addItem(titles.get(name, name), name)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(current)))
        self.format_box.blockSignals(False)

    def _on_audience(self) -> None:
        audience = self.audience_box.currentData()
        self._fill_formats(audience)
        self.results_check.setChecked(audience == "operator")
        self._on_format()

    def include_results(self) -> bool:
        """The results and creators' figures go into the file: asked for, and the format carries them."""
        return self.results_check.isEnabled() and self.results_check.isChecked()

    def _on_format(self) -> None:
        fmt = self.current_format()
        self.results_check.setEnabled("include_results" in fmt.options)
        self.paper_box.setEnabled("paper" in fmt.options)
        self.layout_box.setEnabled("layout" in fmt.options)
        sound = "soundtrack" in fmt.options
        for widget in (self.voiceover_edit, self.music_edit, self.music_level):
            widget.setEnabled(sound)
        self._suggest_path()

    def soundtrack(self) -> Any:
        """The sound attached for an animatic, or None after saying which file is missing."""
        from studio.exports.animatic_audio import Soundtrack

        track = Soundtrack(music_db=float(self.music_level.value()))
        for name, edit in (("voiceover", self.voiceover_edit), ("music", self.music_edit)):
            text = edit.text().strip()
            if text:
                if not Path(text).is_file():
                    QMessageBox.warning(
                        self, self.tr("Export"), self.tr("No such sound file: {path}").format(path=text)
                    )
                    return None
                setattr(track, name, Path(text))
        return track

    def _suggest_path(self) -> None:
        fmt = self.current_format()
        base = self.doc.pf.path.with_suffix("")
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else base.parent
        # A name no file has yet: the same suggestion twice must not replace the first export.
        self.path_edit.setText(str(free_path(folder / f"{base.name}_{fmt.name}{fmt.suffix}")))

    def _browse(self) -> None:
        fmt = self.current_format()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), " ".join(f"*{x}" for x in fmt.suffixes)
        )
        if name:
            with contextlib.suppress(WrongSuffixError):  # said when exporting, with the suffixes that fit
                name = str(fmt.target(name))
            self.path_edit.setText(name)

    def run(self) -> None:
        """Start the export with the chosen options in the background and close; the files' place is told
        when they are written (:attr:`written` is filled then)."""
        self.job = None
        variants = self.chosen_variants()
        if not variants:
            QMessageBox.information(self, self.tr("Export"), self.tr("Choose at least one variant."))
            return
        fmt = self.current_format()
        text = self.path_edit.text().strip()
        if not text:
            QMessageBox.information(self, self.tr("Export"), self.tr("Choose a file to export to."))
            return
        lang = self.language_box.currentData()
        try:
            jobs = plan(fmt, text, self.doc.project.title, variants, lang)
        except ExportError as exc:
            error_messages.show_error(self, exc, self.tr("Export"))
            return
        from studio.ui import background_jobs

        if background_jobs.refuse_busy(self, self.tr("Export"), [path for path, _ in jobs]):
            return
        if not self._replace_ok(jobs) or not self._errors_ok():
            return
        self.settings.export_format = fmt.name
        paper, layout = self.paper_box.currentData(), self.layout_box.currentData()
        extra: dict[str, Any] = {}
        if "soundtrack" in fmt.options:
            track = self.soundtrack()
            if track is None:
                return
            extra["soundtrack"] = track
            extra["notes"] = []  # what the animatic shows differently from the cut, shot by shot
            _register_audio_errors()
        if self.include_results():
            extra["include_results"] = True
        self.job = start_export(self.doc, fmt, jobs, lang, self.parentWidget() or self, self._finished,
                                paper=paper, layout=layout, **extra)  # fmt: skip
        self.accept()

    def _finished(self, written: list[Path], notes: list[str]) -> None:
        if shiboken6.isValid(self):
            self.written, self.notes = written, notes

    def _replace_ok(self, jobs: list[tuple[Path, list[Variant]]]) -> bool:
        """Ask before replacing files; 'Use New Names' moves a single file to a free name."""
        existing = [path for path, _variants in jobs if path.exists()]
        if not existing:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Export"), "", parent=self)
        names = ", ".join(p.name for p in existing[:3]) + (" …" if len(existing) > 3 else "")
        text = (self.tr("{names} already exists. Replace it?") if len(existing) == 1
                else self.tr("{count} files already exist: {names}. Replace them?"))  # fmt: skip
        box.setText(text.format(names=names, count=len(existing)))
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        rename = None
        if len(jobs) == 1:
            free = free_path(existing[0])
            box.setInformativeText(self.tr("Or keep it and export to {name}.").format(name=free.name))
            rename = box.addButton(self.tr("Use New Name"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(rename or QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is rename and rename is not None:
            jobs[0] = (free_path(existing[0]), jobs[0][1])
            self.path_edit.setText(str(jobs[0][0]))
            return True
        return box.clickedButton() is replace

    def _errors_ok(self) -> bool:
        """Exporting with errors still open in the guide asks once."""
        if self.open_errors <= 0:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Export"),
            (
                self.tr("1 error remains in the guide: export anyway?")
                if self.open_errors == 1
                else self.tr("{count} errors remain in the guide: export anyway?").format(
                    count=self.open_errors
                )
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes


def ui_language() -> str:
    """'zh' or 'en': the language the window speaks (for lower layers' zh/en words)."""
    from PySide6.QtCore import QLocale

    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def tell_exported(
    parent: QWidget | None, paths: list[Path], notes: list[str] | None = None
) -> QMessageBox | None:
    """Say where the export went, with a button that opens the folder; ``notes`` are what to check first.

    The box does not wait for an answer, nor take the keyboard from a field the user is typing in: an
    export ends while the user may be editing."""
    if not paths:
        return None
    folder = paths[0].parent
    names = "\n".join(p.name for p in paths)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("Export", "Export"))
    box.setText(translate("Export", "Exported to {folder}:").format(folder=folder))
    if notes:
        # An animatic that differs from the cut says where, shot by shot, before anyone sends it.
        box.setIcon(QMessageBox.Icon.Warning)
        head = translate("Export", "Check before you send it:")
        names += "\n\n" + head + "\n" + "\n".join(f"• {n}" for n in notes)
    box.setInformativeText(names)
    show = box.addButton(translate("Export", "Open Folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)

    def clicked(button: object) -> None:
        if button is show:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    box.buttonClicked.connect(clicked)
    box.show()
    return box

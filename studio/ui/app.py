"""The application: language and translators, the sample in the data folder, opening files, windows.

Qt classes that only a rare path needs (message boxes, library paths) are imported where they are
used: PySide builds each class's Python enums on first use, and that costs start-up time.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QWidget

from studio.paths import RESOURCES
from studio.ui import error_messages
from studio.ui.settings import APPLICATION, ORGANIZATION, Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from studio.store.document import ProjectFile
    from studio.store.errors import ProjectFileError
    from studio.ui.background_jobs import BackgroundJob
    from studio.ui.jobs import Job

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

I18N_DIR = RESOURCES / "i18n"
#: Our .qm file per interface language.
QM_FILES = {"zh": "studio_zh_CN.qm", "en": "studio_en.qm"}


def system_language() -> str:
    """'zh' when the system locale is Chinese, else 'en'."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def choose_language(settings: Settings) -> str:
    """The interface language: Preferences, else STUDIO_LANG, else the system locale."""
    if settings.language in ("zh", "en"):
        return settings.language
    env = os.environ.get("STUDIO_LANG", "")
    if env:
        return "zh" if env.lower().startswith("zh") else "en"
    return system_language()


class Translators(QObject):
    """Our translations plus Qt's own (standard dialogs, buttons), swappable at run time."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def install(self, lang: str) -> None:
        """Switch every translator to ``lang`` ('zh' or 'en')."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        self.language = lang
        # The views read STUDIO_LANG for vocabulary labels; keep them in step with the translators.
        os.environ["STUDIO_LANG"] = lang
        locale = (
            QLocale(QLocale.Language.Chinese, QLocale.Country.China)
            if lang == "zh"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        )
        QLocale.setDefault(locale)
        ours = QTranslator(self)
        if ours.load(str(I18N_DIR / QM_FILES[lang])):
            self._add(ours)
        else:
            log.warning("no translation file for %s in %s", lang, I18N_DIR)
        if lang == "zh":
            from PySide6.QtCore import QLibraryInfo

            qt = QTranslator(self)
            if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._add(qt)

    def _add(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self._installed.append(translator)


def data_folder() -> Path:
    """The user's data folder (QStandardPaths.AppDataLocation), created if needed."""
    from PySide6.QtCore import QStandardPaths

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def sample_target(lang: str) -> Path:
    """Where the sample project lives in the data folder (it may not be written yet)."""
    return data_folder() / f"sample_{lang}.studio"


def sample_path(lang: str) -> Path:
    """The sample project in the data folder, written on first use and reused after."""
    path = sample_target(lang)
    if not path.exists():
        from studio.samples import write_sample

        log.info("writing the sample project to %s", path)
        write_sample(path, lang)
    return path


def configure_application(app: QApplication) -> None:
    """Names used by QSettings and QStandardPaths."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)


def ask_read_only(parent: QWidget | None, exc: ProjectFileError) -> bool | str:
    """Explain why a file cannot be edited and ask whether to open it read-only.

    True for read-only, False for cancel, and "take_over" when the lock is a stale one left
    by another account and the user chose to take it over.
    """
    from PySide6.QtWidgets import QMessageBox

    from studio.store.errors import ProjectLockedError, StaleLockError

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("OpenPrompt", "File in use"))
    take_over = None
    if isinstance(exc, StaleLockError):
        box.setText(
            translate("OpenPrompt", "{name} was left locked by a Studio that is no longer running.").format(
                name=Path(exc.path).name
            )
        )
        if exc.removable:
            advice = translate(
                "OpenPrompt", "Take the lock over to edit it here, or open it read-only to look and export."
            )
        else:
            advice = translate(
                "OpenPrompt",
                "This folder does not let you remove that lock: ask {user} or the folder's owner to delete {lock}. "
                "You can open it read-only to look and export.",
            ).format(user=exc.holder.user, lock=lock_file_name(exc.path))
        box.setInformativeText(error_messages.lock_holder_text(exc) + "\n\n" + advice)
        if exc.removable:
            take_over = box.addButton(translate("OpenPrompt", "Take Over"), QMessageBox.ButtonRole.YesRole)
    elif isinstance(exc, ProjectLockedError):
        box.setText(
            translate("OpenPrompt", "{name} is being edited in another window.").format(
                name=Path(exc.path).name
            )
        )
        box.setInformativeText(
            error_messages.lock_holder_text(exc)
            + "\n\n"
            + translate("OpenPrompt", "You can open it read-only to look and export.")
        )
    else:
        box.setText(error_messages.describe(exc))
        box.setInformativeText(translate("OpenPrompt", "You can open it read-only to look and export."))
    read_only = box.addButton(translate("OpenPrompt", "Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    if take_over is not None and box.clickedButton() is take_over:
        return "take_over"
    return box.clickedButton() is read_only


def lock_file_name(path: str | Path) -> str:
    """The name of a project's lock file, for messages."""
    from studio.store.lock import lock_path

    return lock_path(Path(path)).name


#: A file still being read after this many ms gets its line in the status bar, with Cancel (most files
#: open sooner: no line comes and goes, and start-up does not build the job lines' widgets).
LINE_AFTER_MS = 300


class ProjectOpening(QObject):
    """One project file being opened in the background, while the window it is asked from stays usable.

    The file is checked and read in a worker thread (studio.ui.jobs.Job); if that takes longer than
    LINE_AFTER_MS it gets a line in the status bar with Cancel (studio.ui.background_jobs). A file in use or
    in a read-only place asks whether to open it read-only (then read again in the background); any other
    failure is told in one message box. ``finished`` carries the open :class:`ProjectFile`, or None when it
    was cancelled or could not be opened (the user was told): the window it was asked from is then exactly
    as it was. Opening reads, never writes (bar a migration, which keeps the original), so Cancel closes the
    file again as soon as the thread has it open.

    One opening at a time: a newer one replaces one under way (:func:`open_in_background`), which then
    ends as cancelled.
    """

    finished = Signal(object)

    def __init__(self, path: str | Path, owner: QWidget | None) -> None:
        super().__init__(QCoreApplication.instance())  # not the window's: it may be replaced meanwhile
        self.path = Path(path)
        self.owner = owner
        self.job: Job | None = None  # the read under way
        self.line: BackgroundJob | None = None  # its line in the status bar, once it took a moment
        self.ended = False
        self._asked = False  # read-only was offered once: a second refusal is told, not asked again
        self._instead = ""  # what a cancelled opening says instead of "nothing has changed"

    @property
    def label(self) -> str:
        """The job line's words: which file is opening."""
        return translate("OpenPrompt", "Opening {name}…").format(name=self.path.name)

    def start(self, **how: bool) -> None:
        """Read the file in a worker thread (``how``: ProjectFile.open's readonly / take_over)."""
        from studio.ui.jobs import Cancelled, Job, Progress

        path = self.path

        def work(progress: Progress) -> ProjectFile:
            from studio.store.document import (
                ProjectFile,
            )  # its first import is the thread's, not the window's

            progress(0, 0)
            pf = ProjectFile.open(path, **how)
            try:
                progress(0, 1)  # raises Cancelled when the user pressed Cancel meanwhile
            except Cancelled:
                pf.close()
                raise
            return pf

        job = self.job = Job(work)
        self.line = None
        job.done.connect(lambda pf: self._done(job, pf))
        job.failed.connect(lambda exc: self._failed(job, exc))
        job.start()
        QTimer.singleShot(LINE_AFTER_MS, self, lambda: self._show_line(job))

    def _show_line(self, job: Job) -> None:
        """The read takes a while: show it in the status bar, with Cancel."""
        if job is not self.job or self.ended or self.line is not None:
            return
        from studio.ui.background_jobs import BackgroundJob

        # Its end is told by the job's own signals (connected first, above); the line only shows it.
        self.line = BackgroundJob(
            job, self.label, [], self.owner, _nothing, _nothing, as_of=False, kind="open"
        )
        self.line.start(started=True)

    def cancel(self, instead: str = "") -> None:
        """Stop opening: the file is closed again (now, or when the thread has it), nothing else changes.

        ``instead``: what the status bar says then (a newer opening's words), not that nothing changed.
        """
        self._instead = instead
        if self.line is not None:
            self.line.cancel()  # the line says it is cancelling
        elif self.job is not None and not self.ended:
            self.job.cancel()

    def _done(self, job: Job, pf: ProjectFile) -> None:
        job.deleteLater()
        if job is not self.job:
            pf.close()  # not expected: a retry starts only after its predecessor failed
            return
        if job.cancelled:  # Cancel came after the read
            pf.close()
            self._finish(None, cancelled=True)
            return
        self._finish(pf)

    def _failed(self, job: Job, exc: BaseException) -> None:
        from studio.store.errors import ProjectFileError, ProjectLockedError, ReadOnlyLocationError
        from studio.ui.jobs import Cancelled

        job.deleteLater()
        if job is not self.job or self.ended:
            return
        if isinstance(exc, Cancelled):
            self._finish(None, cancelled=True)
            return
        window = _shown_window(self.owner)
        if isinstance(exc, (ProjectLockedError, ReadOnlyLocationError)) and not self._asked:
            self._asked = True
            choice = ask_read_only(window, exc)
            if choice:
                self.start(**({"take_over": True} if choice == "take_over" else {"readonly": True}))
                return
            self._finish(None)
            return
        if isinstance(exc, (ProjectFileError, OSError)):
            log.info("could not open %s: %s", self.path, exc)
        else:
            log.error("opening %s failed", self.path, exc_info=exc)
        error_messages.show_error(window, exc, translate("OpenPrompt", "Cannot open the file"))
        self._finish(None)

    def _finish(self, pf: ProjectFile | None, cancelled: bool = False) -> None:
        if self.ended:
            return
        self.ended = True
        global _opening
        if _opening is self:
            _opening = None
        if cancelled:
            # After the line's own end (queued behind this), which says "Cancelled" in its words.
            said = self._instead or translate(
                "OpenPrompt", "Stopped opening {name}: nothing has changed."
            ).format(name=self.path.name)
            QTimer.singleShot(0, partial(_say, self.owner, said))
        self.finished.emit(pf)
        # Nothing of the window it was asked from is kept: its project goes with it when it is replaced.
        self.owner = self.job = self.line = None
        self.deleteLater()


def _nothing(_window: QWidget | None, _value: object) -> None:
    """A job line's end: nothing to do (the opening is told by its job's signals)."""


def _say(owner: QWidget | None, words: str) -> None:
    """Say ``words`` in the status bar of ``owner``'s window (or the one shown) for a while."""
    window = _shown_window(owner)
    if window is not None:
        window.statusBar().showMessage(words, 5000)


def _shown_window(owner: QWidget | None) -> QMainWindow | None:
    """The main window to say something in: ``owner``'s when it is still open, else one shown."""
    import shiboken6
    from PySide6.QtWidgets import QMainWindow

    if owner is not None and shiboken6.isValid(owner):
        window = owner.window()
        if isinstance(window, QMainWindow) and window.isVisible():
            return window
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    return shown[0] if shown else None


#: The opening under way (one at a time: a newer one replaces it).
_opening: ProjectOpening | None = None


def opening() -> ProjectOpening | None:
    """The project being opened now, or None."""
    return _opening if _opening is not None and not _opening.ended else None


def open_in_background(
    path: str | Path, owner: QWidget | None, opened: Callable[[ProjectFile | None], None]
) -> ProjectOpening | None:
    """Open ``path`` in the background; ``opened(pf)`` follows (None: cancelled or not opened, told).

    The newer opening wins: one under way for another file is cancelled, and the status bar says which
    file opens instead. Asking again for the file being opened changes nothing (None is returned and
    ``opened`` is not called: the opening under way goes on).
    """
    global _opening
    current = opening()
    if current is not None:
        if current.path.resolve() == Path(path).resolve():
            return None
        instead = translate("OpenPrompt", "Opening {name} instead of {old}.").format(
            name=Path(path).name, old=current.path.name
        )
        current.cancel(instead)
        _say(owner, instead)
    _opening = ProjectOpening(path, owner)
    _opening.finished.connect(opened)
    _opening.start()
    return _opening


def open_project(path: str | Path, parent: QWidget | None = None) -> ProjectFile | None:
    """Open a project and wait for it (for code with no window to keep usable yet: a start without a shell,
    scripts, tests); offers read-only when it is in use. None when it was not opened (the user was told)."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    result: list[ProjectFile | None] = []

    def opened(pf: ProjectFile | None) -> None:
        result.append(pf)
        loop.quit()

    if open_in_background(path, parent, opened) is None:
        return None
    if not result:
        loop.exec()
    return result[0]

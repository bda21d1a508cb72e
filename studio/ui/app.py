"""The application: language and translators, the sample in the data folder, opening files, windows.

Qt classes that only a rare path needs (message boxes, library paths) are imported where they are
used: PySide builds each class's Python enums on first use, and that costs start-up time.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from studio.paths import RESOURCES
from studio.ui import error_messages
from studio.ui.settings import APPLICATION, ORGANIZATION, Settings

if TYPE_CHECKING:
    from studio.store.document import ProjectFile
    from studio.store.errors import ProjectFileError

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


def open_project(path: str | Path, parent: QWidget | None = None) -> ProjectFile | None:
    """Open a project for editing; offer read-only when it is locked or unwritable; None if not opened."""
    from studio.store.errors import ProjectLockedError, ReadOnlyLocationError

    try:
        return _open_or_say(path, parent, reraise=(ProjectLockedError, ReadOnlyLocationError))
    except (ProjectLockedError, ReadOnlyLocationError) as exc:
        choice = ask_read_only(parent, exc)
    if not choice:
        return None
    if choice == "take_over":
        return _open_or_say(path, parent, take_over=True)
    return _open_or_say(path, parent, readonly=True)


def _open_or_say(
    path: str | Path, parent: QWidget | None, reraise: tuple[type[Exception], ...] = (), **how: bool
) -> ProjectFile | None:
    """Open in the background; None when cancelled or when it failed (the user is told why), but the
    errors in ``reraise`` go to the caller."""
    from studio.store.errors import ProjectFileError
    from studio.ui.jobs import Cancelled

    try:
        return _open_in_background(path, parent, **how)
    except Cancelled:
        return None
    except reraise:
        raise
    except (ProjectFileError, OSError) as exc:
        log.info("could not open %s: %s", path, exc)
        error_messages.show_error(parent, exc, translate("OpenPrompt", "Cannot open the file"))
        return None


def _open_in_background(path: str | Path, parent: QWidget | None, **how: bool) -> ProjectFile:
    """``ProjectFile.open(path, **how)`` in a worker thread, the window painting meanwhile.

    Checking and reading a 5,000-shot file takes about 0.3 s of CPU (over a second on a busy
    laptop); after 0.3 s a progress dialog says what is opening and offers Cancel, which closes
    the file again as soon as it is open (nothing is written by opening, bar a migration that
    keeps the original). Raises what opening raised, or :class:`~studio.ui.jobs.Cancelled`.
    """
    from studio.store.document import ProjectFile
    from studio.ui.jobs import Cancelled, Progress, run_with_progress

    def work(progress: Progress) -> ProjectFile:
        pf = ProjectFile.open(path, **how)
        try:
            progress(0, 1)  # raises Cancelled when the user pressed Cancel meanwhile
        except Cancelled:
            pf.close()
            raise
        return pf

    label = translate("OpenPrompt", "Opening {name}…").format(name=Path(path).name)
    return run_with_progress(parent, label, work)

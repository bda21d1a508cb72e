"""The last resort: an unexpected error is written to the crash log in the user's data folder and shown
in a dialog whose details can be copied for a bug report, instead of the window vanishing."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QWidget

from studio import __version__
from studio.ui import error_messages

if TYPE_CHECKING:  # imported where it is used, on demand
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: Past this size the crash log is moved to ``studio.log.1`` (replacing the older one) at start.
LOG_BYTES = 1_000_000


def log_folder() -> Path:
    """Where the crash log lives: ``logs`` in the platform's data folder for the app (QStandardPaths)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "logs"


def log_path() -> Path:
    """The crash log file (warnings and errors of every session, the newest at the end)."""
    return log_folder() / "studio.log"


def attach_log_file() -> Path | None:
    """Send warnings and errors of this session to the crash log too; None if its folder cannot be made."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > LOG_BYTES:
            path.replace(path.with_name(path.name + ".1"))
        # delay: the file is opened on the first record, so a clean session writes nothing. (A plain
        # FileHandler: logging.handlers would import sockets and pickle on every start.)
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError as exc:
        log.warning("no crash log in %s: %s", path.parent, exc)
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    return path


def details(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """What a bug report needs: the version, the platform and the traceback (English, for developers)."""
    import platform
    import traceback

    from PySide6 import __version__ as pyside_version

    head = (
        f"Studio {__version__} · Python {platform.python_version()} · PySide6 {pyside_version} · "
        f"{platform.platform()}"
    )
    return head + "\n\n" + "".join(traceback.format_exception(kind, exc, tb))


def crash_box(parent: QWidget | None, exc: BaseException, text: str) -> QMessageBox:
    """The error dialog: what went wrong in words, where the log is, and a button that copies the details."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Crash", "Studio"))
    box.setText(error_messages.describe(exc))
    box.setInformativeText(
        translate("Crash", "Your project is saved. The details were written to {path}.").format(
            path=log_path()
        )
    )
    box.setDetailedText(text)
    copy = box.addButton(translate("Crash", "Copy Details"), QMessageBox.ButtonRole.ActionRole)
    # A message box closes on any button; this one copies and stays open so the user can paste and close.
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
    copy.setObjectName("copyDetails")
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    text = details(kind, exc, tb)
    log.error("unhandled error:\n%s", text)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        crash_box(app.activeWindow(), exc, text).exec()


def install_excepthook() -> Path | None:
    """Route uncaught exceptions to the crash log and a dialog in the user's language; the log's path."""
    path = attach_log_file()
    sys.excepthook = _hook
    return path

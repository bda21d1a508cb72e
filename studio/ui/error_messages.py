"""Typed exceptions put into sentences in the user's language, and the error message box.

The sentences come from the describer table every front shares (:mod:`studio.wording.describe`);
this module adds the window's side: registering an error only the window meets, and the message box.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from studio.store.errors import ProjectFileError, ProjectLockedError

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
T = TypeVar("T")


def register(kind: type[BaseException], describe_fn: Callable[[BaseException], str]) -> None:
    """Teach :func:`describe` a new exception type (the window's sentence for it)."""
    from studio.wording.describe import register as register_row

    register_row(kind, sentence=describe_fn)


def local_time(iso: str) -> str:
    """An ISO time stamp as local date and time to the minute ('2026-03-01 14:05'); as given if unreadable."""
    from studio.wording.describe import local_time as local

    return local(iso)


def lock_holder_text(exc: ProjectLockedError) -> str:
    """Who holds a locked file, in one sentence."""
    from studio.wording.describe import lock_holder_text as holder

    return holder(exc)


def system_reason(detail: str) -> str:
    """The operating system's English reason for a failed write, in the interface language when known."""
    from studio.wording.describe import system_reason as reason

    return reason(detail)


def unsaved_edit_text(exc: ProjectFileError) -> str:
    """What the user is told when the file did not take an edit (which was then taken back)."""
    from studio.wording.describe import unsaved_edit_text as unsaved

    return unsaved(exc)


def describe(exc: BaseException) -> str:
    """A sentence for the user about what went wrong, in the interface language."""
    # Imported here, not at the top: the table pulls in the model, which start-up does not need yet.
    from studio.wording.describe import sentence

    return sentence(exc)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Tell the user about an error in a message box (never a traceback)."""
    from PySide6.QtWidgets import QMessageBox  # on demand: its enums cost start-up time

    QMessageBox.warning(parent, title or translate("Errors", "Studio"), describe(exc))


def attempt(parent: QWidget | None, title: str, run: Callable[[], T], what: str) -> T | None:
    """What ``run()`` returns; None when the user cancelled it, or when it failed: then the failure is
    logged ("``what`` failed") and told in a message box titled ``title``."""
    from studio.ui.jobs import Cancelled

    try:
        return run()
    except Cancelled:
        return None
    except Exception as exc:  # the writers' and readers' typed errors, and whatever a file provokes
        log.exception("%s failed", what)
        show_error(parent, exc, title)
        return None

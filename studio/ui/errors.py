"""Typed exceptions put into sentences in the user's language, and the error message box."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from studio.models.errors import DuplicateNameError, ModelError
    from studio.store.errors import ProjectFileError, ProjectLockedError

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


#: Extra describers registered by other parts of the UI (export errors ...), newest first.
_EXTRA: list[tuple[type[BaseException], Callable[[BaseException], str]]] = []


def register(kind: type[BaseException], describe_fn: Callable[[BaseException], str]) -> None:
    """Teach :func:`describe` a new exception type."""
    _EXTRA.insert(0, (kind, describe_fn))


def local_time(iso: str) -> str:
    """An ISO time stamp as local date and time to the minute ('2026-03-01 14:05'); as given if unreadable."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return iso


def lock_holder_text(exc: ProjectLockedError) -> str:
    """Who holds a locked file, in one sentence."""
    h = exc.holder
    return translate(
        "Errors", "It is open in Studio by {user} on {host} (process {pid}) since {since}."
    ).format(user=h.user or "?", host=h.host or "?", pid=h.pid, since=local_time(h.since))


def system_reason(detail: str) -> str:
    """The operating system's English reason for a failed write, in the interface language when known."""
    reasons = {
        "permission denied": translate("Errors", "permission denied"),
        "operation not permitted": translate("Errors", "the folder or file is protected"),
        "read-only file system": translate("Errors", "the disk is read-only"),
        "no space left on device": translate("Errors", "the disk is full"),
        "disk quota exceeded": translate("Errors", "the disk quota is used up"),
        "no such file or directory": translate("Errors", "the folder does not exist"),
        "folder does not exist": translate("Errors", "the folder does not exist"),
        "file name too long": translate("Errors", "the file name is too long"),
        # SQLite's words for the same causes.
        "database or disk is full": translate("Errors", "the disk is full"),
        "attempt to write a readonly database": translate("Errors", "the file is read-only"),
        "disk i/o error": translate("Errors", "the disk reported an error"),
        "file is too large": translate("Errors", "the file is larger than the system allows"),
    }
    key = detail.strip().lower()
    for english, said in reasons.items():
        if key.startswith(english) or key.endswith(english):
            return said
    return detail or "?"


def _describe_file_error(exc: ProjectFileError) -> str:
    from studio.store.errors import (
        CorruptFileError,
        FileMissingError,
        NewerVersionError,
        NotAProjectError,
        ProjectLockedError,
        ReadOnlyLocationError,
        StaleLockError,
        StoredValueRefused,
        UnmergedLogError,
        WriteError,
    )

    if isinstance(exc, FileMissingError):
        return translate("Errors", "The file {path} does not exist.").format(path=exc.path)
    if isinstance(exc, NotAProjectError):
        return translate("Errors", "{path} is not a Studio project.").format(path=exc.path)
    if isinstance(exc, UnmergedLogError):
        return translate(
            "Errors",
            "{path} is not damaged, but it was not closed (Studio or the computer stopped) and its last edits are "
            "in {log} beside it. They cannot be merged on this read-only disk: copy both files to a writable "
            "folder and open the copy there.",
        ).format(path=exc.path, log=exc.log)
    if isinstance(exc, StoredValueRefused):
        return translate(
            "Errors",
            "{path} holds a value that no edit could make (table {table}, row {row}, field {field}: {value}), "
            "so it was not opened. Open a backup copy, or ask whoever sent the file for a new one.",
        ).format(path=exc.path, table=exc.table, row=exc.row, field=exc.field, value=exc.value)
    if isinstance(exc, CorruptFileError):
        return translate(
            "Errors", "{path} is damaged and cannot be read. Open a copy or a backup instead."
        ).format(path=exc.path)
    if isinstance(exc, NewerVersionError):
        return translate(
            "Errors",
            "{path} was written by a newer Studio (file version {found}); this one reads up to "
            "version {supported}. Please update Studio.",
        ).format(path=exc.path, found=exc.file_version, supported=exc.supported)
    if isinstance(exc, ReadOnlyLocationError) and exc.code == "lock_link":
        return translate(
            "Errors",
            "Beside {path}, {lock} is a link or a special file where Studio keeps its lock. Studio never makes "
            "one, so it came with the folder: delete it, then open the project again (or open it read-only).",
        ).format(path=exc.path, lock=_lock_name(exc.path))
    if isinstance(exc, ReadOnlyLocationError) and exc.code == "hard_link":
        return translate(
            "Errors",
            "{path} has another name (a hard link), so a second Studio could edit it under that name unseen. "
            "Open it read-only, or copy it to a file of its own and edit the copy.",
        ).format(path=exc.path)
    if isinstance(exc, ReadOnlyLocationError):
        return translate(
            "Errors", "{path} or its folder cannot be written, so it can only be opened read-only."
        ).format(path=exc.path)
    if isinstance(exc, StaleLockError):
        return (
            translate("Errors", "{path} was left locked by a Studio that is no longer running.").format(
                path=exc.path
            )
            + " "
            + lock_holder_text(exc)
        )
    if isinstance(exc, ProjectLockedError):
        return (
            translate("Errors", "{path} is already being edited.").format(path=exc.path)
            + " "
            + lock_holder_text(exc)
        )
    if isinstance(exc, WriteError) and exc.code == "lock_full":
        return translate(
            "Errors",
            "The disk is full, so the lock file of {path} cannot be written. Free some space and try again.",
        ).format(path=exc.path)
    if isinstance(exc, WriteError):
        return translate("Errors", "Could not write {path}: {detail}. Nothing was changed there.").format(
            path=exc.path, detail=system_reason(exc.detail)
        )
    return translate("Errors", "Could not use {path}: {detail}").format(path=exc.path, detail=exc.detail)


def unsaved_edit_text(exc: ProjectFileError) -> str:
    """What the user is told when the file did not take an edit (which was then taken back)."""
    if exc.code == "moved":
        return translate(
            "Errors",
            "{path} was moved or deleted while it was open, so your last change could not be saved "
            "and was taken back. Nothing else is lost: the whole project is still in this window. "
            "Use File ▸ Save As to keep it.",
        ).format(path=exc.path)
    return translate(
        "Errors",
        "Your last change could not be saved to {path} ({reason}), so it was taken back: the window "
        "shows what is in the file. Nothing saved before is lost. Fix the cause and make the change again.",
    ).format(path=exc.path, reason=system_reason(exc.detail))


def _lock_name(path: str) -> str:
    from pathlib import Path

    from studio.store.lock import lock_path

    return lock_path(Path(path)).name


def _describe_model_error(exc: ModelError) -> str:
    from studio.models.errors import (
        DanglingLinkError,
        DuplicateNameError,
        EmptyNameError,
        InterchangeError,
        InvalidValueError,
        LastItemError,
        NotFoundError,
    )

    if isinstance(exc, DuplicateNameError):
        return _describe_duplicate(exc)
    if isinstance(exc, EmptyNameError):
        return translate("Errors", "A variant needs a name; give it one.")
    if isinstance(exc, DanglingLinkError):
        return translate(
            "Errors", "“{key}” is not one of the project's variants; pick one from the list."
        ).format(key=exc.key)
    if isinstance(exc, InvalidValueError):
        return translate("Errors", "“{value}” is not a valid value for {field}.").format(
            value=exc.value, field=exc.field
        )
    if isinstance(exc, LastItemError):
        return translate("Errors", "The last or base {what} cannot be removed.").format(what=exc.what)
    if isinstance(exc, NotFoundError):
        return translate("Errors", "There is no {what} “{key}”.").format(what=exc.what, key=exc.key)
    if isinstance(exc, InterchangeError):
        return translate("Errors", "{path} cannot be imported: the data at {where} is not valid.").format(
            path=exc.path, where=exc.where
        )
    return translate("Errors", "That change is not possible: {detail}").format(detail=str(exc))


def _describe_duplicate(exc: DuplicateNameError) -> str:
    """Both clashing names and the way forward."""
    if exc.what == "variant":
        text = translate(
            "Errors",
            "“{name}” is taken: another variant of this script is called “{other}” (names are compared "
            "ignoring case, width and spaces). Pick another name.",
        )
    elif exc.what == "shot_code":
        text = translate(
            "Errors", "Another shot of this script already has the code “{other}”. Pick another code."
        )
    else:
        text = translate(
            "Errors", "Another alternative of this beat is already labelled “{other}”. Pick another label."
        )
    return text.format(name=exc.name, other=exc.other)


def describe(exc: BaseException) -> str:
    """A sentence for the user about what went wrong, in the interface language."""
    # Imported here, not at the top: they pull in the model, which start-up does not need yet.
    from studio.media.errors import ImageError
    from studio.models.errors import ModelError
    from studio.store.errors import ProjectFileError

    for kind, fn in _EXTRA:
        if isinstance(exc, kind):
            return fn(exc)
    if isinstance(exc, ProjectFileError):
        return _describe_file_error(exc)
    if isinstance(exc, ImageError):
        return translate("Errors", "The image {name} cannot be used: {detail}").format(
            name=exc.name, detail=exc.detail
        )
    if isinstance(exc, ModelError):
        return _describe_model_error(exc)
    if isinstance(exc, PermissionError):
        return translate("Errors", "Permission denied: {path}").format(path=exc.filename or "")
    if isinstance(exc, FileNotFoundError):
        return translate("Errors", "The file {path} does not exist.").format(path=exc.filename or "")
    if isinstance(exc, OSError) and exc.strerror and exc.filename:
        return translate("Errors", "Could not use {path}: {detail}").format(
            path=exc.filename, detail=system_reason(exc.strerror)
        )
    if isinstance(exc, OSError):
        return translate("Errors", "A system error occurred: {detail}").format(
            detail=exc.strerror or str(exc)
        )
    return translate(
        "Errors", "Something unexpected went wrong ({kind}). Your work is saved; details are in the log."
    ).format(kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Tell the user about an error in a message box (never a traceback)."""
    from PySide6.QtWidgets import QMessageBox  # on demand: its enums cost start-up time

    QMessageBox.warning(parent, title or translate("Errors", "Studio"), describe(exc))

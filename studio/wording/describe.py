"""Typed errors put into words once, for both fronts: one table, one row per kind of error.

A row gives the exit status the error means to the CLI, the one line a terminal prints ("path: why",
:func:`line`) and the sentence the window shows in a message box (:func:`sentence`); a row may give
only one of them, and the lookup goes on to the next row of a base class for the other. The words are
catalogue entries (resources/wording/cli_common.json, error_sentences.json); nothing here needs Qt.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeVar

from studio.wording import aliases, has, language, say, say_in

if TYPE_CHECKING:
    from studio.models.creator_list import CreatorValueError
    from studio.models.errors import DuplicateNameError, InterchangeError, ModelError
    from studio.store.errors import ProjectFileError, ProjectLockedError

_E = TypeVar("_E", bound=BaseException)


class _Row(NamedTuple):
    kind: type[BaseException]
    line: Callable[[Any], str] | None
    sentence: Callable[[Any], str] | None
    code: int


#: Newest registration first, so a subclass registered after its base wins.
_TABLE: list[_Row] = []


def register(
    kind: type[_E],
    line: Callable[[_E], str] | None = None,
    *,
    sentence: Callable[[_E], str] | None = None,
    code: int = 1,
) -> None:
    """Teach both fronts an exception type: its terminal line, its window sentence, its exit status.

    ``code`` is 1 (the command could not be carried out) unless the exception means that what was
    typed names nothing (2), as for :class:`NotFoundError`.
    """
    _TABLE.insert(0, _Row(kind, line, sentence, code))


def line(exc: BaseException) -> str | None:
    """The terminal's one line for a known error in the user's language, or None."""
    for row in _TABLE:
        if row.line is not None and isinstance(exc, row.kind):
            return row.line(exc)
    return None


def exit_code(exc: BaseException) -> int:
    """The exit status a known error means (1 when it is not known)."""
    for row in _TABLE:
        if row.line is not None and isinstance(exc, row.kind):
            return row.code
    return 1


def sentence(exc: BaseException) -> str:
    """The window's sentence about what went wrong, in the interface language."""
    for row in _TABLE:
        if row.sentence is not None and isinstance(exc, row.kind):
            return row.sentence(exc)
    return say("sentence.unexpected", kind=type(exc).__name__)


# -- a problem and its way forward, for both fronts ------------------------------------------------

#: The fronts a problem is worded for: the terminal's line and the window's sentences.
Front = Literal["cli", "window"]


def way_forward_key(key: str, front: Front) -> str | None:
    """The entry of what ``front`` tells the user to do about the problem ``key``: ``<key>.<front>`` (the CLI
    names its flags, the window what to do on screen), else ``<key>.next`` (both say the same), else None."""
    base = aliases().get(key, key)
    for found in (f"{base}.{front}", f"{base}.next"):
        if has(found):
            return found
    return None


def capital(text: str) -> str:
    """A clause as the start of a sentence (nothing changes in Chinese)."""
    return text[:1].upper() + text[1:]


def problem_text(front: Front, problem: str, then: str = "", lang: str | None = None) -> str:
    """A problem and its way forward as ``front`` says them: the CLI's clause "problem; way forward", the
    window's sentences "Problem. Way forward." (both from the same entries, in ``lang``)."""
    lang = lang or language()
    if front == "cli":
        return say_in(lang, "problem.then", problem=problem, next=then) if then else problem
    if then:
        return say_in(lang, "problem.sentences", problem=capital(problem), next=capital(then))
    return say_in(lang, "sentence.end", text=capital(problem))


def value_refused(
    exc: CreatorValueError, front: Front, field: str, lang: str | None = None, /, **facts: object
) -> str:
    """Why a creator's value was refused (``tv.<reason>``), with the sheet's row when it came from one.

    ``field`` is the field's title and ``facts`` what the front shows for the error's facts (the choices
    in its own words); the CLI's line and the window's sentence differ only in their way forward.
    """
    lang = lang or language()
    shown: dict[str, object] = {k: v for k, v in exc.facts.items() if k != "row"}
    shown.update(facts, field=field, value=exc.value)
    key = f"tv.{exc.reason}"
    problem = say_in(lang, key, **shown) if has(key) else exc.reason
    if front == "window":
        problem = capital(problem)  # "Row 3: A creator needs a name."
    if "row" in exc.facts:
        problem = say_in(lang, "tv.row", row=exc.facts["row"], problem=problem)
    forward = way_forward_key(key, front)
    return problem_text(front, problem, say_in(lang, forward, **shown) if forward else "", lang)


# -- reasons ---------------------------------------------------------------------------------------

#: errno values users meet -> their catalogue key (error_sentences.json); others keep the system's words.
_ERRNO_KEYS = {
    errno.ENOENT: "errno.no_entry",
    errno.EACCES: "errno.access",
    errno.EPERM: "errno.not_permitted",
    errno.EEXIST: "errno.exists",
    errno.ENOTDIR: "errno.not_a_folder",
    errno.EISDIR: "errno.is_a_folder",
    errno.ENOSPC: "errno.no_space",
    errno.EROFS: "errno.read_only",
    errno.ENAMETOOLONG: "reason.name_too_long",
    errno.EBUSY: "errno.busy",
    errno.EIO: "errno.io",
    errno.EINVAL: "errno.invalid",
    errno.EDQUOT: "errno.quota",
}
#: SQLite's words for a refused write, as the store passes them on.
_SQLITE_REASONS = {
    "database or disk is full": "reason.disk_full",
    "disk I/O error": "reason.disk_error",
    "attempt to write a readonly database": "reason.read_only",
}
#: The system's (and SQLite's) English words for a failed write, lower case -> reason key.
_SYSTEM_REASONS = {
    "permission denied": "reason.permission",
    "operation not permitted": "reason.protected",
    "read-only file system": "reason.disk_read_only",
    "no space left on device": "reason.disk_full",
    "disk quota exceeded": "reason.quota",
    "no such file or directory": "reason.no_folder",
    "folder does not exist": "reason.no_folder",
    "file name too long": "reason.name_too_long",
    "database or disk is full": "reason.disk_full",
    "attempt to write a readonly database": "reason.read_only",
    "disk i/o error": "reason.disk_error",
    "file is too large": "reason.file_too_large",
}
_ERRNO_TEXT = re.compile(r"\[Errno (\d+)\] [^:]*(?::.*)?$")


def os_reason(exc_or_errno: BaseException | int | None, fallback: str = "") -> str:
    """An OS error's cause in the user's language, without file names or temp paths."""
    number = exc_or_errno if isinstance(exc_or_errno, int) else getattr(exc_or_errno, "errno", None)
    if number is None:
        return fallback or str(exc_or_errno or "")
    if number in _ERRNO_KEYS:
        return say(_ERRNO_KEYS[number])
    return os.strerror(number)


def readable_detail(detail: str) -> str:
    """A detail with "[Errno N] text: 'path'" (or a bare strerror) turned into :func:`os_reason` words."""
    m = _ERRNO_TEXT.search(detail)
    if m is not None:
        return os_reason(int(m.group(1)), detail)
    for number in _ERRNO_KEYS:
        if detail == os.strerror(number):  # a bare strerror, as some callers keep
            return os_reason(number, detail)
    return detail


def system_reason(detail: str) -> str:
    """The operating system's English reason for a failed write, in the interface language when known."""
    key = detail.strip().lower()
    for english, reason in _SYSTEM_REASONS.items():
        if key.startswith(english) or key.endswith(english):
            return say(reason)
    return detail or "?"


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
    return say(
        "sentence.lock_holder", user=h.user or "?", host=h.host or "?", pid=h.pid, since=local_time(h.since)
    )


def unsaved_edit_text(exc: ProjectFileError) -> str:
    """What the window tells the user when the file did not take an edit (which was then taken back)."""
    if exc.code == "moved":
        return say("sentence.edit_moved", path=exc.path)
    return say("sentence.edit_unsaved", path=exc.path, reason=system_reason(exc.detail))


def _lock_name(path: str) -> str:
    from studio.store.lock import lock_path

    return lock_path(Path(path)).name


def _what(what: str) -> str:
    key = f"what.{what}"
    return say(key) if has(key) else what


def _what_kind(kind: str) -> str:
    key = f"kind.{kind}"
    return say(key) if has(key) else kind


# -- the terminal's lines ----------------------------------------------------------------------


def _interchange_line(e: InterchangeError) -> str:
    """Where in the JSON the problem is, and why, in the user's language."""
    fields = dict(e.fields)
    for key in ("expected", "found"):
        if key in fields:
            fields[key] = _what_kind(str(fields[key]))
    why = say(f"json.{e.reason}", **fields) if has(f"json.{e.reason}") else e.reason
    return say("error.interchange_at", path=e.path, where=e.where, why=why)


def _os_line(e: OSError) -> str:
    if not e.filename:
        return say("error.output", detail=os_reason(e, str(e)))
    if e.errno == errno.ENOENT:
        return say("error.missing", path=e.filename)
    return say("error.os", path=e.filename, detail=os_reason(e, str(e)))


def _detail(e: BaseException) -> str:
    code = getattr(e, "code", "")
    if code and has(f"reason.{code}"):
        return say(f"reason.{code}")
    text = str(getattr(e, "detail", ""))
    return say(_SQLITE_REASONS[text]) if text in _SQLITE_REASONS else readable_detail(text)


def _rules_what(what: str) -> str:
    return say(f"rules.what.{what}") if what in ("variant", "creator") else what


# -- the window's sentences ------------------------------------------------------------------------


def _file_sentence(exc: ProjectFileError) -> str:
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

    path = exc.path
    if isinstance(exc, FileMissingError):
        return say("sentence.missing", path=path)
    if isinstance(exc, NotAProjectError):
        return say("sentence.not_project", path=path)
    if isinstance(exc, UnmergedLogError):
        return say("sentence.unmerged_log", path=path, log=exc.log)
    if isinstance(exc, StoredValueRefused):
        return say(
            "sentence.stored_value", path=path, table=exc.table, row=exc.row, field=exc.field, value=exc.value
        )
    if isinstance(exc, CorruptFileError):
        return say("sentence.corrupt", path=path)
    if isinstance(exc, NewerVersionError):
        return say("sentence.newer", path=path, found=exc.file_version, supported=exc.supported)
    if isinstance(exc, ReadOnlyLocationError) and exc.code == "lock_link":
        return say("sentence.lock_link", path=path, lock=_lock_name(path))
    if isinstance(exc, ReadOnlyLocationError) and exc.code == "hard_link":
        return say("sentence.hard_link", path=path)
    if isinstance(exc, ReadOnlyLocationError):
        return say("sentence.readonly", path=path)
    if isinstance(exc, StaleLockError):
        return say("sentence.stale", path=path) + " " + lock_holder_text(exc)
    if isinstance(exc, ProjectLockedError):
        return say("sentence.locked", path=path) + " " + lock_holder_text(exc)
    if isinstance(exc, WriteError) and exc.code == "lock_full":
        return say("sentence.lock_full", path=path)
    if isinstance(exc, WriteError):
        return say("sentence.write", path=path, detail=system_reason(exc.detail))
    return say("sentence.use", path=path, detail=exc.detail)


def _model_sentence(exc: ModelError) -> str:
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
        return _duplicate_sentence(exc)
    if isinstance(exc, EmptyNameError):
        return say("sentence.empty_name")
    if isinstance(exc, DanglingLinkError):
        return say("sentence.dangling", key=exc.key)
    if isinstance(exc, InvalidValueError):
        return say("sentence.invalid_value", value=exc.value, field=exc.field)
    if isinstance(exc, LastItemError):
        return say("sentence.last_item", what=exc.what)
    if isinstance(exc, NotFoundError):
        return say("sentence.not_found", what=exc.what, key=exc.key)
    if isinstance(exc, InterchangeError):
        return say("sentence.interchange", path=exc.path, where=exc.where)
    return say("sentence.model", detail=str(exc))


def _duplicate_sentence(exc: DuplicateNameError) -> str:
    """Both clashing names and the way forward."""
    if exc.what == "variant":
        key = "sentence.dup_variant"
    elif exc.what == "shot_code":
        key = "sentence.dup_shot_code"
    else:
        key = "sentence.dup_alternative"
    return say(key, name=exc.name, other=exc.other)


def _os_sentence(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return say("sentence.permission", path=exc.filename or "")
    if isinstance(exc, FileNotFoundError):
        return say("sentence.missing", path=exc.filename or "")
    if exc.strerror and exc.filename:
        return say("sentence.use", path=exc.filename, detail=system_reason(exc.strerror))
    return say("sentence.system", detail=exc.strerror or str(exc))


# -- the table -----------------------------------------------------------------------------------


def _install() -> None:
    from studio.media.errors import ImageError
    from studio.models.errors import (
        DanglingLinkError,
        DuplicateNameError,
        EmptyNameError,
        InterchangeError,
        ModelError,
        NotFoundError,
    )
    from studio.store.errors import (
        CorruptFileError,
        FileMissingError,
        NewerVersionError,
        NotAProjectError,
        ProjectFileError,
        ProjectLockedError,
        ReadOnlyLocationError,
        StaleLockError,
        StoredValueRefused,
        UnmergedLogError,
    )

    register(OSError, _os_line, sentence=_os_sentence)
    register(ModelError, lambda e: say("error.model", detail=str(e)), sentence=_model_sentence)
    register(NotFoundError, lambda e: say("error.not_found", what=_what(e.what), name=e.key), code=2)
    register(InterchangeError, _interchange_line)
    register(
        ImageError,
        lambda e: say("error.image", name=e.name, detail=e.detail),
        sentence=lambda e: say("sentence.image", name=e.name, detail=e.detail),
    )
    register(
        DuplicateNameError, lambda e: say(f"rules.dup.{e.what}", name=e.name, other=e.other, where=e.where)
    )
    register(EmptyNameError, lambda e: say("rules.empty", what=_rules_what(e.what)), code=2)
    register(DanglingLinkError, lambda e: say("rules.dangling", what=_rules_what(e.what), key=e.key), code=2)
    register(
        ProjectFileError,
        lambda e: say("error.write", path=e.path, detail=_detail(e)),
        sentence=_file_sentence,
    )

    def read_only(e: ReadOnlyLocationError) -> str:
        if e.code in ("lock_link", "hard_link"):
            return say(f"error.{e.code}", path=e.path, lock=_lock_name(e.path))
        return say("error.readonly", path=e.path)

    def locked(e: ProjectLockedError) -> str:
        if isinstance(e, StaleLockError):
            from studio.store.lock import lock_path

            key = "error.stale" if e.removable else "error.stale_fixed"
            return say(key, path=e.path, lock=lock_path(Path(e.path)), **e.holder.__dict__)
        if e.code == "replace":
            return say("error.replace_locked", path=e.path, **e.holder.__dict__)
        return say("error.locked", path=e.path, **e.holder.__dict__)

    register(ReadOnlyLocationError, read_only)
    register(ProjectLockedError, locked)
    register(
        NewerVersionError,
        lambda e: say("error.newer", path=e.path, found=e.file_version, supported=e.supported),
    )
    register(CorruptFileError, lambda e: say("error.corrupt", path=e.path, detail=_detail(e)))
    register(
        StoredValueRefused,
        lambda e: say(
            "error.stored_value",
            path=e.path,
            table=e.table,
            row=e.row,
            field=e.field,
            value=e.value,
            why=say(f"stored.{e.why}"),
        ),
    )
    register(NotAProjectError, lambda e: say("error.not_project", path=e.path, detail=_detail(e)))
    register(FileMissingError, lambda e: say("error.missing", path=e.path))
    register(UnmergedLogError, lambda e: say("error.unmerged_log", path=e.path, log=e.log))


_install()

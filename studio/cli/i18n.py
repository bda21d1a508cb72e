"""Command-line wording: the CLI's side of :mod:`studio.wording`, and typed errors put into words.

Every sentence the CLI prints lives in the catalogue (studio/wording/cli_*.py); :func:`say` and
:func:`say_in` look it up by key. Typed exceptions are put into words by describers
(:func:`register_error`), each with the exit status it means (see the convention in :mod:`studio.cli`).
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from studio.wording import _LANG, has, language, language_scope, say, say_in, set_language

if TYPE_CHECKING:
    from studio.models.errors import InterchangeError as InterchangeErrorT

__all__ = ["_LANG", "language", "language_scope", "say", "say_in", "set_language"]

_DESCRIBERS: list[tuple[type[BaseException], Callable[[Any], str], int]] = []
_E = TypeVar("_E", bound=BaseException)


class CliError(Exception):
    """A user mistake to report in one line; ``code`` is the exit status."""

    def __init__(self, key: str, code: int = 2, **fields: object) -> None:
        super().__init__(key)
        self.key = key
        self.code = code
        self.fields = fields

    def message(self) -> str:
        """The sentence in the user's language."""
        return say(self.key, **self.fields)


def register_error(kind: type[_E], describe: Callable[[_E], str], code: int = 1) -> None:
    """Teach the CLI to put an exception type into words, and the exit status it means.

    ``code`` is 1 (the command could not be carried out) unless the exception means
    that what was typed names nothing (2), as for :class:`NotFoundError`.
    """
    _DESCRIBERS.insert(0, (kind, describe, code))


def describe_error(exc: BaseException) -> str | None:
    """The user's-language sentence for a known error, or None."""
    for kind, describe, _code in _DESCRIBERS:
        if isinstance(exc, kind):
            return describe(exc)
    return None


def error_code(exc: BaseException) -> int:
    """The exit status a known error means (1 when it is not known)."""
    for kind, _describe, code in _DESCRIBERS:
        if isinstance(exc, kind):
            return code
    return 1


#: errno values users meet, in Chinese (English uses the system's words).
_ERRNO_ZH = {
    errno.ENOENT: "文件或文件夹不存在",
    errno.EACCES: "没有权限",
    errno.EPERM: "操作不被允许（文件或文件夹可能被锁定为不可修改）",
    errno.EEXIST: "已存在",
    errno.ENOTDIR: "路径中有一部分不是文件夹",
    errno.EISDIR: "这是文件夹，不是文件",
    errno.ENOSPC: "磁盘空间不足",
    errno.EROFS: "只读文件系统",
    errno.ENAMETOOLONG: "文件名太长",
    errno.EBUSY: "文件正被占用",
    errno.EIO: "读写出错",
    errno.EINVAL: "参数无效",
    errno.EDQUOT: "超出磁盘配额",
}
#: SQLite's words for a refused write, as the store passes them on.
_SQLITE_REASONS = {
    "database or disk is full": "reason.disk_full",
    "disk I/O error": "reason.disk_error",
    "attempt to write a readonly database": "reason.read_only",
}
_ERRNO_TEXT = re.compile(r"\[Errno (\d+)\] [^:]*(?::.*)?$")


def os_reason(exc_or_errno: BaseException | int | None, fallback: str = "") -> str:
    """An OS error's cause in the user's language, without file names or temp paths."""
    number = exc_or_errno if isinstance(exc_or_errno, int) else getattr(exc_or_errno, "errno", None)
    if number is None:
        return fallback or str(exc_or_errno or "")
    if language() == "zh" and number in _ERRNO_ZH:
        return _ERRNO_ZH[number]
    return os.strerror(number)


def readable_detail(detail: str) -> str:
    """A detail with "[Errno N] text: 'path'" (or a bare strerror) turned into :func:`os_reason` words."""
    m = _ERRNO_TEXT.search(detail)
    if m is not None:
        return os_reason(int(m.group(1)), detail)
    for number in _ERRNO_ZH:
        if detail == os.strerror(number):  # a bare strerror, as some callers keep
            return os_reason(number, detail)
    return detail


def _what(what: str) -> str:
    key = f"what.{what}"
    return say(key) if has(key) else what


def _interchange(e: InterchangeErrorT) -> str:
    """Where in the JSON the problem is, and why, in the user's language."""
    fields = dict(e.fields)
    for key in ("expected", "found"):
        if key in fields:
            fields[key] = _what_kind(str(fields[key]))
    why = say(f"json.{e.reason}", **fields) if has(f"json.{e.reason}") else e.reason
    return say("error.interchange_at", path=e.path, where=e.where, why=why)


def _what_kind(kind: str) -> str:
    key = f"kind.{kind}"
    return say(key) if has(key) else kind


def _install_describers() -> None:
    from studio.media.errors import ImageError
    from studio.models.errors import InterchangeError, ModelError, NotFoundError
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

    def os_error(e: OSError) -> str:
        if not e.filename:
            return say("error.output", detail=os_reason(e, str(e)))
        if e.errno == errno.ENOENT:
            return say("error.missing", path=e.filename)
        return say("error.os", path=e.filename, detail=os_reason(e, str(e)))

    register_error(OSError, os_error)
    register_error(ModelError, lambda e: say("error.model", detail=str(e)))
    register_error(
        NotFoundError,
        lambda e: say("error.not_found", what=_what(e.what), name=e.key),
        code=2,
    )
    register_error(InterchangeError, _interchange)
    register_error(ImageError, lambda e: say("error.image", name=e.name, detail=e.detail))

    def detail(e: BaseException) -> str:
        code = getattr(e, "code", "")
        if code and has(f"reason.{code}"):
            return say(f"reason.{code}")
        text = str(getattr(e, "detail", ""))
        return say(_SQLITE_REASONS[text]) if text in _SQLITE_REASONS else readable_detail(text)

    register_error(ProjectFileError, lambda e: say("error.write", path=e.path, detail=detail(e)))

    def read_only(e: ReadOnlyLocationError) -> str:
        if e.code in ("lock_link", "hard_link"):
            from studio.store.lock import lock_path

            return say(f"error.{e.code}", path=e.path, lock=lock_path(Path(e.path)).name)
        return say("error.readonly", path=e.path)

    def locked(e: ProjectLockedError) -> str:
        if isinstance(e, StaleLockError):
            from studio.store.lock import lock_path

            key = "error.stale" if e.removable else "error.stale_fixed"
            return say(key, path=e.path, lock=lock_path(Path(e.path)), **e.holder.__dict__)
        if e.code == "replace":
            return say("error.replace_locked", path=e.path, **e.holder.__dict__)
        return say("error.locked", path=e.path, **e.holder.__dict__)

    register_error(ReadOnlyLocationError, read_only)
    register_error(ProjectLockedError, locked)
    register_error(
        NewerVersionError,
        lambda e: say("error.newer", path=e.path, found=e.file_version, supported=e.supported),
    )
    register_error(CorruptFileError, lambda e: say("error.corrupt", path=e.path, detail=detail(e)))
    register_error(
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
    register_error(NotAProjectError, lambda e: say("error.not_project", path=e.path, detail=detail(e)))
    register_error(FileMissingError, lambda e: say("error.missing", path=e.path))
    register_error(UnmergedLogError, lambda e: say("error.unmerged_log", path=e.path, log=e.log))


_install_describers()

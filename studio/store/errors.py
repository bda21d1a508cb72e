"""Typed errors about project files; ui/ and cli/ put them into words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ProjectFileError(Exception):
    """A project file could not be opened or written; names the file and the reason."""

    reason = "error"

    def __init__(self, path: str | Path, detail: str = "", code: str = "") -> None:
        self.path = str(path)
        self.detail = detail
        #: A stable word for the cause (empty, truncated, foreign ...) that callers translate.
        self.code = code
        super().__init__(f"{self.path}: {self.reason}" + (f" ({detail})" if detail else ""))


class FileMissingError(ProjectFileError):
    """There is no file at the path."""

    reason = "missing"


class NotAProjectError(ProjectFileError):
    """The file is empty, not SQLite, or another application's database."""

    reason = "not a project"


class CorruptFileError(ProjectFileError):
    """The file is a damaged or truncated project, or holds unexpected schema objects."""

    reason = "corrupt"


class StoredValueRefused(CorruptFileError):
    """A value in the file that no edit could have made; names the table, row and field, and why."""

    def __init__(self, path: str | Path, table: str, row: str, field: str, why: str, value: str) -> None:
        self.table, self.row, self.field, self.why, self.value = table, row, field, why, value
        super().__init__(path, f"{table} {row!r}: {field}: {why} ({value})", "content")


class NewerVersionError(ProjectFileError):
    """The file was written by a newer Studio whose format this one cannot read."""

    reason = "newer version"

    def __init__(self, path: str | Path, file_version: int, supported: int) -> None:
        self.file_version = file_version
        self.supported = supported
        super().__init__(path, f"file version {file_version}, this Studio reads up to {supported}")


class ReadOnlyLocationError(ProjectFileError):
    """The file or its folder cannot be written, so it cannot be edited in place."""

    reason = "read-only location"


class WriteError(ProjectFileError):
    """Writing the file (or a copy of it) failed; the target was left untouched."""

    reason = "cannot write"


@dataclass(frozen=True)
class LockInfo:
    """Who holds a project open: host, process id, user and since when."""

    host: str
    pid: int
    user: str
    since: str


class ProjectLockedError(ProjectFileError):
    """Another Studio process has the file open for editing."""

    reason = "in use"

    def __init__(self, path: str | Path, holder: LockInfo) -> None:
        self.holder = holder
        super().__init__(path, f"held by {holder.user}@{holder.host} pid {holder.pid} since {holder.since}")


class StaleLockError(ProjectLockedError):
    """A lock left by a Studio that is no longer running, in a file we may not reuse (another account's).

    Nothing holds it, so it can be taken over (``ProjectLock.acquire(..., take_over=True)``);
    ``removable`` is False when the folder does not let us remove it either (a sticky shared
    folder): then only its owner, or the folder's, can.
    """

    reason = "stale lock"

    def __init__(self, path: str | Path, holder: LockInfo, removable: bool = True) -> None:
        super().__init__(path, holder)
        self.removable = removable
        self.code = "stale" if removable else "stale_fixed"


class UnmergedLogError(ProjectFileError):
    """A project that was not closed (its last edits still in the ``-wal`` log) on a read-only place.

    Nothing is damaged: SQLite merges the log on the next open, but only where it may write.
    ``log`` names the log file, which must travel with the project to a writable folder.
    """

    reason = "needs a writable copy"

    def __init__(self, path: str | Path, log: str) -> None:
        self.log = log
        super().__init__(path, f"unmerged edits in {log}", "wal_readonly")

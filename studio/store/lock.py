"""A lock file beside the project: who has it open, held by an operating-system lock.

Why an OS lock rather than "create the file, and delete it when its pid is dead": the holder
keeps the lock file open under ``flock(LOCK_EX)`` (on Windows ``msvcrt.locking``) for as long
as the project is open, and the kernel drops that lock the moment the process ends, however it
ends. So

- taking the lock and taking over a stale one are the same single atomic step: of any number
  of processes racing for a free or stale lock, the kernel lets exactly one win, and nobody
  has to judge "is the holder dead?" and then delete a file another process may just have
  taken over (which let two processes both believe they held it);
- a process id is never consulted on this host, so a dead holder whose pid now belongs to an
  unrelated live process does not keep the lock alive;
- flock locks belong to an open file, not to a process: opening the file twice in one process
  conflicts too, and reading the lock file elsewhere never drops it (POSIX fcntl locks would).

Releasing unlinks the file while still holding the lock, then closes it; an opener that won
the lock on a file no longer at the path (it was being released) tries again. The content
(host, process, user, since) only tells a refused opener who holds the file. A record
written by another host is respected even when the lock is free here, because a network
file system may not pass locks between machines.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
import sys
from pathlib import Path

from studio.fileio import HELD, try_lock, unlock
from studio.models.entities import now_iso
from studio.store.errors import LockInfo, ProjectLockedError, ReadOnlyLocationError

log = logging.getLogger(__name__)

#: Attempts when the lock file is replaced under us (its holder was releasing it).
_ATTEMPTS = 20
#: The largest lock record read; anything longer is garbage.
_MAX_RECORD = 4096
_UNKNOWN = LockInfo("?", 0, "?", "")


def lock_path(path: Path) -> Path:
    """Where the lock of a project file lives."""
    return path.with_name(f".~{path.name}.lock")


def _me() -> LockInfo:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return LockInfo(socket.gethostname(), os.getpid(), user, now_iso())


def _parse(raw: bytes) -> LockInfo | None:
    """A lock record, or None when the bytes are not one."""
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockInfo(str(data["host"]), int(data["pid"]), str(data.get("user", "?")), str(data["since"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def read_lock(path: Path) -> LockInfo | None:
    """The holder recorded in a project's lock file, or None when there is none or it is unreadable."""
    try:
        with lock_path(path).open("rb") as fh:
            raw = fh.read(_MAX_RECORD)
    except FileNotFoundError:
        return None
    except OSError:
        return _UNKNOWN
    return _parse(raw) or _UNKNOWN


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    own = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (own.st_dev, own.st_ino)


class ProjectLock:
    """Holds the lock of one project file until released (or until this process ends)."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self.info = _me()
        self._fd: int | None = None

    @classmethod
    def acquire(cls, project_path: Path) -> ProjectLock:
        """Take the lock, taking over a stale one; raise ProjectLockedError when it is held."""
        lock = cls(project_path)
        for _attempt in range(_ATTEMPTS):
            fd = lock._open(project_path)
            try:
                if lock._take(fd, project_path):
                    lock._fd = fd
                    return lock
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)
        raise ProjectLockedError(project_path, read_lock(project_path) or _UNKNOWN)

    def _open(self, project_path: Path) -> int:
        try:
            # Not inherited by child processes (os.open's default): a converter started
            # from Studio must not keep the lock after Studio ends.
            return os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as exc:
            raise ReadOnlyLocationError(project_path, exc.strerror or str(exc)) from None

    def _take(self, fd: int, project_path: Path) -> bool:
        """Lock ``fd`` and write our record; False when the file was released meanwhile (retry)."""
        try:
            try_lock(fd)
        except OSError as exc:
            if exc.errno in HELD:
                raise ProjectLockedError(project_path, read_lock(project_path) or _UNKNOWN) from None
            # The file system cannot lock (ENOLCK, EOPNOTSUPP): editing there could not be kept
            # to one process, so the file is offered read-only.
            raise ReadOnlyLocationError(project_path, exc.strerror or str(exc), "no_lock") from None
        if not _same_file(fd, self.path):
            return False
        os.lseek(fd, 0, os.SEEK_SET)
        previous = _parse(os.read(fd, _MAX_RECORD))
        if previous is not None and previous.host != self.info.host:
            raise ProjectLockedError(project_path, previous)
        if previous is not None:
            log.info("taking over the lock of %s left by process %s", project_path, previous.pid)
        payload = json.dumps(self.info.__dict__).encode("utf-8")
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, payload)
        with contextlib.suppress(OSError):
            os.fsync(fd)
        return True

    @property
    def held(self) -> bool:
        """True until released."""
        return self._fd is not None

    def release(self) -> None:
        """Remove the lock file (if it is still ours) and drop the lock."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform == "win32":
            # An open file cannot be deleted there: unlock and close first. Should another
            # process open it in between, the delete fails and that process takes it over.
            ours = _same_file(fd, self.path)
            unlock(fd)
            os.close(fd)
            if ours:
                with contextlib.suppress(OSError):
                    self.path.unlink()
            return
        try:
            # Unlink before unlocking: whoever wins the lock next must find a fresh file.
            if _same_file(fd, self.path):
                with contextlib.suppress(OSError):
                    self.path.unlink()
        finally:
            os.close(fd)

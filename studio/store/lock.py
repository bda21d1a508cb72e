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

A project folder may come from a stranger, so the lock file is handled as hostile too: it is
opened without following links and used only when it is a plain file with one name (a planted
link or hard link to someone's ``.profile`` is refused, never truncated). The lock sits beside
the real file, links resolved, so every name of a project meets the same lock; a project file
with a second hard link is refused for editing (no lock beside one name can guard the other).
A stale lock left by another account (a shared folder: its file cannot be written by us) is
offered for takeover, naming the holder, and taken over only when asked.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import logging
import os
import socket
import stat
import sys
from pathlib import Path

from studio.fileio import HELD, try_lock, unlock
from studio.models.entities import now_iso
from studio.store.errors import (
    LockInfo,
    ProjectLockedError,
    ReadOnlyLocationError,
    StaleLockError,
    WriteError,
)

log = logging.getLogger(__name__)

#: Attempts when the lock file is replaced under us (its holder was releasing it).
_ATTEMPTS = 20
#: The largest lock record read; anything longer is garbage.
_MAX_RECORD = 4096
_UNKNOWN = LockInfo("?", 0, "?", "")
#: Never follow a link planted where the lock file goes, never wait on a planted pipe.
_SAFE = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
#: Errors that mean "this file is not ours to write" (another account's file, a protected one).
_NOT_OURS = {errno.EACCES, errno.EPERM}
#: Errors that mean the disk has no room left.
_FULL = {errno.ENOSPC, errno.EDQUOT}


def real_path(path: Path) -> Path:
    """The project file itself: links (to it or to a folder on the way) resolved."""
    return Path(os.path.realpath(path))


def lock_path(path: Path) -> Path:
    """Where the lock of a project file lives: beside the real file, whatever name it was opened by."""
    real = real_path(path)
    return real.with_name(f".~{real.name}.lock")


def _is_plain(fd: int) -> bool:
    """A regular file with a single name: writing it cannot reach any other file."""
    st = os.fstat(fd)
    return stat.S_ISREG(st.st_mode) and st.st_nlink == 1


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
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def read_lock(path: Path) -> LockInfo | None:
    """The holder recorded in a project's lock file, or None when there is none or it is unreadable."""
    try:
        fd = os.open(lock_path(path), os.O_RDONLY | _SAFE)
    except FileNotFoundError:
        return None
    except OSError:
        return _UNKNOWN
    try:
        raw = os.read(fd, _MAX_RECORD) if stat.S_ISREG(os.fstat(fd).st_mode) else b""
    except OSError:
        raw = b""
    finally:
        os.close(fd)
    return _parse(raw) or _UNKNOWN


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = os.lstat(path)
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
    def acquire(cls, project_path: Path, take_over: bool = False, check_names: bool = True) -> ProjectLock:
        """Take the lock, taking over a stale one; raise ProjectLockedError when it is held.

        A stale lock that cannot be reused as it is (another account's file) raises
        :class:`StaleLockError` unless ``take_over``, which removes it and takes the lock.
        ``check_names`` refuses a file with a second hard link (for editing; replacing one
        name leaves the other as it was, so a replacement need not).
        """
        if check_names:
            _refuse_second_names(project_path)
        lock = cls(project_path)
        for _attempt in range(_ATTEMPTS):
            fd = lock._open(project_path, take_over)
            if fd is None:
                continue  # a stale lock of another account was removed: make ours
            try:
                if lock._take(fd, project_path, take_over):
                    lock._fd = fd
                    return lock
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)
        raise ProjectLockedError(project_path, read_lock(project_path) or _UNKNOWN)

    def _open(self, project_path: Path, take_over: bool) -> int | None:
        """The lock file, open for writing; None when a stale one was just removed (try again)."""
        try:
            # Not inherited by child processes (os.open's default): a converter started
            # from Studio must not keep the lock after Studio ends.
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _SAFE, 0o644)
        except OSError as exc:
            if exc.errno == errno.ELOOP or (exc.errno in _NOT_OURS and os.path.islink(self.path)):
                raise ReadOnlyLocationError(project_path, str(self.path), "lock_link") from None
            if exc.errno in _NOT_OURS and os.path.lexists(self.path):
                self._foreign(project_path, take_over)
                return None
            if exc.errno in _FULL:
                raise WriteError(project_path, exc.strerror or str(exc), "lock_full") from None
            raise ReadOnlyLocationError(project_path, exc.strerror or str(exc)) from None
        if not _is_plain(fd):
            os.close(fd)
            raise ReadOnlyLocationError(project_path, str(self.path), "lock_link")
        return fd

    def _foreign(self, project_path: Path, take_over: bool) -> None:
        """A lock file we may not write (left by another account): held, stale, or taken over."""
        try:
            fd = os.open(self.path, os.O_RDONLY | _SAFE)
        except OSError as exc:
            raise ReadOnlyLocationError(project_path, exc.strerror or str(exc)) from None
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise ReadOnlyLocationError(project_path, str(self.path), "lock_link")
            holder = _parse(os.read(fd, _MAX_RECORD)) or _UNKNOWN
            try:
                try_lock(fd)
            except OSError as exc:
                if exc.errno in HELD:
                    raise ProjectLockedError(project_path, holder) from None
                raise ReadOnlyLocationError(project_path, exc.strerror or str(exc), "no_lock") from None
            if holder.host not in (self.info.host, "?") and not take_over:
                raise ProjectLockedError(project_path, holder)  # its host may hold it unseen
            if not take_over:
                raise StaleLockError(project_path, holder)
            # Removed while we hold its lock: a racing opener finds a fresh file, as on release.
            try:
                os.unlink(self.path)
            except OSError:
                raise StaleLockError(project_path, holder, removable=False) from None
            log.info("took over the stale lock of %s left by %s", project_path, holder.user)
            return None
        finally:
            os.close(fd)

    def _take(self, fd: int, project_path: Path, take_over: bool = False) -> bool:
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
        if previous is not None and previous.host != self.info.host and not take_over:
            raise ProjectLockedError(project_path, previous)
        if previous is not None:
            log.info("taking over the lock of %s left by process %s", project_path, previous.pid)
        payload = json.dumps(self.info.__dict__).encode("utf-8")
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            if os.write(fd, payload) != len(payload):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        except OSError as exc:
            # An empty or partial record would name nobody: remove it (we hold its lock).
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            code = "lock_full" if exc.errno in _FULL else "lock_write"
            raise WriteError(project_path, exc.strerror or str(exc), code) from None
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


def _refuse_second_names(project_path: Path) -> None:
    """Refuse to edit a project file that has another hard link: its other name has its own lock."""
    try:
        st = os.stat(project_path)
    except OSError:
        return  # not there (yet): whoever opens it checks it first
    if stat.S_ISREG(st.st_mode) and st.st_nlink > 1:
        raise ReadOnlyLocationError(project_path, f"{st.st_nlink} names", "hard_link")

"""A lock file beside the project: who has it open, taken over when its owner died."""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
from pathlib import Path

from studio.models.entities import now_iso
from studio.store.errors import LockInfo, ProjectLockedError, ReadOnlyLocationError

log = logging.getLogger(__name__)


def lock_path(path: Path) -> Path:
    """Where the lock of a project file lives."""
    return path.with_name(f".~{path.name}.lock")


def _me() -> LockInfo:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return LockInfo(socket.gethostname(), os.getpid(), user, now_iso())


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def read_lock(path: Path) -> LockInfo | None:
    """The holder recorded in a project's lock file, or None when there is none or it is unreadable."""
    try:
        data = json.loads(lock_path(path).read_text("utf-8"))
        return LockInfo(str(data["host"]), int(data["pid"]), str(data.get("user", "?")), str(data["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return LockInfo("?", 0, "?", "")


def is_stale(holder: LockInfo) -> bool:
    """True when the holder is a process on this host that no longer runs (or the lock is garbage)."""
    if holder.pid == 0:
        return True
    return holder.host == socket.gethostname() and not _pid_alive(holder.pid)


class ProjectLock:
    """Holds the lock of one project file until released."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self.info = _me()

    @classmethod
    def acquire(cls, project_path: Path) -> ProjectLock:
        """Take the lock, taking over a stale one; raise ProjectLockedError when it is held."""
        lock = cls(project_path)
        payload = json.dumps(lock.info.__dict__).encode("utf-8")
        for _attempt in range(3):
            try:
                fd = os.open(lock.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_lock(project_path)
                if holder is None:
                    continue
                if not is_stale(holder):
                    raise ProjectLockedError(project_path, holder) from None
                log.info("taking over stale lock of %s held by pid %s", project_path, holder.pid)
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(lock.path)
                continue
            except PermissionError as exc:
                raise ReadOnlyLocationError(project_path, str(exc)) from None
            except OSError as exc:
                raise ReadOnlyLocationError(project_path, exc.strerror or str(exc)) from None
            try:
                os.write(fd, payload)
                os.fsync(fd)
            finally:
                os.close(fd)
            return lock
        holder = read_lock(project_path) or LockInfo("?", 0, "?", "")
        raise ProjectLockedError(project_path, holder)

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return
        if data.get("pid") == self.info.pid and data.get("host") == self.info.host:
            with contextlib.suppress(OSError):
                self.path.unlink()

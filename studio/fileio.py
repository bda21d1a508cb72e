"""Small pieces of the atomic write shared by the store and the exports (no Qt, no model)."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import shutil
import sys
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)
#: The random middle of tempfile's names (mkstemp, mkdtemp): eight of [a-z0-9_].
_RANDOM = "[a-z0-9_]{8}"


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries to disk so a rename into it survives a power cut (best effort)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a closed file's content to disk before it is renamed into place."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def permissions_as_new(path: Path, mode: int = 0o666) -> None:
    """Give a temp file (or folder, ``mode=0o777``) the permissions a freshly created one gets.

    mkstemp and mkdtemp make private (0600/0700) entries; what the user ends up with should
    follow their umask like any other new file.
    """
    mask = os.umask(0)
    os.umask(mask)
    with contextlib.suppress(OSError):
        os.chmod(path, mode & ~mask)


# --- advisory locks that the operating system drops when their process ends -------------------

#: errno values that mean "another process holds the lock".
HELD = {errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK}

if sys.platform == "win32":
    import msvcrt

    # Windows locks byte ranges, and others cannot read a locked range: lock one byte far past
    # any content, so a refused opener can still read the file (a lock record, say). Windows
    # releases the lock when the process ends, as flock does.
    _WINDOWS_LOCK_AT = 1 << 20

    def try_lock(fd: int) -> None:
        """Lock ``fd`` for this process without waiting; OSError (errno in HELD) if another holds it."""
        os.lseek(fd, _WINDOWS_LOCK_AT, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def unlock(fd: int) -> None:
        """Release :func:`try_lock` before closing (Windows wants it explicit)."""
        with contextlib.suppress(OSError):
            os.lseek(fd, _WINDOWS_LOCK_AT, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def try_lock(fd: int) -> None:
        """Lock ``fd`` for this process without waiting; OSError (errno in HELD) if another holds it."""
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def unlock(fd: int) -> None:
        """Nothing to do: closing the descriptor drops a flock."""


# --- part files and folders of a run that was killed --------------------------------------------

#: Where a part cannot be locked (a folder on Windows, which os.open cannot open), one untouched for
#: this long is taken for a killed run's.
STALE_PART_S = 6 * 3600


def claim(fd: int) -> None:
    """Lock a part this run just made (an open file or folder descriptor) for as long as it stays open.

    The kernel drops the lock when the process ends however it ends, so a part whose lock can
    be taken belongs to a run that is gone, and :func:`sweep_parts` may remove it.
    """
    try_lock(fd)


@contextlib.contextmanager
def claimed(path: Path) -> Iterator[None]:
    """Hold :func:`claim` on a part folder (or file) by name while the block writes it."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # a folder on Windows: sweep_parts judges it by age instead
        yield
        return
    try:
        claim(fd)
        yield
    finally:
        os.close(fd)


#: Told of each part file or folder this process makes, before anything is written into it: a child
#: process running an export tells its parent, which removes them if it kills the child (Cancel).
part_listeners: list[Callable[[Path], None]] = []


def made_part(path: Path) -> Path:
    """Tell :data:`part_listeners` of a part just made; returns ``path``."""
    for listener in part_listeners:
        listener(path)
    return path


def part_pattern(prefix: str, suffixes: Iterable[str] = (".part",)) -> re.Pattern[str]:
    """Names tempfile gives our parts: ``prefix`` + eight random characters + one of ``suffixes``."""
    ends = "|".join(re.escape(s) for s in suffixes)
    return re.compile(f"{re.escape(prefix)}{_RANDOM}(?:{ends})")


def sweep_parts(folder: Path, pattern: re.Pattern[str], final: Path | None = None) -> list[Path]:
    """Remove parts a killed run left in ``folder`` (names matching ``pattern``, nobody holding them).

    A ``.old`` folder (the previous output, moved aside just before the new one took its
    name) goes back to ``final`` when the kill came between the two renames; otherwise it
    is removed like any other part. Returns what was removed or restored.
    """
    done: list[Path] = []
    try:
        entries = [e for e in os.scandir(folder) if pattern.fullmatch(e.name)]
    except OSError:
        return done
    for entry in entries:
        path = Path(entry.path)
        if not _abandoned(path):
            continue
        try:
            if path.name.endswith(".old") and final is not None and not final.exists() and path.is_dir():
                os.replace(path, final)
                log.info("restored %s from %s, left by a killed run", final, path.name)
            elif path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
                log.info("removed %s, left by a killed run", path)
            else:
                path.unlink()
                log.info("removed %s, left by a killed run", path)
            done.append(path)
        except OSError as exc:
            log.warning("could not remove %s: %s", path, exc)
    return done


def _abandoned(path: Path) -> bool:
    """True when no live run holds ``path``: its lock can be taken (then dropped again at once, since
    Windows cannot remove an open file), or, where it cannot be locked, it is old."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return _untouched_for(path, STALE_PART_S)
    try:
        try_lock(fd)
    except OSError as exc:
        if exc.errno not in HELD:
            log.info("cannot lock %s to judge it: %s", path, exc)
        return False  # a live run is writing it
    else:
        unlock(fd)
        return True
    finally:
        os.close(fd)


def _untouched_for(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime > seconds
    except OSError:
        return False


def drop_zip_writers(exc: BaseException | None) -> None:
    """Close, quietly, every zip writer a failed write left open (python-docx's, openpyxl's, ours).

    A writer that failed mid-way (a full disk) keeps pointing at the file; when the
    garbage collector later closes it, it writes to a closed file and prints "Exception
    ignored in ZipFile.__del__" with a traceback after the one-line message. Closed here
    (its errors dropped: the file is being thrown away), it has nothing left to do. The
    writer's frames may sit in an earlier exception of the chain (closing the file failed too).
    """
    seen: set[int] = set()
    chain = 0
    while exc is not None and chain < 8:
        tb: TracebackType | None = exc.__traceback__
        while tb is not None:
            for value in list(tb.tb_frame.f_locals.values()):
                found = value if isinstance(value, zipfile.ZipFile) else getattr(value, "_zipfile", None)
                if isinstance(found, zipfile.ZipFile) and id(found) not in seen:
                    seen.add(id(found))
                    with contextlib.suppress(Exception):
                        found.close()
                    found.fp = None
            tb = tb.tb_next
        exc = exc.__cause__ or exc.__context__
        chain += 1

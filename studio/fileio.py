"""Small pieces of the atomic write shared by the store and the exports (no Qt, no model)."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import logging
import os
import re
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

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


# --- part files and folders of a run that was killed --------------------------------------------


def claim(fd: int) -> None:
    """Lock a part this run just made (an open file or folder descriptor) for as long as it stays open.

    The kernel drops the lock when the process ends however it ends, so a part whose lock can
    be taken belongs to a run that is gone, and :func:`sweep_parts` may remove it.
    """
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


@contextlib.contextmanager
def claimed(path: Path) -> Iterator[None]:
    """Hold :func:`claim` on a part folder (or file) by name while the block writes it."""
    fd = os.open(path, os.O_RDONLY)
    try:
        claim(fd)
        yield
    finally:
        os.close(fd)


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
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    log.info("cannot lock %s to judge it: %s", path, exc)
                continue  # a live run is writing it
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
        finally:
            os.close(fd)
    return done

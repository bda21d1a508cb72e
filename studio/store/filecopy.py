"""Whole-file writes beside a project: a new file or copy (temp file, fsync, rename) and a migration's backup."""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from studio.fileio import claim, fsync_dir, fsync_file, permissions_as_new, sweep_parts
from studio.store.errors import ProjectLockedError, WriteError
from studio.store.lock import ProjectLock

log = logging.getLogger(__name__)


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[None]:
    """Hold the lock of a file about to be replaced, so a project open in Studio is never replaced.

    Raises ProjectLockedError (code ``replace``) while anyone has it open for editing; the
    window that has it would otherwise go on writing into a file no longer at its name.
    """
    if not os.path.lexists(target):
        yield
        return
    try:
        lock = ProjectLock.acquire(target, check_names=False)
    except ProjectLockedError as exc:
        exc.code = "replace"
        raise
    try:
        yield
    finally:
        lock.release()


def write_db(target: Path, fill: Callable[[sqlite3.Connection], None]) -> None:
    """Build a database in a temp file beside ``target`` with ``fill``, then rename it over ``target``.

    Whatever goes wrong, the temp file is removed and ``target`` keeps its old content. An
    existing ``target`` is replaced only under its lock (see :func:`replacing`).
    """
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError(target, "folder does not exist", "no_folder")
    with replacing(target):
        _write_db(target, folder, fill)


def _write_db(target: Path, folder: Path, fill: Callable[[sqlite3.Connection], None]) -> None:
    _sweep_temp_copies(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(target, exc.strerror or str(exc)) from None
    tmp = Path(tmp_name)
    try:
        # Held while we write it: a copy nobody holds was left by a killed run (see the sweep).
        with contextlib.suppress(OSError):
            claim(fd)
        permissions_as_new(tmp)
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            fill(conn)
        finally:
            conn.close()
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(folder)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise WriteError(target, str(exc)) from None
    finally:
        os.close(fd)


#: Temp copies write_db makes: ".<name>.studio.<8 random>.tmp", with SQLite's journal beside it.
_TEMP_COPY = re.compile(r"\..+\.studio\.[a-z0-9_]{8}\.tmp")


def _sweep_temp_copies(folder: Path) -> None:
    """Remove the temp copies (and their journals) that killed Save As runs left in ``folder``."""
    sweep_parts(folder, _TEMP_COPY)
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            base, dash, _rest = entry.name.rpartition("-")
            if dash and _TEMP_COPY.fullmatch(base) and not (folder / base).exists():
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def keep_original(path: Path, version: int) -> Path:
    """Copy a file about to be migrated to ``<name>.v<version>.bak``, whole or not at all."""
    backup = path.with_name(f"{path.name}.v{version}.bak")
    # A copy a crash cut short is ours to remove: we hold the project's lock.
    for stale in path.parent.glob(f".{glob.escape(backup.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{backup.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        shutil.copy2(path, tmp)
        fsync_file(tmp)
        os.replace(tmp, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)
    return backup

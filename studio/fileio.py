"""Small pieces of the atomic write shared by the store and the exports (no Qt, no model)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


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

"""Reading frame bytes off the UI thread, each worker with its own read-only connection."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path

from studio.store.safeopen import harden, uri

log = logging.getLogger(__name__)


class FrameReader:
    """A private read-only connection for fetching frame bytes off the UI thread.

    Each worker thread makes its own reader; SQLite connections are not shared across threads.
    """

    def __init__(self, path: str | Path) -> None:
        self._conn: sqlite3.Connection | None = None
        #: The project file read (a worker process opens a reader of its own on it).
        self.path = Path(path)
        try:
            self._conn = sqlite3.connect(
                uri(Path(path), "ro"), uri=True, isolation_level=None, check_same_thread=False
            )
            harden(self._conn)
        except sqlite3.Error as exc:
            # The file was moved or deleted while open: frames show as placeholders.
            log.warning("cannot read frames of %s: %s", path, exc)
            self.close()

    def get(self, digest: str, kind: str = "thumb") -> bytes | None:
        """One stored rendition of a frame, or None."""
        if self._conn is None:
            return None
        try:
            row = self._conn.execute(
                "SELECT data FROM frame_blob WHERE hash = ? AND kind = ?", (digest, kind)
            ).fetchone()
        except sqlite3.Error:
            return None
        return None if row is None else bytes(row[0])

    def close(self) -> None:
        """Close the connection."""
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()

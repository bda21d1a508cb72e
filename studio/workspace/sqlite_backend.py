"""The embedded workspace database: one SQLite file beside the user's settings, with FTS5."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from studio.workspace.db import SqlBackend
from studio.workspace.errors import WorkspaceError


class SqliteBackend(SqlBackend):
    """``sqlite:///PATH``: WAL so the window reads while the indexer writes."""

    keep_history = False

    def __init__(self, url: str, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: transactions are begun explicitly (see _begin), so DDL and
            # executemany are inside them too.
            conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = OFF")
        except (OSError, sqlite3.Error) as exc:
            raise WorkspaceError("unwritable", url=url, detail=str(exc)) from None
        self.path = path
        try:
            super().__init__(url, conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise WorkspaceError("damaged", url=url, detail=str(exc)) from None

    def _begin(self, cur: Any) -> None:
        cur.execute("BEGIN IMMEDIATE")

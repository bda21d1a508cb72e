"""Opening files from strangers defensively: check before trusting, never write while checking."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from studio.store.errors import (
    CorruptFileError,
    FileMissingError,
    NewerVersionError,
    NotAProjectError,
)
from studio.store.schema import APPLICATION_ID, SCHEMA_VERSION, expected_objects

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
#: Give up on any single check that takes longer than this (a hostile file must not hang us).
CHECK_SECONDS = 60.0
#: Tables checked lazily, when read, rather than on open.
LAZY_TABLES = frozenset({"frame_blob"})


def harden(conn: sqlite3.Connection) -> None:
    """Settings every connection to a project file gets, before it reads anything."""
    # Triggers and views are never part of a project file: whatever a hostile file's schema
    # holds may not call functions with side effects.
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")
    # Nor may it make one value, statement or expression big enough to exhaust memory.
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 1_000_000_000)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 1_000_000)
    conn.setlimit(sqlite3.SQLITE_LIMIT_EXPR_DEPTH, 200)


def uri(path: Path, mode: str) -> str:
    """A sqlite URI for ``path`` opened in ``mode`` (ro or rw)."""
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def _deadline_handler(seconds: float) -> Callable[[], int]:
    """A progress handler that makes SQLite abort once ``seconds`` have passed."""
    end = time.monotonic() + seconds

    def handler() -> int:
        return 1 if time.monotonic() > end else 0

    return handler


def check_header(path: Path) -> None:
    """Look at the raw bytes: exists, not empty, SQLite, not shorter than it says."""
    if not path.exists():
        raise FileMissingError(path)
    if not path.is_file():
        raise NotAProjectError(path, "not a regular file", "not_file")
    size = path.stat().st_size
    if size == 0:
        raise NotAProjectError(path, "empty file", "empty")
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise NotAProjectError(path, "not an SQLite file", "not_sqlite")
    if len(header) < 100:
        raise CorruptFileError(path, "truncated header", "truncated")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise CorruptFileError(path, "bad page size", "damaged")
    pages = int.from_bytes(header[28:32], "big")
    change_counter = header[24:28]
    valid_for = header[92:96]
    if pages and change_counter == valid_for and size < pages * page_size:
        raise CorruptFileError(path, f"truncated: {size} of {pages * page_size} bytes", "truncated")
    if size % page_size:
        raise CorruptFileError(path, "size is not a whole number of pages", "truncated")
    if int.from_bytes(header[68:72], "big") not in (0, APPLICATION_ID):
        raise NotAProjectError(path, "another application's database", "foreign")


def inspect(path: Path, full_check: bool = True) -> int:
    """Check a file read-only and return its schema version; raise a typed error if unusable."""
    check_header(path)
    try:
        conn = sqlite3.connect(uri(path, "ro"), uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise CorruptFileError(path, str(exc), "damaged") from None
    try:
        harden(conn)
        conn.set_progress_handler(_deadline_handler(CHECK_SECONDS), 10_000)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotAProjectError(path, "another application's database", "foreign")
        if version > SCHEMA_VERSION:
            raise NewerVersionError(path, version, SCHEMA_VERSION)
        if version < 1:
            raise NotAProjectError(path, "no schema version", "foreign")
        found = {
            (kind, name)
            for kind, name in conn.execute("SELECT type, name FROM sqlite_schema")
            if not name.startswith("sqlite_autoindex_")
        }
        unexpected = found - expected_objects(version)
        missing = expected_objects(version) - found
        if unexpected or missing:
            raise CorruptFileError(path, f"unexpected schema: {sorted(unexpected | missing)}", "schema")
        if full_check:
            # Every table but the image bytes: those can run to hundreds of megabytes, and a
            # damaged image only costs its own frame (it then prints as a placeholder).
            for _kind, table in sorted(found):
                if _kind != "table" or table in LAZY_TABLES:
                    continue
                result = conn.execute(f"PRAGMA quick_check({table})").fetchone()[0]
                if result != "ok":
                    raise CorruptFileError(path, f"integrity: {result}", "damaged")
        return int(version)
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise CorruptFileError(path, "check took too long", "timeout") from None
        raise CorruptFileError(path, str(exc), "damaged") from None
    except sqlite3.DatabaseError as exc:
        raise CorruptFileError(path, str(exc), "damaged") from None
    finally:
        conn.close()

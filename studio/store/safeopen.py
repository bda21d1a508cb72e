"""Opening files from strangers defensively: check before trusting, never write while checking."""

from __future__ import annotations

import logging
import os
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
    UnmergedLogError,
)
from studio.store.schema import APPLICATION_ID, SCHEMA_VERSION, expected_objects
from studio.store.walfile import committed_pages, wal_path

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
    extra = "&immutable=1" if mode == "ro" and _whole_wal_file_on_read_only_place(path) else ""
    return f"file:{quote(str(path.resolve()))}?mode={mode}{extra}"


def _whole_wal_file_on_read_only_place(path: Path) -> bool:
    """A file in WAL mode, with no log to merge and nobody using it, where nothing may be written.

    A copy of a project taken while it was open (Studio keeps the file current, so the copy is
    whole) still says "WAL" in its header; SQLite then wants to create a ``-shm`` index beside
    it even to read, which a CD or a locked USB stick refuses, and the open fails as if the file
    were damaged. Without a log or an index there is nothing but the file to read: it is read
    as the unchanging file it is there.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(20)
        log_size = wal_path(path).stat().st_size if wal_path(path).exists() else 0
    except OSError:
        return False
    in_wal_mode = header[18:20] == b"\x02\x02"
    shm = path.with_name(path.name + "-shm")
    return in_wal_mode and log_size == 0 and not shm.exists() and not os.access(path.parent, os.W_OK)


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
    # With a hot journal the main file may be half-written (page 1 first); SQLite's rollback
    # on the next open puts it right, so its size says nothing yet.
    hot_journal = journal_path(path).exists()
    if pages and change_counter == valid_for and size < pages * page_size and not hot_journal:
        _check_wal_holds_the_rest(path, size, pages, page_size)
    if size % page_size:
        raise CorruptFileError(path, "size is not a whole number of pages", "truncated")
    if int.from_bytes(header[68:72], "big") not in (0, APPLICATION_ID):
        raise NotAProjectError(path, "another application's database", "foreign")


def _check_wal_holds_the_rest(path: Path, size: int, pages: int, page_size: int) -> None:
    """Accept a main file shorter than its header only when the log holds every missing page.

    A crash during a checkpoint leaves exactly that: page 1 (with the new page count) is copied
    first, the pages after the end of the file are still in the ``-wal`` file, and SQLite
    recovers them on the next open. Anything else is a file cut short.
    """
    wal = committed_pages(path, page_size)
    needed = wal.db_pages or pages
    first = size // page_size + 1
    # More pages missing than the log holds at all: cut short, without counting them one by one
    # (a hostile header may claim four billion pages).
    if needed - first + 1 > len(wal.pages) or any(p not in wal.pages for p in range(first, needed + 1)):
        raise CorruptFileError(path, f"truncated: {size} of {needed * page_size} bytes", "truncated")


def journal_path(path: Path) -> Path:
    """Where SQLite keeps the rollback journal of a database file."""
    return path.with_name(path.name + "-journal")


def recover(path: Path) -> bool:
    """Let SQLite finish what a crash interrupted; True when it did.

    A hot rollback journal (a crash during a migration or a change of journal mode) is rolled
    back, and a write-ahead log left by a crash is merged into the file and removed, so the
    file is whole and self-contained again. A read-only connection can do neither, and the
    checks below read the file read-only. While another process has the file open SQLite
    refuses the merge (that process keeps the log readable) and nothing is changed.
    """
    if not (journal_path(path).exists() or wal_path(path).exists()):
        return False
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return False
    try:
        conn = sqlite3.connect(uri(path, "rw"), uri=True, isolation_level=None, timeout=0)
    except sqlite3.Error:
        return False
    try:
        harden(conn)
        # The first read rolls a hot journal back; leaving WAL mode checkpoints the log.
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlite3.Error as exc:
        log.info("left recovery of %s to its other user: %s", path, exc)
        return False
    finally:
        conn.close()
    log.info("recovered %s after an interrupted write", path)
    return True


def _schema_objects(conn: sqlite3.Connection, expected: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (type, name) of every schema object, judged by what it is rather than by its name.

    The only objects a project file holds besides the expected ones are the indexes SQLite
    makes itself for a primary key: type ``index``, no SQL text, on one of the expected tables.
    Anything else (a trigger or a view, whatever its name, even ``sqlite_autoindex_...``)
    is reported as it is, and refused.
    """
    tables = {name for kind, name in expected if kind == "table"}
    found = set()
    for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema"):
        automatic = kind == "index" and sql is None and str(name).startswith("sqlite_autoindex_")
        if automatic and table in tables:
            continue
        found.add((str(kind), str(name)))
    return found


def _refuse_unmerged_log_on_read_only_place(path: Path) -> None:
    """A crashed project (log without its index) where nothing may be written: say what it needs.

    SQLite reads such a log only after rebuilding its ``-shm`` index beside it, which a
    read-only place (a CD, a locked USB stick, a read-only share) does not allow; the open would
    fail as if the file were damaged. It is not: a copy of both files in a writable folder opens
    with every edit.
    """
    wal = wal_path(path)
    try:
        unmerged = wal.stat().st_size > 0
    except OSError:
        return
    shm = path.with_name(path.name + "-shm")
    if unmerged and not shm.exists() and not os.access(path.parent, os.W_OK):
        raise UnmergedLogError(path, wal.name)


def inspect(path: Path, full_check: bool = True) -> int:
    """Check a file read-only and return its schema version; raise a typed error if unusable.

    What a crash left behind (a hot journal, an unmerged log) is recovered first, once the
    header shows an SQLite file whose pages are all there (in the file or in its log).
    """
    check_header(path)
    if recover(path):
        check_header(path)
    _refuse_unmerged_log_on_read_only_place(path)
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
        found = _schema_objects(conn, expected_objects(version))
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

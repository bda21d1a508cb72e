"""An open project file: loads the model, persists every change as it happens."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from studio.models import ops
from studio.models.changes import Change, Op
from studio.models.entities import Frame, Project
from studio.store import rows
from studio.store.errors import (
    CorruptFileError,
    ProjectFileError,
    ReadOnlyLocationError,
    StoredValueRefused,
    WriteError,
)
from studio.store.filecopy import keep_original, write_db
from studio.store.lock import ProjectLock
from studio.store.safeopen import harden, inspect, uri
from studio.store.schema import SCHEMA_VERSION, create_schema, migrate
from studio.store.values import StoredValueError

log = logging.getLogger(__name__)

#: The extension of Studio project files.
EXTENSION = ".studio"


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri(path, mode), uri=True, isolation_level=None, check_same_thread=False)
    harden(conn)
    conn.execute("PRAGMA foreign_keys = OFF")
    return conn


def _start_writing(conn: sqlite3.Connection) -> None:
    # Only after the content was read and found good: switching to WAL rewrites the header.
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: every committed edit survives a power cut, not just a crash.
    conn.execute("PRAGMA synchronous = FULL")
    # Open the log and its index now: should the folder be deleted under us, the open file
    # stays readable to the end, so Save As can still rescue everything.
    conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[None]:
    """Failures inside are the disk refusing a write (full, read-only ...), not a damaged file."""
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        log.warning("could not write %s: %s", path, exc)
        raise WriteError(path, getattr(exc, "strerror", None) or str(exc), "write") from None


def _migrated_copy(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """An in-memory copy of an old file brought up to date, leaving the file untouched."""
    mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.backup(mem)
    migrate(mem, version)
    return mem


def write_new_file(path: Path, project: Project, blobs: dict[str, dict[str, bytes]] | None = None) -> None:
    """Write a complete project file atomically: a temp file beside it, then a rename."""

    def fill(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA journal_mode = DELETE")
        create_schema(conn)
        conn.execute("BEGIN")
        rows.write_all(conn, project)
        for digest, kinds in (blobs or {}).items():
            for kind, data in kinds.items():
                conn.execute(
                    "INSERT OR REPLACE INTO frame_blob (hash, kind, data) VALUES (?,?,?)",
                    (digest, kind, data),
                )
        conn.execute("COMMIT")

    write_db(Path(path), fill)


class ProjectFile:
    """A project open from disk. Edits made through :mod:`studio.models.ops` are saved at once."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, project: Project, lock: ProjectLock | None, readonly: bool
    ) -> None:
        self.path = path
        self.project = project
        self.readonly = readonly
        self._conn = conn
        self._lock = lock
        self._depth = 0
        self._muted = 0
        self._failure: WriteError | None = None
        self._identity = self._file_identity(path)
        project.listeners.append(self._on_change)

    @staticmethod
    def _file_identity(path: Path) -> tuple[int, int]:
        st = os.stat(path)
        return st.st_dev, st.st_ino

    # --- opening and closing -------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, readonly: bool = False, take_over: bool = False) -> ProjectFile:
        """Open a project, checking it first; raise a ProjectFileError subclass on failure.

        ``take_over`` takes over a stale lock that another account left (see StaleLockError).
        """
        path = Path(path)
        version = inspect(path)
        if readonly:
            conn = _connect(path, "ro")
            if version < SCHEMA_VERSION:
                # Read an old file through a migrated copy in memory; the file stays as it is.
                old, conn = conn, _migrated_copy(conn, version)
                old.close()
            return cls(path, conn, cls._load(path, conn), None, True)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise ReadOnlyLocationError(path, "", "readonly")
        lock = ProjectLock.acquire(path, take_over)
        try:
            conn = _connect(path, "rw")
            if version < SCHEMA_VERSION:
                # Prove the old content loads after migration before touching the file.
                probe = _migrated_copy(conn, version)
                cls._load(path, probe).listeners.clear()
                probe.close()
                with _writing(path):
                    backup = keep_original(path, version)
                    log.info("migrating %s from version %d; original kept as %s", path, version, backup)
                    migrate(conn, version)
            project = cls._load(path, conn)
            with _writing(path):
                _start_writing(conn)
            return cls(path, conn, project, lock, False)
        except sqlite3.Error as exc:
            lock.release()
            raise CorruptFileError(path, str(exc), "damaged") from None
        except BaseException:
            lock.release()
            raise

    @classmethod
    def reading(cls, path: str | Path, project: Project) -> ProjectFile:
        """A read-only view of the open file at ``path`` holding ``project``, a snapshot of it taken elsewhere:
        for work in another thread or process that reads the file's snapshots and frames and never writes."""
        path = Path(path)
        return cls(path, _connect(path, "ro"), project, None, True)

    @staticmethod
    def _load(path: Path, conn: sqlite3.Connection) -> Project:
        try:
            return rows.read_project(conn)
        except StoredValueError as exc:
            conn.close()
            raise StoredValueRefused(path, exc.table, exc.row, exc.field, exc.why, exc.value) from None
        except (ValueError, KeyError, TypeError, RecursionError, sqlite3.Error) as exc:
            conn.close()
            raise CorruptFileError(path, f"unreadable content: {exc}", "content") from None

    @classmethod
    def create(
        cls, path: str | Path, project: Project, blobs: dict[str, dict[str, bytes]] | None = None
    ) -> ProjectFile:
        """Write a new project file (replacing any file there) and open it."""
        write_new_file(Path(path), project, blobs)
        return cls.open(path)

    def close(self) -> None:
        """Checkpoint, close the database and release the lock."""
        if self._on_change in self.project.listeners:
            self.project.listeners.remove(self._on_change)
        with contextlib.suppress(sqlite3.Error):
            if not self.readonly:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.execute("PRAGMA journal_mode = DELETE")
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> ProjectFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions ----------------------------------------------------------

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group several edits into one transaction (one step on disk), all or nothing.

        A change that cannot be written does not stop the edit half-way: the model and every
        listener still see the whole edit, the rest of it is not written, and when the
        outermost batch ends the transaction is rolled back and :class:`WriteError` raised, so
        the caller can take the edit back (see :meth:`reverting`) with the file as it was.
        """
        if self.readonly:
            yield
            return
        if self._depth == 0:
            self._failure = None
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._write_error(exc) from None
        self._depth += 1
        try:
            yield
        except sqlite3.Error as exc:
            self._depth -= 1
            if self._depth == 0:
                self._rollback()
            raise self._write_error(exc) from None
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._rollback()
            raise
        self._depth -= 1
        if self._depth == 0:
            self._commit()

    def _commit(self) -> None:
        failure, self._failure = self._failure, None
        if failure is None:
            failure = self._moved()
        if failure is None:
            try:
                self._conn.execute("COMMIT")
                return
            except sqlite3.Error as exc:
                failure = self._write_error(exc)
        self._rollback()
        raise failure

    def _rollback(self) -> None:
        self._failure = None
        # SQLite may already have rolled back by itself (a full disk, an I/O error).
        if self._conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    def _write_error(self, exc: sqlite3.Error) -> WriteError:
        log.warning("could not save change to %s: %s", self.path, exc)
        return self._moved() or WriteError(self.path, str(exc), "write")

    def _moved(self) -> WriteError | None:
        """An error when the file at our path is no longer the one we have open.

        SQLite goes on writing to a file that was deleted or moved (with its folder, say)
        without a word; those writes would vanish on close, so they count as failed.
        """
        try:
            st = os.stat(self.path)
            if (st.st_dev, st.st_ino) == self._identity:
                return None
        except OSError:
            pass
        log.warning("%s was moved or deleted while open", self.path)
        return WriteError(self.path, "the file was moved or deleted", "moved")

    @property
    def in_batch(self) -> bool:
        """True inside :meth:`batch` (its changes commit when the outermost batch ends)."""
        return self._depth > 0

    @contextlib.contextmanager
    def reverting(self) -> Iterator[None]:
        """Changes made inside are not written: for taking back an edit the file did not take."""
        self._muted += 1
        try:
            yield
        finally:
            self._muted -= 1

    def _on_change(self, change: Change) -> None:
        if self.readonly or self._muted:
            return
        if self._depth == 0:
            with self.batch():
                self._on_change(change)
            return
        if self._failure is not None:
            return  # the transaction is lost already: write nothing more of it
        try:
            self._persist(change)
            self._conn.execute("UPDATE project SET modified = ?", (self.project.modified,))
        except sqlite3.Error as exc:
            self._failure = self._write_error(exc)

    def _persist(self, change: Change) -> None:
        c, t, parent = self._conn, change.target, change.parent
        if change.op is Op.RESULTS:
            variant_id = change.variant_id or ""
            rows.write_result(c, variant_id, self.project.results.get(variant_id))
        elif change.op is Op.SET:
            table = rows.table_of(t)
            column, value = rows.column_value(t, change.field or "")
            if isinstance(t, Project):
                c.execute(f"UPDATE project SET {column} = ?", (value,))
            else:
                key = table.key
                c.execute(f"UPDATE {table.name} SET {column} = ? WHERE {key} = ?", (value, getattr(t, key)))
        elif change.op is Op.INSERT:
            self._insert(t, parent)
        elif change.op is Op.REMOVE:
            rows.delete(c, t)
        elif change.op is Op.MOVE:
            self._move(t, parent)
        elif change.op is Op.RESET:
            rows.delete_content(c)
            rows.write_all(c, self.project)
        else:
            raise ValueError(f"unknown change {change.op!r}")

    def _insert(self, t: object, parent: object) -> None:
        """Insert an entity's rows, then store its siblings' order; any kind without a table raises."""
        table = rows.table_of(t)
        if not table.ordered:
            rows.insert(self._conn, t)
            return
        parent_id = getattr(parent, "id", "")
        rows.insert(self._conn, t, parent_id)
        rows.renumber(self._conn, rows.siblings(parent, t), parent_id)

    def _move(self, t: object, parent: object) -> None:
        """Store the new order after a move: of ``t``'s siblings in ``parent``, or (no parent) of ``t``'s children."""
        if parent is None:
            for attr, _ in rows.table_of(t).children:
                rows.renumber(self._conn, list(getattr(t, attr)), getattr(t, "id", ""))
            return
        rows.renumber(self._conn, rows.siblings(parent, t), getattr(parent, "id", ""))

    # --- frames ----------------------------------------------------------------

    def store_frame_bytes(self, digest: str, kinds: dict[str, bytes]) -> None:
        """Keep an image's original and renditions (before the frame is added to the model)."""
        if self.readonly:
            return
        with self.batch():
            self._conn.executemany(
                "INSERT OR REPLACE INTO frame_blob (hash, kind, data) VALUES (?,?,?)",
                [(digest, kind, data) for kind, data in kinds.items()],
            )

    def frame_bytes(self, digest: str, kind: str = "thumb") -> bytes | None:
        """One stored rendition ('original', 'thumb' or 'print') of a frame, or None."""
        try:
            row = self._conn.execute(
                "SELECT data FROM frame_blob WHERE hash = ? AND kind = ?", (digest, kind)
            ).fetchone()
        except sqlite3.DatabaseError as exc:
            # Image bytes are checked when read: a damaged one shows as a placeholder.
            log.warning("cannot read frame %s (%s) from %s: %s", digest[:12], kind, self.path, exc)
            return None
        return None if row is None else bytes(row[0])

    def store_image(self, data: bytes, filename: str) -> Frame:
        """Keep an image's bytes and renditions; returns its frame, not yet in the catalogue.

        Adding the frame to the document is an edit like any other (``ops.add_frame``), so
        the window can make it part of one undo step. Raises ImageError for unusable images.
        """
        from studio.media.images import content_hash, import_image

        digest = content_hash(data)
        existing = self.project.frames.get(digest)
        if existing is not None and self.frame_bytes(digest, "original") is not None:
            return existing
        image = import_image(data, filename)
        self.store_frame_bytes(
            image.hash, {"original": image.original, "thumb": image.thumb, "print": image.print}
        )
        return Frame(image.hash, Path(filename).name, image.width, image.height, image.format)

    def import_frame(self, data: bytes, filename: str) -> Frame:
        """Import an image once by content hash into the catalogue; raises ImageError for unusable images."""
        with self.batch():
            frame = self.store_image(data, filename)
            existing = self.project.frames.get(frame.hash)
            if existing is not None and existing is not frame:
                # Known by hash but its bytes were missing: the catalogue takes the fresh measurements.
                ops.remove_frame(self.project, existing)
            return ops.add_frame(self.project, frame)

    # --- the file on disk, whole --------------------------------------------------

    def checkpoint(self) -> bool:
        """Copy the edits waiting in the ``-wal`` log into the project file itself; True when all were.

        Every edit is durable once committed (it is in the log, synced), but the log is a second
        file: a copy of the ``.studio`` alone (attached to a mail, dragged to a chat, picked up by a
        sync client) would miss whatever the log still holds. The window calls this when editing
        pauses, so the file by itself is current within about two seconds of the last edit.
        Passive: it never waits for a reader (a thumbnail worker) and never blocks an edit; what a
        reader still needs is copied next time. A failure here loses nothing (the log keeps it).
        """
        if self.readonly or self.in_batch:
            return False
        try:
            busy, logged, copied = self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:
            log.info("checkpoint of %s postponed: %s", self.path, exc)
            return False
        return not busy and logged == copied

    # --- copies ------------------------------------------------------------------

    def save_copy(self, target: str | Path) -> None:
        """Write a consistent copy of the file elsewhere; this file stays open."""
        # The backup below is whole either way; this also brings the file itself up to date.
        self.checkpoint()

        def fill(dest: sqlite3.Connection) -> None:
            self._conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")

        write_db(Path(target), fill)

    def save_as(self, target: str | Path) -> None:
        """Copy to ``target`` and go on editing there; the old file is left as it was."""
        target = Path(target)
        self.save_copy(target)
        lock = ProjectLock.acquire(target)
        try:
            conn = _connect(target, "rw")
            _start_writing(conn)
        except sqlite3.Error as exc:
            lock.release()
            raise WriteError(target, str(exc)) from None
        old_conn, old_lock = self._conn, self._lock
        self._conn, self._lock, self.path, self.readonly = conn, lock, target, False
        self._identity = self._file_identity(target)
        with contextlib.suppress(sqlite3.Error):
            old_conn.close()
        if old_lock is not None:
            old_lock.release()

    @property
    def connection(self) -> sqlite3.Connection:
        """The open database, for the store's own helpers (snapshots, results)."""
        return self._conn


__all__ = ["EXTENSION", "ProjectFile", "ProjectFileError", "write_new_file"]

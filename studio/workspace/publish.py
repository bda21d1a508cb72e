"""Publishing a laptop's workspace to the team's server: the projects' facts and the library, never files.

No sync protocol of our own: every fact is keyed by (project id, revision) or by its entry id and sent
with ``INSERT … ON CONFLICT DO NOTHING``, in batches that are each one server transaction. What the server
already holds is read from the server itself, so an interrupted or repeated publish just sends what is
still missing, and two laptops publishing at once can neither lose nor double an entry. A project's
current revision (``heads``) moves only forward in time. The library also flows back, so a laptop offline
still offers the team's lines.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from studio.workspace import sql
from studio.workspace.db import SqlBackend

log = logging.getLogger(__name__)

#: Projects per server transaction: small enough that a lost connection costs little, big enough to be fast.
BATCH = 100
#: After this many new revisions the server's planner statistics are refreshed (else searches right after a
#: big first publish plan for empty tables until autovacuum comes round).
ANALYZE_AFTER = 500
#: How many times a batch is retried after the server chose it as a deadlock victim.
RETRIES = 5

FACT_TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("projects", sql.PROJECT_COLS),
    ("docs", sql.DOC_COLS),
    ("calendar_items", sql.CALENDAR_COLS),
    ("result_facts", sql.RESULT_COLS),
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass
class Pending:
    """What a laptop holds that the server does not (yet)."""

    projects: list[tuple[str, str]] = field(default_factory=list)
    heads: list[tuple[Any, ...]] = field(default_factory=list)
    library: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Projects (new revisions or moved heads) and library entries still to publish."""
        return len(self.heads) + len(self.library) + len(self.retired)


@dataclass
class Published:
    """What one publish did."""

    projects: int = 0
    heads: int = 0
    library: int = 0
    retired: int = 0
    pulled: int = 0
    cancelled: bool = False
    server_projects: int = 0
    server_library: int = 0


def _keys(backend: SqlBackend, text: str) -> set[tuple[Any, ...]]:
    return {tuple(r) for r in backend._rows(text)}


def pending(local: SqlBackend, server: SqlBackend) -> Pending:
    """Compare the laptop's index with the server's: the revisions, heads and library entries to send."""
    have = _keys(server, "SELECT project_id, revision FROM projects")
    server_heads = {
        r[0]: r[1:] for r in server._rows("SELECT project_id, revision, deleted, updated FROM heads")
    }
    out = Pending()
    for pid, rev, path, updated, deleted in sorted(
        local._rows("SELECT project_id, revision, path, updated, deleted FROM heads")
    ):
        facts_there = (pid, rev) in have
        if not facts_there and not deleted:
            out.projects.append((pid, rev))
        theirs = server_heads.get(pid)
        if theirs is None or (
            (theirs[0], int(theirs[1])) != (rev, int(deleted)) and str(theirs[2]) <= str(updated)
        ):
            out.heads.append((pid, rev, path, updated, int(deleted)))
    server_library = {r[0] for r in server._rows("SELECT entry_id FROM library")}
    out.library = sorted(
        r[0] for r in local._rows("SELECT entry_id FROM library") if r[0] not in server_library
    )
    server_retired = {r[0] for r in server._rows("SELECT entry_id FROM library_retired")}
    out.retired = sorted(
        r[0] for r in local._rows("SELECT entry_id FROM library_retired") if r[0] not in server_retired
    )
    return out


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _fact_rows(
    local: SqlBackend, table: str, cols: tuple[str, ...], keys: list[tuple[str, str]]
) -> list[Any]:
    names = ", ".join(f'"{c}"' for c in cols)
    rows: list[Any] = []
    for chunk in _chunks(keys, 200):
        pairs = ", ".join("(?, ?)" for _ in chunk)
        params = [v for key in chunk for v in key]
        rows.extend(
            local._rows(f"SELECT {names} FROM {table} WHERE (project_id, revision) IN ({pairs})", params)
        )
    return rows


def _heads_upsert(server: SqlBackend) -> str:
    """A head is written when new, or when this laptop saw its project later than the server's head did."""
    cols = ", ".join(f'"{c}"' for c in sql.HEAD_COLS)
    marks = ", ".join("?" for _ in sql.HEAD_COLS)
    sets = ", ".join(f'"{c}" = excluded."{c}"' for c in sql.HEAD_COLS if c != "project_id")
    return server.dialect.sql(
        f"INSERT INTO heads ({cols}) VALUES ({marks}) ON CONFLICT (project_id) DO UPDATE SET {sets}"
        " WHERE heads.updated <= excluded.updated"
    )


def _retrying(server: SqlBackend, work: Callable[[Any], None]) -> None:
    """Run ``work(cursor)`` in one server transaction, again if the server broke a deadlock with it."""
    for attempt in range(RETRIES):
        try:
            with server.transaction() as cur:
                work(cur)
            return
        except Exception as exc:  # only the database's "try again" errors are retried
            if attempt == RETRIES - 1 or not _transient(exc):
                raise
            log.info("publish batch retried after %s", type(exc).__name__)


def _transient(exc: BaseException) -> bool:
    sqlstate = getattr(exc, "sqlstate", None)
    # 40P01 deadlock detected, 40001 serialization failure
    return sqlstate in ("40P01", "40001")


def publish(
    local: SqlBackend,
    server: SqlBackend,
    source: str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    batch: int = BATCH,
) -> Published:
    """Send the laptop's missing facts, heads and library entries to the server; pull the team's library back.

    Raises the server's WorkspaceError (e.g. ``lost``) when it goes away: the batches sent so far stay,
    the rest is sent by the next publish. ``cancel`` is asked between batches.
    """
    todo = pending(local, server)
    done = Published()
    total = max(1, len(todo.heads) + len(todo.library) + len(todo.retired))
    step = 0
    new_facts = set(todo.projects)
    upsert = _heads_upsert(server)
    for heads in _chunks(todo.heads, batch):
        if cancel is not None and cancel():
            done.cancelled = True
            return done
        keys = [(h[0], h[1]) for h in heads if (h[0], h[1]) in new_facts]
        tables = [(t, cols, _fact_rows(local, t, cols, keys)) for t, cols in FACT_TABLES]
        head_rows = [(pid, rev, path, source, updated, deleted) for pid, rev, path, updated, deleted in heads]

        def send(cur: Any, tables: list[Any] = tables, head_rows: list[Any] = head_rows) -> None:
            for table, cols, rows in tables:
                if rows:
                    cur.executemany(server.dialect.insert_ignore(table, cols), rows)
            cur.executemany(upsert, head_rows)

        _retrying(server, send)
        done.projects += len(keys)
        done.heads += len(heads)
        step += len(heads)
        if progress is not None:
            progress(step, total)
    for table, cols, ids, attr in (
        ("library", sql.LIBRARY_COLS, todo.library, "library"),
        ("library_retired", sql.RETIRED_COLS, todo.retired, "retired"),
    ):
        for chunk in _chunks(ids, batch * 5):
            if cancel is not None and cancel():
                done.cancelled = True
                return done
            rows = _rows_by_id(local, table, cols, chunk)

            def send_entries(
                cur: Any, rows: list[Any] = rows, table: str = table, cols: tuple[str, ...] = cols
            ) -> None:
                cur.executemany(server.dialect.insert_ignore(table, cols), rows)

            _retrying(server, send_entries)
            setattr(done, attr, getattr(done, attr) + len(chunk))
            step += len(chunk)
            if progress is not None:
                progress(step, total)
    if done.projects >= ANALYZE_AFTER:
        refresh_statistics(server)
    done.pulled = pull_library(server, local)
    done.server_projects, done.server_library = counts(server)
    return done


def _rows_by_id(backend: SqlBackend, table: str, cols: tuple[str, ...], ids: list[str]) -> list[Any]:
    names = ", ".join(f'"{c}"' for c in cols)
    rows: list[Any] = []
    for chunk in _chunks(ids, 200):
        marks = ", ".join("?" for _ in chunk)
        rows.extend(backend._rows(f"SELECT {names} FROM {table} WHERE entry_id IN ({marks})", chunk))
    return rows


def pull_library(server: SqlBackend, local: SqlBackend) -> int:
    """Copy the team's library entries and retirements the laptop lacks; returns how many came."""
    came = 0
    for table, cols in (("library", sql.LIBRARY_COLS), ("library_retired", sql.RETIRED_COLS)):
        have = {r[0] for r in local._rows(f"SELECT entry_id FROM {table}")}
        missing = sorted(r[0] for r in server._rows(f"SELECT entry_id FROM {table}") if r[0] not in have)
        for chunk in _chunks(missing, BATCH * 5):
            rows = _rows_by_id(server, table, cols, chunk)
            with local.transaction() as cur:
                cur.executemany(local.dialect.insert_ignore(table, cols), rows)
            came += len(rows)
    return came


def open_sql(url: str) -> SqlBackend:
    """Open a workspace database publishing can copy rows of (every backend Studio has is one)."""
    from studio.workspace import open_workspace
    from studio.workspace.errors import WorkspaceError

    backend = open_workspace(url)
    if not isinstance(backend, SqlBackend):
        backend.close()
        raise WorkspaceError("bad_url", url=url)
    return backend


def refresh_statistics(server: SqlBackend) -> None:
    """ANALYZE the fact tables when this database has the statement (PostgreSQL); best effort."""
    if server.dialect.name != "postgresql":
        return
    try:
        with server.transaction() as cur:
            cur.execute("ANALYZE heads, projects, docs, calendar_items, result_facts")
    except Exception as exc:  # a member who does not own the tables: autovacuum will do it
        log.info("ANALYZE skipped: %s", exc)


def counts(server: SqlBackend) -> tuple[int, int]:
    """Current projects and library entries on the server (what the window shows of its state)."""
    projects = server._rows("SELECT count(*) FROM heads WHERE deleted = 0")
    library = server._rows("SELECT count(*) FROM library")
    return int(projects[0][0]), int(library[0][0])


@dataclass
class ServerState:
    """What the window shows of the team's server: where, how much it holds, what waits to go there."""

    shown: str
    is_server: bool
    projects: int = 0
    library: int = 0
    waiting: int = 0


def server_state(url: str | None) -> ServerState:
    """The chosen workspace's server state (raises the server's WorkspaceError when it cannot be read)."""
    from studio.workspace.location import resolve_url
    from studio.workspace.server import address, is_server_url, local_url

    chosen = resolve_url(url)
    if not is_server_url(chosen):
        return ServerState(chosen, False)
    server = open_sql(chosen)
    try:
        projects, library = counts(server)
        local = open_sql(local_url())
        try:
            waiting = pending(local, server).count
        finally:
            local.close()
    finally:
        server.close()
    return ServerState(address(chosen).shown(), True, projects, library, waiting)


def publish_now(url: str | None, progress: Progress | None = None) -> Published:
    """Publish this computer's copy to the chosen server (the window's Publish button)."""
    from studio.workspace.errors import WorkspaceError
    from studio.workspace.location import resolve_url
    from studio.workspace.server import is_server_url, local_url, redact, source_name

    chosen = resolve_url(url)
    if not is_server_url(chosen):
        raise WorkspaceError("bad_url", url=redact(chosen))
    local = open_sql(local_url())
    try:
        server = open_sql(chosen)
        try:
            return publish(local, server, source_name(), progress=progress)
        finally:
            server.close()
    finally:
        local.close()

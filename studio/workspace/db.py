"""The workspace's queries written once over DB-API 2; a :class:`Dialect` adapts them per database."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from studio.workspace import sql
from studio.workspace.errors import WorkspaceError
from studio.workspace.facts import (
    CalendarItem,
    FileState,
    Hit,
    LibraryEntry,
    LineDoc,
    ProjectFacts,
    ProjectRow,
    ProjectSummary,
    ResultFact,
)


def now_iso() -> str:
    """The time now, UTC, to the second, as the tables keep it."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class SqlBackend:
    """A workspace database reached through a DB-API connection; subclasses open the connection."""

    dialect: sql.Dialect = sql.Dialect()
    #: Keep the facts of earlier revisions (a shared server does; a laptop's index need not).
    keep_history = True

    def __init__(self, url: str, conn: Any) -> None:
        self.url = url
        self.conn = conn
        self._prepare()

    @property
    def dialect_name(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.dialect.name

    # --- plumbing ------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One transaction: everything inside is kept, or nothing."""
        cur = self.conn.cursor()
        try:
            self._begin(cur)
            yield cur
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        finally:
            cur.close()

    def _begin(self, cur: Any) -> None:
        """Start a transaction (DB-API drivers mostly do this themselves)."""

    def _rows(self, text: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        cur = self.conn.cursor()
        try:
            cur.execute(self.dialect.sql(text), tuple(params))
            return list(cur.fetchall())
        finally:
            cur.close()
            self.conn.commit()

    def _records(self, names: Sequence[str], alias: str, rest: str,
                 params: Sequence[object] = ()) -> list[tuple[dict[str, Any], tuple[Any, ...]]]:  # fmt: skip
        """The rows of ``SELECT`` the columns ``names`` of table ``alias``, then ``rest`` (more columns, FROM ...):
        each as (those columns by name, the columns after them)."""
        cols = ", ".join(f'{alias}."{c}"' for c in names)
        n = len(names)
        return [
            (dict(zip(names, r[:n], strict=True)), r[n:])
            for r in self._rows(f"SELECT {cols}, {rest}", params)
        ]

    def _prepare(self) -> None:
        with self.transaction() as cur:
            for statement in self.dialect.ddl():
                cur.execute(statement)
            cur.execute(self.dialect.sql('SELECT "value" FROM meta WHERE "key" = ?'), ("schema_version",))
            row = cur.fetchone()
            if row is None:
                cur.execute(
                    self.dialect.insert_ignore("meta", ("key", "value")),
                    ("schema_version", str(sql.SCHEMA_VERSION)),
                )
            elif int(row[0]) > sql.SCHEMA_VERSION:
                raise WorkspaceError(
                    "newer_schema", url=self.url, version=int(row[0]), supported=sql.SCHEMA_VERSION
                )

    def schema_version(self) -> int:
        """The schema version the database holds."""
        rows = self._rows('SELECT "value" FROM meta WHERE "key" = ?', ("schema_version",))
        return int(rows[0][0]) if rows else 0

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    # --- folders and files ---------------------------------------------------

    def add_folder(self, path: str) -> bool:
        """Index ``path`` from now on; False when it already was."""
        with self.transaction() as cur:
            cur.execute(self.dialect.insert_ignore("folders", ("path", "added")), (path, now_iso()))
            return bool(cur.rowcount)

    def remove_folder(self, path: str) -> None:
        """Stop indexing ``path``; its files' projects leave the lists."""
        with self.transaction() as cur:
            cur.execute(self.dialect.sql("DELETE FROM folders WHERE path = ?"), (path,))
            cur.execute(self.dialect.sql("SELECT project_id FROM files WHERE folder = ?"), (path,))
            ids = [r[0] for r in cur.fetchall() if r[0]]
            cur.execute(self.dialect.sql("DELETE FROM files WHERE folder = ?"), (path,))
            for pid in ids:
                cur.execute(self.dialect.sql("UPDATE heads SET deleted = 1 WHERE project_id = ?"), (pid,))

    def folders(self) -> list[str]:
        """The folders indexed, in the order they were added."""
        return [r[0] for r in self._rows("SELECT path FROM folders ORDER BY added, path")]

    def file_states(self) -> dict[str, FileState]:
        """Every file last seen, by path."""
        cols = ", ".join(f'"{c}"' for c in sql.FILE_COLS)
        return {r[0]: FileState(*r) for r in self._rows(f"SELECT {cols} FROM files")}

    def put_file(self, state: FileState) -> None:
        """Record how a file was last seen."""
        values = tuple(getattr(state, c) for c in sql.FILE_COLS)
        with self.transaction() as cur:
            cur.execute(self.dialect.upsert("files", sql.FILE_COLS, ("path",)), values)

    def forget_file(self, path: str) -> None:
        """The file is gone: forget it (its project is marked deleted by the caller if no other file has it)."""
        with self.transaction() as cur:
            cur.execute(self.dialect.sql("DELETE FROM files WHERE path = ?"), (path,))

    # --- project facts -------------------------------------------------------

    def put_project(self, facts: ProjectFacts, path: str, source: str = "local") -> bool:
        """Store one revision of a project and make it the current one; False when it was already there."""
        pid, rev = facts.project_id, facts.revision
        s = facts.summary
        with self.transaction() as cur:
            row = [getattr(s, c) for c in sql.PROJECT_COLS if c not in ("project_id", "revision", "creators")]
            values = (pid, rev, *row[:11], json.dumps(list(s.creators), ensure_ascii=False), *row[11:])
            cur.execute(self.dialect.insert_ignore("projects", sql.PROJECT_COLS), values)
            added = bool(cur.rowcount)
            if added:
                self._put_parts(cur, facts)
            cur.execute(
                self.dialect.upsert("heads", sql.HEAD_COLS, ("project_id",)),
                (pid, rev, path, source, now_iso(), 0),
            )
            if added and not self.keep_history:
                for table in ("docs", "calendar_items", "result_facts", "projects"):
                    cur.execute(
                        self.dialect.sql(f"DELETE FROM {table} WHERE project_id = ? AND revision <> ?"),
                        (pid, rev),
                    )
        return added

    def _put_parts(self, cur: Any, facts: ProjectFacts) -> None:
        pid, rev = facts.project_id, facts.revision
        docs = [(pid, rev, *(getattr(d, c) for c in sql.DOC_COLS[2:])) for d in facts.docs]
        if docs:
            cur.executemany(self.dialect.insert_ignore("docs", sql.DOC_COLS), docs)
        items = [
            (pid, rev, i.n, i.kind, i.day, i.end_day, i.title, i.who, i.variant, int(i.done))
            for i in facts.calendar
        ]
        if items:
            cur.executemany(self.dialect.insert_ignore("calendar_items", sql.CALENDAR_COLS), items)
        results = [(pid, rev, *(getattr(r, c) for c in sql.RESULT_COLS[2:])) for r in facts.results]
        if results:
            cur.executemany(self.dialect.insert_ignore("result_facts", sql.RESULT_COLS), results)

    def mark_deleted(self, project_id: str) -> None:
        """The project's file is gone: it leaves the lists (its facts stay)."""
        with self.transaction() as cur:
            cur.execute(
                self.dialect.sql("UPDATE heads SET deleted = 1, updated = ? WHERE project_id = ?"),
                (now_iso(), project_id),
            )

    def head(self, project_id: str) -> tuple[str, str, bool] | None:
        """(revision, path, deleted) of the project's current revision, or None."""
        rows = self._rows("SELECT revision, path, deleted FROM heads WHERE project_id = ?", (project_id,))
        return (rows[0][0], rows[0][1], bool(rows[0][2])) if rows else None

    def projects(self) -> list[ProjectRow]:
        """Every current project with where its file is (filtering and sorting: see index.select)."""
        records = self._records(
            sql.PROJECT_COLS,
            "p",
            "h.path, h.source, h.updated FROM heads h JOIN projects p"
            " ON p.project_id = h.project_id AND p.revision = h.revision WHERE h.deleted = 0",
        )
        out = []
        for values, rest in records:
            rev = values.pop("revision")
            values["creators"] = tuple(json.loads(values["creators"] or "[]"))
            out.append(ProjectRow(ProjectSummary(**values), rev, *rest))
        return out

    def search(self, terms: list[str], kinds: Sequence[str] = (), limit: int = 50) -> list[Hit]:
        """Texts holding every term (as the start of a word), best first, current projects only."""
        if not terms:
            return []
        text, params = self.dialect.search(terms, len(kinds), limit)
        rows = self._rows(text, [*params, *kinds])
        titles = self._titles({r[0] for r in rows})
        hits = []
        for r in rows:
            values = dict(zip(sql.DOC_COLS, r[: len(sql.DOC_COLS)], strict=True))
            pid = values.pop("project_id")
            values.pop("revision")
            title, path = titles.get(pid, ("", ""))
            hits.append(Hit(pid, title, path, LineDoc(**values), float(r[-1])))
        return hits

    def _titles(self, ids: set[str]) -> dict[str, tuple[str, str]]:
        """(title, path) of these current projects only (a search must not read all 10,000 to name 50 hits)."""
        out: dict[str, tuple[str, str]] = {}
        ordered = sorted(ids)
        for i in range(0, len(ordered), 200):
            chunk = ordered[i : i + 200]
            marks = ", ".join("?" for _ in chunk)
            for pid, title, path in self._rows(
                "SELECT h.project_id, p.title, h.path FROM heads h JOIN projects p"
                " ON p.project_id = h.project_id AND p.revision = h.revision"
                f" WHERE h.deleted = 0 AND h.project_id IN ({marks})",
                chunk,
            ):
                out[pid] = (title, path)
        return out

    def calendar(self, start: str = "", end: str = "9999-12-31") -> list[CalendarItem]:
        """Current projects' dated items from ``start`` to ``end`` (days, inclusive), by day."""
        records = self._records(
            sql.CALENDAR_COLS[2:],
            "c",
            "c.project_id, p.title FROM calendar_items c"
            " JOIN heads h ON h.project_id = c.project_id AND h.revision = c.revision AND h.deleted = 0"
            " JOIN projects p ON p.project_id = c.project_id AND p.revision = c.revision"
            " WHERE c.day >= ? AND c.day <= ? ORDER BY c.day, p.title, c.n",
            (start, end),
        )
        out = []
        for values, (project_id, title) in records:
            values["done"] = bool(values["done"])
            out.append(CalendarItem(**values, project_id=project_id, project_title=title))
        return out

    def result_facts(self) -> list[ResultFact]:
        """Every current project's variants with results."""
        cols = ", ".join(f'r."{c}"' for c in sql.RESULT_COLS[2:])
        rows = self._rows(
            f"SELECT {cols}, r.project_id FROM result_facts r"
            " JOIN heads h ON h.project_id = r.project_id AND h.revision = r.revision AND h.deleted = 0"
        )
        return [ResultFact(*r) for r in rows]

    # --- the shared library --------------------------------------------------

    def add_library(self, entry: LibraryEntry) -> bool:
        """Keep an entry; False when one with its id is already kept (entries are never changed)."""
        with self.transaction() as cur:
            cur.execute(
                self.dialect.insert_ignore("library", sql.LIBRARY_COLS),
                tuple(getattr(entry, c) for c in sql.LIBRARY_COLS),
            )
            return bool(cur.rowcount)

    def retire(self, entry_id: str, by: str, why: str = "") -> bool:
        """Retire an entry (it stays, marked); False when there is no such entry or it already was."""
        with self.transaction() as cur:
            cur.execute(self.dialect.sql("SELECT 1 FROM library WHERE entry_id = ?"), (entry_id,))
            if cur.fetchone() is None:
                return False
            cur.execute(
                self.dialect.insert_ignore("library_retired", sql.RETIRED_COLS),
                (entry_id, by, now_iso(), why),
            )
            return bool(cur.rowcount)

    def library(self, include_retired: bool = False) -> list[LibraryEntry]:
        """The kept entries, newest first; retired ones only when asked."""
        records = self._records(
            sql.LIBRARY_COLS,
            "l",
            "r.entry_id, r.why FROM library l LEFT JOIN library_retired r ON r.entry_id = l.entry_id"
            " ORDER BY l.created DESC, l.entry_id",
        )
        out = []
        for values, (retired_id, why) in records:
            retired = retired_id is not None
            if retired and not include_retired:
                continue
            out.append(LibraryEntry(**values, retired=retired, retired_why=why or ""))
        return out

"""The workspace on a PostgreSQL server (psycopg 3): the same tables and queries as the embedded database,
with PostgreSQL's full-text search over the same pre-split words, and every history kept.

psycopg is imported here only, and this module only when a ``postgresql://`` URL is used.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from studio.workspace import sql
from studio.workspace.db import SqlBackend
from studio.workspace.errors import WorkspaceError
from studio.workspace.server import connect_error, connect_options, lost_error, redact

try:
    import psycopg
except ImportError as exc:  # open_workspace turns this into WorkspaceError("no_driver")
    raise ImportError(f"psycopg is not installed ({exc})") from exc

#: pg_advisory_xact_lock key: one client at a time creates the tables (CREATE ... IF NOT EXISTS races).
_SCHEMA_LOCK = 0x5354_5544_494F  # "STUDIO"


def _lexeme(term: str) -> str:
    """A query word as a quoted tsquery prefix lexeme ('word':*), whatever characters it holds."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "':*"


class PgDialect(sql.Dialect):
    """PostgreSQL's spelling: %s placeholders, double-precision reals, tsvector search."""

    name = "postgresql"
    placeholder = "%s"

    def ddl(self) -> list[str]:
        """The common tables, plus each text's words as a stored tsvector with a GIN index."""
        return [
            *sql.common_ddl(real="DOUBLE PRECISION"),
            "ALTER TABLE docs ADD COLUMN IF NOT EXISTS tsv tsvector"
            " GENERATED ALWAYS AS (to_tsvector('simple', coalesce(tokens, ''))) STORED",
            # no pending list: every search would scan it linearly until a vacuum (7 ms for a word nowhere)
            "CREATE INDEX IF NOT EXISTS docs_tsv ON docs USING GIN (tsv) WITH (fastupdate = off)",
            "CREATE INDEX IF NOT EXISTS heads_current ON heads (project_id, revision) WHERE deleted = 0",
            "CREATE INDEX IF NOT EXISTS library_created ON library (created)",
        ]

    def search(self, terms: list[str], kinds: int, limit: int) -> tuple[str, list[object]]:
        """Docs of current projects holding every term as a word's start; best (smallest rank) first."""
        query = " & ".join(_lexeme(t) for t in terms)
        kind_sql = f" AND d.kind IN ({', '.join('%s' for _ in range(kinds))})" if kinds else ""
        cols = ", ".join(f'd."{c}"' for c in sql.DOC_COLS)
        # the tsquery is given twice rather than joined in: the planner uses the GIN index only for a
        # query it can see as a constant; ranked among the first SEARCH_CANDIDATES matches (see sql.py)
        text = (
            f"SELECT * FROM (SELECT {cols}, -ts_rank(d.tsv, to_tsquery('simple', %s)) AS rank FROM docs d"
            " JOIN heads h ON h.project_id = d.project_id AND h.revision = d.revision AND h.deleted = 0"
            f" WHERE d.tsv @@ to_tsquery('simple', %s){kind_sql} LIMIT {sql.SEARCH_CANDIDATES}) c"
            f" ORDER BY rank, project_id, n LIMIT {int(limit)}"
        )
        return text, [query, query]

    def sql(self, text: str) -> str:
        """``?`` placeholders as psycopg's ``%s`` (a literal % is doubled so psycopg keeps it)."""
        return super().sql(text.replace("%", "%%")) if "?" in text else text


class PgBackend(SqlBackend):
    """``postgresql://user@host:port/db``: a team's shared workspace (facts of every revision kept)."""

    dialect = PgDialect()
    keep_history = True

    def __init__(self, url: str) -> None:
        try:
            conn = psycopg.connect(**connect_options(url))
        except psycopg.OperationalError as exc:
            raise connect_error(exc, url) from None
        try:
            super().__init__(redact(url), conn)
        except BaseException:
            conn.close()
            raise
        self.full_url = url

    # --- plumbing: every driver failure becomes a WorkspaceError the fronts can word -------------------

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One server transaction; a server that goes away inside it is ``lost`` (nothing half-kept)."""
        try:
            with super().transaction() as cur:
                yield cur
        except psycopg.OperationalError as exc:
            raise lost_error(exc, self.url) from None
        except psycopg.errors.InsufficientPrivilege as exc:
            raise WorkspaceError("unwritable", url=self.url, detail=str(exc).strip()) from None

    def _rows(self, text: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        try:
            return super()._rows(text, params)
        except psycopg.OperationalError as exc:
            self._quiet_rollback()
            raise lost_error(exc, self.url) from None

    def _quiet_rollback(self) -> None:
        with suppress(psycopg.Error):
            self.conn.rollback()

    def _prepare(self) -> None:
        """Refuse a newer schema before touching anything; else create what is missing, one client at a time."""
        version = self._stored_version()
        if version is not None and version >= sql.SCHEMA_VERSION:
            # an up-to-date database needs no DDL (a member without CREATE rights can still use it)
            self._check_version(version)
            return
        with self.transaction() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            for statement in self.dialect.ddl():
                cur.execute(statement)
            cur.execute('SELECT "value" FROM meta WHERE "key" = %s', ("schema_version",))
            row = cur.fetchone()
            if row is None:
                cur.execute(
                    self.dialect.insert_ignore("meta", ("key", "value")),
                    ("schema_version", str(sql.SCHEMA_VERSION)),
                )
            else:
                self._check_version(int(row[0]))

    def _stored_version(self) -> int | None:
        rows = self._rows("SELECT to_regclass('meta') IS NOT NULL")
        if not rows or not rows[0][0]:
            return None
        rows = self._rows('SELECT "value" FROM meta WHERE "key" = ?', ("schema_version",))
        try:
            return int(rows[0][0]) if rows else None
        except ValueError:
            return None

    def _check_version(self, version: int) -> None:
        if version > sql.SCHEMA_VERSION:
            raise WorkspaceError("newer_schema", url=self.url, version=version, supported=sql.SCHEMA_VERSION)

    def close(self) -> None:
        """Close the connection (a server already gone is not an error here)."""
        with suppress(psycopg.Error):
            self.conn.close()

"""Every difference between the databases in one place: column lists, DDL, placeholders, search.

The tables and columns are the same on SQLite and PostgreSQL (see /work/wt/WORKSPACE.md); the
queries in :mod:`studio.workspace.db` are written once with ``?`` placeholders and a
:class:`Dialect` turns them into each database's form.
"""

from __future__ import annotations

import re

#: Search ranks the best hits among this many matching texts: a query broader than that (a word in most
#: projects) gives good hits, not provably the best of every match; another word narrows it (teamdb).
SEARCH_CANDIDATES = 2000
#: The workspace database's own schema version; a database of a newer one is refused.
SCHEMA_VERSION = 1

FILE_COLS = ("path", "folder", "mtime_ns", "size", "sha256", "project_id", "status", "detail", "seen")
HEAD_COLS = ("project_id", "revision", "path", "source", "updated", "deleted")
PROJECT_COLS = (
    "project_id", "revision", "title", "product", "brand", "platform", "category", "language",
    "template", "status", "created", "modified", "variants", "creators", "post_by", "hand_in",
    "plays", "impressions", "conversions", "gmv", "spend", "length_s",
)  # fmt: skip
DOC_COLS = (
    "project_id", "revision", "n", "kind", "field", "script_id", "beat_id", "beat_kind", "beat_name",
    "alt_id", "shot_id", "shot_code", "text", "tokens",
)  # fmt: skip
CALENDAR_COLS = ("project_id", "revision", "n", "kind", "day", "end_day", "title", "who", "variant", "done")
RESULT_COLS = (
    "project_id", "revision", "variant_id", "variant", "hook_device", "cta_device", "template",
    "structure", "length_band", "platform", "category", "impressions", "plays", "views_3s", "completions",
    "clicks", "conversions", "spend", "gmv", "retention_3s",
)  # fmt: skip
LIBRARY_COLS = (
    "entry_id", "kind", "text", "tokens", "beat_kind", "device", "metric", "value", "lo", "hi",
    "videos", "evidence", "author", "project_id", "project_title", "created",
)  # fmt: skip
RETIRED_COLS = ("entry_id", "by", "at", "why")

_TEXT_TYPES = {"BIGINT": "BIGINT", "INT": "INTEGER", "REAL": "REAL", "TEXT": "TEXT"}


def _table(name: str, cols: dict[str, str], key: tuple[str, ...], real: str) -> str:
    body = ", ".join(f'"{c}" {t.replace("REAL", real)}' for c, t in cols.items())
    return f"CREATE TABLE IF NOT EXISTS {name} ({body}, PRIMARY KEY ({', '.join(key)}))"


def _typed(cols: tuple[str, ...], types: dict[str, str]) -> dict[str, str]:
    return {c: types.get(c, "TEXT") for c in cols}


_INTS = {"mtime_ns": "BIGINT", "size": "BIGINT", "deleted": "INTEGER", "variants": "INTEGER", "n": "INTEGER",
         "done": "INTEGER", "videos": "INTEGER", "plays": "BIGINT", "impressions": "BIGINT",
         "conversions": "BIGINT", "completions": "BIGINT", "clicks": "BIGINT", "views_3s": "BIGINT"}  # fmt: skip
_REALS = {"gmv": "REAL", "spend": "REAL", "length_s": "REAL", "retention_3s": "REAL", "value": "REAL",
          "lo": "REAL", "hi": "REAL"}  # fmt: skip
_TYPES = {**_INTS, **_REALS}


def common_ddl(real: str = "REAL") -> list[str]:
    """The tables both databases hold, with ``real`` as the floating-point type's name."""
    return [
        'CREATE TABLE IF NOT EXISTS meta ("key" TEXT PRIMARY KEY, "value" TEXT)',
        'CREATE TABLE IF NOT EXISTS folders ("path" TEXT PRIMARY KEY, "added" TEXT)',
        _table("files", _typed(FILE_COLS, _TYPES), ("path",), real),
        _table("heads", _typed(HEAD_COLS, _TYPES), ("project_id",), real),
        _table("projects", _typed(PROJECT_COLS, _TYPES), ("project_id", "revision"), real),
        _table("docs", _typed(DOC_COLS, _TYPES), ("project_id", "revision", "n"), real),
        _table("calendar_items", _typed(CALENDAR_COLS, _TYPES), ("project_id", "revision", "n"), real),
        _table("result_facts", _typed(RESULT_COLS, _TYPES), ("project_id", "revision", "variant_id"), real),
        _table("library", _typed(LIBRARY_COLS, _TYPES), ("entry_id",), real),
        _table("library_retired", _typed(RETIRED_COLS, _TYPES), ("entry_id",), real),
        "CREATE INDEX IF NOT EXISTS files_project ON files (project_id)",
        "CREATE INDEX IF NOT EXISTS calendar_day ON calendar_items (day)",
    ]


class Dialect:
    """How one database spells what differs; this base is SQLite's."""

    name = "sqlite"
    placeholder = "?"

    def sql(self, text: str) -> str:
        """``text`` written with ``?`` placeholders, in this database's form."""
        return text if self.placeholder == "?" else re.sub(r"\?", self.placeholder, text)

    def ddl(self) -> list[str]:
        """Statements creating every table, index and full-text structure (idempotent)."""
        return [
            *common_ddl(),
            # External-content FTS over docs.tokens: the words are stored once, in docs.
            "CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(tokens, content='docs',"
            " content_rowid='rowid', tokenize='unicode61 remove_diacritics 0')",
            "CREATE TRIGGER IF NOT EXISTS docs_ai AFTER INSERT ON docs BEGIN"
            " INSERT INTO docs_fts(rowid, tokens) VALUES (new.rowid, new.tokens); END",
            "CREATE TRIGGER IF NOT EXISTS docs_ad AFTER DELETE ON docs BEGIN"
            " INSERT INTO docs_fts(docs_fts, rowid, tokens) VALUES ('delete', old.rowid, old.tokens); END",
        ]

    def insert_ignore(self, table: str, cols: tuple[str, ...]) -> str:
        """An insert that leaves an existing row with the same key as it is."""
        marks = ", ".join("?" for _ in cols)
        names = ", ".join(f'"{c}"' for c in cols)
        return self.sql(f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT DO NOTHING")

    def upsert(self, table: str, cols: tuple[str, ...], key: tuple[str, ...]) -> str:
        """An insert that replaces the other columns of an existing row with the same key."""
        marks = ", ".join("?" for _ in cols)
        names = ", ".join(f'"{c}"' for c in cols)
        sets = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c not in key)
        return self.sql(
            f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT ({', '.join(key)}) DO UPDATE SET {sets}"
        )

    def search(self, terms: list[str], kinds: int, limit: int) -> tuple[str, list[object]]:
        """A query returning ``docs`` rows (current heads only) matching every term as a word's start.

        ``kinds`` is how many ``?`` for docs.kind to add (0: any kind). Columns: every DOC_COL,
        then the rank (smaller is better).
        """
        match = " AND ".join('"' + t.replace('"', '""') + '"*' for t in terms)
        kind_sql = f" AND d.kind IN ({', '.join('?' for _ in range(kinds))})" if kinds else ""
        cols = ", ".join(f'd."{c}"' for c in DOC_COLS)
        # teamdb: ranked among the first SEARCH_CANDIDATES matches, so a word in every project costs the
        # same as a rare one (ranking all 60,000 texts holding 精华 took 0.3 s at 10,000 projects)
        text = (
            f"SELECT * FROM (SELECT {cols}, bm25(docs_fts) AS rank FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid"
            " JOIN heads h ON h.project_id = d.project_id AND h.revision = d.revision AND h.deleted = 0"
            f" WHERE docs_fts MATCH ?{kind_sql} LIMIT {SEARCH_CANDIDATES}) ORDER BY rank LIMIT {int(limit)}"
        )
        return self.sql(text), [match]

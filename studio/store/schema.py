"""The project file's schema: a frozen first version and a chain of small migrations.

Never edit a step once it has shipped: add a new one. Each version has a frozen
fixture file in tests/data/ that the migration tests open. A field declared on an
entity with ``since=N`` gets its column in the step to version N, derived from its
declaration; other changes (new tables, and the columns of fields left at ``since=1``)
are written out in MIGRATIONS.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from studio.models.brief import Brief, link_brief
from studio.models.fields import persisted
from studio.models.records import Record
from studio.models.rules import variant_id_for
from studio.store.rows import TABLES, sql_type

#: 'STDO' as a big-endian integer; marks the SQLite file as a Studio project.
APPLICATION_ID = 0x5354444F

#: Version 1, exactly as first shipped.
SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE project (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, product TEXT NOT NULL, brand TEXT NOT NULL,
    platform TEXT NOT NULL, language TEXT NOT NULL, zh_cps REAL NOT NULL, en_wpm REAL NOT NULL,
    created TEXT NOT NULL, modified TEXT NOT NULL
) STRICT;
CREATE TABLE script (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL,
    concept TEXT NOT NULL, template TEXT NOT NULL
) STRICT;
CREATE TABLE beat (
    id TEXT PRIMARY KEY, script_id TEXT NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL,
    name TEXT NOT NULL, budget_ds INTEGER, prompt TEXT NOT NULL
) STRICT;
CREATE INDEX beat_script ON beat (script_id);
CREATE TABLE alternative (
    id TEXT PRIMARY KEY, beat_id TEXT NOT NULL, position INTEGER NOT NULL,
    label TEXT NOT NULL, note TEXT NOT NULL
) STRICT;
CREATE INDEX alternative_beat ON alternative (beat_id);
CREATE TABLE shot (
    id TEXT PRIMARY KEY, alt_id TEXT NOT NULL, position INTEGER NOT NULL, code TEXT NOT NULL,
    duration_ds INTEGER NOT NULL, shot_size TEXT, camera_move TEXT, angle TEXT,
    visual TEXT NOT NULL, voiceover TEXT NOT NULL, onscreen_text TEXT NOT NULL,
    sound TEXT NOT NULL, props TEXT NOT NULL, location TEXT NOT NULL, talent TEXT NOT NULL,
    notes TEXT NOT NULL, tags TEXT NOT NULL, status TEXT NOT NULL, frame_hash TEXT
) STRICT;
CREATE INDEX shot_alt ON shot (alt_id);
CREATE TABLE variant (
    id TEXT PRIMARY KEY, script_id TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
    is_base INTEGER NOT NULL, choices TEXT NOT NULL, variable TEXT NOT NULL,
    hypothesis TEXT NOT NULL, status TEXT NOT NULL
) STRICT;
CREATE TABLE frame (
    hash TEXT PRIMARY KEY, filename TEXT NOT NULL, width INTEGER NOT NULL,
    height INTEGER NOT NULL, format TEXT NOT NULL
) STRICT;
CREATE TABLE frame_blob (
    hash TEXT NOT NULL, kind TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (hash, kind)
) STRICT;
CREATE TABLE snapshot (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, created TEXT NOT NULL,
    summary TEXT NOT NULL, data BLOB NOT NULL
) STRICT;
"""

#: MIGRATIONS[n] takes a file from version n + 1 to n + 2.
MIGRATIONS: list[str] = [
    # 1 -> 2: per-project guide thresholds and free notes on variants.
    """
    ALTER TABLE project ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE variant ADD COLUMN notes TEXT NOT NULL DEFAULT '';
    """,
    # 2 -> 3: ad results per variant.
    """
    CREATE TABLE result (
        variant_id TEXT PRIMARY KEY, impressions INTEGER NOT NULL, plays INTEGER NOT NULL,
        views_3s INTEGER NOT NULL, completions INTEGER NOT NULL, clicks INTEGER NOT NULL,
        conversions INTEGER NOT NULL, spend REAL NOT NULL, source TEXT NOT NULL, updated TEXT NOT NULL
    ) STRICT;
    """,
    # 3 -> 4: sales value (GMV) per variant and the imported retention curve (JSON list of shares).
    """
    ALTER TABLE result ADD COLUMN gmv REAL NOT NULL DEFAULT 0;
    ALTER TABLE result ADD COLUMN retention TEXT NOT NULL DEFAULT '[]';
    """,
    # 4 -> 5 and 5 -> 6: only columns of declared fields (added_columns).
    "",
    "",
    # 6 -> 7: creators point at their variant by id (see DATA_STEPS); no change of tables.
    "",
    # 7 -> 8: the brief's pains get ids and selling points link to them by id (see DATA_STEPS).
    "",
    # 8 -> 9: a shot's lens, interior/exterior, time of day and set-up number (added_columns).
    "",
    # 9 -> 10: the brief's personas get ids and a selling point names its persona by id (see DATA_STEPS).
    "",
    # 10 -> 11: the client review (added_columns).
    "",
    # 11 -> 12: frame formats of the project and its variants, and each shot's crop (added_columns).
    "",
    # 12 -> 13: the project's currency (added_columns); creators' deals live in their JSON column.
    "",
]


def _creators_by_variant_id(conn: sqlite3.Connection) -> None:
    """6 -> 7: each creator's variant, held by name until now, becomes that variant's id.

    A name is matched as the model compares names (trimmed, width and case folded), first in
    script order; a name that matches no variant is kept as it was (it still shows).
    """
    row = conn.execute("SELECT talents FROM project").fetchone()  # the creators' column (Project.creators)
    try:
        creators = json.loads(row[0]) if row is not None else None
    except (TypeError, ValueError):
        return  # damaged text: left for the reader to report, as any other bad value
    if not isinstance(creators, list) or not creators:
        return
    pairs = conn.execute(
        "SELECT variant.id, variant.name FROM variant JOIN script ON script.id = variant.script_id"
        " ORDER BY script.position, variant.position"
    ).fetchall()
    for creator in creators:
        name = creator.get("variant") if isinstance(creator, dict) else None
        if isinstance(name, str) and name:
            creator["variant"] = variant_id_for(name, pairs) or name
    conn.execute(
        "UPDATE project SET talents = ?", (json.dumps(creators, ensure_ascii=False, sort_keys=True),)
    )


def _brief_links_by_id(conn: sqlite3.Connection) -> None:
    """7 -> 8: pains get stable ids; a selling point's "answers this pain", typed as text until now, is
    matched once to a pain (exact text, then ignoring case, width, spaces and punctuation) and holds
    its id; a text that matches no pain is kept as it was, and the brief lists it."""
    row = conn.execute("SELECT brief FROM project").fetchone()
    kind = Record(Brief)
    try:
        brief = kind.from_column(row[0]) if row is not None else None
    except (TypeError, ValueError):
        return  # damaged text: left for the reader to report, as any other bad value
    if brief is None or not (brief.pains or brief.selling_points):
        return
    conn.execute("UPDATE project SET brief = ?", (kind.to_column(link_brief(Brief(), brief)),))


def _persona_links_by_id(conn: sqlite3.Connection) -> None:
    """9 -> 10: every persona gets a stable id, and a selling point's "for persona" (a name, where a
    file holds one) is matched once to a persona as pains are (see :func:`_brief_links_by_id`)."""
    row = conn.execute("SELECT brief FROM project").fetchone()
    kind = Record(Brief)
    try:
        brief = kind.from_column(row[0]) if row is not None else None
    except (TypeError, ValueError):
        return  # damaged text: left for the reader to report, as any other bad value
    if brief is None or not brief.personas:
        return
    conn.execute("UPDATE project SET brief = ?", (kind.to_column(link_brief(Brief(), brief)),))


#: Steps that change data rather than tables, run in the same transaction after the version's SQL.
DATA_STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {
    7: _creators_by_variant_id,
    8: _brief_links_by_id,
    10: _persona_links_by_id,
}


def added_columns(version: int) -> str:
    """The statements that add the columns of fields declared ``since=version``."""
    return "".join(
        f"ALTER TABLE {table.name} ADD COLUMN {f.column} {sql_type(f)};\n"
        for table in TABLES.values()
        for f in persisted(table.entity)
        if f.spec.since == version
    )


SCHEMA_VERSION = max(
    1 + len(MIGRATIONS), *(f.spec.since for table in TABLES.values() for f in persisted(table.entity))
)

#: Tables and indexes a valid file of each version holds, and nothing else.
_V1_OBJECTS = {
    ("table", "meta"),
    ("table", "project"),
    ("table", "script"),
    ("table", "beat"),
    ("index", "beat_script"),
    ("table", "alternative"),
    ("index", "alternative_beat"),
    ("table", "shot"),
    ("index", "shot_alt"),
    ("table", "variant"),
    ("table", "frame"),
    ("table", "frame_blob"),
    ("table", "snapshot"),
}


def expected_objects(version: int) -> set[tuple[str, str]]:
    """Schema objects (type, name) a file of ``version`` may contain."""
    objects = set(_V1_OBJECTS)
    if version >= 3:
        objects.add(("table", "result"))
    return objects


def create_schema(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> None:
    """Create an empty file of ``version`` by laying version 1 and migrating up."""
    conn.executescript(SCHEMA_V1)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    migrate(conn, 1, version)


def migrate(conn: sqlite3.Connection, current: int, target: int = SCHEMA_VERSION) -> None:
    """Apply migration steps one by one, each in its own transaction."""
    for version in range(current, target):
        step = MIGRATIONS[version - 1] if version <= len(MIGRATIONS) else ""
        step += added_columns(version + 1)
        data = DATA_STEPS.get(version + 1)
        if data is None:
            conn.executescript("BEGIN;" + step + f"PRAGMA user_version = {version + 1}; COMMIT;")
            continue
        conn.executescript("BEGIN;" + step)  # the transaction stays open for the data step
        try:
            data(conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

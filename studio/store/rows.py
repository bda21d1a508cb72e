"""Mapping between model entities and table rows, derived from the entities' declared fields.

Each entity kind has one :class:`Table`; its columns are the entity's declared fields
(:func:`studio.models.fields.persisted`) plus, for kinds kept in order, the parent's id and a
position. Rows are read by column name, never by index.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from studio.models.entities import Alternative, Beat, Frame, Project, Script, Shot, Variant, VariantResult
from studio.models.fields import (
    Amount,
    Choice,
    Count,
    Declared,
    Flag,
    Kind,
    Mapping,
    Positive,
    Seconds,
    Shares,
    Tags,
    persisted,
)
from studio.models.records import Structured
from studio.store.values import REFUSALS, StoredValueError, checker_for, refused


@dataclass(frozen=True)
class Table:
    """Where one entity kind is kept: its table, key, parent column and child lists."""

    name: str
    entity: type
    #: The column holding the parent's id ("" for kinds whose parent is the project).
    parent: str = ""
    #: Kept in order: the table has a position column.
    ordered: bool = True
    #: (attribute, kind) of the entity's child lists, stored in their own tables.
    children: tuple[tuple[str, type], ...] = ()

    @property
    def key(self) -> str:
        """The primary-key column (the first declared field)."""
        return persisted(self.entity)[0].column

    def columns(self) -> tuple[str, ...]:
        """Every column of a row, in insert order."""
        structure: tuple[str, ...] = (self.parent,) if self.parent else ()
        if self.ordered:
            structure += ("position",)
        return (*(f.column for f in persisted(self.entity)), *structure)


TABLES: dict[type, Table] = {
    t.entity: t
    for t in (
        Table("project", Project, ordered=False, children=(("scripts", Script),)),
        Table("script", Script, children=(("beats", Beat), ("variants", Variant))),
        Table("beat", Beat, "script_id", children=(("alternatives", Alternative),)),
        Table("alternative", Alternative, "beat_id", children=(("shots", Shot),)),
        Table("shot", Shot, "alt_id"),
        Table("variant", Variant, "script_id"),
        Table("frame", Frame, ordered=False),
        Table("result", VariantResult, ordered=False),
    )
}


def table_of(entity: object | type) -> Table:
    """The table of an entity (or entity class); raises TypeError for a kind the store does not know."""
    cls = entity if isinstance(entity, type) else type(entity)
    for kind in cls.__mro__:
        if kind in TABLES:
            return TABLES[kind]
    raise TypeError(f"the project file has no table for {cls.__name__}")


def siblings(parent: object, child: object) -> list[Any]:
    """The list of ``parent`` that holds ``child`` and its siblings."""
    return list(getattr(parent, _attr_for(parent, type(child))))


# --- values ------------------------------------------------------------------------


def encode(kind: Kind, value: Any) -> Any:
    """A field's value as stored in its column."""
    if isinstance(kind, Structured):
        return kind.to_column(value)
    if isinstance(kind, (Tags, Shares)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(kind, Mapping):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(kind, Flag):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    return value


def decode(f: Declared, stored: Any) -> Any:
    """A column's value as the field holds it; raises ValueError on a value that does not fit."""
    kind = f.kind
    if isinstance(kind, Structured):
        return kind.from_column(stored)
    if isinstance(kind, Tags):
        tags = json.loads(stored)
        if not isinstance(tags, list):
            raise ValueError(f.name)
        return [str(t) for t in tags]
    if isinstance(kind, Shares):
        shares = json.loads(stored)
        if not isinstance(shares, list):
            raise ValueError(f.name)
        return kind.check(f.name, shares)
    if isinstance(kind, Mapping):
        mapping = json.loads(stored)
        if not isinstance(mapping, dict):
            raise ValueError(f.name)
        return kind.load(mapping, {})  # the variants' choices: ids only
    if isinstance(kind, Flag):
        return bool(stored)
    if isinstance(kind, Choice):
        return None if stored is None and kind.optional else kind.enum(stored)
    if isinstance(kind, (Seconds, Count)) and stored is not None:
        return int(stored)
    return stored


def sql_type(f: Declared) -> str:
    """The column definition of a field added by a migration: type, null-ness and default."""
    kind = f.kind
    if isinstance(kind, (Count, Seconds, Flag)):
        affinity = "INTEGER"
    elif isinstance(kind, (Positive, Amount)):
        affinity = "REAL"
    else:
        affinity = "TEXT"
    default = f.factory() if f.factory is not None else f.default
    stored = encode(kind, default)
    if stored is None:
        return affinity
    literal = "'" + stored.replace("'", "''") + "'" if isinstance(stored, str) else repr(stored)
    return f"{affinity} NOT NULL DEFAULT {literal}"


def column_value(entity: object, field: str) -> tuple[str, Any]:
    """The column and stored value of one model field."""
    for f in persisted(type(entity)):
        if f.name == field:
            return f.column, encode(f.kind, getattr(entity, field))
    raise TypeError(f"{type(entity).__name__} has no stored field {field!r}")


# --- writing -----------------------------------------------------------------------


def _row(entity: object, table: Table, parent_id: str, position: int) -> tuple[Any, ...]:
    values = [encode(f.kind, getattr(entity, f.name)) for f in persisted(table.entity)]
    if table.parent:
        values.append(parent_id)
    if table.ordered:
        values.append(position)
    return tuple(values)


def _insert_sql(table: Table, verb: str = "INSERT") -> str:
    columns = table.columns()
    return f"{verb} INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def insert(conn: sqlite3.Connection, entity: object, parent_id: str = "", position: int = 0) -> None:
    """Insert an entity's row and, recursively, its children's."""
    table = table_of(entity)
    verb = "INSERT" if table.ordered else "INSERT OR REPLACE"
    conn.execute(_insert_sql(table, verb), _row(entity, table, parent_id, position))
    for attr, _ in table.children:
        for i, child in enumerate(getattr(entity, attr)):
            insert(conn, child, getattr(entity, table.key), i)


def delete(conn: sqlite3.Connection, entity: object) -> None:
    """Delete an entity's row and, recursively, its children's."""
    table = table_of(entity)
    for attr, _ in table.children:
        for child in getattr(entity, attr):
            delete(conn, child)
    key = table.key
    conn.execute(f"DELETE FROM {table.name} WHERE {key} = ?", (getattr(entity, key),))


def renumber(conn: sqlite3.Connection, items: list[Any], parent_id: str = "") -> None:
    """Store the order (and, for kinds with a parent column, the parent) of sibling entities."""
    if not items:
        return
    table = table_of(items[0])
    if table.parent:
        conn.executemany(
            f"UPDATE {table.name} SET {table.parent} = ?, position = ? WHERE {table.key} = ?",
            [(parent_id, i, item.id) for i, item in enumerate(items)],
        )
    else:
        conn.executemany(
            f"UPDATE {table.name} SET position = ? WHERE {table.key} = ?",
            [(i, item.id) for i, item in enumerate(items)],
        )


def write_result(conn: sqlite3.Connection, variant_id: str, result: VariantResult | None) -> None:
    """Store or clear one variant's ad results."""
    conn.execute("DELETE FROM result WHERE variant_id = ?", (variant_id,))
    if result is not None:
        insert(conn, result)


def delete_content(conn: sqlite3.Connection) -> None:
    """Remove every document row, keeping frame bytes and snapshots."""
    for table in TABLES.values():
        if table.entity is not Project:
            conn.execute(f"DELETE FROM {table.name}")


def write_all(conn: sqlite3.Connection, project: Project) -> None:
    """Write the whole document into empty tables."""
    conn.execute("DELETE FROM project")
    insert(conn, project)
    for frame in project.frames.values():
        insert(conn, frame)
    for variant_id, result in project.results.items():
        write_result(conn, variant_id, result)


# --- reading -----------------------------------------------------------------------

E = TypeVar("E")


def _read(conn: sqlite3.Connection, kind: type[E], order: str) -> Iterator[tuple[E, sqlite3.Row]]:
    """Every row of a kind's table as (entity, row), the row kept for its structure columns."""
    table = TABLES[kind]
    fields = persisted(kind)
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    key = table.key
    # Each stored value is checked as a typed one would be (the file may be a stranger's);
    # the checks are chosen once per field, not once per row.
    plan = [(f, f.column, checker_for(f)) for f in fields]
    for row in cursor.execute(f"SELECT {', '.join(table.columns())} FROM {table.name} ORDER BY {order}"):
        values: dict[str, Any] = {}
        f, stored = fields[0], None
        try:
            for f, column, check in plan:
                stored = row[column]
                if check is not None:
                    check(stored)
                values[f.name] = decode(f, stored)
        except REFUSALS as exc:
            raise refused(table.name, str(row[key])[:64], f, exc, stored) from None
        yield kind(**values), row


def _attach(conn: sqlite3.Connection, parents: dict[str, Any], kind: type[E]) -> dict[str, E]:
    """Read a kind's rows into their parents' child lists, in order; returns them by id."""
    table = TABLES[kind]
    found: dict[str, E] = {}
    for entity, row in _read(conn, kind, f"{table.parent}, position"):
        parent = parents.get(row[table.parent])
        if parent is None:
            raise StoredValueError(
                table.name, str(row[table.key])[:64], table.parent, "no_parent", row[table.parent]
            )
        getattr(parent, _attr_for(parent, kind)).append(entity)
        found[row[table.key]] = entity
    return found


def read_project(conn: sqlite3.Connection) -> Project:
    """Build the document from the tables; raises ValueError/KeyError on bad rows."""
    project = next((p for p, _ in _read(conn, Project, "id")), None)
    if project is None:
        raise ValueError("no project row")
    for frame, _ in _read(conn, Frame, "hash"):
        project.frames[frame.hash] = frame
    scripts: dict[str, Script] = {}
    for script, _ in _read(conn, Script, "position"):
        project.scripts.append(script)
        scripts[script.id] = script
    beats = _attach(conn, scripts, Beat)
    alternatives = _attach(conn, beats, Alternative)
    _attach(conn, alternatives, Shot)
    _attach(conn, scripts, Variant)
    for result, _ in _read(conn, VariantResult, "variant_id"):
        project.results[result.variant_id] = result
    if not project.scripts:
        raise ValueError("no script")
    for script in project.scripts:
        if not any(v.is_base for v in script.variants):
            raise ValueError("script without base variant")
        if any(not b.alternatives for b in script.beats):
            raise ValueError("beat without alternative")
    return project


def _attr_for(parent: object, kind: type) -> str:
    for attr, child_kind in table_of(parent).children:
        if issubclass(kind, child_kind):
            return attr
    raise TypeError(f"{type(parent).__name__} holds no {kind.__name__}")

"""Mapping between model entities and table rows."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from studio.models.entities import (
    RESULT_COUNTS,
    Alternative,
    Beat,
    Frame,
    Project,
    Script,
    Shot,
    Variant,
    VariantResult,
)
from studio.models.enums import (
    Angle,
    BeatKind,
    CameraMove,
    ShotSize,
    ShotStatus,
    TestVariable,
    VariantStatus,
)

SHOT_COLUMNS = (
    "id",
    "alt_id",
    "position",
    "code",
    "duration_ds",
    "shot_size",
    "camera_move",
    "angle",
    "visual",
    "voiceover",
    "onscreen_text",
    "sound",
    "props",
    "location",
    "talent",
    "notes",
    "tags",
    "status",
    "frame_hash",
)

#: Model field -> column, where they differ.
SHOT_FIELD_COLUMN = {"frame": "frame_hash"}


def _val(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def column_value(entity: object, field: str) -> tuple[str, Any]:
    """The column and stored value of one model field."""
    value = getattr(entity, field)
    if field in ("tags", "choices", "settings"):
        return field, json.dumps(value, ensure_ascii=False, sort_keys=field != "tags")
    if field == "is_base":
        return field, int(value)
    return SHOT_FIELD_COLUMN.get(field, field), _val(value)


def shot_row(shot: Shot, alt_id: str, position: int) -> tuple[Any, ...]:
    """A shot as a row of the shot table."""
    return (
        shot.id,
        alt_id,
        position,
        shot.code,
        shot.duration_ds,
        _val(shot.shot_size),
        _val(shot.camera_move),
        _val(shot.angle),
        shot.visual,
        shot.voiceover,
        shot.onscreen_text,
        shot.sound,
        shot.props,
        shot.location,
        shot.talent,
        shot.notes,
        json.dumps(shot.tags, ensure_ascii=False),
        shot.status.value,
        shot.frame,
    )


def write_project_row(conn: sqlite3.Connection, p: Project) -> None:
    """Insert or replace the single project row."""
    conn.execute("DELETE FROM project")
    conn.execute(
        "INSERT INTO project (id, title, product, brand, platform, language, zh_cps, en_wpm,"
        " created, modified, settings) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            p.id,
            p.title,
            p.product,
            p.brand,
            p.platform,
            p.language,
            p.zh_cps,
            p.en_wpm,
            p.created,
            p.modified,
            json.dumps(p.settings, ensure_ascii=False, sort_keys=True),
        ),
    )


def insert_script(conn: sqlite3.Connection, script: Script, position: int) -> None:
    """Insert a script with its beats and variants."""
    conn.execute(
        "INSERT INTO script (id, position, title, concept, template) VALUES (?,?,?,?,?)",
        (script.id, position, script.title, script.concept, script.template),
    )
    for i, beat in enumerate(script.beats):
        insert_beat(conn, beat, script.id, i)
    for i, variant in enumerate(script.variants):
        insert_variant(conn, variant, script.id, i)


def insert_beat(conn: sqlite3.Connection, beat: Beat, script_id: str, position: int) -> None:
    """Insert a beat with its alternatives and shots."""
    conn.execute(
        "INSERT INTO beat (id, script_id, position, kind, name, budget_ds, prompt) VALUES (?,?,?,?,?,?,?)",
        (beat.id, script_id, position, beat.kind.value, beat.name, beat.budget_ds, beat.prompt),
    )
    for i, alt in enumerate(beat.alternatives):
        insert_alternative(conn, alt, beat.id, i)


def insert_alternative(conn: sqlite3.Connection, alt: Alternative, beat_id: str, position: int) -> None:
    """Insert an alternative with its shots."""
    conn.execute(
        "INSERT INTO alternative (id, beat_id, position, label, note) VALUES (?,?,?,?,?)",
        (alt.id, beat_id, position, alt.label, alt.note),
    )
    conn.executemany(
        f"INSERT INTO shot ({', '.join(SHOT_COLUMNS)}) VALUES ({', '.join('?' * len(SHOT_COLUMNS))})",
        [shot_row(s, alt.id, i) for i, s in enumerate(alt.shots)],
    )


def insert_variant(conn: sqlite3.Connection, v: Variant, script_id: str, position: int) -> None:
    """Insert a variant."""
    conn.execute(
        "INSERT INTO variant (id, script_id, position, name, is_base, choices, variable, hypothesis,"
        " status, notes) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            v.id,
            script_id,
            position,
            v.name,
            int(v.is_base),
            json.dumps(v.choices, sort_keys=True),
            v.variable.value,
            v.hypothesis,
            v.status.value,
            v.notes,
        ),
    )


def insert_frame(conn: sqlite3.Connection, f: Frame) -> None:
    """Insert a frame's metadata (its bytes are in frame_blob)."""
    conn.execute(
        "INSERT OR REPLACE INTO frame (hash, filename, width, height, format) VALUES (?,?,?,?,?)",
        (f.hash, f.filename, f.width, f.height, f.format),
    )


RESULT_COLUMNS = ("variant_id", *RESULT_COUNTS, "spend", "gmv", "retention", "source", "updated")


def _result_value(result: VariantResult, column: str) -> Any:
    value = getattr(result, column)
    return json.dumps(value) if column == "retention" else value


def write_result(conn: sqlite3.Connection, variant_id: str, result: VariantResult | None) -> None:
    """Store or clear one variant's ad results."""
    conn.execute("DELETE FROM result WHERE variant_id = ?", (variant_id,))
    if result is not None:
        conn.execute(
            f"INSERT INTO result ({', '.join(RESULT_COLUMNS)}) VALUES ({', '.join('?' * len(RESULT_COLUMNS))})",
            tuple(_result_value(result, c) for c in RESULT_COLUMNS),
        )


def delete_content(conn: sqlite3.Connection) -> None:
    """Remove every document row, keeping frame bytes and snapshots."""
    for table in ("shot", "alternative", "beat", "variant", "script", "frame", "result"):
        conn.execute(f"DELETE FROM {table}")


def write_all(conn: sqlite3.Connection, project: Project) -> None:
    """Write the whole document into empty tables."""
    write_project_row(conn, project)
    for i, script in enumerate(project.scripts):
        insert_script(conn, script, i)
    for frame in project.frames.values():
        insert_frame(conn, frame)
    for variant_id, result in project.results.items():
        write_result(conn, variant_id, result)


def _retention(text: str) -> list[float]:
    """A stored retention curve; raises ValueError unless it is a list of shares within 0..1."""
    data = json.loads(text)
    if not isinstance(data, list) or not all(
        isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1 for v in data
    ):
        raise ValueError("retention")
    return [float(v) for v in data]


def _enum(kind: type, value: Any) -> Any:
    return None if value is None else kind(value)


def read_project(conn: sqlite3.Connection) -> Project:
    """Build the document from the tables; raises ValueError/KeyError on bad rows."""
    row = conn.execute(
        "SELECT id, title, product, brand, platform, language, zh_cps, en_wpm, created, modified,"
        " settings FROM project"
    ).fetchone()
    if row is None:
        raise ValueError("no project row")
    settings = json.loads(row[10])
    if not isinstance(settings, dict):
        raise ValueError("settings")
    project = Project(
        id=row[0],
        title=row[1],
        product=row[2],
        brand=row[3],
        platform=row[4],
        language=row[5],
        zh_cps=row[6],
        en_wpm=row[7],
        created=row[8],
        modified=row[9],
        settings=settings,
    )
    for h, filename, width, height, fmt in conn.execute(
        "SELECT hash, filename, width, height, format FROM frame ORDER BY hash"
    ):
        project.frames[h] = Frame(h, filename, width, height, fmt)
    scripts: dict[str, Script] = {}
    for sid, title, concept, template in conn.execute(
        "SELECT id, title, concept, template FROM script ORDER BY position"
    ):
        scripts[sid] = Script(id=sid, title=title, concept=concept, template=template)
        project.scripts.append(scripts[sid])
    beats: dict[str, Beat] = {}
    for bid, sid, kind, name, budget, prompt in conn.execute(
        "SELECT id, script_id, kind, name, budget_ds, prompt FROM beat ORDER BY script_id, position"
    ):
        beats[bid] = Beat(id=bid, kind=BeatKind(kind), name=name, budget_ds=budget, prompt=prompt)
        scripts[sid].beats.append(beats[bid])
    alts: dict[str, Alternative] = {}
    for aid, bid, label, note in conn.execute(
        "SELECT id, beat_id, label, note FROM alternative ORDER BY beat_id, position"
    ):
        alts[aid] = Alternative(id=aid, label=label, note=note)
        beats[bid].alternatives.append(alts[aid])
    for r in conn.execute(f"SELECT {', '.join(SHOT_COLUMNS)} FROM shot ORDER BY alt_id, position"):
        tags = json.loads(r[16])
        if not isinstance(tags, list):
            raise ValueError("tags")
        alts[r[1]].shots.append(
            Shot(
                id=r[0],
                code=r[3],
                duration_ds=int(r[4]),
                shot_size=_enum(ShotSize, r[5]),
                camera_move=_enum(CameraMove, r[6]),
                angle=_enum(Angle, r[7]),
                visual=r[8],
                voiceover=r[9],
                onscreen_text=r[10],
                sound=r[11],
                props=r[12],
                location=r[13],
                talent=r[14],
                notes=r[15],
                tags=[str(t) for t in tags],
                status=ShotStatus(r[17]),
                frame=r[18],
            )
        )
    for vid, sid, name, is_base, choices, variable, hypothesis, status, notes in conn.execute(
        "SELECT id, script_id, name, is_base, choices, variable, hypothesis, status, notes"
        " FROM variant ORDER BY script_id, position"
    ):
        parsed = json.loads(choices)
        if not isinstance(parsed, dict):
            raise ValueError("choices")
        scripts[sid].variants.append(
            Variant(
                id=vid,
                name=name,
                is_base=bool(is_base),
                choices=parsed,
                variable=TestVariable(variable),
                hypothesis=hypothesis,
                status=VariantStatus(status),
                notes=notes,
            )
        )
    for r in conn.execute(f"SELECT {', '.join(RESULT_COLUMNS)} FROM result ORDER BY variant_id"):
        result = VariantResult(r[0])
        for name, value in zip(RESULT_COLUMNS[1:], r[1:], strict=True):
            setattr(result, name, _retention(value) if name == "retention" else value)
        project.results[result.variant_id] = result
    if not project.scripts:
        raise ValueError("no script")
    for script in project.scripts:
        if not any(v.is_base for v in script.variants):
            raise ValueError("script without base variant")
        if any(not b.alternatives for b in script.beats):
            raise ValueError("beat without alternative")
    return project

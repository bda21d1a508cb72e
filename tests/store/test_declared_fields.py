"""A field declared once on its entity is stored, migrated, exchanged, snapshotted and undoable.

The test copies the package, adds one line to studio/models/entities.py and drives the copy
in a subprocess: whatever else would have to change for a new field shows up as a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from studio.models.changes import Change, Op
from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.store.document import ProjectFile
from studio.store.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"

#: What a user does with the new field, through the same calls the window and the CLI make.
SCENARIO = textwrap.dedent(
    """
    import json, sqlite3, sys
    from pathlib import Path
    from PySide6.QtGui import QUndoStack
    from studio.models import ops
    from studio.models.errors import InvalidValueError
    from studio.models.serial import project_from_dict, project_to_dict
    from studio.store import snapshots
    from studio.store.document import ProjectFile
    from studio.store.schema import SCHEMA_VERSION
    from studio.ui.commands import SetFieldCommand

    path, entity_kind, name, value, other = sys.argv[1], sys.argv[2], sys.argv[3], *json.loads(sys.argv[4])
    assert SCHEMA_VERSION == int(sys.argv[5]), SCHEMA_VERSION

    def target(project):
        script = project.scripts[0]
        if entity_kind == "project":
            return project
        return script.beats[1].alternatives[0].shots[0] if entity_kind == "shot" else script.variants[-1]

    def shown(v):
        return getattr(v, "value", v)

    # An old file migrates: the column is added with the declared default.
    with ProjectFile.open(path) as pf:
        entity = target(pf.project)
        default = getattr(entity, name)
        stack = QUndoStack()
        stack.push(SetFieldCommand(pf.project, entity, name, value))
        assert shown(getattr(entity, name)) == value
        try:
            ops.set_field(pf.project, entity, name, object())
        except InvalidValueError:
            pass
        else:
            raise AssertionError("an object was accepted")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()

    with ProjectFile.open(path) as pf:
        entity = target(pf.project)
        assert shown(getattr(entity, name)) == value, "not persisted"
        data = project_to_dict(pf.project)
        again = project_from_dict(json.loads(json.dumps(data)))
        assert shown(getattr(target(again), name)) == value, "not serialised"
        assert project_to_dict(again) == data

        snap = snapshots.create(pf, "before")
        stack = QUndoStack()
        stack.push(SetFieldCommand(pf.project, entity, name, other))
        diff = snapshots.compare(snapshots.load(pf, snap.id), pf.project)
        if entity_kind == "shot":
            assert diff.shots_changed == [entity.code], diff
        stack.undo()
        assert shown(getattr(entity, name)) == value, "not undone"
        stack.redo()
        snapshots.restore(pf, snap.id)
        assert shown(getattr(target(pf.project), name)) == value, "not restored from the snapshot"

    with ProjectFile.open(path) as pf:
        assert shown(getattr(target(pf.project), name)) == value, "restore not persisted"
        stack = QUndoStack()
        stack.push(SetFieldCommand(pf.project, target(pf.project), name, other))
        stack.undo()
    with ProjectFile.open(path) as pf:
        assert shown(getattr(target(pf.project), name)) == value, "undo not persisted"
    print("ok", repr(shown(default)))
    """
)

#: The schema version a field added now would start.
NEXT = SCHEMA_VERSION + 1

#: (entity, line added after an anchor line of that entity, field, value, another value, default).
NEW_FIELDS = [
    pytest.param(
        "shot", "    talent: str = text()\n", "    filter_note: str = text(since={NEXT})\n",
        "filter_note", "ND 0.6 滤镜", "柔光 🎥", "", id="shot-text",
    ),
    pytest.param(
        "project", "    brand: str = text()\n", "    shop_url: str = text(since={NEXT})\n",
        "shop_url", "https://shop.example/晨露", "https://shop.example/2", "", id="project-text",
    ),
    pytest.param(
        "variant", "    hypothesis: str = text()\n", "    placement: ShotSize = choice(ShotSize, ShotSize.WIDE, since={NEXT})\n",
        "placement", "close_up", "medium", "wide", id="variant-enum",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "anchor", "line", "name", "value", "other", "default"), NEW_FIELDS)
def test_a_field_added_in_one_place_is_kept_everywhere(
    tmp_path: Path, kind: str, anchor: str, line: str, name: str, value: str, other: str, default: str
) -> None:
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "studio", copy / "studio", ignore=shutil.ignore_patterns("__pycache__"))
    # A checkout has resources/ beside studio/ (the models' words are read from its catalogue at import).
    (copy / "resources").symlink_to(ROOT / "resources", target_is_directory=True)
    entities = copy / "studio" / "models" / "entities.py"
    source = entities.read_text(encoding="utf-8")
    assert source.count(anchor) == 1
    entities.write_text(source.replace(anchor, anchor + line.format(NEXT=NEXT)), encoding="utf-8")
    path = tmp_path / "old.studio"
    shutil.copy2(DATA / "project_v3.studio", path)
    env = {**os.environ, "PYTHONPATH": str(copy), "QT_QPA_PLATFORM": "offscreen"}
    args = [str(path), kind, name, f'["{value}", "{other}"]', str(NEXT)]
    out = subprocess.run(
        [sys.executable, "-c", SCENARIO, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"ok {default!r}"


class Lens:
    """An entity kind the store has no table for."""

    id = "lens-1"


def test_an_unknown_entity_kind_is_refused_not_dropped(tmp_path: Path) -> None:
    project = Project(title="t")
    project.scripts.append(
        Script(beats=[Beat(alternatives=[Alternative(shots=[Shot()])])], variants=[Variant(is_base=True)])
    )
    with ProjectFile.create(tmp_path / "p.studio", project) as pf:
        script = pf.project.scripts[0]
        for op in (Op.INSERT, Op.REMOVE, Op.MOVE):
            with pytest.raises(TypeError, match="Lens"):
                pf.project.notify(Change(op, Lens(), script))
        with pytest.raises(ValueError, match="rename"):
            pf.project.notify(Change("rename", script, pf.project))  # type: ignore[arg-type]  # not an Op

"""Bad files get a typed error that names the file and the reason, and keep their bytes."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from studio.store.document import ProjectFile
from studio.store.errors import (
    CorruptFileError,
    FileMissingError,
    NewerVersionError,
    NotAProjectError,
    ProjectFileError,
    ReadOnlyLocationError,
)
from studio.store.schema import APPLICATION_ID, SCHEMA_VERSION


def _empty(p: Path, sample: Path) -> None:
    p.write_bytes(b"")


def _random(p: Path, sample: Path) -> None:
    p.write_bytes(os.urandom(8192))


def _text(p: Path, sample: Path) -> None:
    p.write_text("镜号,画面,台词\n1,镜子,熬夜脸暗沉？\n", "utf-8")


def _truncated(p: Path, sample: Path) -> None:
    p.write_bytes(sample.read_bytes()[: sample.stat().st_size // 3])


def _truncated_odd(p: Path, sample: Path) -> None:
    p.write_bytes(sample.read_bytes()[:12345])


def _run_sql(p: Path, *statements: str) -> None:
    conn = sqlite3.connect(p)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _other_app(p: Path, sample: Path) -> None:
    _run_sql(
        p,
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
        "INSERT INTO notes (body) VALUES ('hello')",
    )


def _other_app_with_id(p: Path, sample: Path) -> None:
    _other_app(p, sample)
    _run_sql(p, "PRAGMA application_id = 1234")


def _newer(p: Path, sample: Path) -> None:
    shutil.copy2(sample, p)
    _run_sql(p, f"PRAGMA user_version = {SCHEMA_VERSION + 1}", "CREATE TABLE future_things (x TEXT)")


def _hostile_trigger(p: Path, sample: Path) -> None:
    shutil.copy2(sample, p)
    _run_sql(
        p,
        "CREATE TRIGGER evil AFTER UPDATE ON shot BEGIN INSERT INTO meta VALUES (randomblob(8), 'x'); END",
        "CREATE VIEW hang AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c",
    )


def _corrupt_pages(p: Path, sample: Path) -> None:
    data = bytearray(sample.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0xA5
    p.write_bytes(bytes(data))


def _zip_renamed(p: Path, sample: Path) -> None:
    shutil.make_archive(str(p.with_suffix("")), "zip", sample.parent, sample.name)
    p.with_suffix(".zip").rename(p)


def _no_project_row(p: Path, sample: Path) -> None:
    shutil.copy2(sample, p)
    _run_sql(p, "DELETE FROM project")


def _bad_enum(p: Path, sample: Path) -> None:
    shutil.copy2(sample, p)
    _run_sql(p, "UPDATE shot SET status = 'exploded'")


def _bad_crop(p: Path, sample: Path) -> None:
    shutil.copy2(sample, p)
    _run_sql(p, """UPDATE shot SET crop = '{"mode": "box", "box": [0.9, 0, 0.5, 0.5]}'""")


def _bad_format(p: Path, sample: Path) -> None:
    shutil.copy2(sample, p)
    _run_sql(p, "UPDATE variant SET frame_format = '5:4'")


CASES = [
    ("empty", _empty, NotAProjectError, "empty"),
    ("random bytes", _random, NotAProjectError, "not_sqlite"),
    ("text", _text, NotAProjectError, "not_sqlite"),
    ("truncated", _truncated, CorruptFileError, "truncated"),
    ("truncated mid-page", _truncated_odd, CorruptFileError, "truncated"),
    ("another app's sqlite", _other_app, NotAProjectError, "foreign"),
    ("another app's sqlite with an id", _other_app_with_id, NotAProjectError, "foreign"),
    ("newer version", _newer, NewerVersionError, ""),
    ("hostile triggers and views", _hostile_trigger, CorruptFileError, "schema"),
    ("damaged pages", _corrupt_pages, CorruptFileError, ""),
    ("zip archive", _zip_renamed, NotAProjectError, "not_sqlite"),
    ("no project row", _no_project_row, CorruptFileError, "content"),
    ("unknown values", _bad_enum, CorruptFileError, "content"),
    ("crop box beyond the picture", _bad_crop, CorruptFileError, "content"),
    ("unknown frame format", _bad_format, CorruptFileError, "content"),
]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("name", "make", "error", "code"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("readonly", [False, True])
def test_bad_file_raises_typed_error_and_keeps_bytes(
    tmp_path: Path, sample_path: Path, name: str, make, error: type, code: str, readonly: bool
) -> None:
    target = tmp_path / "bad" / "project.studio"
    target.parent.mkdir()
    make(target, sample_path)
    before = sha(target)
    with pytest.raises(error) as info:
        ProjectFile.open(target, readonly=readonly)
    assert info.value.path == str(target)
    if code:
        assert info.value.code == code
    assert sha(target) == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["project.studio"], "left files behind"


def test_newer_version_says_which_versions(tmp_path: Path, sample_path: Path) -> None:
    target = tmp_path / "new.studio"
    _newer(target, sample_path)
    with pytest.raises(NewerVersionError) as info:
        ProjectFile.open(target)
    assert info.value.file_version == SCHEMA_VERSION + 1
    assert info.value.supported == SCHEMA_VERSION


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FileMissingError):
        ProjectFile.open(tmp_path / "nope.studio")
    with pytest.raises(NotAProjectError):
        ProjectFile.open(tmp_path)


def test_wrong_extension_with_valid_content_opens(tmp_path: Path, sample_path: Path) -> None:
    target = tmp_path / "storyboard.docx"
    shutil.copy2(sample_path, target)
    with ProjectFile.open(target, readonly=True) as pf:
        assert pf.project.scripts


def test_application_id_marks_our_files(sample_path: Path) -> None:
    conn = sqlite3.connect(sample_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def _immutable(folder: Path) -> bool:
    result = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
    return result.returncode == 0


def test_read_only_location(tmp_path: Path, sample_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "p.studio"
    shutil.copy2(sample_path, target)
    before = sha(target)
    if os.geteuid() != 0:
        folder.chmod(0o555)
    elif not shutil.which("chattr") or not _immutable(folder):
        pytest.skip("cannot make a read-only folder here")
    try:
        with pytest.raises(ReadOnlyLocationError) as info:
            ProjectFile.open(target)
        assert isinstance(info.value, ProjectFileError)
        with ProjectFile.open(target, readonly=True) as pf:
            assert pf.readonly and pf.project.scripts
        assert sha(target) == before
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=False)
        folder.chmod(0o755)
    assert sorted(p.name for p in folder.iterdir()) == ["p.studio"]


#: Schema objects named like SQLite's own automatic indexes, which used to pass unseen.
_DISGUISED = {
    "trigger": "CREATE TRIGGER decoy_shot_9 AFTER UPDATE ON project BEGIN DELETE FROM snapshot; DELETE FROM variant; END",
    "view": "CREATE VIEW decoy_frame_9 AS SELECT * FROM frame",
    "table": "CREATE TABLE decoy_x (a TEXT)",
    "index": "CREATE INDEX decoy_meta_9 ON meta (value)",
}


def _plant_disguised(p: Path, kind: str) -> None:
    conn = sqlite3.connect(p)
    conn.execute(_DISGUISED[kind])
    # SQLite refuses such names in CREATE; a stranger's file is written by other tools.
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_schema SET name = replace(name, 'decoy_', 'sqlite_autoindex_'),"
        " sql = replace(sql, 'decoy_', 'sqlite_autoindex_') WHERE name LIKE 'decoy_%'"
    )
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", sorted(_DISGUISED))
def test_objects_named_like_automatic_indexes_are_refused(
    tmp_path: Path, sample_path: Path, kind: str
) -> None:
    target = tmp_path / "p.studio"
    shutil.copy2(sample_path, target)
    _plant_disguised(target, kind)
    before = sha(target)
    for readonly in (False, True):
        with pytest.raises(CorruptFileError):
            ProjectFile.open(target, readonly=readonly)
    assert sha(target) == before


def test_disguised_trigger_is_refused_as_foreign_schema(tmp_path: Path, sample_path: Path) -> None:
    target = tmp_path / "p.studio"
    shutil.copy2(sample_path, target)
    _plant_disguised(target, "trigger")
    conn = sqlite3.connect(target)
    planted = conn.execute("SELECT type, name FROM sqlite_schema WHERE type = 'trigger'").fetchall()
    conn.close()
    assert planted == [("trigger", "sqlite_autoindex_shot_9")]
    with pytest.raises(CorruptFileError) as info:
        ProjectFile.open(target)
    assert info.value.code == "schema"
    assert "trigger" in info.value.detail


def test_real_automatic_indexes_still_pass(tmp_path: Path, sample_path: Path) -> None:
    conn = sqlite3.connect(sample_path)
    automatic = conn.execute(
        "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'sqlite_autoindex_%' AND sql IS NULL"
    ).fetchone()[0]
    conn.close()
    assert automatic > 0
    with ProjectFile.open(sample_path) as pf:
        assert pf.project.scripts

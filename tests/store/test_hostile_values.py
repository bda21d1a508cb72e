"""A crafted project file: every value read is checked like a typed one, and refused in one line naming where."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from studio.store.document import ProjectFile
from studio.store.errors import CorruptFileError, StoredValueRefused
from studio.store.values import json_depth
from tests.cli_runner import run_cli

DEEP = "[" * 200_000 + "]" * 200_000
DEEP_OBJECT = '{"a":' * 50_000 + "1" + "}" * 50_000


def _first(conn: sqlite3.Connection, sql: str) -> str:
    return conn.execute(sql).fetchone()[0]


#: name -> (SQL run on a copy of the sample, table named, field named); {shot}, {frame} ... are ids of the sample.
CASES: dict[str, tuple[str, str, str]] = {
    "duration 9e18": ("UPDATE shot SET duration_ds = 9000000000000000000 WHERE id = '{shot}'", "shot", "duration_ds"),
    "duration 1e9": ("UPDATE shot SET duration_ds = 1000000000 WHERE id = '{shot}'", "shot", "duration_ds"),
    "duration zero": ("UPDATE shot SET duration_ds = 0 WHERE id = '{shot}'", "shot", "duration_ds"),
    "duration negative": ("UPDATE shot SET duration_ds = -40 WHERE id = '{shot}'", "shot", "duration_ds"),
    "beat budget huge": ("UPDATE beat SET budget_ds = 99999999 WHERE id = '{beat}'", "beat", "budget_ds"),
    "speech rate infinite": ("UPDATE project SET zh_cps = 9e999", "project", "zh_cps"),
    "speech rate zero": ("UPDATE project SET en_wpm = 0", "project", "en_wpm"),
    "count beyond bound": ("UPDATE frame SET width = 4611686018427387904 WHERE hash = '{frame}'", "frame", "width"),
    "hash is a path": ("UPDATE frame SET hash = '../../.profile' WHERE hash = '{frame}'", "frame", "hash"),
    "hash upper case": ("UPDATE frame SET hash = upper(hash) WHERE hash = '{frame}'", "frame", "hash"),
    "format is a path": ("UPDATE frame SET format = 'png/../../../x' WHERE hash = '{frame}'", "frame", "format"),
    "format unknown": ("UPDATE frame SET format = 'EXE' WHERE hash = '{frame}'", "frame", "format"),
    "shot frame is a path": ("UPDATE shot SET frame_hash = '../../x' WHERE id = '{shot}'", "shot", "frame_hash"),
    "settings deep": (f"UPDATE project SET settings = '{DEEP}'", "project", "settings"),
    "settings deep object": (f"UPDATE project SET settings = '{DEEP_OBJECT}'", "project", "settings"),
    "settings huge": ("UPDATE project SET settings = '{\"a\": \"' || hex(zeroblob(3000000)) || '\"}'", "project",
                      "settings"),
    "choices deep": (f"UPDATE variant SET choices = '{DEEP}' WHERE id = '{{variant}}'", "variant", "choices"),
    "choices not ids": ("UPDATE variant SET choices = '{\"b\": 7}' WHERE id = '{variant}'", "variant", "choices"),
    "retention deep": (f"INSERT OR REPLACE INTO result (variant_id, impressions, plays, views_3s, completions, clicks,"
                       f" conversions, spend, source, updated, retention) VALUES ('{{variant}}', 1, 1, 1, 1, 1, 1, 0,"
                       f" '', '', '{DEEP}')", "result", "retention"),
    "impressions beyond bound": ("INSERT OR REPLACE INTO result (variant_id, impressions, plays, views_3s, completions,"
                                 " clicks, conversions, spend, source, updated) VALUES ('{variant}', 9e18, 1, 1, 1, 1,"
                                 " 1, 0, '', '')", "result", "impressions"),
    "spend infinite": ("INSERT OR REPLACE INTO result (variant_id, impressions, plays, views_3s, completions, clicks,"
                       " conversions, spend, source, updated) VALUES ('{variant}', 1, 1, 1, 1, 1, 1, -9e999, '', '')",
                       "result", "spend"),
    "shot of no alternative": ("UPDATE shot SET alt_id = 'nowhere' WHERE id = '{shot}'", "shot", "alt_id"),
}  # fmt: skip


def _craft(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    ids = {
        "shot": _first(conn, "SELECT id FROM shot ORDER BY id LIMIT 1"),
        "beat": _first(conn, "SELECT id FROM beat ORDER BY id LIMIT 1"),
        "frame": _first(conn, "SELECT hash FROM frame ORDER BY hash LIMIT 1"),
        "variant": _first(conn, "SELECT id FROM variant ORDER BY id LIMIT 1"),
    }
    statement = sql
    for key, value in ids.items():
        statement = statement.replace("{" + key + "}", value)
    conn.execute(statement)
    conn.commit()
    conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", list(CASES))
def test_crafted_value_is_refused_naming_table_row_and_field(sample_path: Path, name: str) -> None:
    sql, table, field = CASES[name]
    _craft(sample_path, sql)
    before = _digest(sample_path)
    for readonly in (True, False):
        with pytest.raises(StoredValueRefused) as info:
            ProjectFile.open(sample_path, readonly=readonly)
        assert isinstance(info.value, CorruptFileError)
        assert (info.value.table, info.value.field) == (table, field)
        assert info.value.row
    assert _digest(sample_path) == before


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", ["duration 9e18", "hash is a path", "settings deep", "retention deep"])
def test_the_cli_says_one_line(sample_path: Path, name: str, lang: str) -> None:
    sql, table, field = CASES[name]
    _craft(sample_path, sql)
    done = run_cli("info", str(sample_path), lang=lang)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1 and len(lines) == 1, done.stderr
    assert table in lines[0] and field in lines[0] and str(sample_path) in lines[0]
    assert ("ask whoever sent the file" if lang == "en" else "请发送者重新发一份") in lines[0]
    assert "Traceback" not in done.stderr and "Recursion" not in done.stderr


def test_export_of_a_crafted_duration_ends_at_once(sample_path: Path, tmp_path: Path) -> None:
    _craft(sample_path, CASES["duration 1e9"][0])
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "studio",
            "export",
            str(sample_path),
            "-f",
            "mp4",
            "-o",
            str(tmp_path / "x.mp4"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 1 and "duration_ds" in done.stderr
    assert not (tmp_path / "x.mp4").exists()


def test_the_sample_and_every_old_version_still_open(sample_path: Path) -> None:
    with ProjectFile.open(sample_path, readonly=True) as pf:
        assert pf.project.frames
    for old in sorted((Path(__file__).parents[1] / "data").glob("project_v*.studio")):
        copy = sample_path.with_name(old.name)
        shutil.copy2(old, copy)
        with ProjectFile.open(copy, readonly=True) as pf:
            assert pf.project.scripts, old


def test_json_depth_without_recursion() -> None:
    assert json_depth('{"a": [1, {"b": "[[[[["}]}') == 3
    assert json_depth(DEEP) == 200_000
    assert json_depth('"\\"[[["') == 0


def _plant_snapshot(path: Path, data: bytes, summary: str = "{}") -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO snapshot (id, name, created, summary, data) VALUES (7, 'crafted', '2026-01-01', ?, ?)",
        (summary, data),
    )
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (zlib.compress(b" " * (70 * 1024 * 1024), 9), "too large"),
        (zlib.compress(DEEP.encode()), "nested too deeply"),
        (b"not zlib at all", "cannot be read"),
    ],
    ids=["zip bomb", "deep", "garbage"],
)
def test_a_crafted_snapshot_is_refused_in_one_line(sample_path: Path, payload: bytes, words: str) -> None:
    _plant_snapshot(sample_path, payload, summary=DEEP)
    listing = run_cli("snapshots", str(sample_path))
    assert listing.returncode == 0 and "crafted" in listing.stdout, listing.stderr
    done = run_cli("restore", str(sample_path), "crafted", lang="en")
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1 and len(lines) == 1, done.stderr
    assert "snapshot" in lines[0] and words in lines[0]
    with ProjectFile.open(sample_path, readonly=True) as pf:
        assert pf.project.scripts
    from studio.store import snapshots

    with ProjectFile.open(sample_path, readonly=True) as pf:
        assert "crafted" in [snap.name for snap in snapshots.list_snapshots(pf)]

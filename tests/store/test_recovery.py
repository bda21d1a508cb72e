"""A file left mid-checkpoint or mid-transaction by a crash opens whole; a file cut short does not."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from studio.samples import sample_project
from studio.store import snapshots
from studio.store.document import ProjectFile, write_new_file
from studio.store.errors import CorruptFileError
from studio.store.safeopen import check_header, inspect, journal_path
from studio.store.walfile import committed_pages, wal_path
from tests.store.crashkit import integrity

PAGE = 4096


def _crash_copy(tmp_path: Path) -> tuple[Path, list[str]]:
    """A project as a kill left it: snapshots committed to the log, none checkpointed yet."""
    live = tmp_path / "live" / "p.studio"
    live.parent.mkdir()
    write_new_file(live, *sample_project("zh", frame_edge=64))
    pf = ProjectFile.open(live)
    pf.connection.execute("PRAGMA wal_autocheckpoint = 0")
    names = [snapshots.create(pf, f"版本 {i}").name for i in range(40)]
    crashed = tmp_path / "p.studio"
    shutil.copy2(live, crashed)
    shutil.copy2(wal_path(live), wal_path(crashed))
    pf.close()
    return crashed, names


def _mid_checkpoint(tmp_path: Path) -> tuple[Path, list[str]]:
    """Killed inside a checkpoint: page 1, copied first, already counts pages only the log holds."""
    crashed, names = _crash_copy(tmp_path)
    merged = tmp_path / "merged.studio"
    shutil.copy2(crashed, merged)
    shutil.copy2(wal_path(crashed), wal_path(merged))
    conn = sqlite3.connect(merged)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    body = crashed.read_bytes()
    crashed.write_bytes(merged.read_bytes()[:PAGE] + body[PAGE:])
    header_pages = int.from_bytes(crashed.read_bytes()[28:32], "big")
    assert crashed.stat().st_size < header_pages * PAGE, "the state must look cut short without the log"
    return crashed, names


def test_log_pages_are_read_as_sqlite_recovers_them(tmp_path: Path) -> None:
    crashed, _ = _crash_copy(tmp_path)
    wal = committed_pages(crashed, PAGE)
    conn = sqlite3.connect(f"file:{crashed}?mode=ro", uri=True)
    assert wal.db_pages == conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    assert 1 in wal.pages and max(wal.pages) == wal.db_pages


def test_kill_mid_checkpoint_opens_with_every_snapshot(tmp_path: Path) -> None:
    crashed, names = _mid_checkpoint(tmp_path)
    check_header(crashed)  # the log holds the missing pages: not "cut short"
    with ProjectFile.open(crashed) as pf:
        assert [s.name for s in snapshots.list_snapshots(pf)] == names
    assert integrity(crashed) == "ok"
    assert not wal_path(crashed).exists()


def test_cli_info_reads_a_file_killed_mid_checkpoint(tmp_path: Path) -> None:
    crashed, _ = _mid_checkpoint(tmp_path)
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-m", "studio", "info", str(crashed)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(root), "STUDIO_LANG": "en", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "焕亮精华" in result.stdout


def test_short_file_without_its_log_is_cut_short(tmp_path: Path) -> None:
    crashed, _ = _mid_checkpoint(tmp_path)
    wal_path(crashed).unlink()
    before = crashed.read_bytes()
    with pytest.raises(CorruptFileError) as info:
        inspect(crashed)
    assert info.value.code == "truncated"
    assert crashed.read_bytes() == before


def test_a_torn_log_frame_does_not_count(tmp_path: Path) -> None:
    crashed, _ = _mid_checkpoint(tmp_path)
    wal = bytearray(wal_path(crashed).read_bytes())
    # Damage the first frame's page: its checksum fails, so no frame of the log counts.
    wal[32 + 24 + 100] ^= 0xFF
    wal_path(crashed).write_bytes(bytes(wal))
    with pytest.raises(CorruptFileError) as info:
        check_header(crashed)
    assert info.value.code == "truncated"


def test_hot_journal_is_rolled_back_before_the_checks(tmp_path: Path) -> None:
    path = tmp_path / "p.studio"
    write_new_file(path, *sample_project("zh", frame_edge=64))
    # A writer killed mid-transaction in rollback-journal mode, as during a migration.
    script = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 1')\n"
        "c.execute('BEGIN')\n"
        "c.execute(\"UPDATE project SET title = 'half'\")\n"
        "c.execute('INSERT INTO snapshot (name, created, summary, data) VALUES (?,?,?,?)',"
        " ('x', 'now', '{}', os.urandom(400000)))\n"
        "os.kill(os.getpid(), 9)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=False)
    assert journal_path(path).exists()
    with ProjectFile.open(path) as pf:
        assert pf.project.title == "焕亮精华 25 秒带货"
        assert snapshots.list_snapshots(pf) == []
    assert not journal_path(path).exists()
    assert integrity(path) == "ok"

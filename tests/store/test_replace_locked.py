"""A command that replaces a project takes its lock first: a project open in Studio is never replaced."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from studio.models import ops
from studio.store import snapshots
from studio.store.document import ProjectFile, write_new_file
from studio.store.errors import ProjectLockedError
from studio.store.lock import lock_path
from tests.cli_runner import run_cli


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """``studio ARGS`` in a process of its own, as a second program beside the window would run it."""
    env = {**os.environ, "STUDIO_LANG": lang}
    return subprocess.run(
        [sys.executable, "-m", "studio", *args], capture_output=True, text=True, env=env, check=False
    )


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    wb = Workbook()
    wb.active.append(["镜号", "景别", "画面", "台词", "时长"])
    wb.active.append(["1", "近景", "开场", "熬夜脸？", "3"])
    path = tmp_path / "客户脚本.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_import_xlsx_force_refuses_a_project_open_in_the_window(
    sample_path: Path, workbook: Path, lang: str
) -> None:
    with ProjectFile.open(sample_path) as pf:
        snapshots.create(pf, "before")
        before = _digest(sample_path)
        done = run("import-xlsx", str(workbook), "-o", str(sample_path), "--force", lang=lang)
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 1 and len(lines) == 1, done.stderr
        assert str(sample_path) in lines[0] and str(os.getpid()) in lines[0]
        assert ("close it there first" if lang == "en" else "请先在那边关闭") in lines[0]
        assert _digest(sample_path) == before
        # The window's edits go on reaching its file, snapshots and all.
        for i in range(20):
            ops.set_field(pf.project, pf.project, "title", f"第 {i} 稿")
        assert [s.name for s in snapshots.list_snapshots(pf)] == ["before"]
    with ProjectFile.open(sample_path, readonly=True) as again:
        assert again.project.title == "第 19 稿"
    assert not [p for p in sample_path.parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("command", ["sample", "new", "load"])
def test_every_command_that_replaces_a_project_takes_its_lock(
    sample_path: Path, tmp_path: Path, command: str
) -> None:
    # In this process (the lock is an flock on an open file: a second opening in one process is refused
    # as another process is, see studio/store/lock.py); the test above refuses a separate process.
    run = run_cli
    source = tmp_path / "dump.json"
    source.write_text(run("dump", str(sample_path)).stdout, "utf-8")
    args = {
        "sample": ("sample", str(sample_path), "--force"),
        "new": ("new", str(sample_path), "--force"),
        "load": ("load", str(source), "-o", str(sample_path), "--force"),
    }[command]
    with ProjectFile.open(sample_path):
        before = _digest(sample_path)
        done = run(*args)
        assert done.returncode == 1 and "not replaced" in done.stderr, done.stderr
        assert _digest(sample_path) == before
    assert run(*args).returncode == 0
    assert not lock_path(sample_path).exists()


def test_import_xlsx_force_replaces_a_closed_project(sample_path: Path, workbook: Path) -> None:
    done = run_cli("import-xlsx", str(workbook), "-o", str(sample_path), "--force")
    assert done.returncode == 0, done.stderr
    with ProjectFile.open(sample_path, readonly=True) as pf:
        assert any(s.voiceover == "熬夜脸？" for _b, _a, s in pf.project.scripts[0].iter_shots())
    assert not lock_path(sample_path).exists()


def test_save_copy_over_a_file_open_elsewhere_is_refused(sample_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.studio"
    with ProjectFile.open(sample_path) as pf:
        write_new_file(other, pf.project)
        with ProjectFile.open(other) as held:
            before = _digest(other)
            with pytest.raises(ProjectLockedError):
                pf.save_copy(other)
            assert _digest(other) == before and not held.readonly
        # And onto itself: the open file is never replaced under its own connection.
        with pytest.raises(ProjectLockedError):
            pf.save_copy(sample_path)
        ops.set_field(pf.project, pf.project, "title", "still saved")
    with ProjectFile.open(sample_path, readonly=True) as again:
        assert again.project.title == "still saved"

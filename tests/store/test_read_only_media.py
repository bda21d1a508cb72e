"""A project that was not closed, found on read-only media: not called damaged, told how to open it."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.store.document import ProjectFile
from studio.store.errors import UnmergedLogError
from studio.store.walfile import wal_path
from tests.cli_runner import run_cli

CRASH = textwrap.dedent(
    """
    import os, sys
    from studio.models import ops
    from studio.store.document import ProjectFile
    pf = ProjectFile.open(sys.argv[1])
    for i in range(12):
        ops.set_field(pf.project, pf.project, "title", f"U 盘上的第 {i} 稿")
    os._exit(0)  # the power went: no checkpoint, no close
    """
)


def _crashed(project: Path) -> None:
    """A project whose last edits are only in its -wal, as a crash leaves it, and no -shm (not copied)."""
    done = subprocess.run(
        [sys.executable, "-c", CRASH, str(project)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert wal_path(project).stat().st_size > 0
    project.with_name(project.name + "-shm").unlink(missing_ok=True)


@contextlib.contextmanager
def _read_only_stick(folder: Path, files: list[Path]) -> Iterator[Path]:
    """A small disk holding ``files``, then mounted read-only, as a locked USB stick or a CD."""
    folder.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder)], capture_output=True, check=False
        ).returncode
    ):
        pytest.skip("cannot mount a disk here")
    try:
        for f in files:
            shutil.copy2(f, folder / f.name)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_crashed_project_on_read_only_media_says_it_needs_a_writable_copy(
    sample_path: Path, tmp_path: Path, lang: str
) -> None:
    _crashed(sample_path)
    files = [sample_path, wal_path(sample_path)]
    with _read_only_stick(tmp_path / "stick", files) as stick:
        project = stick / sample_path.name
        for readonly in (False, True):
            with pytest.raises(UnmergedLogError) as info:
                ProjectFile.open(project, readonly=readonly)
            assert info.value.log == wal_path(project).name
        done = run_cli("info", str(project), lang=lang)
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 1 and len(lines) == 1, done.stderr
        assert wal_path(project).name in lines[0]
        assert "the file is damaged" not in lines[0] and "文件已损坏" not in lines[0]
        assert ("not damaged" if lang == "en" else "没有损坏") in lines[0]
        assert ("writable folder" if lang == "en" else "可写的文件夹") in lines[0]
        # Doing what it says opens the project with every edit.
        rescue = tmp_path / "desktop"
        rescue.mkdir()
        for name in (project.name, wal_path(project).name):
            shutil.copy2(stick / name, rescue / name)
    with ProjectFile.open(rescue / sample_path.name, readonly=True) as pf:
        assert pf.project.title == "U 盘上的第 11 稿"


def test_a_closed_project_on_read_only_media_still_opens_read_only(sample_path: Path, tmp_path: Path) -> None:
    with (
        _read_only_stick(tmp_path / "stick", [sample_path]) as stick,
        ProjectFile.open(stick / sample_path.name, readonly=True) as pf,
    ):
        assert pf.project.scripts


def test_a_copy_taken_while_open_reads_from_read_only_media(sample_path: Path, tmp_path: Path) -> None:
    """The copy is current (see the checkpoint) but its header still says WAL: it must still open there."""
    from studio.models import ops

    with ProjectFile.open(sample_path) as pf:
        ops.set_field(pf.project, pf.project, "title", "开着时复制的")
        assert pf.checkpoint()
        copy = tmp_path / "copy.studio"
        shutil.copyfile(sample_path, copy)
    assert copy.read_bytes()[18:20] == b"\x02\x02"
    with _read_only_stick(tmp_path / "stick", [copy]) as stick:
        with ProjectFile.open(stick / copy.name, readonly=True) as pf:
            assert pf.project.title == "开着时复制的"
        done = run_cli("info", str(stick / copy.name))
        assert done.returncode == 0 and "开着时复制的" in done.stdout, done.stderr

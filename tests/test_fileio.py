"""Part sweeping where a part cannot be locked (folders on Windows): judged by age, never by guess."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from studio import fileio


@pytest.fixture
def unopenable_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    """os.open refuses folders, as it does on Windows."""
    real_open = os.open

    def fake_open(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: int) -> int:
        if not kwargs and Path(path).is_dir():  # shutil.rmtree's own opens (dir_fd=...) go through
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(fileio.os, "open", fake_open)


def test_unlockable_part_is_removed_only_when_old(tmp_path: Path, unopenable_folders: None) -> None:
    pattern = fileio.part_pattern(".out.", (".part",))
    old = tmp_path / ".out.abcd1234.part"
    fresh = tmp_path / ".out.efgh5678.part"
    for folder in (old, fresh):
        folder.mkdir()
        (folder / "frame.png").write_bytes(b"x")
    past = time.time() - fileio.STALE_PART_S - 60
    os.utime(old, (past, past))
    assert fileio.sweep_parts(tmp_path, pattern) == [old]
    assert not old.exists() and fresh.is_dir()


def test_claimed_folder_still_writes_where_it_cannot_be_locked(
    tmp_path: Path, unopenable_folders: None
) -> None:
    part = tmp_path / ".out.abcd1234.part"
    part.mkdir()
    with fileio.claimed(part):
        (part / "a.txt").write_text("written")
    assert (part / "a.txt").read_text() == "written"


def test_a_held_file_part_is_left_alone_and_a_free_one_removed(tmp_path: Path) -> None:
    pattern = fileio.part_pattern(".out.", (".part",))
    held, free = tmp_path / ".out.aaaa1111.part", tmp_path / ".out.bbbb2222.part"
    held.write_bytes(b"half")
    free.write_bytes(b"half")
    fd = os.open(held, os.O_RDONLY)
    try:
        fileio.claim(fd)
        # flock is per open file description: a second descriptor in this process is refused like another run.
        assert fileio.sweep_parts(tmp_path, pattern) == [free]
        assert held.exists()
    finally:
        fileio.unlock(fd)
        os.close(fd)

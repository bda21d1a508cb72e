"""The lock in a stranger's folder: no link followed, one lock for every name, stale locks offered, full disks named."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.models import ops
from studio.store.document import ProjectFile
from studio.store.errors import ProjectLockedError, ReadOnlyLocationError, StaleLockError, WriteError
from studio.store.lock import lock_path
from tests.cli_runner import CliResult, run_cli


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(
    *args: str, lang: str = "en", prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str] | CliResult:
    """``studio ARGS``: in a process of its own under ``prefix`` (another account's rights), else in this one
    (the lock is an flock on an open file: this process's own opening refuses the CLI as another's would)."""
    if not prefix:
        return run_cli(*args, lang=lang)
    env = {**os.environ, "STUDIO_LANG": lang}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "studio", *args], capture_output=True, text=True, env=env, check=False
    )


@pytest.fixture
def received(tmp_path: Path, sample_path: Path) -> tuple[Path, Path]:
    """A project folder from a stranger, beside a folder of the victim's own precious file."""
    victim = tmp_path / "victim" / "precious.rc"
    victim.parent.mkdir()
    victim.write_text("export PATH=$HOME/bin:$PATH\n" * 50)
    project = tmp_path / "received" / "p.studio"
    project.parent.mkdir()
    shutil.copy2(sample_path, project)
    return project, victim


# --- planted lock files -----------------------------------------------------------------------


def _plant_symlink(project: Path, victim: Path) -> None:
    os.symlink(os.path.relpath(victim, project.parent), lock_path(project))


def _plant_dangling(project: Path, victim: Path) -> None:
    os.symlink(os.path.relpath(victim.parent / "new-file", project.parent), lock_path(project))


def _plant_hard_link(project: Path, victim: Path) -> None:
    os.link(victim, lock_path(project))


def _plant_fifo(project: Path, victim: Path) -> None:
    os.mkfifo(lock_path(project))


PLANTS = {
    "symlink": _plant_symlink,
    "dangling": _plant_dangling,
    "hard link": _plant_hard_link,
    "fifo": _plant_fifo,
}


@pytest.mark.parametrize("plant", sorted(PLANTS))
def test_a_planted_lock_file_never_touches_another_file(received: tuple[Path, Path], plant: str) -> None:
    project, victim = received
    PLANTS[plant](project, victim)
    before, project_before = _digest(victim), _digest(project)
    with pytest.raises(ReadOnlyLocationError) as info:
        ProjectFile.open(project)
    assert info.value.code == "lock_link"
    assert _digest(victim) == before and _digest(project) == project_before
    assert not (victim.parent / "new-file").exists()
    # Looking is still possible, and the planted thing stays for the user to see and remove.
    with ProjectFile.open(project, readonly=True) as pf:
        assert pf.project.scripts
    assert os.path.lexists(lock_path(project))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_planted_link_is_named_with_the_way_forward(received: tuple[Path, Path], lang: str) -> None:
    project, victim = received
    _plant_symlink(project, victim)
    before = _digest(victim)
    done = run("snapshot", str(project), lang=lang)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1 and len(lines) == 1, done.stderr
    assert lock_path(project).name in lines[0]
    assert ("delete it" if lang == "en" else "请删除它") in lines[0]
    assert _digest(victim) == before
    os.unlink(lock_path(project))
    assert run("snapshot", str(project), lang=lang).returncode == 0


def test_planted_link_in_the_release_race_is_not_followed(received: tuple[Path, Path]) -> None:
    project, victim = received
    before = _digest(victim)
    with ProjectFile.open(project) as pf:
        # Someone swaps the lock for a link while the project is open: release must not touch the target.
        os.unlink(lock_path(project))
        _plant_symlink(project, victim)
        ops.set_field(pf.project, pf.project, "title", "x")
    assert _digest(victim) == before and os.path.islink(lock_path(project))


# --- one lock for every name --------------------------------------------------------------------


def test_a_symlink_in_another_folder_meets_the_same_lock(received: tuple[Path, Path], tmp_path: Path) -> None:
    project, _victim = received
    elsewhere = tmp_path / "desktop"
    elsewhere.mkdir()
    link = elsewhere / "客户项目.studio"
    link.symlink_to(project)
    with ProjectFile.open(project), pytest.raises(ProjectLockedError):
        ProjectFile.open(link)
    with ProjectFile.open(link):
        assert lock_path(link) == lock_path(project) and lock_path(project).exists()
        assert not [p for p in elsewhere.iterdir() if p.name.startswith(".~")]
        with pytest.raises(ProjectLockedError):
            ProjectFile.open(project)


def test_a_linked_folder_meets_the_same_lock(received: tuple[Path, Path], tmp_path: Path) -> None:
    project, _victim = received
    alias = tmp_path / "alias"
    alias.symlink_to(project.parent, target_is_directory=True)
    with ProjectFile.open(alias / project.name), pytest.raises(ProjectLockedError):
        ProjectFile.open(project)


def test_a_hard_linked_project_is_not_edited_under_either_name(
    received: tuple[Path, Path], tmp_path: Path
) -> None:
    project, _victim = received
    second = tmp_path / "second.studio"
    os.link(project, second)
    for name in (project, second):
        with pytest.raises(ReadOnlyLocationError) as info:
            ProjectFile.open(name)
        assert info.value.code == "hard_link"
        with ProjectFile.open(name, readonly=True) as pf:
            assert pf.project.scripts
    done = run("snapshot", str(second))
    assert done.returncode == 1 and "hard link" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    # A copy of its own is editable.
    copy = tmp_path / "copy.studio"
    shutil.copyfile(project, copy)
    with ProjectFile.open(copy) as pf:
        assert not pf.readonly


def test_a_hard_link_made_while_open_stops_a_second_writer(
    received: tuple[Path, Path], tmp_path: Path
) -> None:
    project, _victim = received
    with ProjectFile.open(project):
        os.link(project, tmp_path / "second.studio")
        with pytest.raises(ReadOnlyLocationError):
            ProjectFile.open(tmp_path / "second.studio")


# --- a stale lock of another account ------------------------------------------------------------


def _other_account() -> tuple[str, ...]:
    """A command prefix that runs as an account which cannot write files it does not own."""
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv is needed to drop root's right to write any file")
    probe = subprocess.run(
        ["setpriv", "--bounding-set", "-dac_override,-fowner", "true"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        pytest.skip("cannot drop capabilities here")
    return ("setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner")


def _stale_lock_of_lin(project: Path) -> None:
    """What a Studio run by the account 'lin' leaves after a crash: its record, its file, mode 644."""
    record = {
        "host": socket.gethostname(),
        "pid": 999_999,
        "user": "lin",
        "since": "2026-11-20T10:00:00+00:00",
    }
    lock = lock_path(project)
    lock.write_text(json.dumps(record))
    lock.chmod(0o644)
    if os.geteuid() == 0:
        os.chown(lock, 65534, 65534)
    else:
        lock.chmod(0o444)  # a file we cannot write, as another account's is


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_stale_lock_of_another_account_is_offered_for_takeover(
    received: tuple[Path, Path], lang: str
) -> None:
    project, _victim = received
    prefix = _other_account()
    _stale_lock_of_lin(project)
    done = run("snapshot", str(project), lang=lang, prefix=prefix)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1 and len(lines) == 1, done.stderr
    assert "lin" in lines[0] and f"studio unlock {project}" in lines[0]
    assert ("no longer running" if lang == "en" else "已不在运行") in lines[0]
    assert "cannot be written" not in lines[0]
    unlocked = run("unlock", str(project), lang=lang, prefix=prefix)
    assert unlocked.returncode == 0, unlocked.stderr
    assert "lin" in unlocked.stdout and not lock_path(project).exists()
    assert run("snapshot", str(project), lang=lang, prefix=prefix).returncode == 0


def test_stale_lock_in_process(received: tuple[Path, Path]) -> None:
    project, _victim = received
    if os.geteuid() == 0:
        pytest.skip("root may write any file; the CLI test above drops that right")
    _stale_lock_of_lin(project)
    with pytest.raises(StaleLockError) as info:
        ProjectFile.open(project)
    assert info.value.holder.user == "lin" and info.value.removable
    with ProjectFile.open(project, take_over=True) as pf:
        assert not pf.readonly


def test_a_stale_lock_in_a_folder_that_keeps_it_names_who_can_remove_it(received: tuple[Path, Path]) -> None:
    project, _victim = received
    if os.geteuid() != 0:
        pytest.skip("needs another account to own the shared folder")
    prefix = _other_account()
    _stale_lock_of_lin(project)
    os.chown(project.parent, 65534, 65534)
    project.parent.chmod(0o1777)  # a shared folder where only owners may delete (like /tmp)
    done = run("unlock", str(project), prefix=prefix)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1 and len(lines) == 1, done.stderr
    assert "ask lin or the folder's owner to delete it" in lines[0] and lock_path(project).name in lines[0]
    assert lock_path(project).exists()


def test_a_live_holder_is_never_taken_over(received: tuple[Path, Path]) -> None:
    project, _victim = received
    with ProjectFile.open(project):
        done = run("unlock", str(project))
        assert done.returncode == 1 and "in use by" in done.stderr
        with pytest.raises(ProjectLockedError):
            ProjectFile.open(project, take_over=True)


def test_unlock_says_when_there_is_nothing_to_do(received: tuple[Path, Path]) -> None:
    project, _victim = received
    done = run("unlock", str(project), lang="zh")
    assert done.returncode == 0 and "没有被锁定" in done.stdout


# --- a full disk ------------------------------------------------------------------------------------


@contextlib.contextmanager
def _small_disk(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small disk here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        with contextlib.suppress(OSError):
            while os.write(fd, b"\0" * 4096):
                pass
    finally:
        os.close(fd)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_lock_write_on_a_full_disk_says_so(tmp_path: Path, sample_path: Path, lang: str) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    size = sample_path.stat().st_size + 64 * 1024
    with _small_disk(tmp_path / "disk", str(size)) as disk:
        project = disk / "p.studio"
        shutil.copyfile(sample_path, project)
        _fill(disk)
        with pytest.raises(WriteError) as info:
            ProjectFile.open(project)
        assert info.value.code == "lock_full"
        done = run("snapshot", str(project), lang=lang)
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 1 and len(lines) == 1, done.stderr
        assert ("the disk is full" if lang == "en" else "磁盘已满") in lines[0]
        assert "output" not in lines[0] and "输出" not in lines[0]
        assert not lock_path(project).exists()
        (disk / "filler").unlink()
        with ProjectFile.open(project) as pf:
            assert not pf.readonly


def test_unlock_clears_a_lock_recorded_by_another_computer(received: tuple[Path, Path]) -> None:
    project, _victim = received
    record = {"host": "another-laptop", "pid": 1, "user": "lin", "since": "2026-11-20T10:00:00+00:00"}
    lock_path(project).write_text(json.dumps(record))
    with pytest.raises(ProjectLockedError):
        ProjectFile.open(project)
    done = run("unlock", str(project))
    assert done.returncode == 0 and "another-laptop" in done.stdout, done.stderr
    with ProjectFile.open(project) as pf:
        assert not pf.readonly


def test_a_deeply_nested_lock_record_is_garbage_taken_over(received: tuple[Path, Path]) -> None:
    project, _victim = received
    lock_path(project).write_text("[" * 4000)
    with ProjectFile.open(project) as pf:
        assert not pf.readonly

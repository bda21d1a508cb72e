"""One editor at a time: a second opener learns who holds the file and may read it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from studio.store.document import ProjectFile
from studio.store.errors import ProjectLockedError
from studio.store.lock import lock_path

HOLDER = textwrap.dedent(
    """
    import sys, time
    from studio.store.document import ProjectFile
    pf = ProjectFile.open(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()
    pf.close()
    print("closed", flush=True)
    """
)


def _start_holder(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "open"
    return proc


def test_second_process_is_told_who_holds_it(sample_path: Path) -> None:
    proc = _start_holder(sample_path)
    try:
        with pytest.raises(ProjectLockedError) as info:
            ProjectFile.open(sample_path)
        holder = info.value.holder
        assert holder.pid == proc.pid
        assert holder.host == socket.gethostname()
        assert holder.since
        with ProjectFile.open(sample_path, readonly=True) as pf:
            assert pf.readonly and pf.project.scripts[0].beats
    finally:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "closed"
        proc.wait(10)
    assert not lock_path(sample_path).exists()
    with ProjectFile.open(sample_path) as pf:
        assert not pf.readonly


def test_read_only_sees_the_holders_saved_edits(sample_path: Path) -> None:
    from studio.models import ops

    with ProjectFile.open(sample_path) as writer:
        ops.set_field(writer.project, writer.project, "title", "新标题")
        with ProjectFile.open(sample_path, readonly=True) as reader:
            assert reader.project.title == "新标题"


def test_lock_of_a_dead_process_is_taken_over(sample_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path(sample_path).write_text(
        json.dumps({"host": socket.gethostname(), "pid": dead.pid, "user": "x", "since": "2026-01-01"})
    )
    with ProjectFile.open(sample_path) as pf:
        assert not pf.readonly
        assert json.loads(lock_path(sample_path).read_text())["pid"] != dead.pid
    assert not lock_path(sample_path).exists()


def test_garbage_lock_is_taken_over(sample_path: Path) -> None:
    lock_path(sample_path).write_bytes(b"\x00\xff not json")
    with ProjectFile.open(sample_path) as pf:
        assert not pf.readonly


def test_lock_held_on_another_host_is_respected(sample_path: Path) -> None:
    lock_path(sample_path).write_text(
        json.dumps({"host": "another-laptop", "pid": 1, "user": "lin", "since": "2026-11-20T10:00:00+00:00"})
    )
    with pytest.raises(ProjectLockedError) as info:
        ProjectFile.open(sample_path)
    assert info.value.holder.host == "another-laptop" and info.value.holder.user == "lin"


def test_same_process_opening_twice_is_refused(sample_path: Path) -> None:
    with ProjectFile.open(sample_path), pytest.raises(ProjectLockedError):
        ProjectFile.open(sample_path)


def test_lock_released_even_when_load_fails(sample_path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(sample_path)
    conn.execute("DELETE FROM project")
    conn.commit()
    conn.close()
    with pytest.raises(Exception):  # noqa: B017 - any typed error; the lock is what matters
        ProjectFile.open(sample_path)
    assert not lock_path(sample_path).exists()


RACE = textwrap.dedent(
    """
    import json, os, socket, sys
    from pathlib import Path
    from studio.store.errors import ProjectLockedError
    from studio.store.lock import ProjectLock, lock_path

    path, trials = Path(sys.argv[1]), int(sys.argv[2])
    host = socket.gethostname()
    winners = []
    for trial in range(trials):
        # The lock left behind: a dead holder, a holder whose pid now runs another program, garbage.
        stale = trial % 3
        if stale == 1:
            record = {"host": host, "pid": os.getppid(), "user": "x", "since": "2026-01-01"}
            lock_path(path).write_text(json.dumps(record))
        elif stale == 2:
            lock_path(path).write_bytes(b"\\x00 not a lock")
        go_r, go_w = os.pipe()
        said_r, said_w = os.pipe()
        end_r, end_w = os.pipe()
        children = []
        for _ in range(2):
            pid = os.fork()
            if pid == 0:
                os.read(go_r, 1)
                try:
                    ProjectLock.acquire(path)
                    os.write(said_w, b"W")
                except ProjectLockedError:
                    os.write(said_w, b"L")
                # Hold whatever we got until both have answered, then die without releasing.
                os.read(end_r, 1)
                os._exit(0)
            children.append(pid)
        os.write(go_w, b"gg")
        said = os.read(said_r, 1) + os.read(said_r, 1)
        os.write(end_w, b"ee")
        for pid in children:
            os.waitpid(pid, 0)
        for fd in (go_r, go_w, said_r, said_w, end_r, end_w):
            os.close(fd)
        winners.append(said.count(b"W"))
    print(json.dumps(winners))
    """
)


def test_two_processes_racing_for_a_stale_lock_never_both_win(sample_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path(sample_path).write_text(
        json.dumps({"host": socket.gethostname(), "pid": dead.pid, "user": "x", "since": "2026-01-01"})
    )
    result = subprocess.run(
        [sys.executable, "-c", RACE, str(sample_path), "200"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    winners = json.loads(result.stdout)
    assert len(winners) == 200
    assert set(winners) == {1}, (
        f"trials with other than one writer: {[i for i, w in enumerate(winners) if w != 1]}"
    )


def test_a_dead_holders_pid_reused_by_a_live_process_does_not_keep_the_lock(sample_path: Path) -> None:
    # This test's own process is alive on this host but does not hold the file.
    lock_path(sample_path).write_text(
        json.dumps({"host": socket.gethostname(), "pid": os.getpid(), "user": "x", "since": "2026-01-01"})
    )
    with ProjectFile.open(sample_path) as pf:
        assert not pf.readonly
        assert json.loads(lock_path(sample_path).read_text())["since"] != "2026-01-01"


def test_a_crashed_holder_leaves_a_lock_that_is_taken_over(sample_path: Path) -> None:
    proc = _start_holder(sample_path)
    proc.kill()
    proc.wait(10)
    assert lock_path(sample_path).exists()
    with ProjectFile.open(sample_path) as pf:
        assert not pf.readonly

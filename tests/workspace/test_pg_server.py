"""The throwaway PostgreSQL server the workspace tests run against: reachable on its socket only, with a
password role, and gone (process and folder) when its session ends, even when that session is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import pg_server as pg

ROOT = Path(__file__).resolve().parents[2]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_server_answers_on_its_socket_only(pg_server: pg.PgServer) -> None:
    import psycopg

    with psycopg.connect(pg_server.url(), connect_timeout=10) as conn:
        assert conn.execute("SHOW listen_addresses").fetchone() == ("",)
        (version,) = conn.execute("SHOW server_version_num").fetchone() or (0,)
        assert int(version) >= 120000
    assert pg_server.socket.is_socket()


def test_password_role_logs_in_with_its_password_only(pg_server: pg.PgServer) -> None:
    import psycopg

    pg_server.add_password_role()
    url = pg_server.url(user=pg.PASSWORD_ROLE, password=pg.PASSWORD)
    with psycopg.connect(url, connect_timeout=10) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (pg.PASSWORD_ROLE,)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(pg_server.url(user=pg.PASSWORD_ROLE, password="wrong"), connect_timeout=10)


@pytest.mark.slow
def test_a_killed_session_leaves_no_server_behind(tmp_path: Path) -> None:
    """The process that started a server is SIGKILLed: the watchdog stops the server and removes its folder."""
    if pg.unavailable_reason():
        pytest.skip(pg.unavailable_reason() or "")
    note = tmp_path / "where"
    code = (
        "import sys, time\n"
        "from tests import pg_server as pg\n"
        "with pg.pg_server() as s:\n"
        "    pid = (s.data / 'postmaster.pid').read_text().splitlines()[0]\n"
        f"    open({str(note)!r}, 'w').write(str(s.root) + '\\n' + pid)\n"
        "    time.sleep(600)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}
    )
    try:
        deadline = time.monotonic() + 120
        while not note.exists() or len(note.read_text().splitlines()) < 2:
            assert child.poll() is None, "the child failed to start its server"
            assert time.monotonic() < deadline, "the child's server never started"
            time.sleep(0.2)
        root, pid = note.read_text().splitlines()
        assert Path(root).is_dir() and _alive(int(pid))
        child.send_signal(signal.SIGKILL)
        child.wait()
        deadline = time.monotonic() + 60
        while Path(root).exists() or _alive(int(pid)):
            assert time.monotonic() < deadline, f"server {pid} in {root} outlived its session"
            time.sleep(0.2)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

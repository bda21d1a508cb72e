"""The workspace on a real PostgreSQL server: what only a server can do wrong (a newer schema, a wrong
password, a host that never answers, a database that is not there, many clients creating it at once), each
a WorkspaceError with its code; and psycopg needed only when a server is used."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from studio.workspace import open_workspace, sql
from studio.workspace.errors import WorkspaceError
from tests import pg_server as pg

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def url(pg_server: pg.PgServer) -> str:
    return pg_server.create_database(f"wsb_{uuid.uuid4().hex[:10]}")


def _code(url: str) -> WorkspaceError:
    with pytest.raises(WorkspaceError) as err:
        open_workspace(url).close()
    return err.value


def test_a_newer_schema_is_refused_and_left_alone(pg_server: pg.PgServer, url: str) -> None:
    backend = open_workspace(url)
    assert backend.schema_version() == sql.SCHEMA_VERSION
    backend.close()
    pg_server.sql(
        f"UPDATE meta SET value = '{sql.SCHEMA_VERSION + 1}' WHERE key = 'schema_version'",
        url.split("/")[-1].split("?")[0],
    )
    err = _code(url)
    assert err.code == "newer_schema"
    assert err.facts["version"] == sql.SCHEMA_VERSION + 1 and err.facts["supported"] == sql.SCHEMA_VERSION
    import psycopg

    with psycopg.connect(url) as conn:  # refused, not "repaired"
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
            str(sql.SCHEMA_VERSION + 1),
        )


def test_a_wrong_password_is_auth_and_never_shown(pg_server: pg.PgServer, url: str) -> None:
    pg_server.add_password_role()
    db = url.split("/")[-1].split("?")[0]
    pg_server.sql(f'GRANT ALL ON DATABASE "{db}" TO {pg.PASSWORD_ROLE}')
    pg_server.sql(f"GRANT ALL ON SCHEMA public TO {pg.PASSWORD_ROLE}", db)
    err = _code(pg_server.url(db, user=pg.PASSWORD_ROLE, password="not-it"))
    assert err.code == "auth"
    assert "not-it" not in repr(err.facts) and "not-it" not in str(err)
    # the right one works, from the URL or from libpq's .pgpass
    open_workspace(pg_server.url(db, user=pg.PASSWORD_ROLE, password=pg.PASSWORD)).close()


def test_pgpass_supplies_the_password(
    pg_server: pg.PgServer, url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.workspace import server

    pg_server.add_password_role()
    db = url.split("/")[-1].split("?")[0]
    pg_server.sql(f"GRANT ALL ON SCHEMA public TO {pg.PASSWORD_ROLE}", db)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.setattr(server, "_keyring", lambda: None)
    bare = pg_server.url(db, user=pg.PASSWORD_ROLE)
    assert _code(bare).code == "auth"  # no password anywhere yet
    server.write_pgpass(server.address(bare), pg.PASSWORD)
    backend = open_workspace(bare)
    assert backend.schema_version() == sql.SCHEMA_VERSION
    backend.close()


def test_a_host_that_never_answers_is_unreachable_in_bounded_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A TCP port that accepts and then says nothing (a firewall, a hung server): libpq's timeout ends it."""
    monkeypatch.setenv("STUDIO_WORKSPACE_TIMEOUT", "2")
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    try:
        port = silent.getsockname()[1]
        started = time.monotonic()
        err = _code(f"postgresql://nobody@127.0.0.1:{port}/team")
        waited = time.monotonic() - started
    finally:
        silent.close()
    assert err.code == "unreachable"
    assert waited < 60  # bounded: a hang would be stopped by pytest-timeout much later


def test_no_server_and_no_database(pg_server: pg.PgServer, tmp_path: Path) -> None:
    assert _code(f"postgresql://nobody@/team?host={tmp_path}").code == "unreachable"
    assert _code(pg_server.url("no_such_db")).code == "no_database"


def test_many_clients_creating_the_tables_at_once(url: str) -> None:
    errors: list[BaseException] = []

    def one() -> None:
        try:
            open_workspace(url).close()
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_psycopg_is_needed_only_for_a_server(pg_server: pg.PgServer, tmp_path: Path) -> None:
    """Without psycopg the embedded workspace works and a server URL gives the no_driver error."""
    code = (
        "import sys\n"
        "sys.modules['psycopg'] = None  # as if not installed\n"
        "from studio.workspace import open_workspace\n"
        "from studio.workspace.errors import WorkspaceError\n"
        f"open_workspace({f'sqlite:///{tmp_path}/ws.sqlite3'!r}).close()\n"
        "try:\n"
        f"    open_workspace({pg_server.url()!r})\n"
        "except WorkspaceError as exc:\n"
        "    print(exc.code)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.stdout.strip() == "no_driver", out.stderr

"""The server URL as the settings keep it: never a password (that goes to the keyring or libpq's .pgpass),
and passwords never shown in messages."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from studio.workspace import location, server
from studio.workspace.errors import WorkspaceError


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and .pgpass in the test's folder, and no system keyring."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "config"))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.setattr(server, "_keyring", lambda: None)
    monkeypatch.setattr("studio.workspace.location.settings_folder", lambda: tmp_path / "config" / "Studio")
    return tmp_path


def test_split_and_redact_keep_everything_but_the_password() -> None:
    url = "postgresql://ana%40team:p%3Aw%2Fd@db.example.com:6543/studio?sslmode=require"
    bare, password = server.split_password(url)
    assert password == "p:w/d"
    assert bare == "postgresql://ana%40team@db.example.com:6543/studio?sslmode=require"
    assert "p%3Aw" not in server.redact(url) and "***" in server.redact(url)
    assert server.split_password(bare) == (bare, None)
    where = server.address(url)
    assert where.shown() == "ana@team@db.example.com:6543/studio"


def test_socket_urls_match_pgpass_by_their_folder() -> None:
    where = server.address("postgresql://writer@/team?host=%2Ftmp%2Fpg&port=5433")
    assert (where.host, where.port, where.dbname, where.user) == ("/tmp/pg", "5433", "team", "writer")
    assert server.address("postgresql:///team").host == "localhost"


def test_saved_url_never_holds_the_password(config: Path) -> None:
    saved = server.save_url("postgresql://writer:s3cret@db.example.com/team")
    assert saved.url == "postgresql://writer@db.example.com/team"
    assert saved.password_in == "pgpass"
    text = location.settings_file().read_text(encoding="utf-8")
    assert "s3cret" not in text
    assert json.loads(text) == {"url": "postgresql://writer@db.example.com/team"}
    assert location.saved_url() == "postgresql://writer@db.example.com/team"
    pgpass = Path(saved.pgpass)
    assert pgpass.read_text(encoding="utf-8") == "db.example.com:5432:team:writer:s3cret\n"
    if os.name == "posix":
        assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600


def test_pgpass_line_is_replaced_not_doubled_and_others_kept(config: Path) -> None:
    (config / "pgpass").write_text("other:5432:*:bob:x\n", encoding="utf-8")
    server.save_url("postgresql://writer:one@db:5432/team")
    server.save_url("postgresql://writer:tw:o\\@db:5432/team")
    lines = (config / "pgpass").read_text(encoding="utf-8").splitlines()
    assert lines == ["other:5432:*:bob:x", "db:5432:team:writer:tw\\:o\\\\"]


def test_keyring_is_preferred_when_there_is_one(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept: dict[tuple[str, str], str] = {}

    class Ring:
        def set_password(self, service: str, name: str, password: str) -> None:
            kept[(service, name)] = password

        def get_password(self, service: str, name: str) -> str | None:
            return kept.get((service, name))

    monkeypatch.setattr(server, "_keyring", lambda: Ring())
    saved = server.save_url("postgresql://writer:s3cret@db/team")
    assert saved.password_in == "keyring" and not (config / "pgpass").exists()
    assert server.connect_options(saved.url)["password"] == "s3cret"
    # a password typed in the URL wins over the kept one
    assert "password" not in server.connect_options("postgresql://writer:typed@db/team")


def test_unreadable_settings_give_no_url(config: Path) -> None:
    path = location.settings_file()
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert location.saved_url() == ""
    path.write_text(json.dumps(["a"]), encoding="utf-8")
    assert location.saved_url() == ""


def test_a_bad_url_is_refused_and_nothing_saved(config: Path) -> None:
    with pytest.raises(WorkspaceError) as err:
        server.save_url("mysql://x:pw@db/team")
    assert err.value.code == "bad_url" and "pw" not in str(err.value.facts)
    assert not location.settings_file().exists()


def test_connect_options_bound_the_wait() -> None:
    options = server.connect_options("postgresql://a@db/x")
    assert options["connect_timeout"] == server.CONNECT_TIMEOUT
    assert server.connect_options("postgresql://a@db/x?connect_timeout=2").get("connect_timeout") is None


def test_the_saved_url_is_used_after_the_environment(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from studio.workspace.location import ENV, resolve_url

    monkeypatch.delenv(ENV, raising=False)
    assert resolve_url(None).startswith("sqlite:///")
    server.save_url("postgresql://writer:pw@db/team")
    assert resolve_url(None) == "postgresql://writer@db/team"
    monkeypatch.setenv(ENV, "sqlite:///tmp/x.sqlite3")
    assert resolve_url(None) == "sqlite:///tmp/x.sqlite3"
    assert resolve_url("postgresql://other@db/team") == "postgresql://other@db/team"
    server.save_url("")
    monkeypatch.delenv(ENV)
    assert resolve_url(None).startswith("sqlite:///")

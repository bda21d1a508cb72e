"""``studio workspace connect/publish`` and the server's errors on the command line, in both languages,
against a real PostgreSQL server: one line each, exit 1 or 2, nothing saved or lost."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest

from studio.workspace.errors import WorkspaceError
from tests import pg_server as pg


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.workspace.make_projects import make_folder

    path = tmp_path_factory.mktemp("ws") / "projects"
    make_folder(path, count=2, bad=False)
    return path


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A user's own settings folder, password file and local copy; no workspace URL in the environment."""
    return {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PGPASSFILE": str(tmp_path / "pgpass"),
        "STUDIO_WORKSPACE_URL": "",
        "STUDIO_WORKSPACE_TIMEOUT": "3",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


@pytest.fixture
def server_url(pg_server: pg.PgServer) -> str:
    return pg_server.create_database(f"wsc_{uuid.uuid4().hex[:10]}")


def test_connect_publish_and_read_the_team_view(
    cli, folder: Path, env: dict[str, str], server_url: str, tmp_path: Path
) -> None:
    mine = tmp_path / "mine"
    shutil.copytree(folder, mine)
    r = cli("workspace", "add", str(mine), env=env)
    assert r.returncode == 0, r.stderr
    r = cli("workspace", "connect", server_url, env=env)
    assert r.returncode == 0, r.stderr
    assert "connected" in r.stdout
    r = cli("workspace", "connect", env=env, lang="zh")
    assert r.returncode == 0, r.stderr
    assert "来自设置" in r.stdout and "服务器上共有 0 个项目" in r.stdout
    from studio.workspace import open_workspace

    local = open_workspace(f"sqlite:///{tmp_path}/config/Studio/workspace.sqlite3")
    waiting = len(local.projects()) + len(local.library())
    local.close()
    assert waiting >= 4 and f"本机还有 {waiting} 个" in r.stdout  # the laptop's projects and library wait
    r = cli("workspace", "publish", env=env)
    assert r.returncode == 0, r.stderr
    assert "4 project(s)" in r.stdout and "the server holds 4 project(s)" in r.stdout
    r = cli("workspace", "publish", env=env, lang="zh")
    assert r.returncode == 0 and "已是最新" in r.stdout
    # the saved server is the workspace now: its list is the team's
    r = cli("workspace", "list", "--json", "--no-scan", env=env)
    assert r.returncode == 0, r.stderr
    assert len(__import__("json").loads(r.stdout)) == 4
    r = cli("workspace", "search", "精华", "--no-scan", "--json", env=env)
    assert r.returncode == 0 and "烟酰胺" in r.stdout
    r = cli("workspace", "connect", "--forget", env=env)
    assert r.returncode == 0 and "embedded" in r.stdout
    r = cli("workspace", "publish", env=env)
    assert r.returncode == 2 and "publishing needs a server" in r.stderr


def test_a_wrong_password_is_one_line_and_nothing_saved(
    cli, env: dict[str, str], pg_server: pg.PgServer, server_url: str, tmp_path: Path
) -> None:
    pg_server.add_password_role()
    db = server_url.split("/")[-1].split("?")[0]
    wrong = pg_server.url(db, user=pg.PASSWORD_ROLE, password="wrong-one")
    for lang, words in (("en", "refused the user or password"), ("zh", "拒绝了该用户或密码")):
        r = cli("workspace", "connect", wrong, env=env, lang=lang)
        assert r.returncode == 1
        assert words in r.stderr and len(r.stderr.strip().splitlines()) == 1
        assert "wrong-one" not in r.stderr + r.stdout
    assert not (tmp_path / "config" / "Studio" / "workspace.json").exists()
    assert not (tmp_path / "pgpass").exists()
    # the right password is used, and kept out of the settings (the password file has it)
    right = pg_server.url(db, user=pg.PASSWORD_ROLE, password=pg.PASSWORD)
    pg_server.sql(f"GRANT ALL ON SCHEMA public TO {pg.PASSWORD_ROLE}", db)
    r = cli("workspace", "connect", right, env=env)
    assert r.returncode == 0, r.stderr
    saved = (tmp_path / "config" / "Studio" / "workspace.json").read_text(encoding="utf-8")
    assert pg.PASSWORD not in saved and "%" not in saved.split("@")[0]
    r = cli("workspace", "list", "--no-scan", "--json", env=env)
    assert r.returncode == 0, r.stderr  # libpq found the password in the password file


def test_offline_the_laptop_works_from_its_copy(
    cli, folder: Path, env: dict[str, str], tmp_path: Path
) -> None:
    r = cli("workspace", "add", str(folder), env=env)
    assert r.returncode == 0, r.stderr
    gone = f"postgresql://ana@/team?host={tmp_path}"  # no server listens there
    r = cli("workspace", "connect", gone, "--no-check", env=env)
    assert r.returncode == 0, r.stderr
    for lang, words in (("en", "working from this computer's copy"), ("zh", "改用本机副本继续工作")):
        r = cli("workspace", "list", "--json", "--no-scan", env=env, lang=lang)
        assert r.returncode == 0, r.stderr
        assert words in r.stderr and len(__import__("json").loads(r.stdout)) == 4
    for lang, words in (("en", "does not answer"), ("zh", "服务器没有响应")):
        r = cli("workspace", "publish", "--no-scan", env=env, lang=lang)
        assert r.returncode == 1 and words in r.stderr, r.stderr
        assert len(r.stderr.strip().splitlines()) == 1


def test_a_newer_schema_on_the_server_is_one_line(
    cli, env: dict[str, str], pg_server: pg.PgServer, server_url: str
) -> None:
    from studio.workspace import open_workspace, sql

    open_workspace(server_url).close()
    db = server_url.split("/")[-1].split("?")[0]
    pg_server.sql(f"UPDATE meta SET value = '{sql.SCHEMA_VERSION + 3}' WHERE key = 'schema_version'", db)
    for lang, words in (("en", "newer Studio"), ("zh", "更新版本的 Studio")):
        r = cli("workspace", "list", "--no-scan", "--url", server_url, env=env, lang=lang)
        assert r.returncode == 1 and words in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("code", ["auth", "unreachable", "no_database", "lost"])
def test_every_server_error_has_words_in_both_languages(code: str) -> None:
    from studio.cli.i18n import language_scope, set_language
    from studio.cli.workspace_server import describe

    exc = WorkspaceError(
        code, url="postgresql://ana@db/team", server="ana@db:5432/team", seconds=5, detail="x"
    )
    lines = []
    for lang in ("en", "zh"):
        with language_scope():
            set_language(lang)
            lines.append(describe(exc))
    assert all("ana@db:5432/team" in line and "{" not in line for line in lines)
    assert lines[0] != lines[1]

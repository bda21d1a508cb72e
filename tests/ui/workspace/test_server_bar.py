"""The Workspace window on a team server, driven by mouse and keys at 1366x768 against a real PostgreSQL
server: publish in the background, connect through the Server dialog (a wrong password said in one line,
nothing saved), and a server that does not answer costing nothing but a line (this computer's copy shown)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests import pg_server as pg


@pytest.fixture(scope="module")
def facts():
    from studio.workspace.extract import extract
    from tests.workspace.make_projects import generated

    return [extract(generated(i)) for i in range(3)]


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, facts) -> Path:
    """This computer's settings folder with its own copy holding three projects; no keyring, own .pgpass."""
    from studio.workspace.publish import open_sql
    from studio.workspace.server import local_url

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.setenv("STUDIO_WORKSPACE_TIMEOUT", "3")
    monkeypatch.delenv("STUDIO_WORKSPACE_URL", raising=False)
    monkeypatch.setattr("studio.workspace.server._keyring", lambda: None)
    local = open_sql(local_url())
    for f in facts:
        local.put_project(f, f"/laptop/{f.project_id}.studio", "local")
    local.close()
    return tmp_path / "config" / "Studio"


def _window(qtbot):
    from studio.ui.workspace.window import WorkspaceWindow

    win = WorkspaceWindow(lambda path, hit: None)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    with qtbot.waitSignal(win.server_bar.settled, timeout=60_000):
        win.refresh()
    return win


def test_publish_from_the_window_in_the_background(laptop: Path, pg_server: pg.PgServer, qtbot) -> None:
    from studio.workspace.server import save_url

    url = pg_server.create_database(f"wsu_{uuid.uuid4().hex[:10]}")
    save_url(url)
    win = _window(qtbot)
    bar = win.server_bar
    assert win.projects.proxy.rowCount() == 0  # the server's (empty) view of the team
    assert "0 projects" in bar.state.text() and "3 waiting to publish" in bar.state.text()
    assert bar.publish_button.isEnabled()
    with qtbot.waitSignal(bar.settled, timeout=60_000):
        qtbot.mouseClick(bar.publish_button, Qt.MouseButton.LeftButton)
    assert "Published 3 projects" in bar.state.text(), bar.state.text()
    with qtbot.waitSignal(win.loaded, timeout=60_000):
        win.refresh()
    assert win.projects.proxy.rowCount() == 3


def test_a_server_that_does_not_answer_costs_a_line(laptop: Path, qtbot, tmp_path: Path) -> None:
    from studio.workspace.server import save_url

    save_url(f"postgresql://ana@/team?host={tmp_path}")  # nothing listens there
    win = _window(qtbot)
    assert win.projects.proxy.rowCount() == 3  # this computer's copy
    assert "does not answer" in win.where.text()
    bar = win.server_bar
    assert "does not answer" in bar.state.text() and bar.publish_button.isEnabled()
    with qtbot.waitSignal(bar.settled, timeout=60_000):
        qtbot.mouseClick(bar.publish_button, Qt.MouseButton.LeftButton)
    assert "does not answer" in bar.state.text()
    assert win.projects.proxy.rowCount() == 3


def test_server_dialog_refuses_a_wrong_password_and_saves_none(
    laptop: Path, pg_server: pg.PgServer, qtbot
) -> None:
    pg_server.add_password_role()
    db = f"wsu_{uuid.uuid4().hex[:10]}"
    pg_server.create_database(db)
    pg_server.sql(f"GRANT ALL ON SCHEMA public TO {pg.PASSWORD_ROLE}", db)
    win = _window(qtbot)
    assert "This computer only" in win.server_bar.state.text()
    qtbot.mouseClick(win.server_bar.server_button, Qt.MouseButton.LeftButton)
    dialog = win.server_bar._dialog
    qtbot.waitExposed(dialog)
    dialog.address.setFocus()
    qtbot.keyClicks(dialog.address, pg_server.url(db, user=pg.PASSWORD_ROLE))
    qtbot.keyClicks(dialog.password, "not-the-password")
    with qtbot.waitSignal(dialog.settled, timeout=60_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "refused the user or password" in dialog.message.text()
    assert "not-the-password" not in dialog.message.text()
    assert not (laptop / "workspace.json").exists()
    dialog.password.clear()
    dialog.password.setFocus()
    dialog.password.insert(pg.PASSWORD)  # not ASCII: typed through the input method, as keyClicks cannot
    # the window reads the new workspace again, and the bar its state
    with qtbot.waitSignals([win.server_bar.settled, win.loaded], timeout=60_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "Connected" in dialog.message.text()
    saved = json.loads((laptop / "workspace.json").read_text(encoding="utf-8"))
    assert saved["url"].startswith("postgresql://writer@") and pg.PASSWORD not in json.dumps(saved)
    assert "waiting to publish" in win.server_bar.state.text()
    # back to this computer only
    with qtbot.waitSignals([win.server_bar.settled, win.loaded], timeout=60_000):
        qtbot.mouseClick(dialog.local_button, Qt.MouseButton.LeftButton)
    assert "This computer only" in win.server_bar.state.text()


def test_a_wrong_saved_password_or_a_newer_server_shows_this_computers_copy(
    laptop: Path, pg_server: pg.PgServer, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.workspace import open_workspace, sql
    from studio.workspace.server import save_url

    pg_server.add_password_role()
    db = f"wsu_{uuid.uuid4().hex[:10]}"
    pg_server.create_database(db)
    save_url(pg_server.url(db, user=pg.PASSWORD_ROLE))  # no password anywhere
    win = _window(qtbot)
    assert win.projects.proxy.rowCount() == 3
    assert "refused the user or password" in win.where.text()
    assert "refused the user or password" in win.server_bar.state.text()
    open_workspace(pg_server.url(db)).close()
    pg_server.sql(f"UPDATE meta SET value = '{sql.SCHEMA_VERSION + 1}' WHERE key = 'schema_version'", db)
    save_url(pg_server.url(db))
    with qtbot.waitSignals([win.loaded, win.server_bar.settled], timeout=60_000):
        win.refresh()
    assert win.projects.proxy.rowCount() == 3
    assert "newer Studio" in win.where.text()


def test_the_lines_are_in_chinese_too(laptop: Path, qtbot, qapp, tmp_path: Path, monkeypatch) -> None:
    from studio.ui.app import Translators
    from studio.workspace.server import save_url

    monkeypatch.setenv("STUDIO_LANG", "zh")
    save_url(f"postgresql://ana@/team?host={tmp_path}")  # nothing listens there
    translators = Translators(qapp)
    translators.install("zh")
    try:
        win = _window(qtbot)
        assert "没有响应" in win.where.text() and "本机副本" in win.where.text()
        assert win.server_bar.publish_button.text() == "发布(&P)"
        assert "没有响应" in win.server_bar.state.text()
    finally:
        translators.install("en")

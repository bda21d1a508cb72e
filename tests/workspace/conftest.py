"""Workspace fixtures: a fresh workspace database on every backend there is, and folders of real projects.

``backend`` runs each test on SQLite, and on PostgreSQL too once studio/workspace/pg_backend.py
exists (the server comes from the session's ``pg_server`` fixture; a fresh database per test).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.workspace import open_workspace
from studio.workspace.backend import Backend

BACKENDS = ["sqlite", "postgresql"]


def workspace_url(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty workspace database's URL of ``kind``."""
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'ws.sqlite3'}"
    server = request.getfixturevalue("pg_server")
    return str(server.create_database(f"ws_{uuid.uuid4().hex[:12]}"))


@pytest.fixture(params=BACKENDS)
def backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a fresh workspace database, once per backend."""
    return workspace_url(request.param, request, tmp_path)


@pytest.fixture
def backend(backend_url: str) -> Iterator[Backend]:
    """A fresh workspace database, open, once per backend."""
    b = open_workspace(backend_url)
    yield b
    b.close()


@pytest.fixture
def project_folder(tmp_path: Path) -> Path:
    """A folder with both samples and generated projects (see make_projects)."""
    from tests.workspace.make_projects import make_folder

    folder = tmp_path / "projects"
    make_folder(folder)
    return folder


@pytest.fixture(scope="session")
def _team_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.workspace.make_projects import make_folder

    folder = tmp_path_factory.mktemp("team_template") / "team"
    make_folder(folder, count=12)
    return folder


@pytest.fixture
def team_folder(_team_template: Path, tmp_path: Path) -> Path:
    """A copy of a folder with both samples, 12 generated projects and the bad files (made once a session)."""
    import shutil

    return Path(shutil.copytree(_team_template, tmp_path / "team"))

"""The team's workspace: every project's facts in one database (embedded SQLite, or PostgreSQL)."""

from __future__ import annotations

import importlib

from studio.workspace.backend import Backend
from studio.workspace.errors import WorkspaceError
from studio.workspace.location import resolve_url, sqlite_path

#: URL scheme -> "module:Class" of its backend, imported only when used.
BACKENDS: dict[str, str] = {
    "postgresql": "studio.workspace.pg_backend:PgBackend",
    "postgres": "studio.workspace.pg_backend:PgBackend",
}


def open_workspace(url: str | None = None) -> Backend:
    """Open (creating if needed) the workspace database the URL names; raise WorkspaceError."""
    url = resolve_url(url)
    path = sqlite_path(url)
    if path is not None:
        from studio.workspace.sqlite_backend import SqliteBackend

        return SqliteBackend(url, path)
    scheme = url.split(":", 1)[0].lower()
    target = BACKENDS.get(scheme)
    if target is None:
        raise WorkspaceError("bad_url", url=url)
    module_name, cls_name = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise WorkspaceError("no_driver", url=url, detail=str(exc)) from None
    backend: Backend = getattr(module, cls_name)(url)
    return backend

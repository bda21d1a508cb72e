"""The team's shared library for the window, read from the workspace database in the background.

Opening a database (a server may be slow or away) never happens on the window's thread: the first
ask starts a load and returns None; ``changed`` tells when the entries are in. An embedded
database that does not exist yet is not created just to be read: the library is then empty.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from studio.ui.jobs import Job
from studio.workspace.facts import LibraryEntry

log = logging.getLogger(__name__)


def load_entries(url: str | None = None) -> list[LibraryEntry]:
    """Every library entry (retired ones too, marked), or [] when there is no workspace yet."""
    from studio.workspace import open_workspace
    from studio.workspace.location import resolve_url, sqlite_path

    url = resolve_url(url)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return []
    backend = open_workspace(url)
    try:
        return backend.library(include_retired=True)
    finally:
        backend.close()


class TeamLibrary(QObject):
    """The library entries, loaded once in the background and reloaded on request."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[LibraryEntry] | None = None
        self._job: Job | None = None
        self.error: str = ""

    def entries(self) -> list[LibraryEntry] | None:
        """The entries, or None while they are loading (a load is started if none is under way)."""
        if self._entries is None and self._job is None:
            self.reload()
        return self._entries

    def reload(self) -> None:
        """Read the entries again in the background."""
        if self._job is not None:
            return
        # No parent: should this object go first, the job's thread must not signal a deleted one.
        job = Job(lambda _progress: load_entries())
        job.done.connect(self._loaded)
        job.failed.connect(self._failed)
        self._job = job
        job.start()

    def _loaded(self, entries: Any) -> None:
        self._entries, self._job, self.error = list(entries), None, ""
        self.changed.emit()

    def _failed(self, exc: Any) -> None:
        log.warning("cannot read the team library: %s", exc)
        self._entries, self._job, self.error = [], None, str(exc)
        self.changed.emit()


_shared: TeamLibrary | None = None


def shared() -> TeamLibrary:
    """The one team library of this process."""
    global _shared
    if _shared is None:
        _shared = TeamLibrary()
    return _shared

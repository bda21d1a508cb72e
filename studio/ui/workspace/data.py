"""What the Workspace window shows, read in one background job (index first, then the lists)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from studio.workspace.calendar import Entry
from studio.workspace.facts import FileState, Hit, LibraryEntry, ProjectRow, ResultFact


@dataclass
class Snapshot:
    """The workspace as last read: projects, problem files, calendar, results and library."""

    url: str = ""
    folders: list[str] = field(default_factory=list)
    projects: list[ProjectRow] = field(default_factory=list)
    problems: list[FileState] = field(default_factory=list)
    calendar: list[Entry] = field(default_factory=list)
    results: list[ResultFact] = field(default_factory=list)
    library: list[LibraryEntry] = field(default_factory=list)
    #: teamdb: why the team's server is not shown (it did not answer): this computer's copy is
    offline: Exception | None = None


def load(
    url: str | None, lang: str, scan: bool, progress: Callable[[int, int], None], add_folder: str = ""
) -> Snapshot:
    """Open the database, index what changed (reporting progress), and read everything shown."""
    from studio.workspace import calendar
    from studio.workspace.index import Indexer
    from studio.workspace.location import resolve_url
    from studio.workspace.server import SERVER_CODES, open_or_local

    backend, offline = open_or_local(url, SERVER_CODES)
    try:
        if add_folder:
            backend.add_folder(add_folder)
        if scan:
            Indexer(backend).scan(progress=lambda done, total, _path: progress(done, max(total, 1)))
        entries = calendar.all_entries(backend, lang, date.today())
        problems = [s for s in backend.file_states().values() if s.status != "ok"]
        return Snapshot(resolve_url(url), backend.folders(), backend.projects(), sorted(problems, key=lambda s: s.path),
                        entries, backend.result_facts(), backend.library(include_retired=True), offline)  # fmt: skip
    finally:
        backend.close()


def search(url: str | None, text: str, kinds: tuple[str, ...] = (), limit: int = 200) -> list[Hit]:
    """Hits for ``text`` (segmenting the query may load jieba: never on the window's thread)."""
    from studio.workspace.server import SERVER_CODES, open_or_local
    from studio.workspace.tokens import query_terms

    backend, _offline = open_or_local(url, SERVER_CODES)
    try:
        return backend.search(query_terms(text), kinds, limit)
    finally:
        backend.close()


def retire(url: str | None, entry_id: str, who: str) -> bool:
    """Retire a library entry."""
    from studio.workspace.server import open_or_local

    backend, _offline = open_or_local(url)
    try:
        return backend.retire(entry_id, who)
    finally:
        backend.close()


def keep(url: str | None, entry: LibraryEntry) -> bool:
    """Keep a new library entry."""
    from studio.workspace import open_workspace

    backend = open_workspace(url)
    try:
        return backend.add_library(entry)
    finally:
        backend.close()

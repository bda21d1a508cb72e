"""What every workspace database offers (SQLite here, PostgreSQL in pg_backend): see WORKSPACE.md."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from studio.workspace.facts import (
    CalendarItem,
    FileState,
    Hit,
    LibraryEntry,
    ProjectFacts,
    ProjectRow,
    ResultFact,
)


class Backend(Protocol):
    """The storage seam: the indexer, search, calendar, report and library use nothing else."""

    url: str

    @property
    def dialect_name(self) -> str:
        """``sqlite`` or ``postgresql``."""

    def close(self) -> None:
        """Close the connection."""

    def schema_version(self) -> int:
        """The schema version the database holds."""

    def add_folder(self, path: str) -> bool:
        """Index ``path`` from now on; False when it already was."""

    def remove_folder(self, path: str) -> None:
        """Stop indexing ``path``."""

    def folders(self) -> list[str]:
        """The folders indexed."""

    def file_states(self) -> dict[str, FileState]:
        """Every file last seen, by path."""

    def put_file(self, state: FileState) -> None:
        """Record how a file was last seen."""

    def forget_file(self, path: str) -> None:
        """Forget a file that is gone."""

    def put_project(self, facts: ProjectFacts, path: str, source: str = "local") -> bool:
        """Store a revision and make it current; False when it was already there."""

    def mark_deleted(self, project_id: str) -> None:
        """The project's file is gone."""

    def head(self, project_id: str) -> tuple[str, str, bool] | None:
        """(revision, path, deleted) of the current revision, or None."""

    def projects(self) -> list[ProjectRow]:
        """Every current project."""

    def search(self, terms: list[str], kinds: Sequence[str] = (), limit: int = 50) -> list[Hit]:
        """Texts holding every term, best first."""

    def calendar(self, start: str = "", end: str = "9999-12-31") -> list[CalendarItem]:
        """Dated items between two days, inclusive."""

    def result_facts(self) -> list[ResultFact]:
        """Every current project's variants with results."""

    def add_library(self, entry: LibraryEntry) -> bool:
        """Keep an entry; False when its id is already kept."""

    def retire(self, entry_id: str, by: str, why: str = "") -> bool:
        """Retire an entry."""

    def library(self, include_retired: bool = False) -> list[LibraryEntry]:
        """The kept entries, newest first."""

"""Folders of .studio files into the workspace database, following the files as they change.

Each file is read from a private copy (the project file and its ``-wal`` log, copied while
hashed, checked unchanged afterwards), so a project open in Studio elsewhere is read as its
writer last committed it, without taking its lock and without writing beside it. A file that
cannot be read (damaged, another program's, from a newer Studio, too big) is recorded with
its reason and the scan goes on.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from studio.store.document import EXTENSION, ProjectFile
from studio.store.errors import CorruptFileError, NewerVersionError, NotAProjectError, ProjectFileError
from studio.store.walfile import wal_path
from studio.workspace.backend import Backend
from studio.workspace.db import now_iso
from studio.workspace.extract import extract
from studio.workspace.facts import FileState
from studio.workspace.library import harvest

log = logging.getLogger(__name__)

#: Files bigger than this (file and log together) are listed as huge and not read.
MAX_FILE_BYTES = 1 << 30
#: How many times a file changing while it is copied is copied again before it waits for the next scan.
COPY_TRIES = 3
_CHUNK = 1 << 20

Progress = Callable[[int, int, str], None]


@dataclass
class ScanReport:
    """What one scan found: paths added, changed, moved (old -> new), deleted, and the problem files."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    moved: list[tuple[str, str]] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    problems: list[FileState] = field(default_factory=list)
    unchanged: int = 0
    cancelled: bool = False


def source_name() -> str:
    """Who indexed: this computer's name."""
    return socket.gethostname() or "local"


def project_files(folder: Path) -> Iterator[Path]:
    """Every .studio file under ``folder`` (hidden folders, lock files and temp parts skipped)."""
    for root, dirs, files in os.walk(folder, onerror=lambda exc: log.info("cannot list %s", exc)):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(EXTENSION) and not name.startswith("."):
                yield Path(root) / name


def _identity(path: Path) -> tuple[int, int]:
    """(mtime_ns, size) of the file and its log together: an edit may touch only the log."""
    st = path.stat()
    mtime, size = st.st_mtime_ns, st.st_size
    wal = wal_path(path)
    try:
        wst = wal.stat()
        mtime, size = max(mtime, wst.st_mtime_ns), size + wst.st_size
    except OSError:
        pass
    return mtime, size


def _copy_hashed(path: Path, target: Path) -> str:
    """Copy the file and its log into ``target``'s folder; the sha256 of both."""
    digest = hashlib.sha256()
    for src, dst in ((path, target), (wal_path(path), wal_path(target))):
        if not src.exists():
            continue
        with src.open("rb") as fin, dst.open("wb") as fout:
            while chunk := fin.read(_CHUNK):
                digest.update(chunk)
                fout.write(chunk)
    return digest.hexdigest()


def _problem(exc: BaseException) -> tuple[str, str]:
    if isinstance(exc, NewerVersionError):
        return "newer", str(exc.file_version)
    if isinstance(exc, NotAProjectError):
        return "foreign", exc.code
    if isinstance(exc, CorruptFileError):
        return "damaged", exc.code
    if isinstance(exc, ProjectFileError):
        return "unreadable", exc.code or exc.reason
    return "unreadable", type(exc).__name__


class Indexer:
    """Brings the database in step with the folders; one scan at a time per indexer."""

    def __init__(self, backend: Backend, source: str | None = None) -> None:
        self.backend = backend
        self.source = source or source_name()

    def scan(
        self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> ScanReport:
        """Index every folder: new and changed files read, moved ones followed, gone ones dropped."""
        report = ScanReport()
        known = self.backend.file_states()
        found: list[tuple[Path, str]] = []
        for folder in self.backend.folders():
            if Path(folder).is_dir():
                found.extend((p, folder) for p in project_files(Path(folder)))
            else:
                # An unplugged drive or an unmounted share: its files are kept as last seen.
                found.extend((Path(p), folder) for p, s in known.items() if s.folder == folder)
        seen = {str(p) for p, _ in found}
        gone = [s for p, s in known.items() if p not in seen]
        gone_ids = {s.project_id for s in gone if s.project_id}
        with tempfile.TemporaryDirectory(prefix="studio-ws-") as tmp:
            for i, (path, folder) in enumerate(found):
                if cancelled is not None and cancelled():
                    report.cancelled = True
                    return report
                if progress is not None:
                    progress(i, len(found), str(path))
                self._one(path, folder, known.get(str(path)), Path(tmp), report, gone_ids)
        gone_paths = {s.path for s in gone}
        live_ids = {
            s.project_id
            for p, s in self.backend.file_states().items()
            if s.project_id and p not in gone_paths
        }
        for state in gone:
            self.backend.forget_file(state.path)
            if state.project_id and state.project_id not in live_ids:
                self.backend.mark_deleted(state.project_id)
                report.deleted.append(state.path)
        moved_from = {old for old, _ in report.moved}
        report.deleted = [p for p in report.deleted if p not in moved_from]
        if progress is not None:
            progress(len(found), len(found), "")
        return report

    def _one(
        self,
        path: Path,
        folder: str,
        old: FileState | None,
        tmp: Path,
        report: ScanReport,
        gone_ids: set[str],
    ) -> None:
        try:
            mtime, size = _identity(path)
        except OSError as exc:
            log.info("cannot stat %s: %s", path, exc)
            return
        if old is not None and old.mtime_ns == mtime and old.size == size:
            report.unchanged += 1
            if old.status != "ok":
                report.problems.append(old)
            return
        if size > MAX_FILE_BYTES:
            self._record(FileState(str(path), folder, mtime, size, "", None, "huge", str(size)), report)
            return
        copy = tmp / "copy.studio"
        digest = ""
        for _ in range(COPY_TRIES):
            for leftover in tmp.iterdir():
                leftover.unlink()
            try:
                digest = _copy_hashed(path, copy)
                if _identity(path) == (mtime, size):
                    break
                mtime, size = _identity(path)
            except OSError as exc:
                self._record(
                    FileState(str(path), folder, mtime, size, "", None, "unreadable", str(exc)), report
                )
                return
        if old is not None and old.sha256 == digest and old.status == "ok":
            # Touched, not changed (copied back, saved without edits): nothing to read again.
            self.backend.put_file(
                FileState(str(path), folder, mtime, size, digest, old.project_id, "ok", "", now_iso())
            )
            report.unchanged += 1
            return
        try:
            pf = ProjectFile.open(copy, readonly=True)
            try:
                facts = extract(pf.project)
                entries = harvest(pf.project, self.source)
            finally:
                pf.close()
        except Exception as exc:  # any file, however broken, must not stop the scan
            status, detail = _problem(exc)
            log.info("cannot index %s: %s", path, exc)
            self._record(FileState(str(path), folder, mtime, size, digest, None, status, detail), report)
            return
        pid = facts.project_id
        before = self.backend.head(pid)
        self.backend.put_project(facts, str(path), self.source)
        for entry in entries:
            self.backend.add_library(entry)
        self.backend.put_file(FileState(str(path), folder, mtime, size, digest, pid, "ok", "", now_iso()))
        if (
            before is not None
            and before[1] != str(path)
            and (pid in gone_ids or not Path(before[1]).exists())
        ):
            report.moved.append((before[1], str(path)))
        elif old is None:
            report.added.append(str(path))
        else:
            report.changed.append(str(path))

    def _record(self, state: FileState, report: ScanReport) -> None:
        state = FileState(**{**state.__dict__, "seen": now_iso()})
        self.backend.put_file(state)
        report.problems.append(state)

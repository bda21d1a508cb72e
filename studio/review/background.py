"""The review's long work, as a child process runs it (studio.exports.child): no Qt here.

Each function takes the snapshot of the project the window took when the user pressed OK, and reads
the file's snapshots and frames through a read-only view of it; it changes nothing in the project (the
window records what it returns, as one undo step, when it is done). What costs time is done here, not
in the window: a round's version is packed here, so the window only stores it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from studio.exports.common import Media, Progress
from studio.models import review as rv
from studio.models.entities import Project
from studio.store.document import ProjectFile
from studio.store.snapshots import Packed, packed

if TYPE_CHECKING:
    from studio.review.importer import ImportPlan


def send_files(project: Project, media: Media | None, script_id: str, variant_ids: list[str], folder: Path,
               client: str, lang: str, docx: bool, workbook: bool, *,
               progress: Progress | None = None) -> tuple[rv.ReviewRound, list[Path], Packed]:  # fmt: skip
    """Write the next round's files (see :func:`studio.review.send.write_round_files`); the round, the files
    and the project they were written from packed as the round's version (see :func:`record_round`)."""
    from studio.review.send import write_round_files

    script = next(s for s in project.scripts if s.id == script_id)
    by_id = {v.id: v for v in script.variants}
    variants = [by_id[v] for v in variant_ids]
    sent, files = write_round_files(project, script, variants, media, folder, client, lang, docx, workbook,
                                    progress)  # fmt: skip
    return sent, files, packed(project)


def changes_file(project: Project, _media: Media | None, project_path: Path, round_number: int, target: Path,
                 lang: str, *, progress: Progress | None = None) -> Path:  # fmt: skip
    """Write "changes since round ``round_number``" to ``target`` (.docx or .pdf); returns the path written."""
    from studio.review.changes_doc import write_changes

    round_ = project.review.round(round_number)
    if round_ is None:
        raise ValueError(f"no round {round_number}")
    pf = ProjectFile.reading(project_path, project)
    try:
        return write_changes(pf, round_, target, lang)
    finally:
        pf.close()


def read_plan(project: Project, project_path: Path, path: str | Path) -> ImportPlan:
    """Read a returned file against the snapshot (see :func:`studio.review.importer.read_plan`)."""
    from studio.review.importer import read_plan as read

    pf = ProjectFile.reading(project_path, project)
    try:
        return read(pf, path)
    finally:
        pf.close()

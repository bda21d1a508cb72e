"""Send a review round: the Word storyboard and the review workbook, a named snapshot of what
was sent, and the round recorded in the project (one edit)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio.exports.common import Media, Progress, check_folder
from studio.exports.manifest import sha256_file
from studio.exports.names import name_part
from studio.models import ops
from studio.models import review as rv
from studio.models.entities import Project, Script, Variant, now_iso
from studio.review.send_docx import write_review_docx
from studio.review.workbook import write_workbook
from studio.store import snapshots
from studio.store.document import ProjectFile
from studio.wording import say_in


@dataclass(frozen=True)
class SentRound:
    """What sending wrote: the round, its snapshot's name and the files."""

    number: int
    snapshot: str
    files: list[Path]


def file_stem(title: str, number: int, lang: str) -> str:
    """The sent files' name without suffix: <project>_审阅第N轮 / <project>_review_round_N."""
    tail = say_in(lang, "review.file_tail", number=number)
    return f"{name_part(title, 'project')}_{tail}"


def write_round_files(project: Project, script: Script, variants: list[Variant], media: Media | None,
                      folder: Path, client: str, lang: str, docx: bool = True, workbook: bool = True,
                      progress: Progress | None = None) -> tuple[rv.ReviewRound, list[Path]]:  # fmt: skip
    """Write the next round's files into ``folder`` (reads the project, changes nothing); returns the
    round to record (see :func:`record_round`) and the files written."""
    if not variants:
        raise ValueError("no variant to send")
    number = rv.next_number(project.review)
    date = now_iso()
    sent = rv.ReviewRound(number=number, client=client.strip(), date=date, variants=[v.id for v in variants])
    name = sent.name(lang)
    stem = file_stem(project.title or script.title, number, lang)
    files: list[Path] = []
    check_folder(folder / stem)
    if docx:
        path = folder / f"{stem}.docx"
        files.append(
            write_review_docx(project, script, variants, media, path, lang, number, name, date[:10], progress)
        )
    if workbook:
        path = folder / f"{stem}.xlsx"
        files.append(write_workbook(project, script, variants, path, lang, number))
    sent.snapshot = name
    sent.fingerprints = [sha256_file(p) for p in files]
    return sent, files


def record_round(pf: ProjectFile, sent: rv.ReviewRound, as_sent: snapshots.Packed | None = None) -> rv.Review:
    """Take the round's named snapshot (the text the client saw: ``as_sent``, the project the files were
    written from packed there, when it has been edited since); returns the review holding the round, for the
    caller to set as one edit."""
    snapshots.create(pf, sent.snapshot, as_sent)
    return rv.add_round(pf.project.review, sent)


def send_round(pf: ProjectFile, script: Script, variants: list[Variant], folder: Path, client: str, lang: str,
               docx: bool = True, workbook: bool = True) -> SentRound:  # fmt: skip
    """Write the round's files into ``folder``, snapshot the project and record the round."""
    project = pf.project
    sent, files = write_round_files(
        project, script, variants, pf.frame_bytes, folder, client, lang, docx, workbook
    )
    ops.set_field(project, project, "review", record_round(pf, sent))
    return SentRound(sent.number, sent.snapshot, files)

"""Send a review round: the Word storyboard and the review workbook, a named snapshot of what
was sent, and the round recorded in the project (one edit)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from studio.exports.common import check_folder
from studio.exports.names import name_part
from studio.models import ops
from studio.models import review as rv
from studio.models.entities import Script, Variant, now_iso
from studio.review.send_docx import write_review_docx
from studio.review.workbook import write_workbook
from studio.store import snapshots
from studio.store.document import ProjectFile


@dataclass(frozen=True)
class SentRound:
    """What sending wrote: the round, its snapshot's name and the files."""

    number: int
    snapshot: str
    files: list[Path]


def fingerprint(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def file_stem(title: str, number: int, lang: str) -> str:
    """The sent files' name without suffix: <project>_审阅第N轮 / <project>_review_round_N."""
    tail = f"审阅第{number}轮" if lang == "zh" else f"review_round_{number}"
    return f"{name_part(title, 'project')}_{tail}"


def send_round(pf: ProjectFile, script: Script, variants: list[Variant], folder: Path, client: str, lang: str,
               docx: bool = True, workbook: bool = True) -> SentRound:  # fmt: skip
    """Write the round's files into ``folder``, snapshot the project and record the round."""
    if not variants:
        raise ValueError("no variant to send")
    project = pf.project
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
            write_review_docx(project, script, variants, pf.frame_bytes, path, lang, number, name, date[:10])
        )
    if workbook:
        path = folder / f"{stem}.xlsx"
        files.append(write_workbook(project, script, variants, path, lang, number))
    snapshots.create(pf, name)
    sent.snapshot = name
    sent.fingerprints = [fingerprint(p) for p in files]
    ops.set_field(project, project, "review", rv.add_round(project.review, sent))
    return SentRound(number, name, files)

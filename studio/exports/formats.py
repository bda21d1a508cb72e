"""The one registry of export formats, used by the command line and the window alike.

Each format names its suffixes (the first is the default), whether it writes one file per
variant or one file for every chosen variant, which options its writer takes and where the
writer lives (imported only when it runs). :func:`plan` turns what the user typed into the
files to write, so both fronts name files the same way.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.exports.common import ExportError, ExportWriteError, Media, Progress, slug, variant_file
from studio.exports.names import check_distinct, file_name
from studio.models.entities import Project, Script, Variant
from studio.wording import pair, say_in

#: A writer: (project, script, variants, media, path, lang, progress, **options) -> the file(s) written.
Writer = Callable[..., "Path | list[Path]"]


@dataclass(frozen=True)
class ExportFormat:
    """One kind of export: its name, suffixes, how variants map to files, options and writer."""

    name: str
    suffixes: tuple[str, ...]
    #: One file per variant (a storyboard, a picture); otherwise one file holds every chosen variant.
    per_variant: bool
    #: "module:function" of the writer.
    writer_ref: str
    #: Keyword options the writer takes, of: paper, snapshot, layout (table or grid storyboards),
    #: for animatics fps, soundtrack, beat_titles and notes (what the animatic could not show as asked),
    #: for captions fps, for the creator brief the creator's name, and
    #: include_results (the A/B results and creators' figures, the operator's; off by default).
    options: frozenset[str] = frozenset()
    #: The catalogue key of the word ending the names made in a folder, so two formats sharing a suffix never collide.
    tag_key: str = ""
    #: With no variant chosen, every variant rather than the base one (the shoot list is for the whole shoot).
    all_by_default: bool = False
    #: Names this format was known by, still accepted (saved settings).
    aliases: tuple[str, ...] = ()

    @property
    def tag(self) -> tuple[str, str]:
        """(Chinese, English) word ending the names made in a folder; empty for most formats."""
        return pair(self.tag_key) if self.tag_key else ("", "")

    @property
    def suffix(self) -> str:
        """The default file suffix."""
        return self.suffixes[0]

    def writer(self) -> Writer:
        """The export function (its module is imported now)."""
        module, function = self.writer_ref.split(":")
        writer: Writer = getattr(importlib.import_module(module), function)
        return writer

    def target(self, text: str) -> Path:
        """The file for a typed name: kept with one of our suffixes, the default added when it has none
        or an unrelated one ("take.v2" -> "take.v2.docx"); another format's suffix is a mistake."""
        path = Path(text)
        suffix = path.suffix.lower()
        if suffix in self.suffixes:
            return path
        if suffix in known_suffixes():
            raise WrongSuffixError(path, self.name, self.suffixes)
        return path.with_name(path.name + self.suffix)

    def write(self, project: Project, script: Script, variants: list[Variant], media: Media | None, path: Path,
              lang: str, progress: Progress | None = None, **options: Any) -> list[Path]:  # fmt: skip
        """Run the writer with the options it takes; every file written."""
        taken = {k: v for k, v in options.items() if k in self.options}
        written = self.writer()(project, script, variants, media, path, lang, progress, **taken)
        return [Path(p) for p in written] if isinstance(written, list) else [Path(written)]


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("docx", (".docx",), True, "studio.exports.docx_export:export_docx",
                 frozenset({"paper", "snapshot", "layout"})),
    ExportFormat("xlsx", (".xlsx",), False, "studio.exports.xlsx_export:export_xlsx",
                 frozenset({"paper", "include_results"}), all_by_default=True),
    ExportFormat("pdf", (".pdf",), False, "studio.exports.pdf_export:export_pdf",
                 frozenset({"paper", "snapshot", "layout", "include_results"})),
    ExportFormat("script", (".docx", ".md", ".txt"), True, "studio.exports.script_export:export_script",
                 frozenset({"paper"}), tag_key="export.file_tag.script"),
    ExportFormat("image", (".png", ".jpg", ".jpeg"), True, "studio.exports.image_export:export_image",
                 aliases=("picture",)),
    ExportFormat("csv", (".csv",), False, "studio.exports.csv_export:export_csv", all_by_default=True),
    ExportFormat("mp4", (".mp4",), True, "studio.exports.animatic:export_animatic",
                 frozenset({"fps", "soundtrack", "beat_titles", "notes"})),
    ExportFormat("srt", (".srt",), True, "studio.exports.srt:export_srt", frozenset({"fps"})),
    ExportFormat("gif", (".gif", ".webp"), True, "studio.exports.animatic:export_chat_clip",
                 frozenset({"beat_titles"})),
    ExportFormat("creator-brief", (".docx", ".pdf", ".png"), False,
                 "studio.exports.creator_brief:export_creator_brief", frozenset({"creator", "paper"}),
                 tag_key="export.file_tag.creator_brief", aliases=("talent-brief",)),
)  # fmt: skip


def names() -> tuple[str, ...]:
    """The formats' names, in menu order."""
    return tuple(f.name for f in FORMATS)


def find(name: str) -> ExportFormat:
    """The format called ``name`` (or once called so); KeyError when there is none."""
    for fmt in FORMATS:
        if name == fmt.name or name in fmt.aliases:
            return fmt
    raise KeyError(name)


def known_suffixes() -> set[str]:
    """Every suffix some export format writes."""
    return {s for f in FORMATS for s in f.suffixes}


class WrongSuffixError(ExportError):
    """The file name ends in another format's suffix."""

    reason = "wrong suffix"

    def __init__(self, path: Path, fmt: str, allowed: tuple[str, ...]) -> None:
        super().__init__(path, ", ".join(allowed))
        self.fmt, self.allowed = fmt, allowed


class BadPatternError(ExportError):
    """A name pattern (braces in OUT) without {variant}, or one that cannot be filled in."""

    reason = "bad name pattern"

    @property
    def lacks_variant(self) -> bool:
        """True when the pattern has no {variant}, so every variant would get the same name."""
        return not self.detail


def plan(fmt: ExportFormat, out: str, project_title: str, variants: list[Variant],
         lang: str) -> list[tuple[Path, list[Variant]]]:  # fmt: skip
    """Each file to write with the variants it holds, for OUT as typed.

    OUT is a file; an existing folder (names made from the project, the variant and the
    format's tag); or a pattern with {variant} (also {project}, {n}). Several variants of a
    per-variant format given one file name become <name>_<variant> beside it.
    """
    jobs = _plan(fmt, out, project_title, variants, lang)
    check_distinct((path, "、".join(v.name for v in chosen)) for path, chosen in jobs)
    return jobs


def _plan(fmt: ExportFormat, out: str, project_title: str, variants: list[Variant],
          lang: str) -> list[tuple[Path, list[Variant]]]:  # fmt: skip
    base = Path(out)
    project = slug(project_title, "studio")
    folder = is_folder(out)
    if not fmt.per_variant:
        path = base / file_name(project, fmt.suffix) if folder else fmt.target(out)
        return [(path, list(variants))]
    if folder:
        tag = say_in(lang, fmt.tag_key) if fmt.tag_key else ""
        return [(variant_file(base, project, v.name, fmt.suffix, tag), [v]) for v in variants]
    if "{" in out:
        return [(_fill(out, fmt, v.name, project, n), [v]) for n, v in enumerate(variants, start=1)]
    path = fmt.target(out)
    if len(variants) == 1:
        return [(path, list(variants))]
    return [(variant_file(path.parent, path.stem, v.name, path.suffix), [v]) for v in variants]


def is_folder(out: str) -> bool:
    """OUT names a folder: an existing one, or any name ending in a separator (``-o boards/``), made when missing."""
    return Path(out).is_dir() or out.endswith(("/", "\\", os.sep))


def make_folders(paths: list[Path]) -> None:
    """Make the folders the files go into, so an export to a new folder works on a fresh machine."""
    for path in paths:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportWriteError(path, exc.strerror or str(exc)) from None


def _fill(pattern: str, fmt: ExportFormat, variant: str, project: str, n: int) -> Path:
    if "{variant}" not in pattern:
        raise BadPatternError(pattern)
    try:
        text = pattern.format(variant=slug(variant), project=project, n=n)
    except (KeyError, IndexError, ValueError) as exc:
        raise BadPatternError(pattern, str(exc)) from None
    path = fmt.target(text)
    return path.with_name(
        file_name(path.name[: -len(path.suffix)] if path.suffix else path.name, path.suffix)
    )

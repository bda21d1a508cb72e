"""``studio export``: Word, Excel, PDF, read-through script, chat picture."""

from __future__ import annotations

import argparse
import errno
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.cli.i18n import CliError, language, readable_detail, register_error, say
from studio.cli.parsing import path_arg, project_arg
from studio.exports import formats as export_formats

if TYPE_CHECKING:
    from studio.exports.animatic_audio import Soundtrack
    from studio.models.entities import Script


class _Progress:
    """'exporting name 12/200' on one stderr line."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        sys.stderr.write(f"\r{say('export.working', name=self.name)} {done}/{total}")
        sys.stderr.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _install_errors() -> None:
    """Specific sentences for the export errors (registered last, so they win)."""
    from studio.exports.common import ExportWriteError, FolderMissingError
    from studio.exports.formats import BadPatternError, WrongSuffixError
    from studio.exports.names import OutputCollisionError

    full = {os.strerror(n) for n in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)}
    register_error(
        ExportWriteError,
        lambda e: say(
            "export.disk_full" if e.detail in full else "export.cannot_write",
            path=e.path,
            detail=readable_detail(e.detail),
        ),
    )
    register_error(FolderMissingError, lambda e: say("export.folder_missing", path=e.path))
    register_error(
        OutputCollisionError, lambda e: say("export.collision", path=e.path, first=e.first, second=e.second)
    )
    register_error(
        WrongSuffixError,
        lambda e: say("export.bad_suffix", path=e.path, fmt=e.fmt, allowed=", ".join(e.allowed)),
        code=2,
    )
    register_error(
        BadPatternError,
        lambda e: say(
            "export.needs_variant" if e.lacks_variant else "export.bad_pattern", path=e.path, detail=e.detail
        ),
        code=2,
    )
    from studio.exports.animatic import AnimaticTooLongError
    from studio.exports.animatic_audio import AudioSourceError

    register_error(
        AnimaticTooLongError,
        lambda e: say("export.too_long", path=e.path, variant=e.variant, seconds=min(e.seconds, 1e18)),
    )

    register_error(
        AudioSourceError, lambda e: say("export.bad_audio", path=e.path, detail=readable_detail(e.detail))
    )


def _soundtrack(args: argparse.Namespace, script: Script) -> Soundtrack:
    """The attached sound for an animatic, every file checked before anything is encoded."""
    from studio.exports.animatic_audio import Soundtrack, clips_in_folder

    track = Soundtrack(music_db=args.music_level)
    for name in ("voiceover", "music"):
        value = getattr(args, name)
        if value:
            path = Path(value)
            if not path.is_file():
                raise CliError("export.no_audio_file", code=1, path=value)
            setattr(track, name, path)
    if args.voiceover_clips:
        folder = Path(args.voiceover_clips)
        if not folder.is_dir():
            raise CliError("export.no_clip_folder", code=1, path=args.voiceover_clips)
        codes = [shot.code for beat in script.beats for alt in beat.alternatives for shot in alt.shots]
        track.clips = clips_in_folder(folder, codes)
    return track


def cmd_export(args: argparse.Namespace) -> int:
    """Open the project read-only and write the chosen export(s)."""
    from studio.exports.common import pick_variants
    from studio.exports.formats import find, make_folders, plan
    from studio.store.document import ProjectFile

    _install_errors()
    fmt = find(args.format)
    if args.output.strip() == "-":
        raise CliError("export.no_stdout")
    pf = ProjectFile.open(args.file, readonly=True)
    written: list[Path] = []
    try:
        project, snapshot = pf.project, None
        if args.snapshot:
            from studio.store import snapshots

            info = snapshots.find(pf, args.snapshot)
            project, snapshot = snapshots.load(pf, info.id), info.name
        script = project.script(args.script)
        if args.all or (fmt.all_by_default and not args.variant):
            variants = list(script.variants)
        else:
            variants = pick_variants(script, args.variant)
        lang = args.lang or project.language
        show = args.progress or sys.stderr.isatty()
        options = {"paper": args.paper, "snapshot": snapshot, "layout": args.layout, "fps": args.fps,
                   "beat_titles": not args.no_beat_titles, "creator": args.creator or "",
                   "include_results": "results" in (args.include or [])}  # fmt: skip
        if options["include_results"] and "include_results" not in fmt.options:
            print(say("export.include_ignored", fmt=fmt.name), file=sys.stderr)
        notes: list[Any] = []
        if "soundtrack" in fmt.options:
            options["soundtrack"] = _soundtrack(args, script)
            options["notes"] = notes  # what the animatic shows differently from the cut, shot by shot
        jobs = plan(fmt, args.output, project.title, variants, lang)
        make_folders([path for path, _chosen in jobs])
        for path, chosen in jobs:
            progress = _Progress(path.name) if show else None
            try:
                written += fmt.write(project, script, chosen, pf.frame_bytes, path, lang, progress, **options)
            finally:
                if progress is not None:
                    progress.finish()
    finally:
        pf.close()
    for path in written:
        print(say("export.written", path=path))
    for note in notes:
        print(say("export.note", text=note.text(language())))
    return 0


def _format_name(text: str) -> str:
    """A format's name as typed, or the name of the format it once was (``talent-brief``)."""
    try:
        return export_formats.find(text).name
    except KeyError:
        return text  # argparse's choices then say which names there are


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``studio export``."""
    p = subparsers.add_parser(
        "export",
        help=say("export.help"),
        description=say("export.description"),
    )
    p.add_argument("file", metavar="FILE", type=project_arg, help=say("export.file"))
    p.add_argument(
        "--format",
        "-f",
        required=True,
        type=_format_name,
        choices=export_formats.names(),
        help=say("export.format"),
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument("--variant", action="append", metavar="V", help=say("export.variant"))
    which.add_argument("--all", action="store_true", help=say("export.all"))
    p.add_argument("-o", "--output", required=True, metavar="OUT", type=path_arg, help=say("export.out"))
    p.add_argument("--lang", choices=("zh", "en"), help=say("export.lang"))
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help=say("export.paper"))
    p.add_argument("--layout", choices=("table", "3x2", "2x3"), default="table", help=say("export.layout"))
    p.add_argument("--script", help=say("export.script"))
    p.add_argument("--snapshot", metavar="SNAP", help=say("export.snapshot"))
    p.add_argument("--progress", action="store_true", help=say("export.progress"))
    from studio.cli.cmd_pack import _fps_arg

    p.add_argument("--fps", type=_fps_arg, metavar="FPS", help=say("export.fps"))
    p.add_argument("--voiceover", metavar="FILE", type=path_arg, help=say("export.voiceover"))
    p.add_argument("--voiceover-clips", metavar="DIR", type=path_arg, help=say("export.voiceover_clips"))
    p.add_argument("--music", metavar="FILE", type=path_arg, help=say("export.music"))
    p.add_argument("--music-level", metavar="DB", type=float, default=-18.0, help=say("export.music_level"))
    p.add_argument("--no-beat-titles", action="store_true", help=say("export.no_titles"))
    p.add_argument("--creator", metavar="NAME", help=say("export.creator"))
    # The option's name before creators were called creators everywhere; scripts still pass it.
    p.add_argument("--talent", dest="creator", metavar="NAME", help=argparse.SUPPRESS)
    p.add_argument("--include", action="append", choices=("results",), help=say("export.include"))
    p.set_defaults(func=cmd_export)

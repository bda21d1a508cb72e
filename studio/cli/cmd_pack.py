"""`studio pack`: variant packs for editors (documents, stills, captions, timelines, manifest)."""

from __future__ import annotations

import argparse
import errno
import os
from pathlib import Path

from studio.cli.i18n import CliError, readable_detail, register_error, say
from studio.cli.parsing import path_arg, project_arg
from studio.models.rates import FrameRate, FrameRateError

#: Errors that mean the disk (or the user's quota, or the file size limit) is full.
_FULL = {os.strerror(n) for n in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)}


def _describe_export_error(exc: BaseException) -> str:
    detail = getattr(exc, "detail", "") or str(exc)
    key = "pack.disk_full" if detail in _FULL else "pack.export_error"
    return say(key, path=getattr(exc, "path", ""), detail=readable_detail(detail))


def _fps_arg(value: str) -> FrameRate:
    """argparse ``type=`` for --fps: whole rates and the NTSC ones, in one clear line when wrong."""
    try:
        return FrameRate.parse(value)
    except FrameRateError:
        raise argparse.ArgumentTypeError(say("pack.bad_fps", value=value)) from None


def cmd_pack(args: argparse.Namespace) -> int:
    """Write the packs and say where they went."""
    from studio.exports.pack import pack_variants
    from studio.store.document import ProjectFile

    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise CliError("pack.not_folder", path=str(out))
    pf = ProjectFile.open(args.file, readonly=True)
    try:
        script = pf.project.script(args.script)
        if args.all:
            variants = list(script.variants)
        else:
            from studio.exports.common import pick_variants

            variants = pick_variants(script, args.variant)
        results = pack_variants(
            pf.project,
            script,
            variants,
            pf.frame_bytes,
            out,
            fps=args.fps,
            make_zip=args.zip,
            media_root=args.media_root,
            animatic=args.animatic,
        )
    finally:
        pf.close()
    for result in results:
        print(say("pack.written", folder=result.folder, count=len(result.files) + 1))
        if result.zip_path is not None:
            print(say("pack.zipped", path=result.zip_path))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the pack command."""
    from studio.exports.common import ExportError
    from studio.exports.names import OutputCollisionError

    register_error(ExportError, _describe_export_error)
    register_error(
        OutputCollisionError, lambda e: say("pack.collision", path=e.path, first=e.first, second=e.second)
    )
    from studio.exports.animatic import AnimaticTooLongError

    register_error(
        AnimaticTooLongError,
        lambda e: say("export.too_long", path=e.path, variant=e.variant, seconds=min(e.seconds, 1e18)),
    )
    p = sub.add_parser("pack", help=say("help.pack"), description=say("help.pack"))
    p.add_argument("file", metavar="FILE", type=project_arg, help=say("cli.project_file"))
    which = p.add_mutually_exclusive_group()
    which.add_argument("--variant", action="append", metavar="V", help=say("help.pack_variant"))
    which.add_argument("--all", action="store_true", help=say("help.pack_all"))
    p.add_argument("-o", "--output", required=True, metavar="DIR", type=path_arg, help=say("help.pack_out"))
    p.add_argument("--zip", action="store_true", help=say("help.pack_zip"))
    p.add_argument("--fps", type=_fps_arg, metavar="FPS", help=say("help.pack_fps"))
    p.add_argument("--media-root", metavar="DIR", help=say("help.pack_media_root"))
    p.add_argument("--animatic", action="store_true", help=say("help.pack_animatic"))
    p.add_argument("--script", help=say("help.pack_script"))
    p.set_defaults(func=cmd_pack)

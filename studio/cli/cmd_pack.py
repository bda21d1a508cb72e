"""`studio pack`: variant packs for editors (documents, stills, captions, timelines, manifest)."""

from __future__ import annotations

import argparse
import errno
import os
from pathlib import Path

from studio.cli.i18n import CliError, add_messages, readable_detail, register_error, say
from studio.cli.parsing import path_arg, project_arg
from studio.models.rates import FrameRate, FrameRateError

add_messages(
    {
        "help.pack": ("write a pack per variant for the editor", "为剪辑师按版本生成素材包"),
        "help.pack_variant": (
            "variant name or id (repeatable; default: the base variant)",
            "版本名称或编号（可重复；默认基础版）",
        ),
        "help.pack_all": ("every variant of the script", "脚本的全部版本"),
        "help.pack_out": ("folder to write the packs into", "素材包写入的文件夹"),
        "help.pack_zip": ("also make <folder>.zip of each pack", "同时为每个素材包生成 <文件夹>.zip"),
        "help.pack_fps": (
            "frame rate of the timelines: 23.976, 24, 25, 29.97, 30, 50, 59.94, 60 … "
            "(default: the platform's usual rate)",
            "时间线帧率：23.976、24、25、29.97、30、50、59.94、60 等（默认按平台常用帧率）",
        ),
        "help.pack_media_root": (
            "folder the packs will be in on the editor's machine (e.g. D:\\edit or /Volumes/Edit); "
            "the XML timelines point there (default: where they are written; each pack also has a relink script)",
            "剪辑师电脑上放素材包的文件夹（如 D:\\剪辑 或 /Volumes/Edit），XML 时间线将指向那里"
            "（默认指向写出位置；每个素材包里另有重新链接脚本）",
        ),
        "help.pack_script": ("script title or id (default: the first)", "脚本标题或编号（默认第一个）"),
        "help.pack_animatic": (
            "also put the variant's animatic video (animatic.mp4) in each pack",
            "每个素材包里同时放入该版本的动态分镜视频（animatic.mp4）",
        ),
        "pack.written": ("wrote {folder} ({count} files)", "已写出 {folder}（{count} 个文件）"),
        "pack.zipped": ("wrote {path}", "已写出 {path}"),
        "pack.not_folder": (
            "{path} is a file, not a folder; give the folder the packs go into",
            "{path} 是文件而不是文件夹；请给出素材包要写入的文件夹",
        ),
        "pack.bad_fps": (
            "{value}: not a frame rate; use a whole number from 1 to 120, or 23.976, 29.97, 59.94",
            "{value}：不是有效帧率；请用 1 到 120 的整数，或 23.976、29.97、59.94",
        ),
        "pack.collision": (
            "{path}: variants “{first}” and “{second}” would get this one pack (their names differ only in letter "
            "case or in characters a file name cannot hold); rename one of them and pack again. Nothing was written",
            "{path}：版本“{first}”和“{second}”会写成同一个素材包（两个名称只差大小写或文件名不能包含的字符）；"
            "请给其中一个改名后再打包。未写出任何文件",
        ),
        "pack.disk_full": (
            "{path}: the disk is full ({detail}); nothing was left behind. Free some space or pack into another "
            "folder (-o), then pack again",
            "{path}：磁盘已满（{detail}），未留下不完整的文件。请腾出空间或换一个文件夹（-o）后再打包",
        ),
        "pack.export_error": (
            "{path}: cannot write the pack ({detail}); nothing was left behind",
            "{path}：无法写出素材包（{detail}），未留下不完整的文件",
        ),
    }
)


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

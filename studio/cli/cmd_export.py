"""``studio export``: Word, Excel, PDF, read-through script, chat picture."""

from __future__ import annotations

import argparse
import errno
import os
import sys
from pathlib import Path
from typing import Any

from studio.cli.i18n import CliError, add_messages, language, readable_detail, register_error, say
from studio.cli.parsing import path_arg, project_arg
from studio.exports import formats as export_formats

add_messages(
    {
        "export.help": (
            "export storyboards, shot lists and animatics (Word, Excel, PDF, script, picture, CSV, MP4, GIF)",
            "导出分镜脚本、拍摄清单与动态分镜（Word、Excel、PDF、口播稿、长图、CSV、MP4、GIF）",
        ),
        "export.description": (
            "Write a variant's storyboard or the shoot list to a file. docx, script and image make one "
            "file per variant; xlsx, pdf and csv (the shot list for other tools) put all chosen variants into "
            "one file (xlsx and csv: every variant unless --variant says otherwise). With several variants "
            "(--all, or --variant more than once) and a per-variant format, OUT is an existing folder "
            "(files are named <project>_<variant>.<ext>, read-through scripts <project>_<variant>_script.docx), "
            "a name pattern with {variant} (also {project}, {n}), e.g. boards/{variant}.docx, or a file name "
            "(boards.docx becomes boards_<variant>.docx, one per variant). For xlsx, pdf and csv, OUT may also "
            "be an existing folder (the file is named <project>.<ext>).",
            "把某个版本的分镜脚本或拍摄清单写入文件。docx、script、image 每个版本一个文件；xlsx、pdf 与 csv"
            "（供其他工具使用的镜头清单）把所选版本放进同一个文件（xlsx 与 csv 未指定 --variant 时含全部版本）。"
            "选了多个版本（--all 或多次 --variant）且格式按版本出文件时，"
            "OUT 为已存在的文件夹（文件名为 <项目>_<版本>.<扩展名>，口播稿为 <项目>_<版本>_口播稿.docx）、"
            "含 {variant} 的文件名模板（还可用 {project}、{n}），例如 boards/{variant}.docx，或一个文件名"
            "（boards.docx 按版本写成 boards_<版本>.docx）。xlsx、pdf 与 csv "
            "的 OUT 也可以是已存在的文件夹（文件名为 <项目>.<扩展名>）。",
        ),
        "export.file": ("the project file (.studio)", "项目文件（.studio）"),
        "export.format": ("what to write", "导出格式"),
        "export.variant": (
            "variant name or id (repeatable; default: the base variant; every variant for xlsx and csv)",
            "版本名称或编号（可重复；默认基础版，xlsx 与 csv 默认全部版本）",
        ),
        "export.all": ("every variant of the script", "脚本的全部版本"),
        "export.out": (
            "output file, folder or pattern (see above)",
            "输出文件、文件夹或文件名模板（见上文）",
        ),
        "export.lang": ("language of the document (default: the project's)", "文档语言（默认与项目一致）"),
        "export.paper": ("paper size (default a4)", "纸张（默认 A4）"),
        "export.layout": (
            "storyboard layout for docx and pdf: table (a row per shot, default), 3x2 (six large panels "
            "a landscape page) or 2x3 (six a portrait page)",
            "docx 与 pdf 的分镜版式：table（每个镜头一行，默认）、3x2（横向每页六格大画面）或 2x3（纵向每页六格）",
        ),
        "export.script": ("script title or id (default: the first)", "脚本标题或编号（默认第一个）"),
        "export.snapshot": (
            "export a saved snapshot (number or name) instead of the current state",
            "导出已保存的快照（编号或名称），而不是当前内容",
        ),
        "export.progress": (
            "show progress on stderr even when it is not a terminal",
            "即使 stderr 不是终端也显示进度",
        ),
        "export.written": ("wrote {path}", "已写出 {path}"),
        "export.note": ("note: {text}", "注意：{text}"),
        "export.fps": (
            "mp4: frame rate, e.g. 25, 29.97 (default: the platform's usual rate)",
            "mp4：帧率，如 25、29.97（默认按平台常用帧率）",
        ),
        "export.voiceover": (
            "mp4: one voice-over file for the whole cut (WAV, MP3, M4A)",
            "mp4：整条口播音频文件（WAV、MP3、M4A）",
        ),
        "export.voiceover_clips": (
            "mp4: a folder of per-shot voice-over clips named by shot code (H-A-01.wav …)",
            "mp4：按镜号命名的逐镜头口播音频所在文件夹（H-A-01.wav 等）",
        ),
        "export.music": (
            "mp4: a music bed (WAV, MP3, M4A), looped to the cut",
            "mp4：背景音乐（WAV、MP3、M4A），循环铺满",
        ),
        "export.music_level": (
            "mp4: music level in dB (default -18; 0 = as recorded)",
            "mp4：背景音乐音量，单位 dB（默认 -18；0 为原音量）",
        ),
        "export.no_titles": ("mp4, gif: no beat titles on the pictures", "mp4、gif：画面上不显示段落标题"),
        "export.talent": (
            "talent-brief: only the creator of this name or handle (default: one page per creator)",
            "talent-brief：只出这位达人（名字或账号）的简报（默认：每位达人一页）",
        ),
        "export.include": (
            "results: also print the A/B results and the creators' figures (spend, GMV, plays, orders), the "
            "operator's report; pdf and xlsx only. Without it no sales figure is written, so a storyboard or shoot "
            "list can go to a client or a crew",
            "results：同时写出 A/B 投放结果与达人数据（消耗、GMV、播放、订单），即运营报告；仅 pdf 与 xlsx。"
            "不加此项时不写任何销售数据，分镜与拍摄清单可直接发给客户或剧组",
        ),
        "export.include_ignored": (
            "note: {fmt} carries no results; --include results applies to pdf and xlsx",
            "提示：{fmt} 不含投放结果，--include results 只用于 pdf 与 xlsx",
        ),
        "export.no_audio_file": ("{path}: no such audio file", "{path}：音频文件不存在"),
        "export.no_clip_folder": (
            "{path}: no such folder of voice-over clips",
            "{path}：口播片段文件夹不存在",
        ),
        "export.bad_audio": (
            "{path}: cannot use this audio ({detail})",
            "{path}：无法使用该音频（{detail}）",
        ),
        "export.working": ("exporting {name}", "正在导出 {name}"),
        "export.bad_suffix": (
            "{path}: {fmt} files end in {allowed}",
            "{path}：{fmt} 文件的扩展名应为 {allowed}",
        ),
        "export.needs_variant": (
            "{path}: a name pattern needs {{variant}}, or every variant would get the same file name",
            "{path}：文件名模板需要含 {{variant}}，否则各版本会写成同一个文件名",
        ),
        "export.bad_pattern": ("{path}: bad name pattern ({detail})", "{path}：文件名模板有误（{detail}）"),
        "export.folder_missing": (
            "{path}: the folder does not exist; nothing was written",
            "{path}：文件夹不存在，未写出任何文件",
        ),
        "export.cannot_write": (
            "{path}: cannot write ({detail}); no partial file was left",
            "{path}：无法写入（{detail}），未留下不完整的文件",
        ),
        "export.collision": (
            "{path}: variants “{first}” and “{second}” would be written to this one file (their names differ only "
            "in letter case or in characters a file name cannot hold); rename one of them and export again. "
            "Nothing was written",
            "{path}：版本“{first}”和“{second}”会写成同一个文件（两个名称只差大小写或文件名不能包含的字符）；"
            "请给其中一个改名后再导出。未写出任何文件",
        ),
        "export.too_long": (
            "{path}: variant “{variant}” runs {seconds:.0f} s, longer than an animatic may (1 hour); a shot's "
            "duration is probably wrong: check the durations (studio info) and export again. Nothing was written",
            "{path}：版本“{variant}”时长 {seconds:.0f} 秒，超过动态分镜的上限（1 小时）；多半是某个镜头的时长有误："
            "请检查各镜头时长（studio info）后再导出。未写出任何文件",
        ),
        "export.disk_full": (
            "{path}: the disk is full ({detail}); no partial file was left. Free some space or export to another "
            "folder, then export again",
            "{path}：磁盘已满（{detail}），未留下不完整的文件。请腾出空间或导出到其他文件夹后再导出",
        ),
        "export.no_stdout": (
            "exports cannot go to standard output (-); give a file or folder name",
            "导出不能写到标准输出（-）；请给出文件或文件夹名",
        ),
    }
)


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


def _soundtrack(args: argparse.Namespace, script: object) -> object:
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
        codes = [shot.code for beat in script.beats for alt in beat.alternatives for shot in alt.shots]  # type: ignore[attr-defined]
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
                   "beat_titles": not args.no_beat_titles, "talent": args.talent or "",
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


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``studio export``."""
    p = subparsers.add_parser(
        "export",
        help=say("export.help"),
        description=say("export.description"),
    )
    p.add_argument("file", metavar="FILE", type=project_arg, help=say("export.file"))
    p.add_argument("--format", "-f", required=True, choices=export_formats.names(), help=say("export.format"))
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
    p.add_argument("--talent", metavar="NAME", help=say("export.talent"))
    p.add_argument("--include", action="append", choices=("results",), help=say("export.include"))
    p.set_defaults(func=cmd_export)

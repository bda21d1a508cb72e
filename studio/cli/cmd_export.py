"""``studio export``: Word, Excel, PDF, read-through script, chat picture."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio.cli.i18n import CliError, add_messages, readable_detail, register_error, say
from studio.cli.parsing import path_arg, project_arg
from studio.exports import formats as export_formats

add_messages(
    {
        "export.help": (
            "export storyboards and shot lists (Word, Excel, PDF, script, picture, CSV)",
            "导出分镜脚本与拍摄清单（Word、Excel、PDF、口播稿、长图、CSV）",
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
        "export.working": ("exporting {name}", "正在导出 {name}"),
        "export.bad_suffix": (
            "{path}: {fmt} files end in {allowed}",
            "{path}：{fmt} 文件的扩展名应为 {allowed}",
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

    register_error(
        ExportWriteError,
        lambda e: say("export.cannot_write", path=e.path, detail=readable_detail(e.detail)),
    )
    register_error(FolderMissingError, lambda e: say("export.folder_missing", path=e.path))
    register_error(
        WrongSuffixError,
        lambda e: say("export.bad_suffix", path=e.path, fmt=e.fmt, allowed=", ".join(e.allowed)),
        code=2,
    )
    register_error(BadPatternError, lambda e: say("export.bad_pattern", path=e.path, detail=e.detail), code=2)


def cmd_export(args: argparse.Namespace) -> int:
    """Open the project read-only and write the chosen export(s)."""
    from studio.exports.common import pick_variants
    from studio.exports.formats import find, plan
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
        options = {"paper": args.paper, "snapshot": snapshot, "layout": args.layout}
        for path, chosen in plan(fmt, args.output, project.title, variants, lang):
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
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
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
    p.set_defaults(func=cmd_export)

"""``studio export``: Word, Excel, PDF, read-through script, chat picture."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from studio.cli.i18n import CliError, add_messages, readable_detail, register_error, say
from studio.cli.parsing import path_arg, project_arg

FORMATS = ("docx", "xlsx", "pdf", "script", "image", "csv")
#: Formats that write one file per variant; the others put every variant into one file.
PER_VARIANT = ("docx", "script", "image")
SUFFIX = {"docx": ".docx", "xlsx": ".xlsx", "pdf": ".pdf", "script": ".docx", "image": ".png", "csv": ".csv"}
ALLOWED_SUFFIXES = {
    "docx": (".docx",),
    "xlsx": (".xlsx",),
    "pdf": (".pdf",),
    "script": (".docx", ".md", ".txt"),
    "image": (".png", ".jpg", ".jpeg"),
    "csv": (".csv",),
}

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
            "(files are named <project>_<variant>.<ext>, read-through scripts <project>_<variant>_script.docx) "
            "or a name pattern with {variant} (also {project}, {n}), e.g. boards/{variant}.docx. For xlsx, "
            "pdf and csv, OUT may also be an existing folder (the file is named <project>.<ext>).",
            "把某个版本的分镜脚本或拍摄清单写入文件。docx、script、image 每个版本一个文件；xlsx、pdf 与 csv"
            "（供其他工具使用的镜头清单）把所选版本放进同一个文件（xlsx 与 csv 未指定 --variant 时含全部版本）。"
            "选了多个版本（--all 或多次 --variant）且格式按版本出文件时，"
            "OUT 为已存在的文件夹（文件名为 <项目>_<版本>.<扩展名>，口播稿为 <项目>_<版本>_口播稿.docx），"
            "或含 {variant} 的文件名模板（还可用 {project}、{n}），例如 boards/{variant}.docx。xlsx、pdf 与 csv "
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
        "export.needs_pattern": (
            "{path}: several variants need an existing folder or a pattern with {{variant}}",
            "{path}：导出多个版本时需要已存在的文件夹，或含 {{variant}} 的文件名模板",
        ),
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

    register_error(
        ExportWriteError,
        lambda e: say("export.cannot_write", path=e.path, detail=readable_detail(e.detail)),
    )
    register_error(FolderMissingError, lambda e: say("export.folder_missing", path=e.path))


#: Name endings in a folder, so a read-through script never overwrites the storyboard of the same variant.
TAGS = {"script": ("口播稿", "script")}


def targets(out: str, fmt: str, project_title: str, names: list[str], lang: str = "en") -> list[Path]:
    """Where each variant's file goes for a per-variant format (see the command's description)."""
    from studio.exports.common import slug

    base = Path(out)
    if len(names) == 1 and "{" not in out and not base.is_dir():
        return [_with_suffix(base, fmt)]
    if base.is_dir():
        stem = slug(project_title, "studio")
        zh, en = TAGS.get(fmt, ("", ""))
        tag = f"_{zh if lang == 'zh' else en}" if zh else ""
        return [base / f"{stem}_{slug(n)}{tag}{SUFFIX[fmt]}" for n in names]
    if "{variant}" not in out:
        raise CliError("export.needs_pattern", path=out)
    paths = []
    for i, name in enumerate(names, start=1):
        try:
            text = out.format(variant=slug(name), project=slug(project_title, "studio"), n=i)
        except (KeyError, IndexError, ValueError) as exc:
            raise CliError("export.bad_pattern", path=out, detail=str(exc)) from None
        paths.append(_with_suffix(Path(text), fmt))
    return paths


def single_target(out: str, fmt: str, project_title: str) -> Path:
    """The file for a format that holds every variant: OUT itself, or <project>.<ext> inside a folder."""
    from studio.exports.common import slug

    base = Path(out)
    if base.is_dir():
        return base / f"{slug(project_title, 'studio')}{SUFFIX[fmt]}"
    return _with_suffix(base, fmt)


def _with_suffix(path: Path, fmt: str) -> Path:
    if not path.suffix:
        return path.with_suffix(SUFFIX[fmt])
    if path.suffix.lower() not in ALLOWED_SUFFIXES[fmt]:
        raise CliError("export.bad_suffix", path=str(path), fmt=fmt, allowed=", ".join(ALLOWED_SUFFIXES[fmt]))
    return path


def _writer(fmt: str) -> Callable[..., object]:
    if fmt == "docx":
        from studio.exports.docx_export import export_docx

        return export_docx
    if fmt == "xlsx":
        from studio.exports.xlsx_export import export_xlsx

        return export_xlsx
    if fmt == "pdf":
        from studio.exports.pdf_export import export_pdf

        return export_pdf
    if fmt == "script":
        from studio.exports.script_export import export_script

        return export_script
    if fmt == "csv":
        from studio.exports.csv_export import export_csv

        return export_csv
    from studio.exports.image_export import export_image

    return export_image


def cmd_export(args: argparse.Namespace) -> int:
    """Open the project read-only and write the chosen export(s)."""
    from studio.exports.common import pick_variants
    from studio.store.document import ProjectFile

    _install_errors()
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
        if args.all or (args.format in ("xlsx", "csv") and not args.variant):
            variants = list(script.variants)  # a shot list is for the whole shoot
        else:
            variants = pick_variants(script, args.variant)
        lang = args.lang or project.language
        show = args.progress or sys.stderr.isatty()
        writer = _writer(args.format)
        extra: dict[str, object] = {"paper": args.paper}
        if args.format in ("docx", "pdf"):
            extra["snapshot"] = snapshot
            extra["layout"] = args.layout
        if args.format == "image":
            extra = {}
        if args.format in PER_VARIANT:
            names = [v.name for v in variants]
            jobs = list(zip(targets(args.output, args.format, project.title, names, lang),
                            ([v] for v in variants), strict=True))  # fmt: skip
        else:
            jobs = [(single_target(args.output, args.format, project.title), variants)]
        for path, chosen in jobs:
            progress = _Progress(path.name) if show else None
            try:
                result = writer(project, script, chosen, pf.frame_bytes, path, lang, progress, **extra)
            finally:
                if progress is not None:
                    progress.finish()
            written.extend(result if isinstance(result, list) else [result])  # type: ignore[arg-type]
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
    p.add_argument("--format", "-f", required=True, choices=FORMATS, help=say("export.format"))
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

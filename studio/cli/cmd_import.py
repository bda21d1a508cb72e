"""``studio import-xlsx``: a shot script from Excel into a new project, with a report per column."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from studio.cli.i18n import CliError, language, register_error, say
from studio.cli.parsing import path_arg
from studio.wording import has, say_in

if TYPE_CHECKING:  # the import is loaded only when the command runs
    from studio.imports.xlsx_columns import ColumnGuess
    from studio.imports.xlsx_import import ImportReport

#: Fields a column can be sent to with --map (notes: kept in each shot's notes).
MAP_FIELDS = ("code", "shot_size", "camera_move", "angle", "lens", "setting", "time_of_day", "setup", "visual",
              "voiceover", "onscreen_text", "duration", "sound", "props", "location", "talent", "notes", "beat",
              "alt", "done")  # fmt: skip


def _install_errors() -> None:
    """Sentences for the workbook import's refusals (registered when the command runs, so they win)."""
    from studio.imports.xlsx_import import XlsxImportError

    register_error(
        XlsxImportError,
        lambda e: say(f"import.{e.reason}", path=e.path, detail=e.detail, **e.fields),
    )


def _project_out(value: str) -> str:
    """argparse ``type=`` for the new project file: a name, not empty and not standard output."""
    if value.strip() == "-":
        raise argparse.ArgumentTypeError(say("import.no_stdout"))
    return path_arg(value)


def _choices(source: Path, maps: list[str]) -> dict[int, str | None]:
    """--map COLUMN=FIELD values as column -> field, columns found by header text or letter."""
    if not maps:
        return {}
    from studio.imports.xlsx_import import preview_xlsx
    from studio.imports.xlsx_sheet import column_letter

    fields = ", ".join(MAP_FIELDS)
    guesses = preview_xlsx(source).report.columns
    choices: dict[int, str | None] = {}
    for value in maps:
        column, sep, name = value.rpartition("=")
        column, name = column.strip(), name.strip()
        if not sep or not column or name not in MAP_FIELDS:
            raise CliError("import.bad_map", value=value, fields=fields)
        found = next((g for g in guesses if column in (g.header, column_letter(g.column))), None)
        if found is None:
            names = ", ".join(g.header or column_letter(g.column) for g in guesses)
            raise CliError("import.unknown_column", value=value, column=column, columns=names)
        choices[found.column] = None if name == "notes" else name
    return choices


def cmd_import(args: argparse.Namespace) -> int:
    """Read a workbook into a new project file and print where each column went and how sure that is."""
    from studio.imports.xlsx_import import import_xlsx

    _install_errors()
    source = Path(args.input)
    if source.is_dir():
        raise CliError("import.is_folder", code=1, path=str(source))
    if not source.exists():
        raise CliError("import.missing", code=1, path=str(source))
    target = Path(args.output)
    if not target.suffix:
        target = target.with_suffix(".studio")
    if target.exists() and not args.force:
        raise CliError("import.exists", path=str(target))
    choices = _choices(source, args.map or [])
    report = import_xlsx(args.input, target, args.lang, choices)
    for line in report_lines(report, language(), str(target)):
        print(line)
    return 0


_REPORT: dict[str, tuple[str, str]] = {
    "sheet": ("sheet “{sheet}”, header in row {row}", "工作表「{sheet}」，表头在第 {row} 行"),
    "studio": (
        "a Studio workbook: beats, alternatives and variants read back as exported",
        "Studio 导出的工作簿：段落、方案与版本按原样读回",
    ),
    "columns": ("columns (header → where it went · how sure · why):", "各列（表头 → 去向 · 把握 · 依据）："),
    "sure": ("sure", "确定"),
    "likely": ("likely", "较可能"),
    "guess": ("a guess, check it", "猜测，请核对"),
    "why.header": ("by its header", "按表头"),
    "why.header_weak": (
        "by its header, but only {n} of {total} cells fit",
        "按表头，但只有 {n}/{total} 个单元格符合",
    ),
    "why.both": ("header and cells agree ({n} of {total})", "表头与内容一致（{n}/{total}）"),
    "why.content": ("by its cells: {n} of {total} are {kind}", "按内容：{n}/{total} 个单元格是{kind}"),
    "why.setup_time": (
        "minutes of set-up time, not a shot's duration ({n} of {total})",
        "为布景/准备所需分钟数，不是镜头时长（{n}/{total}）",
    ),
    "why.duplicate": ("{field} is taken by another column", "{field}已由另一列占用"),
    "why.numbers": (
        "a {field} header over plain numbers (scene numbers?), kept in notes",
        "表头像{field}，但内容全是数字（场次号？），写入备注",
    ),
    "why.none": ("unknown column, kept in each shot's notes", "未知列，写入各镜头的备注"),
    "why.user": ("your choice", "按你的指定"),
    "why.ignored": ("derived or pictures, not imported as text", "可推算或为图片，不作为文字导入"),
    "kind.shot_size": ("shot sizes", "景别"),
    "kind.camera_move": ("camera moves", "运镜"),
    "kind.angle": ("camera angles", "角度"),
    "kind.duration": ("durations", "时长"),
    "beats_column": ("beats taken from the column “{column}”", "段落取自「{column}」列"),
    "beats_single": (
        "no beat column: all shots are in one beat; group them into hook, pain point, solution, proof and CTA",
        "没有段落列：所有镜头放在同一段落中，请再分为钩子、痛点、解决方案、证明与行动号召",
    ),
    "duration": (
        "row {row}: duration “{value}” not understood; set to 2 s, original kept in notes",
        "第 {row} 行：时长「{value}」无法识别，已设为 2 秒，原文写入备注",
    ),
    "duration_empty": ("row {row}: no duration; set to 2 s", "第 {row} 行：没有时长，已设为 2 秒"),
    "enum": (
        "row {row}: {column} “{value}” is not a known term; kept in notes",
        "第 {row} 行：{column}「{value}」不是已知用语，已写入备注",
    ),
    "image": ("row {row}: a picture could not be used ({value})", "第 {row} 行：图片无法使用（{value}）"),
    "unanchored_image": (
        "a picture ({value}) is not in any shot's row; not imported",
        "有一张图片（{value}）不在任何镜头所在行，未导入",
    ),
    "total_row": ("row {row}: a total row, skipped", "第 {row} 行：合计行，已跳过"),
    "summary": (
        "{shots} shots in {beats} beats, {variants} variant(s), {frames} frame(s) → {path}",
        "{shots} 个镜头，{beats} 个段落，{variants} 个版本，{frames} 张画面 → {path}",
    ),
}


def report_lines(r: ImportReport, lang: str, target: str) -> list[str]:
    """The import report as sentences in ``lang``."""

    def t(key: str, **fields: object) -> str:
        en, zh = _REPORT[key]
        return (zh if lang == "zh" else en).format(**fields)

    lines = [t("sheet", sheet=r.sheet, row=r.header_row)]
    if r.studio_workbook:
        lines.append(t("studio"))
    lines.append(t("columns"))
    lines.extend(f"  {column_line(g, lang)}" for g in r.columns)
    if r.beats_from == "single":
        lines.append(t("beats_single"))
    elif r.beats_from == "column":
        column = next((h for h, f in r.mapped if f == "beat"), "")
        lines.append(t("beats_column", column=column))
    for p in r.problems:
        if p.kind == "duration":
            lines.append(t("duration" if p.value else "duration_empty", row=p.row, value=p.value))
        elif p.kind in ("shot_size", "camera_move", "angle"):
            lines.append(t("enum", row=p.row, column=p.column, value=p.value))
        else:
            lines.append(t(p.kind, row=p.row, value=p.value))
    lines.append(
        t("summary", shots=r.shots, beats=r.beats, variants=r.variants, frames=r.frames, path=target)
    )
    return lines


def _t(lang: str, key: str, **fields: object) -> str:
    en, zh = _REPORT[key]
    return (zh if lang == "zh" else en).format(**fields)


def column_line(g: ColumnGuess, lang: str) -> str:
    """'镜头 → 景别 · 较可能 · 按内容：10/10 个单元格是景别' for one column."""
    from studio.imports.xlsx_sheet import column_letter

    def name(key: str | None) -> str:
        return say_in(lang, f"doc.{key or 'notes'}") if has(f"doc.{key or 'notes'}") else str(key)

    n, total = round(g.share * g.values), g.values
    if g.field in ("in", "out", "frame"):
        why = _t(lang, "why.ignored")
    elif g.basis == "header":
        weak = g.field in ("shot_size", "camera_move", "angle", "duration") and g.confidence == "guess"
        why = _t(lang, "why.header_weak", n=n, total=total) if weak else _t(lang, "why.header")
    elif g.basis == "content":
        why = _t(lang, "why.content", n=n, total=total, kind=_t(lang, f"kind.{g.field}"))
    elif g.basis in ("duplicate", "numbers"):
        why = _t(lang, f"why.{g.basis}", field=name(g.wanted))
    else:
        why = _t(lang, f"why.{g.basis}", n=n, total=total)
    header = g.header or f"({column_letter(g.column)})"
    # "镜号 → 镜号" says nothing: a column whose header is the field's own name is named once.
    where = header if header == name(g.field) else f"{header} → {name(g.field)}"
    return f"{where} · {_t(lang, g.confidence)} · {why}"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``studio import-xlsx``."""
    q = subparsers.add_parser("import-xlsx", help=say("import.help"), description=say("import.help"))
    q.add_argument("input", metavar="IN.xlsx", type=path_arg, help=say("import.in"))
    q.add_argument("-o", "--output", required=True, metavar="FILE", type=_project_out, help=say("import.out"))
    q.add_argument("--lang", choices=("zh", "en"), help=say("import.lang"))
    q.add_argument("--force", action="store_true", help=say("import.force"))
    q.add_argument(
        "--map", action="append", metavar="COLUMN=FIELD", help=say("import.map", fields=", ".join(MAP_FIELDS))
    )
    q.set_defaults(func=cmd_import)

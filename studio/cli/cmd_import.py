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


def report_lines(r: ImportReport, lang: str, target: str) -> list[str]:
    """The import report as sentences in ``lang``."""

    def t(key: str, **fields: object) -> str:
        return _t(lang, key, **fields)

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
    return say_in(lang, f"import.report.{key}", **fields)


def column_line(g: ColumnGuess, lang: str) -> str:
    """'镜头 → 景别 · 较可能 · 按内容：10/10 个单元格是景别' for one column."""
    from studio.imports.xlsx_columns import guess_words
    from studio.imports.xlsx_sheet import column_letter

    def name(key: str | None) -> str:
        return say_in(lang, f"doc.{key or 'notes'}") if has(f"doc.{key or 'notes'}") else str(key)

    sure, why = guess_words(g, lang, name)
    header = g.header or f"({column_letter(g.column)})"
    # "镜号 → 镜号" says nothing: a column whose header is the field's own name is named once.
    where = header if header == name(g.field) else f"{header} → {name(g.field)}"
    return f"{where} · {sure} · {why}"


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

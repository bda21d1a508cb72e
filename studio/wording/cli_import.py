"""Wording of ``studio.cli.cmd_import``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "import.help": (
        "从 Excel 分镜头脚本导入为新项目",
        "import a shot script (分镜头脚本) from Excel into a new project",
    ),
    "import.in": ("工作簿（.xlsx）", "the workbook (.xlsx)"),
    "import.out": ("新的项目文件（.studio）", "the new project file (.studio)"),
    "import.lang": (
        "新项目的语言（默认按表头推断）",
        "language of the new project (default: guessed from the headers)",
    ),
    "import.force": ("FILE 已存在时覆盖", "replace FILE if it exists"),
    "import.is_folder": ("{path} 是文件夹，不是工作簿", "{path} is a folder, not a workbook"),
    "import.no_stdout": (
        "项目不能写到标准输出（-）；请给出新 .studio 文件的名称",
        "a project cannot be written to standard output (-); give the new .studio file's name",
    ),
    "import.exists": ("{path} 已存在；如要覆盖请加 --force", "{path} exists; use --force to replace it"),
    # A workbook the import refused (the CLI's line; the import dialog adds the full stop).
    "import.unreadable": (
        "{path} 不是可读取的 .xlsx 工作簿（{detail}）",
        "{path} is not a readable .xlsx workbook ({detail})",
    ),
    "import.too_large": (
        "{path} 解压后超过 {limit} MB，未导入",
        "{path} unpacks to more than {limit} MB and was not imported",
    ),
    "import.beyond_limits": (
        "{path} 的单元格 {cell} 有内容，超出分镜表的上限（{rows} 行 × {columns} 列），未导入",
        "{path} has a value in cell {cell}, beyond the {rows} rows × {columns} columns a shot script may use; "
        "it was not imported",
    ),
    "import.merged_beyond": (
        "{path} 的合并单元格 {range} 超出分镜表的上限（{rows} 行 × {columns} 列），未导入",
        "{path} merges cells {range}, beyond the {rows} rows × {columns} columns a shot script may use; it "
        "was not imported",
    ),
    "import.merged_too_many": (
        "{path} 一张工作表中合并了超过 {limit} 个单元格，未导入",
        "{path} merges more than {limit} cells in one sheet; it was not imported",
    ),
    "import.too_many_rows": (
        "{path} 一张工作表超过 {limit} 行（带格式的空行也算在内），未导入",
        "{path} has more than {limit} rows in one sheet (empty formatted rows count too); it was not imported",
    ),
    "import.too_many_cells": (
        "{path} 一张工作表的单元格超过 {limit} 个，未导入",
        "{path} has more than {limit} cells in one sheet; it was not imported",
    ),
    "import.xml_doctype": (
        "{path} 声明了 XML 实体或外部引用，Studio 不读取此类内容，未导入",
        "{path} declares XML entities or external references, which Studio never reads; it was not imported",
    ),
    "import.xml_broken": ("{path} 已损坏（{part}，第 {line} 行）", "{path} is damaged ({part}, line {line})"),
    "import.no_table": (
        "{path} 中没有找到分镜表：需要含 镜号、画面、台词、时长 等列的表头行",
        "No shot table was found in {path}: it needs a header row with columns such as 镜号, 画面, 台词, 时长 "
        "or Shot, Description, Duration",
    ),
    "import.refused": ("{path} 无法导入", "{path} cannot be imported"),
    "import.map": (
        "指定某列的去向：列名=字段 或 列字母=字段（可重复）；字段：{fields}",
        "send a column elsewhere: HEADER=FIELD or LETTER=FIELD (repeatable); fields: {fields}",
    ),
    "import.bad_map": (
        "--map {value}：应为 列=字段，字段为 {fields} 之一",
        "--map {value}: expected COLUMN=FIELD with FIELD one of {fields}",
    ),
    "import.unknown_column": (
        "--map {value}：工作表中没有「{column}」列（现有列：{columns}）",
        "--map {value}: the sheet has no column “{column}” (columns: {columns})",
    ),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "import.missing": "error.missing",
}

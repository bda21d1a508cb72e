"""Wording of the report import dialogs (studio.ui.dialogs.report_words): key -> (Chinese, English).

The window's sentences for a ReportError: the dialog names the file in its title and offers the
column choices on screen, so they carry no path and no ``--map``; the CLI's are ``report.*``.
"""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "mapping.empty": ("报表是空的。", "The report is empty."),
    "mapping.binary": ("这不是 CSV 或 Excel 报表。", "This is not a CSV or Excel report."),
    "mapping.unreadable": ("无法读取报表（{detail}）。", "The report cannot be read ({detail})."),
    "mapping.too_large": (
        "报表超出可读取的大小（10 万行数据、50 MB）。请导出较短的日期范围，或拆成几个文件分别导入。",
        "The report is larger than Studio reads (100,000 data rows, 50 MB). Export a shorter date range, "
        "or split it into several files and import each.",
    ),
    "mapping.unsafe": (
        "工作簿含有电子表格软件不会写入的 XML（{detail}），未读取任何内容。请用 Excel 或 WPS 打开后重新另存为 .xlsx（或导出 .csv）再导入。",
        "The workbook holds XML no spreadsheet program writes ({detail}); nothing was read. Open it in "
        "Excel or WPS, save it again as .xlsx (or export .csv) and import that.",
    ),
    "mapping.field_too_long": (
        "第 {row} 行有一个字段超过 {limit} 个字符，这不是报表。",
        "Line {row} has a field longer than {limit} characters; this is not a report.",
    ),
    "mapping.bad_time": (
        "第 {row} 行“{column}”列：{value} 不是时间（请用 3、3s 或 0:03 这样的秒数）。",
        "Row {row}, column {column}: {value} is not a time (use seconds such as 3, 3s or 0:03).",
    ),
    "mapping.bad_share": (
        "“{column}”列：{value} 不是 0 到 100% 之间的观众比例。",
        "Column {column}: {value} is not a share of viewers between 0 and 100 %.",
    ),
    "mapping.no_time_column": (
        "文件中找不到留存曲线的时间列（秒 / 时间 / second / time）。",
        "The file has no time column (秒 / 时间 / second / time) for the retention curve.",
    ),
    "mapping.no_share_column": (
        "文件中找不到仍在观看的观众比例列（留存率 / retention）。",
        "The file has no column with the share of viewers still watching (留存率 / retention).",
    ),
    "mapping.no_variant_column": (
        "请选择广告名称或版本名称所在的列。",
        "Choose the column with the ad or variant name.",
    ),
    "mapping.no_count_column": (
        "请至少选择一列计数（展示、播放、点击、转化）。只有消耗或成交金额无法比较，已有的计数也不会被清空。",
        "Choose at least one column with counts (impressions, plays, clicks, conversions). "
        "Spend or GMV alone cannot be compared, and earlier counts are never replaced by nothing.",
    ),
    "mapping.not_a_number": (
        "第 {row} 行“{column}”列：{value} 不是数字。",
        "Row {row}, column {column}: {value} is not a number.",
    ),
    "mapping.negative": (
        "第 {row} 行“{column}”列：{value} 是负数。",
        "Row {row}, column {column}: {value} is negative.",
    ),
    "mapping.fraction": (
        "第 {row} 行“{column}”列：{value} 不是整数。",
        "Row {row}, column {column}: {value} is not a whole count.",
    ),
    "mapping.too_big": (
        "第 {row} 行“{column}”列：{value} 超出报表数值的上限（{limit:,}）。请检查列对应关系，或修改该单元格。",
        "Row {row}, column {column}: {value} is larger than any report's number (the limit is {limit:,}). "
        "Check the column mapping, or fix the cell.",
    ),
    "mapping.exceeds": ("第 {row} 行：{small} 多于 {large}。", "Row {row}: {small} is more than {large}."),
    "mapping.exceeds_kept": (
        "「{variant}」的{small}（{small_value:,g}）会多于{large}（{large_value:,g}），因为报表没有{kept}，它沿用了之前的数值。"
        "请在下方选择：用报表替换该版本的结果，或只保留仍然一致的旧数值。",
        "{variant} would have more {small} ({small_value:,g}) than {large} ({large_value:,g}) because "
        "{kept} keeps an earlier value the report does not carry. Choose below: replace the variant's "
        "results with the report, or keep earlier values only where they still agree.",
    ),
    "mapping.exceeds_total": (
        "报表各行相加后「{variant}」的{small}（{small_value:,g}）多于{large}（{large_value:,g}）：各行留空的列不同。请补全空白单元格，或选择其他列。",
        "Added up, the report gives {variant} more {small} ({small_value:,g}) than {large} ({large_value:,g}): "
        "its rows leave different columns blank. Fill the blanks, or map other columns.",
    ),
    "mapping.unknown_variants": (
        "本脚本没有名为 {names} 的版本（现有版本：{known}）。",
        "No variant named {names} in this script (variants: {known}).",
    ),
    "mapping.no_rows": ("报表没有数据行。", "The report has no data rows."),
    # Why a row went to its variant, where the dialog asks for a choice on screen (the others are the
    # CLI preview's pre.how.*).
    "mapping.how.picked": ("手动指定", "chosen by you"),
    "mapping.how.ambiguous": ("可能是 {names}：请选择", "could be {names}: choose one"),
    "mapping.how.none": ("没有对应版本：请选择或跳过", "no variant: choose one or leave it out"),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "mapping.how.exact": "pre.how.exact",
    "mapping.how.name": "pre.how.name",
    "mapping.how.code": "pre.how.code",
    "mapping.how.skipped": "pre.how.skipped",
}

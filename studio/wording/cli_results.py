"""Wording of ``studio.cli.cmd_results``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "help.results": (
        "显示各版本 A/B 投放结果，或导入投放报表",
        "show A/B results per variant, or import a report",
    ),
    "help.results_import": (
        "要导入的投放报表（.csv 或 .xlsx）",
        "ad platform report (.csv or .xlsx) to import",
    ),
    "help.results_map": (
        "指定字段对应的列名，如 clicks=点击数（可重复）",
        "map a field to a column header, e.g. clicks=点击数 (repeatable)",
    ),
    "help.results_lang": (
        "结果的显示语言（默认与界面一致）",
        "language of the results shown (default: the interface language)",
    ),
    "res.no_stdin": (
        "报表不能从标准输入（-）读取；请存为 .csv 或 .xlsx 后给出路径",
        "a report cannot be read from standard input (-); save it as .csv or .xlsx and give its path",
    ),
    "res.map_needs_import": (
        "--map、--match、--dry-run、--skip-unmatched、--replace 和 --keep-agreeing 只能与 --import 报表 一起使用",
        "--map, --match, --dry-run, --skip-unmatched, --replace and --keep-agreeing only apply with "
        "--import REPORT",
    ),
    "help.results_dry_run": (
        "只显示报表会带来的改动（各行、匹配的版本、改动前后），不保存",
        "show what the report would change (rows, matches, before and after) and change nothing",
    ),
    "help.results_match": (
        "把某一行指定给某个版本，如 '1130_焕亮_新钩子=价格钩子'（'=-' 表示跳过这一行；可重复）",
        "send a report row to a variant, e.g. '1130_焕亮_新钩子=价格钩子' ('=-' leaves the row out; repeatable)",
    ),
    "help.results_skip": (
        "有的行匹配不到版本时仍然导入（这些行不导入）",
        "import even when some rows match no variant (those rows are left out)",
    ),
    "res.bad_match": (
        "--match {value!r}：格式为 '广告名=版本名'，广告名须出现在报表中，版本须属于该脚本（或用 '-' 跳过）",
        "--match {value!r}: use 'AD NAME=VARIANT' with an ad name from the report and a variant of the "
        "script (or '-')",
    ),
    "res.dry_run": ("预览：未做任何改动。", "Dry run: nothing was changed."),
    "report.exceeds_kept": (
        "{path}：导入后「{variant}」的{small}（{small_value:,g}）会多于{large}（{large_value:,g}），因为报表没有{kept}，它沿用了之前的数值。"
        "加 --replace 用报表替换该版本的结果（舍弃 {replace_drops}），或加 --keep-agreeing 只保留仍然一致的旧数值（舍弃 {agree_drops}）；"
        "--dry-run 可先查看两种结果",
        "{path}: after the import {variant} would have {small} ({small_value:,g}) above {large} "
        "({large_value:,g}), because {kept} keeps an earlier value the report does not carry. Add --replace "
        "to replace the variant's results with the report (drops {replace_drops}), or --keep-agreeing to "
        "keep earlier values only where they still agree (drops {agree_drops}); --dry-run shows both",
    ),
    "report.exceeds_total": (
        "{path}：报表中「{variant}」各行相加后{small}（{small_value:,g}）多于{large}（{large_value:,g}）（各行留空的列不同）；请补全空白单元格，"
        "或用 --map 指定其他列",
        "{path}: in the report {variant} has {small} ({small_value:,g}) above {large} ({large_value:,g}) "
        "once its rows are added up (rows leave different columns blank); fill the blanks or map other "
        "columns with --map",
    ),
    "res.drop_item": ("「{variant}」{field} {value}", "{variant} {field} {value}"),
    "help.results_replace": (
        "报表与它没有的旧数值冲突时，用报表替换各版本的结果（舍弃并列出报表没有的旧数值）",
        "when the report conflicts with earlier values it does not carry, replace each variant's results "
        "with the report (the earlier values it lacks are dropped and listed)",
    ),
    "help.results_keep_agreeing": (
        "报表与它没有的旧数值冲突时，只保留仍然一致的旧数值（其余舍弃并列出）；与 --retention 一起使用时，保留原曲线中与新曲线结尾仍然一致的后续秒数",
        "when the report conflicts with earlier values it does not carry, keep those earlier values only "
        "where they still agree (the others are dropped and listed); with --retention, keep an earlier "
        "curve's later seconds where they agree with the new curve's end",
    ),
    "res.saved": (
        "已将 {count} 个版本的结果保存到 {path}",
        "saved results of {count} variant(s) into {path}",
    ),
    "res.no_results": (
        "尚无投放结果；可在“结果”视图中录入，或使用 --import 导入",
        "no results yet; type them in the Results view or use --import",
    ),
    "res.control": ("对照组", "control"),
    "res.pooled": ("按方案合并各版本后的效果：", "Alternatives pooled across variants:"),
    "res.bad_map": (
        "--map {value!r}：格式为 字段=列名，字段可选 {fields}，列名须出现在报表中",
        "--map {value!r}: use FIELD=HEADER with FIELD one of {fields} and a header of the report",
    ),
    "report.empty": ("{path}：报表是空的", "{path}: the report is empty"),
    "report.binary": (
        "{path}：不是 CSV 或 Excel 报表（二进制或无法识别的编码）",
        "{path}: not a CSV or Excel report (binary or unknown encoding)",
    ),
    "report.unreadable": ("{path}：无法读取报表（{detail}）", "{path}: cannot read the report ({detail})"),
    "report.too_large": (
        "{path}：报表超出可读取的大小（10 万行数据、50 MB）；请导出较短的日期范围，或拆成几个文件分别导入",
        "{path}: the report is larger than Studio reads (100,000 data rows, 50 MB); export a shorter date "
        "range or split it into several files and import each",
    ),
    "report.unsafe": (
        "{path}：工作簿含有电子表格软件不会写入的 XML（{detail}），未读取任何内容。请用 Excel 或 WPS 打开后重新另存为 .xlsx（或导出 .csv）再导入",
        "{path}: the workbook holds XML no spreadsheet program writes ({detail}); nothing was read. Open it "
        "in Excel or WPS, save it again as .xlsx (or export .csv) and import that",
    ),
    "report.field_too_long": (
        "{path}：第 {row} 行有一个字段超过 {limit} 个字符，不是可读取的报表",
        "{path}: line {row} has a field longer than {limit} characters; not a report Studio can read",
    ),
    "report.no_variant_column": (
        "{path}：找不到素材名称列（素材名称 / 创意 / 视频 / creative / ad name / variant）；可用 --map variant=列名 指定",
        "{path}: no creative/variant name column (素材名称 / 创意 / 视频 / creative / ad name / variant); use --map "
        "variant=HEADER",
    ),
    "report.no_count_column": (
        "{path}：找不到任何计数列（展示、播放、3秒播放、完播、点击、转化）；只有消耗或成交金额无法比较，未导入任何数据",
        "{path}: no count columns (impressions, plays, 3-second views, completions, clicks, conversions); "
        "spend or GMV alone cannot be compared, so nothing was imported",
    ),
    "report.not_a_number": (
        "{path} 第 {row} 行“{column}”列：{value!r} 不是数字",
        "{path}, row {row}, column {column}: {value!r} is not a number",
    ),
    "report.negative": (
        "{path} 第 {row} 行“{column}”列：{value!r} 是负数",
        "{path}, row {row}, column {column}: {value!r} is negative",
    ),
    "report.fraction": (
        "{path} 第 {row} 行“{column}”列：{value!r} 不是整数",
        "{path}, row {row}, column {column}: {value!r} is not a whole count",
    ),
    "report.too_big": (
        "{path} 第 {row} 行“{column}”列：{value!r} 超出报表数值的上限（{limit:,}）；请用 --map 检查列对应关系，或修改该单元格",
        "{path}, row {row}, column {column}: {value!r} is larger than any report's number (the limit is "
        "{limit:,}); check the column mapping with --map, or fix the cell",
    ),
    "report.exceeds": (
        "{path} 第 {row} 行：{small}（{small_value:,g}）多于 {large}（{large_value:,g}）",
        "{path}, row {row}: {small} ({small_value:,g}) is more than {large} ({large_value:,g})",
    ),
    "report.unknown_variants": (
        "{path}：本脚本没有名为 {names} 的版本（现有版本：{known}）；未导入任何数据",
        "{path}: no variant named {names} in this script (variants: {known}); nothing was imported",
    ),
    "report.no_rows": ("{path}：没有数据行", "{path}: no data rows"),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "res.drop_none": "label.nothing",
    "help.results_json": "help.json",
    "help.results_file": "brief.file",
    "help.results_script": "export.script",
}

"""Wording of ``studio.cli.retention_cli``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "help.results_retention": (
        "要导入的留存曲线（.csv 或 .xlsx：每秒仍在观看的观众比例）",
        "retention curves (.csv or .xlsx: share of viewers still watching per second) to import",
    ),
    "ret.layout": ("找到的曲线（{layout}格式）：", "Curves found ({layout} layout):"),
    "ret.layout.long": ("每个视频每秒一行", "one row per video and second"),
    "ret.layout.wide": ("每个视频一列", "one column per video"),
    "ret.layout.single": ("单条曲线，以文件名为名", "one curve, named by the file"),
    "ret.curve": (
        "  {name} → {variant}（{how}），{seconds} 秒",
        "  {name} -> {variant} ({how}), {seconds} s",
    ),
    "ret.saved": (
        "已将 {count} 个版本的留存曲线保存到 {path}",
        "saved the retention curves of {count} variant(s) into {path}",
    ),
    "ret.where": ("观众在哪里离开：", "Where viewers leave:"),
    "ret.replaced": (
        "  「{variant}」：替换原有曲线（{seconds} 秒：0 秒 {start}，{half} 秒 {middle}，结尾 {end}），原曲线将被舍弃",
        "  {variant}: replaces its earlier curve ({seconds} s: {start} at 0 s, {middle} at {half} s, {end} "
        "at the end); that curve is dropped",
    ),
    "ret.replacing": ("将被替换的原有曲线：", "Earlier curves replaced:"),
    "ret.kept_tail": (
        "  「{variant}」：保留原曲线第 {first}-{last} 秒（{start} → {end}），文件中没有这些数值",
        "  {variant}: keeps its earlier curve's seconds {first}-{last} s ({start} → {end}), which the file "
        "does not carry",
    ),
    "ret.tail_hint": (
        "  （加 --keep-agreeing 可保留原曲线中与新曲线结尾仍然一致的后续秒数）",
        "  (--keep-agreeing keeps an earlier curve's later seconds where they still agree with the new end)",
    ),
    "report.bad_time": (
        "{path} 第 {row} 行“{column}”列：{value!r} 不是时间（请用 3、3s 或 0:03 这样的秒数）",
        "{path}, row {row}, column {column}: {value!r} is not a time (use seconds such as 3, 3s or 0:03)",
    ),
    "report.bad_share": (
        "{path}“{column}”列：{value!r} 不是 0 到 100% 之间的观众比例",
        "{path}, column {column}: {value!r} is not a share of viewers between 0 and 100 %",
    ),
    "report.no_time_column": (
        "{path}：找不到留存曲线的时间列（秒 / 时间 / second / time）",
        "{path}: no time column (秒 / 时间 / second / time) for the retention curve",
    ),
    "report.no_share_column": (
        "{path}：找不到仍在观看的观众比例列（留存率 / retention）",
        "{path}: no column with the share of viewers still watching (留存率 / retention)",
    ),
}

"""The creators panel's sentences (studio.ui.views.creator_list_words, creator_deal_words): key -> (Chinese, English).

The window says why a creator's value was refused in one full sentence with the field's title in it;
the CLI's lines (``tv.*``) put the field and value before a short reason. A creators file that cannot
be read is worded once, as the CLI's ``ti.*`` (the window adds the full stop).
"""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "creator.value.empty_name": ("达人需要有昵称。", "A creator needs a name."),
    "creator.value.duplicate_name": (
        "已有名为“{value}”的达人。",
        "There is already a creator called “{value}”.",
    ),
    "creator.value.not_a_number": ("{field}“{value}”不是数字。", "{field} “{value}” is not a number."),
    "creator.value.not_whole": ("{field}“{value}”必须是整数。", "{field} “{value}” must be a whole number."),
    "creator.value.negative": ("{field}“{value}”不能是负数。", "{field} “{value}” cannot be negative."),
    "creator.value.too_large": ("{field}“{value}”数值太大。", "{field} “{value}” is too large."),
    "creator.value.unknown_platform": (
        "“{value}”不是 Studio 支持的平台；可用：{choices}。",
        "“{value}” is not a platform Studio knows; use one of {choices}.",
    ),
    "creator.value.unknown_status": (
        "“{value}”不是有效状态；可用：{choices}。",
        "“{value}” is not a status; use one of {choices}.",
    ),
    "creator.value.unknown_variant": (
        "项目中没有版本“{value}”；现有版本：{choices}。",
        "The project has no variant “{value}”; its variants: {choices}.",
    ),
    "creator.value.bad_link": (
        "“{value}”不是网页链接（http:// 或 https://）。",
        "“{value}” is not a web link (http:// or https://).",
    ),
    "creator.value.control_chars": (
        "{field}含有控制字符，请去掉后重新输入。",
        "{field} holds control characters; type it again without them.",
    ),
    "creator.value.formula": (
        "{field}“{value}”以“{sign}”开头，导出后会被表格软件当作公式执行。",
        "{field} “{value}” starts with “{sign}”, which spreadsheets run as a formula when exported.",
    ),
    "creator.value.too_long": ("{field}超过 {limit} 个字符。", "{field} is longer than {limit} characters."),
    "creator.value.too_many": ("一个项目最多 {limit} 位达人。", "A project holds at most {limit} creators."),
    "creator.value.not_found": ("没有名为“{value}”的达人。", "No creator called “{value}”."),
    "creator.value.bad_date": (
        "{field}“{value}”不是日期；请写成 2026-12-20 或 12月20日。",
        "{field} “{value}” is not a date; write it as 2026-12-20 or 12月20日.",
    ),
    "creator.value.ambiguous_date": (
        "{field}“{value}”无法判断是日/月还是月/日；请写成 2026-12-05。",
        "{field} “{value}” could be day/month or month/day; write it as 2026-12-05.",
    ),
    "creator.value.date_range": (
        "{field}“{value}”：日期须在 {low} 到 {high} 年之间。",
        "{field} “{value}”: a date must fall between {low} and {high}.",
    ),
    "creator.value.unknown_tier": (
        "“{value}”不是档位；可用：{choices}。",
        "“{value}” is not a tier; use one of {choices}.",
    ),
    "creator.value.unknown_deal": (
        "“{value}”不是合作方式；可用：{choices}。",
        "“{value}” is not a deal type; use one of {choices}.",
    ),
    "creator.value.not_yes_no": ("{field}：请填 是 或 否。", "{field}: say yes or no."),
    "creator.value.not_days": (
        "{field}“{value}”不是天数（30、30天、3个月）。",
        "{field} “{value}” is not a number of days (30, 30天, 3个月).",
    ),
    "creator.value.days_too_long": ("{field}超过 {limit} 天。", "{field} is longer than {limit} days."),
    "creator.value.not_money": (
        "{field}“{value}”不是金额（5000、¥5,000、0.5万）。",
        "{field} “{value}” is not an amount of money (5000, ¥5,000, 0.5万).",
    ),
    "creator.value.too_precise": (
        "{field}“{value}”：{currency} 只有 {digits} 位小数，请取整。",
        "{field} “{value}”: {currency} has {digits} decimals; round it.",
    ),
    "creator.value.unknown_currency": (
        "{field}“{value}”：未知币种；可用：{choices}。",
        "{field} “{value}”: unknown currency; use one of {choices}.",
    ),
    "creator.value.other_currency": (
        "{field}“{value}”：项目的金额以 {currency} 计，不是 {named}。请按 {currency} 填写，或在“项目设置”中更改币种。",
        "{field} “{value}”: the project's money is in {currency}, not {named}. Write it in {currency}, "
        "or change the currency in Project Settings.",
    ),
    "creator.value.not_a_rate": (
        "{field}“{value}”不是比例（10%、12.5%、0.1）。",
        "{field} “{value}” is not a rate (10%, 12.5%, 0.1).",
    ),
    "creator.value.rate_above_100": (
        "{field}“{value}”：佣金比例不能超过 100%。",
        "{field} “{value}”: a commission cannot be above 100%.",
    ),
    "creator.value.rate_too_precise": (
        "{field}“{value}”：比例精确到 0.01%，请取整。",
        "{field} “{value}”: a rate is kept to 0.01%; round it.",
    ),
    "creator.value.row": ("第 {row} 行：{reason}", "Row {row}: {reason}"),
    "creator.file.unreadable": ("无法读取 {path}。", "{path} cannot be read."),
    "creator.file.pasted": ("粘贴的单元格", "The pasted cells"),
    "creator.returned.missing": ("缺少必说话术：{line}", "Must-say line missing: {line}"),
    "creator.returned.banned": ("用了禁用词：{word}", "Banned word: {word}"),
    "creator.returned.error": ("第 {n} 行：{message}", "Line {n}: {message}"),
    "creator.returned.warning": ("第 {n} 行（提醒）：{message}", "Line {n} (warning): {message}"),
    "creator.returned.too_long": (
        "朗读约 {seconds} 秒，简报要求 {target} 秒。",
        "Reads in about {seconds} s; the brief asks for {target} s.",
    ),
    "creator.due.draft_late": (
        "{name}：初稿已逾期 {late} 天（{date}）",
        "{name}: draft late by {late} days ({date})",
    ),
    "creator.due.post_late": (
        "{name}：发布已逾期 {late} 天（{date}）",
        "{name}: post late by {late} days ({date})",
    ),
    "creator.due.post_due": ("{name}：{days} 天后发布（{date}）", "{name}: post due in {days} days ({date})"),
    "creator.due.rights": (
        "{name}：授权 {days} 天后到期（{date}）",
        "{name}: usage rights expire in {days} days ({date})",
    ),
}

"""Wording of ``studio.cli.cmd_creators``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "talents.help": (
        "列出项目的达人（平台、分配版本、状态、成绩）；添加、修改、删除或导入达人",
        "list the project's creators (达人) with their platform, variant, status and results; add, change, "
        "remove or import them",
    ),
    "talents.json": ("输出 JSON 而不是表格", "print JSON instead of a table"),
    "talents.actions": ("要做的事（不写则列出）", "what to do (without one: list)"),
    "talents.add": ("添加达人", "add a creator"),
    "talents.set": ("修改达人的字段", "change a creator's fields"),
    "talents.remove": ("删除达人", "remove a creator"),
    "talents.import": (
        "从 CSV 或 XLSX 名单添加或更新达人（表头如 达人昵称、平台、账号、状态、链接、播放量、成交、GMV）",
        "add or update creators from a CSV or XLSX list (headers such as 达人昵称, 平台, 账号, 状态, 链接, 播放量, 成交, GMV)",
    ),
    "talents.key": ("达人的昵称（或账号）", "the creator's name (or handle)"),
    "talents.source": ("CSV 或 XLSX 文件", "the CSV or XLSX file"),
    "talents.dry_run": (
        "只显示会改什么以及名单中每个错误值，不做修改",
        "show what would change, and every bad value of the list, change nothing",
    ),
    "talents.skip_bad": (
        "即使有的行含错误值也导入其余各行（这些行不导入并逐一列出）；不加此项时这样的名单会被拒绝，不做任何修改",
        "import the good rows even when some rows hold a bad value (those rows are left out and listed); "
        "without it such a list is refused and nothing changes",
    ),
    "talents.problem_line": ("  ! {problem}", "  ! {problem}"),
    "talents.more_problems": ("  … 另有 {count} 个错误值", "  … and {count} more bad value(s)"),
    "talents.bad_rows": (
        "{source}：{rows} 行中有 {count} 行含错误值（已逐一列出）；未导入任何内容。请改正后重新导入，或加 --skip-bad 导入其余 {good} 行",
        "{source}: {count} of {rows} row(s) hold a bad value (listed before); nothing was imported. Fix "
        "them and import again, or add --skip-bad to import the other {good} row(s)",
    ),
    "talents.would_skip": (
        "{source}：将跳过含错误值的第 {rows} 行（仅在加 --skip-bad 时；不加则拒绝导入）",
        "{source}: would skip row(s) {rows} for a bad value (only with --skip-bad; without it the import is "
        "refused)",
    ),
    "talents.skipped": (
        "{source}：第 {rows} 行因含错误值未导入；改正后可再次导入",
        "{source}: row(s) {rows} not imported for a bad value; fix them and import again",
    ),
    "talents.all_bad": (
        "{source}：每一行都含错误值（已逐一列出）；没有可导入的内容",
        "{source}: every row holds a bad value (listed before); nothing to import",
    ),
    "talents.f.name": ("达人昵称", "the creator's name"),
    "talents.f.platform": (
        "平台：抖音、快手、视频号、小红书（红书、RED、xhs）、B站（哔哩哔哩）、微博、知乎、淘宝、TikTok、YouTube、Instagram …",
        "platform: 抖音, 快手, 视频号, 小红书 (RED, xhs), B站 (bilibili), 微博, 知乎, 淘宝, TikTok, YouTube, Instagram …",
    ),
    "talents.f.handle": ("账号（抖音号、@账号）", "their account (抖音号, @handle)"),
    "talents.f.variant": ("分配给 TA 的版本（版本名或 ID）", "the variant they film (its name or id)"),
    "talents.f.status": (
        "invited、briefed、filming、posted 或 paid（或 已邀约 … 已结算）",
        "invited, briefed, filming, posted or paid (or 已邀约 … 已结算)",
    ),
    "talents.f.link": (
        "已发布视频的链接（也可粘贴分享文字）",
        "the posted video's link (a share text works too)",
    ),
    "talents.f.plays": ("播放量（12000、1.2万）", "plays (12000, 1.2万)"),
    "talents.f.conversions": ("成交单数", "orders"),
    "talents.f.gmv": ("成交金额（GMV）", "sales value (GMV)"),
    "talents.f.notes": ("备注", "notes"),
    "talents.none": (
        "{path}：还没有达人（用 'studio talents FILE add --name …' 添加）",
        "{path}: no creators yet (add one with 'studio talents FILE add --name …')",
    ),
    "talents.count": ("共 {count} 位达人", "{count} creator(s)"),
    "talents.added": ("{path}：已添加 {name}", "{path}: added {name}"),
    "talents.changed": ("{path}：已修改 {name}", "{path}: changed {name}"),
    "talents.unchanged": ("{path}：{name} 已是这些值，未修改", "{path}: {name} already had these values"),
    "talents.removed": ("{path}：已删除 {name}", "{path}: removed {name}"),
    "talents.nothing_to_set": (
        "请说明要改什么，例如 --status posted",
        "say what to change, e.g. --status posted",
    ),
    "talents.would": (
        "{source}：将添加 {added} 位、更新 {updated} 位达人",
        "{source}: would add {added} and update {updated} creator(s)",
    ),
    "talents.imported": (
        "{path}：已从 {source} 添加 {added} 位、更新 {updated} 位达人",
        "{path}: added {added} and updated {updated} creator(s) from {source}",
    ),
    "talents.kept_line": (
        "      {field}：保留原值 {old}（名单为 {new}）",
        "      {field}: {old} kept (the list says {new})",
    ),
    "talents.conflicts": (
        "{source}：{count} 个原值与名单不一致（见上）并将被替换；加 --keep-agreeing 可保留原值，只采用与之一致或填补空白的名单值",
        "{source}: {count} earlier value(s) differ from the list (listed above) and are replaced; add "
        "--keep-agreeing to keep them and take the list's values only where they agree or fill an empty "
        "field",
    ),
    "talents.replace": (
        "名单的值替换项目中不一致的原值（逐项列出；默认）",
        "the list's values replace the project's where they differ (each listed; the default)",
    ),
    "talents.keep_agreeing": (
        "保留项目中与名单不一致的原值（逐项列出）；只采用与之一致或填补空白的名单值",
        "keep the project's values where the list differs (each listed); take the list's values only where "
        "they agree or fill an empty field",
    ),
    "talents.add_line": ("  + {name}", "  + {name}"),
    "talents.update_line": ("  ~ {name}", "  ~ {name}"),
    "talents.overwrite_line": (
        "      {field}：{old} → {new}（替换原值）",
        "      {field}: {old} → {new} (the earlier value is replaced)",
    ),
    "talents.h.name": ("达人", "Name"),
    "talents.h.handle": ("账号", "Handle"),
    "talents.h.plays": ("播放量", "Plays"),
    "talents.h.conversions": ("成交", "Orders"),
    "talents.h.gmv": ("GMV", "GMV"),
    "talents.h.link": ("链接", "Link"),
    "tv.where": ("{field}“{value}”：", "{field} “{value}”: "),
    "tv.row": ("第 {row} 行：", "row {row}: "),
    "tv.empty_name": ("达人需要有昵称", "a creator needs a name"),
    "tv.duplicate_name": ("已有名为“{value}”的达人", "there is already a creator called “{value}”"),
    "tv.not_a_number": ("不是数字", "not a number"),
    "tv.not_whole": ("必须是整数", "must be a whole number"),
    "tv.negative": ("不能是负数", "cannot be negative"),
    "tv.unknown_platform": ("未知平台；可用：{choices}", "unknown platform; use one of {choices}"),
    "tv.unknown_status": ("未知状态；可用：{choices}", "unknown status; use one of {choices}"),
    "tv.unknown_variant": (
        "项目中没有这个版本；现有版本：{choices}",
        "the project has no such variant; its variants: {choices}",
    ),
    "tv.bad_link": ("不是网页链接（http:// 或 https://）", "not a web link (http:// or https://)"),
    "tv.control_chars": ("含有控制字符", "holds control characters"),
    "tv.formula": (
        "以“{sign}”开头，导出后会被表格软件当作公式执行",
        "starts with “{sign}”, which spreadsheets run as a formula when exported",
    ),
    "tv.too_long": ("超过 {limit} 个字符", "is longer than {limit} characters"),
    "tv.too_many": ("一个项目最多 {limit} 位达人", "a project holds at most {limit} creators"),
    "tv.not_found": ("没有名为“{value}”的达人", "no creator called “{value}”"),
    "ti.too_large": ("{path} 太大，不像是达人名单", "{path} is too large for a creators list"),
    "ti.unsafe": (
        "{path} 已损坏，或含有表格软件不会写入的内容，未读取",
        "{path} is damaged or holds what no spreadsheet program writes; it was not read",
    ),
    "ti.binary": ("{path} 不是 CSV 或 Excel 文件", "{path} is not a CSV or Excel file"),
    "ti.unreadable": ("无法读取 {path}：{detail}", "cannot read {path}: {detail}"),
    "ti.too_many": ("{path} 超过 {limit} 行", "{path} has more than {limit} rows"),
    "ti.field_too_long": (
        "{path}：第 {row} 行有超过 {limit} 个字符的单元格",
        "{path}: row {row} holds a cell longer than {limit} characters",
    ),
    "ti.no_name_column": (
        "{path} 没有达人昵称列（达人昵称、昵称、Name …）",
        "{path} has no column of creator names (达人昵称, 昵称, Name …)",
    ),
    "ti.empty": ("{path} 中没有达人", "{path} lists no creators"),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "talents.h.notes": "label.notes",
    "talents.h.status": "label.status",
    "tv.too_large": "stored.too_large",
    "talents.h.platform": "label.platform",
    "talents.h.variant": "label.variant",
}

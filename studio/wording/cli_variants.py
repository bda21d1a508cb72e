"""Wording of ``studio.cli.cmd_variants``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "variants.help": (
        "列出脚本的版本，或给版本改名（分配的达人和投放成绩随之保留）",
        "list a script's variants, or rename one (whatever is linked to it follows: creators, ad figures)",
    ),
    "variants.rename": ("给版本改名", "rename a variant"),
    "variants.old": ("版本现在的名称或 ID", "the variant's current name or id"),
    "variants.new": ("新名称", "its new name"),
    "variants.script": ("脚本标题或 ID（默认第一个）", "the script's title or id (default: the first)"),
    "variants.renamed": ("{path}：版本“{old}”已改名为“{new}”", "{path}: variant “{old}” renamed to “{new}”"),
    "variants.unchanged": ("{path}：“{name}”已经是这个名称", "{path}: “{name}” already has that name"),
    "variants.unknown": (
        "脚本“{script}”中没有版本“{name}”；现有版本：{known}",
        "no variant “{name}” in “{script}”; its variants: {known}",
    ),
    "variants.line": ("{mark}{name}（{id}）", "{mark}{name}  ({id})"),
    "variants.line_post": ("{mark}{name}（{id}）发布 {day}", "{mark}{name}  ({id})  post {day}"),
    "variants.post_date": (
        "设定版本的发布日期（显示在团队工作区的内容日历上）",
        "set the day a variant is to be posted (shown on the workspace calendar)",
    ),
    "variants.variant": ("版本名称或 ID", "the variant's name or id"),
    "variants.day": (
        '日期，如 2026-12-20 或 2026年12月20日；写 "" 则清除',
        'the day, e.g. 2026-12-20 or 2026年12月20日; "" clears it',
    ),
    "variants.post_set": ("{path}：版本“{name}”于 {day} 发布", "{path}: variant “{name}” posts on {day}"),
    "variants.post_cleared": (
        "{path}：版本“{name}”已无发布日期",
        "{path}: variant “{name}” has no post date now",
    ),
    "variants.bad_day": (
        "“{text}”不是有效日期；请写成 2026-12-20（或 2026/12/20、2026年12月20日）；未做任何更改",
        "“{text}” is not a day; write it as 2026-12-20 (or 2026/12/20, 2026年12月20日); nothing was changed",
    ),
    "rules.dup.variant": (
        "脚本“{where}”中的两个版本会同名：“{name}”与“{other}”（比较名称时不分大小写、全半角和首尾空格）；请给其中一个改名后再试",
        "two variants of “{where}” would share one name: “{name}” and “{other}” (names are compared "
        "ignoring case, width and spaces); rename one and try again",
    ),
    "rules.dup.shot_code": (
        "脚本“{where}”中的两个镜头会使用同一编号“{name}”（与“{other}”）；请给其中一个换个编号",
        "two shots of “{where}” would share the code “{name}” (and “{other}”); give one another code",
    ),
    "rules.dup.alternative_label": (
        "段落“{where}”中的两个方案会使用同一标签“{name}”（与“{other}”）；请给其中一个换个标签",
        "two alternatives of beat “{where}” would share the label “{name}” (and “{other}”); give one "
        "another label",
    ),
    "rules.empty": ("{what}需要名称，请填写名称", "a {what} needs a name; give it one"),
    "rules.dangling": (
        "{what}指向的“{key}”不在项目中；请从项目现有的版本中选择",
        "a {what} refers to “{key}”, which is not in the project; pick one of the project's variants",
    ),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "variants.actions": "talents.actions",
    "rules.what.variant": "what.variant",
    "rules.what.creator": "what.talent",
}

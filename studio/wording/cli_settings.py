"""Wording of ``studio.cli.cmd_settings``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "help.set": (
        "修改项目的标题、产品、品牌、平台、商品类别或画幅，或某个版本的画幅（一步完成）",
        "change the project's title, product, brand, platform, category or frame format, or a variant's "
        "frame format (one step)",
    ),
    "help.product": ("视频卖的产品", "what the video sells"),
    "help.brand": ("产品的品牌", "the product's brand"),
    "help.platform": (
        "平台预设（安全区、货币和帧率随之改变）：{choices}",
        "platform preset (safe areas, currency and frame rate follow it): {choices}",
    ),
    "help.format": (
        "视频画幅（{choices}）；画面保留各自的裁切",
        "frame format of the videos ({choices}); pictures keep their crop",
    ),
    "help.set_variant": (
        "为该版本（名称或编号）单独设定 --format；--format same 恢复为跟随项目",
        "give this variant (name or id) its own --format; --format same gives it the project's again",
    ),
    "set.nothing": (
        "没有要修改的内容：请给出 --title、--product、--brand、--platform、--category、--format、--currency、--sponsored 或 "
        "--crop",
        "nothing to set: give --title, --product, --brand, --platform, --category, --format, --currency, "
        "--sponsored or --crop",
    ),
    "set.variant_needs_format": (
        "--variant 用于设定版本的画幅：请同时给出 --format（例如 --format 16:9，或 --format same）",
        "--variant sets a variant's frame format: give --format too (e.g. --format 16:9, or --format same)",
    ),
    "set.unknown_format": (
        "没有画幅 {name!r}；可选：{choices}",
        "unknown frame format {name!r}; choose one of: {choices}",
    ),
    "set.same_as_project": ("跟随项目", "same as project"),
    "set.variant_changed": (
        "版本 {variant}：{field}：{old} → {new}",
        "Variant {variant}: {field}: {old} → {new}",
    ),
    "help.crop": (
        "镜头的裁切（在任何画幅下都保留）：镜头号=fit、镜头号=fill 或 镜头号=box:左,上,宽,高（画面的百分比）；可重复",
        "a shot's crop, kept in every frame format: CODE=fit, CODE=fill or CODE=box:LEFT,TOP,WIDTH,HEIGHT "
        "(percent of the picture); repeatable",
    ),
    "set.bad_crop": (
        "{text!r} 不是有效的裁切；请写 镜头号=fit、镜头号=fill 或 镜头号=box:10,20,50,40（左、上、宽、高，画面的百分比，须在画面之内）",
        "{text!r} is not a crop; write CODE=fit, CODE=fill or CODE=box:10,20,50,40 (left, top, width, "
        "height in percent, inside the picture)",
    ),
    "set.crop_changed": ("镜头 {code}：裁切：{old} → {new}", "Shot {code}: crop: {old} → {new}"),
    "info.sponsored": ("付费推广", "Paid promotion"),
    "help.sponsored": (
        "yes：视频属于付费推广，指南会要求加上平台的广告标识；no：不是",
        "yes: the videos are paid promotion, so the guide asks for the platform's ad label; no: they are not",
    ),
    "set.yes": ("是", "yes"),
    "set.bad_yes_no": (
        "{option} 只接受 yes 或 no，不能是 {value!r}",
        "{option} takes yes or no, not {value!r}",
    ),
    "set.no": ("否", "no"),
    "help.currency": (
        "达人费用与成绩的币种（CNY、USD、EUR … 或 人民币、美元）；'' 表示随平台",
        "the currency of creators' fees and results (CNY, USD, EUR … or 人民币, 美元); '' follows the platform",
    ),
    "set.unknown_currency": (
        "没有币种 {name!r}；可选：{choices}",
        "unknown currency {name!r}; choose one of: {choices}",
    ),
    "set.unchanged": ("{path}：已经是这些设置，未作修改", "{path}: already set that way, nothing changed"),
    "set.changed": ("{field}：{old} → {new}", "{field}: {old} → {new}"),
    "set.written": ("{path}：已修改 {count} 项设置", "{path}: {count} setting(s) changed"),
    "set.empty": ("（空）", "(empty)"),
    "info.category": ("商品类别", "Category"),
    "set.unknown_platform": (
        "没有平台 {name!r}；可选：{choices}",
        "unknown platform {name!r}; choose one of: {choices}",
    ),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "info.currency": "label.currency",
    "info.frame_format": "label.frame_format",
}

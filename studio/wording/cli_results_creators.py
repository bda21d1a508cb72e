"""Wording of ``studio.cli.results_creators``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "help.results_by": (
        "比较脚本的各版本（默认），或比较项目的达人以及合并达人后的各版本",
        "compare the script's variants (default) or the project's creators and the variants across them",
    ),
    "rc.none": (
        "还没有达人；可用 'studio talents FILE add --name …' 或在窗口的“达人”标签页添加",
        "no creators yet; add them with 'studio talents FILE add --name …' or in the window's Creators tab",
    ),
    "rc.creators": (
        "达人（共 {count} 位：{done} 位有数据，{pending} 位待出结果）",
        "Creators ({count}: {done} with results, {pending} pending)",
    ),
    "rc.variants": ("各版本（合并达人）", "Variants across creators"),
    "rc.pending": ("待出结果，尚无数据", "pending, no results yet"),
    "rc.no_creator": ("尚无达人", "no creator yet"),
    "rc.no_variant": ("（未分配版本）", "(no variant)"),
    "rc.cvr": ("播放转化率", "Conversions per play"),
    "rc.gpm": ("千次播放成交额", "GMV per 1,000 plays"),
    "rc.share": ("成交占比", "share of GMV"),
    "rc.cpm": ("千次播放成本", "per 1,000 plays"),
    "rc.per_order": ("单均成本", "per order"),
    "rc.roi": ("ROI（GMV/费用）", "ROI (GMV / cost)"),
    "rc.no_cost": ("未填写费用或佣金", "no fee or commission entered"),
    "rc.group": ("有数据的达人：{count} 位", "creators with results: {count}"),
    "rc.group_pending": (
        "有数据的达人：{count} 位，待出结果：{pending} 位",
        "creators with results: {count}, pending: {pending}",
    ),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "rc.cost": "label.cost",
}

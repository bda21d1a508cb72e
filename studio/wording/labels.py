"""Labels both fronts show: the CLI's table headers and the window's form rows and columns.

Key -> (Chinese, English). A label the window shows in only one place stays in its .ts (widget text);
one the CLI prints too lives here once.
"""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "label.brand": ("品牌", "Brand"),
    "label.cost": ("费用", "Cost"),
    "label.currency": ("币种", "Currency"),
    "label.frame_format": ("画幅", "Frame format"),
    "label.language": ("语言", "Language"),
    "label.not_set": ("未设置", "not set"),
    "label.notes": ("备注", "Notes"),
    "label.nothing": ("无", "nothing"),
    "label.platform": ("平台", "Platform"),
    "label.product": ("产品", "Product"),
    "label.seconds": ("{n} 秒", "{n} s"),
    "label.snapshots": ("快照", "Snapshots"),
    "label.status": ("状态", "Status"),
    "label.title": ("标题", "Title"),
    "label.variant": ("版本", "Variant"),
}

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
    "label.angle": ("角度", "Angle"),
    "label.beat": ("段落", "Beat"),
    "label.camera_move": ("运镜", "Camera move"),
    "label.caption": ("字幕", "Caption"),
    "label.creator": ("达人", "Creator"),
    "label.creators": ("达人", "Creators"),
    "label.creators_compared": ("达人对比", "Creators compared"),
    "label.cta": ("行动号召", "Call to action"),
    "label.duration": ("时长（秒）", "Duration (s)"),
    "label.hashtags": ("话题标签", "Hashtags"),
    "label.hypothesis": ("假设", "Hypothesis"),
    "label.length": ("时长", "Length"),
    "label.lens": ("镜头焦段", "Lens"),
    "label.location": ("场景", "Location"),
    "label.onscreen_text": ("字幕", "On-screen text"),
    "label.post_by": ("发布期限", "Post by"),
    "label.props": ("道具", "Props"),
    "label.setting": ("内/外景", "Int./ext."),
    "label.setup": ("机位号", "Set-up"),
    "label.shot_size": ("景别", "Shot size"),
    "label.shots": ("镜头数", "Shots"),
    "label.talent": ("演员", "Talent"),
    "label.time_of_day": ("日/夜", "Day/night"),
    "label.variable": ("测试变量", "Variable under test"),
    "label.visual": ("画面内容", "Visual"),
    "label.voiceover": ("台词/口播", "Voice-over"),
    "label.hand_in": ("交稿", "Hand in"),
    "label.product_link": ("商品链接", "Product link"),
    "label.voiceover_short": ("口播", "Voice-over"),
}

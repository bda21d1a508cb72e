"""Wording of the team workspace: calendar kinds, library kinds, the report's dimensions, metrics and devices.

Key -> (Chinese, English).
"""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "team.calendar.shoot": ("拍摄", "Shoot"),
    "team.calendar.hand_in": ("交稿", "Hand-in"),
    "team.calendar.post": ("发布", "Post"),
    "team.calendar.post_variant": ("版本发布", "Variant post"),
    "team.calendar.deadline": ("优惠截止", "Offer ends"),
    "team.calendar.phase": ("大促节点", "Campaign phase"),
    "team.library.win_line": ("胜出台词", "Winning line"),
    "team.library.lose_line": ("落后台词", "Losing line"),
    "team.library.signature_shot": ("标志镜头", "Signature shot"),
    "team.library.banned_word": ("禁用词", "Banned word"),
    "team.dimension.hook_device": ("钩子手法", "Hook device"),
    "team.dimension.cta_device": ("行动号召手法", "CTA device"),
    "team.dimension.structure": ("结构", "Structure"),
    "team.metric.view_3s_rate": ("3秒播放率", "3 s view rate"),
    "team.metric.completion_rate": ("完播率", "completion rate"),
    "team.metric.ctr": ("点击率", "CTR"),
    "team.metric.cvr": ("转化率", "conversion rate"),
    "team.value.price": ("价格刺激", "price-stimulus"),
    "team.value.coupon": ("领券", "coupon"),
    "team.value.limited_time": ("限时", "limited-time"),
    "team.value.gift": ("赠品", "gift"),
    "team.value.live": ("直播间", "live-stream"),
    "team.value.comment": ("评论互动", "comment"),
    "team.value.follow": ("关注", "follow"),
    "team.value.link": ("链接/购物车", "link"),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "team.dimension.category": "label.category",
    "team.dimension.template": "label.template",
    "team.dimension.length_band": "label.length",
    "team.dimension.platform": "label.platform",
    "team.value.question": "teardown.device.question",
    "team.value.conflict": "teardown.device.conflict",
    "team.value.number": "teardown.device.number",
    "team.value.none": "teardown.none",
}

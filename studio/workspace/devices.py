"""A line's device (price stimulus, question ...) and a video's length band, as the report pools them."""

from __future__ import annotations

import re

from studio.guide.text.textscan import hook_devices

#: When a hook carries several devices, the one it is pooled under (the strongest pull first).
HOOK_ORDER = ("price", "conflict", "question", "number")
#: CTA devices by their cue words (Chinese anywhere, English as words); first match wins.
CTA_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("coupon", ("券", "优惠", "coupon", "discount", "code")),
    ("limited_time", ("限时", "今天", "今晚", "最后", "倒计时", "仅剩", "限量", "today", "tonight", "last chance", "only")),
    ("gift", ("送", "赠", "gift", "free")),
    ("live", ("直播", "live")),
    ("comment", ("评论", "留言", "comment")),
    ("follow", ("关注", "follow")),
    ("link", ("链接", "购物车", "小黄车", "下单", "点击", "link", "cart", "tap", "buy", "shop")),
)  # fmt: skip
#: Length bands (upper bound in seconds, label), as short-video platforms count them.
BANDS = ((15.0, "0-15s"), (30.0, "15-30s"), (60.0, "30-60s"), (float("inf"), "60s+"))
NONE = "none"


def hook_device(text: str) -> str:
    """The device a hook line is pooled under, or ``none``."""
    found = hook_devices(text) if text else frozenset()
    for name in HOOK_ORDER:
        if name in found:
            return name
    return sorted(found)[0] if found else NONE


def cta_device(text: str) -> str:
    """The device a call to action uses, or ``none``."""
    low = text.casefold()
    for name, cues in CTA_CUES:
        for cue in cues:
            if cue.isascii():
                if re.search(rf"\b{re.escape(cue)}\b", low):
                    return name
            elif cue in text:
                return name
    return NONE


def length_band(seconds: float) -> str:
    """The band a video of ``seconds`` falls in."""
    return next(label for top, label in BANDS if seconds < top)

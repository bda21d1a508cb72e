"""Where a creator (达人) posts: the app's video presets plus the platforms creator rosters name.

A creator's platform only says where their account is; it needs no frame or safe area, so the
platforms here that are not presets (小红书, B站, 微博 …) get no video preset and a creator brief for
them keeps the project's frame. Their names are catalogue entries, as the status labels are.
"""

from __future__ import annotations

from studio.models.platforms import PRESETS
from studio.wording import pair

#: The platforms, in the order lists show them: the presets first.
PLATFORM_IDS = ("douyin", "kuaishou", "wechat_channels", "tiktok", "reels", "shorts", "xiaohongshu", "bilibili",
                "weibo", "zhihu", "taobao", "youtube", "instagram")  # fmt: skip
#: Platform id -> (Chinese name, English name): vocab.platform.<id> in resources/wording/models_vocab.json.
#: The names are shown and also recognised (with the synonyms below) in what people type.
CREATOR_PLATFORMS: dict[str, tuple[str, str]] = {pid: pair(f"vocab.platform.{pid}") for pid in PLATFORM_IDS}
assert set(PRESETS) <= set(CREATOR_PLATFORMS), "every video preset is a creator platform"

#: What people type in rosters for each platform (matched without case or spaces), besides its names.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "douyin": ("抖音号", "抖音达人", "dy", "douyin"),
    "kuaishou": ("快手号", "ks", "kwai", "kuaishou"),
    "wechat_channels": ("微信视频号", "微信", "wechat", "channels", "weixin channels", "wechat_channels"),
    "tiktok": ("tk", "tik tok", "抖音国际版"),
    "reels": ("reels", "ig reels", "instagram reels"),
    "shorts": ("shorts", "youtube shorts", "yt shorts"),
    "xiaohongshu": ("小红书", "红书", "小红薯", "red", "rednote", "xhs", "xiaohongshu", "little red book"),
    "bilibili": ("b站", "哔哩哔哩", "哔哩", "bilibili", "bili", "b 站"),
    "weibo": ("新浪微博", "sina weibo", "weibo"),
    "zhihu": ("zhihu",),
    "taobao": ("淘宝直播", "点淘", "淘宝逛逛", "taobao live", "taobao"),
    "youtube": ("油管", "yt", "youtube"),
    "instagram": ("ins", "ig", "insta", "instagram"),
}


def _key(text: str) -> str:
    """A word as looked up: no case, no spaces (rosters write 'B 站', 'Tik Tok', 'XHS')."""
    return "".join(text.split()).casefold()


def _words() -> dict[str, str]:
    words: dict[str, str] = {}
    for pid, (zh, en) in CREATOR_PLATFORMS.items():
        for word in (pid, zh, en, *_SYNONYMS.get(pid, ())):
            words.setdefault(_key(word), pid)
    return words


#: Every word for a platform (its id, its names, the synonyms), keyed by :func:`_key`.
WORDS: dict[str, str] = _words()


def platform_id(text: str) -> str | None:
    """The platform a word names ('小红书', 'RED', 'xhs', 'B站', '视频号' …), or None."""
    return WORDS.get(_key(text))


def platform_label(pid: str, lang: str) -> str:
    """A platform's name in ``lang`` ('zh' or 'en'); an unknown id is shown as it is."""
    zh, en = CREATOR_PLATFORMS.get(pid, (pid, pid))
    return zh if lang == "zh" else en

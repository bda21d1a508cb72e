"""Which report column holds what: header names as six ad platforms export them, in zh and en.

Each platform has a profile: for every field, the names its reports use, best first. The
names come from the platforms' own report and API field lists (巨量引擎 names its columns
"展现数据-点击数", i.e. a group and a metric; TikTok and Meta tell destination clicks from all
clicks). A header is first reduced to its metric (a group prefix of Chinese words is dropped),
then compared without case, spaces and brackets. Names no profile knows fall back to
keywords, and a rate or a unit cost ("点击率", "转化成本", "CPM") never counts as a count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from studio.wording import say_in

#: Every field a column can map to. The two rates stand in for a count the report lacks
#: (千川 and 磁力金牛 export "3秒播放率" and "完播率" but no counts): count = rate × plays.
FIELDS = (
    "variant",
    "impressions",
    "plays",
    "views_3s",
    "completions",
    "clicks",
    "conversions",
    "spend",
    "gmv",
    "views_3s_rate",
    "completion_rate",
)
#: Whole counts of events.
COUNTS = ("impressions", "plays", "views_3s", "completions", "clicks", "conversions")
#: Amounts of money in the report's currency.
MONEY = ("spend", "gmv")
#: Rate field -> the count it stands in for.
RATE_OF = {"views_3s_rate": "views_3s", "completion_rate": "completions"}


@dataclass(frozen=True)
class Profile:
    """One platform's report: its names and, per field, the column names it uses (best first)."""

    #: Also names it: profile.<key> in resources/wording/imports_words.json.
    key: str
    names: dict[str, tuple[str, ...]]

    def label(self, lang: str) -> str:
        """The platform's name in 'zh' or 'en'."""
        return say_in(lang, f"profile.{self.key}")


_VARIANT_COMMON = ("素材名称", "创意名称", "广告名称", "计划名称", "视频名称", "Ad name", "Creative name")

PROFILES: tuple[Profile, ...] = (
    Profile(
        "oceanengine",
        {
            "variant": ("计划名称", "广告名称", "素材名称", "创意名称", "视频名称"),
            "impressions": ("展示数", "展现数", "展示次数"),
            "plays": ("播放数", "总播放数", "视频播放数"),
            "views_3s": ("3秒播放数", "3s播放数"),
            "completions": ("播放完成数", "完播数", "99%进度播放数", "100%进度播放数"),
            "clicks": ("点击数", "点击次数"),
            "conversions": ("转化数", "成交订单数"),
            "spend": ("总花费", "消耗", "花费"),
            "gmv": ("鲁班订单金额", "成交订单金额", "成交金额", "直播间订单金额"),
            "views_3s_rate": ("3秒播放率", "3s播放率"),
            "completion_rate": ("播完率", "完播率"),
        },
    ),
    Profile(
        "qianchuan",
        {
            "variant": ("素材名称", "全域素材视频名称", "计划名称", "视频名称"),
            "impressions": ("整体展现次数", "展示数", "展示次数"),
            "plays": ("视频播放数", "播放数"),
            "views_3s": ("3s播放数", "3秒播放数", "3秒播放次数"),
            "completions": ("播放完成数", "视频完播数", "完播数"),
            "clicks": ("整体点击次数", "点击数", "点击次数"),
            "conversions": ("整体成交订单数", "成交订单数", "下单订单数", "转化数"),
            "spend": ("整体消耗", "消耗"),
            "gmv": ("整体成交金额", "成交订单金额", "成交金额", "下单成交金额"),
            "views_3s_rate": ("3秒播放率", "3s播放率"),
            "completion_rate": ("视频完播率", "完播率"),
        },
    ),
    Profile(
        "kuaishou",
        {
            "variant": ("创意名称", "计划名称", "素材名称", "广告组名称"),
            # Cover impressions are what the viewer saw in the feed; a material impression is the
            # video itself on screen (a play); the action-bar click (行为数) leads to the shop.
            "impressions": ("封面曝光数",),
            "plays": ("素材曝光数",),
            "views_3s": ("有效播放数", "3s播放数"),
            "completions": ("完播数",),
            "clicks": ("行为数",),
            "conversions": ("支付订单数", "订单数", "商品成交数", "转化数"),
            "spend": ("花费", "花费（元）", "消耗"),
            "gmv": ("GMV", "成交金额", "付款成功金额"),
            "views_3s_rate": ("3s播放率", "3秒播放率"),
            "completion_rate": ("完播率",),
        },
    ),
    Profile(
        "tencent",
        {
            "variant": ("广告名称", "创意名称", "计划名称", "素材名称"),
            "impressions": ("曝光次数", "曝光量"),
            "plays": ("视频播放次数", "视频有效播放次数"),
            "views_3s": ("3s播放完成次数", "3秒播放次数"),
            "completions": ("100%进度播放次数", "视频完播次数"),
            "clicks": ("点击次数", "点击量"),
            "conversions": ("下单次数", "下单量", "付费次数", "目标转化量"),
            "spend": ("花费", "消耗"),
            "gmv": ("下单金额", "付费金额"),
            "views_3s_rate": ("3s播放完成率",),
            "completion_rate": ("完播率",),
        },
    ),
    Profile(
        "tiktok",
        {
            "variant": ("Ad name", "广告名称", "创意素材", "Creative", "Video name"),
            "impressions": ("Impressions", "展示次数", "展示量", "商品广告曝光数"),
            "plays": ("Video views", "视频播放量", "视频播放次数"),
            "views_3s": ("3-second video views",),
            "completions": ("Video views at 100%", "100%视频播放量", "视频完播量"),
            "clicks": (
                "Clicks (destination)",
                "点击量（目标页面）",
                "点击次数（目标页面）",
                "商品广告点击数",
                "Clicks",
                "Clicks (all)",
                "点击量（全部）",
            ),
            "conversions": ("Complete payment", "Purchases", "SKU 订单数", "Conversions", "转化数"),
            "spend": ("Cost", "Total Cost", "成本", "花费"),
            "gmv": ("Total complete payment value", "Total purchase value", "Gross revenue", "总收入"),
            "views_3s_rate": (),
            "completion_rate": ("广告视频完播率", "视频完播率"),
        },
    ),
    Profile(
        "meta",
        {
            "variant": ("Ad name", "广告名称", "Ad set name"),
            "impressions": ("Impressions", "展示次数"),
            "plays": ("Video plays", "视频播放次数"),
            "views_3s": ("3-second video plays", "3 秒视频播放次数"),
            # A ThruPlay is a play to the end or to 15 s, whichever comes first: on a 30 s video it
            # overstates completion, so it is used only when a report has no 100 % column.
            "completions": ("Video plays at 100%", "视频播放进度 100% 的次数", "ThruPlays"),
            "clicks": ("Link clicks", "链接点击量", "Outbound clicks", "Clicks (all)", "点击量（全部）"),
            "conversions": ("Purchases", "购物次数", "Results", "成效"),
            "spend": ("Amount spent", "已花费金额"),
            "gmv": ("Purchases conversion value", "Purchase conversion value", "购物转化价值"),
            "views_3s_rate": (),
            "completion_rate": (),
        },
    ),
)


#: Names that say a click counted every tap (likes, profile visits ...), not the way to the shop.
ALL_CLICKS = ("clicksall", "点击量全部", "点击次数全部", "全部点击")
#: Names that would be misread as plays but are not (a ThruPlay is a completion proxy; 巨量引擎's
#: 有效播放 is a play of 10 s or more; 2 s and 6 s views are not 3 s views).
NOT_PLAYS = (
    "thruplay",
    "有效播放",
    "2secondvideo",
    "6secondvideo",
    "2秒",
    "6秒",
    "5秒",
    "10秒",
    "2s播放",
    "5s播放",
)

# --- header normalisation -----------------------------------------------------------------------

_GROUP_SEP = re.compile(r"^(?P<group>[\u4e00-\u9fff（）()]+?)\s*[-－—–>|｜:：]\s*(?P<leaf>.+)$")
_CURRENCY = re.compile(r"[(（]\s*(usd|cny|rmb|eur|gbp|jpy|元|美元|人民币)\s*[)）]", re.IGNORECASE)
_JUNK = re.compile(r"[\s_()（）:：/\-·.\[\]【】\"'’]+")


def leaf(header: str) -> str:
    """The metric part of a grouped header: "展现数据-点击数" -> "点击数" (English is left whole)."""
    match = _GROUP_SEP.match(header.strip())
    if match and re.search(r"[\u4e00-\u9fff]", match["leaf"]):
        return match["leaf"].strip()
    return header.strip()


def norm(header: str) -> str:
    """A header compared loosely: metric part, no currency tag, no case, spaces or brackets."""
    return _JUNK.sub("", _CURRENCY.sub("", leaf(header)).casefold())


# --- keyword fallback ---------------------------------------------------------------------------

#: Marks a derived column (a rate, a unit cost, an average, a share), never a count or an amount.
_DERIVED = ("率", "成本", "单价", "平均", "均价", "占比", "rate", "ctr", "cvr", "cpa", "cpm", "cpc",
            "costper", "per", "avg", "average", "roi", "roas", "频次", "frequency", "%")  # fmt: skip

#: Field -> keywords that name it, tried in this order (the first field whose keyword is found wins).
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "gmv",
        (
            "gmv",
            "成交金额",
            "订单金额",
            "支付金额",
            "下单金额",
            "付款金额",
            "conversionvalue",
            "purchasevalue",
            "paymentvalue",
            "revenue",
            "sales",
            "收入",
            "销售额",
        ),
    ),
    ("spend", ("消耗", "花费", "spend", "amountspent", "totalcost")),
    ("views_3s", ("3秒播放", "3s播放", "3secondvideo", "3secondviews", "3sviews", "3秒有效播放")),
    (
        "completions",
        (
            "完播数",
            "完播次数",
            "播放完成",
            "完整播放",
            "100%",
            "videocompletions",
            "completedviews",
            "completions",
        ),
    ),
    ("plays", ("播放数", "播放次数", "播放量", "videoplays", "videoviews", "plays")),
    ("impressions", ("展示", "曝光", "展现", "impressions", "impr")),
    ("clicks", ("点击", "clicks", "linkclicks")),
    ("conversions", ("转化", "成交", "订单", "conversions", "purchases", "orders", "results")),
)
_VARIANT_WORDS = ("素材", "创意", "视频名称", "计划名称", "广告名称", "adname", "creative", "variant", "版本")
_RATE_KEYWORDS = {
    "views_3s_rate": ("3秒播放率", "3s播放率", "3秒播放完成率", "3s播放完成率"),
    "completion_rate": ("完播率", "播完率", "完成率", "videocompletionrate"),
}


def _keyword_field(h: str) -> str | None:
    named = h in ("ad", "name") or any(
        h == _norm_plain(w) or h.startswith(_norm_plain(w)) for w in _VARIANT_WORDS
    )
    if named and not any(d in h for d in _DERIVED) and not h.endswith(("id", "数", "量")):
        return "variant"
    for rate, rate_words in _RATE_KEYWORDS.items():
        if any(_norm_plain(w) in h for w in rate_words):
            return rate
    for name, words in _KEYWORDS:
        if name == "completions" and "100%" in h and not h.endswith("率"):
            return name
        if any(_norm_plain(w) in h for w in words):
            if any(d in h for d in _DERIVED):
                return None
            if name == "plays" and any(n in h for n in NOT_PLAYS):
                return None
            return name
    return None


def _norm_plain(text: str) -> str:
    return _JUNK.sub("", text.casefold())


# --- choosing columns ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A column that could hold a field, with how good a match it is (lower rank is better)."""

    field: str
    column: int
    rank: int


def candidates(header: str, column: int, profile: Profile | None) -> list[Candidate]:
    """Every field a header may hold: exact platform names first, then keywords."""
    h = norm(header)
    if not h:
        return []
    found: list[Candidate] = []
    profiles = [profile] if profile is not None else list(PROFILES)
    for p in profiles:
        for name, names in p.names.items():
            for rank, known in enumerate(names):
                if h == norm(known):
                    found.append(Candidate(name, column, rank))
                    break
    if h in [norm(n) for n in _VARIANT_COMMON]:
        found.append(Candidate("variant", column, 50))
    if not found:
        guessed = _keyword_field(h)
        if guessed is not None:
            rank = 90 if any(a in h for a in ALL_CLICKS) else 60
            found.append(Candidate(guessed, column, rank))
    return found


def detect(headers: Sequence[str]) -> Profile | None:
    """The platform whose known names cover the most headers (at least three), else None."""
    best: tuple[int, Profile | None] = (2, None)
    normed = {norm(h) for h in headers}
    for p in PROFILES:
        known = {norm(n) for names in p.names.values() for n in names}
        hits = len(normed & known)
        if hits > best[0]:
            best = (hits, p)
    return best[1]


def guess(headers: Sequence[str], profile: Profile | None = None) -> dict[str, int]:
    """Field -> column index, the best-ranked column per field; a column serves one field."""
    if profile is None:
        profile = detect(headers)
    pool: list[Candidate] = []
    for i, header in enumerate(headers):
        pool.extend(candidates(header, i, profile))
        if profile is not None and not any(c.column == i for c in pool):
            pool.extend(c for c in candidates(header, i, None) if c.rank >= 50)
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for c in sorted(pool, key=lambda c: (c.rank, c.column)):
        if c.field not in mapping and c.column not in used:
            mapping[c.field] = c.column
            used.add(c.column)
    return {f: mapping[f] for f in FIELDS if f in mapping}


def field_of(header: str) -> str | None:
    """The field a header alone names, or None (rates and unit costs never map to counts)."""
    found = candidates(header, 0, None)
    return min(found, key=lambda c: c.rank).field if found else None

"""A creator's deal: tier, deal type, fee and commission, deliverables' dates, usage rights, exclusivity.

The values live on :class:`studio.models.brief.Creator` (money in the project currency's minor units,
the commission in basis points, dates as ISO ``YYYY-MM-DD`` text). This module reads them from what
people type, works out what a creator costs, and lists what is due (:func:`due_items`): the same
functions serve the window, ``studio creators`` and whoever plans with the dates (the workspace).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from studio.models.errors import ModelError
from studio.models.fields import ABSENT, BadValue, Kind, WrongKind
from studio.models.money import WHOLE_BP, commission, platform_currency, to_minor
from studio.wording import pair

#: Creator tiers, largest first: 头部, 肩部, 腰部, 尾部, KOC, 素人.
TIERS = ("top", "upper", "mid", "micro", "koc", "amateur")
#: Deal types: 一口价 (a flat fee), CPS (commission on sales), 保底+佣金 (guaranteed plays plus commission).
DEALS = ("flat", "cps", "guaranteed")
#: The deal fields in the order forms, files and the CLI show them.
DEAL_FIELDS = (
    "tier",
    "deal",
    "fee",
    "commission",
    "guaranteed_plays",
    "deliverables",
    "draft_due",
    "draft_in",
    "final_due",
    "post_due",
    "rights_platforms",
    "paid_ads",
    "rights_until",
    "exclusive_days",
)
#: Fields holding a date.
DATE_FIELDS = ("draft_due", "draft_in", "final_due", "post_due", "rights_until")
#: Earliest and latest year a deal's date may have (a 1900 date is an empty spreadsheet cell).
YEARS = (2000, 2100)
#: Days ahead that a post counts as due and rights as expiring.
DUE_DAYS = 3
EXPIRY_DAYS = 14
#: Longest exclusivity accepted, in days (ten years).
MAX_EXCLUSIVE_DAYS = 3660

#: Words people write for a tier -> the tier (with agencies' grades S/A/B/C).
TIER_WORDS: dict[str, str] = {
    **{t: t for t in TIERS},
    "头部": "top", "头部达人": "top", "s": "top", "s级": "top", "kol": "top", "mega": "top", "macro": "top",
    "肩部": "upper", "肩部达人": "upper", "a": "upper", "a级": "upper", "upper-mid": "upper",
    "腰部": "mid", "腰部达人": "mid", "b": "mid", "b级": "mid", "mid-tier": "mid",
    "尾部": "micro", "尾部达人": "micro", "c": "micro", "c级": "micro", "小达人": "micro",
    "koc": "koc", "nano": "koc", "素人": "amateur", "素人达人": "amateur", "ugc": "amateur",
}  # fmt: skip
#: Tier labels (Chinese, English): vocab.tier.<tier> in resources/wording/models_vocab.json.
TIER_LABELS: dict[str, tuple[str, str]] = {t: pair(f"vocab.tier.{t}") for t in TIERS}
#: Words people write for a deal type -> the deal type.
DEAL_WORDS: dict[str, str] = {
    **{d: d for d in DEALS},
    "一口价": "flat", "固定费用": "flat", "固定价": "flat", "纯坑位": "flat", "坑位费": "flat", "买断": "flat",
    "flat fee": "flat", "fixed": "flat", "fixed fee": "flat",
    "纯佣": "cps", "纯佣金": "cps", "佣金": "cps", "cps佣金": "cps", "坑位+佣金": "cps", "坑位费+佣金": "cps",
    "commission": "cps", "cps commission": "cps",
    "保底": "guaranteed", "保量": "guaranteed", "保播放": "guaranteed", "保底+佣金": "guaranteed",
    "保量+佣金": "guaranteed", "保播放+佣金": "guaranteed", "guarantee": "guaranteed",
    "guaranteed plays": "guaranteed", "guaranteed plays + commission": "guaranteed",
}  # fmt: skip
#: Deal labels (Chinese, English): vocab.deal.<deal> in resources/wording/models_vocab.json.
DEAL_LABELS: dict[str, tuple[str, str]] = {d: pair(f"vocab.deal.{d}") for d in DEALS}
#: Words for yes/no (投流授权: 是/否).
YES = ("是", "有", "可", "可以", "允许", "授权", "已授权", "yes", "y", "true", "1", "✓", "√", "allowed")
NO = ("否", "无", "不", "不可", "不可以", "不允许", "未授权", "no", "n", "false", "0", "✗", "×", "")

_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T].*)?$")
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_DAYS = re.compile(r"^(\d+)\s*(天|日|days?|d|个月|月|months?|周|weeks?|年|years?)?$", re.IGNORECASE)


class DealValueError(ModelError):
    """A deal value that cannot be used: ``field``, ``reason`` code, the text and the facts.

    Reasons: bad_date, ambiguous_date, date_range, unknown_tier, unknown_deal, not_yes_no, not_days, days_too_long.
    """

    def __init__(self, field: str, reason: str, value: str = "", **facts: object) -> None:
        super().__init__(f"{field}: {reason} {value!r} {facts}")
        self.field, self.reason, self.value, self.facts = field, reason, value, facts


class Day(Kind):
    """A calendar date kept as ISO text ("2026-12-20"), or "" for none; anything else loads as ""."""

    def check(self, name: str, value: Any) -> Any:
        from studio.models.errors import InvalidValueError

        if value == "":
            return ""
        if not isinstance(value, str) or _iso(value) is None:
            raise InvalidValueError(name, value)
        return value

    def load(self, value: Any, default: Any) -> Any:
        if value is None or value == "" or not isinstance(value, str):
            return default
        if _iso(value) is None:
            raise BadValue("bad_date", value=value)
        return value


class Rate(Kind):
    """A rate in basis points, 0 to 10000 (100 %)."""

    def check(self, name: str, value: Any) -> Any:
        from studio.models.errors import InvalidValueError

        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= WHOLE_BP:
            raise InvalidValueError(name, value)
        return value

    def load(self, value: Any, default: Any) -> Any:
        if value is ABSENT or value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            raise WrongKind("count", value)
        if not 0 <= value <= WHOLE_BP:
            raise BadValue("rate_range", value=value)
        return value


def _iso(text: str) -> dt.date | None:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return day if YEARS[0] <= day.year <= YEARS[1] and len(text) == 10 else None


def parse_date(name: str, text: str, today: dt.date | None = None) -> str:
    """A date as people write it (2026-12-20 · 2026/12/20 · 2026年12月20日 · 12月20日 · an Excel date)
    as ISO text; a month and day alone fall in the coming year's stretch from ``today``."""
    raw = text.strip()
    if not raw:
        return ""
    m = _DATE.match(raw)
    west = _DAY_MONTH_YEAR.match(raw)
    if m is not None:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif west is not None:  # 12/28/2026 or 28/12/2026: only when the day tells which is which
        first, second, year = int(west[1]), int(west[2]), int(west[3])
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        else:
            raise DealValueError(name, "ambiguous_date", raw)
    else:
        md = _MONTH_DAY.match(raw)
        if md is None:
            raise DealValueError(name, "bad_date", raw)
        ref = today or dt.date.today()
        year, month, day = ref.year, int(md[1]), int(md[2])
        try:  # a month long past is next year's (in December, "1月5日" is January's)
            if (ref - dt.date(year, month, day)).days > 180:
                year += 1
        except ValueError:
            raise DealValueError(name, "bad_date", raw) from None
    if not YEARS[0] <= year <= YEARS[1]:
        raise DealValueError(name, "date_range", raw, low=YEARS[0], high=YEARS[1])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise DealValueError(name, "bad_date", raw) from None


def parse_word(name: str, text: str) -> str:
    """A tier or a deal type from a word people write (头部 · 腰部 · KOC · 一口价 · CPS · 保底+佣金)."""
    value = " ".join(text.split()).casefold().replace("＋", "+")
    if not value:
        return ""
    words, labels = (TIER_WORDS, TIER_LABELS) if name == "tier" else (DEAL_WORDS, DEAL_LABELS)
    found = words.get(value) or words.get(value.replace(" ", ""))
    if found is None:
        found = next((k for k, (zh, en) in labels.items() if value in (zh.casefold(), en.casefold())), None)
    if found is None:
        raise DealValueError(name, f"unknown_{name}", text.strip(), choices=", ".join(labels))
    return found


def parse_flag(name: str, text: str) -> bool:
    """Yes or no (是/否, 允许/不允许, yes/no)."""
    value = text.strip().casefold()
    if value in YES:
        return True
    if value in NO:
        return False
    raise DealValueError(name, "not_yes_no", text.strip())


def parse_days(name: str, text: str) -> int:
    """A length in days: 30 · 30天 · 3个月 (90) · 2周 · 1年 (365)."""
    raw = text.strip()
    if not raw:
        return 0
    m = _DAYS.match(raw.replace(" ", ""))
    if m is None:
        raise DealValueError(name, "not_days", raw)
    unit = (m[2] or "").casefold()
    scale = 30 if unit in ("个月", "月", "month", "months") else 7 if unit in ("周", "week", "weeks") else 1
    scale = 365 if unit in ("年", "year", "years") else scale
    days = int(m[1]) * scale
    if days > MAX_EXCLUSIVE_DAYS:
        raise DealValueError(name, "days_too_long", raw, limit=MAX_EXCLUSIVE_DAYS)
    return days


def project_currency(project: Any) -> str:
    """The currency of a project's money: the one it names, else its platform's."""
    return str(getattr(project, "currency", "") or platform_currency(getattr(project, "platform", "")))


def cost(creator: Any, currency: str) -> int:
    """What a creator costs in minor units: the fee, plus the commission on their sales value (GMV)
    unless the deal is a flat fee."""
    extra = 0 if creator.deal == "flat" else commission(to_minor(creator.gmv, currency), creator.commission)
    return int(creator.fee) + extra


def exclusive_until(creator: Any) -> str:
    """The last day of the exclusivity window (posting date + days), or ""."""
    if not creator.exclusive_days or not creator.post_due:
        return ""
    return (dt.date.fromisoformat(creator.post_due) + dt.timedelta(days=creator.exclusive_days)).isoformat()


@dataclass(frozen=True)
class DueItem:
    """One thing to act on: ``kind`` (draft_late, post_due, post_late, rights_expiring), whose, the date."""

    kind: str
    name: str
    date: str
    #: Days from today to the date (negative: past).
    days: int


def due_items(creators: Any, today: dt.date | None = None) -> list[DueItem]:
    """Drafts late, posts due within :data:`DUE_DAYS` (or late) and rights expiring within
    :data:`EXPIRY_DAYS`, soonest first."""
    ref = today or dt.date.today()
    found: list[DueItem] = []
    for t in creators:
        done = t.status in ("posted", "paid")
        if t.draft_due and not t.draft_in and not done:
            days = (dt.date.fromisoformat(t.draft_due) - ref).days
            if days < 0:
                found.append(DueItem("draft_late", t.name, t.draft_due, days))
        if t.post_due and not done:
            days = (dt.date.fromisoformat(t.post_due) - ref).days
            if days <= DUE_DAYS:
                found.append(DueItem("post_late" if days < 0 else "post_due", t.name, t.post_due, days))
        if t.rights_until:
            days = (dt.date.fromisoformat(t.rights_until) - ref).days
            if 0 <= days <= EXPIRY_DAYS:
                found.append(DueItem("rights_expiring", t.name, t.rights_until, days))
    return sorted(found, key=lambda d: (d.days, d.kind, d.name))

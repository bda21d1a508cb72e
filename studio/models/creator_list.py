"""The creators list (达人矩阵): values typed or pasted by people checked and converted, and the list's edits.

The list is one persisted field of the project (``Project.creators``), so every edit here returns a
new list, which one ``set_field`` stores and one undo puts back. Reasons are codes with their facts
(:class:`CreatorValueError`); the CLI and the window put them into words.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from studio.models.brief import CREATOR_STATUSES, Creator
from studio.models.creator_platforms import CREATOR_PLATFORMS, platform_id
from studio.models.deals import (
    DATE_FIELDS,
    DEAL_FIELDS,
    DealValueError,
    parse_date,
    parse_days,
    parse_flag,
    parse_word,
)
from studio.models.entities import Project
from studio.models.errors import ModelError
from studio.models.money import MoneyError, parse_amount, parse_rate
from studio.models.rules import variant_id_for
from studio.wording import pair

#: The creator's fields the list's table shows, in its order (the deal's follow: DEAL_FIELDS).
CREATOR_FIELDS = tuple(f.name for f in dataclasses.fields(Creator) if f.name not in DEAL_FIELDS)
#: Every field a creator has: the list's and the deal's.
ALL_FIELDS = CREATOR_FIELDS + DEAL_FIELDS
#: Fields holding numbers.
NUMBER_FIELDS = ("plays", "conversions", "gmv")
#: Longest text a field may hold (a name is a name, a note is a few lines).
MAX_CHARS = {"name": 80, "handle": 80, "link": 2000, "notes": 1000, "deliverables": 500}
#: Largest number a count or an amount may be (far above any creator's results).
MAX_NUMBER = 10**13
#: Most creators a project may hold (a matrix is tens, an agency's roster hundreds).
MAX_CREATORS = 2000

#: Words people write for a status -> the status (the zh/en labels and common synonyms).
STATUS_WORDS: dict[str, str] = {
    **{s: s for s in CREATOR_STATUSES},
    "已邀约": "invited", "已邀请": "invited", "邀约中": "invited", "待合作": "invited", "已发简报": "briefed",
    "已沟通": "briefed", "已寄样": "briefed", "拍摄中": "filming", "制作中": "filming", "已发布": "posted",
    "已发": "posted", "已上线": "posted", "已结算": "paid", "已付款": "paid", "已打款": "paid",
    "shooting": "filming", "published": "posted", "live": "posted", "settled": "paid",
    # as agencies' rosters put them
    "待沟通": "invited", "沟通中": "invited", "待回复": "invited", "待确认": "invited", "已联系": "invited",
    "已签约": "briefed", "已确认": "briefed", "待拍摄": "briefed", "已拍摄": "filming", "剪辑中": "filming",
    "待发布": "filming", "已结款": "paid", "contacted": "invited", "pending": "invited", "signed": "briefed",
    "confirmed": "briefed", "editing": "filming",
}  # fmt: skip
#: Status labels (Chinese, English), from the wording catalogue (vocab.creator_status.*), for every front.
STATUS_LABELS: dict[str, tuple[str, str]] = {s: pair(f"vocab.creator_status.{s}") for s in CREATOR_STATUSES}

_URL = re.compile(r"https?://[^\s<>\"'，。、）)】]+", re.IGNORECASE)
_BARE_HOST = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]\S*)?$", re.IGNORECASE)
_NUMBER = re.compile(r"^([+-]?)(\d+(?:\.\d+)?)(万|w|亿|k|千)?\+?$", re.IGNORECASE)
_MONEY_SIGNS = re.compile(r"[¥￥$,，\s]|元|rmb|cny|usd", re.IGNORECASE)


class CreatorValueError(ModelError):
    """A creator's value that cannot be used: ``field``, the ``reason`` code, the text and the facts.

    Reasons: empty_name, duplicate_name, not_a_number, not_whole, negative, too_large,
    unknown_platform, unknown_status, unknown_variant, bad_link, control_chars, formula,
    too_long, too_many, not_found.
    """

    def __init__(self, field: str, reason: str, value: str = "", **facts: object) -> None:
        super().__init__(f"{field}: {reason} {value!r} {facts}")
        self.field, self.reason, self.value, self.facts = field, reason, value, facts


def variant_choices(project: Project) -> dict[str, str]:
    """Variant id -> name for every variant a creator can be given, in script order.

    A creator holds the id (so a rename keeps the link); people type or paste the name.
    """
    return {v.id: v.name for script in project.scripts for v in script.variants}


def _hostile(ch: str, keep_newlines: bool) -> bool:
    if ch in "\n" and keep_newlines:
        return False
    cat = unicodedata.category(ch)
    # Cc: control characters; the bidi overrides and isolates reorder what a reader sees.
    return cat == "Cc" or "\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069"


def check_text(name: str, text: str) -> str:
    """A text field's value: trimmed, refused when it holds control characters, runs long or is a formula."""
    value = text.strip()
    if any(_hostile(ch, name == "notes") for ch in value):
        raise CreatorValueError(name, "control_chars", value)
    if len(value) > MAX_CHARS.get(name, 200):
        raise CreatorValueError(name, "too_long", value[:20], limit=MAX_CHARS.get(name, 200))
    if looks_like_formula(value):
        raise CreatorValueError(name, "formula", value, sign=value[:1])
    return value


def looks_like_formula(value: str) -> bool:
    """Whether a spreadsheet would run the text as a formula once exported.

    "@小美" is how people write a handle, and "- 已寄样" a note's bullet: those are let through;
    "=HYPERLINK(…)", "+1+1", "-2+3" and "@SUM(…)" are not.
    """
    first, rest = value[:1], value[1:]
    if first in ("=", "+"):
        return True
    if first == "-":
        return bool(rest) and not rest[:1].isspace()
    return first == "@" and any(ch in rest for ch in "(!=+")


def parse_number(name: str, text: str) -> int | float:
    """A count (plays, conversions) or an amount (GMV) as people write it: 12,345 · 1.2万 · 3.5w · ¥980."""
    raw = text.strip()
    cleaned = _MONEY_SIGNS.sub("", raw) if name == "gmv" else raw.replace(",", "").replace("，", "")
    cleaned = cleaned.replace(" ", "")
    if not cleaned:
        return 0.0 if name == "gmv" else 0
    m = _NUMBER.match(cleaned)
    if m is None:
        raise CreatorValueError(name, "not_a_number", raw)
    if m[1] == "-":
        raise CreatorValueError(name, "negative", raw)
    scale = {"万": 10_000, "w": 10_000, "亿": 100_000_000, "k": 1000, "千": 1000}.get((m[3] or "").lower(), 1)
    value = float(m[2]) * scale
    if value > MAX_NUMBER:
        raise CreatorValueError(name, "too_large", raw, limit=MAX_NUMBER)
    if name == "gmv":
        return round(value, 2)
    if not value.is_integer():
        raise CreatorValueError(name, "not_whole", raw)
    return int(value)


def parse_link(text: str) -> str:
    """The video's address: a web link, also found inside a share text ("复制打开抖音… https://v.douyin.com/…")."""
    value = text.strip()
    if not value:
        return ""
    if any(_hostile(ch, False) for ch in value):
        raise CreatorValueError("link", "control_chars", value)
    found = _URL.findall(value)
    if len(found) == 1:
        value = found[0]
    elif not found and _BARE_HOST.match(value):
        value = "https://" + value
    parts = (
        urlsplit(value) if len(value) <= MAX_CHARS["link"] and not any(c.isspace() for c in value) else None
    )
    if parts is None or parts.scheme.lower() not in ("http", "https") or "." not in (parts.hostname or ""):
        raise CreatorValueError("link", "bad_link", value[:60])
    return value


def parse_choice(name: str, text: str, variants: Mapping[str, str] | None = None) -> str:
    """A platform, status or variant from a word people write (抖音 · 小红书 · RED · 已发布 · posted · a variant
    name); a variant comes back as its id (``variants`` maps ids to names)."""
    value = " ".join(text.split())
    if name == "variant":
        if not value:
            return ""
        found_id = variant_id_for(value, (variants or {}).items())
        if found_id is None:
            names = dict.fromkeys((variants or {}).values())
            raise CreatorValueError(name, "unknown_variant", value, choices=", ".join(names))
        return found_id
    if not value:
        return "" if name == "platform" else "invited"
    found = platform_id(value) if name == "platform" else STATUS_WORDS.get(value.casefold())
    if found is None and name == "status":
        found = next(
            (k for k, (zh, en) in STATUS_LABELS.items() if value.casefold() in (zh, en.casefold())), None
        )
    if found is None:
        choices = ", ".join(CREATOR_PLATFORMS) if name == "platform" else ", ".join(CREATOR_STATUSES)
        raise CreatorValueError(name, f"unknown_{name}", value, choices=choices)
    return found


def parse_platforms(text: str) -> list[str]:
    """Platforms named in one text (抖音、小红书 · douyin, RED · 全平台): their ids, each once."""
    value = text.strip()
    if value in ("全平台", "全网", "all", "All", "all platforms"):
        return list(CREATOR_PLATFORMS)
    found: list[str] = []
    for word in re.split(r"[,，、;；/|+＋\s]+", value):
        if word:
            pid = parse_choice("platform", word)
            if pid not in found:
                found.append(pid)
    return found


def parse_deal_value(name: str, text: str, currency: str) -> Any:
    """A deal field's value (studio.models.deals) from text; CreatorValueError when it does not fit."""
    try:
        if name == "fee":
            return parse_amount(text, currency)
        if name == "commission":
            return parse_rate(text)
        if name in DATE_FIELDS:
            return parse_date(name, text)
        if name in ("tier", "deal"):
            return parse_word(name, text)
        if name == "paid_ads":
            return parse_flag(name, text)
        if name == "exclusive_days":
            return parse_days(name, text)
    except (MoneyError, DealValueError) as exc:
        raise CreatorValueError(name, exc.reason, exc.value, **exc.facts) from None
    if name == "guaranteed_plays":
        return parse_number("plays", text)
    if name == "rights_platforms":
        try:
            return parse_platforms(text)
        except CreatorValueError as exc:
            raise CreatorValueError(name, exc.reason, exc.value, **exc.facts) from None
    return check_text(name, text)


def parse_value(
    name: str, text: str, variants: Mapping[str, str] | None = None, currency: str = "CNY"
) -> Any:
    """A field's value from what a person typed or pasted (money in ``currency``); CreatorValueError
    when it does not fit."""
    if name in DEAL_FIELDS:
        return parse_deal_value(name, text, currency)
    if name in NUMBER_FIELDS:
        return parse_number(name, text)
    if name == "link":
        return parse_link(text)
    if name in ("platform", "status", "variant"):
        return parse_choice(name, text, variants)
    if name in CREATOR_FIELDS:
        return check_text(name, text)
    raise CreatorValueError(name, "unknown_field", name)


def from_texts(
    texts: dict[str, str],
    variants: Mapping[str, str] | None = None,
    base: Creator | None = None,
    currency: str = "CNY",
) -> Creator:
    """A creator from field -> text (a pasted row, an imported row, CLI options) on top of ``base``;
    money is read in ``currency`` (the project's: deals.project_currency)."""
    values = {name: parse_value(name, text, variants, currency) for name, text in texts.items()}
    creator = dataclasses.replace(base or Creator(), **values)
    if not creator.name:
        raise CreatorValueError("name", "empty_name")
    return creator


def index_of(creators: Sequence[Creator], key: str) -> int:
    """The position of the creator called ``key`` (their name, else their handle; case does not matter)."""
    want = key.strip().casefold()
    for attr in ("name", "handle"):
        for i, t in enumerate(creators):
            have = getattr(t, attr).casefold()
            if want and (
                have == want or (attr == "handle" and have.removeprefix("@") == want.removeprefix("@"))
            ):
                return i
    raise CreatorValueError("name", "not_found", key)


def _check_unique(creators: Sequence[Creator], creator: Creator, skip: int = -1) -> None:
    for i, other in enumerate(creators):
        if i != skip and other.name.casefold() == creator.name.casefold():
            raise CreatorValueError("name", "duplicate_name", creator.name)


def added(creators: Sequence[Creator], creator: Creator, index: int | None = None) -> list[Creator]:
    """The list with ``creator`` inserted at ``index`` (at the end by default); names stay unique."""
    if not creator.name.strip():
        raise CreatorValueError("name", "empty_name")
    _check_unique(creators, creator)
    if len(creators) >= MAX_CREATORS:
        raise CreatorValueError("name", "too_many", creator.name, limit=MAX_CREATORS)
    out = list(creators)
    out.insert(len(out) if index is None else max(0, min(index, len(out))), creator)
    return out


def replaced(creators: Sequence[Creator], index: int, creator: Creator) -> list[Creator]:
    """The list with the creator at ``index`` replaced (an edit); names stay unique."""
    if not creator.name.strip():
        raise CreatorValueError("name", "empty_name")
    _check_unique(creators, creator, skip=index)
    out = list(creators)
    out[index] = creator
    return out


def removed(creators: Sequence[Creator], indexes: Iterable[int]) -> list[Creator]:
    """The list without the creators at ``indexes``."""
    gone = set(indexes)
    return [t for i, t in enumerate(creators) if i not in gone]


def moved(creators: Sequence[Creator], index: int, to: int) -> list[Creator]:
    """The list with the creator at ``index`` moved to position ``to``."""
    out = list(creators)
    creator = out.pop(index)
    out.insert(max(0, min(to, len(out))), creator)
    return out


def copy_name(creators: Sequence[Creator], name: str) -> str:
    """A free name for a copy of ``name``: 'name 2', 'name 3' …"""
    taken = {t.name.casefold() for t in creators}
    n = 2
    while f"{name} {n}".casefold() in taken:
        n += 1
    return f"{name} {n}"


@dataclasses.dataclass
class Merge:
    """Rows merged into a list: the new list, the names added and updated, and the rows left out."""

    creators: list[Creator]
    added: list[str] = dataclasses.field(default_factory=list)
    updated: list[str] = dataclasses.field(default_factory=list)
    #: Every bad value of the rows left out, in sheet order (``facts['row']`` is the row's number).
    problems: list[CreatorValueError] = dataclasses.field(default_factory=list)

    @property
    def skipped(self) -> list[int]:
        """The numbers of the rows left out, each once, in order."""
        return sorted({int(str(p.facts["row"])) for p in self.problems})


def _row_problems(
    row: dict[str, str], variants: Mapping[str, str], currency: str = "CNY"
) -> list[CreatorValueError]:
    """Every bad value of a row (not only the first), so one pass over the file finds them all."""
    found: list[CreatorValueError] = []
    for name, text in row.items():
        try:
            parse_value(name, text, variants, currency)
        except CreatorValueError as exc:
            found.append(exc)
    if not row.get("name", "").strip() and not any(p.field == "name" for p in found):
        found.insert(0, CreatorValueError("name", "empty_name"))
    return found


def merge_rows(
    creators: Sequence[Creator],
    rows: Sequence[tuple[int, dict[str, str]]],
    variants: Mapping[str, str],
    currency: str = "CNY",
) -> Merge:
    """Numbered rows of field -> text merged into the list: a known name is updated with the fields
    the row carries, a new one is added; a row with a bad value is left out whole, its problems kept."""
    out = list(creators)
    result = Merge(out)
    where = {t.name.casefold(): i for i, t in enumerate(out)}  # a roster of thousands stays linear
    for number, row in rows:
        try:
            name = check_text("name", row.get("name", ""))
            if not name:
                raise CreatorValueError("name", "empty_name")
            at = where.get(name.casefold(), -1)
            if at < 0:
                if len(out) >= MAX_CREATORS:
                    raise CreatorValueError("name", "too_many", name, limit=MAX_CREATORS)
                out.append(from_texts({**row, "name": name}, variants, currency=currency))
                where[name.casefold()] = len(out) - 1
                result.added.append(name)
                continue
            updated = from_texts({**row, "name": out[at].name}, variants, out[at], currency)
            if updated != out[at]:
                out[at] = updated
                if updated.name not in result.added and updated.name not in result.updated:
                    result.updated.append(updated.name)
        except CreatorValueError as exc:
            problems = [exc] if exc.reason == "too_many" else _row_problems(row, variants, currency) or [exc]
            for problem in problems:
                problem.facts["row"] = number
            result.problems.extend(problems)
    return result


def merged(
    creators: Sequence[Creator],
    rows: Sequence[tuple[int, dict[str, str]]],
    variants: Mapping[str, str],
    currency: str = "CNY",
) -> tuple[list[Creator], list[str], list[str]]:
    """Like :func:`merge_rows`, all or nothing: returns (the new list, names added, names updated);
    the first bad value raises CreatorValueError with ``facts['row']`` set to its row's number."""
    result = merge_rows(creators, rows, variants, currency)
    if result.problems:
        raise result.problems[0]
    return result.creators, result.added, result.updated

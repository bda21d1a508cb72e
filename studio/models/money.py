"""Money kept exact: amounts in a currency's minor units (分, cents) as integers, rates in basis points.

Nothing here uses floats for money: amounts are read through :class:`~decimal.Decimal` and kept
as whole minor units, so 0.1 + 0.2 never drifts; a commission rate is whole basis points
(10 % is 1000), so a commission on a sales value is one exact multiplication and one rounding.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from studio.models.errors import ModelError

#: ISO 4217 code -> (symbol, digits after the point) for the currencies creators are paid in.
CURRENCIES: dict[str, tuple[str, int]] = {
    "CNY": ("¥", 2),
    "USD": ("$", 2),
    "HKD": ("HK$", 2),
    "TWD": ("NT$", 0),
    "JPY": ("JP¥", 0),
    "KRW": ("₩", 0),
    "EUR": ("€", 2),
    "GBP": ("£", 2),
    "SGD": ("S$", 2),
    "MYR": ("RM", 2),
    "THB": ("฿", 2),
    "IDR": ("Rp", 0),
    "VND": ("₫", 0),
    "PHP": ("₱", 2),
    "AUD": ("A$", 2),
    "CAD": ("C$", 2),
}
#: Words people write for a currency -> its code (codes themselves are matched too).
CURRENCY_WORDS: dict[str, str] = {
    "¥": "CNY", "￥": "CNY", "元": "CNY", "块": "CNY", "人民币": "CNY", "rmb": "CNY", "yuan": "CNY",
    "$": "USD", "us$": "USD", "美元": "USD", "美金": "USD", "港币": "HKD", "港元": "HKD", "hk$": "HKD",
    "新台币": "TWD", "台币": "TWD", "nt$": "TWD", "日元": "JPY", "円": "JPY", "韩元": "KRW", "₩": "KRW",
    "欧元": "EUR", "€": "EUR", "英镑": "GBP", "£": "GBP", "新币": "SGD", "新加坡元": "SGD", "s$": "SGD",
    "令吉": "MYR", "马币": "MYR", "rm": "MYR", "泰铢": "THB", "฿": "THB", "印尼盾": "IDR", "rp": "IDR",
    "越南盾": "VND", "₫": "VND", "比索": "PHP", "₱": "PHP", "澳元": "AUD", "a$": "AUD", "加元": "CAD", "c$": "CAD",
}  # fmt: skip
#: Platforms whose reports bill in US dollars; the rest bill in yuan.
_DOLLAR_PLATFORMS = ("tiktok", "reels", "shorts")
#: Largest amount accepted, in major units (far above any creator's fee or sales).
MAX_AMOUNT = Decimal(10) ** 12
#: Basis points in a whole (100 %).
WHOLE_BP = 10_000

_SCALES = {"万": 10_000, "w": 10_000, "亿": 100_000_000, "k": 1000, "千": 1000}
_AMOUNT = re.compile(r"^([+-]?)(\d+(?:\.\d+)?|\.\d+)(万|w|亿|k|千)?$", re.IGNORECASE)
_RATE = re.compile(r"^([+-]?)(\d+(?:\.\d+)?|\.\d+)(%|％|个点|点|pct)?$", re.IGNORECASE)
_CODE = re.compile(r"[A-Za-z]{3}")
_SIGNS = sorted(CURRENCY_WORDS, key=len, reverse=True)


class MoneyError(ModelError):
    """A sum or a rate that cannot be used: ``reason`` code, the text, and the facts.

    Reasons: not_money, negative, too_large, too_precise, unknown_currency, other_currency,
    not_a_rate, rate_above_100, rate_too_precise.
    """

    def __init__(self, reason: str, value: str = "", **facts: object) -> None:
        super().__init__(f"{reason} {value!r} {facts}")
        self.reason, self.value, self.facts = reason, value, facts


def platform_currency(platform: str) -> str:
    """The currency a platform's reports use when the project names none (CNY unless dollars)."""
    return "USD" if platform in _DOLLAR_PLATFORMS else "CNY"


def parse_currency(text: str) -> str:
    """A currency code from what people write (CNY, 人民币, ¥, 美元, usd …); MoneyError when unknown."""
    word = text.strip()
    if word.upper() in CURRENCIES:
        return word.upper()
    found = CURRENCY_WORDS.get(word.casefold())
    if found is None:
        raise MoneyError("unknown_currency", word, choices=", ".join(CURRENCIES))
    return found


def digits(currency: str) -> int:
    """How many minor-unit digits the currency has (2 for CNY, 0 for JPY)."""
    return CURRENCIES.get(currency, ("", 2))[1]


def symbol(currency: str) -> str:
    """The currency's sign (¥, $, €)."""
    return CURRENCIES.get(currency, (currency + " ", 2))[0]


def _split_currency(text: str) -> tuple[str, str | None]:
    """The number part of ``text`` and the currency it names, if any (a sign, a word or a code)."""
    rest = text
    named: str | None = None
    for sign in _SIGNS:  # longest first: "HK$" before "$"
        low = rest.casefold()
        if low.startswith(sign) or low.endswith(sign):
            named = CURRENCY_WORDS[sign]
            rest = rest[len(sign) :] if low.startswith(sign) else rest[: -len(sign)]
            break
    if named is None:
        code = _CODE.search(rest)
        if code is not None and (code.start() == 0 or code.end() == len(rest)):
            named = parse_currency(code.group())  # an unknown code ("XYZ") is refused here
            rest = rest[: code.start()] + rest[code.end() :]
    return rest.strip(), named


def parse_amount(text: str, currency: str) -> int:
    """An amount as people write it (5000 · 5,000 · ¥5000 · 5000元 · 0.5万 · 3k) in ``currency``'s minor units.

    An amount naming another currency, more decimals than the currency has, a negative or an
    absurd amount raise MoneyError; empty text is zero.
    """
    raw = text.strip()
    cleaned = re.sub(r"[,，\s]", "", raw)
    if not cleaned:
        return 0
    try:
        number, named = _split_currency(cleaned)
    except MoneyError as exc:
        raise MoneyError(exc.reason, raw, **exc.facts) from None
    if named is not None and named != currency:
        raise MoneyError("other_currency", raw, currency=currency, named=named)
    m = _AMOUNT.match(number)
    if m is None:
        raise MoneyError("not_money", raw)
    if m[1] == "-":
        raise MoneyError("negative", raw)
    value = Decimal(m[2]) * _SCALES.get((m[3] or "").lower(), 1)
    if value > MAX_AMOUNT:
        raise MoneyError("too_large", raw)
    minor = value.scaleb(digits(currency))
    if minor != minor.to_integral_value():
        raise MoneyError("too_precise", raw, currency=currency, digits=digits(currency))
    return int(minor)


def to_minor(amount: float | Decimal | int, currency: str) -> int:
    """A stored amount (a float GMV from a report) as whole minor units, rounded half up once."""
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        return 0
    return int(value.scaleb(digits(currency)).quantize(Decimal(1), ROUND_HALF_UP))


def to_decimal(minor: int, currency: str) -> Decimal:
    """Minor units as an exact Decimal amount (500000 fen -> Decimal('5000.00'))."""
    return Decimal(minor).scaleb(-digits(currency))


def format_amount(minor: int | None, currency: str, sign: bool = True) -> str:
    """Minor units as people read them: 500000 -> "¥5,000.00"; None -> "–"."""
    if minor is None:
        return "–"
    places = digits(currency)
    body = f"{to_decimal(minor, currency):,.{places}f}"
    return (symbol(currency) + body) if sign else body


def parse_rate(text: str) -> int:
    """A commission rate in basis points: 10% · 10 · 0.1 · 12.5% · 10个点 (a bare number below 1 is a
    fraction, 1 and above a percentage); above 100 % or finer than 0.01 % raises MoneyError."""
    raw = text.strip()
    cleaned = raw.replace(" ", "")
    if not cleaned:
        return 0
    m = _RATE.match(cleaned)
    if m is None:
        raise MoneyError("not_a_rate", raw)
    if m[1] == "-":
        raise MoneyError("negative", raw)
    value = Decimal(m[2])
    percent = value if m[3] or value >= 1 else value * 100
    if percent > 100:
        raise MoneyError("rate_above_100", raw)
    bp = percent * 100
    if bp != bp.to_integral_value():
        raise MoneyError("rate_too_precise", raw)
    return int(bp)


def format_rate(bp: int) -> str:
    """Basis points as a percentage without needless zeros: 1000 -> "10%", 1250 -> "12.5%"."""
    text = f"{Decimal(bp) / 100:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + "%"


def commission(gmv_minor: int, bp: int) -> int:
    """The commission on a sales value, in minor units, rounded half up once."""
    return int((Decimal(gmv_minor) * bp / WHOLE_BP).quantize(Decimal(1), ROUND_HALF_UP))

"""Numbers the way a reader expects them: thousands separators, percentages, money with its currency."""

from __future__ import annotations

#: Platform -> currency symbol of its ad reports (Chinese platforms bill in yuan).
CURRENCY = {
    "douyin": "¥",
    "kuaishou": "¥",
    "wechat_channels": "¥",
    "tiktok": "$",
    "reels": "$",
    "shorts": "$",
}


def currency(platform: str) -> str:
    """The currency symbol a platform's reports use (¥ when unknown)."""
    return CURRENCY.get(platform, "¥")


def format_count(value: float | None) -> str:
    """A whole count with thousands separators: 20100 -> "20,100"; None -> "–"."""
    return "–" if value is None else f"{round(value):,}"


def format_money(value: float | None, symbol: str = "") -> str:
    """An amount with two decimals and separators: 6000 -> "¥6,000.00"."""
    return "–" if value is None else f"{symbol}{value:,.2f}"


def format_percent(share: float | None, decimals: int = 2) -> str:
    """A share as a percentage: 0.0264 -> "2.64%"."""
    return "–" if share is None else f"{share * 100:.{decimals}f}%"


def format_ratio(value: float | None) -> str:
    """A ratio such as ROAS: 3.2 -> "3.20×"."""
    return "–" if value is None else f"{value:,.2f}×"

"""Days as people type them in briefs (2026-11-01, 2026/11/1, 11月1日, 11/1) read as ISO days."""

from __future__ import annotations

import re
from datetime import date

_FULL = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_SHORT = re.compile(r"(?<!\d)(\d{1,2})\s*[/月]\s*(\d{1,2})(?!\d)")


def parse_day(text: str, year: int) -> str:
    """The first day written in ``text`` as YYYY-MM-DD (``year`` when it gives none), or ''."""
    if not text:
        return ""
    m = _FULL.search(text)
    parts = (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    if parts is None:
        s = _SHORT.search(text)
        parts = (year, int(s.group(1)), int(s.group(2))) if s else None
    if parts is None:
        return ""
    try:
        return date(*parts).isoformat()
    except ValueError:
        return ""

"""The calendar as an iCalendar file (RFC 5545): all-day events that any calendar app imports."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

from studio.exports.common import atomic_write
from studio.wording import say_in
from studio.workspace.calendar import Entry
from studio.workspace.db import now_iso


def _escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _fold(line: str) -> list[str]:
    """Lines of at most 75 octets, continuation lines starting with a space (RFC 5545 3.1)."""
    out: list[str] = []
    current, size = "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += ch
        size += n
    out.append(current)
    return [out[0], *(" " + part for part in out[1:])]


def _day(text: str) -> str:
    return text.replace("-", "")


def render(entries: Iterable[Entry], lang: str) -> str:
    """The calendar's text, CRLF line ends."""
    stamp = now_iso().replace("-", "").replace(":", "")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Studio//Workspace calendar//" + lang.upper(),
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]  # fmt: skip
    for e in entries:
        it = e.item
        uid_src = f"{it.project_id}|{it.kind}|{it.day}|{it.who}|{it.variant}|{it.title}"
        uid = hashlib.sha1(uid_src.encode("utf-8")).hexdigest() + "@studio"
        last = date.fromisoformat(it.end_day or it.day) + timedelta(days=1)
        summary = say_in(lang, "ws.ics.overdue", label=e.label(lang)) if e.overdue else e.label(lang)
        lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART;VALUE=DATE:{_day(it.day)}",
                  f"DTEND;VALUE=DATE:{last.strftime('%Y%m%d')}", f"SUMMARY:{_escape(summary)}",
                  f"CATEGORIES:{_escape(it.kind)}"]  # fmt: skip
        if it.done:
            lines.append("STATUS:CONFIRMED")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))


def write_ics(path: Path, entries: Iterable[Entry], lang: str) -> Path:
    """Write the calendar to ``path`` whole or not at all."""
    data = render(entries, lang).encode("utf-8")
    return atomic_write(path, lambda fh: fh.write(data))

"""Old and new text as a list of kept, deleted and inserted pieces (Chinese by character, other
scripts by word), for the Review panel and the changes document."""

from __future__ import annotations

import difflib
import re

_TOKEN = re.compile(r"[A-Za-z0-9'’]+|\s+|.", re.DOTALL)


def tokens(text: str) -> list[str]:
    """Text cut where a reader sees units: a Latin word, a run of spaces, any other character."""
    return _TOKEN.findall(text)


def diff(old: str, new: str) -> list[tuple[str, str]]:
    """(kind, text) pieces turning ``old`` into ``new``; kind is '=', '-' or '+'."""
    a, b = tokens(old), tokens(new)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("+", "".join(b[j1:j2])))
    return out

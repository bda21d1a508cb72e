"""The team's shared library: winning and losing lines, signature shots and banned words, with evidence.

Lines come in two ways: harvested from every indexed project's results (a hook or CTA alternative that
won or lost its test, with the rate, interval and variants behind it) and its banned words, or added by
hand (a signature shot such as the brand's fixed opening). Entries are never changed: new evidence is a
new entry (its id is a hash of what it says), the newest per line is the one shown, and retiring
one is a fact of its own.
"""

from __future__ import annotations

import getpass
import hashlib
import uuid
from collections.abc import Iterable, Sequence

from studio.models.entities import Project
from studio.results.learned import learned_lines
from studio.wording import has, say_in
from studio.workspace import tokens
from studio.workspace.db import now_iso
from studio.workspace.facts import LibraryEntry

KINDS = ("win_line", "lose_line", "signature_shot", "banned_word")


def _id(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:24]


def author() -> str:
    """Who is adding: the account's name."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def harvest(project: Project, who: str = "") -> list[LibraryEntry]:
    """The project's lines that won or lost their test, and its banned words, as library entries."""
    out: list[LibraryEntry] = []
    stamp = now_iso()
    for beat_kind in ("hook", "cta"):
        for line in learned_lines(project, beat_kind):
            if line.outcome not in ("won", "lost"):
                continue
            kind = "win_line" if line.outcome == "won" else "lose_line"
            est = line.key
            evidence = ", ".join(line.variants)
            eid = _id(project.id, kind, beat_kind, line.text, est.successes, est.trials)
            out.append(LibraryEntry(eid, kind, line.text, tokens.split(line.text), beat_kind, "",
                                    "view_3s_rate" if beat_kind == "hook" else "cvr", est.value, est.low, est.high,
                                    len(line.variants), evidence, who, project.id, project.title, stamp))  # fmt: skip
    for word, reason in sorted(project.banned_words.items()):
        eid = _id(project.id, "banned_word", word, reason)
        out.append(LibraryEntry(eid, "banned_word", word, tokens.split(word), evidence=reason, author=who,
                                project_id=project.id, project_title=project.title, created=stamp))  # fmt: skip
    return out


def new_entry(
    kind: str, text: str, evidence: str = "", beat_kind: str = "", project_title: str = ""
) -> LibraryEntry:
    """An entry added by hand (a signature shot, a line, a banned word), by this account, now."""
    if kind not in KINDS:
        raise ValueError(kind)
    return LibraryEntry(uuid.uuid4().hex, kind, text.strip(), tokens.split(text), beat_kind, evidence=evidence,
                        author=author(), project_title=project_title, created=now_iso())  # fmt: skip


def current(entries: Iterable[LibraryEntry]) -> list[LibraryEntry]:
    """The newest entry per (project, kind, line): older evidence for the same line is history."""
    seen: dict[tuple[str, str, str], LibraryEntry] = {}
    for e in entries:
        key = (e.project_id, e.kind, e.text)
        if key not in seen or e.created > seen[key].created:
            seen[key] = e
    return list(seen.values())


def ranked(entries: Sequence[LibraryEntry], beat_kind: str = "") -> list[LibraryEntry]:
    """Lines for a beat, best evidence first: winners by the low end of their interval, then hand-kept
    lines and signature shots, losers last (kept to say what not to write)."""
    order = {"win_line": 0, "signature_shot": 1, "lose_line": 2, "banned_word": 3}
    wanted = [
        e for e in current(entries) if not e.retired and (not beat_kind or e.beat_kind in ("", beat_kind))
    ]
    return sorted(wanted, key=lambda e: (order.get(e.kind, 9), -(e.lo or 0.0), -e.videos, e.text))


def describe(e: LibraryEntry, lang: str) -> str:
    """An entry's evidence in words: the rate and its interval, the videos, the project, who and when."""
    kind = f"team.library.{e.kind}"
    parts = [say_in(lang, kind) if has(kind) else e.kind]
    if e.value is not None and e.lo is not None and e.hi is not None:
        rate = f"{e.value * 100:.1f}% [{e.lo * 100:.0f}, {e.hi * 100:.0f}]"
        parts.append(say_in(lang, "ws.library.rate", rate=rate, videos=e.videos))
    if e.evidence:
        parts.append(e.evidence)
    origin = " · ".join(x for x in (e.project_title, e.author, e.created[:10]) if x)
    if origin:
        parts.append(origin)
    return "；".join(parts) if lang == "zh" else "; ".join(parts)

"""A report the import refused (:class:`~studio.imports.report_import.ReportError`), in words for both fronts.

Each kind of problem is one catalogue entry, ``report.<kind>`` (resources/wording/report_mapping.json):
what is wrong, without the file's path, as a clause that begins in lower case. Its way forward is a
second, short entry: ``report.<kind>.next`` where both fronts say the same, else ``report.<kind>.cli``
(naming the command's flags) and ``report.<kind>.window`` (naming what to do on screen). This module
puts them together once: the CLI prints one line, "path: problem; way forward"; the window, whose
dialog names the file in its title, shows "Problem. Way forward."
"""

from __future__ import annotations

from typing import Any, Literal

from studio.wording import has, language, say_in
from studio.wording.describe import readable_detail

#: The fronts a problem is worded for: the terminal's line and the window's sentences.
Front = Literal["cli", "window"]

#: Kinds whose ``small``/``large``/``kept`` fields name result fields (plays, clicks ...), not report headers.
_NAMED_COUNTS = ("exceeds_kept", "exceeds_total")


def way_forward_key(kind: str, front: Front) -> str | None:
    """The catalogue key of what ``front`` tells the user to do about ``kind``, or None when it says nothing."""
    for key in (f"report.{kind}.{front}", f"report.{kind}.next"):
        if has(key):
            return key
    return None


def report_problem(exc: Any, front: Front, lang: str | None = None, /, **shown: object) -> str:
    """``exc`` (a ReportError: ``kind``, ``path``, ``fields``) as the CLI's line or the window's sentences.

    ``shown`` replaces fields by what the front shows for them (the CLI's list of dropped values).
    """
    lang = lang or language()
    kind = str(getattr(exc, "kind", "unreadable"))
    fields: dict[str, Any] = {"detail": "", **getattr(exc, "fields", {})}
    fields["detail"] = readable_detail(str(fields["detail"]))
    if kind in _NAMED_COUNTS:
        from studio.results.metrics import count_label

        for name in ("small", "large", "kept"):
            if name in fields:
                fields[name] = count_label(str(fields[name]), lang)
    fields.update(shown)
    key = f"report.{kind}"
    problem = say_in(lang, key, **fields) if has(key) else str(exc)
    forward = way_forward_key(kind, front)
    then = say_in(lang, forward, **fields) if forward else ""
    if front == "cli":
        path = getattr(exc, "path", "")
        if then:
            return say_in(lang, "report.line_next", path=path, problem=problem, next=then)
        return say_in(lang, "report.line", path=path, problem=problem)
    if then:
        return say_in(lang, "report.sentences", problem=_capital(problem), next=_capital(then))
    return say_in(lang, "sentence.end", text=_capital(problem))


def _capital(text: str) -> str:
    """A clause as the start of a sentence (a no-op for Chinese)."""
    return text[:1].upper() + text[1:]

"""A report the import refused (:class:`~studio.imports.report_import.ReportError`), in words for both fronts.

Each kind of problem is one catalogue entry, ``report.<kind>`` (resources/wording/report_mapping.json):
what is wrong, without the file's path, as a clause that begins in lower case. Its way forward is a
second, short entry: ``report.<kind>.next`` where both fronts say the same, else ``report.<kind>.cli``
(naming the command's flags) and ``report.<kind>.window`` (naming what to do on screen). This module
puts them together once (with :func:`studio.wording.describe.problem_text`): the CLI prints one line, "path: problem; way forward"; the window, whose
dialog names the file in its title, shows "Problem. Way forward."
"""

from __future__ import annotations

from typing import Any

from studio.wording import has, language, say_in
from studio.wording.describe import Front, problem_text, readable_detail, way_forward_key

#: Kinds whose ``small``/``large``/``kept`` fields name result fields (plays, clicks ...), not report headers.
_NAMED_COUNTS = ("exceeds_kept", "exceeds_total")


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
    forward = way_forward_key(key, front)
    text = problem_text(front, problem, say_in(lang, forward, **fields) if forward else "", lang)
    return (
        say_in(lang, "report.line", path=getattr(exc, "path", ""), problem=text) if front == "cli" else text
    )

"""The preview of a report import in words: platform, columns, every row's match, before and after."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from studio.cli.i18n import say_in


def how_words(lang: str, how: str, names: str) -> str:
    """Why a row or curve went to its variant, in ``lang``."""
    return say_in(lang, f"pre.how.{how}", names=names)


def fmt_value(name: str, value: float) -> str:
    """A count with thousands separators, an amount with two decimals."""
    return f"{value:,.2f}" if name in ("spend", "gmv") else f"{int(value):,}"


def drops_text(items: list[tuple[str, str, float]], lang: str) -> str:
    """Dropped earlier values, each by variant, name and value ("基础版 Plays 41,300; ..."), or "nothing"."""
    from studio.results.metrics import count_label

    if not items:
        return say_in(lang, "res.drop_none")
    return "; ".join(say_in(lang, "res.drop_item", variant=v, field=count_label(f, lang), value=fmt_value(f, x))
                     for v, f, x in items)  # fmt: skip


def _conflict_lines(preview: Any, names: Mapping[str, str], lang: str) -> list[str]:
    """Each conflict, then the choices with what each drops (or, once chosen, what is dropped)."""
    from studio.imports.report_import import dropped_list
    from studio.results.metrics import count_label

    out = []
    for c in preview.conflicts:
        out.append(say_in(lang, "pre.conflict", variant=names.get(c.variant_id, c.variant_id),
                          small=count_label(c.small, lang), small_value=fmt_value(c.small, c.small_value),
                          large=count_label(c.large, lang), large_value=fmt_value(c.large, c.large_value),
                          kept=count_label(c.kept, lang)))  # fmt: skip
    if preview.choice is not None:
        gone = dropped_list(preview, preview.choice, names)
        if gone:
            out.append(say_in(lang, "pre.dropped", drops=drops_text(gone, lang)))
    elif preview.conflicts:
        out.append(say_in(lang, "pre.choose"))
        for way in ("replace", "agree"):
            out.append(
                say_in(lang, f"pre.choice.{way}", drops=drops_text(dropped_list(preview, way, names), lang))
            )
    return out


def preview_lines(preview: Any, names: Mapping[str, str], lang: str, earlier: Mapping[str, Any]) -> list[str]:
    """The whole preview of an import, one line per fact, in ``lang``."""
    from studio.imports.report_profiles import COUNTS, MONEY
    from studio.results.metrics import count_label

    out: list[str] = []
    notes = dict(preview.notes) if preview.notes else {}
    if "profile" in notes:
        out.append(say_in(lang, "pre.profile", name=say_in(lang, f"profile.{notes['profile']['key']}")))
    out.append(say_in(lang, "pre.mapping"))
    for name, col in preview.mapping.items():
        out.append(
            say_in(lang, "pre.map_line", field=count_label(name, lang), header=preview.table.headers[col])
        )
    for kind, fields in preview.notes:
        if kind == "profile":
            continue
        shown = dict(fields)
        if "field" in shown:
            shown["field"] = count_label(str(shown["field"]), lang)
        out.append(say_in(lang, f"pre.{kind}", **shown))
    out.append(say_in(lang, "pre.rows", count=len(preview.rows)))
    for row in preview.rows:
        how = say_in(lang, f"pre.how.{row.how}", names=" / ".join(names.get(c, c) for c in row.candidates))
        variant = names.get(row.variant_id, "") if row.variant_id else say_in(lang, "pre.no_variant")
        out.append(say_in(lang, "pre.row", line=row.line, name=row.name, variant=variant, how=how))
    out.append(say_in(lang, "pre.changes"))
    for vid in preview.totals:
        # Unresolved, nothing is stored yet: show what the report brings, the conflict lines say the rest.
        result = preview.merged.get(vid)
        old = earlier.get(vid)
        parts = []
        for name in (*COUNTS, *MONEY):
            if name not in preview.totals[vid]:
                continue
            before = getattr(old, name) if old else 0
            after = getattr(result, name) if result is not None else preview.totals[vid][name]
            parts.append(f"{count_label(name, lang)} {fmt_value(name, before)} → {fmt_value(name, after)}")
        out.append(say_in(lang, "pre.change", variant=names.get(vid, vid), changes="; ".join(parts)))
        kept = [count_label(n, lang) for n in (*COUNTS, *MONEY)
                if n not in preview.totals[vid] and old is not None and getattr(old, n)
                and (result is None or getattr(result, n))]  # fmt: skip
        if kept:
            out.append(say_in(lang, "pre.kept", variant=names.get(vid, vid), fields=", ".join(kept)))
    out.extend(_conflict_lines(preview, names, lang))
    return out

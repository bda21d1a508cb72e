"""The projects list: filters (text contained, case-folded), sorting, and the CLI's plain table."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from studio.wording import say_in
from studio.workspace.facts import Hit, ProjectRow

#: Filter name -> what it looks in.
FILTER_FIELDS = {"product": ("product", "brand"), "platform": ("platform",), "status": ("status",),
                 "creator": ("creators",), "title": ("title",), "category": ("category",)}  # fmt: skip
#: The plain table's column titles (catalogue keys).
_HEAD = ("label.title", "label.product", "label.platform", "label.status", "label.variants", "label.creators",
         "ws.head.post_by", "count.plays", "ws.head.gmv")  # fmt: skip


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def matches(row: ProjectRow, filters: Mapping[str, str]) -> bool:
    """True when every filter's text is in one of its fields."""
    s = row.summary
    for name, wanted in filters.items():
        values: list[str] = []
        for field in FILTER_FIELDS[name]:
            value = getattr(s, field)
            values.extend(value if isinstance(value, tuple) else [str(value)])
        if not any(_fold(wanted) in _fold(v) for v in values):
            return False
    return True


def select(
    rows: Sequence[ProjectRow], filters: Mapping[str, str], sort: str = "modified", desc: bool = False
) -> list[ProjectRow]:
    """The rows passing ``filters`` sorted by ``sort`` (a summary field), then by title."""
    kept = [r for r in rows if matches(r, filters)]
    kept.sort(key=lambda r: _fold(r.summary.title))
    kept.sort(key=lambda r: _key(getattr(r.summary, sort)), reverse=desc)
    return kept


def _key(value: object) -> tuple[int, float, str]:
    if isinstance(value, (int, float)):
        return (0, float(value), "")
    return (1, 0.0, _fold(str(value)))


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cut(text: str, width: int) -> str:
    out, used = "", 0
    for ch in text:
        w = _width(ch)
        if used + w > width - 1 and _width(text) > width:
            return out + "…"
        out += ch
        used += w
    return out


def table(rows: Sequence[ProjectRow], lang: str) -> str:
    """The rows as an aligned plain-text table (CJK counted double width)."""
    widths = (26, 18, 9, 8, 4, 18, 10, 9, 10)
    lines = []
    data = [tuple(say_in(lang, key) for key in _HEAD)] + [
        (r.summary.title, r.summary.product, r.summary.platform, r.summary.status, str(r.summary.variants),
         "、".join(r.summary.creators) if lang == "zh" else ", ".join(r.summary.creators), r.summary.post_by,
         f"{r.summary.plays:,}", f"{r.summary.gmv:,.0f}")
        for r in rows
    ]  # fmt: skip
    for values in data:
        cells = [_cut(v, w) for v, w in zip(values, widths, strict=True)]
        lines.append(
            "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()
        )
    return "\n".join(lines)


def where(hit: Hit, lang: str) -> str:
    """Project › beat › shot of a hit; a beat without a name by its kind in ``lang`` (开头钩子, Hook …)."""
    from studio.models.enums import BeatKind
    from studio.models.vocab import label

    beat = hit.doc.beat_name
    if not beat and hit.doc.beat_kind:
        try:
            beat = label(BeatKind(hit.doc.beat_kind), lang)
        except ValueError:
            beat = hit.doc.beat_kind
    return " › ".join(x for x in (hit.project_title, beat, hit.doc.shot_code) if x)

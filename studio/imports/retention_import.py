"""Read retention curves (share of viewers still watching per second) from a CSV or XLSX export.

Three layouts are read: long (a name column, a time column, a share column: one row per video
and second), wide (a time column, then one column per video named after it) and single (time and
share only; the file name names the video). Each curve is matched to a variant like a report row
(by the variant's name or code as a token), resampled to whole seconds and previewed; applying
replaces only the curves, every count stays. A variant's earlier curve that a new one replaces is
listed in the preview (``replaced``) with its length and shares, so no curve is dropped unseen.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from studio.imports import report_profiles
from studio.imports.ad_names import assign
from studio.imports.report_import import ReportError, Table, read_report
from studio.models.entities import Script, VariantResult, now_iso

#: Longest curve accepted, in seconds (a short video is under a few minutes).
MAX_SECONDS = 600

_TIME_WORDS = ("秒", "时间", "时长", "时刻", "second", "time", "sec", "timestamp")
_SHARE_WORDS = (
    "留存",
    "观看比例",
    "在看",
    "剩余",
    "观众比例",
    "retention",
    "viewers",
    "audience",
    "watching",
    "比例",
)


def _has(header: str, words: tuple[str, ...]) -> bool:
    h = report_profiles.norm(header)
    return any(report_profiles.norm(w) in h for w in words)


@dataclass
class CurveRow:
    """One curve found in the file: its name, the variant it goes to and its shares per second."""

    name: str
    variant_id: str | None
    how: str
    curve: list[float]
    candidates: tuple[str, ...] = ()


@dataclass
class RetentionPreview:
    """What the import would store: every curve with its match, and the touched variants' results."""

    path: str
    layout: str
    curves: list[CurveRow]
    merged: dict[str, VariantResult]
    #: Variant id -> the earlier curve the import replaces (only curves that differ from the new one).
    replaced: dict[str, list[float]] = dataclasses.field(default_factory=dict)
    #: Variant id -> the earlier curve's later seconds kept after the new curve's end (``choice="agree"``).
    kept_tail: dict[str, list[float]] = dataclasses.field(default_factory=dict)

    @property
    def unmatched(self) -> list[CurveRow]:
        """Curves no variant was found for (and not left out)."""
        return [c for c in self.curves if c.variant_id is None and c.how != "skipped"]


def _seconds(text: str, where: dict[str, object]) -> float:
    """ "3", "3s", "3秒", "0:03", "00:00:03.5" -> seconds."""
    t = text.strip().lower().removesuffix("秒").removesuffix("sec").removesuffix("s").strip()
    try:
        if ":" in t:
            value = 0.0
            for part in t.split(":"):
                value = value * 60 + float(part)
        else:
            value = float(t)
    except ValueError:
        raise ReportError("bad_time", value=text, **where) from None
    if not math.isfinite(value) or not 0 <= value <= MAX_SECONDS:
        raise ReportError("bad_time", value=text, **where)
    return value


def _shares(texts: list[str], where: dict[str, object]) -> list[float | None]:
    """Shares from "62.5%", "62.5" (a column in percent) or "0.625"; None for blanks."""
    cleaned = [re.sub(r"[,\s]", "", t) for t in texts]
    percent = any(c.endswith("%") for c in cleaned)
    numbers: list[float | None] = []
    for c, raw in zip(cleaned, texts, strict=True):
        if c in ("", "-", "--"):
            numbers.append(None)
            continue
        try:
            numbers.append(float(c.rstrip("%")))
        except ValueError:
            raise ReportError("not_a_number", value=raw, **where) from None
    if any(n is not None and n > 1 for n in numbers):
        percent = True
    out = [None if n is None else n / 100 if percent else n for n in numbers]
    for share, raw in zip(out, texts, strict=True):
        if share is not None and not (math.isfinite(share) and 0 <= share <= 1):
            raise ReportError("bad_share", value=raw, **where)
    return out


def resample(points: list[tuple[float, float]]) -> list[float]:
    """Shares at whole seconds from (time, share) points, linearly between them; 100 % at 0 s if missing."""
    points = sorted(points)
    if not points or points[0][0] > 0:
        points.insert(0, (0.0, 1.0))
    end = int(points[-1][0])
    out: list[float] = []
    j = 0
    for second in range(end + 1):
        while j + 1 < len(points) and points[j + 1][0] < second:
            j += 1
        (t0, s0) = points[j]
        if j + 1 < len(points) and points[j + 1][0] >= second >= t0:
            t1, s1 = points[j + 1]
            share = s0 if t1 == t0 else s0 + (s1 - s0) * (second - t0) / (t1 - t0)
        else:
            share = s0
        out.append(round(share, 4))
    return out


def _layout(table: Table) -> tuple[str, int | None, int, list[int]]:
    """(layout, name column, time column, share columns)."""
    headers = table.headers
    time_col = next(
        (i for i, h in enumerate(headers) if _has(h, _TIME_WORDS) and not _has(h, _SHARE_WORDS)), None
    )
    if time_col is None:
        raise ReportError("no_time_column", table.path)
    name_col = report_profiles.guess(headers).get("variant")
    shares = [i for i, h in enumerate(headers) if i not in (time_col, name_col) and _has(h, _SHARE_WORDS)]
    if name_col is not None and shares:
        return "long", name_col, time_col, shares[:1]
    others = [i for i in range(len(headers)) if i != time_col and headers[i].strip()]
    if len(others) == 1:
        return "single", None, time_col, others
    if not others:
        raise ReportError("no_share_column", table.path)
    return "wide", None, time_col, others


def _curves(table: Table) -> tuple[str, list[tuple[str, list[float]]]]:
    layout, name_col, time_col, share_cols = _layout(table)
    where: dict[str, object] = {"path": table.path}
    times = [_seconds(r[time_col], {**where, "row": n, "column": table.headers[time_col]})
             for n, r in enumerate(table.rows, start=2) if r[time_col].strip()]  # fmt: skip
    rows = [r for r in table.rows if r[time_col].strip()]
    found: dict[str, list[tuple[float, float]]] = {}
    if layout == "long":
        shares = _shares([r[share_cols[0]] for r in rows], {**where, "column": table.headers[share_cols[0]]})
        for r, t, s in zip(rows, times, shares, strict=True):
            name = r[name_col].strip() if name_col is not None else ""
            if name and s is not None:
                found.setdefault(name, []).append((t, s))
    else:
        for col in share_cols:
            name = Path(table.path).stem if layout == "single" else table.headers[col].strip()
            shares = _shares([r[col] for r in rows], {**where, "column": table.headers[col]})
            found[name] = [(t, s) for t, s in zip(times, shares, strict=True) if s is not None]
    curves = [(name, resample(points)) for name, points in found.items() if len(points) >= 2]
    if not curves:
        raise ReportError("no_rows", table.path)
    return layout, curves


def preview_retention(
    path: str | Path | Table,
    script: Script,
    earlier: Mapping[str, VariantResult],
    picks: Mapping[str, str | None] | None = None,
    choice: str | None = None,
) -> RetentionPreview:
    """Read the curves, match each to a variant (``picks``: curve name -> variant id, None leaves it out).

    A new curve replaces the earlier one (``choice`` None or "replace"), which the preview lists. With
    "agree", an earlier curve longer than the new one keeps its later seconds where they still agree
    (they start no higher than the new curve ends): the file carries no value for them.
    """
    table = path if isinstance(path, Table) else read_report(path)  # a Table: read once, in the background
    layout, found = _curves(table)
    picks = picks or {}
    ids = {v.id for v in script.variants}
    rows: list[CurveRow] = []
    for name, curve in found:
        vid, how, cands = assign(name, script, picks, name, ids)
        rows.append(CurveRow(name, vid, how, curve, cands))
    rows.sort(key=lambda r: r.variant_id is not None or r.how == "skipped")
    merged: dict[str, VariantResult] = {}
    stamp = now_iso()
    for row in rows:
        if row.variant_id is None:
            continue
        old = merged.get(row.variant_id) or earlier.get(row.variant_id)
        result = dataclasses.replace(old) if old else VariantResult(row.variant_id)
        result.retention = list(row.curve)
        result.updated = stamp
        merged[row.variant_id] = result
    kept_tail: dict[str, list[float]] = {}
    for vid, result in merged.items():
        before = earlier[vid].retention if vid in earlier else []
        new = result.retention
        if choice == "agree" and len(before) > len(new) and new and before[len(new)] <= new[-1]:
            kept_tail[vid] = list(before[len(new) :])
            result.retention = new + kept_tail[vid]
    replaced = {
        vid: list(earlier[vid].retention)
        for vid, result in merged.items()
        if vid in earlier and earlier[vid].retention and earlier[vid].retention != result.retention
    }
    return RetentionPreview(table.path, layout, rows, merged, replaced, kept_tail)

"""Read an ad platform's CSV or XLSX report into per-variant results, checking every number.

Nothing here touches the project: :func:`read_report` gives a table, :func:`guess_mapping`
proposes which column holds what (zh/en synonyms), and :func:`results_from_table` turns
the mapped rows into one :class:`VariantResult` per variant, or raises a
:class:`ReportError` naming the problem. The caller stores the results only when all of
this succeeded, so a bad report changes nothing.
"""

from __future__ import annotations

import csv
import io
import logging
import math
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from studio.models.entities import RESULT_COUNTS, Script, VariantResult, now_iso

log = logging.getLogger(__name__)

#: Fields a column can map to: the variant name, the six counts and spend.
FIELDS = ("variant", *RESULT_COUNTS, "spend")
MAX_BYTES = 50_000_000
MAX_ROWS = 100_000


class ReportError(Exception):
    """A report that cannot be imported; ``kind`` says why, ``fields`` carry the details.

    Kinds: empty, binary, unreadable, too_large, no_variant_column, no_count_column,
    not_a_number, negative, fraction, exceeds, unknown_variants, no_rows.
    """

    def __init__(self, kind: str, path: str = "", **fields: object) -> None:
        self.kind = kind
        self.path = path
        self.fields = fields
        super().__init__(f"{path}: {kind} {fields}")


@dataclass
class Table:
    """A report's header row and data rows, all as text."""

    path: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)


# --- reading ------------------------------------------------------------------------------------


def _decode(data: bytes, path: str) -> str:
    if b"\x00" in data[:8192]:
        raise ReportError("binary", path)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ReportError("binary", path)


def _read_csv(data: bytes, path: str) -> list[list[str]]:
    text = _decode(data, path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def _read_xlsx(data: bytes, path: str) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ReportError("unreadable", path, detail=str(exc) or type(exc).__name__) from None
    try:
        ws = wb.worksheets[0]
        rows: list[list[str]] = []
        for values in ws.iter_rows(values_only=True):
            rows.append(["" if v is None else _cell_text(v) for v in values])
            if len(rows) > MAX_ROWS:
                raise ReportError("too_large", path)
        return rows
    finally:
        wb.close()


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_report(path: str | Path) -> Table:
    """Read a CSV (UTF-8 or GB18030) or XLSX report; the first non-empty row is the header."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReportError("too_large", name)
        data = path.read_bytes()
    except OSError as exc:
        raise ReportError("unreadable", name, detail=exc.strerror or str(exc)) from None
    if not data.strip():
        raise ReportError("empty", name)
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() in (".xlsx", ".xlsm"):
        rows = _read_xlsx(data, name)
    else:
        rows = _read_csv(data, name)
    rows = [[c.strip() for c in r] for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise ReportError("empty", name)
    if len(rows) > MAX_ROWS:
        raise ReportError("too_large", name)
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return Table(name, rows[0], rows[1:])


# --- mapping ------------------------------------------------------------------------------------

#: Field -> header words that name it (compared case-insensitively without spaces).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "variant": (
        "素材名称",
        "素材",
        "创意名称",
        "创意",
        "视频名称",
        "视频",
        "creative",
        "adname",
        "ad",
        "variant",
        "版本",
    ),
    "views_3s": ("3秒播放", "3s播放", "3秒有效播放", "3secondviews", "3-secondviews", "3sviews", "3secviews"),
    "completions": (
        "完播",
        "完整播放",
        "播放完成",
        "completions",
        "completedviews",
        "videocompletions",
        "100%views",
    ),
    "plays": ("播放", "视频播放", "plays", "videoplays", "views"),
    "impressions": ("展示", "曝光", "展现", "impressions", "impr"),
    "clicks": ("点击", "clicks", "linkclicks"),
    "conversions": ("转化", "成交", "订单", "conversions", "purchases", "orders", "results"),
    "spend": ("消耗", "花费", "spend", "cost", "amountspent"),
}

#: Header words that mark a derived column (a rate or a unit cost), never a count.
_DERIVED = (
    "率",
    "成本",
    "单价",
    "平均",
    "均价",
    "rate",
    "ctr",
    "cvr",
    "cpa",
    "cpm",
    "cpc",
    "per",
    "%",
    "avg",
    "占比",
)


def _norm(header: str) -> str:
    return re.sub(r"[\s_()（）:：/\-·.]+", "", header.casefold())


def field_of(header: str) -> str | None:
    """The field a header names, or None (rates and unit costs never map to counts)."""
    h = _norm(header)
    if not h:
        return None
    for name in (
        "variant",
        "views_3s",
        "completions",
        "plays",
        "impressions",
        "clicks",
        "conversions",
        "spend",
    ):
        for word in SYNONYMS[name]:
            w = _norm(word)
            if name == "variant":
                if h == w or (len(w) > 2 and h.startswith(w)):
                    return name
                continue
            if w in h:
                if name == "completions" and "100%" in w:
                    return name
                if any(d in h for d in _DERIVED):
                    return None
                return name
    return None


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Field -> column index for every field found; the first matching column wins."""
    mapping: dict[str, int] = {}
    for i, header in enumerate(headers):
        name = field_of(header)
        if name is not None and name not in mapping:
            mapping[name] = i
    return mapping


# --- converting ---------------------------------------------------------------------------------

_TOTAL_WORDS = ("合计", "总计", "汇总", "total", "summary", "all")
_NUMBER_JUNK = re.compile(r"[,\s¥￥$元€£]")


def _number(text: str, where: dict[str, object], integer: bool) -> float:
    cleaned = _NUMBER_JUNK.sub("", text)
    if cleaned in ("", "-", "--", "—"):
        return 0
    try:
        value = float(cleaned)
    except ValueError:
        raise ReportError("not_a_number", value=text, **where) from None
    if not math.isfinite(value):
        raise ReportError("not_a_number", value=text, **where)
    if value < 0:
        raise ReportError("negative", value=text, **where)
    if integer and not value.is_integer():
        raise ReportError("fraction", value=text, **where)
    return value


#: (smaller, larger): a row may never report more of the first than of the second.
_ORDER = (
    ("clicks", "impressions"),
    ("conversions", "clicks"),
    ("completions", "plays"),
    ("views_3s", "plays"),
    ("plays", "impressions"),
)


def results_from_table(table: Table, mapping: dict[str, int], script: Script) -> dict[str, VariantResult]:
    """Sum the mapped rows per variant (matched by name or id); raise ReportError on any bad value."""
    if "variant" not in mapping:
        raise ReportError("no_variant_column", table.path)
    counts = [f for f in FIELDS[1:] if f in mapping]
    if not counts:
        raise ReportError("no_count_column", table.path)
    totals: dict[str, VariantResult] = {}
    unknown: list[str] = []
    for line, row in enumerate(table.rows, start=2):
        name = row[mapping["variant"]].strip() if mapping["variant"] < len(row) else ""
        if not name or _norm(name) in _TOTAL_WORDS:
            continue
        values: dict[str, float] = {}
        for f in counts:
            where: dict[str, object] = {"path": table.path, "row": line, "column": table.headers[mapping[f]]}
            values[f] = _number(row[mapping[f]], where, integer=f != "spend")
        for small, large in _ORDER:
            if small in values and large in values and values[small] > values[large]:
                raise ReportError(
                    "exceeds", table.path, row=line, small=table.headers[mapping[small]],
                    large=table.headers[mapping[large]], small_value=values[small], large_value=values[large],
                )  # fmt: skip
        variant = script.variant(name)
        if variant is None:
            if name not in unknown:
                unknown.append(name)
            continue
        total = totals.setdefault(variant.id, VariantResult(variant.id))
        for f, v in values.items():
            setattr(total, f, getattr(total, f) + (v if f == "spend" else int(v)))
    if unknown:
        raise ReportError("unknown_variants", table.path, names=", ".join(unknown),
                          known=", ".join(v.name for v in script.variants))  # fmt: skip
    if not totals:
        raise ReportError("no_rows", table.path)
    stamp = now_iso()
    source = Path(table.path).name
    for result in totals.values():
        result.spend = round(result.spend, 2)
        result.source, result.updated = source, stamp
    return totals


def import_report(path: str | Path, script: Script, mapping: dict[str, int] | None = None) -> tuple[Table, dict[str, int], dict[str, VariantResult]]:  # fmt: skip
    """Read, map (guessing when no mapping is given) and convert a report in one call."""
    table = read_report(path)
    used = guess_mapping(table.headers) if mapping is None else mapping
    for f, col in used.items():
        if f not in FIELDS or not 0 <= col < len(table.headers):
            raise ValueError(f"bad mapping {f} -> {col}")
    return table, used, results_from_table(table, used, script)

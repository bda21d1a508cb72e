"""Read an ad platform's CSV or XLSX report and preview what it would change, checking every number.

Nothing here touches the project: :func:`read_report` gives a table, :func:`guess_mapping`
proposes which column holds what (per-platform names, see :mod:`report_profiles`), and
:func:`preview` matches every row to a variant and works out each variant's new results.
A report never replaces a value with nothing: a field the report does not carry (or leaves
blank for a variant) keeps its earlier value, and a report without any count is refused.
When a kept value contradicts the new ones, the preview names the conflict and offers to replace
the variant's results or keep only what agrees (:mod:`report_conflicts`), listing what each drops.
The caller applies ``Preview.merged`` in one step, or shows it and changes nothing.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import logging
import math
import re
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from studio.imports import report_profiles as profiles
from studio.imports.ad_names import assign
from studio.imports.report_conflicts import CHOICES, Conflict, find_conflicts, resolve

# The profiles' names are this module's public face too (the fronts and tests import them from here).
from studio.imports.report_profiles import COUNTS as COUNTS
from studio.imports.report_profiles import FIELDS as FIELDS
from studio.imports.report_profiles import MONEY as MONEY
from studio.imports.report_profiles import RATE_OF as RATE_OF
from studio.imports.report_profiles import Profile as Profile
from studio.imports.report_profiles import field_of as field_of
from studio.imports.text_decode import decode_text, read_bounded, sniff_dialect
from studio.imports.xlsx_limits import REPORT as REPORT_LIMITS
from studio.imports.xlsx_limits import WorkbookRefused, check_workbook, sheet_rows
from studio.models.creator_list import MAX_NUMBER as MAX_COUNT
from studio.models.creator_list import CreatorValueError, parse_number
from studio.models.entities import Script, VariantResult, now_iso
from studio.models.funnel import PARENT

log = logging.getLogger(__name__)

MAX_BYTES = 50_000_000
#: Most data rows a report may have (the header and any title rows above it are not counted).
MAX_ROWS = 100_000
#: Rows looked at for the header (platforms put a title or a date range above it).
HEADER_SCAN_ROWS = 10
#: Rows between two calls of a progress callback.
PROGRESS_EVERY = 2000

#: ``progress(done, total)`` (total 0 when not known yet); it may raise to stop the work (a cancel).
Progress = Callable[[int, int], None]


class ReportError(Exception):
    """A report that cannot be imported; ``kind`` says why, ``fields`` carry the details.

    Kinds: empty, binary, unreadable, unsafe (XML no spreadsheet program writes), too_large, field_too_long, no_variant_column, no_count_column,
    not_a_number, negative, fraction, too_big, exceeds, exceeds_kept (an unresolved conflict), exceeds_total,
    unknown_variants, no_rows.
    """

    def __init__(self, kind: str, path: object = "", **fields: object) -> None:
        self.kind = kind
        self.path = str(path)
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
    text = decode_text(data)
    if text is None:
        raise ReportError("binary", path)
    return text


def _read_csv(data: bytes, path: str, progress: Progress | None = None) -> list[list[str]]:
    text = _decode(data, path)
    dialect = sniff_dialect(text[:4096])
    reader = csv.reader(io.StringIO(text), dialect)
    rows: list[list[str]] = []
    try:
        for row in reader:
            rows.append(row)
            if progress is not None and len(rows) % PROGRESS_EVERY == 0:
                progress(len(rows), 0)
        return rows
    except csv.Error as exc:
        # The csv module's own limit (131,072 characters a field) guards memory; say where it was hit.
        if "field limit" in str(exc):
            raise ReportError(
                "field_too_long", path, row=reader.line_num, limit=csv.field_size_limit()
            ) from None
        raise ReportError("unreadable", path, detail=f"line {reader.line_num}: {exc}") from None


def _read_xlsx(data: bytes, path: str, progress: Progress | None = None) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        # The workbook gate first: a 5 KB file declaring A1:XFD1048576 must not reach openpyxl's padding.
        extents = check_workbook(data, REPORT_LIMITS)
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except WorkbookRefused as exc:
        kind = (
            "unsafe"
            if exc.reason.startswith("xml")
            else "unreadable"
            if exc.reason == "unreadable"
            else "too_large"
        )
        raise ReportError(kind, path, detail=str(exc.fields.get("detail", exc.reason))) from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ReportError("unreadable", path, detail=str(exc) or type(exc).__name__) from None
    try:
        ws = wb.worksheets[0]
        rows: list[list[str]] = []
        for values in sheet_rows(ws, extents, REPORT_LIMITS):
            rows.append(["" if v is None else _cell_text(v) for v in values])
            if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
                raise ReportError("too_large", path, limit_rows=MAX_ROWS)
            if progress is not None and len(rows) % PROGRESS_EVERY == 0:
                progress(len(rows), 0)
        return rows
    finally:
        wb.close()


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_report(path: str | Path, progress: Progress | None = None) -> Table:
    """Read a CSV (UTF-8 or GB18030) or XLSX report; the first row with a name column is the header.

    ``progress(rows read, 0)`` is called now and then; an exception it raises stops the reading."""
    path = Path(path)
    name = str(path)
    data = read_bounded(path, MAX_BYTES, ReportError)
    if not data.strip():
        raise ReportError("empty", name)
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() in (".xlsx", ".xlsm"):
        rows = _read_xlsx(data, name, progress)
    else:
        rows = _read_csv(data, name, progress)
    rows = [[c.strip() for c in r] for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise ReportError("empty", name)
    # Platforms put a title or a date range above the header ("2025-11-01 ~ 2025-11-30").
    start = next((i for i, r in enumerate(rows[:HEADER_SCAN_ROWS]) if "variant" in guess_mapping(r)), 0)
    if len(rows) - start - 1 > MAX_ROWS:
        raise ReportError("too_large", name, limit_rows=MAX_ROWS)
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) if len(r) < width else r for r in rows]
    return Table(name, rows[start], rows[start + 1 :])


# --- mapping ------------------------------------------------------------------------------------


def guess_mapping(headers: list[str], profile: Profile | None = None) -> dict[str, int]:
    """Field -> column index for every field found (the platform's best column per field)."""
    return profiles.guess(headers, profile)


# --- converting ---------------------------------------------------------------------------------

_TOTAL_WORDS = ("合计", "总计", "汇总", "total", "summary", "all", "总和")
_NUMBER_JUNK = re.compile(r"[,，\s¥￥$元€£]")
_BLANK = ("", "-", "--", "—", "n/a", "na", "null")


def _number(text: str, where: dict[str, object], integer: bool, money: bool = False) -> float | None:
    """A cell's number as people and platforms write it (3,980 · 1.2万 · 3.5w · ¥600 · 1.2E+05); None when blank.

    Counts and amounts go through the creators list's parser, so a report and a roster read "1.2万" alike.
    """
    cleaned = _NUMBER_JUNK.sub("", text).casefold()
    if cleaned in _BLANK:
        return None
    try:
        value = float(parse_number("gmv" if money else "plays", text) if integer or money else cleaned)
    except CreatorValueError as exc:
        if exc.reason == "negative":
            raise ReportError("negative", value=text, **where) from None
        if exc.reason == "too_large":
            raise ReportError("too_big", value=text, limit=MAX_COUNT, **where) from None
        if exc.reason == "not_whole":
            raise ReportError("fraction", value=text, **where) from None
        value = _plain(cleaned, text, where)  # Excel's scientific notation, "1.2E+05"
    except ValueError:
        raise ReportError("not_a_number", value=text, **where) from None
    if not math.isfinite(value):
        raise ReportError("not_a_number", value=text, **where)
    if value < 0:
        raise ReportError("negative", value=text, **where)
    if value > MAX_COUNT:
        # Beyond any ad's numbers, and beyond what the project file stores as a whole number (2^63).
        raise ReportError("too_big", value=text, limit=MAX_COUNT, **where)
    if integer and not value.is_integer():
        raise ReportError("fraction", value=text, **where)
    return value


def _plain(cleaned: str, text: str, where: dict[str, object]) -> float:
    try:
        return float(cleaned)
    except ValueError:
        raise ReportError("not_a_number", value=text, **where) from None


def _rate(text: str, where: dict[str, object], percent: bool) -> float | None:
    """A share from "12.5%", "12.5" (a column in percent) or "0.125"; None when blank."""
    cleaned = _NUMBER_JUNK.sub("", text)
    has_sign = cleaned.endswith("%")
    value = _number(cleaned.rstrip("%"), where, integer=False)
    if value is None:
        return None
    share = value / 100 if (has_sign or percent) else value
    if share > 1:
        raise ReportError("not_a_number", value=text, **where)
    return share


#: (smaller, larger): a row may never report more of the first than of the second.
ORDER = tuple(PARENT.items())


@dataclass
class RowPreview:
    """One data row: its line in the file, its ad name, the variant it goes to and why."""

    line: int
    name: str
    variant_id: str | None
    how: str
    values: dict[str, float]
    candidates: tuple[str, ...] = ()


@dataclass
class Preview:
    """What a report would change: every row's match, and each touched variant's new results."""

    table: Table
    mapping: dict[str, int]
    profile: Profile | None
    rows: list[RowPreview]
    #: Variant id -> the fields the report gives it (summed over its rows).
    totals: dict[str, dict[str, float]]
    #: Variant id -> its results after the import (earlier values kept where the report says nothing).
    merged: dict[str, VariantResult]
    #: (kind, details) sentences-to-be: which column is the CTR numerator, what was derived or kept.
    notes: list[tuple[str, dict[str, object]]]
    #: How conflicts are resolved: None (keep every earlier value), "replace" or "agree".
    choice: str | None = None
    #: Earlier values that contradict the report's, with every earlier value kept.
    conflicts: list[Conflict] = field(default_factory=list)
    #: Choice -> variant id -> the earlier values that choice drops (name -> value); variants dropping nothing left out.
    dropped: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)

    @property
    def unresolved(self) -> bool:
        """Whether a conflict waits for a choice (then ``merged`` is empty: nothing can be stored)."""
        return bool(self.conflicts) and self.choice is None

    @functools.cached_property
    def unmatched(self) -> list[RowPreview]:
        """Rows no variant was found for (unmatched or ambiguous), in file order (worked out once)."""
        return [r for r in self.rows if r.variant_id is None and r.how != "skipped"]


def _header(table: Table, mapping: Mapping[str, int], name: str) -> str:
    return table.headers[mapping[name]]


def _row_values(table: Table, mapping: Mapping[str, int], row: list[str], line: int,
                percent: dict[str, bool]) -> dict[str, float]:  # fmt: skip
    values: dict[str, float] = {}
    for name, col in mapping.items():
        if name == "variant":
            continue
        where: dict[str, object] = {"path": table.path, "row": line, "column": table.headers[col]}
        text = row[col] if col < len(row) else ""
        value = (
            _rate(text, where, percent[name])
            if name in RATE_OF
            else _number(text, where, name in COUNTS, name in MONEY)
        )
        if value is not None:
            values[name] = value
    for small, large in ORDER:
        if small in values and large in values and values[small] > values[large]:
            raise ReportError(
                "exceeds", table.path, row=line, small=_header(table, mapping, small),
                large=_header(table, mapping, large), small_value=values[small], large_value=values[large],
            )  # fmt: skip
    return values


def _percent_columns(table: Table, mapping: Mapping[str, int]) -> dict[str, bool]:
    """Rate field -> True when its column is in percent (some value above 1, or a % sign)."""
    out: dict[str, bool] = {}
    for name in RATE_OF:
        if name not in mapping:
            continue
        col = mapping[name]
        texts = [r[col] for r in table.rows if col < len(r)]
        numbers = []
        for t in texts:
            try:
                numbers.append(float(_NUMBER_JUNK.sub("", t).rstrip("%")))
            except ValueError:
                continue
        out[name] = any(t.strip().endswith("%") for t in texts) or any(n > 1 for n in numbers)
    return out


def _add_row(total: dict[str, float], values: dict[str, float], mapping: Mapping[str, int]) -> None:
    """Add a row's values; a rate becomes a count of its row's plays (or impressions)."""
    for name, value in values.items():
        if name in RATE_OF:
            count = RATE_OF[name]
            if count in mapping:
                continue  # the report has the count itself
            base = values.get("plays", values.get("impressions"))
            if base is None:
                continue
            total[count] = total.get(count, 0) + round(value * base)
        else:
            total[name] = total.get(name, 0) + value


def _notes(
    table: Table, mapping: Mapping[str, int], profile: Profile | None
) -> list[tuple[str, dict[str, object]]]:
    notes: list[tuple[str, dict[str, object]]] = []
    if profile is not None:
        notes.append(("profile", {"key": profile.key}))
    if "clicks" in mapping:
        notes.append(("ctr_numerator", {"column": _header(table, mapping, "clicks")}))
        used = set(mapping.values())
        for i, header in enumerate(table.headers):
            h = profiles.norm(header)
            if i not in used and any(a in h for a in profiles.ALL_CLICKS):
                notes.append(("all_clicks_unused", {"column": header}))
    if "completions" in mapping and "thruplay" in profiles.norm(_header(table, mapping, "completions")):
        notes.append(("thruplays", {"column": _header(table, mapping, "completions")}))
    for rate, count in RATE_OF.items():
        if rate in mapping and count not in mapping:
            base = "plays" if "plays" in mapping else "impressions"
            if base in mapping:
                notes.append(("derived", {"field": count, "column": _header(table, mapping, rate),
                                          "base": _header(table, mapping, base)}))  # fmt: skip
    return notes


def preview(
    table: Table,
    mapping: Mapping[str, int],
    script: Script,
    earlier: Mapping[str, VariantResult],
    picks: Mapping[int, str | None] | None = None,
    profile: Profile | None = None,
    choice: str | None = None,
    progress: Progress | None = None,
) -> Preview:
    """Match every row, sum per variant and merge into the earlier results; raise ReportError on bad data.

    ``picks`` maps a row's line to the variant the user chose for it (None: leave the row out).
    Rows still unmatched are listed in the preview and contribute nothing. ``choice`` ("replace" or
    "agree") says what to do with earlier values the report lacks; without one they are all kept, and
    a conflict leaves the preview unresolved. ``progress(rows done, rows)`` is called now and then;
    an exception it raises stops the work.
    """
    if choice is not None and choice not in CHOICES:
        raise ValueError(f"unknown choice {choice!r}")
    for name, col in mapping.items():
        if name not in FIELDS or not 0 <= col < len(table.headers):
            raise ValueError(f"bad mapping {name} -> {col}")
    if "variant" not in mapping:
        raise ReportError("no_variant_column", table.path)
    has_rate_base = any(r in mapping for r in RATE_OF) and ("plays" in mapping or "impressions" in mapping)
    if not any(c in mapping for c in COUNTS) and not has_rate_base:
        raise ReportError("no_count_column", table.path)
    picks = picks or {}
    percent = _percent_columns(table, mapping)
    ids = {v.id for v in script.variants}
    rows: list[RowPreview] = []
    totals: dict[str, dict[str, float]] = {}
    for line, row in enumerate(table.rows, start=2):
        if progress is not None and line % PROGRESS_EVERY == 0:
            progress(line - 2, len(table.rows))
        name = row[mapping["variant"]].strip() if mapping["variant"] < len(row) else ""
        if not name or profiles.norm(name) in _TOTAL_WORDS or name.startswith(("合计", "总计", "Total")):
            continue
        values = _row_values(table, mapping, row, line, percent)
        vid, how, cands = assign(name, script, picks, line, ids)
        rows.append(RowPreview(line, name, vid, how, values, cands))
        if vid is not None:
            _add_row(totals.setdefault(vid, {}), values, mapping)
    if not rows:
        raise ReportError("no_rows", table.path)
    for values in totals.values():
        for name, value in values.items():
            if value > MAX_COUNT:  # each row fits, but their sum does not
                raise ReportError("too_big", table.path, value=f"{value:.0f}", limit=MAX_COUNT, row="Σ",
                                  column=_header(table, mapping, name) if name in mapping else name)  # fmt: skip
    rows.sort(key=lambda r: (r.variant_id is not None or r.how == "skipped", r.line))
    names = {v.id: v.name for v in script.variants}
    kept_all = _merge(table, totals, earlier)
    conflicts: list[Conflict] = []
    for vid, result in kept_all.items():
        clashes = find_conflicts(vid, result, totals[vid])
        for c in clashes:
            if c.small in totals[vid] and c.large in totals[vid]:
                # Rows blank in different columns: the report's own sums disagree, no earlier value to drop.
                raise ReportError("exceeds_total", table.path, variant=names.get(vid, vid), small=c.small,
                                  large=c.large, small_value=c.small_value, large_value=c.large_value)  # fmt: skip
        conflicts += clashes
    dropped: dict[str, dict[str, dict[str, float]]] = {c: {} for c in CHOICES}
    options: dict[str, dict[str, VariantResult]] = {c: {} for c in CHOICES}
    for way in CHOICES:
        for vid, result in kept_all.items():
            options[way][vid], gone = resolve(way, result, totals[vid])
            if gone:
                dropped[way][vid] = gone
    # Without a choice every earlier value is kept, so a conflict leaves nothing to store.
    merged = options[choice] if choice is not None else {} if conflicts else kept_all
    return Preview(table, dict(mapping), profile, rows, totals, merged, _notes(table, mapping, profile),
                   choice, conflicts, dropped)  # fmt: skip


def _merge(table: Table, totals: dict[str, dict[str, float]],
           earlier: Mapping[str, VariantResult]) -> dict[str, VariantResult]:  # fmt: skip
    """Each touched variant's results with the report's fields replaced and every other field kept."""
    stamp, source = now_iso(), Path(table.path).name
    merged: dict[str, VariantResult] = {}
    for vid, values in totals.items():
        old = earlier.get(vid)
        result = dataclasses.replace(old, retention=list(old.retention)) if old else VariantResult(vid)
        for name, value in values.items():
            setattr(result, name, round(value, 2) if name in MONEY else int(value))
        result.source, result.updated = source, stamp
        merged[vid] = result
    return merged


def conflict_error(shown: Preview, names: Mapping[str, str]) -> ReportError:
    """The refusal of an unresolved preview: its first conflict, and what each choice would drop."""
    c = shown.conflicts[0]
    drops = {way: dropped_list(shown, way, names) for way in CHOICES}
    return ReportError("exceeds_kept", shown.table.path, variant=names.get(c.variant_id, c.variant_id),
                       small=c.small, large=c.large, small_value=c.small_value, large_value=c.large_value,
                       kept=c.kept, replace_drops=drops["replace"], agree_drops=drops["agree"],
                       count=len(shown.conflicts))  # fmt: skip


def dropped_list(shown: Preview, choice: str, names: Mapping[str, str]) -> list[tuple[str, str, float]]:
    """(variant name, field, earlier value) of every value ``choice`` would drop, variant by variant."""
    return [(names.get(vid, vid), name, value)
            for vid, gone in shown.dropped.get(choice, {}).items() for name, value in gone.items()]  # fmt: skip


def import_report(
    path: str | Path,
    script: Script,
    mapping: dict[str, int] | None = None,
    earlier: Mapping[str, VariantResult] | None = None,
    choice: str | None = None,
) -> Preview:
    """Read, map (guessing when no mapping is given) and preview a report in one call; unmatched rows
    and unresolved conflicts refuse."""
    table = read_report(path)
    profile = profiles.detect(table.headers)
    used = guess_mapping(table.headers, profile) if mapping is None else mapping
    result = preview(table, used, script, earlier or {}, profile=profile, choice=choice)
    if result.unresolved:
        raise conflict_error(result, {v.id: v.name for v in script.variants})
    if result.unmatched:
        raise ReportError("unknown_variants", table.path, names=", ".join(r.name for r in result.unmatched),
                          known=", ".join(v.name for v in script.variants))  # fmt: skip
    if not result.totals:
        raise ReportError("no_rows", table.path)
    return result

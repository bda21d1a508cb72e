"""Read a creators list (达人名单) from CSV/XLSX or pasted spreadsheet cells, and preview what it changes.

What people keep: an agency's roster or a platform's export with headers such as 达人昵称, 平台,
抖音号, 状态, 视频链接, 播放量, 成交订单数, 成交金额(元), GMV, 备注 (or their English names). The
header row is found by those names; without one, pasted cells follow the table's column order.
Files are bounded in size, rows and cell length before anything is parsed; workbooks go through
the same safety scan as every other workbook (:mod:`studio.imports.xlsx_limits`). Nothing here
touches the project: :func:`preview` gives the new list and what changes, the caller applies it.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from studio.imports.text_decode import decode_text, read_bounded, sniff_dialect
from studio.imports.xlsx_limits import LIST, WorkbookRefused, check_workbook, sheet_rows
from studio.models.brief import Creator
from studio.models.creator_list import (
    ALL_FIELDS,
    CREATOR_FIELDS,
    MAX_CREATORS,
    CreatorValueError,
    merge_rows,
    variant_choices,
)
from studio.models.deals import project_currency
from studio.models.entities import Project

#: Largest file read (a roster of thousands of creators is far smaller).
MAX_BYTES = 5 * 1024 * 1024
#: Most data rows read, and the longest cell kept before checking.
MAX_ROWS = MAX_CREATORS
MAX_CELL = 4000
#: Header words (lower case, without units in brackets) -> field.
HEADERS: dict[str, str] = {
    **{f: f for f in ALL_FIELDS},
    **{f.replace("_", " "): f for f in ALL_FIELDS},
    # name
    "达人昵称": "name", "达人名称": "name", "达人": "name", "达人名": "name", "昵称": "name", "达人姓名": "name",
    "主播昵称": "name", "作者昵称": "name", "作者": "name", "红人": "name", "博主": "name", "kol": "name",
    "名称": "name", "姓名": "name", "creator": "name", "creator name": "name", "influencer": "name",
    "talent": "name", "nickname": "name", "kol name": "name",
    # platform
    "平台": "platform", "投放平台": "platform", "发布平台": "platform", "channel": "platform",
    # handle
    "账号": "handle", "抖音号": "handle", "快手号": "handle", "视频号id": "handle", "达人账号": "handle",
    "达人id": "handle", "账号id": "handle", "id": "handle", "uid": "handle", "达人uid": "handle",
    "account": "handle", "username": "handle", "user name": "handle", "@handle": "handle",
    # variant
    "版本": "variant", "脚本版本": "variant", "分配版本": "variant", "素材版本": "variant", "拍摄版本": "variant",
    "version": "variant", "assigned variant": "variant", "script version": "variant",
    # status
    "状态": "status", "合作状态": "status", "进度": "status", "合作进度": "status", "stage": "status",
    # link
    "链接": "link", "视频链接": "link", "作品链接": "link", "发布链接": "link", "视频地址": "link",
    "url": "link", "video link": "link", "video url": "link", "post link": "link",
    # plays
    "播放量": "plays", "播放": "plays", "播放数": "plays", "播放次数": "plays", "观看量": "plays",
    "观看次数": "plays", "views": "plays", "video views": "plays",
    # conversions
    "成交": "conversions", "成交单数": "conversions", "成交订单数": "conversions", "订单数": "conversions",
    "订单量": "conversions", "转化数": "conversions", "销量": "conversions", "成交件数": "conversions",
    "orders": "conversions", "purchases": "conversions",
    # gmv
    "成交金额": "gmv", "销售额": "gmv", "成交额": "gmv", "带货gmv": "gmv", "带货金额": "gmv", "gmv": "gmv",
    "revenue": "gmv", "sales": "gmv", "sales amount": "gmv",
    # notes
    "备注": "notes", "说明": "notes", "remark": "notes", "remarks": "notes", "comment": "notes", "note": "notes",
    # the deal (studio.models.deals)
    "档位": "tier", "等级": "tier", "达人等级": "tier", "达人档位": "tier", "达人层级": "tier", "量级": "tier",
    "达人量级": "tier", "level": "tier", "creator tier": "tier",
    "合作方式": "deal", "合作模式": "deal", "合作形式": "deal", "结算方式": "deal", "计费方式": "deal",
    "deal type": "deal", "deal terms": "deal", "pricing": "deal", "pricing model": "deal",
    "费用": "fee", "报价": "fee", "坑位费": "fee", "合作费用": "fee", "达人费用": "fee", "达人报价": "fee",
    "刊例价": "fee", "一口价": "fee", "服务费": "fee", "price": "fee", "cost": "fee", "quote": "fee",
    "flat fee": "fee", "creator fee": "fee",
    "佣金": "commission", "佣金比例": "commission", "佣金率": "commission", "分佣比例": "commission",
    "cps佣金": "commission", "commission rate": "commission", "cps": "commission",
    "保底播放": "guaranteed_plays", "保底播放量": "guaranteed_plays", "保量": "guaranteed_plays",
    "保底量": "guaranteed_plays", "guaranteed views": "guaranteed_plays",
    "交付内容": "deliverables", "交付物": "deliverables", "合作内容": "deliverables", "内容形式": "deliverables",
    "交稿日期": "draft_due", "交稿时间": "draft_due", "初稿日期": "draft_due", "初稿时间": "draft_due",
    "脚本交稿": "draft_due", "draft due": "draft_due", "draft date": "draft_due", "draft deadline": "draft_due",
    "实际交稿": "draft_in", "实际交稿日期": "draft_in", "交稿情况": "draft_in", "draft received": "draft_in",
    "终稿日期": "final_due", "成片日期": "final_due", "定稿日期": "final_due", "终稿时间": "final_due",
    "final cut due": "final_due", "final due date": "final_due",
    "发布日期": "post_due", "发布时间": "post_due", "上线日期": "post_due", "上线时间": "post_due",
    "排期": "post_due", "发布排期": "post_due", "post date": "post_due", "posting date": "post_due",
    "publish date": "post_due", "go-live": "post_due", "go live date": "post_due",
    "授权平台": "rights_platforms", "授权渠道": "rights_platforms", "使用平台": "rights_platforms",
    "usage platforms": "rights_platforms", "rights platforms": "rights_platforms",
    "usage rights platforms": "rights_platforms",
    "投流授权": "paid_ads", "投流": "paid_ads", "可投流": "paid_ads", "是否投流": "paid_ads", "广告授权": "paid_ads",
    "paid ads": "paid_ads", "paid ad use": "paid_ads", "paid usage": "paid_ads", "whitelisting": "paid_ads",
    "ad rights": "paid_ads",
    "授权到期": "rights_until", "授权到期日": "rights_until", "授权截止": "rights_until",
    "授权截止日期": "rights_until", "授权到期时间": "rights_until", "rights until": "rights_until",
    "rights expiry": "rights_until", "usage until": "rights_until", "usage rights expiry": "rights_until",
    "license expiry": "rights_until",
    "独家期": "exclusive_days", "独家期限": "exclusive_days", "排他期": "exclusive_days",
    "竞品排他期": "exclusive_days", "独家天数": "exclusive_days", "exclusivity": "exclusive_days",
    "exclusivity window": "exclusive_days", "exclusive days": "exclusive_days",
}  # fmt: skip
_UNITS = re.compile(r"[（(【\[].*?[)）】\]]")
#: Header rows looked for among the first rows (a title row or two often comes first).
HEADER_SCAN_ROWS = 10


class CreatorImportError(Exception):
    """A creators file that cannot be read; ``reason``: too_large, binary, unreadable, unsafe, too_many,
    no_name_column, empty, field_too_long."""

    def __init__(self, reason: str, path: str, **facts: object) -> None:
        super().__init__(f"{path}: {reason} {facts}")
        self.reason, self.path, self.facts = reason, path, facts


@dataclass
class Preview:
    """What an import would do: the new list (without the bad rows), the names added and updated,
    the fields it read, and every bad value of the rows it leaves out."""

    creators: list[Creator]
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    #: The creator fields the rows carry, in table order.
    fields: list[str] = field(default_factory=list)
    #: Every bad value, in sheet order, each with ``facts['row']``; their rows are not in ``creators``.
    problems: list[CreatorValueError] = field(default_factory=list)
    #: How many rows the file holds (blank ones not counted).
    rows: int = 0
    #: (creator, field, earlier value, new value) for every non-empty earlier value an update replaces,
    #: so nothing is dropped without being listed.
    overwritten: list[tuple[str, str, object, object]] = field(default_factory=list)
    #: True when the earlier values in ``overwritten`` are kept (--keep-agreeing) rather than replaced:
    #: the list's values are then taken only where they agree with the project or fill an empty field.
    kept: bool = False

    @property
    def changes(self) -> bool:
        """Whether applying it changes anything."""
        return bool(self.added or self.updated)

    @property
    def skipped(self) -> list[int]:
        """The sheet's numbers of the rows left out for a bad value, each once, in order."""
        return sorted({int(str(p.facts["row"])) for p in self.problems})


def header_field(cell: str) -> str | None:
    """The creator field a header cell names ('成交金额(元)' -> gmv), or None."""
    key = " ".join(_UNITS.sub("", cell).replace("_", " ").split()).casefold().rstrip(":：")
    return HEADERS.get(key)


def _decode(data: bytes, path: str) -> str:
    text = decode_text(data)
    if text is None:
        raise CreatorImportError("binary", path)
    return text


def _bounded(rows: list[list[str]], path: str) -> list[list[str]]:
    if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
        raise CreatorImportError("too_many", path, limit=MAX_ROWS)
    for r, row in enumerate(rows, 1):
        if any(len(cell) > MAX_CELL for cell in row):
            raise CreatorImportError("field_too_long", path, row=r, limit=MAX_CELL)
    return rows


def rows_from_text(text: str, path: str = "") -> list[list[str]]:
    """Cells from CSV, or tab-separated text as a spreadsheet copies it (quoted cells may hold newlines)."""
    sample = text[:4096]
    dialect = csv.excel_tab if "\t" in sample else sniff_dialect(sample)
    reader = csv.reader(io.StringIO(text), dialect)
    rows: list[list[str]] = []
    try:
        for row in reader:
            rows.append(row)
            if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
                raise CreatorImportError("too_many", path, limit=MAX_ROWS)
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise CreatorImportError("field_too_long", path, row=reader.line_num, limit=MAX_CELL) from None
        raise CreatorImportError("unreadable", path, detail=f"line {reader.line_num}: {exc}") from None
    return _bounded(rows, path)


def _cell(value: object, number_format: str = "") -> str:
    if value is None:
        return ""
    if "%" in number_format and isinstance(value, int | float) and not isinstance(value, bool):
        # a cell shown as 12.5% holds 0.125: read as the percentage the sheet shows
        return f"{Decimal(str(value)) * 100:f}".rstrip("0").rstrip(".") + "%"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _rows_from_xlsx(path: Path, data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        # The bytes already read (bounded): a pipe cannot be read twice, and the file may have changed.
        extents = check_workbook(data, LIST)
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except WorkbookRefused as exc:
        # Beyond the limits, or XML no spreadsheet program writes (entities, a damaged part).
        reason = {"unreadable": "binary"}.get(
            exc.reason, "unsafe" if exc.reason.startswith("xml") else "too_large"
        )
        raise CreatorImportError(reason, str(path), detail=exc.reason) from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise CreatorImportError("unreadable", str(path), detail=str(exc) or type(exc).__name__) from None
    try:
        rows: list[list[str]] = []
        for cells in sheet_rows(wb.worksheets[0], extents, LIST, values_only=False):
            rows.append([_cell(c.value, getattr(c, "number_format", "") or "") for c in cells[:40]])
            if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
                raise CreatorImportError("too_many", str(path), limit=MAX_ROWS)
        return _bounded(rows, str(path))
    finally:
        wb.close()


def read_rows(path: str | Path) -> list[list[str]]:
    """The cells of a CSV (UTF-8 or GB18030) or XLSX file, bounded before parsing."""
    path = Path(path)
    name = str(path)
    data = read_bounded(path, MAX_BYTES, CreatorImportError)
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _rows_from_xlsx(path, data)
    return rows_from_text(_decode(data, name), name)


def find_columns(rows: list[list[str]]) -> tuple[int, dict[int, str]]:
    """(index of the header row, {column: field}); (-1, {}) when no row names a creator's name column."""
    for r, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        found: dict[int, str] = {}
        for c, cell in enumerate(row):
            name = header_field(cell)
            if name is not None and name not in found.values():
                found[c] = name
        # Two named columns, or a row of nothing but header words ("达人昵称" over a list of names alone).
        alone = all(header_field(cell) for cell in row if cell.strip())
        if "name" in found.values() and (len(found) >= 2 or alone):
            return r, found
    return -1, {}


def records(
    rows: list[list[str]], path: str = "", order: tuple[str, ...] = CREATOR_FIELDS, need_header: bool = False
) -> list[tuple[int, dict[str, str]]]:
    """(row number in the sheet, field -> text) by the header row, else (pasted cells) in ``order``;
    blank rows skipped. A file ``need_header``: without one, any text file would read as creators."""
    header, columns = find_columns(rows)
    if header < 0:
        if need_header or (rows and any(header_field(c) for c in rows[0])):
            raise CreatorImportError("no_name_column", path)
        columns = dict(enumerate(order))
    out: list[tuple[int, dict[str, str]]] = []
    for number, row in enumerate(rows[header + 1 :], header + 2):
        if not any(cell.strip() for cell in row):
            continue
        out.append((number, {f: row[c] for c, f in columns.items() if c < len(row) and row[c].strip()}))
    if not out:
        raise CreatorImportError("empty", path)
    return out


def preview(project: Project, rows: list[tuple[int, dict[str, str]]]) -> Preview:
    """What merging numbered ``rows`` into the project's creators gives: the good rows merged, every
    bad value of the others listed (the caller decides whether to apply the good ones)."""
    result = merge_rows(project.creators, rows, variant_choices(project), project_currency(project))
    used = sorted({f for _, row in rows for f in row}, key=ALL_FIELDS.index)
    return Preview(result.creators, result.added, result.updated, used, result.problems, len(rows),
                   _overwritten(project.creators, result.creators, result.updated))  # fmt: skip


def _overwritten(
    before: list[Creator], after: list[Creator], updated: list[str]
) -> list[tuple[str, str, object, object]]:
    """Every earlier non-empty value the updates replace, creator by creator, in the table's field order."""
    old = {t.name.casefold(): t for t in before}
    out: list[tuple[str, str, object, object]] = []
    names = {n.casefold() for n in updated}
    for creator in after:
        was = old.get(creator.name.casefold())
        if was is None or creator.name.casefold() not in names:
            continue
        for name in ALL_FIELDS:
            a, b = getattr(was, name), getattr(creator, name)
            if a and a != b:  # an empty earlier value ("", 0, [], no) is filled, not replaced
                out.append((creator.name, name, a, b))
    return out


def keeping_agreeing(project: Project, plan: Preview) -> Preview:
    """``plan`` with every earlier value it would replace kept instead (the conflicts stay listed in
    ``overwritten``, now as kept): the list adds creators and fills empty fields, and changes no
    value the project already holds. A creator left as it was is no longer counted as updated."""
    creators = list(plan.creators)
    where = {t.name.casefold(): i for i, t in enumerate(creators)}
    for who, name, old, _new in plan.overwritten:
        at = where[who.casefold()]
        earlier: dict[str, Any] = {name: old}
        creators[at] = dataclasses.replace(creators[at], **earlier)
    before = {t.name.casefold(): t for t in project.creators}
    updated = [n for n in plan.updated if creators[where[n.casefold()]] != before.get(n.casefold())]
    return dataclasses.replace(plan, creators=creators, updated=updated, kept=True)


def preview_file(project: Project, path: str | Path, keep_agreeing: bool = False) -> Preview:
    """:func:`preview` of a CSV or XLSX creators file; with ``keep_agreeing``, see :func:`keeping_agreeing`."""
    plan = preview(project, records(read_rows(path), str(path), need_header=True))
    return keeping_agreeing(project, plan) if keep_agreeing else plan

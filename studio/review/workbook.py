"""The review workbook: one row per shot with an opinion (意见) and an approve (通过) column.

Each row carries its shot's anchor in a hidden first column, and a hidden sheet names the
project and round, so rows the client re-sorts, deletes or duplicates still find their shot.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.exports.common import atomic_write, cell_text, word
from studio.models.entities import Project, Script, Variant
from studio.models.timeline import cut
from studio.review.anchors import document_mark, read_mark, shot_token
from studio.wording import say_in

#: The text columns sent (and read back as suggested edits when the client changes them).
TEXT_COLUMNS = ("visual", "voiceover", "onscreen_text")
#: What the client may write in the approve column, in either language -> the approval state.
VERDICTS = {
    "通过": "approved",
    "同意": "approved",
    "ok": "approved",
    "approved": "approved",
    "approve": "approved",
    "yes": "approved",
    "y": "approved",
    "✓": "approved",
    "√": "approved",
    "需修改": "changes",
    "修改": "changes",
    "不通过": "changes",
    "changes": "changes",
    "change": "changes",
    "no": "changes",
    "n": "changes",
    "×": "changes",
    "待审": "pending",
    "pending": "pending",
}
#: The workbook's own columns (the others are the exports' words): their catalogue keys.
_HEAD = {
    "anchor": "review.book.anchor",
    "variant": "label.variant",
    "opinion": "review.book.opinion",
    "approve": "review.book.approve",
}
MARK_SHEET = "studio"


def _head(key: str, lang: str) -> str:
    return say_in(lang, _HEAD[key]) if key in _HEAD else word(key, lang)


def write_workbook(project: Project, script: Script, variants: list[Variant], path: Path, lang: str,
                   round_number: int) -> Path:  # fmt: skip
    """Write the review workbook for ``variants``; returns the path written."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = say_in(lang, "label.review")
    keys = ["anchor", "variant", "code", *TEXT_COLUMNS, "opinion", "approve"]
    ws.append([_head(k, lang) for k in keys])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
    for variant in variants:
        for timed in cut(script, variant):
            shot = timed.shot
            ws.append([shot_token(shot.id), cell_text(variant.name), cell_text(shot.code),
                       *(cell_text(getattr(shot, k)) for k in TEXT_COLUMNS), "", ""])  # fmt: skip
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = {"A": 10, "B": 12, "C": 9, "D": 34, "E": 34, "F": 22, "G": 34, "H": 10}
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = "C2"
    check = DataValidation(type="list", formula1=f'"{say_in(lang, "review.book.choices")}"', allow_blank=True)
    ws.add_data_validation(check)
    check.add(f"H2:H{max(ws.max_row, 2)}")
    mark = wb.create_sheet(MARK_SHEET)
    mark["A1"] = document_mark(project, round_number)
    mark.sheet_state = "hidden"
    out = io.BytesIO()
    wb.save(out)
    return atomic_write(path, lambda f: f.write(out.getvalue()))


@dataclass
class WorkbookRow:
    """One row read back: its shot token, the texts it holds, the opinion and verdict."""

    row: int
    token: str
    code: str
    texts: dict[str, str] = field(default_factory=dict)
    opinion: str = ""
    verdict: str = ""
    #: The verdict as written, when it is none of the known words (listed, not guessed).
    unknown_verdict: str = ""


@dataclass
class ReadWorkbook:
    """A returned workbook: the document mark (project token, round) and its rows."""

    mark: tuple[str, int] | None
    rows: list[WorkbookRow]


def read_workbook(data: bytes) -> ReadWorkbook:
    """Read a returned review workbook (already checked for size and safety by the caller)."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        mark = None
        if MARK_SHEET in wb.sheetnames:
            for row in wb[MARK_SHEET].iter_rows(min_row=1, max_row=1, max_col=1, values_only=True):
                mark = read_mark(str(row[0] or ""))
        rows: list[WorkbookRow] = []
        for ws in wb.worksheets:
            if ws.title == MARK_SHEET:
                continue
            rows += _rows(ws)
        return ReadWorkbook(mark, rows)
    finally:
        wb.close()


def _column_keys() -> dict[str, str]:
    names: dict[str, str] = {}
    for lang in ("zh", "en"):
        for key in ("anchor", "variant", "code", *TEXT_COLUMNS, "opinion", "approve"):
            names[_head(key, lang).casefold()] = key
    names.update({"意见": "opinion", "修改意见": "opinion", "客户意见": "opinion", "是否通过": "approve",
                  "审核": "approve", "comments": "opinion", "comment": "opinion"})  # fmt: skip
    return names


def _rows(ws: Any) -> list[WorkbookRow]:
    names = _column_keys()
    columns: dict[int, str] = {}
    out: list[WorkbookRow] = []
    for n, values in enumerate(ws.iter_rows(max_row=5000, max_col=40, values_only=True), start=1):
        texts = ["" if v is None else str(v).strip() for v in values]
        if not columns:
            found = {i: names[t.casefold()] for i, t in enumerate(texts) if t.casefold() in names}
            if "anchor" in found.values() or "code" in found.values():
                columns = found
            continue
        got = {key: texts[i] for i, key in columns.items() if i < len(texts)}
        if not any(got.values()):
            continue
        verdict_text = got.get("approve", "")
        verdict = VERDICTS.get(verdict_text.casefold(), "")
        out.append(WorkbookRow(
            row=n, token=got.get("anchor", ""), code=got.get("code", ""),
            texts={k: got[k] for k in TEXT_COLUMNS if k in got}, opinion=got.get("opinion", ""),
            verdict=verdict, unknown_verdict=verdict_text if verdict_text and not verdict else "",
        ))  # fmt: skip
    return out

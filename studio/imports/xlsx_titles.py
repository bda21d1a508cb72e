"""The title rows above a shot table (客户：…, 导演：…, 拍摄日期：…): who the script is for, who directs, when it is shot."""

from __future__ import annotations

import datetime as dt
import re

from studio.imports.xlsx_sheet import Grid, cell_text
from studio.imports.xlsx_vocab import normalise

#: Project setting -> the words a title row labels it with (compared after normalise()).
TITLE_WORDS: dict[str, tuple[str, ...]] = {
    "client": ("客户", "客户名称", "甲方", "品牌方", "品牌", "client", "brand", "customer"),
    "director": ("导演", "编导", "director", "dir"),
    "shoot_date": ("拍摄日期", "拍摄时间", "拍摄日", "日期", "shootdate", "shootingdate", "shootday", "date"),
}
_LOOKUP = {normalise(w): key for key, words in TITLE_WORDS.items() for w in words}
#: "客户：晨露" in one cell: the label, a colon, the value.
_PAIR = re.compile(r"^\s*([^:：]{1,12})\s*[:：]\s*(.+?)\s*$")
#: Title rows looked at above the header, at most.
MAX_ROWS = 20


def _value(raw: object) -> str:
    if isinstance(raw, dt.datetime):
        return (
            raw.date().isoformat() if raw.time() == dt.time() else raw.isoformat(sep=" ", timespec="minutes")
        )
    if isinstance(raw, dt.date):
        return raw.isoformat()
    return cell_text(raw)


def title_fields(grid: Grid, header_row: int) -> dict[str, str]:
    """Client, director and shoot date found in the rows above the header (first found wins)."""
    found: dict[str, str] = {}
    for row in range(max(1, header_row - MAX_ROWS), header_row):
        cells = [(c, grid.get((row, c))) for c in range(1, grid.cols + 1) if cell_text(grid.get((row, c)))]
        for i, (_col, raw) in enumerate(cells):
            text = cell_text(raw)
            # several labels in one cell: "客户：晨露  导演：王五"
            for part in re.split(r"\s{2,}|[|｜;；]", text):
                pair = _PAIR.match(part)
                if pair and (key := _LOOKUP.get(normalise(pair.group(1)))) and key not in found:
                    found[key] = pair.group(2)
            # a label in its own cell, the value in the next filled one: | 客户 | 晨露 |
            key = _LOOKUP.get(normalise(text))
            if (
                key
                and key not in found
                and i + 1 < len(cells)
                and normalise(cell_text(cells[i + 1][1])) not in _LOOKUP
            ):
                found[key] = _value(cells[i + 1][1])
    return found


#: The longest sheet title taken as the project's title.
MAX_TITLE_CHARS = 120


def sheet_title(grid: Grid, header_row: int) -> str:
    """The script's own title above its table ("焕亮精华 分镜脚本"): the first row above the header holding
    one text alone that labels nothing (not "客户：晨露"), or ''."""
    for row in range(max(1, header_row - MAX_ROWS), header_row):
        texts = [cell_text(grid.get((row, c))) for c in range(1, grid.cols + 1)]
        texts = [t for t in texts if t]
        if len(texts) != 1:
            continue
        text = texts[0]
        label = _PAIR.match(text)
        if _LOOKUP.get(normalise(text)) or (label and _LOOKUP.get(normalise(label.group(1)))):
            continue
        return " ".join(text.split())[:MAX_TITLE_CHARS]
    return ""

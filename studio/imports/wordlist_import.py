"""Read a user's word list (a brand's or a platform's banned words, or words to allow) from txt, csv or xlsx.

What people keep: a text file with one word a line, or words run together with 、，; a
sheet with a 违禁词 / 禁用词 / keyword column and maybe a 替换词 / 建议 column; or a bare
first column. A line's second column (or the text after a tab) is the replacement.
Lines starting with # are comments. Files are bounded in size, words in length and number.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from studio.imports.text_decode import decode_text, read_bounded
from studio.imports.xlsx_limits import LIST, WorkbookRefused, check_workbook, sheet_rows
from studio.models.text import clean_text

#: Largest file read (a word list of tens of thousands of words is far smaller).
MAX_BYTES = 5 * 1024 * 1024
#: Most words a list may hold, and the longest word kept.
MAX_WORDS = 20_000
MAX_WORD_CHARS = 40
#: Header cells naming the word column and the replacement column.
WORD_HEADERS = (
    "违禁词", "禁用词", "敏感词", "极限词", "违规词", "禁词", "屏蔽词", "关键词", "词语", "词汇", "词", "白名单",
    "允许词", "term", "terms", "word", "words", "keyword", "keywords", "banned", "banned word", "phrase",
)  # fmt: skip
SUGGEST_HEADERS = (
    "替换词", "替换为", "替换", "建议", "建议用语", "推荐用语", "可用词", "改为", "suggestion", "replacement",
    "replace with", "alternative",
)  # fmt: skip
_SPLIT = re.compile(r"[、，,；;|｜/\n]+")


class WordListError(Exception):
    """A word list that cannot be used: ``reason`` names why, ``facts`` carry the details."""

    def __init__(self, reason: str, path: str, **facts: object) -> None:
        super().__init__(f"{reason}: {path} {facts}")
        self.reason, self.path, self.facts = reason, path, facts


def _decode(data: bytes, path: str) -> str:
    text = decode_text(data)
    if text is None:
        raise WordListError("binary", path)
    return text


def _rows_from_csv(text: str, path: str) -> list[list[str]]:
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        return [row for row in reader]
    except csv.Error as exc:
        raise WordListError("unreadable", path, detail=f"line {reader.line_num}: {exc}") from None


def _rows_from_xlsx(path: Path, data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        # The bytes already read (bounded): a pipe cannot be read twice, and the file may have changed.
        extents = check_workbook(data, LIST)
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except WorkbookRefused as exc:
        raise WordListError("too_large", str(path), detail=exc.reason) from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise WordListError("unreadable", str(path), detail=str(exc) or type(exc).__name__) from None
    try:
        rows: list[list[str]] = []
        for values in sheet_rows(wb.worksheets[0], extents, LIST):
            rows.append(["" if v is None else str(v) for v in values[:2]])
            if len(rows) > MAX_WORDS:
                raise WordListError("too_many", str(path), limit=MAX_WORDS)
        return rows
    finally:
        wb.close()


def _rows_from_text(text: str) -> list[list[str]]:
    rows: list[list[str]] = []
    for line in text.splitlines():
        if "\t" in line:
            rows.append(line.split("\t")[:2])
        else:
            rows += [[w] for w in _SPLIT.split(line)]
    return rows


def _columns(rows: list[list[str]]) -> tuple[int, int | None, int]:
    """(word column, replacement column or None, first data row) from a header row if there is one."""
    for i, row in enumerate(rows[:5]):
        cells = [c.strip().lower() for c in row]
        word = next((j for j, c in enumerate(cells) if c in WORD_HEADERS), None)
        if word is not None:
            suggest = next((j for j, c in enumerate(cells) if c in SUGGEST_HEADERS), None)
            return word, suggest, i + 1
    if any(sum(1 for c in row if c.strip()) > 2 for row in rows):
        return -1, None, 0  # no header and rows of many words: every cell is a word
    return 0, 1, 0


def read_word_list(path: str | Path) -> dict[str, str]:
    """The words of a list file, each with its replacement ('' when the list gives none), in file order."""
    path = Path(path)
    name = str(path)
    data = read_bounded(path, MAX_BYTES, WordListError)
    suffix = path.suffix.lower()
    if data[:4] == b"PK\x03\x04" or suffix in (".xlsx", ".xlsm"):
        rows = _rows_from_xlsx(path, data)
        word_col, suggest_col, first = _columns(rows)
    elif suffix in (".csv", ".tsv"):
        rows = _rows_from_csv(_decode(data, name), name)
        word_col, suggest_col, first = _columns(rows)
    else:
        rows = _rows_from_text(_decode(data, name))
        word_col, suggest_col, first = _columns(rows)
    if word_col < 0:
        rows = [[cell] for row in rows for cell in row]
        word_col, suggest_col = 0, None
    words: dict[str, str] = {}
    for row in rows[first:]:
        word = clean_text(row[word_col] if word_col < len(row) else "").strip()
        if not word or word.startswith("#"):
            continue
        if len(word) > MAX_WORD_CHARS:
            raise WordListError("word_too_long", name, word=word[:20] + "…", limit=MAX_WORD_CHARS)
        suggest = row[suggest_col] if suggest_col is not None and suggest_col < len(row) else ""
        words.setdefault(word, clean_text(suggest).strip()[:MAX_WORD_CHARS])
        if len(words) > MAX_WORDS:
            raise WordListError("too_many", name, limit=MAX_WORDS)
    if not words:
        raise WordListError("empty", name)
    return words

"""Text pre-split into words, the one form both databases index and search.

Chinese has no spaces, so full-text search needs a segmenter: jieba's search mode cuts
"这款防晒霜不油腻" into 这款 / 防晒 / 防晒霜 / 不 / 油腻, each stored as a word separated by
spaces. SQLite's FTS5 (unicode61) and PostgreSQL's ``simple`` text search then see words, and
a query's words are matched as prefixes (防晒 finds 防晒霜). Loading jieba takes ~0.5 s the
first time: callers keep it off the window's thread (the indexer and the search run in jobs).
"""

from __future__ import annotations

import re
import unicodedata

from studio.guide.text import segment

#: Runs of CJK characters (segmented by jieba) or of letters and digits (kept whole).
_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|(?:(?![\u3400-\u9fff\uf900-\ufaff])[^\W_])+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: Longest text segmented per field: a field is a line or a paragraph, never a book.
MAX_CHARS = 20_000


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text[:MAX_CHARS]).casefold()


def _words(text: str, search_mode: bool) -> list[str]:
    out: list[str] = []
    for run in _RUN.findall(_normal(text)):
        if _CJK.match(run):
            tok = segment.tokenizer()
            parts = tok.cut_for_search(run) if search_mode else tok.cut(run)
            out.extend(p for p in parts if p.strip())
        else:
            out.append(run)
    return out


def split(text: str) -> str:
    """``text`` as space-separated words (search mode: a long word also gives its parts)."""
    return " ".join(_words(text, True))


def query_terms(text: str) -> list[str]:
    """The words of a query, each to be matched as the start of a stored word."""
    seen: list[str] = []
    for word in _words(text, False):
        if word not in seen:
            seen.append(word)
    return seen[:32]

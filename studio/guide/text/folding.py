"""Text folded for matching a brief's phrases: case, width, spaces and dashes do not count.

:func:`norm` is the definition (NFKC, case folding, spaces and dashes dropped). :func:`fold_texts`
gives the same result for many texts at once, several times faster: the texts are joined by a
separator folding keeps and cannot merge with its neighbours, the full-width punctuation
Chinese copy is full of is swapped for its NFKC form by plain replacements, and NFKC itself
runs only when something else is left for it to change.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

#: What folding drops: every Unicode space (re's \s is str.isspace for text patterns) and dashes.
_DROPPED = re.compile(r"[\s\-‐‑–—_·・]+")
_DASHES = "-‐‑–—_·・"
#: Joins texts folded together: NFKC and case folding leave it alone, no character composes
#: with it, it is neither a space nor a dash, and :func:`fold_texts` checks no text holds one.
SEP = "\x00"
#: Full-width characters common in Chinese copy, each with its NFKC form. Each form is also the
#: character's full compatibility decomposition, so swapping it in first leaves NFKC's result
#: unchanged; the ideographic space is a space, dropped like any other.
_WIDE = tuple(
    (ch, unicodedata.normalize("NFKC", ch))
    for ch in "，！？：；（）％＋－～／｜＆＃＠＊＝＜＞［］＂＇\u3000"
    if unicodedata.normalize("NFKC", ch) == unicodedata.normalize("NFKD", ch) != ch
)


@functools.lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """Text folded for matching: case, width, spaces and dashes do not count.

    Cached: phrases of the brief are asked for again on every check.
    """
    return _DROPPED.sub("", unicodedata.normalize("NFKC", text).casefold())


def words(text: str) -> str:
    """Latin text folded for whole-word matching: spaces and dashes become one space."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _DROPPED.sub(" ", folded).strip()


def says(text: str, phrase: str) -> bool:
    """Whether ``text`` contains ``phrase`` (folded; whole words for Latin phrases)."""
    wanted = norm(phrase)
    if not wanted:
        return False
    if phrase.isascii() and re.search(r"\w", phrase):
        pattern = r"(?<![a-z0-9])" + re.escape(words(phrase)) + r"(?![a-z0-9])"
        return re.search(pattern, words(text)) is not None
    return wanted in norm(text)


def _nfkc(text: str) -> str:
    """NFKC of ``text``, skipping the normalizer when replacing common full-width forms is enough."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    for wide, narrow in _WIDE:
        if wide in text:
            text = text.replace(wide, narrow)
    if unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", text)


def fold_texts(
    texts: Sequence[str], latin: bool = False, joined: str | None = None
) -> tuple[list[str], list[str]]:
    """``[norm(t) for t in texts]``, and ``[words(t) ...]`` when ``latin`` (else an empty list).

    ``joined``: ``SEP.join(texts)``, when the caller made it already.
    """
    if not texts:
        return [], []
    if joined is None:
        joined = SEP.join(texts)
    if joined.count(SEP) != len(texts) - 1:  # a text holds the separator: fold one by one
        return [norm(t) for t in texts], [words(t) for t in texts] if latin else []
    folded = _nfkc(joined).casefold()
    for dash in _DASHES:
        if dash in folded:
            folded = folded.replace(dash, " ")
    dropped = "".join(folded.split()).split(SEP)
    if not latin:
        return dropped, []
    return dropped, [w.strip() for w in " ".join(folded.split()).split(SEP)]

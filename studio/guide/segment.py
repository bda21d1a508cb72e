"""Chinese word boundaries for the compliance check, from jieba, loaded only when a hit needs them.

A listed term only counts where the text's words start with it: 史上 inside 历史上, or 最
inside 最后, is not a claim. Deciding that needs a segmenter, and jieba's dictionary takes
a moment to load, so it is loaded on the first hit that touches another Chinese character
(most text never needs it) and the check's own terms are added to it as user words.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

_lock = threading.Lock()
_tokenizer: Any = None
_user_words: frozenset[str] = frozenset()


def _import_jieba() -> Any:
    """Import jieba without pkg_resources, which it only uses to find its own files."""
    # jieba falls back to plain file paths when pkg_resources is missing; importing
    # pkg_resources costs ~65 ms and warns as deprecated, so it is hidden for the import.
    hidden = "pkg_resources" not in sys.modules
    if hidden:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if hidden:
            del sys.modules["pkg_resources"]
    jieba.setLogLevel(logging.WARNING)
    return jieba


def use_words(words: Iterable[str]) -> None:
    """Make ``words`` (the check's Chinese terms) whole words for the segmenter."""
    global _user_words
    new = frozenset(w for w in words if len(w) > 1)
    with _lock:
        added = new - _user_words
        _user_words = _user_words | new
        if _tokenizer is not None and added:
            for word in sorted(added):
                _tokenizer.add_word(word)
            word_starts.cache_clear()


def tokenizer() -> Any:
    """The shared jieba tokenizer, loaded on first use with the check's terms added."""
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            jieba = _import_jieba()
            tok = jieba.Tokenizer()
            tok.initialize()
            for word in sorted(_user_words):
                tok.add_word(word)
            _tokenizer = tok
        return _tokenizer


def plain_tokenizer() -> Any:
    """A separate jieba tokenizer with only jieba's own dictionary (to judge the check's edges)."""
    return _import_jieba().Tokenizer()


def loaded() -> bool:
    """True once the dictionary is in memory."""
    return _tokenizer is not None


@lru_cache(maxsize=4096)
def word_starts(run: str) -> frozenset[int]:
    """Offsets in ``run`` (a stretch of Chinese text) where a word starts, plus its end."""
    starts = {len(run)}
    pos = 0
    for word in tokenizer().cut(run, HMM=False):
        starts.add(pos)
        pos += len(word)
    return frozenset(starts)


def cut(text: str) -> list[str]:
    """The words of ``text`` as the check sees them (for tests and reports)."""
    return list(tokenizer().cut(text, HMM=False))

"""Chinese word boundaries for the compliance check, from jieba, loaded only when a hit needs them.

A listed term only counts where the text's words start with it: 史上 inside 历史上, or 最
inside 最后, is not a claim. Deciding that needs a segmenter, and jieba's dictionary takes
about half a second to load, so it is loaded on the first hit that touches another Chinese
character (most text never needs it) and the check's own terms are added to it as user words.

The window cannot wait that long on a keystroke: it starts the load in a background thread
(:func:`load_in_background`) and checks inside :func:`no_wait`, where a hit whose edges need
the dictionary is left out until it is in (the caller is told, and checks again then). Its first
check runs before the load has even started (``no_wait(later=True)``), so that check does not share
the interpreter with the load.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

_lock = threading.Lock()  # guards _tokenizer and _user_words; never held while the dictionary loads
_load_lock = threading.Lock()  # one load at a time
_tokenizer: Any = None
_user_words: frozenset[str] = frozenset()
#: The name of the thread that loaded the dictionary (None until it is loaded).
loaded_by: str | None = None
_loader: threading.Thread | None = None
_on_ready: list[Callable[[], None]] = []
_local = threading.local()


def _compile_jieba_apart() -> None:
    """Have a child process compile jieba's bytecode when none is cached yet, before jieba is imported here.

    jieba imports its HMM tables (finalseg/prob_emit.py, 1.3 MB of literals) on import; compiling them is one
    C call holding the GIL: 174 ms of CPU, which froze the window 508-583 ms (even with the import in the
    segmenter's thread) wherever no bytecode was cached: a cache folder of its own (PYTHONPYCACHEPREFIX, as
    bench_startup's runs have), a package installed without compiling it. The child writes the cache where
    this interpreter reads it (same interpreter and environment) while the loading thread waits on it with
    the GIL free; unmarshalling the cached tables then takes ~2 ms. If the child cannot write it, the import
    compiles as before.
    """
    import importlib.util
    import os
    import subprocess

    if "jieba" in sys.modules or getattr(sys, "frozen", False):  # a frozen app: no interpreter to run
        return
    spec = importlib.util.find_spec("jieba")  # finds, does not import
    if spec is None or spec.origin is None:
        return
    tables = os.path.join(os.path.dirname(spec.origin), "finalseg", "prob_emit.py")
    try:
        if not os.path.exists(tables) or os.path.exists(importlib.util.cache_from_source(tables)):
            return
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", os.path.dirname(spec.origin)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=120, check=False,
        )  # fmt: skip
    except (OSError, ValueError, NotImplementedError, subprocess.SubprocessError):
        log.debug("cannot compile jieba in a child process", exc_info=True)


def _import_jieba() -> Any:
    """Import jieba without pkg_resources, which it only uses to find its own files."""
    _compile_jieba_apart()
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
    global _tokenizer, loaded_by
    tok = _tokenizer
    if tok is not None:
        return tok
    with _load_lock:
        if _tokenizer is None:
            tok = _import_jieba().Tokenizer()
            with tok.lock:
                # jieba's own initialize() unmarshals its cached dictionary in one C call that holds
                # the GIL for ~0.5 s, freezing the window even from a background thread. Building it
                # from the word list is Python code, which lets the GUI thread run every few ms,
                # about as fast, and writes no cache file to the temp folder.
                tok.FREQ, tok.total = tok.gen_pfdict(tok.get_dict_file())
                tok.initialized = True
            with _lock:
                for word in sorted(_user_words):
                    tok.add_word(word)
                _tokenizer = tok
                loaded_by = threading.current_thread().name
                word_starts.cache_clear()
    return _tokenizer


def load_in_background(on_ready: Callable[[], None] | None = None) -> bool:
    """Start loading the dictionary in a daemon thread; False when it is already loaded.

    ``on_ready`` is called in the loading thread once the dictionary is in (a Qt caller emits a
    signal from it). Loading twice never happens: a second call only adds its ``on_ready``.
    """
    global _loader
    with _lock:
        if _tokenizer is not None:
            return False
        if on_ready is not None:
            _on_ready.append(on_ready)
        if _loader is None:
            _loader = threading.Thread(target=_load, name="studio-segmenter", daemon=True)
            _loader.start()
    return True


def _load() -> None:
    global _loader
    try:
        tokenizer()
    except Exception:  # a broken jieba install must not kill the thread silently
        log.exception("cannot load the Chinese segmenter")
    with _lock:
        if _tokenizer is None:
            _loader = None  # nothing is coming: checks load (and report the failure) as before
        callbacks = list(_on_ready)
        _on_ready.clear()
    for callback in callbacks:
        try:
            callback()
        except Exception:  # a closed window's callback: nothing left to tell
            log.debug("segmenter ready callback failed", exc_info=True)


@dataclass
class Deferral:
    """What a :func:`no_wait` block left out: ``deferred`` is True when some hit waited for the dictionary."""

    deferred: bool = False
    #: Leave those hits out while the dictionary is not loaded, even when no load is under way yet.
    later: bool = False


@contextmanager
def no_wait(later: bool = False) -> Iterator[Deferral]:
    """Inside this block, edges that need a dictionary still loading in the background are not waited for.

    A hit needing them is left out and the returned :class:`Deferral` says so; the caller checks again
    when the load is done. Without a background load under way, the dictionary loads as usual, unless
    ``later``: the caller starts the load itself (:func:`load_in_background`) and is left out those hits
    until it is in.
    """
    outer = getattr(_local, "deferral", None)
    deferral = Deferral(later=later or (outer is not None and outer.later))
    _local.deferral = deferral
    try:
        yield deferral
    finally:
        _local.deferral = outer
        if outer is not None and deferral.deferred:
            outer.deferred = True


def starts_now(run: str) -> frozenset[int] | None:
    """:func:`word_starts`, or None inside :func:`no_wait` while the dictionary is still loading."""
    deferral = getattr(_local, "deferral", None)
    if deferral is not None and _tokenizer is None and (_loader is not None or deferral.later):
        deferral.deferred = True
        return None
    return word_starts(run)


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

"""The guide panel's work off the GUI thread: importing the guide, the first (cold) check, news back.

At start-up the first check is what the user waits for in the panel: it imports the guide, makes the
checker and checks in one thread, before the segmenter's dictionary starts loading (``no_wait(later=True)``):
the two shared the interpreter, and the check took over twice as long while the dictionary loaded. The
hits that need the dictionary follow once it is in (the panel says so meanwhile).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from studio.models.entities import Change, Script, Variant

log = logging.getLogger(__name__)


class Relay(QObject):
    """Carries news from background threads to the GUI thread (queued signals)."""

    #: The segmenter's dictionary is in.
    loaded = Signal()
    #: The first check is done (its result is on the panel's FirstCheck).
    checked = Signal()


def _notify(done: Callable[[], None]) -> None:
    with contextlib.suppress(RuntimeError):  # the panel (and its relay) is gone
        done()


def finding_key(finding: Any) -> tuple[Any, ...]:
    """What makes a finding the same one from check to check: its rule and exactly where it applies."""
    loc = finding.location
    return (finding.rule, loc.variant_id, loc.beat_id, loc.alt_id, loc.shot_id, loc.field, loc.span)


def row_parts(finding: Any, lang: str) -> tuple[Any, str, tuple[Any, ...], str, Any]:
    """(finding, its sentence, its key, its severity's name, its fix): what the panel keeps per finding object.

    The fix is kept to notice when a kept finding offers another (the guide judges fixes against the
    rest of the script), which changes its sentence.
    """
    return finding, body(finding, lang), finding_key(finding), finding.severity.value, finding.fix


def body(finding: Any, lang: str) -> str:
    """A finding as the panel lists it, but for where it is: its message, then its fix on a line of its own."""
    text: str = finding.message(lang)
    if finding.fix is not None:
        text += "\n→ " + finding.fix.text(lang)
    return text


class FirstCheck:
    """A new Checker's first check, run in a daemon thread while the user may already be editing.

    The checker is made in the thread too (``make``, with the imports of the guide's modules and the
    compiling of the project's word lists it may bring). The panel notes what happens meanwhile (``changes``, ``reset``, ``asked`` for another check)
    and hands the changes to the checker when it is done, which redoes what they touched. A check
    that trips over an edit half made raises, and the panel then checks in the GUI thread.
    """

    def __init__(self, make: Callable[[], Any], script: Script, variant: Variant | None, lang: str,
                 later: bool = True) -> None:  # fmt: skip
        """``later``: leave out the hits needing the segmenter's dictionary while it is not in (segment.no_wait)."""
        self.make = make
        self.later = later
        #: The checker ``make`` made (None until the thread has made it).
        self.checker: Any = None
        self.lang = lang
        #: id(finding) -> :func:`row_parts` in ``lang``: the panel's sentences, made here too.
        self.bodies: dict[int, tuple[Any, str, tuple[Any, ...], str, Any]] = {}
        self.script = script
        self.variant = variant
        self.found: list[Any] = []
        self.deferred = False
        self.error: BaseException | None = None
        self.changes: list[Change] = []
        self.reset = False
        self.asked = False

    def start(self, done: Callable[[], None]) -> None:
        """Run the check in a daemon thread and call ``done`` there when it is over."""

        def work() -> None:
            from studio.guide.text import segment

            try:
                self.checker = self.make()
                # The sentences too: a fix is judged when its words are first asked for, which may need edges.
                with segment.no_wait(later=self.later) as waited:
                    self.found = self.checker.check(self.script, self.variant)
                    for finding in self.found:
                        self.bodies[id(finding)] = row_parts(finding, self.lang)
                self.deferred = waited.deferred
            except Exception as exc:  # a concurrent edit, or a broken rule the GUI-thread check will report
                log.debug("background guide check failed", exc_info=True)
                self.error = exc
            finally:
                _notify(done)

        threading.Thread(target=work, name="studio-guide-first-check", daemon=True).start()

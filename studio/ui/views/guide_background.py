"""The guide panel's work off the GUI thread: importing the guide, the first (cold) check, news back."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from studio.models.entities import Change, Project, Script, Variant

log = logging.getLogger(__name__)


class Relay(QObject):
    """Carries news from background threads to the GUI thread (queued signals)."""

    #: The segmenter's dictionary is in.
    loaded = Signal()
    #: The guide's modules are imported and the project's word lists compiled.
    warmed = Signal()
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


def warm_up(project: Project, lang: str, done: Callable[[], None]) -> None:
    """Import the guide and compile ``project``'s word lists in a daemon thread, then call ``done`` there.

    The first check did both in the GUI thread (over 200 ms of the first second when nothing is
    compiled yet); a tiny project with the same category and word lists runs every rule once instead.
    """
    from studio.models.entities import Alternative, Beat, Shot
    from studio.models.enums import BeatKind

    # Plain values copied here, in the GUI thread: the user may edit the real project meanwhile.
    tiny = Project(title="warm-up", language=project.language, category=project.category,
                   banned_words=dict(project.banned_words), allowed_words=list(project.allowed_words))  # fmt: skip
    script = Script(title="warm-up")
    shot = Shot(code="W-1", duration_ds=20, voiceover="这瓶就是全网最低价", onscreen_text="最好的 best")
    script.beats.append(Beat(kind=BeatKind.HOOK, alternatives=[Alternative(label="A", shots=[shot])]))
    script.variants.append(Variant(name="warm-up", is_base=True))
    tiny.scripts.append(script)

    def work() -> None:
        try:
            from studio.guide.checker import check_project
            from studio.guide.text import segment

            with segment.no_wait():  # the dictionary loads in a thread of its own
                for finding in check_project(tiny):
                    finding.message(lang)
        except Exception:  # the real check reports what is wrong; this only saves it time
            log.debug("guide warm-up failed", exc_info=True)
        finally:
            _notify(done)

    threading.Thread(target=work, name="studio-guide-warm-up", daemon=True).start()


class FirstCheck:
    """A new Checker's first check, run in a daemon thread while the user may already be editing.

    The panel notes what happens meanwhile (``changes``, ``reset``, ``asked`` for another check)
    and hands the changes to the checker when it is done, which redoes what they touched. A check
    that trips over an edit half made raises, and the panel then checks in the GUI thread.
    """

    def __init__(self, checker: Any, script: Script, variant: Variant | None, lang: str) -> None:
        self.checker = checker
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
                with segment.no_wait() as waited:
                    self.found = self.checker.check(self.script, self.variant)
                self.deferred = waited.deferred
                for finding in self.found:
                    self.bodies[id(finding)] = row_parts(finding, self.lang)
            except Exception as exc:  # a concurrent edit, or a broken rule the GUI-thread check will report
                log.debug("background guide check failed", exc_info=True)
                self.error = exc
            finally:
                _notify(done)

        threading.Thread(target=work, name="studio-guide-first-check", daemon=True).start()

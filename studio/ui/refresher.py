"""The one way a view hears the document: relevant changes only, a burst coalesced, a hidden view refreshed when shown.

Every view subscribes through a :class:`Refresher` instead of connecting to the document's
signals itself. The refresher
- asks ``accept`` whether a change concerns the view (a voice-over keystroke does not concern the
  Results tab), and drops the ones that do not;
- coalesces a burst (a macro of fifty edits, a paste) into one refresh on a single-shot timer
  (zero delay by default: the refresh runs once the event loop is back, after the burst);
- leaves a hidden view alone: the refresh waits until the view is shown again, so a tab opened once
  costs nothing while another tab is being typed in;
- hands each change to ``on_change`` first, synchronously, for views that patch what they show in
  place (the Write tab's own typing) rather than rebuild.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from studio.models.changes import Change
from studio.ui.document_controller import DocumentController


def _weak(fn: Callable[..., Any] | None) -> Callable[..., Any] | None:
    """``fn`` without keeping its object alive: a view's bound method held strongly would make a cycle
    (view -> refresher -> method -> view) that only the cyclic garbage collector frees, in whichever
    thread it happens to run, and a widget deleted outside the window's thread crashes."""
    if fn is None or not hasattr(fn, "__self__") or not hasattr(fn, "__func__"):
        return fn
    method = weakref.WeakMethod(fn)

    def call(*args: Any) -> Any:
        bound = method()
        return None if bound is None else bound(*args)

    return call


def nothing_later(_change: Change) -> bool:
    """For views that patch every change in as it arrives: no change leaves a refresh for later."""
    return False


class Later(QObject):
    """Runs ``work`` once after a burst of :meth:`schedule` calls, and only while ``widget`` is shown.

    A single-shot timer (``delay_ms``, zero by default: once the event loop is back) coalesces the
    burst; while ``widget`` is hidden the work waits and runs as it is shown, before its first paint.
    ``delay_ms`` None runs the work at once instead (still not while hidden). ``count`` is the number
    of runs so far: tests count the work, never time it.
    """

    def __init__(self, work: Callable[[], None], delay_ms: int | None = 0, parent: QObject | None = None,
                 widget: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._work: Callable[[], None] = _weak(work) or work
        # Weakly, for the reason _weak gives: the widget usually owns this object.
        self._widget = None if widget is None else weakref.ref(widget)
        self._stale = False
        self._at_once = delay_ms is None
        self.count = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms or 0)
        self._timer.timeout.connect(self._run)
        if widget is not None:
            widget.installEventFilter(self)

    def _hidden(self) -> bool:
        widget = None if self._widget is None else self._widget()
        return widget is not None and not widget.isVisible()

    def schedule(self) -> None:
        """Ask for the work soon (when the widget is next shown, if it is hidden)."""
        if self._hidden():
            self._stale = True  # nothing to run now: the Show event does it
        elif self._at_once:
            self.refresh_now()
        else:
            self._timer.start()

    @property
    def pending(self) -> bool:
        """True while the work is due (scheduled, or waiting for the widget to be shown)."""
        return self._stale or self._timer.isActive()

    def flush(self) -> None:
        """Run now if the work is pending and the widget shown (tests and callers that need it current)."""
        if self.pending:
            self._timer.stop()
            self._run()

    def refresh_now(self) -> None:
        """Run at once, shown or not, in place of any pending run (after the view's own edit)."""
        self._timer.stop()
        self._stale = False
        self.count += 1
        self._work()

    def _run(self) -> None:
        if self._hidden():
            self._stale = True
            return
        self.refresh_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Run work missed while hidden as the widget is shown, before its first paint."""
        if (
            self._widget is not None
            and watched is self._widget()
            and event.type() == QEvent.Type.Show
            and self._stale
        ):
            self.refresh_now()
        return False


class Refresher(Later):
    """Calls ``refresh`` once after a burst of relevant document changes, while ``widget`` is shown.

    ``accept(change)`` says whether a change matters to the view (default: every change);
    ``on_change(change)`` runs at once for every change, before ``accept``; ``widget`` is the view
    whose visibility decides when a refresh may run (None: refresh whether shown or not).
    ``reset`` and ``current`` say whether a restored document and a new current script or variant
    ask for a refresh (they do by default). ``delay_ms`` None refreshes at once instead of coalescing:
    for a view edited one field at a time whose own edit must show before the next key (the Brief tab).
    """

    def __init__(self, doc: DocumentController, refresh: Callable[[], None], delay_ms: int | None = 0,
                 accept: Callable[[Change], bool] | None = None, parent: QObject | None = None, *,
                 widget: QWidget | None = None, on_change: Callable[[Change], None] | None = None,
                 reset: bool = True, current: bool = True) -> None:  # fmt: skip
        super().__init__(refresh, delay_ms, parent, widget)
        self._accept = _weak(accept)
        self._on_change_now = _weak(on_change)
        doc.changed.connect(self._on_change)
        if reset:
            doc.reset.connect(self.schedule)
        if current:
            doc.currentChanged.connect(self.schedule)

    def _on_change(self, change: Change) -> None:
        if self._on_change_now is not None:
            self._on_change_now(change)
        if self._accept is None or self._accept(change):
            self.schedule()

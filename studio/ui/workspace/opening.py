"""Opening a project from the Workspace window, and showing a search hit's line in its beat and shot."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from studio.ui.workspace.window import WorkspaceWindow
from studio.workspace.facts import Hit

if TYPE_CHECKING:
    from studio.ui.studioapp import StudioApp
    from studio.ui.windowapi import WindowApi as MainWindow

#: Where each searchable field is edited in the Write view.
FIELD_EDITORS = {"voiceover": "voiceover", "onscreen_text": "onscreen_text", "visual": "visual"}


def open_in_studio(studio: StudioApp, path: str, hit: Hit | None) -> bool:
    """Open ``path`` in the main window (in place of the project there), then show the hit.

    The file is read in the background while the window stays usable: True when it is opening (or
    already open: then the hit is shown at once), False when there is no window to open it in.
    """
    from studio.ui import fileactions

    window = studio.window
    if window is None or studio.doc is None:
        return False
    if studio.doc.pf.path.resolve() == Path(path).resolve():
        _show(window, hit)
        return True
    fileactions.open_path(window, path, then=lambda opened: _show(opened, hit))
    return True


def _show(window: MainWindow, hit: Hit | None) -> None:
    window.raise_()
    window.activateWindow()
    if hit is not None:
        show_hit(window, hit)


def show_hit(window: MainWindow, hit: Hit) -> bool:
    """Go to the Write view, show the hit's alternative and put the cursor in its field; True when found."""
    project = window.doc.project
    found = next(((s, b) for s in project.scripts for b in s.beats if b.id == hit.doc.beat_id), None)
    if found is None:
        window.go_to_tab("write")
        return False
    script, beat = found
    if script is not window.doc.script:
        # The Write view shows one script: the hit's (a project's second script, say) becomes the current one.
        window.doc.set_current(script=script)
    from studio.ui.views.write import WriteView

    view = window.go_to_tab("write")
    assert isinstance(view, WriteView)

    def focus() -> None:
        row = view.row_for(hit.doc.shot_id)
        if row is not None:
            view.reveal(row)
            row.editor(FIELD_EDITORS.get(hit.doc.field, "voiceover")).setFocus()

    if hit.doc.alt_id and view.shown.get(beat.id) != hit.doc.alt_id:
        view.show_alternative(beat, hit.doc.alt_id)
    # The card is swapped in the next turn (queued before this), and a window just opened gives the
    # keyboard to its first widget when it is first painted: focus after both.
    if getattr(window, "_painted", True):
        QTimer.singleShot(0, view, focus)
    else:
        window.first_painted.connect(lambda: QTimer.singleShot(0, view, focus))  # type: ignore[attr-defined]
    return True


_window: WorkspaceWindow | None = None


def show_workspace(w: MainWindow) -> WorkspaceWindow:
    """Show the Workspace window (one per process), reading the workspace again."""
    global _window
    from shiboken6 import isValid

    if _window is None or not isValid(_window):
        studio = w.studio

        def opener(path: str, hit: Hit | None) -> None:
            if studio is not None:
                open_in_studio(studio, path, hit)

        _window = WorkspaceWindow(opener)
    _window.show()
    _window.raise_()
    _window.activateWindow()
    _window.refresh()
    return _window

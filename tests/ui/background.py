"""Test helper: press an export or pack dialog's OK and wait for the job it started in the background."""

from __future__ import annotations

from typing import Any


def run_to_end(dialog: Any, qtbot: Any, timeout_ms: int = 240_000) -> None:
    """Press OK (ExportDialog.run, PackDialog.accept) and wait until the export or pack it started has ended,
    its result told; return at once when OK was refused (no job started)."""
    press = dialog.run if hasattr(dialog, "run") else dialog.accept
    press()
    job = dialog.job
    if job is not None:
        qtbot.waitUntil(lambda: bool(job.finished), timeout=timeout_ms)


def imported(view: Any, qtbot: Any, path: str, timeout_ms: int = 60_000) -> bool:
    """Import a creators list file on the Creators tab (read in the background) and wait for its end: True
    when the list changed."""
    view.import_path(path)
    qtbot.waitUntil(lambda: view.last_import is not None, timeout=timeout_ms)
    return bool(view.last_import)

"""Work for an export's child process that stops half-way until it is killed (tests of Cancel).

The child process imports this module by name, so it imports no Qt.
"""

from __future__ import annotations

import time
from typing import Any

from studio.exports import child


def _held(progress: Any, at: float) -> Any:
    """A progress callback that passes reports on, then holds for good once ``at`` of the work is done."""

    def report(done: int, total: int) -> None:
        progress(done, total)
        if total and done >= at * total:
            time.sleep(child.PROGRESS_EVERY_S)
            progress(done, total)  # past the child's throttle: the parent sees how far it got
            while True:  # until the parent kills this process
                time.sleep(0.05)

    return report


def held_pack(project: Any, media: Any, *args: Any, progress: Any, **kwargs: Any) -> Any:
    """The real pack, held half-way: its stills made, a variant's part folder being written."""
    return child.pack_job(project, media, *args, progress=_held(progress, 0.5), **kwargs)


def held_export_files(project: Any, media: Any, *args: Any, progress: Any, **kwargs: Any) -> Any:
    """The window's real export of its planned files, held at its first progress report after the start."""
    return child.export_files(project, media, *args, progress=_held(progress, 1e-9), **kwargs)


#: The environment variable naming the file whose arrival lets a gated pack begin (the child inherits it).
GATE_ENV = "STUDIO_TEST_PACK_GATE"


def gated_pack(project: Any, media: Any, *args: Any, progress: Any, **kwargs: Any) -> Any:
    """The real pack, begun only once the file named by STUDIO_TEST_PACK_GATE exists (the test's go)."""
    import os
    from pathlib import Path

    gate = Path(os.environ[GATE_ENV])
    progress(0, 1)
    while not gate.exists():
        time.sleep(0.02)
    return child.pack_job(project, media, *args, progress=progress, **kwargs)


def held_send_files(project: Any, media: Any, *args: Any, progress: Any, **kwargs: Any) -> Any:
    """The window's real writing of a review round's files, held at its first progress report."""
    from studio.review.background import send_files

    return send_files(project, media, *args, progress=_held(progress, 1e-9), **kwargs)


def held_teardown(project: Any, media: Any, video: Any, *, progress: Any) -> Any:
    """A teardown that reports its start, then holds until the parent kills it (tests of Cancel)."""
    progress(1, 1001)
    while True:
        time.sleep(0.05)

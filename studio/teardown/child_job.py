"""A teardown as the window runs it: in a child process of its own (studio.exports.child), no Qt here.

Decoding, OCR (onnxruntime) and the sound analysis load big native libraries and keep threads of their
own; in a child they never load in the window's process, Cancel kills them at once, and nothing of them
outlives the window (children still running are killed at exit).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studio.exports.common import Media, Progress
from studio.teardown.run import Result

#: Progress figures are thousandths of the whole run.
SCALE = 1000


def teardown_job(
    _project: Any, _media: Media | None, video: Path, *, progress: Progress | None = None
) -> Result:
    """Tear ``video`` down, reporting thousandths of the whole run (see :func:`studio.teardown.run.overall`)."""
    from studio.teardown.run import overall, teardown

    def report(step: str, fraction: float) -> None:
        if progress is not None:
            progress(int(overall(step, fraction) * SCALE), SCALE + 1)  # the last report only at the end

    return teardown(video, report)


def step_at(done: int, total: int) -> str:
    """The step a run is in when ``done`` of ``total`` is reported."""
    from studio.teardown.run import STEPS

    fraction, start = done / total if total > 0 else 0.0, 0.0
    for name, share in STEPS:
        if fraction < start + share:
            return name
        start += share
    return STEPS[-1][0]

"""The error every export raises when it cannot write: below common.py and names.py, which both raise it."""

from __future__ import annotations

from pathlib import Path


class ExportError(Exception):
    """An export could not be written; names the target and why. The target was left untouched."""

    reason = "cannot write"

    def __init__(self, path: str | Path, detail: str = "") -> None:
        self.path = str(path)
        self.detail = detail
        super().__init__(f"{self.path}: {self.reason}" + (f" ({detail})" if detail else ""))

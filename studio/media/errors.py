"""Errors of the media layer, raised by image import and read by the store, the UI and the CLI."""

from __future__ import annotations


class ImageError(Exception):
    """An image could not be imported (broken, unsupported or too large)."""

    def __init__(self, name: str, detail: str = "") -> None:
        self.name = name
        self.detail = detail
        super().__init__(f"{name}: {detail}" if detail else name)

"""Errors of the teardown, raised with a message key and data; the fronts word them in the user's language."""

from __future__ import annotations


class TeardownError(Exception):
    """A video could not be torn down: ``key`` names why (missing, unreadable, no_video, too_long, empty)."""

    def __init__(self, key: str, **data: object) -> None:
        self.key = key
        self.data = data
        super().__init__(f"{key}: {data}")

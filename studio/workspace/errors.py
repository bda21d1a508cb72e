"""Typed errors of the workspace database; the CLI and the window put them into words."""

from __future__ import annotations


class WorkspaceError(Exception):
    """The workspace database cannot be used: a stable ``code`` and the facts to word it.

    Codes: bad_url, newer_schema, unreachable, auth, busy, no_driver, unwritable.
    """

    def __init__(self, code: str, **facts: object) -> None:
        super().__init__(f"{code}: {facts}")
        self.code = code
        self.facts = facts

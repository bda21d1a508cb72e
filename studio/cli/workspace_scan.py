"""What the workspace commands share with the server ones: scanning the folders, and the words for a
workspace's errors and its files' problems (the ``ws.*`` messages are registered by cmd_workspace)."""

from __future__ import annotations

import sys
from typing import Any

from studio.cli.i18n import say
from studio.workspace.errors import WorkspaceError


def describe_workspace_error(exc: WorkspaceError) -> str:
    """One line naming what is wrong with the workspace database and the way forward."""
    key = f"ws.e.{exc.code}"
    facts = {"url": "", "detail": "", "version": "", "supported": "", **exc.facts, "code": exc.code}
    if say(key) == key:
        key = "ws.e.other"
    return say(key, **facts)


def scan(backend: Any, quiet: bool = False) -> Any:
    """Look for added, changed, moved and deleted projects; say what was found on stderr unless ``quiet``."""
    from studio.workspace.index import Indexer

    report = Indexer(backend).scan()
    if not quiet:
        print(
            say("ws.scanned", projects=len(backend.projects()), added=len(report.added), changed=len(report.changed),
                moved=len(report.moved), deleted=len(report.deleted), problems=len(report.problems)),
            file=sys.stderr,
        )  # fmt: skip
        for state in report.problems:
            print(
                say("ws.problem", path=state.path, why=problem_words(state.status, state.detail)),
                file=sys.stderr,
            )
    return report


def problem_words(status: str, detail: str) -> str:
    """Why a file is not in the workspace, in the user's language."""
    return say(f"ws.p.{status}", detail=detail)

"""Drives the fork server of crash_steps: run a step, SIGKILL it after a random delay, read what it said."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Round:
    """What a killed child reported: the steps it finished and the one it was in."""

    commits: list[Any] = field(default_factory=list)
    pending: Any = None
    error: str = ""

    @property
    def last(self) -> Any:
        """The token of the last step that reached the disk, or None."""
        return self.commits[-1] if self.commits else None


class Killer:
    """A fork server holding Studio imported; one child per round, killed at a chosen moment."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.store.crash_steps"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )

    def round(self, step: str, args: list[str], kill_after: float) -> Round:
        """Run ``step`` in a fresh child and SIGKILL it ``kill_after`` seconds after it started."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"step": step, "args": args}) + "\n")
        self.proc.stdin.flush()
        kind, pid = self._line()
        assert kind == "started", (kind, pid)
        time.sleep(kill_after)
        # The server reaps the child only after "reap": until then its pid cannot be reused.
        with contextlib.suppress(ProcessLookupError):
            os.kill(int(pid), signal.SIGKILL)
        self.proc.stdin.write("reap\n")
        self.proc.stdin.flush()
        result = Round()
        while True:
            kind, token = self._line()
            if kind == "reaped":
                return result
            if kind == "pending":
                result.pending = token
            elif kind == "commit":
                result.commits.append(token)
                result.pending = None
            elif kind == "error":
                result.error = str(token)

    def _line(self) -> tuple[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"crash server ended (exit {self.proc.wait(10)})")
        kind, _, payload = line.rstrip("\n").partition(" ")
        return kind, json.loads(payload) if payload else None

    def close(self) -> None:
        """Stop the server."""
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(10)


def integrity(path: Path) -> str:
    """SQLite's full integrity check of a file, read-only."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()

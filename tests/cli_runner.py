"""The ``studio`` command run in this process, as a user's shell would run it: args, language, stdin, folder.

A new interpreter per call cost 1.5-2.4 s (importing the app again each time) against a few hundredths
here. Tests of the process itself (a kill, a lock held by another process, the console script, a
broken pipe) still start one; everything else calls :func:`run_cli`.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CliResult:
    """What a finished command left: its exit status and what it printed (as subprocess.run reports them)."""

    returncode: int
    stdout: str
    stderr: str


def _stream(data: bytes = b"") -> io.TextIOWrapper:
    # A text stream with a binary .buffer, as the real ones have (``load -`` reads sys.stdin.buffer).
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape", newline=None)


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8", errors="replace")


@contextlib.contextmanager
def _environment(values: Mapping[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run_cli(
    *args: str,
    lang: str = "en",
    stdin: str | None = None,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> CliResult:
    """Run ``studio ARGS`` in this process with STUDIO_LANG=``lang``; its exit status and output."""
    from studio.cli import main

    out, err, given = _stream(), _stream(), _stream((stdin or "").encode("utf-8"))
    old = sys.stdin, sys.stdout, sys.stderr
    here = Path.cwd()
    sys.stdin, sys.stdout, sys.stderr = given, out, err
    try:
        with _environment({"STUDIO_LANG": lang, **(env or {})}):
            if cwd is not None:
                os.chdir(cwd)
            try:
                code = main(list(args))
            except SystemExit as exc:  # what a shell would see as the exit status
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
        os.chdir(here)
    return CliResult(code, _text(out), _text(err))

"""Run the ``studio`` command in a child process and report its peak memory and CPU time.

Hostile inputs are judged on bounds: the child caps its address space (so a regression fails
the test instead of swapping the machine) and the parent kills it after a generous timeout;
the assertions use the child's peak resident memory, never wall time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Peak resident memory a refusal may use, and the hard cap that stops a runaway child.
MEMORY_BOUND = 500 * 1024 * 1024
ADDRESS_CAP = 3 * 1024 * 1024 * 1024
#: Far beyond the 2 s a refusal takes on a loaded machine; only a runaway reaches it.
TIMEOUT = 60
#: CPU seconds (not wall time: other processes do not count) a refusal may use, start-up included.
CPU_BOUND = 10.0

#: The command itself: capped, so a regression fails instead of swapping the machine.
_COMMAND = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
from studio.cli import main
sys.exit(main(sys.argv[1:]))
"""
#: A small go-between that runs the command and reports the command's own usage. The usage
#: is read as RUSAGE_CHILDREN here, not RUSAGE_SELF in the command, because a forked child
#: starts from a copy of its parent's memory and Linux keeps that copy's peak across exec:
#: the command would report the test runner's hundreds of megabytes as its own.
_BETWEEN = """
import json, resource, subprocess, sys
done = subprocess.run([sys.executable, "-c", sys.argv[2], *sys.argv[3:]], check=False)
use = resource.getrusage(resource.RUSAGE_CHILDREN)
scale = 1 if sys.platform == "darwin" else 1024
with open(sys.argv[1], "w") as fh:
    json.dump({"maxrss": use.ru_maxrss * scale, "cpu": use.ru_utime + use.ru_stime}, fh)
sys.exit(done.returncode)
"""


@dataclass
class Measured:
    """What the command printed, its exit status, and what it cost."""

    code: int
    stdout: str
    stderr: str
    maxrss: int
    cpu: float


def run_measured(tmp: Path, *args: str, lang: str = "en") -> Measured:
    """Run ``studio ARGS`` with STUDIO_LANG=lang; raises TimeoutExpired past :data:`TIMEOUT`."""
    stats = tmp / f"stats-{os.getpid()}-{len(list(tmp.glob('stats-*')))}.json"
    env = {**os.environ, "STUDIO_LANG": lang, "PYTHONPATH": str(ROOT)}
    command = _COMMAND.format(cap=ADDRESS_CAP)
    done = subprocess.run(
        [sys.executable, "-c", _BETWEEN, str(stats), command, *args],
        capture_output=True, text=True, env=env, timeout=TIMEOUT, check=False,
    )  # fmt: skip
    data = json.loads(stats.read_text()) if stats.exists() else {"maxrss": -1, "cpu": -1.0}
    return Measured(done.returncode, done.stdout, done.stderr, int(data["maxrss"]), float(data["cpu"]))

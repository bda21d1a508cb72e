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


#: Several commands in one capped process, one after another, each run as :func:`tests.cli_runner.run_cli`
#: runs it; each one's exit status, output, its own CPU time and the process's peak memory so far. The
#: process is forked from the small go-between, so its own peak is its own (see above).
_MANY = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
from tests.cli_runner import run_cli
scale = 1 if sys.platform == "darwin" else 1024
done = []
for args in json.loads(sys.argv[2]):
    before = resource.getrusage(resource.RUSAGE_SELF)
    result = run_cli(*args, lang=sys.argv[3])
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    done.append({{"code": result.returncode, "stdout": result.stdout, "stderr": result.stderr,
                 "maxrss": after.ru_maxrss * scale, "cpu": cpu}})
    with open(sys.argv[1], "w") as fh:  # after each command: a crash still reports the ones before it
        json.dump(done, fh)
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


def run_measured_many(tmp: Path, commands: list[list[str]], lang: str = "en") -> list[Measured]:
    """Run each ``studio ARGS`` of ``commands`` in turn in one capped child process (STUDIO_LANG=lang).

    A process per command cost 0.8 CPU s of start-up each. Here each command's CPU is its own (start-up
    excluded) and its peak memory is the process's peak so far, so it bounds the command and every one
    before it. A command the child did not finish (it crashed) reports -1 for both.
    """
    tmp.mkdir(parents=True, exist_ok=True)
    stats, between = tmp / f"stats-many-{os.getpid()}.json", tmp / f"stats-between-{os.getpid()}.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = _MANY.format(cap=ADDRESS_CAP)
    done = subprocess.run(
        [sys.executable, "-c", _BETWEEN, str(between), command, str(stats), json.dumps(commands), lang],
        capture_output=True, text=True, env=env, timeout=TIMEOUT * len(commands), check=False,
    )  # fmt: skip
    rows = json.loads(stats.read_text()) if stats.exists() else []
    results = [Measured(r["code"], r["stdout"], r["stderr"], int(r["maxrss"]), float(r["cpu"])) for r in rows]
    lost = Measured(-1, "", done.stderr, -1, -1.0)
    return results + [lost] * (len(commands) - len(results))

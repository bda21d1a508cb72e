"""Benchmark: the window's pack of every variant (File > Pack) at 1,000 shots, as the window runs it.

The window hands the pack to a child process (studio.exports.child.ChildRun) with a snapshot of the
project and polls its pipe; this times that path without the widgets: from the snapshot being taken
to the child's last word, medians of --runs, with the CPU seconds of the child and its workers
(RUSAGE_CHILDREN) beside it, since on a loaded machine the wall time says little. The project is
bench_pack.py's (make_big_project's, full-HD frames on the first 300 shots); no zip, no animatic.
Compare with ``studio pack --all`` (bench_pack.py), which writes the variants' documents in
STUDIO_PACK_WORKERS processes.

    python benchmarks/bench_window_pack.py [--shots 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_pack import make_projects


def window_pack(project_path: Path, out: Path) -> tuple[float, float]:
    """Seconds from the snapshot to the child's result, and the CPU seconds of the processes it started."""
    from studio.exports import child
    from studio.store.document import ProjectFile

    pf = ProjectFile.open(project_path, readonly=True)
    try:
        script = pf.project.scripts[0]
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = usage.ru_utime + usage.ru_stime
        start = time.perf_counter()
        run = child.ChildRun(
            child.pack_job, pf.project, project_path, (script.id, [v.id for v in script.variants], out)
        )
        run.start()
        result: object = None
        while result is None:
            for message in run.messages():
                if message[0] == "done":
                    result = message[1]
                elif message[0] == "error":
                    raise message[1]
            time.sleep(0.025)  # the window polls every 25 ms
        took = time.perf_counter() - start
        run.process.join()
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return took, usage.ru_utime + usage.ru_stime - cpu
    finally:
        pf.close()


def main() -> int:
    """Time the window's pack and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        project = make_projects([args.shots], root)[args.shots]
        walls, cpus = [], []
        for run in range(args.runs):
            out = root / f"pack_{run}"
            took, cpu = window_pack(project, out)
            walls.append(took)
            cpus.append(cpu)
            shutil.rmtree(out)
        print(
            f"{args.shots:,} shots: the window's pack (child process), median {statistics.median(walls):.1f} s "
            f"(runs: {', '.join(f'{x:.1f}' for x in walls)}), CPU median {statistics.median(cpus):.1f} s; "
            f"STUDIO_PACK_WORKERS={os.environ.get('STUDIO_PACK_WORKERS', '(unset)')}; "
            f"load {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

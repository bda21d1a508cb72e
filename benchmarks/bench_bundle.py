"""The desktop bundle against the source run: its size, and the time to a painted, usable window.

Run: python benchmarks/bench_bundle.py [--bundle dist/Studio] [--runs 5]
(build the bundle from this checkout first: bash scripts/build_app.sh)

What is timed, each run in a new process with empty settings and data folders (a user's first start
after unpacking), alternating bundle and source run so machine load hits both alike, offscreen:
- shown: from spawning the process to the line the app prints after its window's first paint;
- usable: from spawning to the line printed once the project is open and its Write tab painted.
Both open the same copy of the bundled sample. The source run is ``python main.py FILE`` from the
checkout with its bytecode cached; the bundle is ``Studio FILE``. The operating system's file cache is
warm for both (dropping it needs privileges a user does not have): a first start after a reboot is slower.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: A start that has not finished by then is stuck (a dialog waiting for a click, offscreen) and killed.
TIMEOUT_S = 120


def _folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def _one(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Seconds from spawn to 'shown' and to 'usable' for one start in a fresh home folder."""
    home = Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "c"), "XDG_DATA_HOME": str(home / "d"),
           "STUDIO_QUIT_AFTER_SHOW": "1", "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}  # fmt: skip
    env.pop("PYTHONPATH", None)
    stamps: dict[str, float] = {}
    start = time.perf_counter()
    with subprocess.Popen(
        cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as p:
        # A dialog (a project of a newer version than the bundle, say) would wait for a click forever.
        timer = threading.Timer(TIMEOUT_S, p.kill)
        timer.start()
        assert p.stdout is not None
        for line in p.stdout:
            word = line.split()[0] if line.strip() else ""
            if word in ("shown", "usable"):
                stamps[word] = time.perf_counter() - start
        timer.cancel()
    shutil.rmtree(home, ignore_errors=True)
    if p.returncode != 0 or len(stamps) != 2:
        raise SystemExit(
            f"bench_bundle: {cmd[0]} did not start (exit {p.returncode}); is the bundle built from this checkout?"
        )
    return stamps["shown"], stamps["usable"]


def main() -> None:
    """Print sizes, medians and ratios (bundle / source run)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Studio")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    exe = args.bundle / ("Studio.exe" if os.name == "nt" else "Studio")
    if not exe.exists():
        raise SystemExit(
            f"bench_bundle: no bundle at {args.bundle}; build it with: bash scripts/build_app.sh"
        )
    work = Path(tempfile.mkdtemp(prefix="bench-bundle-work-"))
    project = work / "sample.studio"
    subprocess.run([sys.executable, "-m", "studio", "sample", str(project)], check=True, cwd=ROOT,
                   env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True)  # fmt: skip
    source = [sys.executable, str(ROOT / "main.py"), str(project)]
    bundle = [str(exe), str(project)]
    _one(source, work)  # compile and cache the checkout's bytecode once, as an installed app has it
    runs: dict[str, list[tuple[float, float]]] = {"source": [], "bundle": []}
    for _ in range(args.runs):
        runs["bundle"].append(_one(bundle, work))
        runs["source"].append(_one(source, work))
    shutil.rmtree(work, ignore_errors=True)
    archives = sorted(args.bundle.parent.glob("Studio-*.*"))
    print(f"bundle: {args.bundle}  {_folder_mb(args.bundle):.0f} MB unpacked"
          + "".join(f"; {a.name} {a.stat().st_size / 1e6:.0f} MB" for a in archives))  # fmt: skip
    print(
        f"medians of {args.runs} starts on the bundled sample, seconds from spawn (offscreen, warm file cache):"
    )
    print(f"{'':8} {'shown':>8} {'usable':>8}")
    med = {
        k: (statistics.median(s for s, _ in v), statistics.median(u for _, u in v)) for k, v in runs.items()
    }
    for name, (shown, usable) in med.items():
        print(f"{name:8} {shown:8.3f} {usable:8.3f}")
    print(f"{'ratio':8} {med['bundle'][0] / med['source'][0]:7.2f}x {med['bundle'][1] / med['source'][1]:7.2f}x"
          "  (bundle / source run)")  # fmt: skip


if __name__ == "__main__":
    main()

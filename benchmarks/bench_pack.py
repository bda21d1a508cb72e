"""Benchmark: ``studio pack --all`` on make_big_project's project at 100, 1,000 and 5,000 shots, against a floor.

The project is make_big_project.py's: the shots in 20 beats of two alternatives, full-HD frames on
the first 300 shots (drawn and imported once, then given to every size's project), placeholders on
the rest, 4 variants of about half the shots each.

What is timed, medians of --runs, interleaved:
- pack: the command a user runs, ``python -m studio pack FILE --all -o DIR``, from spawning the
  process to its exit: Python starting, the imports, opening the project file, every variant's
  stills (each distinct one encoded once, placeholders drawn), frames/, captions, timelines, relink
  scripts, README, Word storyboard, workbook and manifest written (no zip, no animatic: both are
  opt-in); its peak memory (the process's maximum resident set);
- floor: the least any pack of stills costs on this disk, also as a process of its own from spawn to
  exit: open the project file, then for every variant write each shot's still to a fresh folder
  from bytes already in memory (a stored frame as it is, one ready-made PNG for every shot without
  one): no drawing, no documents.
Then, with more than one size, how both grow. Targets (issue: speed at 1,000 shots): pack <= 30 s
(15 s on an idle 2-core machine), peak memory <= 500 MB; a missed target is printed as such.

    python benchmarks/bench_pack.py [--shots 100,1000,5000] [--runs 3] [--project FILE.studio]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.timing import SIZES, growth, shot_counts

ROOT = Path(__file__).resolve().parents[1]

TARGET_S = 30.0
TARGET_MB = 500.0
FRAMES = 300

_FLOOR = r"""
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from studio.store.document import ProjectFile
project, out = Path(sys.argv[2]), Path(sys.argv[3])
pf = ProjectFile.open(project, readonly=True)
script = pf.project.scripts[0]
from studio.media.images import png_bytes
from studio.models.timeline import cut
from PIL import Image
blank = png_bytes(Image.new("RGB", (1080, 1920), (52, 73, 94)))
frames = {}
for variant in script.variants:
    folder = out / variant.id / "frames"
    folder.mkdir(parents=True)
    for i, t in enumerate(cut(script, variant)):
        data = blank
        if t.shot.frame:
            if t.shot.frame not in frames:
                frames[t.shot.frame] = pf.frame_bytes(t.shot.frame, "original")
            data = frames[t.shot.frame] or blank
        (folder / f"{i:04d}.png").write_bytes(data)
"""


def _timed(cmd: list[str]) -> tuple[float, float, float]:
    """Seconds from spawning ``cmd`` to its exit, its peak resident memory in MB, and its CPU seconds
    (user and system, every thread: on a loaded machine the wall time says little)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=ROOT)
    took = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = usage.ru_maxrss
    # RUSAGE_CHILDREN keeps the largest child's peak: a smaller later child leaves it unchanged.
    return took, (peak if peak > before else before) / 1024, usage.ru_utime + usage.ru_stime - cpu


def _written(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def make_projects(sizes: list[int], folder: Path) -> dict[int, Path]:
    """make_big_project's project at each size, written to ``folder`` (frames drawn once)."""
    from benchmarks.make_big_project import build
    from studio.store.document import write_new_file

    t0 = time.perf_counter()
    framed, blobs = build(0, min(FRAMES, max(sizes)))
    paths = {}
    for shots in sizes:
        project, _ = build(shots, 0)
        digests = list(framed.frames)
        for i, (_, _, shot) in enumerate(project.scripts[0].iter_shots()):
            if i >= len(digests):
                break
            shot.frame = digests[i]
            project.frames[digests[i]] = framed.frames[digests[i]]
        used = {d: blobs[d] for d in project.frames}
        paths[shots] = folder / f"big{shots}.studio"
        write_new_file(paths[shots], project, used)
    print(f"built make_big_project at {', '.join(f'{n:,}' for n in sizes)} shots "
          f"({len(blobs)} frames) in {time.perf_counter() - t0:.0f} s (not timed)")  # fmt: skip
    return paths


def measure(project: Path, runs: int, root: Path) -> dict[str, float]:
    """Time the pack command and its floor ``runs`` times each, interleaved; print the medians."""
    pack_cmd = [sys.executable, "-m", "studio", "pack", str(project), "--all", "-o"]
    floor_cmd = [sys.executable, "-c", _FLOOR, str(ROOT), str(project)]
    packs, floors, peaks, cpus = [], [], [], []
    size = floor_size = 0
    for run in range(runs):
        out = root / f"pack_{run}"
        took, peak, cpu = _timed([*pack_cmd, str(out)])
        packs.append(took)
        peaks.append(peak)
        cpus.append(cpu)
        size = _written(out)
        subprocess.run(["rm", "-rf", str(out)], check=True)
        out = root / f"floor_{run}"
        floors.append(_timed([*floor_cmd, str(out)])[0])
        floor_size = _written(out)
        subprocess.run(["rm", "-rf", str(out)], check=True)
    pack, floor = statistics.median(packs), statistics.median(floors)
    print(f"\n{project.name}: studio pack --all, spawn to exit: median {pack:.1f} s (runs: "
          f"{', '.join(f'{x:.1f}' for x in packs)}), CPU median {statistics.median(cpus):.1f} s, "
          f"peak memory {max(peaks):.0f} MB, {size / 1e6:.0f} MB written, load {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"  floor (open the file, write each variant's stills from memory), spawn to exit: median {floor:.1f} s, "
          f"{floor_size / 1e6:.0f} MB written; ratio pack / floor {pack / floor:.1f}")  # fmt: skip
    return {"pack": pack, "floor": floor, "peak": max(peaks)}


def main() -> int:
    """Run the benchmark and print medians, ratios to the floor, growth and missed targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", type=shot_counts, default=list(SIZES),
                        help="script sizes, comma-separated (default 100,1000,5000)")  # fmt: skip
    parser.add_argument(
        "--project", type=Path, help="time this .studio file only (e.g. one make_big_project wrote)"
    )
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        projects = {0: args.project} if args.project else make_projects(args.shots, root)
        for shots, path in projects.items():
            results[shots] = measure(path, args.runs, root)
            if shots == 1000 or args.project:
                if results[shots]["pack"] > TARGET_S:
                    print(
                        f"  TARGET MISSED: the pack took {results[shots]['pack']:.1f} s (target <= {TARGET_S:.0f} s)"
                    )
                if results[shots]["peak"] > TARGET_MB:
                    print(
                        f"  TARGET MISSED: peak memory {results[shots]['peak']:.0f} MB (target <= {TARGET_MB:.0f} MB)"
                    )
    if not args.project:
        growth(results, {"pack": "studio pack --all", "floor": "floor"}, unit="s")
    print(f"{args.runs} runs per figure; load average (1/5/15 min): {' '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} cores")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

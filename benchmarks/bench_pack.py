"""Benchmark: packs of every variant of the 1,000-shot project, against a floor of writing their stills.

The project is make_big_project.py's: 1,000 shots in 20 beats of two alternatives, 300
full-HD frames on the first 300 shots (the other 700 get placeholders), 4 variants of
about 500 shots each. Pass the .studio file it wrote (``--project``), or it is built here
first (a minute or two, not timed).

What is timed, each run in a fresh Python process (so its peak memory is the pack's own,
project loading included):
- pack: ``pack_variants`` of every variant into an empty folder, as ``studio pack --all``
  does: the distinct stills encoded once (placeholders drawn), each variant's frames/,
  captions, four timelines, relink scripts, README, Word storyboard, workbook,
  read-through script and manifest (no zip, no animatic: both are opt-in).
- floor: the least any pack of stills costs on this disk: for every variant, each shot's
  still written to a fresh folder from bytes already in memory (a stored frame as it is,
  one ready-made PNG for every shot without one) — no drawing, no documents.
Runs are interleaved. Targets (issue: speed at 1,000 shots): pack <= 30 s, peak memory
<= 500 MB; a missed target is printed as such.

    python benchmarks/bench_pack.py [--project big.studio] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 30.0
TARGET_MB = 500.0

_RUNNER = r"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from studio.store.document import ProjectFile
mode, project, out = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
pf = ProjectFile.open(project, readonly=True)
script = pf.project.scripts[0]
start = time.perf_counter()
if mode == "pack":
    from studio.exports.pack import pack_variants
    pack_variants(pf.project, script, list(script.variants), pf.frame_bytes, out)
else:
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
seconds = time.perf_counter() - start
size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
print(json.dumps({"s": seconds, "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "bytes": size}))
"""


def _run(mode: str, project: Path, out: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", _RUNNER, str(ROOT), mode, str(project), str(out)],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    """Run the benchmark and print medians, the ratio to the floor and whether the targets are met."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, help="the .studio file make_big_project.py wrote")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as root:
        project = args.project
        if project is None:
            project = Path(root) / "big.studio"
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_big_project.py"), str(project)],
                           check=True, capture_output=True)  # fmt: skip
        results: dict[str, list[dict[str, float]]] = {"pack": [], "floor": []}
        for run in range(args.runs):
            for mode in ("pack", "floor"):
                out = Path(root) / f"{mode}_{run}"
                results[mode].append(_run(mode, project, out))
                subprocess.run(["rm", "-rf", str(out)], check=True)
    pack = statistics.median(r["s"] for r in results["pack"])
    floor = statistics.median(r["s"] for r in results["floor"])
    peak = max(r["mb"] for r in results["pack"])
    print(f"packs of all 4 variants of {project.name} (1,000 shots, 300 full-HD frames), {args.runs} runs, "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
    print(
        f"  pack : median {pack:.1f} s, peak memory {peak:.0f} MB, {results['pack'][-1]['bytes'] / 1e6:.0f} MB written"
    )
    print(f"  floor (write each variant's stills from memory): median {floor:.1f} s, "
          f"{results['floor'][-1]['bytes'] / 1e6:.0f} MB written")  # fmt: skip
    print(f"  ratio pack / floor: {pack / floor:.1f}")
    if pack > TARGET_S:
        print(f"TARGET MISSED: the pack took {pack:.1f} s (target <= {TARGET_S:.0f} s)")
    if peak > TARGET_MB:
        print(f"TARGET MISSED: peak memory {peak:.0f} MB (target <= {TARGET_MB:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

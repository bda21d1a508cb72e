"""Benchmark: the Excel workbook of make_big_project's 1,000 shots sharing 100 distinct full-HD frames.

What it measures: the size of the .xlsx written by `studio export --format xlsx` (every variant's
storyboard sheet, the shoot list, the variant matrix) and how many pictures it stores, against
the floor of the same run: the bytes of the distinct thumbnails the workbook must hold at least.
Target (issue: workbook, 1,000 shots, 100 distinct frames): at most 10 MB. Also prints the
median export time of --runs runs (the machine may be shared; compare ratios, not seconds).

    python benchmarks/bench_workbook.py [--shots 1000] [--frames 100] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studio.exports.xlsx_export import export_xlsx
from studio.store.document import ProjectFile

TARGET_BYTES = 10 * 1024 * 1024


def main() -> int:
    """Build the project, export it --runs times, print size, pictures stored and the floor."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shots", type=int, default=1000)
    parser.add_argument("--frames", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        project_path = folder / "big.studio"
        maker = Path(__file__).with_name("make_big_project.py")
        subprocess.run(
            [
                sys.executable,
                str(maker),
                str(project_path),
                "--shots",
                str(args.shots),
                "--frames",
                str(args.frames),
            ],
            check=True,
            capture_output=True,
        )
        pf = ProjectFile.open(project_path, readonly=True)
        try:
            project = pf.project
            script = project.scripts[0]
            used = {s.frame for _, _, s in script.iter_shots() if s.frame}
            floor = sum(len(pf.frame_bytes(d, "thumb") or b"") for d in used)
            times = []
            out = folder / "big.xlsx"
            for _ in range(args.runs):
                start = time.perf_counter()
                export_xlsx(project, script, None, pf.frame_bytes, out)
                times.append(time.perf_counter() - start)
        finally:
            pf.close()
        size = out.stat().st_size
        with zipfile.ZipFile(out) as zf:
            media = [n for n in zf.namelist() if n.startswith("xl/media/")]
        shots = sum(1 for _ in script.iter_shots())
        print(f"project: {shots} shots, {len(used)} distinct frames (make_big_project), "
              f"{len(script.variants)} variants")  # fmt: skip
        print(
            f"workbook (all variants + shoot list + matrix): {size / 1e6:.2f} MB, {len(media)} pictures stored"
        )
        print(f"floor (distinct thumbnails): {floor / 1e6:.2f} MB; ratio {size / max(floor, 1):.2f}x")
        print(f"export time: median {statistics.median(times):.2f} s of {args.runs} runs")
        verdict = "meets" if size <= TARGET_BYTES else "MISSES"
        print(f"target <= {TARGET_BYTES / 1024 / 1024:.0f} MB: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

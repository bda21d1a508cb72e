"""Project file speed: open, one edit persisted, one frame import, full dump, against a full rewrite.

Prints medians of 5 measured in this run. The floor is writing the same project from scratch
(every row and every frame), which is what a "save the whole document" design would pay per edit.

Usage: python benchmarks/bench_store.py [--project FILE] [--runs 5]
Without --project, the 1,000-shot / 300-frame project is generated first (about a minute).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from make_big_project import build, frame_png

from studio.models import ops
from studio.models.serial import project_to_dict
from studio.store.document import ProjectFile, write_new_file


def median_ms(samples: list[float]) -> float:
    """Median of seconds, in milliseconds."""
    return statistics.median(samples) * 1000


def main() -> None:
    """Run the measurements and print a table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--project")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="studio-bench-"))
    try:
        source = Path(args.project) if args.project else work / "big.studio"
        if not args.project:
            project, blobs = build(1000, 300)
            write_new_file(source, project, blobs)
        path = work / "bench.studio"
        shutil.copy2(source, path)
        with ProjectFile.open(path, readonly=True) as pf:
            project = pf.project
            blobs = {
                h: {k: pf.frame_bytes(h, k) or b"" for k in ("original", "thumb", "print")}
                for h in project.frames
            }
        shots = sum(1 for s in project.scripts for _ in s.iter_shots())
        size_mb = path.stat().st_size / 1e6

        opens, edits, imports, dumps, rewrites = [], [], [], [], []
        for run in range(args.runs):
            t = time.perf_counter()
            pf = ProjectFile.open(path)
            opens.append(time.perf_counter() - t)
            shot = next(s for _, _, s in pf.project.scripts[0].iter_shots())
            t = time.perf_counter()
            ops.set_field(pf.project, shot, "voiceover", f"第{run}次修改的口播")
            edits.append(time.perf_counter() - t)
            png = frame_png(1000 + run, __import__("random").Random(run))
            t = time.perf_counter()
            frame = pf.import_frame(png, f"new_{run}.png")
            ops.set_field(pf.project, shot, "frame", frame.hash)
            imports.append(time.perf_counter() - t)
            t = time.perf_counter()
            json.dumps(project_to_dict(pf.project), ensure_ascii=False)
            dumps.append(time.perf_counter() - t)
            pf.close()
            target = work / f"rewrite_{run}.studio"
            t = time.perf_counter()
            write_new_file(target, project, blobs)
            rewrites.append(time.perf_counter() - t)
            target.unlink()

        rows = [
            ("open (model ready, thumbnails lazy)", median_ms(opens), "≤ 300 ms"),
            ("one field edit persisted", median_ms(edits), "≤ 20 ms"),
            ("one frame import persisted (1080×1920 PNG)", median_ms(imports), ""),
            ("full dump to JSON", median_ms(dumps), ""),
            ("floor: whole project written from scratch", median_ms(rewrites), ""),
        ]
        print(
            f"project: {shots} shots, {len(project.frames)} frames, {size_mb:.1f} MB; medians of {args.runs}"
        )
        print(f"{'measure':<46} {'median':>10}  target")
        for name, value, target_text in rows:
            print(f"{name:<46} {value:>8.1f} ms  {target_text}")
        ratio = median_ms(rewrites) / median_ms(edits)
        print(f"{'ratio rewrite / edit':<46} {ratio:>8.0f} ×   ≥ 20×")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

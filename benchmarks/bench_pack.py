"""Benchmark: a variant pack of a 200-shot project against the floor of copying its PNG stills.

The project is bench_exports.py's: 1080x1920 photo-like frames imported like a user's.
The pack decodes each original and writes a full-resolution PNG still per shot, then the
captions, four timelines, the Word storyboard, the workbook, the read-through script and
the manifest, and zips the folder. The floor copies the same PNG stills (encoded once,
before timing) into a fresh folder: the least a pack of stills can cost on this disk.
Runs are interleaved, 5 of each by default; the script prints medians, the ratio and the
pack's size.

    python benchmarks/bench_pack.py [--shots 200] [--runs 5] [--zip]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_exports import build
from studio.exports.pack import pack_variants
from studio.media.images import decode_rgb, png_bytes
from studio.models.timeline import cut


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> int:
    """Run the benchmark and print medians and the ratio to the floor."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--zip", action="store_true", help="also zip each pack (and the floor's folder)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    project, script, store = build(args.shots)
    variant = script.variants[0]
    print(f"built {args.shots} shots with 1080x1920 frames in {time.perf_counter() - t0:.1f} s")

    def media(digest: str, kind: str) -> bytes | None:
        return store.get(digest, {}).get(kind)

    times: dict[str, list[float]] = {"pack": [], "floor": []}
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as root:
        source = Path(root) / "stills"
        source.mkdir()
        for i, t in enumerate(cut(script, variant)):
            (source / f"{i:03d}.png").write_bytes(png_bytes(decode_rgb(store[t.shot.frame]["original"])))
        for run in range(args.runs):
            out = Path(root) / f"pack_{run}"
            out.mkdir()
            start = time.perf_counter()
            results = pack_variants(project, script, [variant], media, out, make_zip=args.zip)
            times["pack"].append(time.perf_counter() - start)
            sizes["pack"] = _size(results[0].folder)
            shutil.rmtree(out)

            target = Path(root) / f"floor_{run}"
            start = time.perf_counter()
            shutil.copytree(source, target / "frames")
            if args.zip:
                shutil.make_archive(str(target), "zip", target)
            times["floor"].append(time.perf_counter() - start)
            sizes["floor"] = _size(target)
            shutil.rmtree(target)
            Path(f"{target}.zip").unlink(missing_ok=True)
    ours, floor = statistics.median(times["pack"]), statistics.median(times["floor"])
    print(f"pack ({args.shots} shots{', zipped' if args.zip else ''}): median {ours:.2f} s, "
          f"floor (copy the PNG stills) {floor:.2f} s, ratio {ours / floor:.1f}; "
          f"pack folder {sizes['pack'] / 1e6:.1f} MB, stills {sizes['floor'] / 1e6:.1f} MB")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

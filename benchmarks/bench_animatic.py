"""Benchmark: encoding the sample's base variant (about 25 s) as an animatic MP4, against its running time.

What is timed: export_animatic() on the Chinese sample's base variant at the platform's size
(1080x1920) and rate (25 fps) — composing each shot's picture with its burned-in captions,
H.264 encoding every frame, and, in the "with sound" runs, decoding a voice-over WAV and an
MP3 music bed (made with PyAV before timing), mixing them and encoding AAC. The floor is
the video's own running time: an animatic must encode well under it (target: ratio <= 0.5).
Runs are interleaved, 5 of each by default; prints medians, the ratio and the file sizes.

    python benchmarks/bench_animatic.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studio.exports.animatic import export_animatic
from studio.exports.animatic_audio import Soundtrack
from studio.models.rates import FrameRate
from studio.models.timeline import total_ds
from tests.exports.test_animatic import make_tone

TARGET_RATIO = 0.5


def main() -> int:
    """Run the benchmark and print medians and the ratio to the running time."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from studio.samples import write_sample
    from studio.store.document import ProjectFile

    with tempfile.TemporaryDirectory() as root:
        folder = Path(root)
        write_sample(folder / "s.studio", "zh")
        pf = ProjectFile.open(folder / "s.studio", readonly=True)
        script = pf.project.scripts[0]
        variant = script.base_variant
        rate = FrameRate(25)
        frames = rate.frame_at(total_ds(script, variant))
        running = frames / rate.value
        track = Soundtrack(voiceover=make_tone(folder / "vo.wav", running, "pcm_s16le"),
                           music=make_tone(folder / "bed.mp3", 8.0, "libmp3lame", 220))  # fmt: skip
        times: dict[str, list[float]] = {"silent": [], "with sound": []}
        sizes: dict[str, int] = {}
        for run in range(args.runs):
            for label, sound in (("silent", None), ("with sound", track)):
                out = folder / f"{run}_{label.replace(' ', '_')}.mp4"
                start = time.perf_counter()
                export_animatic(
                    pf.project, script, [variant], pf.frame_bytes, out, fps=rate, soundtrack=sound
                )
                times[label].append(time.perf_counter() - start)
                sizes[label] = out.stat().st_size
                out.unlink()
        pf.close()
    print(f"animatic of the sample's base variant: {frames} frames at {rate.label} fps, 1080x1920, "
          f"running time {running:.2f} s; {args.runs} runs each, load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    missed = False
    for label, values in times.items():
        median = statistics.median(values)
        ratio = median / running
        missed |= ratio > TARGET_RATIO
        print(f"  {label:10s}: median {median:.2f} s, ratio to running time {ratio:.2f} "
              f"(target <= {TARGET_RATIO}), file {sizes[label] / 1e6:.2f} MB")  # fmt: skip
    if missed:
        print(f"TARGET MISSED: encoding took more than {TARGET_RATIO} of the running time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: tearing down a 60-second 1080x1920 video, against its running time and a plain decode.

The video is made by tests/teardown/synth.py (kept in the temp folder between runs): 30 shots with
hard cuts, dissolves, a fade and fast cuts over moving backgrounds, Chinese captions and badges,
music at 120 BPM and a speech-like voice. Each measured run is its own process, so its peak resident
memory is its own: the floor decodes every frame once with PyAV (nothing else); the teardown does
the whole job (`studio teardown VIDEO --json`). Targets: teardown wall time <= the video's 60 s,
peak memory < 1 GB. Prints medians, ratios to the running time and to the floor, and the load average.

    python benchmarks/bench_teardown.py [--runs 3] [--seconds 60]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.teardown.synth import ShotSpec, VideoSpec, write_video  # noqa: E402

CAPTIONS = ("你是不是也总是皮肤干燥", "每天早上起来脸都紧绷绷", "试了很多面霜都没用", "直到我用了这款保湿精华",
            "一抹就吸收不油腻", "坚持一周皮肤水润透亮", "点击下方链接马上下单")  # fmt: skip

_FLOOR = """
import av, sys
with av.open(sys.argv[1]) as c:
    s = c.streams.video[0]
    s.thread_type = "AUTO"
    n = sum(1 for _ in c.decode(s))
print(n)
"""

_CHILD = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
wall = time.perf_counter() - start
use = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": done.returncode, "wall": wall, "cpu": use.ru_utime + use.ru_stime, "rss_mb": use.ru_maxrss / 1024}))
"""


def make_video(seconds: float, folder: Path) -> tuple[Path, VideoSpec]:
    """The benchmark video (made once; reused while its size matches)."""
    shots = []
    t = 0.0
    i = 0
    pattern = (2.5, 1.5, 0.4, 0.4, 3.0, 2.0, 1.0)
    while t < seconds - 0.2:
        d = min(pattern[i % len(pattern)], seconds - t)
        enter = ("cut", "cut", "cut", "cut", "dissolve", "cut", "fade")[i % 7] if i else "cut"
        badge = "限时秒杀" if i % 5 == 0 else ""
        caption = CAPTIONS[i % len(CAPTIONS)] if d >= 1.0 else ""
        shots.append(ShotSpec(d, caption, badge, enter=enter, speech=d >= 1.0))
        t += d
        i += 1
    spec = VideoSpec(shots, width=1080, height=1920, fps=30, coarse=4)
    path = folder / f"bench_teardown_{int(seconds)}s_1080x1920.mp4"
    if not path.exists():
        tmp = path.with_suffix(".part.mp4")
        write_video(spec, tmp, crf=23)
        os.replace(tmp, path)
    return path, spec


def measure(argv: list[str]) -> dict[str, float]:
    """Run ``argv`` in a child process: its wall time, CPU time and peak resident memory."""
    out = subprocess.run([sys.executable, "-c", _CHILD, *argv], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / "studio-bench"
    folder.mkdir(exist_ok=True)
    start = time.perf_counter()
    video, spec = make_video(args.seconds, folder)
    print(
        f"video: {video} ({len(spec.shots)} shots, {spec.duration:.0f} s, made in {time.perf_counter() - start:.0f} s)"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    os.environ.update(env)
    floors, runs = [], []
    for _ in range(args.runs):  # interleaved, so load changes hit both alike
        floors.append(measure([sys.executable, "-c", _FLOOR, str(video)]))
        runs.append(measure([sys.executable, "-m", "studio", "teardown", str(video), "--json"]))
    if any(r["code"] for r in runs):
        print("a teardown run failed:", runs)
        return 1
    duration = spec.duration
    floor = statistics.median(r["wall"] for r in floors)
    wall = statistics.median(r["wall"] for r in runs)
    cpu = statistics.median(r["cpu"] for r in runs)
    rss = max(r["rss_mb"] for r in runs)
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (2 cores)")
    print(
        f"floor (decode every frame once): median {floor:6.1f} s wall   peak {max(r['rss_mb'] for r in floors):6.0f} MB"
    )
    print(
        f"teardown (whole job, --json):    median {wall:6.1f} s wall, {cpu:6.1f} s CPU   peak {rss:6.0f} MB"
    )
    print(
        f"ratio to the video's {duration:.0f} s: {wall / duration:.2f} (target <= 1.00)   to the floor: {wall / floor:.2f}"
    )
    print(
        f"memory target < 1024 MB: {'met' if rss < 1024 else 'MISSED'};  time target: {'met' if wall <= duration else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Accuracy of the teardown on the made test videos: cut F1 by kind, caption CER, tempo error.

python benchmarks/measure_teardown.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studio.teardown.run import teardown
from tests.teardown.measures import cer, f1
from tests.teardown.synth import ShotSpec, VideoSpec, standard_spec, write_video


def main() -> int:
    """Tear down the standard video and a fast-cut one; print the scores against the truth."""
    with tempfile.TemporaryDirectory() as work:
        spec = standard_spec()
        td = teardown(write_video(spec, Path(work) / "standard.mp4")).teardown
        fast = [ShotSpec((1.6, 1.6, 0.4, 0.4)[i % 4], "", enter="dissolve" if i % 4 == 1 else "cut", speech=False)
                for i in range(24)]  # fmt: skip
        fspec = VideoSpec(fast, width=240, height=426, music=False)
        ftd = teardown(write_video(fspec, Path(work) / "fast.mp4", audio=False), read_words=False).teardown
    frame = 1.0 / spec.fps
    hard_truth, hard_found, soft_truth, soft_found = [], [], [], []
    for s, ts in ((spec, td), (fspec, ftd)):
        kinds = s.cut_kinds()
        hard_truth += [(id(s), c) for c, k in zip(s.cuts, kinds, strict=True) if k in ("cut", "fade")]
        soft_truth += [(id(s), c) for c, k in zip(s.cuts, kinds, strict=True) if k == "dissolve"]
        hard_found += [(id(s), x.start) for x in ts.shots[1:] if x.enter in ("cut", "fade")]
        soft_found += [(id(s), x.start) for x in ts.shots[1:] if x.enter == "dissolve"]

    def score(found: list[tuple[int, float]], truth: list[tuple[int, float]], tol: float) -> float:
        # offset each video far apart so one F1 covers both
        return f1([k % 1000 * 1e4 + t for k, t in found], [k % 1000 * 1e4 + t for k, t in truth], tol)

    read = "".join(s.voiceover for s in td.shots)
    truth = "".join(s.caption for s in spec.shots)
    print(
        f"hard cuts and fades: F1 {score(hard_found, hard_truth, frame):.3f} within one frame ({len(hard_truth)} true)"
    )
    print(f"dissolves: F1 {score(soft_found, soft_truth, 0.3):.3f} within 0.3 s ({len(soft_truth)} true)")
    print(f"captions: CER {cer(read, truth):.3f} ({len(truth)} characters, spaces ignored)")
    print(
        f"tempo: {td.sound.tempo} BPM against {spec.bpm} ({abs((td.sound.tempo or 0) - spec.bpm) / spec.bpm:.2%})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Cut detection on made videos: hard cuts to the frame, dissolves and fades near their middles, no false cuts."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.teardown import shots as finder
from studio.teardown.scan import scan
from tests.teardown.measures import f1
from tests.teardown.synth import ShotSpec, VideoSpec, write_video

pytestmark = pytest.mark.slow


def _detect(path: Path) -> tuple[list[finder.Boundary], float]:
    detectors = finder.CutDetectors(25.0)
    found = scan(path, detectors)
    detectors.finish()
    return finder.boundaries(detectors, found.thumbs, found.hists, found.fps), found.fps


def test_hard_cuts_dissolves_and_fades_of_the_standard_video(standard_video: tuple[Path, VideoSpec]) -> None:
    path, spec = standard_video
    marks, fps = _detect(path)
    kinds = spec.cut_kinds()
    hard = [c for c, k in zip(spec.cuts, kinds, strict=True) if k == "cut"]
    gradual = [c for c, k in zip(spec.cuts, kinds, strict=True) if k == "dissolve"]
    fades = [c for c, k in zip(spec.cuts, kinds, strict=True) if k == "fade"]
    found_hard = [m.frame / fps for m in marks if m.kind == "cut"]
    found_gradual = [m.frame / fps for m in marks if m.kind == "dissolve"]
    found_fades = [m.frame / fps for m in marks if m.kind == "fade"]
    assert f1(found_hard, hard, 1.0 / fps) >= 0.97, (found_hard, hard)
    assert f1(found_gradual, gradual, 0.3) >= 0.85, (found_gradual, gradual)
    assert f1(found_fades, fades, 1.0 / fps) == 1.0, (found_fades, fades)
    # every boundary, whatever its kind, and no extra ones from the moving backgrounds
    assert f1([m.frame / fps for m in marks], spec.cuts, 0.3) == 1.0


def test_many_fast_cuts_and_long_dissolves_over_moving_backgrounds(tmp_path: Path) -> None:
    # long, long, fast, fast ...: the second long shot dissolves in (a dissolve needs room on both sides)
    shots = [ShotSpec((1.6, 1.6, 0.4, 0.4)[i % 4], "", enter="dissolve" if i % 4 == 1 else "cut", speech=False)
             for i in range(24)]  # fmt: skip
    spec = VideoSpec(shots, width=240, height=426, music=False)
    path = write_video(spec, tmp_path / "fast.mp4", audio=False)
    marks, fps = _detect(path)
    hard = [c for c, k in zip(spec.cuts, spec.cut_kinds(), strict=True) if k == "cut"]
    gradual = [c for c, k in zip(spec.cuts, spec.cut_kinds(), strict=True) if k == "dissolve"]
    assert f1([m.frame / fps for m in marks if m.kind == "cut"], hard, 1.0 / fps) >= 0.97
    assert f1([m.frame / fps for m in marks if m.kind != "cut"], gradual, 0.3) >= 0.85


def test_one_long_moving_shot_has_no_cut(tmp_path: Path) -> None:
    spec = VideoSpec([ShotSpec(6.0, "一直不变的字幕")], width=240, height=426, music=False)
    marks, _fps = _detect(write_video(spec, tmp_path / "one.mp4", audio=False))
    assert marks == []

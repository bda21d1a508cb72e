"""End to end on PySceneDetect's own test videos (its repository's ``resources`` branch, tests/resources/):
a fade-only clip, a variable-frame-rate clip and a phone clip stored rotated, against the cut times
PySceneDetect's tests expect. They are not ours to ship: point STUDIO_PUBLIC_VIDEOS at that folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from studio.teardown.run import teardown

FOLDER = Path(os.environ.get("STUDIO_PUBLIC_VIDEOS", "/nonexistent"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not FOLDER.is_dir(), reason="STUDIO_PUBLIC_VIDEOS is not set to PySceneDetect's tests/resources"
    ),
]


def test_fades_mp4_cuts_at_the_black_frames_only() -> None:
    td = teardown(FOLDER / "fades.mp4", read_words=False).teardown
    # tests/test_detectors.py there: ThresholdDetector() finds [0, 84, 167] at 25 fps
    assert [s.start_frame for s in td.shots] == [0, 84, 167]
    assert [s.enter for s in td.shots] == ["start", "fade", "fade"]
    assert "no_audio" in td.notes and td.sound.tempo is None


def test_variable_frame_rate_cuts_at_their_timestamps() -> None:
    td = teardown(FOLDER / "goldeneye-vfr-drop3.mp4", read_words=False).teardown
    # tests/test_vfr.py there: EXPECTED_SCENES_VFR_DROP3, a cut at 00:00:03.754 (every third frame dropped)
    assert abs(td.shots[1].start - 3.754) < 0.002
    assert 15.5 < td.fps < 16.5 and abs(td.duration - 9.97) < 0.1


def test_a_rotated_phone_clip_is_read_upright() -> None:
    result = teardown(FOLDER / "issue-134-rotate.mp4")
    td = result.teardown
    assert (td.width, td.height, td.rotation) == (544, 1280, -90)
    assert abs(td.shots[1].start - 3.754) < 0.05
    # upright pictures are what lets the OCR read the film's on-screen words at all
    assert any(len(s.voiceover + s.onscreen) >= 8 for s in td.shots)
    assert result.samples and result.samples[0].image().size[0] < result.samples[0].image().size[1]

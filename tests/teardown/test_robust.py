"""Long work done right: variable frame rates, 4K frames, no sound, cancelling, and damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.teardown.errors import TeardownError
from studio.teardown.run import teardown
from studio.teardown.scan import MAX_SAMPLES, OCR_EDGE
from tests.teardown.measures import f1
from tests.teardown.synth import ShotSpec, VideoSpec, write_video

pytestmark = pytest.mark.slow


def test_variable_frame_rate_cuts_keep_their_timestamps(tmp_path: Path) -> None:
    shots = [ShotSpec(1.5, speech=False), ShotSpec(1.0, speech=False), ShotSpec(0.6, speech=False),
             ShotSpec(1.4, speech=False)]  # fmt: skip
    spec = VideoSpec(shots, width=240, height=426, music=False, drop_every=3)
    path = write_video(spec, tmp_path / "vfr.mp4", audio=False)
    td = teardown(path, read_words=False).teardown
    # a third of the frames are missing, so frame numbers and times part: the times must be the stream's
    assert f1(td.cuts, spec.cuts, 1.0 / spec.fps) == 1.0, (td.cuts, spec.cuts)
    assert 15 < td.fps < 19 and abs(td.duration - spec.duration) < 0.1
    assert "no_audio" in td.notes and td.profile.cuts_on_beat_share is None


def test_a_4k_video_is_read_through_small_frames(tmp_path: Path) -> None:
    spec = VideoSpec([ShotSpec(0.8, "四千像素的字幕"), ShotSpec(0.8, "第二个镜头")], width=3840, height=2160,
                     music=False, coarse=8)  # fmt: skip
    result = teardown(write_video(spec, tmp_path / "uhd.mp4"))
    td = result.teardown
    assert (td.width, td.height) == (3840, 2160) and len(td.shots) == 2
    assert all(min(s.image().size) <= OCR_EDGE for s in result.samples)
    assert len(result.samples) <= MAX_SAMPLES


def test_cancelling_from_the_progress_stops_at_once(tmp_path: Path) -> None:
    spec = VideoSpec([ShotSpec(3.0), ShotSpec(3.0)], width=240, height=426)
    path = write_video(spec, tmp_path / "c.mp4")
    seen: list[str] = []

    class Stop(Exception):
        pass

    def progress(step: str, fraction: float) -> None:
        seen.append(step)
        if fraction > 0.3:
            raise Stop

    with pytest.raises(Stop):
        teardown(path, progress)
    assert set(seen) == {"decode"}


@pytest.mark.parametrize("content", [b"", b"\x00" * 4096, b"RIFF\x00\x00\x00\x00WAVEfmt "])
def test_damaged_files_are_refused_by_name(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.mp4"
    path.write_bytes(content)
    with pytest.raises(TeardownError) as caught:
        teardown(path)
    assert caught.value.key in ("unreadable", "no_video", "empty")

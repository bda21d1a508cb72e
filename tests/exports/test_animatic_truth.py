"""An animatic that tells the truth: a sound track always, clips too long or missing and small pictures said
shot by shot, captions paged cue by cue instead of cut with "…". Re-read with PyAV."""

from __future__ import annotations

import io
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from studio.exports.animatic import export_animatic, timed_pictures
from studio.exports.animatic_audio import Soundtrack
from studio.exports.captions import shot_pages
from studio.models.rates import FrameRate
from tests.exports.test_animatic import make_tone

LONG_VO = ("熬夜脸暗沉？试试这款精华，早上起来皮肤透亮。我用了三个月，朋友都问我是不是去做了医美，"
           "其实只是每天晚上涂两滴！")  # fmt: skip


@pytest.fixture()
def sample(tmp_path: Path):
    """The Chinese sample with every shot cut to a tenth of a second: the notes name shots, clips and
    pictures, and two or three frames of each full-size picture tell them as well as the sample's 25 s did
    (tests/exports/test_animatic.py encodes the full-length variant)."""
    from studio.samples import sample_project
    from studio.store.document import ProjectFile, write_new_file

    project, blobs = sample_project("zh")
    for _beat, _alt, shot in project.scripts[0].iter_shots():
        shot.duration_ds = 1
    write_new_file(tmp_path / "s.studio", project, blobs)
    pf = ProjectFile.open(tmp_path / "s.studio", readonly=True)
    yield pf, tmp_path
    pf.close()


def test_clips_too_long_or_missing_are_reported_per_shot(sample) -> None:
    pf, tmp_path = sample
    script = pf.project.scripts[0]
    variant = script.variants[0]
    shots = timed_pictures(script, variant, FrameRate(25))
    second = shots[1][0].shot
    clip = make_tone(tmp_path / f"{second.code}.wav", 6.0, "pcm_s16le")  # far longer than its shot
    notes: list = []
    export_animatic(pf.project, script, [variant], pf.frame_bytes, tmp_path / "a.mp4",
                    soundtrack=Soundtrack(clips={second.code: clip}), notes=notes)  # fmt: skip
    long = [n for n in notes if n.kind == "clip_long"]
    assert [n.shot for n in long] == [second.code] and long[0].clip == pytest.approx(6.0, abs=0.05)
    assert long[0].shot_s == pytest.approx(shots[1][1] / 25, abs=0.01)
    missing = [n.shot for n in notes if n.kind == "clip_missing"]
    assert missing == [t.shot.code for t, _f, _x in shots if t.shot.code != second.code]
    assert second.code in long[0].text("zh") and "截掉" in long[0].text("zh")
    assert "cut at the shot's end" in long[0].text("en")


def test_a_small_picture_is_reported(sample) -> None:
    pf, tmp_path = sample
    script = pf.project.scripts[0]
    variant = script.variants[0]
    tiny = io.BytesIO()
    Image.new("RGB", (40, 40), (200, 30, 30)).save(tiny, "PNG")
    first = timed_pictures(script, variant, FrameRate(25))[0][0].shot

    def media(digest: str, kind: str) -> bytes | None:
        # The first shot's picture is a 40x40 PNG; the others are the project's own.
        return tiny.getvalue() if digest == first.frame else pf.frame_bytes(digest, kind)

    notes: list = []
    export_animatic(pf.project, script, [variant], media, tmp_path / "a.mp4", notes=notes)
    small = [n for n in notes if n.kind == "small_picture"]
    assert [n.shot for n in small if n.width == 40] == [first.code]
    assert (small[0].out_w, small[0].out_h) == (1080, 1920) and "40×40" in small[0].text("zh")


def test_long_voiceover_is_paged_in_the_video_not_cut(sample) -> None:
    pf, tmp_path = sample
    script = pf.project.scripts[0]
    variant = script.variants[0]
    timed, frames, _first = timed_pictures(script, variant, FrameRate(25))[0]
    timed.shot.voiceover = LONG_VO
    timed.shot.duration_ds = 60  # six seconds: room for each cue
    timed, frames, _first = timed_pictures(script, variant, FrameRate(25))[0]
    pages = shot_pages(LONG_VO, frames, 25)
    assert len(pages) >= 3
    out = tmp_path / "paged.mp4"
    export_animatic(pf.project, script, [variant], pf.frame_bytes, out)
    # The picture changes exactly where a cue ends, and holds while a cue is up. Each frame is compared with
    # the one before as it is decoded (16-bit differences hold any two 8-bit values' exactly).
    changes, before = [], None
    with av.open(str(out)) as container:
        for i, frame in zip(range(frames), container.decode(video=0), strict=False):
            picture = frame.to_ndarray(format="rgb24").astype(np.int16)
            if before is not None and np.abs(picture - before).mean() > 0.5:
                changes.append(i)
            before = picture
    assert changes == [p.start for p in pages[1:]]


def test_cli_prints_the_notes_in_the_users_language(sample, capsys) -> None:
    from studio.cli import main

    pf, tmp_path = sample
    script = pf.project.scripts[0]
    code = timed_pictures(script, script.variants[0], FrameRate(25))[0][0].shot.code
    clips = tmp_path / "clips"
    clips.mkdir()
    make_tone(clips / f"{code}.wav", 8.0, "pcm_s16le")
    pf.close()
    assert main(["--ui-lang", "zh", "export", str(tmp_path / "s.studio"), "-f", "mp4", "--variant", "基础版",
                 "-o", str(tmp_path / "v.mp4"), "--voiceover-clips", str(clips)]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert f"{code}：口播片段长 8.0 秒" in out and "没有名为" in out
    assert main(["--ui-lang", "en", "export", str(tmp_path / "s.studio"), "-f", "mp4", "--variant", "基础版",
                 "-o", str(tmp_path / "w.mp4")]) == 0  # fmt: skip
    assert "no sound attached" in capsys.readouterr().out
    with av.open(str(tmp_path / "w.mp4")) as container:
        assert container.streams.audio and container.streams.audio[0].codec_context.name == "aac"

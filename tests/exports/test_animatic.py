"""Animatics re-read with PyAV: length to the frame, the platform's size, sound when attached, captions inside the safe area."""

from __future__ import annotations

import pickle
import shutil
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from studio.exports.animatic import export_animatic, export_chat_clip, timed_pictures
from studio.exports.animatic_audio import AudioSourceError, Soundtrack
from studio.models.rates import FrameRate
from studio.models.timeline import total_ds


def make_tone(path: Path, seconds: float, codec: str, freq: float = 440.0, rate: int = 44_100) -> Path:
    """A sine tone written with PyAV itself (WAV: pcm_s16le, MP3: libmp3lame, M4A: aac)."""
    fmt = {"pcm_s16le": "wav", "libmp3lame": "mp3", "aac": "ipod"}[codec]
    sample_fmt = {"pcm_s16le": "s16", "libmp3lame": "fltp", "aac": "fltp"}[codec]
    with av.open(str(path), "w", format=fmt) as container:
        stream = container.add_stream(codec, rate=rate, layout="mono")
        n = int(seconds * rate)
        t = np.arange(n) / rate
        wave = (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)
        size = stream.codec_context.frame_size or 1024
        for start in range(0, n, size):
            chunk = wave[start : start + size]
            data = (chunk * 32767).astype(np.int16)[None, :] if sample_fmt == "s16" else chunk[None, :]
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(data), format=sample_fmt, layout="mono")
            frame.sample_rate = rate
            frame.pts = start
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return path


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory):
    from studio.samples import write_sample
    from studio.store.document import ProjectFile

    folder = tmp_path_factory.mktemp("animatic")
    write_sample(folder / "s.studio", "zh")
    pf = ProjectFile.open(folder / "s.studio", readonly=True)
    yield pf, folder
    pf.close()


@pytest.fixture(scope="module")
def short_sample(sample):
    """The sample with every shot cut to a tenth of a second, on disk: for the tests of what the length does not
    change (the frame rate's rounding, the sound track's presence, the command line's folders and refusals);
    test_mp4_lasts_the_variant_to_the_frame_with_voice_and_music encodes the full-length cut."""
    from studio.models import ops
    from studio.store.document import ProjectFile

    _pf, folder = sample
    path = folder / "short.studio"
    shutil.copy(folder / "s.studio", path)
    with ProjectFile.open(path) as pf:
        for _beat, _alt, shot in pf.project.scripts[0].iter_shots():
            ops.set_field(pf.project, shot, "duration_ds", 1)
    pf = ProjectFile.open(path, readonly=True)
    yield pf, path
    pf.close()


def _probe(path: Path) -> dict:
    with av.open(str(path)) as container:
        video = container.streams.video[0]
        info = {"size": (video.width, video.height), "rate": video.average_rate,
                "video_s": float(video.duration * video.time_base), "audio": None}  # fmt: skip
        info["frames"] = sum(1 for _ in container.decode(video))
    with av.open(str(path)) as container:
        if container.streams.audio:
            chunks = [f.to_ndarray() for f in container.decode(audio=0)]
            info["audio"] = np.concatenate(chunks, axis=1)
            info["audio_rate"] = container.streams.audio[0].rate
    return info


def test_mp4_lasts_the_variant_to_the_frame_with_voice_and_music(sample, tmp_path: Path) -> None:
    pf, _ = sample
    script = pf.project.scripts[0]
    variant = script.variants[0]
    vo = make_tone(tmp_path / "vo.wav", 3.0, "pcm_s16le", 440)
    music = make_tone(tmp_path / "bed.mp3", 4.0, "libmp3lame", 220)
    track = Soundtrack(voiceover=vo, music=music, music_db=-12)
    out = tmp_path / "cut.mp4"
    seen: list[tuple[int, int]] = []
    assert export_animatic(pf.project, script, [variant], pf.frame_bytes, out, progress=lambda d, t: seen.append((d, t)),
                           soundtrack=track) == [out]  # fmt: skip
    expected = FrameRate(25).frame_at(total_ds(script, variant))
    info = _probe(out)
    assert info["frames"] == expected and info["video_s"] == pytest.approx(expected / 25, abs=1e-6)
    assert info["size"] == (1080, 1920) and info["rate"] == 25
    sound = info["audio"]
    assert sound is not None and sound.shape[1] / info["audio_rate"] == pytest.approx(expected / 25, abs=0.05)
    rate = info["audio_rate"]
    voice = np.abs(sound[:, rate : 2 * rate]).mean()
    bed_only = np.abs(sound[:, 5 * rate : 6 * rate]).mean()  # the voice file is 3 s long; the music loops on
    assert voice > bed_only > 0.01
    assert seen[0] == (0, expected) and seen[-1] == (expected, expected)


def test_per_shot_clips_start_on_their_shot_and_stop_at_its_cut(sample, tmp_path: Path) -> None:
    from studio.exports.child import snapshot

    pf, _ = sample
    project = pickle.loads(
        snapshot(pf.project)
    )  # a copy: the shots after the clip's are cut to a tenth of a second
    script = project.scripts[0]
    variant = script.variants[0]
    for timed, _frames, _first in timed_pictures(script, variant, FrameRate(25))[2:]:
        timed.shot.duration_ds = 1
    shots = timed_pictures(script, variant, FrameRate(25))
    first, second = shots[0][0].shot, shots[1][0].shot
    clip = make_tone(tmp_path / f"{second.code}.m4a", 10.0, "aac")  # far longer than its shot
    out = tmp_path / "clips.mp4"
    export_animatic(project, script, [variant], pf.frame_bytes, out,
                    soundtrack=Soundtrack(clips={second.code: clip}))  # fmt: skip
    info = _probe(out)
    rate = info["audio_rate"]
    start = round(shots[0][1] / 25 * rate)
    end = start + round(shots[1][1] / 25 * rate)
    margin = rate // 20
    assert np.abs(info["audio"][:, : start - margin]).max() < 0.02, f"{first.code} must be silent"
    assert np.abs(info["audio"][:, start + margin : end - margin]).mean() > 0.05
    assert np.abs(info["audio"][:, end + margin :]).max() < 0.02, "the clip is cut at its shot's end"


def test_no_sound_attached_means_a_silent_audio_stream_and_ntsc_timing(short_sample, tmp_path: Path) -> None:
    pf, _ = (
        short_sample  # each tenth-of-a-second shot is 2.997 frames at 29.97: every cut falls between frames
    )
    script = pf.project.scripts[0]
    variant = script.variants[1]
    out = tmp_path / "silent.mp4"
    notes: list = []
    export_animatic(pf.project, script, [variant], pf.frame_bytes, out, fps="29.97", notes=notes)
    rate = FrameRate(30000, 1001)
    info = _probe(out)
    expected = rate.frame_at(total_ds(script, variant))
    # Players and editors expect a sound track: silence when nothing was attached, and it is said.
    sound = info["audio"]
    assert sound is not None and float(np.max(np.abs(sound))) == 0.0
    assert sound.shape[1] / info["audio_rate"] == pytest.approx(float(rate.seconds(expected)), abs=0.05)
    assert [n.kind for n in notes] == ["silent"] and "静音" in notes[0].text("zh")
    assert info["frames"] == expected
    assert info["rate"] == Fraction(30000, 1001)
    assert info["video_s"] == pytest.approx(float(rate.seconds(expected)), abs=1e-4)


def test_captions_are_drawn_inside_the_safe_area(sample) -> None:
    from PIL import ImageChops

    from studio.exports.animatic_frames import Painter

    pf, _ = sample
    script = pf.project.scripts[0]
    timed = next(t for t, _f, _x in timed_pictures(script, script.variants[0], FrameRate(25))
                 if t.shot.voiceover and t.shot.onscreen_text and t.shot.onscreen_text != t.shot.voiceover)  # fmt: skip
    painter = Painter(pf.project, pf.frame_bytes, "zh", (1080, 1920), beat_titles=True)
    with_text = painter.picture(timed, first_of_beat=True)
    from dataclasses import replace

    bare = painter.picture(
        replace(timed, shot=replace(timed.shot, voiceover="", onscreen_text="")), first_of_beat=False
    )
    box = ImageChops.difference(with_text, bare).getbbox()
    safe = painter.safe
    assert box is not None, "captions must change the picture"
    left, top, right, bottom = box
    assert left >= safe.left and top >= safe.top and right <= safe.right and bottom <= safe.bottom


def test_chat_gif_and_webp_hold_each_shot_for_its_duration(sample, tmp_path: Path) -> None:
    from PIL import Image

    pf, _ = sample
    script = pf.project.scripts[0]
    variant = script.variants[0]
    count = len(timed_pictures(script, variant, FrameRate(25)))
    for name in ("chat.gif", "chat.webp"):
        out = tmp_path / name
        export_chat_clip(pf.project, script, [variant], pf.frame_bytes, out)
        with Image.open(out) as im:
            assert im.n_frames == count and im.width == 360
            total = 0
            for i in range(im.n_frames):
                im.seek(i)
                im.load()  # WebP reports a frame's duration once it is decoded
                total += im.info["duration"]
        assert total == pytest.approx(total_ds(script, variant) * 100, abs=20 * count), name


def test_unreadable_audio_is_refused_and_leaves_no_file(sample, tmp_path: Path) -> None:
    pf, _ = sample
    script = pf.project.scripts[0]
    bad = tmp_path / "voice.mp3"
    bad.write_text("this is not sound")
    out = tmp_path / "bad.mp4"
    with pytest.raises(AudioSourceError) as info:
        export_animatic(pf.project, script, [script.variants[0]], pf.frame_bytes, out,
                        soundtrack=Soundtrack(voiceover=bad))  # fmt: skip
    assert info.value.path == str(bad)
    assert list(tmp_path.iterdir()) == [bad]


def test_cli_mp4_and_gif_into_a_new_folder(short_sample, tmp_path: Path, capsys) -> None:
    from studio.cli import main

    _pf, source = short_sample
    vo = make_tone(tmp_path / "vo.m4a", 2.0, "aac")
    out = tmp_path / "new" / "animatics"
    code = main(["export", str(source), "-f", "mp4", "--variant", "价格钩子", "-o", f"{out}/",
                 "--voiceover", str(vo), "--music-level", "-20"])  # fmt: skip
    assert code == 0
    written = list(out.glob("*.mp4"))
    assert len(written) == 1 and _probe(written[0])["audio"] is not None
    assert main(["export", str(source), "-f", "gif", "-o", str(out / "chat.webp")]) == 0
    assert (out / "chat.webp").is_file()
    capsys.readouterr()
    assert main(["--ui-lang", "en", "export", str(source), "-f", "mp4", "-o", str(out / "x.mp4"),
                 "--music", str(tmp_path / "missing.mp3")]) == 1  # fmt: skip
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing.mp3" in err[0]

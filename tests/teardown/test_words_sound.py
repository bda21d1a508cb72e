"""Words read from the standard video (caption CER, on-screen text apart) and its sound (tempo, speech, beats)."""

from __future__ import annotations

import numpy as np
import pytest

from studio.teardown import sound
from studio.teardown.burned_words import assign, shot_lines
from studio.teardown.model import ShotCut, TextLine
from tests.teardown.measures import cer
from tests.teardown.synth import SAMPLE_RATE, ShotSpec, VideoSpec, _audio, speech_spans


@pytest.mark.slow
def test_captions_become_voice_over_and_badges_on_screen_text(standard_teardown, standard_video) -> None:  # type: ignore[no-untyped-def]
    _path, spec = standard_video
    td = standard_teardown.teardown
    assert len(td.shots) == len(spec.shots)
    truth = "".join(s.caption for s in spec.shots)
    read = "".join(s.voiceover for s in td.shots)
    assert cer(read, truth) <= 0.05, (read, truth)
    badges = [s.onscreen for s in td.shots]
    assert badges[0] == "限时秒杀" and "99" in badges[7] and badges[-1] == "买二送一"
    assert all(not b for i, b in enumerate(badges) if not spec.shots[i].badge)
    # the structure: the hook opens, the closing directive is the call to action
    assert td.shots[0].beat == "hook" and td.shots[-1].beat == "cta"
    assert td.profile.caption_chars_per_second > 3


def _line(
    text: str, y: float, t: float
) -> tuple[float, list[tuple[str, tuple[float, float, float, float], float]]]:
    return t, [(text, (0.2, y, 0.8, y + 0.04), 0.95)]


def test_static_text_is_kept_moving_text_and_lone_glyphs_dropped() -> None:
    reads = [
        (0.5, [("限时特价", (0.1, 0.15, 0.4, 0.2), 0.9), ("BRAND", (0.1, 0.40, 0.3, 0.45), 0.9),
               ("口", (0.5, 0.5, 0.55, 0.55), 0.99), ("第一句字幕", (0.2, 0.8, 0.8, 0.85), 0.95)]),
        (1.5, [("限时特价", (0.1, 0.15, 0.4, 0.2), 0.92), ("BRAND", (0.6, 0.20, 0.8, 0.25), 0.9),
               ("口", (0.5, 0.5, 0.55, 0.55), 0.99), ("第二句字幕", (0.2, 0.8, 0.8, 0.85), 0.95)]),
    ]  # fmt: skip
    lines = shot_lines(reads)
    assert [(ln.text, ln.role) for ln in lines] == [
        ("限时特价", "onscreen"), ("第一句字幕", "caption"), ("第二句字幕", "caption")
    ]  # fmt: skip


def test_a_caption_running_over_a_cut_is_said_once() -> None:
    a = ShotCut(0, 0, 10, 0.0, 1.0)
    b = ShotCut(1, 10, 20, 1.0, 2.0)
    line = TextLine("一句跨镜头的字幕", (0.2, 0.8, 0.8, 0.85), 0.5, 0.5, 1, 0.95, "caption")
    nxt = TextLine("下一句", (0.2, 0.8, 0.8, 0.85), 1.5, 1.5, 1, 0.95, "caption")
    assign([a, b], [[line], [line, nxt]])
    assert (a.voiceover, b.voiceover) == ("一句跨镜头的字幕", "下一句")


@pytest.mark.parametrize("bpm", [96.0, 120.0, 128.0, 140.0])
def test_tempo_within_two_percent_and_beats_on_the_kicks(bpm: float) -> None:
    spec = VideoSpec([ShotSpec(10.0, speech=False), ShotSpec(10.0, speech=True)], bpm=bpm)
    audio = _audio(spec, [0, 250])
    found = sound.analyse((audio * 32767).astype(np.int16), SAMPLE_RATE)
    assert found.tempo is not None and abs(found.tempo - bpm) / bpm <= 0.02, found.tempo
    period = 60.0 / bpm
    # beats fall on the kicks (within 70 ms), one per period
    offsets = [min(b % period, period - b % period) for b in found.beats]
    assert np.median(offsets) < 0.07 and len(found.beats) >= 0.9 * 20 / period


def test_speech_and_music_only_regions() -> None:
    spec = VideoSpec([ShotSpec(6.0, speech=True), ShotSpec(6.0, speech=False), ShotSpec(6.0, speech=True)])
    audio = _audio(spec, [0, 150, 300])
    found = sound.analyse((audio * 32767).astype(np.int16), SAMPLE_RATE)
    truth = speech_spans(spec)
    assert len(found.speech) == 2 and len(found.music_only) == 1
    ((m0, m1),) = found.music_only
    assert abs(m0 - 6.0) <= 1.0 and abs(m1 - 12.0) <= 1.0
    assert abs(found.speech[0][0] - truth[0][0]) <= 1.0 and abs(found.speech[-1][1] - truth[-1][1]) <= 1.0


def test_no_beat_in_speech_alone_and_silence_is_nothing() -> None:
    spec = VideoSpec([ShotSpec(8.0, speech=True)], music=False)
    found = sound.analyse((_audio(spec, [0]) * 32767).astype(np.int16), SAMPLE_RATE)
    assert found.speech and not found.music_only
    quiet = sound.analyse(np.zeros(SAMPLE_RATE * 5, np.int16), SAMPLE_RATE)
    assert quiet.has_audio and quiet.speech == [] and quiet.music_only == [] and quiet.tempo is None


def test_cuts_on_the_beat() -> None:
    assert sound.on_beat([1.0, 1.26, 2.04], [0.5, 1.0, 1.5, 2.0], 0.1) == [True, False, True]
    assert sound.on_beat([1.0], [], 0.1) == [False]


def test_the_briefs_words_place_a_shot_in_its_beat() -> None:
    from studio.models.brief import Brief, SellingPoint
    from studio.teardown.structure import brief_cues, guess

    def shot(i: int, text: str) -> ShotCut:
        s = ShotCut(i, i * 75, i * 75 + 75, i * 3.0, i * 3.0 + 3.0)
        s.voiceover = text
        return s

    shots = [shot(0, "你有没有这样的烦恼"), shot(1, "熬夜以后脸色暗沉发黄"), shot(2, "烟酰胺精华一抹提亮"),
             shot(3, "28天实测肤色提亮"), shot(4, "今天就去看看吧")]  # fmt: skip
    brief = Brief(
        pains=["熬夜脸色暗沉"], selling_points=[SellingPoint(point="烟酰胺提亮", evidence="28天实测")]
    )
    guess(shots, brief_cues(brief))
    assert [s.beat for s in shots][:4] == ["hook", "pain", "solution", "proof"]

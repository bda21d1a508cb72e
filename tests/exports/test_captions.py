"""Captions an editor can use: SRT files parsed back against the platforms' line and cue limits."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from studio.exports.captions import MAX_LINES, MIN_CUE_S, pages_of, shot_pages
from studio.exports.linebreak import CAPTION_LINE, broken_rules, caption_width
from studio.exports.srt import frame_at, parse_srt
from studio.models.rates import FrameRate
from studio.models.timeline import cut

LONG_ZH = ("熬夜脸暗沉？试试这款精华，早上起来皮肤透亮（真的！）。我用了三个月，朋友都问我是不是去做了医美，"
           "其实只是每天晚上涂两滴，坚持下来你也可以，链接就在下方，今晚下单还送同款小样，名额只有前一百位哦！")  # fmt: skip
LONG_EN = ("Shake it well before use. Then apply 30 ml to your face and neck every morning, and you will see the "
           "difference in two weeks, guaranteed by our lab tests and by thousands of happy customers.")  # fmt: skip


def _limits(text: str) -> None:
    lines = text.split("\n")
    assert 1 <= len(lines) <= MAX_LINES, lines
    assert all(caption_width(x) <= CAPTION_LINE for x in lines), lines
    assert broken_rules(lines) == [], lines


@pytest.mark.parametrize("text", [LONG_ZH, LONG_EN, "短句。", "一句话，没有句号"])
def test_pages_keep_the_limits_and_every_word(text: str) -> None:
    pages = pages_of(text)
    for page in pages:
        _limits("\n".join(page))
    assert "".join("".join(p) for p in pages).replace(" ", "") == text.replace(" ", "")


#: Voice-over lines with addresses, as the messy import carries them (tests/exports/messy_projects.py).
WITH_URLS = (
    "熬夜党看过来！下单链接在这里：https://shop.example.com/item/20261205?from=douyin&utm_source=studio，手慢无！",
    "I was shaking when I saw day 28 (no filter!): the link is https://example.com/p/serum-5 and it ships today.",
)


@pytest.mark.parametrize("text", WITH_URLS)
def test_an_address_is_never_cut_at_its_colon_nor_given_a_space(text: str) -> None:
    """Sentence and clause ends inside an address ("https:", "?from=") are not the text's: the address
    stays one piece, broken only after its slashes where a line must end, with nothing added to it."""
    pages = pages_of(text)
    for page in pages:
        _limits("\n".join(page))
    lines = [line for page in pages for line in page]
    url = next(w for w in text.split("：")[-1].split() if "://" in w).split("，")[0]
    assert url in "".join(lines), lines  # whole when the lines are put back together
    assert not any(line.startswith("//") or line.endswith("https:") for line in lines), lines


def test_long_voiceover_is_one_cue_per_sentence_or_clause() -> None:
    pages = ["".join(p) for p in pages_of(LONG_ZH)]
    assert pages[0] == "熬夜脸暗沉？"  # a sentence that fits is a cue of its own
    assert all(p[-1] in "？。，！" for p in pages), pages  # every cue ends where a sentence or clause does


@pytest.mark.parametrize("seconds", [0.5, 2.0, 4.0, 9.0, 30.0])
@pytest.mark.parametrize("fps", [25, FrameRate(30000, 1001)])
def test_timing_in_proportion_and_never_too_short(seconds: float, fps: FrameRate | int) -> None:
    rate = FrameRate.of(fps)
    frames = round(seconds * rate.value)
    pages = shot_pages(LONG_ZH, frames, rate)
    assert pages[0].start == 0 and pages[-1].end == frames
    for a, b in itertools.pairwise(pages):
        assert a.end == b.start
    min_frames = MIN_CUE_S * rate.value
    if frames >= len(pages_of(LONG_ZH)) * min_frames:
        assert all(p.end - p.start >= min_frames - 1e-9 for p in pages)
    if seconds >= 30:  # room enough: longer cues stay up longer
        by_len = sorted(pages, key=lambda p: caption_width("".join(p.lines)))
        assert by_len[0].end - by_len[0].start <= by_len[-1].end - by_len[-1].start


def test_a_short_shot_merges_cues_that_still_fit() -> None:
    pages = shot_pages("好。真好。太好了。", 25, 25)  # three sentences, one second
    assert len(pages) == 1 and pages[0].lines == ("好。真好。太好了。",)


@pytest.fixture(scope="module")
def packed(tmp_path_factory: pytest.TempPathFactory):
    from studio.exports.pack import pack_variants
    from studio.samples import write_sample
    from studio.store.document import ProjectFile

    folder = tmp_path_factory.mktemp("captions")
    write_sample(folder / "s.studio", "zh")
    pf = ProjectFile.open(folder / "s.studio", readonly=True)
    script = pf.project.scripts[0]
    first = cut(script, script.variants[0])[0].shot
    first.voiceover = LONG_ZH
    (folder / "out").mkdir()
    results = pack_variants(pf.project, script, script.variants[:1], pf.frame_bytes, folder / "out", fps=25)
    yield pf, script, results[0].folder
    pf.close()


def test_pack_has_voiceover_and_onscreen_captions_apart(packed) -> None:
    _pf, script, folder = packed
    variant = script.variants[0]
    timed = cut(script, variant)
    for name, field in (("captions.srt", "voiceover"), ("onscreen_text.srt", "onscreen_text")):
        cues = parse_srt((folder / name).read_text("utf-8"))
        assert [c.index for c in cues] == list(range(1, len(cues) + 1))
        for cue in cues:
            _limits(cue.text)
        for a, b in itertools.pairwise(cues):
            assert a.start_ms < a.end_ms <= b.start_ms
        # Each shot's cues lie inside the shot and carry its text, in order.
        for t in timed:
            start, end = (FrameRate(25).ms_at(frame_at(ds, 25)) for ds in (t.start_ds, t.end_ds))
            inside = [c for c in cues if start <= c.start_ms < end]
            assert all(c.end_ms <= end for c in inside)
            said = "".join(c.text for c in inside).replace("\n", "").replace(" ", "")
            assert said == "".join(getattr(t.shot, field).split()).replace(" ", "")
    first = parse_srt((folder / "captions.srt").read_text("utf-8"))
    assert len([c for c in first if c.end_ms <= FrameRate(25).ms_at(frame_at(timed[0].end_ds, 25))]) > 1
    readme = (folder / "README.txt").read_text("utf-8")
    assert "onscreen_text.srt" in readme and "剪映" in readme and "Premiere Pro" in readme


def test_cli_srt_export_writes_both_files(tmp_path: Path) -> None:
    from studio.cli import main
    from studio.samples import write_sample

    write_sample(tmp_path / "s.studio", "en")
    assert main(["export", str(tmp_path / "s.studio"), "-f", "srt", "-o", str(tmp_path / "cap.srt")]) == 0
    for name in ("cap.srt", "cap_onscreen.srt"):
        cues = parse_srt((tmp_path / name).read_text("utf-8"))
        assert cues
        for cue in cues:
            _limits(cue.text)

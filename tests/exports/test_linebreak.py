"""One line breaker for every renderer: 避头尾, whole words and numbers with units, URLs broken at slashes.

The corpus is checked on the lines each renderer really produces: the breaker at many widths, the
Pillow pictures (animatic captions, long image, creator brief picture) with their fonts, and the PDF
storyboard read back with pypdfium2.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.exports.linebreak import (
    CAPTION_LINE,
    NO_LINE_END,
    NO_LINE_START,
    break_lines,
    broken_rules,
    caption_width,
    segments,
)

CORPUS = [
    "熬夜脸暗沉？试试这款精华，早上起来皮肤透亮（真的！）。",
    "他说：“这个真的好用。”然后就走了……我也不知道为什么——真的。",
    "Shake it well before use, then apply 30 ml to your face and neck every morning.",
    "点击链接 https://example.com/shop/item/12345?from=douyin&ref=abc 购买，只要99元！",
    "1.2万人已购买，今天下单立减¥30元，3.5kg装、500ml瓶、4K画质、60fps都不拆。",
    "「限时」『福利』《新品》【秒杀】：今晚8点开抢、数量有限、先到先得！！",
    "用AI做脚本，再用CapCut剪辑，shake/shake/shake，最后发到Douyin和TikTok上。",
    "（括号开头的句子）后面还有很多很多很多很多的字，看看会不会在奇怪的地方断开。",
]
WORDS = {
    "Shake",
    "shake",
    "before",
    "apply",
    "morning",
    "CapCut",
    "Douyin",
    "TikTok",
    "30 ml",
    "99元",
    "1.2万",
    "¥30元",
    "3.5kg",
    "500ml",
    "4K",
    "60fps",
}


def _check(lines: list[str], source: str) -> None:
    assert broken_rules(lines) == [], lines
    joined = "\n".join(lines)
    for word in WORDS:
        if word in source:
            assert word in joined, f"{word!r} split: {lines}"


def _url_parts_ok(lines: list[str]) -> None:
    """A URL continues on the next line only right after a slash (or ? & = #)."""
    for a, b in itertools.pairwise(lines):
        if re.search(r"https?://\S*$", a):
            assert a[-1] in "/?&=#", (a, b)


@pytest.mark.parametrize("width", [8, 12, 16, 20, 26, 30, 42, 60])
@pytest.mark.parametrize("text", CORPUS)
def test_corpus_at_many_widths(text: str, width: int) -> None:
    lines = break_lines(text, caption_width, width)
    _check(lines, text)
    _url_parts_ok(lines)
    for line in lines:  # nothing overflows unless one word alone is wider than the line
        assert caption_width(line) <= width or len(segments(line)) == 1, (line, width)
    assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", text), "no character lost"


def test_url_breaks_only_at_slashes() -> None:
    url = "https://example.com/shop/item/12345/detail/page"
    lines = break_lines(url, len, 20)
    assert "".join(lines) == url
    assert all(line.endswith("/") for line in lines[:-1]) and lines[0].startswith("https://")


def test_closing_marks_push_the_character_before_them_down() -> None:
    # Nine characters fit; the tenth is "。" and may not start the next line: "的。" go down together.
    assert break_lines("一二三四五六七八的。再来", len, 9) == ["一二三四五六七八", "的。再来"]
    assert break_lines("一二三四五六七八（九）", len, 9) == ["一二三四五六七八", "（九）"]


CJK = st.sampled_from(
    list("的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学")
)
MARKS = st.sampled_from(sorted(NO_LINE_START | NO_LINE_END - {"#", "@", "$"}))
LATIN = st.from_regex(r"[A-Za-z]{1,9}|\d{1,4}(ml|kg|元)?", fullmatch=True)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(CJK, CJK, CJK, MARKS, LATIN.map(lambda w: f" {w} ")), min_size=1, max_size=60),
       st.integers(min_value=6, max_value=50))  # fmt: skip
def test_any_mix_keeps_the_rules(parts: list[str], width: int) -> None:
    text = "".join(parts).strip()
    lines = break_lines(text, caption_width, width)
    assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", text)
    # A line may start with a closing mark only when the text itself did (nothing before it to hold on to)
    # or when a single run of marks is wider than the whole line.
    for i, line in enumerate(lines):
        if i and line[:1] in NO_LINE_START:
            assert caption_width(lines[i - 1] + line[:1]) > width and all(
                c in NO_LINE_START | {" "} for c in lines[i - 1]
            )


def test_pillow_renderers_use_the_breaker() -> None:
    from PIL import Image, ImageDraw

    from studio.exports import creator_brief_image, image_export
    from studio.exports.animatic_frames import wrap
    from studio.media.images import font

    draw = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    face = font(40)
    for text in CORPUS:
        for width in (300, 420, 640, 900):
            lines = wrap(draw, text, face, width)
            _check(lines, text)
            assert all(draw.textlength(x, font=face) <= width for x in lines if " " in x or len(x) > 1)
            tile = image_export._wrap(draw, text, face, width, 50)
            _check(tile, text)
        _check(creator_brief_image._wrap(draw, text, 34), text)


def _pdf_lines(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        out: list[str] = []
        for page in pdf:
            text = page.get_textpage().get_text_range()
            out += [x.strip() for x in text.replace("\r\n", "\n").split("\n") if x.strip()]
        return out
    finally:
        pdf.close()


@pytest.mark.parametrize("layout", ["table", "3x2"])
def test_pdf_lines_keep_the_rules(tmp_path: Path, layout: str) -> None:
    from studio.exports.pdf_export import export_pdf
    from studio.samples import write_sample
    from studio.store.document import ProjectFile

    write_sample(tmp_path / "s.studio", "zh")
    pf = ProjectFile.open(tmp_path / "s.studio", readonly=True)
    try:
        project = pf.project
        script = project.scripts[0]
        from studio.models.timeline import cut

        shots = [t.shot for t in cut(script, script.variants[0])]
        assert len(shots) >= len(CORPUS)
        for shot, text in zip(shots, CORPUS, strict=False):
            shot.voiceover = text
        out = tmp_path / f"{layout}.pdf"
        export_pdf(project, script, [script.variants[0]], pf.frame_bytes, out, "zh", layout=layout)
    finally:
        pf.close()
    lines = _pdf_lines(out)
    body = "\n".join(lines)
    assert "shak\n" not in body and "Shak\n" not in body
    for text in CORPUS:
        for word in ("morning", "CapCut", "4K", "500ml", "99元"):
            if word in text:
                assert word in body, f"{word!r} split in the PDF"
    starts = [x for x in lines if x[:1] in NO_LINE_START - {"…", "—", "·"}]
    ends = [x for x in lines if x[-1:] in NO_LINE_END - {"#", "@", "$"}]
    assert not starts, starts[:5]
    assert not ends, ends[:5]


def test_caption_line_is_sixteen_chinese_or_forty_two_latin() -> None:
    assert caption_width("中" * 16) == pytest.approx(CAPTION_LINE)
    assert caption_width("a" * 42) == pytest.approx(CAPTION_LINE)


def test_creator_brief_pdf_lines_keep_the_rules(tmp_path: Path) -> None:
    from studio.exports.creator_brief_page import Page
    from studio.exports.creator_brief_pdf import pdf_bytes

    # Each item runs over several lines of the A4 page, so its breaks are ours to get right.
    items = ["".join([text] * 4) for text in CORPUS]
    page = Page("达人简报：焕亮精华", "小鹿 · 抖音", sections=[("必说", items)], lang="zh")
    out = tmp_path / "brief.pdf"
    out.write_bytes(pdf_bytes([page], None))
    lines = _pdf_lines(out)
    body = "\n".join(lines)
    for word in ("morning", "CapCut", "4K", "500ml", "99元", "TikTok"):
        assert word in body, f"{word!r} split in the brief"
    assert [x for x in lines if x[:1] in NO_LINE_START - {"…", "—", "·"}] == []
    assert [x for x in lines if x[-1:] in NO_LINE_END - {"#", "@", "$"}] == []
    # One column of text: a URL cut across lines is cut right after a slash.
    _url_parts_ok(lines)

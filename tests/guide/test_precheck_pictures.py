"""Words inside pictures: text read from a shot's frame is checked like the script's own text."""

from __future__ import annotations

import io
import json

import pytest

from studio.cli import main
from studio.guide.checker import Checker, check_project
from studio.guide.text import picturetext
from studio.models import ops
from studio.store.document import ProjectFile
from tests.guide import precheck_corpus as corpus


@pytest.fixture(autouse=True)
def _forget_pictures():
    picturetext.forget()
    yield
    picturetext.forget()


def _project(frame: str | None = "f" * 64):
    project = corpus.project_for(corpus.Line("picture", "douyin", "-", "这瓶精华很好用"))
    project.scripts[0].beats[0].alternatives[0].shots[0].frame = frame
    return project


def _pictures(findings):
    return [f for f in findings if f.rule == "precheck.picture"]


def test_a_price_sticker_in_the_picture_is_an_error_with_advice():
    picturetext.remember("f" * 64, "限时特价\n全网最低\n加vx领小样")
    found = _pictures(check_project(_project()))
    assert [f.args["term"] for f in found] == ["全网最低", "加vx"]
    assert all(f.severity.value == "error" and f.location.field == "frame" for f in found)
    assert "画面图片里的文字“全网最低”" in found[0].message("zh") and "absolute" in found[0].message("en")
    assert found[0].fix is not None and not found[0].fix.applicable and "全网最低" in found[0].fix.text("zh")


def test_a_dodge_in_the_picture_is_read_too():
    picturetext.remember("f" * 64, "蕞低价")
    (f,) = _pictures(check_project(_project()))
    assert f.args["term"] == "蕞低价" and "最低价" in f.message("zh")


def test_a_picture_not_read_yet_or_clean_gives_nothing():
    assert _pictures(check_project(_project())) == []
    picturetext.remember("f" * 64, "")
    assert _pictures(check_project(_project())) == []
    picturetext.remember("f" * 64, "新品上市")
    assert _pictures(check_project(_project())) == []


def test_words_coming_in_are_checked_after_invalidate_as_fresh():
    project = _project()
    checker = Checker(project)
    checker.attach()
    assert _pictures(checker.check()) == []
    picturetext.remember("f" * 64, "全网最低")
    checker.invalidate()
    assert [f.args["term"] for f in _pictures(checker.check())] == ["全网最低"]
    shot = project.scripts[0].beats[0].alternatives[0].shots[0]
    ops.set_field(project, shot, "voiceover", "这瓶精华很好用啊")
    assert sorted(map(repr, checker.check())) == sorted(map(repr, check_project(project)))


def test_read_frames_keeps_an_unreadable_picture_as_wordless():
    assert picturetext.read_frames([("a" * 64, lambda: b"not an image"), ("b" * 64, lambda: None)]) == 2
    assert picturetext.known("a" * 64) == "" and picturetext.known("b" * 64) == ""
    assert picturetext.unread(["a" * 64, None, "c" * 64, "c" * 64]) == ["c" * 64]


def _sticker() -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    from studio.media.fonts import cjk_font_path

    font_path = cjk_font_path()
    assert font_path is not None, "fonts-wqy-microhei is installed by scripts/setup.sh"
    img = Image.new("RGB", (540, 960), (30, 80, 120))
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(font_path), 52)
    draw.text((60, 300), "全网最低价", font=font, fill="white", stroke_width=3, stroke_fill="black")
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


@pytest.mark.slow
def test_studio_check_pictures_reads_the_frame_and_reports_it(tmp_path, capsys):
    path = tmp_path / "p.studio"
    project = _project(None)
    with ProjectFile.create(path, project) as pf:
        frame = pf.store_image(_sticker(), "sticker.png")
        ops.add_frame(pf.project, frame)
        shot = pf.project.scripts[0].beats[0].alternatives[0].shots[0]
        ops.set_field(pf.project, shot, "frame", frame.hash)

    def rows(out: str) -> list[dict]:
        data = json.loads(out)
        return [
            f for g in data["scripts"][0]["groups"] for f in g["findings"] if f["rule"] == "precheck.picture"
        ]

    main(["check", str(path), "--json", "--lang", "en"])
    assert rows(capsys.readouterr().out) == []  # pictures are read only when asked
    assert main(["check", str(path), "--json", "--lang", "en", "--pictures"]) == 1
    out = capsys.readouterr()
    found = rows(out.out)
    assert found and "全网最低" in found[0]["message"] and found[0]["field"] == "frame"
    assert "picture" in out.err

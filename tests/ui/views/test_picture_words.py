"""Words inside a shot's picture are read in the background and listed by the guide panel."""

from __future__ import annotations

import io
import threading

import pytest
from PIL import Image, ImageDraw, ImageFont

from studio.guide.text import picturetext
from studio.media.fonts import cjk_font_path
from studio.models import ops
from studio.models.enums import BeatKind
from studio.ui.views.guide_panel import GuidePanel


def _sticker(words: str) -> bytes:
    font_path = cjk_font_path()
    assert font_path is not None, "fonts-wqy-microhei is installed by scripts/setup.sh"
    img = Image.new("RGB", (540, 960), (30, 80, 120))
    ImageDraw.Draw(img).text(
        (60, 300), words, font=ImageFont.truetype(str(font_path), 52), fill="white",
        stroke_width=3, stroke_fill="black",
    )  # fmt: skip
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


@pytest.fixture(autouse=True)
def _forget_pictures():
    picturetext.forget()
    yield
    picturetext.forget()


@pytest.mark.slow
def test_a_badge_in_the_picture_shows_in_the_panel_without_blocking(qtbot, zh_doc):
    frame = zh_doc.pf.store_image(_sticker("全网最低价"), "badge.png")
    ops.add_frame(zh_doc.project, frame)
    shot = next(b for b in zh_doc.script.beats if b.kind is BeatKind.HOOK).alternatives[0].shots[0]
    ops.set_field(zh_doc.project, shot, "frame", frame.hash)
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(panel.scope.findData("script"))
    panel.run()
    assert not [f for f in panel.findings if f.rule == "precheck.picture"]  # not read yet
    reading: list[str] = []
    panel.pictures.read.connect(lambda: reading.append(threading.current_thread().name))
    panel.pictures.start()
    assert panel.pictures.busy  # the reading runs in its worker thread, not here
    assert not panel.pictures_note.isHidden() and "1" in panel.pictures_note.text()
    qtbot.waitUntil(lambda: any(f.rule == "precheck.picture" for f in panel.findings), timeout=120_000)
    found = next(f for f in panel.findings if f.rule == "precheck.picture")
    assert found.location.shot_id == shot.id and "全网最低" in found.message("zh")
    assert picturetext.known(frame.hash) is not None
    assert reading and all(name == threading.main_thread().name for name in reading)
    qtbot.waitUntil(lambda: not panel.pictures.busy and panel.pictures_note.isHidden(), timeout=120_000)

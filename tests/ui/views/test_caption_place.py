"""The Preview puts the on-screen text where the MP4 animatic burns it, on every platform preset."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from studio.exports.animatic_frames import Painter
from studio.models import timeline
from studio.models.platforms import PRESETS
from studio.ui.views.preview import FrameScreen


@pytest.mark.parametrize("platform", sorted(PRESETS))
def test_preview_and_mp4_place_the_on_screen_text_alike(qtbot, window, doc, platform):
    doc.project.platform = platform  # set as Project Settings would, before the tab is built
    window.resize(1366, 768)
    view = window.show_tab("preview")
    cut = timeline.cut(doc.script, doc.variant)
    row = next(i for i, t in enumerate(cut) if t.shot.onscreen_text.strip())
    doc.select([cut[row].shot.id])
    screen = view.findChild(FrameScreen)
    qtbot.waitUntil(
        lambda: view.current() is not None and view.current().shot.id == cut[row].shot.id, timeout=3000
    )
    screen.repaint()
    QApplication.processEvents()
    assert screen.caption_box is not None
    frame = screen.frame_rect()
    box = screen.caption_box
    shown = ((box.left() - frame.left()) / frame.width(), (box.top() - frame.top()) / frame.height(),
             (box.left() + box.width() - frame.left()) / frame.width())  # fmt: skip

    size = (1080, 1920)
    painter = Painter(doc.project, None, "en", size)
    painter.picture(cut[row], first_of_beat=False, vo=(), text=(cut[row].shot.onscreen_text.strip(),))
    assert painter.text_box is not None
    left, top, right, _ = painter.text_box
    burned = (left / size[0], top / size[1], right / size[0])
    # The same box, in fractions of the frame (the Preview's frame is ~a quarter the MP4's in pixels).
    assert shown == pytest.approx(burned, abs=0.015), (shown, burned)
    covered = PRESETS[platform].covered
    assert covered.top < burned[1] < 0.5  # inside the safe area, in the frame's upper half
    assert covered.left <= burned[0] and burned[2] <= 1 - covered.right

"""The animatic preview: step, seek, play, and follow edits made elsewhere."""

from __future__ import annotations

from studio.models import timeline
from studio.ui.views.preview import PreviewView
from studio.ui.views.write import WriteView


def test_step_forward_and_back_selects_shots(qtbot, zh_doc):
    view = PreviewView(zh_doc)
    qtbot.addWidget(view)
    cut = timeline.cut(zh_doc.script, zh_doc.variant)
    assert view.current().shot is cut[0].shot
    assert view.timecode.text() == f"00:00.0 / {timeline.format_timecode(cut[-1].end_ds)}"
    view.step_forward()
    view.step_forward()
    assert view.current().shot is cut[2].shot
    assert view.position == cut[2].start_ds
    assert zh_doc.selection == [cut[2].shot.id]
    assert view.voiceover.text() == cut[2].shot.voiceover
    view.slider.setValue(cut[2].start_ds + 5)
    view.step_back()
    assert view.position == cut[2].start_ds
    view.step_back()
    assert view.current().shot is cut[1].shot
    assert view.timecode.text().startswith(timeline.format_timecode(cut[1].start_ds))


def test_play_advances_and_stops_at_the_end(qtbot, zh_doc):
    view = PreviewView(zh_doc)
    qtbot.addWidget(view)
    view.seek(view.total - 3)
    view.play()
    assert view.playing
    qtbot.waitUntil(lambda: not view.playing, timeout=3000)
    assert view.position == view.total - 1
    assert view.current().shot is timeline.cut(zh_doc.script, zh_doc.variant)[-1].shot
    view.play()  # from the end, playing starts over
    assert view.position < 5
    view.pause()


def test_preview_follows_edits_and_selection(qtbot, zh_doc, reopen):
    preview = PreviewView(zh_doc)
    write = WriteView(zh_doc)
    qtbot.addWidget(preview)
    qtbot.addWidget(write)
    preview.show()  # a hidden preview waits until it is shown
    cut = timeline.cut(zh_doc.script, zh_doc.variant)
    zh_doc.select([cut[3].shot.id])
    assert preview.current().shot is cut[3].shot
    row = write.row_for(cut[3].shot.id)
    row.editors["voiceover"].setText("上妆总是卡粉")
    row.duration.setValue(3.0)
    preview.refresher.flush()
    assert preview.voiceover.text() == "上妆总是卡粉"
    old_length = cut[3].end_ds - cut[3].start_ds
    assert preview.total == cut[-1].end_ds + 30 - old_length
    saved = reopen(zh_doc)
    shot = next(s for _, _, s in saved.scripts[0].iter_shots() if s.id == cut[3].shot.id)
    assert (shot.voiceover, shot.duration_ds) == ("上妆总是卡粉", 30)

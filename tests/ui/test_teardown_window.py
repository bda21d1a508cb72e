"""Tear down a video from the window: background work with step and cancel, one undo step, side by side, a skeleton."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from studio.teardown.project import reference_of
from tests.teardown.synth import ShotSpec, VideoSpec, write_video
from tests.ui.conftest import reopen

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shots = [ShotSpec(2.0, "你是不是也总是皮肤干燥", "限时秒杀"), ShotSpec(1.6, "试了很多面霜都没用"),
             ShotSpec(2.0, "点击下方链接马上下单", enter="dissolve")]  # fmt: skip
    return write_video(VideoSpec(shots, width=240, height=426), tmp_path_factory.mktemp("v") / "ref.mp4")


def _menu_action(window, english: str):  # type: ignore[no-untyped-def]
    window.menus.fill()
    return next(a for a in window.menus.all_actions() if a.property("studio_english") == english)


def test_the_file_menu_tears_down_adds_a_reference_and_shows_it_beside_your_script(
    window, qtbot, video: Path, doc, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.resize(1366, 768)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(video), ""))
    before = len(doc.project.scripts)
    _menu_action(window, "Tear Down a Hit Video").trigger()
    qtbot.waitUntil(lambda: getattr(window, "_teardown_dialog", None) is not None, timeout=120_000)
    dialog = window._teardown_dialog
    project = doc.project
    assert len(project.scripts) == before + 1
    ref = project.scripts[-1]
    assert reference_of(project, ref) is not None and "not our content" in ref.concept
    # beats aligned with the sample's own script, profiles compared
    assert dialog.rows.rowCount() >= 3 and dialog.rows.item(0, 0).text() == "Hook"
    assert "限时秒杀" in dialog.rows.item(0, 3).text()
    assert dialog.rows.item(0, 5).text()  # the sample's own hook words
    measures = [dialog.profile.item(i, 0).text() for i in range(dialog.profile.rowCount())]
    assert "Average shot" in measures and "Cuts on the beat" in measures
    values = {
        dialog.profile.item(i, 0).text(): dialog.profile.item(i, 1).text() for i in range(len(measures))
    }
    assert values["Shots"] == "3" and values["Cuts per second, 5 s by 5 s"] == "0.4 · 0.0"
    assert dialog.width() <= 1366 and dialog.height() <= 768
    # start a script of our own from its structure: shot lengths, no words, no pictures
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    own = project.scripts[-1]
    assert reference_of(project, own) is None and dialog.own() is own
    own_shots = [s for _, _, s in own.iter_shots()]
    assert [s.duration_ds for s in own_shots] == [s.duration_ds for _, _, s in ref.iter_shots()]
    assert all(not s.voiceover and not s.onscreen_text and s.frame is None for s in own_shots)
    dialog.close()
    # on disk; and Undo takes the skeleton, then the teardown, back in two steps
    doc.pf.checkpoint()
    assert len(reopen(doc.pf.path).scripts) == before + 2
    doc.undo()
    doc.undo()
    assert len(project.scripts) == before
    assert not any(k.startswith("teardown.") for k in project.settings)


def test_a_bad_file_gets_one_message_and_the_project_is_untouched(
    window, qtbot, tmp_path: Path, doc, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "clip.mp4"
    bad.write_text("not a video")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: told.append(text))
    before = len(doc.project.scripts)
    _menu_action(window, "Tear Down a Hit Video").trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    assert told == ["This is not a video Studio can read. Try an MP4, MOV or WebM file."]
    assert len(doc.project.scripts) == before


def test_cancel_stops_the_work_and_adds_nothing(window, qtbot, video: Path, doc, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from studio.teardown import child_job
    from studio.ui import background_jobs
    from studio.ui.dialogs import teardown as module
    from tests.ui import held_work

    monkeypatch.setattr(child_job, "teardown_job", held_work.held_teardown)  # the child runs it by name
    before = len(doc.project.scripts)
    ended: list[object] = []
    job = module.run_teardown(window, video, lambda _w, r: ended.append(r), lambda _w, e: ended.append(e))
    qtbot.waitUntil(lambda: bool(job.lines()) and job.progress[1] > 0, timeout=60_000)
    line = job.lines()[0]
    # the window is usable meanwhile: no modal dialog, the line in its status bar names the step
    assert QApplication.activeModalWidget() is None and line.isVisibleTo(window.statusBar())
    assert "ref.mp4" in line.words.text() and "Decoding" in line.words.text()
    # it reads a video, not the script: no "script as of" on its line, nor in its tooltip
    assert "script as of" not in line.words.text() and "as it was at" not in line.toolTip()
    qtbot.mouseClick(line.cancel_button, Qt.MouseButton.LeftButton)
    assert "Cancelling" in line.words.text()
    qtbot.waitUntil(lambda: bool(job.finished), timeout=60_000)
    assert not ended and job.outcome is not None and job.outcome[0] == "error"  # cancelled: nothing told
    assert not job.job.run.process.is_alive() and not background_jobs.running()  # the child is gone
    assert len(doc.project.scripts) == before


def test_in_chinese_the_menu_item_and_the_refusal_read_in_chinese(
    zh_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "clip.mov"
    bad.write_bytes(b"\x00" * 64)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: told.append(text))
    action = _menu_action(zh_window, "Tear Down a Hit Video")
    assert action.text() == "拆解爆款视频(&H)…"
    action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    assert told == ["这不是 Studio 能读取的视频。请换用 MP4、MOV 或 WebM 文件。"]


def test_side_by_side_reopens_the_teardown_later(window, qtbot, video: Path, doc) -> None:
    from studio.ui.dialogs import teardown as module

    assert module.show_side_by_side(window) is None  # none yet: says how to make one
    results: list[object] = []
    module.run_teardown(window, video, lambda _w, r: results.append(r), lambda _w, e: results.append(e))
    qtbot.waitUntil(lambda: bool(results), timeout=120_000)
    module.add_to_document(doc, results[0])
    _menu_action(window, "Teardown Side by Side").trigger()
    dialog = window._teardown_dialog
    assert dialog.reference is doc.project.scripts[-1] and dialog.isVisible()
    assert dialog.own_box.count() == len(doc.project.scripts) - 1
    dialog.close()

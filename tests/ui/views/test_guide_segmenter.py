"""The segmenter's dictionary loads in the background: a keystroke never waits for it, its findings follow."""

from __future__ import annotations

import threading

import pytest

from studio.guide.text import segment
from studio.ui.views.guide_panel import GuidePanel
from studio.ui.views.write import WriteView

#: An absolute claim the Advertising Law forbids, inside a Chinese sentence: whether 全网最低价
#: starts a word there is for the segmenter to say.
CLAIM = "这瓶就是全网最低价"


@pytest.fixture
def unloaded(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The segmenter as at start-up (nothing loaded); its load waits for the returned event."""
    release = threading.Event()
    real = segment._import_jieba

    def held() -> object:
        release.wait(30)
        return real()

    monkeypatch.setattr(segment, "_tokenizer", None)
    monkeypatch.setattr(segment, "_loader", None)
    monkeypatch.setattr(segment, "loaded_by", None)
    monkeypatch.setattr(segment, "_import_jieba", held)
    segment.word_starts.cache_clear()
    yield release
    release.set()
    if segment._loader is not None:
        segment._loader.join(30)
    segment.word_starts.cache_clear()


def _claims(panel: GuidePanel, shot_id: str) -> list:
    return [f for f in panel.findings if f.location.shot_id == shot_id and f.rule.startswith("adlaw.")]


def test_first_flagged_word_does_not_wait_for_the_dictionary(qtbot, zh_doc, unloaded):
    write = WriteView(zh_doc)
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(write)
    qtbot.addWidget(panel)
    write.show()
    panel.show()
    qtbot.waitUntil(lambda: panel.checked, timeout=5000)  # the first paint started the check
    qtbot.waitUntil(
        lambda: segment._loader is not None, timeout=5000
    )  # its findings painted, the load starts
    assert not segment.loaded()
    shot = zh_doc.script.beats[0].alternatives[0].shots[0]
    editor = write.row_for(shot.id).editors["voiceover"]
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    runs = []
    panel.findingsShown.connect(lambda: runs.append(len(panel.findings)))
    editor.insertPlainText(CLAIM)
    # The check after the keystroke ran while the dictionary was still held back: it did not wait.
    qtbot.waitUntil(lambda: bool(runs), timeout=5000)
    assert not segment.loaded()
    assert shot.voiceover.endswith(CLAIM)
    assert not _claims(panel, shot.id)  # left out, not guessed, until word edges are known
    unloaded.set()
    qtbot.waitUntil(lambda: bool(_claims(panel, shot.id)), timeout=20000)
    assert segment.loaded_by == "studio-segmenter"
    assert segment.loaded_by != threading.main_thread().name
    finding = _claims(panel, shot.id)[0]
    start, end = finding.location.span
    assert shot.voiceover[start:end].startswith("全网最")


def test_without_a_background_load_the_check_loads_it_as_before(zh_doc, monkeypatch):
    """The CLI and headless callers never start a background load: the check loads the dictionary itself."""
    from studio.guide.checker import Checker
    from studio.models import ops

    monkeypatch.setattr(segment, "_tokenizer", None)
    monkeypatch.setattr(segment, "_loader", None)
    segment.word_starts.cache_clear()
    shot = zh_doc.script.beats[0].alternatives[0].shots[0]
    ops.set_field(zh_doc.project, shot, "voiceover", CLAIM)
    with segment.no_wait() as waited:
        found = Checker(zh_doc.project).check()
    assert not waited.deferred and segment.loaded()
    assert any(f.location.shot_id == shot.id and f.rule.startswith("adlaw.") for f in found)
    segment.word_starts.cache_clear()


def test_the_first_check_runs_in_the_background_and_keeps_edits_made_meanwhile(qtbot, zh_doc, monkeypatch):
    """The cold check leaves the GUI thread free; an edit made while it runs is in the findings it shows."""
    from studio.guide.checker import Checker
    from studio.ui.commands import SetFieldCommand
    from studio.ui.views import guide_panel

    release = threading.Event()
    threads: list[str] = []

    class Held(Checker):
        def check(self, script=None, variant=None):  # type: ignore[no-untyped-def]
            threads.append(threading.current_thread().name)
            if threading.current_thread() is not threading.main_thread():
                release.wait(30)
            return super().check(script, variant)

    monkeypatch.setattr(guide_panel, "_checker_class", lambda: Held)
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel._first is not None, timeout=10_000)
    shot = zh_doc.script.beats[0].alternatives[0].shots[0]
    zh_doc.push(SetFieldCommand(zh_doc.project, shot, "voiceover", CLAIM * 6))  # the GUI thread is free
    assert not panel.checked and shot.voiceover == CLAIM * 6
    release.set()
    qtbot.waitUntil(lambda: panel.checked, timeout=20_000)
    assert threads[0] == "studio-guide-first-check"
    assert any(f.location.shot_id == shot.id and f.rule == "vo.too_long" for f in panel.findings)
    # Once the segmenter is in too (its hits waited for it), the panel shows what a fresh check finds.
    qtbot.waitUntil(lambda: segment.loaded() and not panel._deferred and panel._first is None, timeout=20_000)
    keys = sorted(map(repr, panel.findings))
    assert keys == sorted(map(repr, Checker(zh_doc.project).check(zh_doc.script, zh_doc.variant)))
    assert any(f.location.shot_id == shot.id and f.rule == "vo.too_long" for f in panel.findings)


def test_an_edit_before_the_first_check_is_over_waits_for_it(qtbot, zh_doc, monkeypatch):
    """The debounced re-check of an early edit does not do the cold check in the GUI thread: the first
    check, still running in the background, is asked to check again when done."""
    from studio.guide.checker import Checker
    from studio.ui.commands import SetFieldCommand
    from studio.ui.views import guide_panel

    release = threading.Event()
    threads: list[str] = []

    class Held(Checker):
        def check(self, script=None, variant=None):  # type: ignore[no-untyped-def]
            threads.append(threading.current_thread().name)
            release.wait(30)
            return super().check(script, variant)

    monkeypatch.setattr(guide_panel, "_checker_class", lambda: Held)
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
    shot = zh_doc.script.beats[0].alternatives[0].shots[0]
    zh_doc.push(SetFieldCommand(zh_doc.project, shot, "voiceover", CLAIM * 6))
    assert panel._timer.isActive()
    qtbot.waitUntil(lambda: not panel._timer.isActive(), timeout=5000)  # the debounce ran
    assert panel.checker is None and not panel.checked
    assert threads == ["studio-guide-first-check"]  # nothing checked in the GUI thread
    release.set()
    qtbot.waitUntil(lambda: panel.checked and panel._first is None, timeout=20_000)
    assert any(f.location.shot_id == shot.id and f.rule == "vo.too_long" for f in panel.findings)


def test_the_first_findings_come_before_the_dictionary_loads_and_say_more_may_follow(qtbot, zh_doc, unloaded):
    """The first check does not share the interpreter with the dictionary's load (~0.5 s): the load starts
    once its findings are shown, and until its hits are checked the panel says they may follow."""
    from studio.models import ops

    shot = zh_doc.script.beats[0].alternatives[0].shots[0]
    ops.set_field(zh_doc.project, shot, "voiceover", CLAIM)
    panel = GuidePanel(zh_doc)
    qtbot.addWidget(panel)
    loading_when_shown: list[bool] = []
    panel.findingsShown.connect(lambda: loading_when_shown.append(segment._loader is not None))
    panel.show()
    qtbot.waitUntil(lambda: panel.checked, timeout=20_000)
    assert loading_when_shown == [False]
    assert panel._deferred and not _claims(panel, shot.id)
    assert "dictionary loading" in panel.summary.text() and "dictionary has loaded" in panel.summary.toolTip()
    qtbot.waitUntil(lambda: segment._loader is not None, timeout=5000)  # started after the findings
    unloaded.set()
    qtbot.waitUntil(lambda: bool(_claims(panel, shot.id)), timeout=20_000)
    assert segment.loaded_by == "studio-segmenter"
    assert "dictionary" not in panel.summary.text()

"""The Write view on a long script: rows are built as they scroll into view, and behave like the rest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from studio.models.entities import Shot
from studio.models.enums import BeatKind
from studio.ui.views.write import WriteView
from studio.ui.views.write_rows import CHUNK
from tests.ui.waits import settle


@pytest.fixture(scope="module")
def _long_file(_sample_files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Chinese sample with 300 shots in the hook's first alternative, written once for this file's tests."""
    from studio.models import ops
    from studio.store.document import ProjectFile

    path = tmp_path_factory.mktemp("long") / "long.studio"
    shutil.copy2(_sample_files["zh"], path)
    with ProjectFile.open(path) as pf:
        script = pf.project.scripts[0]
        hook = next(b for b in script.beats if b.kind is BeatKind.HOOK)
        alt = hook.alternatives[0]
        with pf.batch():
            for i in range(300):
                shot = Shot(voiceover=f"第{i}句：熬夜党看过来", onscreen_text=f"字幕{i}", duration_ds=30)
                ops.insert_shot(pf.project, alt, len(alt.shots), shot)
    return path


@pytest.fixture
def long_doc(_long_file: Path, sample_path: Path, qapp):
    """A private copy of the long script, at ``sample_path`` (where ``reopen`` reads it back), open in a
    document controller."""
    from studio.store.document import ProjectFile
    from studio.ui.document_controller import DocumentController

    shutil.copy2(_long_file, sample_path)
    doc = DocumentController(ProjectFile.open(sample_path))
    yield doc
    if doc._on_change in doc.project.listeners:
        doc.close()


def _shown(qtbot, doc) -> WriteView:
    view = WriteView(doc)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    settle(qtbot)
    return view


def _hook_card(view: WriteView):
    return next(c for c in view.cards if c.beat.kind is BeatKind.HOOK)


def _on_screen(view: WriteView, widget) -> bool:
    top_left = widget.mapTo(view.scroll_area.viewport(), QPoint(0, 0))
    return view.scroll_area.viewport().rect().contains(top_left) and widget.isVisible()


def test_only_the_rows_near_the_screen_are_built(qtbot, long_doc):
    view = _shown(qtbot, long_doc)
    card = _hook_card(view)
    assert len(card.rows) > 300
    assert 0 < len(card.rows.built()) < 60  # a screen and a half, not three hundred rows
    first = card.alt.shots[0]
    assert _on_screen(view, card.rows.built()[first.id])


def test_scrolling_builds_the_rows_that_come_into_view(qtbot, long_doc):
    view = _shown(qtbot, long_doc)
    card = _hook_card(view)
    before = len(card.rows.built())
    bar = view.scroll_area.verticalScrollBar()
    bar.setValue(bar.value() + 4000)
    settle(qtbot)
    assert len(card.rows.built()) > before
    visible = [r for r in card.rows.built().values() if _on_screen(view, r)]
    assert visible, "the rows on screen after scrolling are real rows"
    row = visible[0]
    assert row.previews["voiceover"].text() == row.shot.voiceover


def test_focusing_a_far_shot_builds_its_row_and_typing_saves(qtbot, long_doc, reopen):
    view = _shown(qtbot, long_doc)
    card = _hook_card(view)
    last = card.alt.shots[-1]
    assert last.id not in card.rows.built()
    view.focus_field(last.id, "voiceover")
    settle(qtbot)
    row = card.rows.built()[last.id]
    edit = row.editors["voiceover"]
    assert _on_screen(view, edit) and edit.hasFocus()
    edit.insert("！")
    assert last.voiceover == "！" + "第299句：熬夜党看过来"
    saved = reopen(long_doc)
    hook = next(b for b in saved.scripts[0].beats if b.kind is BeatKind.HOOK)
    assert hook.alternatives[0].shots[-1].voiceover == last.voiceover


def test_tab_runs_down_the_rows_across_chunks_built_out_of_order(qtbot, long_doc):
    view = _shown(qtbot, long_doc)
    card = _hook_card(view)
    shots = card.alt.shots
    # Build a later chunk first, then the one before it: Tab must still go in the shots' order.
    far, near = shots[30 * CHUNK], shots[30 * CHUNK - 1]
    card.rows[far.id]
    row = card.rows[near.id]
    view.focus_field(near.id, "onscreen_text")
    qtbot.keyClick(row.editors["onscreen_text"], Qt.Key.Key_Tab)
    assert row.remove.hasFocus()
    qtbot.keyClick(row.remove, Qt.Key.Key_Tab)
    assert card.rows[far.id].duration.hasFocus()
    assert _on_screen(view, card.rows[far.id].duration)
    qtbot.keyClick(card.rows[far.id].duration, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert row.remove.hasFocus()
    # Into a row not built yet: it is built and scrolled to.
    last_built = card.rows[shots[100 * CHUNK - 1].id]
    assert shots[100 * CHUNK].id not in card.rows.built()
    last_built.remove.setFocus()
    qtbot.keyClick(last_built.remove, Qt.Key.Key_Tab)
    assert card.rows.built()[shots[100 * CHUNK].id].duration.hasFocus()


def test_selection_from_elsewhere_marks_a_row_built_later(qtbot, long_doc):
    view = _shown(qtbot, long_doc)
    card = _hook_card(view)
    far = card.alt.shots[200]
    long_doc.select([far.id])
    settle(qtbot)
    row = card.rows.built()[far.id]
    assert row.autoFillBackground()  # marked as selected
    assert _on_screen(view, row)


def test_duration_change_of_an_unbuilt_row_updates_the_gauge(qtbot, long_doc):
    from studio.ui.commands import SetFieldCommand

    view = _shown(qtbot, long_doc)
    card = _hook_card(view)
    far = card.alt.shots[250]
    assert far.id not in card.rows.built()
    before = card.gauge_label.text()
    long_doc.push(SetFieldCommand(long_doc.project, far, "duration_ds", far.duration_ds + 100))
    assert card.gauge_label.text() != before
    assert far.id not in card.rows.built()  # nothing was built to show it


def test_read_only_rows_built_late_do_not_edit(qtbot, long_doc):
    view = _shown(qtbot, long_doc)
    card = _hook_card(view)
    card.set_readonly()
    row = card.rows[card.alt.shots[-1].id]
    assert not row.remove.isEnabled() and row.duration.isReadOnly()
    assert row.editors["voiceover"].isReadOnly()


def test_clicking_a_row_built_late_edits_it(qtbot, long_doc):
    view = _shown(qtbot, long_doc)
    card = _hook_card(view)
    bar = view.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    settle(qtbot)
    row = next(r for r in card.rows.built().values() if _on_screen(view, r.previews["voiceover"]))
    qtbot.mouseClick(row.previews["voiceover"], Qt.MouseButton.LeftButton, pos=QPoint(10, 8))
    assert row.editors["voiceover"].hasFocus()
    assert long_doc.selection == [row.shot.id]


def test_the_first_build_marks_short_shots_without_compiling_the_word_lists(qtbot, long_doc):
    """The "needs longer" mark reads the pace only; the ad-law lists (~0.1 s to compile) wait for the guide."""
    from studio.guide.rules import compliance
    from studio.models import ops

    hook = next(b for b in long_doc.script.beats if b.kind is BeatKind.HOOK)
    first = hook.alternatives[0].shots[0]
    ops.set_field(long_doc.project, first, "voiceover", "这一句口播很长" * 8)
    compliance._lexicon.cache_clear()
    view = _shown(qtbot, long_doc)
    card = _hook_card(view)
    qtbot.waitUntil(lambda: first.id in card.rows.built(), timeout=5000)
    assert card.rows.built()[first.id].too_short
    assert compliance._lexicon.cache_info().currsize == 0


def test_unbuilt_rows_are_held_by_one_gap_per_run(qtbot, long_doc):
    """Shots not built yet take one placeholder per run between built chunks, not one per chunk,
    and the rows built out of order still stand in the shots' order."""
    from studio.ui.views.write_rows import RowChunk, RowGap

    view = _shown(qtbot, long_doc)
    card = _hook_card(view)
    shots = card.alt.shots
    card.rows[shots[150].id]
    card.rows[shots[40].id]
    settle(qtbot)
    blocks = card.rows.blocks()
    gaps = [b for b in blocks if isinstance(b, RowGap)]
    assert len(gaps) <= len(card.rows.chunks) + 1 < 30
    assert sum(g.shots() for g in gaps) + len(card.rows.built()) == len(shots)
    shown = [row.shot.id for b in blocks if isinstance(b, RowChunk) for row in b.rows]
    assert shown == [s.id for s in shots if s.id in set(shown)]
    tops = [card.rows.built()[s].geometry().top() + card.rows.built()[s].parentWidget().y() for s in shown]
    assert tops == sorted(tops)


def test_rows_far_off_screen_are_put_away_while_the_view_is_hidden_and_come_back_as_they_scroll_near(
    qtbot, long_doc
):
    """Coming back to the view shows only the rows near the screen (showing thousands of built rows each
    revisit blocked the window); the others keep their place and show again as the view scrolls to them."""
    view = _shown(qtbot, long_doc)
    card = _hook_card(view)
    bar = view.scroll_area.verticalScrollBar()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        settle(qtbot)
    assert len(card.rows.built()) == len(card.rows)
    bar.setValue(bar.maximum() // 2)
    settle(qtbot)
    middle = bar.value()
    height = view.scroll_area.widget().height()
    view.hide()
    qtbot.waitUntil(lambda: bool(card.rows.parked))
    view.show()
    qtbot.waitExposed(view)
    settle(qtbot)
    rows = card.rows.built()
    visible = [r for r in rows.values() if r.isVisible()]
    assert 0 < len(visible) < len(rows) // 2
    assert bar.value() == middle and view.scroll_area.widget().height() == height  # nothing moved
    assert any(_on_screen(view, r) for r in visible)
    bar.setValue(0)  # the parked rows at the top show as the view scrolls to them
    settle(qtbot)
    first = rows[card.alt.shots[0].id]
    assert _on_screen(view, first)
    last = card.rows[card.alt.shots[-1].id]  # asked for by id (to focus, to reveal): shown
    assert last.isVisible()
    assert not card.rows.parked or card.alt.shots[-1].id not in {
        r.shot.id for i in card.rows.parked for r in card.rows.chunks[i].rows
    }


def test_rows_far_behind_are_put_away_as_the_view_scrolls_on_except_the_one_typed_in(qtbot, long_doc):
    """Scrolling through keeps only a few screens of rows shown (so hiding and showing the tab touch those
    alone); the row being typed in stays shown however far the view scrolls from it."""
    view = _shown(qtbot, long_doc)
    card = _hook_card(view)
    typed = card.alt.shots[0]
    editor = card.rows[typed.id].editors["voiceover"]
    view.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    bar = view.scroll_area.verticalScrollBar()
    most = 0
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        settle(qtbot)
        most = max(most, sum(1 for r in card.rows.built().values() if r.isVisible()))
    rows = card.rows.built()
    assert len(rows) == len(card.rows)
    assert 0 < most < len(rows) // 2  # a few screens (62 here); all 302 were shown before
    assert card.rows.parked
    assert rows[typed.id].isVisible() and editor.hasFocus()
    bar.setValue(0)
    settle(qtbot)
    assert _on_screen(view, rows[card.alt.shots[1].id])

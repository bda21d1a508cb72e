"""A search hit opens its project in the main window with the cursor in the hit's line."""

from __future__ import annotations

import shutil
from pathlib import Path

from studio.workspace import open_workspace
from studio.workspace.index import Indexer
from studio.workspace.tokens import query_terms


def test_a_hit_opens_in_its_project_beat_and_shot(qapp, qtbot, settings, sample_path, tmp_path: Path) -> None:
    from studio.ui.studioapp import StudioApp
    from studio.ui.workspace.opening import open_in_studio

    folder = tmp_path / "team"
    folder.mkdir()
    other = folder / "other.studio"
    shutil.copy2(sample_path, other)
    backend = open_workspace(f"sqlite:///{tmp_path / 'ws.sqlite3'}")
    backend.add_folder(str(folder))
    Indexer(backend).scan()
    # a line of a B alternative, so the card must switch to it
    hits = [h for h in backend.search(query_terms("99元两瓶")) if h.doc.alt_id]
    backend.close()
    assert hits
    hit = hits[0]
    studio = StudioApp(qapp, settings)
    assert studio.start(sample_path)
    try:
        assert open_in_studio(studio, str(other), hit)  # read in the background: the window replaced after
        qtbot.waitUntil(lambda: studio.doc.pf.path == other and studio.window.is_usable, timeout=10_000)
        window = studio.window
        view = window.current_view()
        qtbot.waitUntil(lambda: view.row_for(hit.doc.shot_id) is not None, timeout=5000)
        from PySide6.QtWidgets import QApplication

        qtbot.waitUntil(
            lambda: QApplication.focusWidget() is view.row_for(hit.doc.shot_id).editor("voiceover"),
            timeout=5000,
        )
        assert hit.doc.text in view.row_for(hit.doc.shot_id).editor("voiceover").toPlainText()
    finally:
        studio.window.close()
        studio.doc.close()


def _workspace_window(qapp, settings, start: Path, folder: Path, tmp_path: Path, monkeypatch):
    """The main window on ``start`` and File > Workspace… open on a workspace indexing ``folder``."""
    from studio.ui import menus
    from studio.ui.studioapp import StudioApp
    from studio.ui.workspace import opening

    monkeypatch.setenv("STUDIO_WORKSPACE_URL", f"sqlite:///{tmp_path / 'ws.sqlite3'}")
    backend = open_workspace(None)
    backend.add_folder(str(folder))
    backend.close()
    monkeypatch.setattr(opening, "_window", None)
    studio = StudioApp(qapp, settings)
    assert studio.start(start)
    menus.show_workspace(studio.window)
    ws = opening._window
    assert ws is not None
    return studio, ws


def _close(studio, ws) -> None:
    ws.close()
    studio.window.close()
    studio.doc.close()


def test_file_workspace_opens_the_window_and_a_project_from_it(
    qapp, qtbot, settings, sample_path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import Qt

    folder = tmp_path / "team"
    folder.mkdir()
    other = folder / "other.studio"
    shutil.copy2(sample_path, other)
    studio, ws = _workspace_window(qapp, settings, sample_path, folder, tmp_path, monkeypatch)
    try:
        assert ws.isVisible()
        qtbot.waitUntil(lambda: ws.projects.proxy.rowCount() == 1, timeout=30_000)
        table = ws.projects.table
        table.setFocus()
        table.setCurrentIndex(ws.projects.proxy.index(0, 0))
        qtbot.keyClick(table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: studio.doc is not None and studio.doc.pf.path == other, timeout=10_000)
    finally:
        _close(studio, ws)


def _two_scripts(path: Path) -> str:
    """A real project file with a second script whose hook says a line no other script has; that line."""
    from studio.models.entities import Alternative, Beat, Script, Shot, Variant
    from studio.models.enums import BeatKind
    from studio.samples import sample_project
    from studio.store.document import write_new_file

    project, blobs = sample_project("zh", frame_edge=64)
    line = "第二条脚本独有的开场白蓝莓"
    second = Script(title="第二个脚本")
    beat = Beat(kind=BeatKind.HOOK)
    beat.alternatives.append(
        Alternative(label="A", shots=[Shot(code="H-A-01", duration_ds=20, voiceover=line)])
    )
    second.beats.append(beat)
    second.variants.append(Variant(name="基础版", is_base=True))
    project.scripts.append(second)
    write_new_file(path, project, blobs)
    return line


def test_a_hit_in_the_second_script_opens_the_write_view_on_that_script(
    qapp, qtbot, settings, sample_path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    folder = tmp_path / "team"
    folder.mkdir()
    two = folder / "two.studio"
    line = _two_scripts(two)
    studio, ws = _workspace_window(qapp, settings, sample_path, folder, tmp_path, monkeypatch)
    try:
        ws.resize(1366, 768)
        qtbot.waitUntil(lambda: ws.projects.proxy.rowCount() == 1, timeout=30_000)
        qtbot.keyClick(ws, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        ws.search.query.insert("蓝莓")
        with qtbot.waitSignal(ws.searched, timeout=30_000):
            qtbot.keyClick(ws.search.query, Qt.Key.Key_Return)
        assert ws.search.hits.topLevelItemCount() == 1
        ws.search.hits.setFocus()
        ws.search.hits.setCurrentItem(ws.search.hits.topLevelItem(0))
        qtbot.keyClick(ws.search.hits, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: studio.doc is not None and studio.doc.pf.path == two and studio.window.is_usable,
            timeout=10_000,
        )
        doc = studio.doc
        assert doc.script is doc.project.scripts[1]  # not the first script, where a project opens
        view = studio.window.current_view()
        shot_id = doc.project.scripts[1].beats[0].alternatives[0].shots[0].id
        qtbot.waitUntil(lambda: view.row_for(shot_id) is not None, timeout=5000)
        editor = view.row_for(shot_id).editor("voiceover")
        qtbot.waitUntil(lambda: QApplication.focusWidget() is editor, timeout=5000)
        assert editor.toPlainText() == line
    finally:
        _close(studio, ws)

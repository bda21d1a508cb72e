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
        assert open_in_studio(studio, str(other), hit)
        window = studio.window
        assert studio.doc.pf.path == other
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

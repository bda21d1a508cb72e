"""The window's "Draft from brief" fills a new project's empty script (one script, one undo step) and
adds later drafts beside it under names no other script has."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_draft_fills_the_empty_script_then_adds_under_a_new_name(tmp_path, settings, qtbot) -> None:
    from studio.guide.brief.templates import project_from_template
    from studio.models.timeline import total_ds
    from studio.samples import sample_project
    from studio.store.document import ProjectFile
    from studio.ui.document_controller import DocumentController
    from studio.ui.mainwindow import MainWindow

    project = project_from_template("pain_solution_cta", "en", "")
    project.brief = sample_project("en", frame_edge=64)[0].brief
    path = tmp_path / "new.studio"
    doc = DocumentController(ProjectFile.create(path, project))
    window = MainWindow(doc, None, settings)
    window.replacing = True
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        empty = doc.project.scripts[0]
        view = window.show_tab("brief")
        qtbot.waitUntil(view.isVisible)
        qtbot.mouseClick(view.draft_button, Qt.MouseButton.LeftButton)
        assert len(doc.project.scripts) == 1  # filled, not a second script of the same name
        filled = doc.project.scripts[0]
        assert filled is not empty and doc.script is filled and filled.title == empty.title
        assert any(s.voiceover for _b, _a, s in filled.iter_shots())
        assert abs(total_ds(filled, filled.base_variant) - 250) <= 25
        assert "empty script" in window.statusBar().currentMessage()
        window.menus.undo_action.trigger()  # one step takes it back to the empty script
        assert doc.project.scripts == [empty] and doc.script is empty
        window.menus.redo_action.trigger()
        view = window.show_tab("brief")
        qtbot.mouseClick(view.draft_button, Qt.MouseButton.LeftButton)  # now the script has words
        titles = [s.title for s in doc.project.scripts]
        assert len(titles) == 2 and titles[1] == f"{titles[0]} 2", titles
        assert doc.script is doc.project.scripts[1]
    finally:
        window.close()
        doc.close()
    with ProjectFile.open(path, readonly=True) as pf:
        assert [s.title for s in pf.project.scripts] == titles

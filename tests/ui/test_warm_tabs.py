"""After start-up's work is shown, the Results tab's modules are imported in the background, so its
first opening does not spend the window's time importing (and PySide6 reading every module's source)."""

from __future__ import annotations

import threading


def test_the_results_tab_is_imported_in_the_background_once_the_guide_has_spoken(
    doc, settings, qtbot, monkeypatch
):
    from studio.ui import mainwindow

    seen: list[tuple[bool, list[str]]] = []
    real = mainwindow._import_quietly

    def noted(modules: list[str]) -> None:
        seen.append((threading.current_thread() is threading.main_thread(), list(modules)))
        real(modules)

    monkeypatch.setattr(mainwindow, "_import_quietly", noted)
    win = mainwindow.MainWindow(None, None, settings)
    win.replacing = True
    qtbot.addWidget(win)
    win.show()
    win.attach(doc)
    qtbot.waitUntil(lambda: win.docks_ready and win.guide.checked and bool(seen), timeout=20_000)
    assert seen == [(False, ["studio.ui.views.results"])]
    assert win.pages["results"].view is None  # imported, not built: the tab still builds when first shown
    win.show_tab("results")
    assert win.pages["results"].view is not None

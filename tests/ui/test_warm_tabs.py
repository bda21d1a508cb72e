"""After start-up's work is shown, the other tabs' modules are imported in the background, so their
first opening does not spend the window's time importing (and PySide6 reading every module's source)."""

from __future__ import annotations

import threading


def test_the_other_tabs_are_imported_in_the_background_once_the_guide_has_spoken(
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
    tabs = [
        module for key, _, module, _ in mainwindow.TABS if key != "write"
    ]  # the first tab is built at once
    assert len(seen) == 1 and not seen[0][0]  # once, in another thread
    assert seen[0][1][: len(tabs)] == tabs
    # imported, not built: each tab still builds when first shown
    assert all(win.pages[key].view is None for key, *_ in mainwindow.TABS if key != "write")
    win.show_tab("results")
    assert win.pages["results"].view is not None

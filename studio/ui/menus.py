"""The main window's menus: File, Edit, View and Help."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from studio.ui import fileactions
from studio.ui.icons import icon

if TYPE_CHECKING:
    from studio.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def build(w: MainWindow) -> None:
    """Fill the menu bar of a main window."""
    bar = w.menuBar()
    K = QKeySequence.StandardKey
    ro = w.doc.readonly

    file = bar.addMenu(_tr("&File"))
    w.add_action(file, _tr("&New from Template…"), lambda: fileactions.new_project(w), K.New, "file-plus")
    w.add_action(file, _tr("&Open…"), lambda: fileactions.open_file(w), K.Open, "folder-open")
    w.recent_menu = file.addMenu(icon("history"), _tr("Open &Recent"))
    w.recent_menu.aboutToShow.connect(lambda: fill_recent(w))
    file.addSeparator()
    w.add_action(file, _tr("Save &As…"), lambda: fileactions.save_as(w), K.SaveAs, "save")
    w.add_action(file, _tr("Save a &Copy…"), lambda: fileactions.save_copy(w), None, "copy")
    w.add_action(file, _tr("&Snapshots…"), lambda: fileactions.snapshots(w), "Ctrl+Shift+H", "history")
    file.addSeparator()
    imp = w.add_action(file, _tr("&Import Excel Shot Script…"), lambda: fileactions.import_excel(w), None,
                       "file-spreadsheet")  # fmt: skip
    imp.setEnabled(not ro)
    w.add_action(file, _tr("&Export…"), lambda: fileactions.export(w), "Ctrl+E", "file-output")
    w.add_action(file, _tr("Variant &Pack…"), lambda: fileactions.pack(w), "Ctrl+Shift+E", "film")
    w.add_action(file, _tr("Print Pre&view of the Shot List…"), lambda: fileactions.print_preview(w), K.Print,
                 "printer")  # fmt: skip
    file.addSeparator()
    w.add_action(file, _tr("Pre&ferences…"), lambda: fileactions.preferences(w), K.Preferences, "settings")
    w.add_action(file, _tr("&Quit"), w.close, K.Quit)

    edit = bar.addMenu(_tr("&Edit"))
    undo = w.doc.undo_stack.createUndoAction(w, _tr("&Undo"))
    undo.setShortcut(K.Undo)
    undo.setIcon(icon("undo-2"))
    redo = w.doc.undo_stack.createRedoAction(w, _tr("&Redo"))
    redo.setShortcut(K.Redo)
    redo.setIcon(icon("redo-2"))
    edit.addAction(undo)
    edit.addAction(redo)
    edit.addSeparator()
    w.undo_action, w.redo_action = undo, redo
    w.edit_menu_slot = edit
    # The shot list's own actions join the Edit menu the first time it is built.
    edit.aboutToShow.connect(lambda: update_edit_actions(w))

    view = bar.addMenu(_tr("&View"))
    titles = w.tab_titles()
    for i, key in enumerate(w.pages):
        w.add_action(view, titles[key], lambda k=key: w.show_tab(k), f"Ctrl+{i + 1}")
    view.addSeparator()
    for dock in (w.nav_dock, w.guide_dock, w.timeline_dock):
        view.addAction(dock.toggleViewAction())

    help_menu = bar.addMenu(_tr("&Help"))
    w.add_action(help_menu, _tr("&About Studio"), lambda: fileactions.about(w), None, "info")


def update_edit_actions(w: MainWindow) -> None:
    """Put the shot list's edit actions into the Edit menu; enable them only on its tab."""
    edit = w.edit_menu_slot
    if edit is None:
        return
    page = w.pages["shotlist"]
    if page.view is None:
        return
    view = page.view
    if not getattr(w, "_shot_actions_added", False):
        for act in view.edit_actions:
            edit.addAction(act)
        w._shot_actions_added = True  # type: ignore[attr-defined]
    on_tab = w.tabs.currentWidget() is page
    for act in view.edit_actions:
        act.setVisible(on_tab)


def fill_recent(w: MainWindow) -> None:
    """List the recent files; missing ones are dropped."""
    menu: QMenu = w.recent_menu
    menu.clear()
    files = [f for f in w.settings.recent_files if Path(f).exists()]
    if files != w.settings.recent_files:
        w.settings.recent_files = files
    for i, name in enumerate(files):
        act = menu.addAction(f"&{i + 1} {Path(name).name}")
        act.setToolTip(name)
        act.triggered.connect(lambda _=False, n=name: fileactions.open_path(w, n))
    if not files:
        act = menu.addAction(_tr("No recent files"))
        act.setEnabled(False)
    else:
        menu.addSeparator()
        clear = menu.addAction(_tr("Clear the List"))
        clear.triggered.connect(lambda: setattr(w.settings, "recent_files", []))

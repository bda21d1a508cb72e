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
translate = QCoreApplication.translate


def build(w: MainWindow) -> None:
    """Fill the menu bar of a main window; items that need a document stay off until :func:`attach`."""
    bar = w.menuBar()
    K = QKeySequence.StandardKey

    file = bar.addMenu(translate("Menus", "&File"))
    w.add_action(
        file,
        translate("Menus", "&New from Template…"),
        lambda: fileactions.new_project(w),
        K.New,
        "file-plus",
    )
    w.add_action(file, translate("Menus", "&Open…"), lambda: fileactions.open_file(w), K.Open, "folder-open")
    w.recent_menu = file.addMenu(icon("history"), translate("Menus", "Open &Recent"))
    w.recent_menu.aboutToShow.connect(lambda: fill_recent(w))
    file.addSeparator()
    w.add_action(file, translate("Menus", "Save &As…"), lambda: fileactions.save_as(w), K.SaveAs, "save")
    w.add_action(file, translate("Menus", "Save a &Copy…"), lambda: fileactions.save_copy(w), None, "copy")
    w.add_action(
        file, translate("Menus", "&Snapshots…"), lambda: fileactions.snapshots(w), "Ctrl+Shift+H", "history"
    )
    file.addSeparator()
    w.import_action = w.add_action(file, translate("Menus", "&Import Excel Shot Script…"),
                                   lambda: fileactions.import_excel(w), None, "file-spreadsheet")  # fmt: skip
    w.add_action(file, translate("Menus", "&Export…"), lambda: fileactions.export(w), "Ctrl+E", "file-output")
    w.add_action(
        file, translate("Menus", "Variant &Pack…"), lambda: fileactions.pack(w), "Ctrl+Shift+E", "film"
    )
    w.add_action(file, translate("Menus", "Print Pre&view of the Shot List…"), lambda: fileactions.print_preview(w), K.Print,
                 "printer")  # fmt: skip
    file.addSeparator()
    w.add_action(
        file,
        translate("Menus", "Pre&ferences…"),
        lambda: fileactions.preferences(w),
        K.Preferences,
        "settings",
    )
    # Everything in File but Quit works on the open document (its folder, its file).
    w.doc_actions.extend(a for a in file.actions() if not a.isSeparator())
    w.doc_actions.append(w.recent_menu.menuAction())
    w.add_action(file, translate("Menus", "&Quit"), w.close, K.Quit)

    edit = bar.addMenu(translate("Menus", "&Edit"))
    w.edit_menu_slot = edit
    # Undo and Redo join when the document is attached, the shot list's actions when it is built.
    edit.aboutToShow.connect(lambda: update_edit_actions(w))

    view = bar.addMenu(translate("Menus", "&View"))
    titles = w.tab_titles()
    for i, key in enumerate(w.pages):
        w.doc_actions.append(w.add_action(view, titles[key], lambda k=key: w.show_tab(k), f"Ctrl+{i + 1}"))
    view.addSeparator()
    for dock in (w.nav_dock, w.guide_dock, w.timeline_dock):
        view.addAction(dock.toggleViewAction())

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    w.add_action(help_menu, translate("Menus", "&About Studio"), lambda: fileactions.about(w), None, "info")
    for act in w.doc_actions:
        act.setEnabled(w.doc is not None)


def attach(w: MainWindow) -> None:
    """Turn on the items that need the window's document and add its Undo and Redo."""
    K = QKeySequence.StandardKey
    edit = w.edit_menu_slot
    assert edit is not None
    undo = w.doc.undo_stack.createUndoAction(w, translate("Menus", "&Undo"))
    undo.setShortcut(K.Undo)
    undo.setIcon(icon("undo-2"))
    redo = w.doc.undo_stack.createRedoAction(w, translate("Menus", "&Redo"))
    redo.setShortcut(K.Redo)
    redo.setIcon(icon("redo-2"))
    edit.addAction(undo)
    edit.addAction(redo)
    edit.addSeparator()
    w.undo_action, w.redo_action = undo, redo
    for act in w.doc_actions:
        act.setEnabled(True)
    w.import_action.setEnabled(not w.doc.readonly)


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
        act = menu.addAction(translate("Menus", "No recent files"))
        act.setEnabled(False)
    else:
        menu.addSeparator()
        clear = menu.addAction(translate("Menus", "Clear the List"))
        clear.triggered.connect(lambda: setattr(w.settings, "recent_files", []))

"""The main window's menus: File, Edit, View and Help, every item with its shortcut.

The menus reach the window only through :class:`studio.ui.windowapi.WindowApi`. No ``Qt.*`` enum is
touched while the shell is built (PySide builds the whole Qt namespace on first use, which the first
paint does not need); the Edit items' work lives in :mod:`studio.ui.editactions`. The menu bar's titles
are made with the window; the items, which no first paint shows, in the event-loop turn after it
(:meth:`Menus.fill`), so QAction and QKeySequence (their enums) are not needed before it either.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QMenu
from shiboken6 import isValid

from studio.ui import editactions, fileactions
from studio.ui.actiontext import BASE_TEXT, ENGLISH, plain
from studio.ui.icons import icon

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction, QKeySequence

    from studio.ui.windowapi import WindowApi

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class Standard(NamedTuple):
    """A ``QKeySequence.StandardKey`` by name (the platform's keys for Copy, Delete …), looked up when
    the item is made."""

    name: str


#: Keys as a portable string ("Ctrl+D") or the platform's standard keys for an action.
Keys = str | Standard

#: The Edit items that work on the current view: (method, text, keys, icon); None is a separator.
EDIT_ITEMS: tuple[tuple[str, object, Keys, str] | None, ...] = (
    ("cut", QT_TRANSLATE_NOOP("Menus", "Cu&t"), Standard("Cut"), "scissors"),
    ("copy", QT_TRANSLATE_NOOP("Menus", "&Copy"), Standard("Copy"), "copy"),
    ("paste", QT_TRANSLATE_NOOP("Menus", "&Paste"), Standard("Paste"), "clipboard-paste"),
    ("select_all", QT_TRANSLATE_NOOP("Menus", "Select &All"), Standard("SelectAll"), ""),
    None,
    ("duplicate", QT_TRANSLATE_NOOP("Menus", "Dup&licate Shots"), "Ctrl+D", "copy-plus"),
    ("move_up", QT_TRANSLATE_NOOP("Menus", "M&ove Shots Up"), "Alt+Up", "arrow-up"),
    ("move_down", QT_TRANSLATE_NOOP("Menus", "Move Shots Do&wn"), "Alt+Down", "arrow-down"),
    ("delete", QT_TRANSLATE_NOOP("Menus", "&Delete Shots"), Standard("Delete"), "trash-2"),
    None,
    ("move_beat_up", QT_TRANSLATE_NOOP("Menus", "Move &Beat Up"), "Ctrl+Alt+Up", "arrow-up"),
    ("move_beat_down", QT_TRANSLATE_NOOP("Menus", "Move B&eat Down"), "Ctrl+Alt+Down", "arrow-down"),
    ("remove_beat", QT_TRANSLATE_NOOP("Menus", "Remo&ve Beat"), "Ctrl+Alt+Del", "trash-2"),
)

#: What the Edit items that act on rows say, by what the current view's rows are (its ``edit_kind``,
#: "shots" when it names none): (menu text, status tip) per item; the keys stay the same.
EDIT_WORDS: dict[str, dict[str, tuple[object, object]]] = {
    "shots": {
        "duplicate": (QT_TRANSLATE_NOOP("Menus", "Dup&licate Shots"),
                      QT_TRANSLATE_NOOP("Menus", "Copy the selected shots below them")),
        "move_up": (QT_TRANSLATE_NOOP("Menus", "M&ove Shots Up"),
                    QT_TRANSLATE_NOOP("Menus", "Move the selected shots one place up")),
        "move_down": (QT_TRANSLATE_NOOP("Menus", "Move Shots Do&wn"),
                      QT_TRANSLATE_NOOP("Menus", "Move the selected shots one place down")),
        "delete": (QT_TRANSLATE_NOOP("Menus", "&Delete Shots"), QT_TRANSLATE_NOOP("Menus", "Delete the selected shots")),
    },
    "creators": {
        "duplicate": (QT_TRANSLATE_NOOP("Menus", "Dup&licate Creators"),
                      QT_TRANSLATE_NOOP("Menus", "Copy the selected creators below them, without their results")),
        "move_up": (QT_TRANSLATE_NOOP("Menus", "M&ove Creator Up"),
                    QT_TRANSLATE_NOOP("Menus", "Move the selected creator one row up")),
        "move_down": (QT_TRANSLATE_NOOP("Menus", "Move Creator Do&wn"),
                      QT_TRANSLATE_NOOP("Menus", "Move the selected creator one row down")),
        "delete": (QT_TRANSLATE_NOOP("Menus", "&Delete Creators"),
                   QT_TRANSLATE_NOOP("Menus", "Remove the selected creators from the list")),
    },
}  # fmt: skip

#: English tab titles by key (the window shows them translated).
TAB_TITLES: dict[str, object] = {"write": QT_TRANSLATE_NOOP("Menus", "Write"), "shotlist": QT_TRANSLATE_NOOP("Menus", "Shot list"), "storyboard": QT_TRANSLATE_NOOP("Menus", "Storyboard"), "variants": "Variants",
              "preview": QT_TRANSLATE_NOOP("Menus", "Preview"), "results": QT_TRANSLATE_NOOP("Menus", "Results"),
              "brief": QT_TRANSLATE_NOOP("Menus", "Brief"), "creators": "Creators",
              "review": "Review"}  # fmt: skip


class Menus(QObject):
    """The menu bar of one main window and the actions in it."""

    def __init__(self, w: WindowApi) -> None:
        super().__init__(w)
        self.w = w
        #: Items that need a document: off in the shell, on once attached.
        self.doc_actions: list[QAction] = []
        #: Edit items by the view method they call.
        self.edit: dict[str, QAction] = {}
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        bar = w.menuBar()
        self.file_menu = bar.addMenu(translate("Menus", "&File"))
        self.edit_menu = bar.addMenu(translate("Menus", "&Edit"))
        self.view_menu = bar.addMenu(translate("Menus", "&View"))
        self.help_menu = bar.addMenu(translate("Menus", "&Help"))
        #: True once the items are made (see fill).
        self.filled = False
        #: What the row items of Edit name now (see EDIT_WORDS).
        self.edit_kind = ""
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            menu.aboutToShow.connect(self.fill)  # in case a menu opens before the turn after the paint

    def fill(self) -> None:
        """Make every item (once): in the turn after the window's first paint, or when first needed."""
        if not self.filled:
            self.filled = True
            self._build()

    # --- building ------------------------------------------------------------------

    def action(self, menu: QMenu, source: object, slot: Callable[[], object],
               keys: Keys | QKeySequence.StandardKey | None = None, icon_name: str = "",
               context: str = "Menus") -> QAction:  # fmt: skip
        """A menu item from English ``source`` (a QT_TRANSLATE_NOOP text, translated here), with its keys."""
        from PySide6.QtGui import QKeySequence

        source = str(source)
        text = translate(context, source)
        act = menu.addAction(icon(icon_name), text) if icon_name else menu.addAction(text)
        if keys is not None:
            # setShortcuts(list), not setShortcut(): PySide's overload check of the latter builds every
            # Qt.* enum, which the shell's first paint does not otherwise need.
            named = getattr(QKeySequence.StandardKey, keys.name) if isinstance(keys, Standard) else keys
            act.setShortcuts([QKeySequence(named)])
        act.setProperty(ENGLISH, plain(source))
        act.triggered.connect(lambda _=False: slot())
        return act

    def _build(self) -> None:
        from PySide6.QtGui import QKeySequence

        w = self.w
        K = QKeySequence.StandardKey
        file = self.file_menu
        self.action(
            file,
            QT_TRANSLATE_NOOP("Menus", "&New from Template…"),
            lambda: fileactions.new_project(w),
            K.New,
            "file-plus",
        )
        self.action(
            file,
            QT_TRANSLATE_NOOP("Menus", "&Open…"),
            lambda: fileactions.open_file(w),
            K.Open,
            "folder-open",
        )
        self.action(file, QT_TRANSLATE_NOOP("Menus", "&Workspace…"), lambda: show_workspace(w), "Ctrl+Shift+W",
                    "folder-open")  # fmt: skip
        self.recent_menu = file.addMenu(icon("history"), translate("Menus", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        file.addSeparator()
        self.action(
            file, QT_TRANSLATE_NOOP("Menus", "Save &As…"), lambda: fileactions.save_as(w), K.SaveAs, "save"
        )
        self.action(
            file,
            QT_TRANSLATE_NOOP("Menus", "Save a &Copy…"),
            lambda: fileactions.save_copy(w),
            "Ctrl+Alt+S",
            "copy",
        )
        self.action(
            file,
            QT_TRANSLATE_NOOP("Menus", "&Snapshots…"),
            lambda: fileactions.snapshots(w),
            "Ctrl+Shift+H",
            "history",
        )
        file.addSeparator()
        self.import_action = self.action(file, QT_TRANSLATE_NOOP("Menus", "&Import Excel Shot Script…"), lambda: fileactions.import_excel(w),
                                         "Ctrl+I", "file-spreadsheet")  # fmt: skip
        self.action(file, QT_TRANSLATE_NOOP("Menus", "Tear Down a &Hit Video…"), lambda: fileactions.tear_down_video(w),
                    None, "film")  # fmt: skip
        self.action(file, QT_TRANSLATE_NOOP("Menus", "Teardown Side &by Side…"),
                    lambda: fileactions.teardown_side_by_side(w), None, "layout-grid")  # fmt: skip
        self.action(
            file,
            QT_TRANSLATE_NOOP("Menus", "&Export…"),
            lambda: fileactions.export(w),
            "Ctrl+E",
            "file-output",
        )
        self.action(
            file,
            QT_TRANSLATE_NOOP("Menus", "&Variant Pack…"),
            lambda: fileactions.pack(w),
            "Ctrl+Shift+E",
            "film",
        )
        self.action(file, QT_TRANSLATE_NOOP("Menus", "&Print Storyboard and Shoot List…"), lambda: fileactions.print_preview(w), K.Print,
                    "printer")  # fmt: skip
        file.addSeparator()
        # The brief and the creators: also on their tabs, here so the palette and the keyboard find them.
        self.draft_action = self.action(file, QT_TRANSLATE_NOOP("Menus", "&Draft from Brief"),
                                        lambda: fileactions.draft_from_brief(w), None, "file-text")  # fmt: skip
        self.creators_import_action = self.action(file, QT_TRANSLATE_NOOP("Menus", "Import Creators &List…"),
                                                  lambda: fileactions.import_creators(w), None, "users")  # fmt: skip
        self.action(file, QT_TRANSLATE_NOOP("Menus", "Crea&tor Brief…"), lambda: fileactions.creator_brief(w), None,
                    "file-output")  # fmt: skip
        self.action(file, QT_TRANSLATE_NOOP("Menus", "Chec&k Returned Script…"), lambda: fileactions.check_returned(w),
                    None, "file-text")  # fmt: skip
        # The client review loop (also on the Review tab), in a submenu of its own: the File menu has no
        # letter left for three more items.
        review = file.addMenu(icon("message-square"), translate("Menus", "Client Review Ro&unds"))
        self.action(review, QT_TRANSLATE_NOOP("Menus", "&Send for Review…"), lambda: review_tab(w).send_dialog(),
                    None, "message-square")  # fmt: skip
        self.review_import_action = self.action(review, QT_TRANSLATE_NOOP("Menus", "&Import Review…"),
                                                lambda: review_tab(w).import_review())  # fmt: skip
        self.action(review, QT_TRANSLATE_NOOP("Menus", "&Changes Since a Round…"),
                    lambda: review_tab(w).export_changes())  # fmt: skip
        file.addSeparator()
        self.action(file, QT_TRANSLATE_NOOP("Menus", "Pro&ject Settings…"), lambda: fileactions.project_settings(w),
                    "Ctrl+Alt+,", "settings")  # fmt: skip
        self.action(
            file,
            QT_TRANSLATE_NOOP("Menus", "Pre&ferences…"),
            lambda: fileactions.preferences(w),
            K.Preferences,
            "settings",
        )
        # Everything in File but Quit works on the open document (its folder, its file).
        self.doc_actions.extend(a for a in file.actions() if not a.isSeparator())
        self.doc_actions.append(self.recent_menu.menuAction())
        self.action(file, QT_TRANSLATE_NOOP("Menus", "&Quit"), w.close, K.Quit)

        edit = self.edit_menu
        self._edit_top = edit.addSeparator()  # Undo and Redo go above it when the document is attached
        for item in EDIT_ITEMS:
            if item is None:
                edit.addSeparator()
                continue
            name, source, keys, icon_name = item
            self.edit[name] = self.action(edit, source, partial(editactions.run, w, name), keys, icon_name)
        edit.addSeparator()
        self.edit["find"] = self.action(edit, QT_TRANSLATE_NOOP("Menus", "&Find…"), lambda: editactions.palette(w, items_only=True), K.Find)  # fmt: skip
        palette = self.action(
            edit, QT_TRANSLATE_NOOP("Menus", "Co&mmand Palette…"), lambda: editactions.palette(w), "Ctrl+K"
        )
        self.doc_actions.extend([*self.edit.values(), palette])
        edit.aboutToShow.connect(self.update_edit_actions)

        view = self.view_menu
        titles = w.tab_titles()
        for i, key in enumerate(titles):  # every tab the window has, in its order
            act = self.action(
                view, TAB_TITLES.get(key, titles[key]), partial(w.go_to_tab, key), f"Ctrl+{i + 1}"
            )
            act.setText(titles[key])
            self.doc_actions.append(act)
        view.addSeparator()
        for i, (dock, source) in enumerate(
            zip(w.docks(), ("Navigator", QT_TRANSLATE_NOOP("Menus", "Guide"), "Timeline"), strict=True)
        ):
            toggle = dock.toggleViewAction()
            toggle.setShortcuts([QKeySequence(f"Ctrl+Shift+{i + 1}")])
            toggle.setProperty(ENGLISH, source)
            view.addAction(toggle)
        view.addSeparator()
        self.covered_action = self.action(view, QT_TRANSLATE_NOOP("Menus", "Show the &Covered Area (Safe Area)"), w.toggle_covered_area,
                                          "Ctrl+Shift+A")  # fmt: skip
        self.covered_action.setCheckable(True)
        self.doc_actions.append(self.covered_action)

        help_menu = self.help_menu
        self.action(
            help_menu,
            QT_TRANSLATE_NOOP("Menus", "&Keyboard Shortcuts"),
            lambda: fileactions.shortcuts(w),
            "Ctrl+/",
        )
        self.action(help_menu, QT_TRANSLATE_NOOP("Menus", "&How a Selling Video Is Built"), lambda: fileactions.structure_guide(w), "F1",
                    "file-text")  # fmt: skip
        self.action(
            help_menu, QT_TRANSLATE_NOOP("Menus", "&About Studio"), lambda: fileactions.about(w), None, "info"
        )
        for act in self.doc_actions:
            act.setEnabled(False)

    # --- document ------------------------------------------------------------------

    def attach(self) -> None:
        """Turn on the items that need the document and add its Undo and Redo."""
        from PySide6.QtGui import QKeySequence

        from studio.ui.stepaction import StepAction

        self.fill()
        K = QKeySequence.StandardKey
        doc = self.w.doc
        stack = doc.undo_stack

        # Our own actions rather than the stack's: undo and redo go through the document,
        # which keeps the step where it was when the file does not take it.
        def step(text: str, english: str, run: Callable[[], None], ready: bool, enabled: SignalInstance,
                 named: SignalInstance, key: QKeySequence.StandardKey, icon_name: str) -> StepAction:  # fmt: skip
            action = StepAction(self, text, run, enabled, named)
            action.setEnabled(ready)
            action.setShortcuts([QKeySequence(key)])
            action.setIcon(icon(icon_name))
            action.setProperty(ENGLISH, english)
            action.setProperty(BASE_TEXT, text)
            return action

        undo = step(translate("Menus", "&Undo"), "Undo", doc.undo, stack.canUndo(), stack.canUndoChanged,
                    stack.undoTextChanged, K.Undo, "undo-2")  # fmt: skip
        redo = step(translate("Menus", "&Redo"), "Redo", doc.redo, stack.canRedo(), stack.canRedoChanged,
                    stack.redoTextChanged, K.Redo, "redo-2")  # fmt: skip
        self.edit_menu.insertActions(self._edit_top, [undo, redo])
        self.undo_action, self.redo_action = undo, redo
        for act in self.doc_actions:
            act.setEnabled(True)
        for act in (self.import_action, self.draft_action, self.creators_import_action, self.review_import_action):  # fmt: skip
            act.setEnabled(not self.w.doc.readonly)
        self.update_edit_actions()

    def on_focus(self, _old: object, _new: object) -> None:
        """The keyboard moved: cut, copy and paste follow the focused text field."""
        if isValid(self.w) and self.w.isActiveWindow():  # focus also moves while a window is destroyed
            self.update_edit_actions()

    def update_edit_actions(self) -> None:
        """Enable the Edit items the current view (or the focused text field) can do now."""
        if self.w.doc is None:
            return
        self.name_edit_actions(str(getattr(self.w.current_view(), "edit_kind", "shots")))
        for name, act in self.edit.items():
            act.setEnabled(editactions.can(self.w, name))

    def name_edit_actions(self, kind: str) -> None:
        """Name the Edit items that act on rows after what the current view holds (shots, creators)."""
        words = EDIT_WORDS.get(kind, EDIT_WORDS["shots"])
        if kind == self.edit_kind or not self.edit:
            return
        self.edit_kind = kind
        for name, (text, tip) in words.items():
            act = self.edit[name]
            act.setText(translate("Menus", str(text)))
            act.setStatusTip(translate("Menus", str(tip)))
            act.setProperty(ENGLISH, plain(str(text)))  # the palette finds it by the words it shows

    def all_actions(self) -> list[QAction]:
        """Every action of the menu bar, submenus included (the palette lists them)."""
        self.fill()
        found: list[QAction] = []

        def walk(menu: QMenu) -> None:
            for act in menu.actions():
                sub = act.menu()
                if isinstance(sub, QMenu):
                    walk(sub)
                elif not act.isSeparator() and act.text():
                    found.append(act)

        for top in self.w.menuBar().actions():
            sub = top.menu()
            if isinstance(sub, QMenu):
                walk(sub)
        return found

    def fill_recent(self) -> None:
        """List the recent files; missing ones are dropped."""
        w, menu = self.w, self.recent_menu
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


def show_workspace(w: WindowApi) -> None:
    """Show the Workspace window: every project of the team's folders (File > Workspace…)."""
    from studio.ui.workspace.opening import show_workspace as show

    show(w)


def review_tab(w: WindowApi) -> Any:
    """The Review tab's view, shown (its send, import and changes verbs)."""
    return w.show_tab("review")

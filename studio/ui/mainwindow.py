"""The main window: view tabs, docks, menus, the autosave indicator and the window title."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget

from studio.ui import menus
from studio.ui.document import DocumentController
from studio.ui.icons import icon
from studio.ui.navigator import Navigator
from studio.ui.settings import Settings

if TYPE_CHECKING:
    from studio.ui.studioapp import StudioApp

log = logging.getLogger(__name__)

#: Central tabs in order: key, icon, view factory path (module, class).
TABS: tuple[tuple[str, str, str, str], ...] = (
    ("write", "pen-line", "studio.ui.views.write", "WriteView"),
    ("shotlist", "list", "studio.ui.shotlist", "ShotListView"),
    ("storyboard", "layout-grid", "studio.ui.views.storyboard", "StoryboardView"),
    ("variants", "git-branch", "studio.ui.views.variants", "VariantsView"),
    ("preview", "play", "studio.ui.views.preview", "PreviewView"),
    ("results", "chart-bar", "studio.ui.views.results", "ResultsView"),
)


class LazyTab(QWidget):
    """A tab page that builds its view the first time it is shown (keeps start-up fast)."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.view: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        """Build the view if it is not built yet; returns it."""
        if self.view is None:
            self.view = self._factory()
            self.layout().addWidget(self.view)
        return self.view


class MainWindow(QMainWindow):
    """One document's window."""

    #: Emitted once, when the window starts painting for the first time (its children follow in the
    #: same pass); the start-up benchmark reports from here.
    first_painted = Signal()

    def __init__(self, doc: DocumentController, studio: StudioApp | None = None,
                 settings: Settings | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.doc = doc
        self.studio = studio
        self.settings = settings or Settings()
        self.replacing = False
        self._painted = False
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("film"))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.pages: dict[str, LazyTab] = {}
        titles = self.tab_titles()
        for key, icon_name, module, cls in TABS:
            page = LazyTab(self._factory(module, cls), self.tabs)
            self.pages[key] = page
            self.tabs.addTab(page, icon(icon_name), titles[key])
        self.setCentralWidget(self.tabs)
        self._build_docks()
        self.status = QLabel(self)
        self.statusBar().addPermanentWidget(self.status)
        self.edit_menu_slot: QMenu | None = None
        menus.build(self)
        self.tabs.currentChanged.connect(self._on_tab)
        doc.saved.connect(self._on_saved)
        self.update_title()
        self._show_initial_status()
        self._restore_state()
        self._on_tab(self.tabs.currentIndex())

    def tab_titles(self) -> dict[str, str]:
        """Translated tab titles by key."""
        return {
            "write": self.tr("Write"),
            "shotlist": self.tr("Shot list"),
            "storyboard": self.tr("Storyboard"),
            "variants": self.tr("Variants"),
            "preview": self.tr("Preview"),
            "results": self.tr("Results"),
        }

    def _factory(self, module: str, cls: str) -> Callable[[], QWidget]:
        def build() -> QWidget:
            import importlib

            view_cls = getattr(importlib.import_module(module), cls)
            view = view_cls(self.doc)
            if cls == "ShotListView":
                view.union_box.setChecked(self.settings.shotlist_union)
                view.union_box.toggled.connect(lambda on: setattr(self.settings, "shotlist_union", on))
            return view

        return build

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        from studio.ui.views.guide_panel import GuidePanel
        from studio.ui.views.timeline import TimelineStrip

        self.navigator = Navigator(self.doc, self)
        self.timeline = TimelineStrip(self.doc, self)
        self.guide = GuidePanel(self.doc, self)
        self.nav_dock = self._dock("navigatorDock", self.tr("Navigator"), self.navigator,
                                   Qt.DockWidgetArea.LeftDockWidgetArea)  # fmt: skip
        self.guide_dock = self._dock(
            "guideDock", self.tr("Guide"), self.guide, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.timeline_dock = self._dock("timelineDock", self.tr("Timeline"), self.timeline,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)  # fmt: skip
        self.resizeDocks([self.nav_dock, self.guide_dock], [240, 280], Qt.Orientation.Horizontal)

    # --- views -------------------------------------------------------------------

    def view(self, key: str) -> QWidget:
        """The view of a tab, built on demand."""
        return self.pages[key].ensure()

    def show_tab(self, key: str) -> QWidget:
        """Bring a tab to the front; returns its view."""
        self.tabs.setCurrentWidget(self.pages[key])
        return self.view(key)

    @property
    def shotlist(self):  # -> ShotListView
        """The shot list view (built on demand)."""
        return self.view("shotlist")

    def _on_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, LazyTab):
            page.ensure()
        menus.update_edit_actions(self)

    # --- title and status --------------------------------------------------------

    def update_title(self) -> None:
        """File name, plus [read-only] when the file cannot be edited here."""
        name = self.doc.pf.path.name
        if self.doc.readonly:
            name += " " + self.tr("[read-only]")
        self.setWindowTitle(name)

    def _show_initial_status(self) -> None:
        if self.doc.readonly:
            self.status.setText(self.tr("Read-only: changes cannot be made"))
        else:
            self.status.setText(self.tr("Changes are saved automatically"))

    def _on_saved(self, iso: str) -> None:
        try:
            when = datetime.fromisoformat(iso).astimezone()
            stamp = when.strftime("%H:%M:%S")
        except ValueError:
            stamp = iso
        self.status.setText(self.tr("Saved {time}").format(time=stamp))

    # --- state -------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.geometry
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 820)
        state = self.settings.window_state
        if not state.isEmpty():
            self.restoreState(state)
        tab = self.settings.current_tab
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def save_state(self) -> None:
        """Remember geometry, docks and the current tab."""
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.current_tab = self.tabs.currentIndex()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if not self.replacing:
            self.doc.close()
        super().closeEvent(event)

    def add_action(self, menu: QMenu, text: str, slot: Callable[[], object], keys: str | QKeySequence | None = None,
                   icon_name: str = "") -> QAction:  # fmt: skip
        """A menu item with an optional shortcut and icon."""
        act = menu.addAction(icon(icon_name), text) if icon_name else menu.addAction(text)
        if keys is not None:
            act.setShortcut(QKeySequence(keys))
        act.triggered.connect(lambda _=False: slot())
        return act

"""The main window: view tabs, docks, menus, the autosave indicator and the window title.

Start-up is progressive: the window can be built without a document (the *shell*: menus, tab bar and
docks that say "Opening…", with editing off), shown and painted, and the document attached in a later
event-loop turn (:meth:`MainWindow.attach`), which builds the docks' contents and the current tab.
Modules only the attached window needs are imported in :meth:`attach`, not at the top.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QTabWidget, QVBoxLayout, QWidget

from studio.ui import docklayout
from studio.ui.docklayout import DEFAULT_STATE
from studio.ui.icons import icon
from studio.ui.menus import Menus
from studio.ui.settings import Settings
from studio.ui.windowapi import WindowApi
from studio.wording import say

if TYPE_CHECKING:
    from studio.store.errors import ProjectFileError
    from studio.ui.document_controller import DocumentController
    from studio.ui.studioapp import StudioApp
    from studio.ui.views.shotlist import ShotListView

log = logging.getLogger(__name__)

#: The navigator's widest default in pixels: a variant name like "Word-of-mouth proof" with its length
#: beside it (long names are elided in the middle and show in full as a tooltip). It holds short names:
#: on a laptop it gives its width to the guide, whose findings are sentences.
NAVIGATOR_WIDTH = 240

#: The guide's widest default with findings to show, and its width with nothing to say (one line, the
#: views get the rest).
GUIDE_WIDTH = 400
GUIDE_QUIET_WIDTH = 150


def default_dock_widths(window_width: int) -> tuple[int, int]:
    """Navigator and guide widths for a window this wide: at a laptop's 1366 px the guide gets ~360 px
    (a finding in 3 lines, its counts and scope on one line), the navigator ~200 px and the views ~790 px."""
    navigator = max(180, min(NAVIGATOR_WIDTH, round(window_width * 0.145)))
    guide = max(220, min(GUIDE_WIDTH, round(window_width * 0.265)))
    return navigator, guide


#: Central tabs in order: key, icon, view factory path (module, class).
TABS: tuple[tuple[str, str, str, str], ...] = (
    ("write", "pen-line", "studio.ui.views.write", "WriteView"),
    ("shotlist", "list", "studio.ui.views.shotlist", "ShotListView"),
    ("storyboard", "layout-grid", "studio.ui.views.storyboard", "StoryboardView"),
    ("variants", "git-branch", "studio.ui.views.variants", "VariantsView"),
    ("preview", "play", "studio.ui.views.preview", "PreviewView"),
    ("results", "chart-bar", "studio.ui.views.results", "ResultsView"),
    ("brief", "file-text", "studio.ui.views.brief", "BriefView"),
    ("creators", "users", "studio.ui.views.creator_list", "CreatorListView"),
    ("review", "message-square", "studio.ui.views.review", "ReviewView"),
)


#: Tabs whose modules are imported in the background after start-up (they create no Qt object when imported):
#: every tab's but the first. At 5,000 shots a first opening that imported its module blocked the window 50-170 ms
#: of the GUI thread's CPU (the Creators tab's import set off a full garbage collection of 117 ms on top).
WARM_TABS = frozenset(key for key, *_ in TABS) - {"write"}
#: Qt-free modules imported in the background after start-up too: every export and pack starts its child
#: process through this one, whose first import (multiprocessing, pickle, the writers' common parts) blocked
#: the window 283 ms on a clean clone.
WARM_MODULES = ("studio.exports.child",)


def _import_quietly(modules: list[str]) -> None:
    """Import ``modules`` (a background thread's work: a failure is the tab's to report when it is opened)."""
    import importlib

    for module in modules:
        try:
            importlib.import_module(module)
        except Exception:
            log.debug("warming %s failed", module, exc_info=True)


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
            self.layout().addWidget(self.view)  # type: ignore[union-attr]  # set in __init__
        return self.view


def opening_placeholder(parent: QWidget) -> QWidget:
    """The quiet "Opening…" at the top of a dock until the document is attached."""
    box = QWidget(parent)
    box.setObjectName("openingPlaceholder")
    label = QLabel(QCoreApplication.translate("MainWindow", "Opening…"), box)
    label.setEnabled(False)  # drawn in the palette's quiet, disabled text colour
    layout = QVBoxLayout(box)  # a stretch below keeps it at the top without a Qt.AlignmentFlag
    layout.setContentsMargins(10, 8, 10, 8)
    layout.addWidget(label)
    layout.addStretch(1)
    return box


class MainWindow(WindowApi):
    """One document's window."""

    #: Emitted once, when the window starts painting for the first time (its children follow in the
    #: same pass); the start-up benchmark reports from here.
    first_painted = Signal()

    #: Emitted once, after :meth:`attach`, when the window has painted the document's current tab.
    usable = Signal()

    def __init__(self, doc: DocumentController | None, studio: StudioApp | None = None,
                 settings: Settings | None = None, parent: QWidget | None = None, *,
                 default_layout: bytes = DEFAULT_STATE) -> None:  # fmt: skip
        """``default_layout``: the docks' layout when the settings hold none (b"": place them by calls)."""
        super().__init__(parent)
        self._default_state = default_layout
        self.doc: DocumentController = None  # type: ignore[assignment]  # set by attach()
        self.studio = studio
        self.settings = settings or Settings()
        self.replacing = False
        self._painted = False
        self._await_usable = False
        self._docks_pending = False
        self._default_layout = False
        #: True when the docks took the recorded default layout (resized by rewriting it: see showEvent).
        self._recorded_layout = False
        self._fitted_shown = False
        self._guide_width = GUIDE_WIDTH
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("film"))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setEnabled(False)  # no editing until the document is attached
        self.pages: dict[str, LazyTab] = {}
        self._tabs_warmed = False
        titles = self.tab_titles()
        for key, icon_name, module, cls in TABS:
            page = LazyTab(self._factory(module, cls), self.tabs)
            self.pages[key] = page
            self.tabs.addTab(page, icon(icon_name), titles[key])
        self.setCentralWidget(self.tabs)
        self._build_docks()
        self.status = QLabel(self)
        self.statusBar().addPermanentWidget(self.status)
        self.show_covered = False
        self.menus = Menus(self)
        self._restore_state(shell=doc is None)
        if doc is not None:
            self.attach(doc)

    @property
    def is_usable(self) -> bool:
        """True once a document is attached (editing is on)."""
        return self.doc is not None

    def show_opening(self, name: str) -> None:
        """The shell's title and status while ``name`` opens."""
        self.setWindowTitle(name)
        self.status.setText(self.tr("Opening {name}…").format(name=name))

    def attach(self, doc: DocumentController, docks_later: bool = False) -> None:
        """Show ``doc``: build the current tab, fill the docks, turn editing on; ``usable`` follows.

        With ``docks_later`` the docks are filled in the event-loop turn after ``usable`` (start-up:
        the tab first, so no single turn holds input up for long).
        """
        if self.doc is not None:
            raise RuntimeError("a main window shows one document")
        self.doc = doc
        self._docks_pending = docks_later
        if not docks_later:
            self._fill_docks()
        self.menus.attach()
        doc.selectionChanged.connect(lambda _ids: self.menus.update_edit_actions())
        QApplication.instance().focusChanged.connect(self.menus.on_focus)
        doc.saved.connect(self._on_saved)
        self._unsaved: ProjectFileError | None = None
        doc.writeFailed.connect(self._on_write_failed)
        self.update_title()
        self._show_initial_status()
        self.tabs.setEnabled(True)
        self.tabs.currentChanged.connect(self._on_tab)
        self._on_tab(self.tabs.currentIndex())
        from studio.ui.views.view_common import focus_hub

        focus_hub(doc).briefRequested.connect(self.show_brief)
        self._await_usable = True
        self.update()

    def tab_titles(self) -> dict[str, str]:
        """Translated tab titles by key."""
        return {
            "write": self.tr("Write"),
            "shotlist": self.tr("Shot list"),
            "storyboard": self.tr("Storyboard"),
            "variants": say("label.variants"),
            "preview": self.tr("Preview"),
            "results": self.tr("Results"),
            "brief": self.tr("Brief"),
            "creators": say("label.creators"),
            "review": say("label.review"),
        }

    def _factory(self, module: str, cls: str) -> Callable[[], QWidget]:
        def build() -> QWidget:
            import importlib

            view_cls: Callable[[DocumentController | None], QWidget] = getattr(
                importlib.import_module(module), cls
            )
            view = view_cls(self.doc)
            if hasattr(view, "use_window_shortcuts"):
                view.use_window_shortcuts()  # the Edit menu's items carry the keys: no ambiguous shortcuts
            if hasattr(view, "set_show_covered"):
                view.set_show_covered(self.show_covered)
            if hasattr(view, "use_settings"):
                view.use_settings(self.settings)  # its layout choices (the storyboard's cards a row)
            if cls == "ShotListView":
                from studio.ui.views.shotlist import ShotListView

                assert isinstance(view, ShotListView)
                view.union_box.setChecked(self.settings.shotlist_union)
                view.union_box.toggled.connect(lambda on: setattr(self.settings, "shotlist_union", on))
                view.use_column_settings(self.settings)
            return view

        return build

    def _dock(self, name: str, title: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(opening_placeholder(self))
        return dock

    def _build_docks(self) -> None:
        # The docks are placed by _restore_state: from the saved layout when it names them all, else
        # from the recorded default layout (see docklayout: neither needs a Qt.* enum), else by calls.
        self.nav_dock = self._dock("navigatorDock", self.tr("Navigator"))
        self.guide_dock = self._dock("guideDock", self.tr("Guide"))
        self.timeline_dock = self._dock("timelineDock", self.tr("Timeline"))

    def _place_docks_by_default(self) -> None:
        from PySide6.QtCore import Qt

        area = Qt.DockWidgetArea
        self.addDockWidget(area.LeftDockWidgetArea, self.nav_dock)
        self.addDockWidget(area.RightDockWidgetArea, self.guide_dock)
        self.addDockWidget(area.BottomDockWidgetArea, self.timeline_dock)
        self._default_layout = True  # sized to the window once it is shown (see showEvent)
        self.resizeDocks(
            [self.nav_dock, self.guide_dock], [NAVIGATOR_WIDTH, GUIDE_WIDTH], Qt.Orientation.Horizontal
        )

    @property
    def docks_ready(self) -> bool:
        """True once the navigator, guide and timeline are built (``navigator``, ``guide``, ``timeline``)."""
        return hasattr(self, "guide")

    def _fill_docks(self) -> None:
        self._docks_pending = False
        if self.docks_ready:
            return
        from studio.ui.navigator import Navigator
        from studio.ui.views.guide_panel import GuidePanel
        from studio.ui.views.timeline_strip import TimelineStrip

        self.navigator = Navigator(self.doc, self)
        self.timeline = TimelineStrip(self.doc, self)
        self.guide = GuidePanel(self.doc, self)
        self.guide.quietChanged.connect(self._fit_guide)
        self.guide.findingsShown.connect(self._warm_tabs)
        for dock, widget in ((self.nav_dock, self.navigator), (self.guide_dock, self.guide),
                             (self.timeline_dock, self.timeline)):  # fmt: skip
            placeholder = dock.widget()
            dock.setWidget(widget)
            if placeholder is not None:
                placeholder.deleteLater()

    def _warm_tabs(self) -> None:
        """Once start-up's work is shown (the guide's first findings), import the heavy tabs' modules in
        the background, so their first opening builds widgets instead of importing (and PySide6 reading
        the source of every module imported after it): the Results tab's first opening took ~0.3 s so."""
        if self._tabs_warmed:
            return
        self._tabs_warmed = True
        modules = [module for key, _, module, _ in TABS if key in WARM_TABS and self.pages[key].view is None]
        modules += [module for module in WARM_MODULES if module not in sys.modules]
        if modules:
            threading.Thread(
                target=_import_quietly, args=(modules,), name="studio-warm-tabs", daemon=True
            ).start()

    def _fit_guide(self, quiet: bool) -> None:
        """Narrow the guide while it has nothing to say; give it back its width when it has."""
        from PySide6.QtCore import Qt

        if self.dockWidgetArea(self.guide_dock) not in (Qt.DockWidgetArea.LeftDockWidgetArea,
                                                         Qt.DockWidgetArea.RightDockWidgetArea):  # fmt: skip
            return
        if quiet:
            self._guide_width = max(self.guide_dock.width(), GUIDE_QUIET_WIDTH)
            width = GUIDE_QUIET_WIDTH
        else:
            width = max(self._guide_width, default_dock_widths(self.width())[1])
        self.resizeDocks([self.guide_dock], [width], Qt.Orientation.Horizontal)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_shown:
            # The frame's size is known once shown under a window manager: fit again with it.
            self._fitted_shown = True
            self.fit_to_screen()
        if self._default_layout:
            # Fresh settings: size the docks to the window's real width (a laptop is not a desktop),
            # unless the default layout already did (no Qt.* enum then: see docklayout).
            self._default_layout = False
            nav, guide = default_dock_widths(self.width())
            if self.docks_ready and self.guide.quiet:
                guide = GUIDE_QUIET_WIDTH
            if (self.nav_dock.width(), self.guide_dock.width()) == (nav, guide):
                return
            if self._recorded_layout and not self.docks_ready:
                # The frame took a few pixels off: the recorded layout again, rewritten for this width (no
                # Qt.* enum before the first paint; see docklayout.sized).
                self.restoreState(QByteArray(docklayout.sized(self._default_state, self.width(), nav, guide)))
                return
            from PySide6.QtCore import Qt

            self.resizeDocks([self.nav_dock, self.guide_dock], [nav, guide], Qt.Orientation.Horizontal)

    # --- views -------------------------------------------------------------------

    def view(self, key: str) -> QWidget:
        """The view of a tab, built on demand (once a document is attached)."""
        if self.doc is None:
            raise RuntimeError("the views are built once the document is attached")
        return self.pages[key].ensure()

    def show_tab(self, key: str) -> QWidget:
        """Bring a tab to the front; returns its view."""
        self.tabs.setCurrentWidget(self.pages[key])
        return self.view(key)

    def go_to_tab(self, key: str) -> QWidget:
        """Bring a tab to the front with the keyboard in its main widget (Ctrl+1…8): the table of a
        table view, else the first field, never a filter above it."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView

        view = self.show_tab(key)
        main = getattr(view, "main_widget", None)
        target = main() if callable(main) else view.findChild(QAbstractItemView)
        (target or view).setFocus(Qt.FocusReason.ShortcutFocusReason)
        return view

    def show_brief(self, field: str = "") -> None:
        """Bring the Brief tab to the front with one of its fields in view and focused."""
        view = self.show_tab("brief")
        needs = getattr(view, "needs", None)
        if field and needs is not None:
            needs.focus(field)

    @property
    def shotlist(self) -> ShotListView:
        """The shot list view (built on demand)."""
        from studio.ui.views.shotlist import ShotListView

        view = self.view("shotlist")
        assert isinstance(view, ShotListView)
        return view

    def current_view(self) -> QWidget | None:
        """The view of the tab in front (None before the document is attached)."""
        page = self.tabs.currentWidget()
        return page.ensure() if isinstance(page, LazyTab) and self.doc is not None else None

    def current_key(self) -> str:
        """The key of the tab in front."""
        page = self.tabs.currentWidget()
        return next((k for k, p in self.pages.items() if p is page), "")

    def docks(self) -> list[QDockWidget]:
        """The navigator, guide and timeline docks."""
        return [self.nav_dock, self.guide_dock, self.timeline_dock]

    def toggle_covered_area(self) -> None:
        """Show or hide the platform's covered area (the safe area) on the storyboard, and show it."""
        self.show_covered = not self.show_covered
        self.menus.covered_action.setChecked(self.show_covered)
        from studio.ui.views.storyboard import StoryboardView

        board = self.show_tab("storyboard")
        assert isinstance(board, StoryboardView)
        board.set_show_covered(self.show_covered)

    def show_message(self, text: str, ms: int = 5000) -> None:
        """A passing message in the status bar."""
        self.statusBar().showMessage(text, ms)

    def file_renamed(self) -> None:
        """The document now lives in another file: refresh the title and status."""
        self.update_title()
        self._show_initial_status()

    def _on_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, LazyTab):
            page.ensure()
        self.menus.update_edit_actions()

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
        from datetime import datetime  # not needed before the first save

        try:
            when = datetime.fromisoformat(iso).astimezone()
            stamp = when.strftime("%H:%M:%S")
        except ValueError:
            stamp = iso
        self.status.setText(self.tr("Saved {time}").format(time=stamp))

    def _on_write_failed(self, exc: ProjectFileError) -> None:
        self.status.setText(self.tr("Last change not saved (taken back)"))
        # Told once the edit's own handler has returned (it may be a keystroke's): a modal
        # box inside it would run a nested event loop mid-edit. Failures in a row are told once.
        if self._unsaved is None:
            QTimer.singleShot(0, self, self._tell_unsaved)
        self._unsaved = exc

    def _tell_unsaved(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # on demand, as in errors.show_error

        from studio.ui import error_messages

        exc, self._unsaved = self._unsaved, None
        if exc is not None:
            QMessageBox.warning(self, self.tr("Change not saved"), error_messages.unsaved_edit_text(exc))

    # --- state -------------------------------------------------------------------

    def _restore_state(self, shell: bool) -> None:
        geometry = self.settings.geometry
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(docklayout.WIDTH, docklayout.HEIGHT)
        state = self.settings.window_state
        if state.isEmpty() and shell and self._default_state:
            # Recorded with the docks' placeholders: a window built with its document sizes them by calls.
            # Recorded at 1360 px: on a narrower screen, rewritten for the width the window fits in.
            self.fit_to_screen()
            width = self.width()
            state = QByteArray(docklayout.sized(self._default_state, width, *default_dock_widths(width)))
            self._default_layout = self._recorded_layout = True  # sized to the window once it is shown
        docks = (self.nav_dock, self.guide_dock, self.timeline_dock)
        # QDataStream writes each dock's object name in UTF-16: a layout that names them all places them.
        # (The names are ASCII: a zero byte before each, without loading the UTF-16 codec at start-up.)
        saved = bytes(state.data())
        named = all(bytes(b for c in d.objectName().encode("ascii") for b in (0, c)) in saved for d in docks)
        if not named or not self.restoreState(state):
            self._place_docks_by_default()
            if not state.isEmpty():
                self.restoreState(state)
        tab = self.settings.current_tab
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Shrink and move the window into the available area of its screen (see studio.ui.screenfit)."""
        from PySide6.QtGui import QGuiApplication

        from studio.ui.screenfit import fitted

        if self.isMaximized() or self.isFullScreen():
            return
        primary = QGuiApplication.primaryScreen()
        if primary is None:
            return
        areas = [primary.availableGeometry()]
        areas += [s.availableGeometry() for s in QGuiApplication.screens() if s is not primary]
        geo, frame = self.geometry(), self.frameGeometry()
        margins = (geo.left() - frame.left(), geo.top() - frame.top(),
                   frame.right() - geo.right(), frame.bottom() - geo.bottom())  # fmt: skip
        target = fitted(geo, margins, areas)
        if target != geo:
            self.setGeometry(target)

    def save_state(self) -> None:
        """Remember geometry, docks and the current tab."""
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.current_tab = self.tabs.currentIndex()

    def commit_open_editors(self) -> None:
        """Hand a table cell still being edited to its model, so the value reaches the file before it closes."""
        from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView

        for view in self.findChildren(QAbstractItemView):
            editor = view.indexWidget(view.currentIndex())
            if editor is not None and view.state() == QAbstractItemView.State.EditingState:
                view.commitData(editor)
                view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            # The menus' items show in no first paint: made once it is over (queued after what the
            # signal queued, so nothing waiting for the end of the paint waits for them).
            QTimer.singleShot(0, self.menus.fill)
        if self._await_usable:
            self._await_usable = False
            self.usable.emit()
            if self._docks_pending:
                QTimer.singleShot(0, self._fill_docks)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.replacing:  # exports and packs under way: ask before they are cancelled
            from studio.ui import background_jobs

            if not background_jobs.may_close(self):
                event.ignore()
                return
        self.commit_open_editors()
        self.save_state()
        if not self.replacing and self.doc is not None:
            self.doc.close()
            # A big project is kept out of the collector's passes while open (studioapp.keep_out_of_collections);
            # closed, it is given back as a replaced one is, not left frozen for the rest of the process.
            gc.unfreeze()
        super().closeEvent(event)

"""The running application: one document in one main window, replaced on open and language change."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from studio.store.document import ProjectFile
from studio.ui import icons
from studio.ui.app import Translators, choose_language, open_project, sample_path
from studio.ui.document import DocumentController
from studio.ui.mainwindow import MainWindow
from studio.ui.settings import Settings

log = logging.getLogger(__name__)


class StudioApp(QObject):
    """Owns the settings, the translators, the open document and its window."""

    def __init__(self, app: QApplication, settings: Settings | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings or Settings()
        self.translators = Translators(app)
        self.translators.install(choose_language(self.settings))
        self.doc: DocumentController | None = None
        self.window: MainWindow | None = None

    @property
    def language(self) -> str:
        """The interface language in use: 'zh' or 'en'."""
        return self.translators.language

    def start(self, path: str | Path | None = None) -> bool:
        """Open ``path`` (or the sample in the user's data folder) in a window; False if nothing opened."""
        target = Path(path) if path else sample_path(self.language)
        pf = open_project(target, None)
        if pf is None:
            return False
        if path:
            self.settings.add_recent(target)
        self.set_file(pf)
        return True

    def set_file(self, pf: ProjectFile) -> MainWindow:
        """Show ``pf`` in a new window, closing the previous document and window."""
        old_doc, old_window = self.doc, self.window
        self.doc = DocumentController(pf)
        self.window = self._new_window(old_window)
        if old_window is not None:
            old_window.close()
        if old_doc is not None:
            old_doc.close()
        return self.window

    def _new_window(self, old: MainWindow | None) -> MainWindow:
        assert self.doc is not None
        if old is not None:
            old.save_state()
            old.replacing = True
        window = MainWindow(self.doc, self, self.settings)
        window.show()
        return window

    def apply_language(self) -> None:
        """Re-translate by rebuilding the window for the same document in the new language."""
        self.translators.install(choose_language(self.settings))
        icons.clear_cache()
        old = self.window
        self.window = self._new_window(old)
        if old is not None:
            old.close()

"""What the menus, file actions, Edit actions and the command palette may ask of the main window.

They are written against :class:`WindowApi`, not against :class:`studio.ui.mainwindow.MainWindow`, and
never set the window's attributes or call its private methods. It is a base class, not a Protocol, so
it can be passed wherever Qt wants a parent widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

if TYPE_CHECKING:
    from studio.ui.document_controller import DocumentController
    from studio.ui.menus import Menus
    from studio.ui.settings import Settings
    from studio.ui.studioapp import StudioApp


class WindowApi(QMainWindow):
    """The main window as its menus and actions see it; :class:`MainWindow` implements every method."""

    #: The open document (None while the shell waits for it).
    doc: DocumentController
    settings: Settings
    studio: StudioApp | None
    menus: Menus

    def tab_titles(self) -> dict[str, str]:
        """Translated tab titles by key, in tab order."""
        raise NotImplementedError

    def show_tab(self, key: str) -> QWidget:
        """Bring a tab to the front; returns its view."""
        raise NotImplementedError

    def go_to_tab(self, key: str) -> QWidget:
        """Bring a tab to the front with the keyboard in its main widget; returns its view."""
        raise NotImplementedError

    def current_view(self) -> QWidget | None:
        """The view of the tab in front (None before the document is attached)."""
        raise NotImplementedError

    def current_key(self) -> str:
        """The key of the tab in front ('write', 'shotlist', …)."""
        raise NotImplementedError

    def docks(self) -> list[QDockWidget]:
        """The navigator, guide and timeline docks."""
        raise NotImplementedError

    def toggle_covered_area(self) -> None:
        """Show or hide the platform's covered area on the storyboard."""
        raise NotImplementedError

    def show_message(self, text: str, ms: int = 5000) -> None:
        """A passing message in the status bar."""
        raise NotImplementedError

    def file_renamed(self) -> None:
        """The document now lives in another file: refresh the title and status."""
        raise NotImplementedError

"""What the Edit menu's items do: the focused text field's cut/copy/paste, else the current view's edit.

A view takes part by having the method an item names (``duplicate``, ``move_up``, ``remove_beat`` …)
and, optionally, ``can_edit(name) -> bool`` saying whether it can do it now.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from studio.ui.windowapi import WindowApi

log = logging.getLogger(__name__)

#: Edit items a text field does itself, and its method for each.
TEXT_METHODS = {"cut": "cut", "copy": "copy", "paste": "paste", "select_all": "selectAll"}


@cache
def _text_field_types() -> tuple[type[QWidget], ...]:
    """The classes of text fields: imported on first use, as the menus import this module before the
    first paint, which shows no text field (PySide builds each class's enums when it is first named)."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    return (QLineEdit, QPlainTextEdit, QTextEdit)


def text_field() -> QWidget | None:
    """The text field with the keyboard focus, if any."""
    focused = QApplication.focusWidget()
    return focused if isinstance(focused, _text_field_types()) else None


def _read_only(field: QWidget) -> bool:
    return bool(getattr(field, "isReadOnly", lambda: False)())


def can(w: WindowApi, name: str) -> bool:
    """Whether the Edit item ``name`` can act now (in the focused text field or the current view)."""
    field = text_field()
    if field is not None and name in TEXT_METHODS:
        return not (name in ("cut", "paste") and _read_only(field))
    view = w.current_view()
    if view is None or not callable(getattr(view, name, None)):
        return False
    check = getattr(view, "can_edit", None)
    return bool(check(name)) if callable(check) else True


def run(w: WindowApi, name: str) -> None:
    """Do the Edit item ``name``."""
    field = text_field()
    if field is not None and name in TEXT_METHODS:
        getattr(field, TEXT_METHODS[name])()
        return
    view = w.current_view()
    if view is not None and can(w, name):
        getattr(view, name)()
    w.menus.update_edit_actions()


def palette(w: WindowApi, items_only: bool = False) -> None:
    """Open the command palette (``items_only``: find shots, beats and variants)."""
    from studio.ui.command_palette import CommandPalette

    dialog = CommandPalette(w, items_only)
    dialog.open()

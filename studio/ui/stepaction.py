"""The Edit menu's Undo and Redo: actions named after the step they would take ("Undo Edit visual")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction


class StepAction(QAction):
    """An Undo or Redo action named after the step it would take ("Undo Edit visual")."""

    def __init__(self, parent: QObject, prefix: str, run: Callable[[], None], enabled: SignalInstance,
                 named: SignalInstance) -> None:  # fmt: skip
        super().__init__(prefix, parent)
        self.prefix = prefix
        self.triggered.connect(run)
        # Bound to this action's methods, so the connections end with the action.
        enabled.connect(self.setEnabled)
        named.connect(self.rename)

    def rename(self, text: str) -> None:
        """Show the step's name after the prefix."""
        self.setText(f"{self.prefix} {text}" if text else self.prefix)

"""Records the docks' default layout again (``python -m studio.ui.dock_recorder``) for docklayout.DEFAULT_STATE.

Kept apart from docklayout, which the window reads at startup, because recording builds a window.
"""

from __future__ import annotations

from studio.ui.docklayout import HEIGHT, WIDTH


def record() -> bytes:
    """Place a fresh window's docks by default, show it at the default size and save its layout (in a
    running QApplication)."""
    from PySide6.QtCore import QCoreApplication, QSettings, QTemporaryDir

    from studio.ui import mainwindow
    from studio.ui.settings import Settings

    folder = QTemporaryDir()
    settings = Settings(QSettings(folder.filePath("layout.ini"), QSettings.Format.IniFormat))
    window = mainwindow.MainWindow(None, None, settings, default_layout=b"")
    window.resize(WIDTH, HEIGHT)
    window.show()
    for _ in range(3):
        QCoreApplication.processEvents()
    state = bytes(window.saveState().data())
    window.replacing = True
    window.close()
    return state


if __name__ == "__main__":
    import sys
    import textwrap

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    sys.stdout.write("".join(f'    "{line}"\n' for line in textwrap.wrap(record().hex(), 100)))

"""Start the Studio desktop app (the sample project when no file is given).

Reached as ``python main.py [FILE]`` from a checkout, ``studio-app [FILE]`` from an installed wheel and the
bundle's own executable. Only the standard library is imported before the display is known to exist.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studio.ui.mainwindow import MainWindow

_STARTED = time.perf_counter()

#: Set to 1 to quit once the window is usable and its guide has checked the script, printing the seconds
#: to the shell's first paint ("shown"), to the project open and its tab painted ("usable"), to the
#: guide's first check ("settled") and to the first screen of rows painted with the guide filled
#: ("ready"; benchmarks).
QUIT_AFTER_SHOW = "STUDIO_QUIT_AFTER_SHOW"


def _lang() -> str:
    for var in ("STUDIO_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    import locale  # only when no variable says: most starts never read it

    return "zh" if (locale.getlocale()[0] or "").lower().startswith("zh") else "en"


def has_display() -> bool:
    """False on Linux with no X11/Wayland display and no QT_QPA_PLATFORM chosen."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def file_argument(argv: list[str]) -> str | None:
    """The FILE of ``[FILE]``; anything else (``--help``, a mistake) goes through argparse, which explains."""
    if len(argv) <= 1 and not any(a.startswith("-") for a in argv):
        # The usual start: no argparse parser, whose first use looks for its own translations (~1 ms).
        return argv[0] if argv else None
    parser = argparse.ArgumentParser(prog=os.path.basename(sys.argv[0]) or "studio-app", description="Studio")
    parser.add_argument("file", nargs="?", help="a .studio project to open")
    file: str | None = parser.parse_args(argv).file
    return file


def main(argv: list[str] | None = None) -> int:
    """Run the app; the exit status of the event loop."""
    path = file_argument(sys.argv[1:] if argv is None else argv)
    if not has_display():
        from studio.wording import say_in

        sys.stderr.write(say_in(_lang(), "launch.no_display") + "\n")
        return 2

    import logging

    logging.basicConfig(level=logging.INFO if os.environ.get("STUDIO_DEBUG") else logging.WARNING)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from studio.ui.app import configure_application
    from studio.ui.crash import install_excepthook

    app = QApplication(sys.argv[:1])
    configure_application(app)
    install_excepthook()
    from studio.ui.studioapp import StudioApp

    studio = StudioApp(app)
    # A debug option: log every event-loop block over 50 ms with its stack (README, "Tests and benchmarks").
    if os.environ.get("STUDIO_WATCH_STALLS"):
        from studio.ui.stallwatch import install_from_environment

        install_from_environment(app)
    # The shell paints first; the project opens in the next event-loop turn (exit 1 if it cannot).
    studio.open_failed.connect(lambda: app.exit(1))
    window = studio.open_progressively(path)
    if sys.platform == "darwin":
        studio.watch_file_open()
    if os.environ.get(QUIT_AFTER_SHOW):

        def stamp(word: str) -> None:
            if sys.stdout is None:  # a windowed executable on Windows has no standard output
                return
            sys.stdout.write(f"{word} {time.perf_counter() - _STARTED:.4f}\n")
            sys.stdout.flush()

        def settled() -> None:
            # The docks follow the usable window; the guide's first check waits for its panel's first
            # paint. Report when it is done too, and when the user can work: the first screen of the
            # tab's rows painted and the guide's list filled ("ready").
            if not window.docks_ready or not window.guide.checked:
                QTimer.singleShot(5, settled)
                return
            stamp("settled")
            ready()

        def ready() -> None:
            if not _rows_on_screen(window):
                QTimer.singleShot(5, ready)
                return
            window.repaint()  # what is built is on screen: paint it now, inside the measured time
            stamp("ready")
            app.quit()

        def usable() -> None:
            stamp("usable")
            settled()

        # Report once each paint pass is over (the window, then its children, paint in one pass).
        window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: stamp("shown")))
        window.usable.connect(lambda: QTimer.singleShot(0, usable))
    code = app.exec()
    if studio.window is not None and studio.window.isVisible():
        studio.window.close()
    return code


def _rows_on_screen(window: MainWindow) -> bool:
    """True when the current tab shows its first screen of rows (tabs without lazy rows: always)."""
    view = window.current_view()
    cards = getattr(view, "cards", None)
    if not cards:
        return view is not None
    return any(
        row.isVisible() and not row.visibleRegion().isEmpty()
        for card in cards
        for row in card.rows.built().values()
    )


def run() -> None:
    """Console entry point: exit with the app's status."""
    if getattr(sys, "frozen", False):
        import multiprocessing

        # Packs and exports run in child processes started by spawn, which in a bundle runs this
        # executable again: there it must become the child, not a second window.
        multiprocessing.freeze_support()
    sys.exit(main())


if __name__ == "__main__":
    run()

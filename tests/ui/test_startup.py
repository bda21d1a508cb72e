"""Start-up stays light: the first window loads only what it shows; the rest waits for first use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from studio.ui import icons
from tests.conftest import OFFSCREEN_DESKTOP
from tests.ui.waits import after_timer

ROOT = Path(__file__).resolve().parents[2]

#: Starts the app on a file the way main.py does (the shell first, the project in a later turn) and
#: reports the modules loaded when the shell has painted, when the window is usable, and when the guide
#: has checked.
_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from studio.ui.app import configure_application
app = QApplication([])
configure_application(app)
from studio.ui.studioapp import StudioApp
studio = StudioApp(app)
window = studio.open_progressively(sys.argv[1] if len(sys.argv) > 1 else None)
report = {"built": sorted(sys.modules), "built_usable": window.is_usable}
def shown():
    import PySide6.QtCore
    from studio.ui.app import data_folder
    report["shown_samples"] = sorted(p.name for p in data_folder().glob("*.studio"))
    report["shown"] = sorted(sys.modules)
    report["shown_qt_enums"] = "Qt" in vars(PySide6.QtCore)  # PySide builds the Qt namespace lazily
    report["shown_usable"] = window.is_usable
    report["shown_tabs_enabled"] = window.tabs.isEnabled()
def usable():
    report["usable"] = sorted(sys.modules)
    report["tab"] = window.tabs.currentIndex()
    report["title"] = window.windowTitle()
    report["tabs_enabled"] = window.tabs.isEnabled()
    report["usable_docks_ready"] = window.docks_ready
    docks = (window.nav_dock, window.guide_dock, window.timeline_dock)
    report["areas"] = [window.dockWidgetArea(d).name for d in docks if d.isVisible()]
    wait()
def wait():
    if window.docks_ready and window.guide.checked:
        report["checked"] = sorted(sys.modules)
        report["findings_text"] = window.guide.summary.text()
        app.quit()
    else:
        QTimer.singleShot(10, wait)
window.first_painted.connect(shown)
window.usable.connect(usable)
def gave_up():
    report["gave_up"] = True  # a stage never came: said so, instead of a missing key
    app.quit()
QTimer.singleShot(100000, gave_up)
app.exec()
window.close()  # saves the layout the second probe reads
studio.settings.sync()
print(json.dumps(report), flush=True)
# Leave without the interpreter's teardown, where PySide may crash freeing widgets in whatever order
# (the report is out and the settings are on disk; the exit status must not depend on that order).
import os
os._exit(0)
"""

#: Modules the first window must not load: the other tabs' views and what only they need.
LATER = (
    "studio.ui.views.storyboard",
    "studio.ui.views.variants",
    "studio.ui.views.preview",
    "studio.ui.views.results",
    "studio.ui.views.shotlist",
    "studio.ui.dialogs.export",
    "studio.guide.checker",
    "PIL.Image",
    "docx",
    "openpyxl",
    "opentimelineio",
)


def _probe(path: Path | None, home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=OFFSCREEN_DESKTOP, HOME=str(home), STUDIO_LANG="en",
               XDG_CONFIG_HOME=str(home / "cfg"), XDG_DATA_HOME=str(home / "data"))  # fmt: skip
    args = [str(path)] if path is not None else []
    out = subprocess.run([sys.executable, "-c", _PROBE, *args], env=env, cwd=ROOT, capture_output=True,
                         text=True, timeout=150, check=False)  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert not report.get("gave_up"), f"a stage never came: {sorted(report)}"
    return report


#: Modules the window's shell must not load: the document, the docks' and the tabs' contents.
SHELL_LATER = (
    "studio.models",
    "studio.store.errors",
    "studio.store.document",
    "studio.ui.document_controller",
    "studio.ui.navigator",
    "studio.ui.views.write",
    "studio.ui.views.guide_panel",
    "studio.ui.views.timeline_strip",
)


def test_the_shell_paints_first_then_the_project_opens_loading_only_what_it_shows(sample_path_en, tmp_path):
    report = _probe(sample_path_en, tmp_path)
    # The shell painted before the project opened, without the document's modules, editing off.
    assert not report["built_usable"] and not report["shown_usable"]
    assert not report["shown_tabs_enabled"]
    assert "PySide6.QtSvg" not in report["built"]  # icons render when painted, not when made
    shown = set(report["shown"])
    assert not shown & set(SHELL_LATER), sorted(shown & set(SHELL_LATER))
    # Then the project opened into the Write tab, with editing on and nothing else loaded.
    assert report["tab"] == 0 and report["tabs_enabled"]
    assert not report["usable_docks_ready"]  # the docks are filled in the turn after
    usable = set(report["usable"])
    assert "studio.ui.views.write" in usable and "studio.store.document" in usable
    assert not usable & set(LATER), sorted(usable & set(LATER))
    # The guide's first check waited for the window, then ran by itself.
    assert "studio.guide.checker" in report["checked"]
    assert report["findings_text"] and report["findings_text"] != "Checking the script…"


def test_first_launch_paints_before_the_sample_is_written_then_opens_it(tmp_path):
    report = _probe(None, tmp_path)  # a fresh machine: no settings, nothing in the data folder
    assert report["shown_samples"] == []  # the shell painted before the sample existed ...
    assert "studio.samples" not in report["shown"]  # ... without even loading what builds it
    assert report["title"] == "sample_en.studio" and report["tabs_enabled"]  # then it opened
    assert list((tmp_path / "data").rglob("sample_en.studio"))


def test_the_shell_paints_without_the_qt_enums_with_or_without_a_saved_layout(sample_path_en, tmp_path):
    first = _probe(sample_path_en, tmp_path)  # no layout saved yet: the docks take the default layout
    assert not first["shown_qt_enums"]
    again = _probe(sample_path_en, tmp_path)  # the first run saved its layout on closing
    assert not again["shown_qt_enums"]
    # ... and its docks are where the layout put them, visible.
    assert (
        first["areas"]
        == again["areas"]
        == ["LeftDockWidgetArea", "RightDockWidgetArea", "BottomDockWidgetArea"]
    )
    assert again["tabs_enabled"] and "studio.guide.checker" in again["checked"]


def test_editing_is_off_in_the_shell_and_on_once_the_document_is_attached(doc, settings, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QLineEdit

    from studio.ui.mainwindow import MainWindow

    win = MainWindow(None, None, settings)
    win.replacing = True  # the doc fixture closes the document
    qtbot.addWidget(win)
    win.show_opening("sample_en.studio")
    with qtbot.waitSignal(win.first_painted, timeout=5000):
        win.show()
    # While the project opens: nothing to type into, the docks say so quietly, document actions are off.
    assert not win.is_usable and not win.tabs.isEnabled()
    assert "Opening sample_en.studio" in win.status.text()
    for dock in (win.nav_dock, win.guide_dock, win.timeline_dock):
        label = dock.widget().findChild(QLabel)
        assert label is not None and label.text() == "Opening…" and label.isVisibleTo(win)
    # The menu bar's titles are painted with the shell; its items are made once that paint is over.
    assert [a.text() for a in win.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    qtbot.waitUntil(lambda: win.menus.filled, timeout=5000)
    assert win.menus.doc_actions and not any(a.isEnabled() for a in win.menus.doc_actions)
    keys_item = win.menus.help_menu.actions()[0]  # Help works in the shell, its shortcut too
    assert keys_item.isEnabled() and keys_item.shortcut().toString() == "Ctrl+/"
    assert all(page.view is None for page in win.pages.values())
    qtbot.keyClicks(win, "lost?")  # a keystroke now reaches no editor: it cannot change anything
    with qtbot.waitSignal(win.usable, timeout=5000):
        win.attach(doc)
    assert win.is_usable and win.tabs.isEnabled()
    edits = set(win.menus.edit.values())  # these follow the selection
    assert all(
        a.isEnabled() for a in win.menus.doc_actions if a is not win.menus.import_action and a not in edits
    )
    assert win.navigator.tree.topLevelItemCount() > 0 and win.guide_dock.widget() is win.guide
    assert win.menus.undo_action is not None and not doc.undo_stack.canUndo()
    # Now typing edits: a note field of the Write view takes the keystrokes into the document.
    write = win.pages["write"].view
    assert write is not None
    qtbot.waitUntil(lambda: bool(write.findChildren(QLineEdit)), timeout=5000)
    editor = next(e for e in write.findChildren(QLineEdit) if e.isVisibleTo(win) and not e.isReadOnly())
    before = editor.text()
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClicks(editor, "Hi")
    assert editor.text() == before + "Hi"
    qtbot.waitUntil(doc.undo_stack.canUndo, timeout=5000)
    assert any(alt.note == before + "Hi" for beat in doc.script.beats for alt in beat.alternatives)


def test_a_project_that_cannot_open_closes_the_shell(qapp, settings, tmp_path, monkeypatch, qtbot):
    from studio.ui import error_messages
    from studio.ui.studioapp import StudioApp

    shown: list[str] = []
    monkeypatch.setattr(error_messages, "show_error", lambda parent, exc, title: shown.append(title))
    bad = tmp_path / "broken.studio"
    bad.write_bytes(b"not a project")
    studio = StudioApp(qapp, settings)
    with qtbot.waitSignal(studio.open_failed, timeout=5000):
        window = studio.open_progressively(bad)
    assert shown == ["Cannot open the file"]
    assert studio.window is None and not window.isVisible()
    assert not bad.with_name("broken.studio.lock").exists()


def test_icons_follow_the_palette_and_dim_when_disabled(qapp):
    app = QApplication.instance()
    old = app.palette()
    try:
        for colour in ("#000000", "#f0f0f0"):
            palette = QPalette(old)
            palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
            palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#808080"))
            app.setPalette(palette)
            pen = icons.icon("pen-line")
            assert not pen.isNull() and pen.name() == "pen-line"
            image = pen.pixmap(48, 48).toImage()
            inked = {image.pixelColor(x, y).name() for x in range(48) for y in range(48)
                     if image.pixelColor(x, y).alpha() == 255}  # fmt: skip
            assert inked == {colour}
            dim = pen.pixmap(48, 48, QIcon.Mode.Disabled).toImage()
            dim_inked = {dim.pixelColor(x, y).name() for x in range(48) for y in range(48)
                         if dim.pixelColor(x, y).alpha() == 255}  # fmt: skip
            assert dim_inked == {"#808080"}
    finally:
        app.setPalette(old)


def test_a_missing_icon_is_null_not_an_error():
    assert icons.icon("no-such-icon").isNull()


def test_closing_the_shell_before_the_project_opens_leaves_the_file_alone(
    qapp, settings, sample_path_en, qtbot
):
    from studio.store.document import ProjectFile
    from studio.ui.studioapp import OPEN_AFTER_MS, StudioApp

    studio = StudioApp(qapp, settings)
    window = studio.open_progressively(sample_path_en)
    window.close()  # before the event loop gets to open the project
    after_timer(qtbot, OPEN_AFTER_MS)  # the shell's own open timer, started earlier, has fired too
    assert studio.doc is None and not window.is_usable
    ProjectFile.open(sample_path_en).close()  # not locked: another window can open it

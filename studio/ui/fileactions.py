"""What the File and Help menus do: new, open, save as, copies, snapshots, export, print, preferences.

Dialog classes are imported inside the actions, so building the menus at start-up does not pay for them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication

from studio.ui import error_messages

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from studio.store.document import ProjectFile
    from studio.ui.settings import Settings
    from studio.ui.studioapp import StudioApp
    from studio.ui.views.creator_list import CreatorListView
    from studio.ui.windowapi import WindowApi as MainWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def _filter() -> str:
    return translate("FileActions", "Studio projects (*.studio)")


def _folder(w: MainWindow) -> str:
    return w.settings.last_folder or str(w.doc.pf.path.parent)


def _with_extension(name: str) -> Path:
    path = Path(name)
    return path if path.suffix == ".studio" else path.with_name(path.name + ".studio")


def new_project(w: MainWindow) -> None:
    """Ask for a template, title and file name, then open the new project."""
    from studio.store.errors import ProjectFileError
    from studio.ui.dialogs.new_project import NewProjectDialog

    dialog = NewProjectDialog(_folder(w), w)
    if not dialog.exec():
        return
    try:
        pf = dialog.create_project()
    except (ProjectFileError, OSError) as exc:
        error_messages.show_error(w, exc, translate("FileActions", "Cannot create the project"))
        return
    _replace(w.settings, w.studio, pf)


def open_file(w: MainWindow) -> None:
    """Ask for a project file and open it."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(w, translate("FileActions", "Open Project"), _folder(w), _filter())
    if name:
        open_path(w, name)


def open_path(w: MainWindow, name: str | Path, then: Callable[[MainWindow], object] | None = None) -> None:
    """Open a project file in place of the current one (offering read-only when it is in use).

    It is read in the background (a line in the status bar, with Cancel) while ``w`` stays usable; once
    read, a new window replaces ``w`` and ``then(new window)`` runs when the project is attached to it. A
    newer open replaces one under way.
    """
    from studio.ui.app import open_in_background

    if Path(name).resolve() == w.doc.pf.path.resolve():
        return
    settings, studio = w.settings, w.studio

    def opened(pf: ProjectFile | None) -> None:
        if pf is None:
            if not Path(name).exists():
                settings.remove_recent(name)
            return
        if studio is not None and not _window_open(studio):
            pf.close()  # the window was closed meanwhile (the app is quitting): nothing to open it in
            return
        _replace(settings, studio, pf, then)

    open_in_background(name, w, opened)


def _window_open(studio: StudioApp) -> bool:
    import shiboken6

    window = studio.window
    return window is not None and shiboken6.isValid(window) and window.isVisible()


def _replace(
    settings: Settings,
    studio: StudioApp | None,
    pf: ProjectFile,
    then: Callable[[MainWindow], object] | None = None,
) -> None:
    settings.add_recent(pf.path)
    settings.last_folder = str(pf.path.parent)
    if studio is not None:
        studio.replace_progressively(pf, then)
        return
    # a window without an application controller (tests): keep the new file open in place
    log.warning("no application controller; closing %s", pf)
    pf.close()


def _ask_target(w: MainWindow, title: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(w, title, _folder(w), _filter())
    return _with_extension(name) if name else None


def _write_elsewhere(w: MainWindow, title: str, write: Callable[[Path], object], failed: str) -> Path | None:
    """Ask where, then ``write`` the project there: the new file, or None when cancelled or refused (said)."""
    from studio.store.errors import ProjectFileError

    target = _ask_target(w, title)
    if target is None:
        return None
    try:
        write(target)
    except ProjectFileError as exc:
        error_messages.show_error(w, exc, failed)
        return None
    return target


def save_as(w: MainWindow) -> None:
    """Copy the project to a new file and go on editing there."""
    target = _write_elsewhere(
        w,
        translate("FileActions", "Save As"),
        w.doc.pf.save_as,
        translate("FileActions", "Cannot save the project there"),
    )
    if target is None:
        return
    w.settings.add_recent(target)
    w.settings.last_folder = str(target.parent)
    w.file_renamed()
    w.show_message(translate("FileActions", "Now editing {name}").format(name=target.name))


def save_copy(w: MainWindow) -> None:
    """Write a copy of the project elsewhere; go on editing this one."""
    target = _write_elsewhere(
        w,
        translate("FileActions", "Save a Copy"),
        w.doc.pf.save_copy,
        translate("FileActions", "Cannot save the copy there"),
    )
    if target is not None:
        w.show_message(translate("FileActions", "Copy saved as {name}").format(name=target.name))


def snapshots(w: MainWindow) -> None:
    """Open the snapshots dialog."""
    from studio.ui.dialogs.snapshots import SnapshotsDialog

    SnapshotsDialog(w.doc, w).exec()


def import_excel(w: MainWindow) -> None:
    """Import a shot script from an Excel workbook as a new project, opened once written (in the background)."""
    from studio.ui.dialogs.import_mapping import import_excel_into

    def opened(window: QWidget | None, target: str) -> None:
        if window is not None:  # the window open when the import ended
            open_path(cast("MainWindow", window), target)

    import_excel_into(w, opened)


def tear_down_video(w: MainWindow) -> None:
    """Tear down a reference video into this project as a reference script, shown beside your own."""
    from studio.ui.dialogs.teardown import tear_down_video as run

    run(w)


def teardown_side_by_side(w: MainWindow) -> None:
    """Show a teardown already in the project beside your script (the current one if it is a reference)."""
    from studio.ui.dialogs.teardown import show_side_by_side

    show_side_by_side(w)


def export(w: MainWindow) -> None:
    """Open the export dialog; its OK starts the export in the background (told when written)."""
    from studio.ui.dialogs.export import ExportDialog

    ExportDialog(w.doc, w.settings, w, open_errors=open_errors(w)).exec()


def open_errors(w: MainWindow) -> int:
    """Error-level findings the guide shows now (0 before its first check)."""
    guide: Any = getattr(w, "guide", None)  # built with the docks, after the first paint
    if guide is None:
        return 0
    return len([f for f in guide.findings if f.severity.value == "error"])


def pack(w: MainWindow) -> None:
    """Open the variant pack dialog; its OK starts the packs in the background (told when written)."""
    from studio.ui.dialogs.pack_dialog import PackDialog

    PackDialog(w.doc, w).exec()


def draft_from_brief(w: MainWindow) -> None:
    """Add a draft from the brief for the template chosen on the Brief tab, and open it."""
    from studio.ui.views.brief import BriefView

    view = w.show_tab("brief")
    assert isinstance(view, BriefView)
    view.draft()


def _creators_view(w: MainWindow) -> CreatorListView:
    """The Creators tab's view, brought to the front."""
    from studio.ui.views.creator_list import CreatorListView

    view = w.show_tab("creators")
    assert isinstance(view, CreatorListView)
    return view


def import_creators(w: MainWindow) -> None:
    """Import a creators list on the Creators tab."""
    _creators_view(w).import_list()


def creator_brief(w: MainWindow) -> None:
    """Export the selected creator's brief; without one, say how to choose one."""
    view = _creators_view(w)
    if view.current() is None:
        view.tell(
            translate("FileActions", "Select a creator in the table first: the brief is written for them.")
        )
        return
    view.creator_brief()


def check_returned(w: MainWindow) -> None:
    """Check a creator's returned script against the brief."""
    _creators_view(w).check_script()


def print_preview(w: MainWindow) -> None:
    """Preview and print what the view shows (the Shot list's rows, cut or union, filtered), else the current
    variant's storyboard and shoot list, as the PDF export lays them out."""
    from studio.ui.dialogs.printing import preview_print

    shown = getattr(w.current_view(), "print_scope", None)  # a view that prints what it shows says what
    preview_print(w.doc, w, shown() if callable(shown) else None)


def project_settings(w: MainWindow) -> None:
    """Open Project Settings: title, product, brand, platform and category, changed as one undo step."""
    from studio.ui.dialogs.project_settings import ProjectSettingsDialog

    ProjectSettingsDialog(w.doc, w).exec()


def preferences(w: MainWindow) -> None:
    """Open Preferences; a new language applies at once by rebuilding the window."""
    from studio.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(w.settings, w)
    if dialog.exec() and dialog.language_changed and w.studio is not None:
        w.studio.apply_language()


def shortcuts(w: MainWindow) -> None:
    """List every menu action with its shortcut."""
    from studio.ui.dialogs.help import ShortcutsDialog

    ShortcutsDialog(w.menus.all_actions(), w).exec()


def structure_guide(w: MainWindow) -> None:
    """A short guide to the beats of a selling video."""
    from studio.ui.dialogs.help import StructureGuide

    StructureGuide(w).exec()


def about(w: MainWindow) -> None:
    """The About box."""
    from PySide6.QtWidgets import QMessageBox

    from studio import __version__

    QMessageBox.about(
        w,
        translate("FileActions", "About Studio"),
        translate(
            "FileActions",
            "<h3>Studio {version}</h3><p>Write short selling videos in beats, test variants, "
            "print shot lists and hand packs to the editor.</p><p>Icons: Lucide (ISC licence).</p>",
        ).format(version=__version__),
    )

"""Screenshots of every view and the main dialogs, in Chinese and English, into docs/screenshots/.

Run under a display, e.g. ``xvfb-run -a python scripts/screenshots.py`` (QT_QPA_PLATFORM=offscreen
also works but may lack system fonts). Settings and data go to a temporary folder.
After the light pictures, the main window is taken again with the Fusion style and a dark palette
({lang}_dark_{tab}.png), to check that icons, beat colours and text read on dark too.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

log = logging.getLogger("screenshots")
SIZE = (1440, 900)
#: A laptop's screen (1366x768), taken again as {lang}_1366_{tab}.png: every view must work there.
LAPTOP = (1366, 768)
#: The tabs taken again in the dark palette.
DARK_TABS = ("write", "shotlist", "storyboard", "variants")


def dark_palette():  # -> QPalette
    """A dark palette like the ones desktop themes use (for the dark screenshots)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"), (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#292929"), (roles.Text, "#e6e6e6"), (roles.Button, "#363636"),
        (roles.ButtonText, "#e6e6e6"), (roles.Highlight, "#3d7bd9"), (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#363636"), (roles.ToolTipText, "#e6e6e6"), (roles.PlaceholderText, "#8c8c8c"),
        (roles.Link, "#7fb2ff"), (roles.Mid, "#555555"), (roles.Dark, "#1a1a1a"), (roles.Light, "#505050"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def _settle(app, seconds: float = 0.4) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.02)


def _save(widget, path: Path, app) -> None:
    _settle(app)
    widget.grab().save(str(path))
    log.info("wrote %s", path)


def shoot_laptop(
    lang: str, out: Path, work: Path, app, translators, tabs: list[str] | None = None
) -> list[Path]:
    """Every tab at a laptop's 1366x768, with fresh settings (the docks at their default sizes)."""
    from PySide6.QtCore import QSettings

    from studio.samples import write_sample
    from studio.store.document import ProjectFile
    from studio.ui.document_controller import DocumentController
    from studio.ui.mainwindow import TABS, MainWindow
    from studio.ui.settings import Settings

    translators.install(lang)
    work.mkdir(parents=True, exist_ok=True)
    sample = work / f"laptop_{lang}.studio"
    write_sample(sample, lang)
    settings = Settings(QSettings(str(work / f"laptop_{lang}.ini"), QSettings.Format.IniFormat))
    doc = DocumentController(ProjectFile.open(sample))
    window = MainWindow(doc, None, settings)
    window.resize(*LAPTOP)
    window.show()
    _settle(app, 0.5)
    written = []
    for key, *_ in TABS:
        if tabs and key not in tabs:
            continue
        if key == "review":
            _review_demo(doc, lang)
        view = window.show_tab(key)
        if key == "creators":  # a creator chosen: the deal panel beside the table shows theirs
            view.table.selectRow(0)
        if key == "review":
            _pick_first_with_edits(view)
        thumbs = getattr(view, "thumbs", None)
        _settle(app, 0.3)
        if thumbs is not None and hasattr(thumbs, "wait"):
            thumbs.wait(3000)
        path = out / f"{lang}_1366_{key}.png"
        _save(window, path, app)
        written.append(path)
        if key == "results":  # the creators compared, by creator and by variant across creators
            written += _creators_compared(view, window, out / f"{lang}_1366_results_creators", app)
    window.replacing = True
    window.close()
    doc.close()
    return written


def _review_demo(doc, lang: str) -> None:
    """A first review round as a client returns it: comments with a reply, suggested edits, approvals."""
    from studio.models import ops
    from studio.models import review as rv

    project = doc.project
    script = project.scripts[0]
    shots = [s for _, _, s in script.iter_shots() if s.voiceover and s.visual][:6]
    zh = lang == "zh"
    client = "晨露品牌部" if zh else "Dewdrop brand team"
    who = "王经理" if zh else "Ms Wang"
    sent = rv.ReviewRound(number=1, client=client, date="2026-12-01T09:00:00+00:00",
                          variants=[script.base_variant.id], snapshot="Round 1")  # fmt: skip
    first = rv.ReviewComment(shot=shots[0].id, field="voiceover", author=who, date="2026-12-02T10:00:00Z",
                             text="开头再直接一点，先说痛点" if zh else "Open with the pain point, faster",
                             replies=[rv.Reply("文案" if zh else "Writer", "2026-12-02T11:00:00Z",
                                               "已改，见修订" if zh else "Done, see the tracked change")])  # fmt: skip
    second = rv.ReviewComment(shot=shots[2].id, field="frame", author=who, date="2026-12-02T10:05:00Z",
                              text="换一张有产品的图" if zh else "Use a frame with the product")  # fmt: skip
    edits = [
        rv.Suggestion(shot=shots[0].id, field="voiceover", old=shots[0].voiceover,
                      new=shots[0].voiceover.rstrip("？?") + ("？一瓶搞定" if zh else "? One bottle fixes it"),
                      author=who, source="tracked"),
        rv.Suggestion(shot=shots[1].id, field="visual", old=shots[1].visual,
                      new=("产品特写，" if zh else "Product close-up, ") + shots[1].visual, author=client,
                      source="plain"),
    ]  # fmt: skip
    review = rv.add_round(rv.Review(), sent)
    review, _ = rv.merge(review, [first, second], edits, [rv.Approval(shots[3].id, "approved", 1, who),
                                                           rv.Approval(shots[4].id, "changes", 1, who)], 1)  # fmt: skip
    ops.set_field(project, project, "review", review)


def _pick_first_with_edits(view) -> None:
    """Show the first shot holding a suggested edit (the Review tab's most telling state)."""
    for i in range(view.shots.topLevelItemCount()):
        item = view.shots.topLevelItem(i)
        if item.text(3) not in ("", "0"):
            view.shots.setCurrentItem(item)
            return


def _creators_compared(view, window, stem: Path, app) -> list[Path]:
    """The Results view's creators tab, by creator then by variant; the view is left as it was."""
    view.tabs.setCurrentWidget(view.creators)
    paths = [stem.with_name(f"{stem.name}.png"), stem.with_name(f"{stem.name}_by_variant.png")]
    _save(window, paths[0], app)
    view.creators.by_variant.setChecked(True)
    _save(window, paths[1], app)
    view.creators.by_creator.setChecked(True)
    view.creators.money.setChecked(True)  # what each creator cost against what they brought
    paths.append(stem.with_name(f"{stem.name}_roi.png"))
    _save(window, paths[-1], app)
    view.creators.money.setChecked(False)
    view.tabs.setCurrentIndex(0)
    return paths


def shoot(lang: str, out: Path, work: Path, app, translators, dark: bool = False) -> list[Path]:
    """Every tab and dialog in one language (in the dark palette: the main tabs only)."""
    from PySide6.QtCore import QSettings

    from studio.samples import write_sample
    from studio.store.document import ProjectFile
    from studio.ui.document_controller import DocumentController
    from studio.ui.mainwindow import TABS, MainWindow
    from studio.ui.settings import Settings

    translators.install(lang)
    work.mkdir(parents=True, exist_ok=True)
    sample = work / f"serum_{lang}.studio"
    write_sample(sample, lang)
    settings = Settings(QSettings(str(work / f"{lang}.ini"), QSettings.Format.IniFormat))
    written: list[Path] = []
    if not dark:  # the window's shell, as it paints before the project has opened
        shell = MainWindow(None, None, settings)
        shell.show_opening(sample.name)
        shell.resize(*SIZE)
        shell.show()
        _settle(app, 0.2)
        path = out / f"{lang}_opening.png"
        _save(shell, path, app)
        written.append(path)
        shell.close()
    doc = DocumentController(ProjectFile.open(sample))
    window = MainWindow(doc, None, settings)
    window.resize(*SIZE)
    window.show()
    _settle(app, 0.5)  # the guide's first check runs after the first paint
    for key, *_ in TABS:
        if dark and key not in DARK_TABS:
            continue
        view = window.show_tab(key)
        thumbs = getattr(view, "thumbs", None)
        _settle(app, 0.3)
        if thumbs is not None and hasattr(thumbs, "wait"):
            thumbs.wait(3000)
        path = out / (f"{lang}_dark_{key}.png" if dark else f"{lang}_{key}.png")
        _save(window, path, app)
        written.append(path)
    if dark:
        window.replacing = True
        window.close()
        doc.close()
        return written
    shotlist = window.show_tab("shotlist")
    shotlist.union_box.setChecked(True)
    path = out / f"{lang}_shotlist_union.png"
    _save(window, path, app)
    written.append(path)
    shotlist.union_box.setChecked(False)
    written += _dialogs(lang, out, window, doc, settings, app)
    window.replacing = True
    window.close()
    doc.close()
    return written


def _dialogs(lang: str, out: Path, window, doc, settings, app) -> list[Path]:
    from studio.store import snapshots
    from studio.ui.dialogs.export import ExportDialog
    from studio.ui.dialogs.new_project import NewProjectDialog
    from studio.ui.dialogs.preferences import PreferencesDialog
    from studio.ui.dialogs.snapshots import SnapshotsDialog

    snapshots.create(doc.pf, "v1 初稿" if lang == "zh" else "v1 first draft")
    shot = doc.script.beats[0].alternatives[0].shots[0]
    from studio.ui.commands import SetFieldCommand

    doc.push(SetFieldCommand(doc.project, shot, "duration_ds", shot.duration_ds + 5))
    snaps = SnapshotsDialog(doc, window)
    snaps.table.selectRow(0)
    snaps.compare_selected()
    from studio.ui.command_palette import CommandPalette
    from studio.ui.dialogs.help import ShortcutsDialog, StructureGuide

    palette = CommandPalette(window)
    palette.field.setText("钩子" if lang == "zh" else "hook")
    dialogs = {
        "palette": palette,
        "shortcuts": ShortcutsDialog(window.menus.all_actions(), window),
        "structure_guide": StructureGuide(window),
        "snapshots": snaps,
        "export": ExportDialog(doc, settings, window),
        "new_project": NewProjectDialog(str(doc.pf.path.parent), window),
        "preferences": PreferencesDialog(settings, window),
    }
    from studio.ui.dialogs.printing import PrintPreview, print_scopes
    from studio.ui.dialogs.project_settings import ProjectSettingsDialog

    dialogs["project_settings"] = ProjectSettingsDialog(doc, window)
    # The print preview with its choices (variant or union list, paper, layout) in Qt's tool bar.
    # The pages are laid out and drawn in the background now (lay_out returns at once): wait for them.
    preview = PrintPreview(doc, print_scopes(doc, None), window)
    preview.lay_out()
    end = time.perf_counter() + 120
    while preview.busy and time.perf_counter() < end:
        _settle(app, 0.1)
    if preview.pages is not None:
        dialogs["print_preview"] = preview.dialog
    written = []
    for name, dialog in dialogs.items():
        dialog.show()
        path = out / f"{lang}_dialog_{name}.png"
        _save(dialog, path, app)
        dialog.close()
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Take all screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("zh", "en"), action="append")
    parser.add_argument("--laptop-only", action="store_true", help="only the 1366x768 set")
    parser.add_argument("--workspace-only", action="store_true", help="only the Workspace window (1366x768)")
    parser.add_argument(
        "--tab", action="append", help="only these tabs of the 1366x768 set (implies --laptop-only)"
    )
    parser.add_argument(
        "--formats-only", action="store_true", help="only a 16:9 variant's storyboard (1366x768)"
    )
    parser.add_argument(
        "--findings-only", action="store_true", help="only findings underlined in the text (1366x768)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    from studio.ui.app import Translators, configure_application

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication(sys.argv[:1])
    configure_application(app)
    args.out.mkdir(parents=True, exist_ok=True)
    translators = Translators(app)
    with tempfile.TemporaryDirectory() as work:
        from scripts.screenshots_findings import shoot_findings
        from scripts.screenshots_formats import shoot_formats
        from scripts.screenshots_workspace import shoot_workspace

        for lang in [] if args.tab or args.workspace_only or args.formats_only else args.lang or ["zh", "en"]:
            shoot_findings(lang, args.out, Path(work), app, translators, _settle, _save)
        if args.findings_only:
            return 0
        for lang in [] if args.tab or args.workspace_only else args.lang or ["zh", "en"]:
            shoot_formats(lang, args.out, Path(work), app, translators, _settle, _save)
        if args.formats_only:
            return 0
        for lang in [] if args.tab else args.lang or ["zh", "en"]:  # --tab: only those tabs
            shoot_workspace(lang, args.out, Path(work), app, translators, _settle, _save)
        if args.workspace_only:
            return 0
        for lang in args.lang or ["zh", "en"]:
            shoot_laptop(lang, args.out, Path(work), app, translators, args.tab)
        if args.laptop_only or args.tab:
            return 0
        for lang in args.lang or ["zh", "en"]:
            shoot(lang, args.out, Path(work), app, translators)
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        for lang in args.lang or ["zh", "en"]:
            shoot(lang, args.out, Path(work) / "dark", app, translators, dark=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of every view and the main dialogs, in Chinese and English, into docs/screenshots/.

Run under a display, e.g. ``xvfb-run -a python scripts/screenshots.py`` (QT_QPA_PLATFORM=offscreen
also works but may lack system fonts). Settings and data go to a temporary folder.
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


def _settle(app, seconds: float = 0.4) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.02)


def _save(widget, path: Path, app) -> None:
    _settle(app)
    widget.grab().save(str(path))
    log.info("wrote %s", path.relative_to(ROOT))


def shoot(lang: str, out: Path, work: Path, app, translators) -> list[Path]:
    """Every tab and dialog in one language."""
    from PySide6.QtCore import QSettings

    from studio.samples import write_sample
    from studio.store.document import ProjectFile
    from studio.ui.document import DocumentController
    from studio.ui.mainwindow import TABS, MainWindow
    from studio.ui.settings import Settings

    translators.install(lang)
    sample = work / f"serum_{lang}.studio"
    write_sample(sample, lang)
    settings = Settings(QSettings(str(work / f"{lang}.ini"), QSettings.Format.IniFormat))
    doc = DocumentController(ProjectFile.open(sample))
    window = MainWindow(doc, None, settings)
    window.resize(*SIZE)
    window.show()
    written: list[Path] = []
    for key, *_ in TABS:
        view = window.show_tab(key)
        thumbs = getattr(view, "thumbs", None)
        _settle(app, 0.3)
        if thumbs is not None and hasattr(thumbs, "wait"):
            thumbs.wait(3000)
        path = out / f"{lang}_{key}.png"
        _save(window, path, app)
        written.append(path)
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
    dialogs = {
        "snapshots": snaps,
        "export": ExportDialog(doc, settings, window),
        "new_project": NewProjectDialog(str(doc.pf.path.parent), window),
        "preferences": PreferencesDialog(settings, window),
    }
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
        for lang in args.lang or ["zh", "en"]:
            shoot(lang, args.out, Path(work), app, translators)
    return 0


if __name__ == "__main__":
    sys.exit(main())

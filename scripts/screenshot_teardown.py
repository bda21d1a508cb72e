"""The teardown beside a script at a laptop's 1366x768, in Chinese and English, into docs/screenshots/.

Run under a display, e.g. ``xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshot_teardown.py``.
The reference is a test video made by tests/teardown/synth.py (a serum ad with captions, badges,
cuts, dissolves and a fade), torn down and added to the bundled sample, whose own script it is
compared with: {lang}_1366_teardown.png.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _settle(app, seconds: float = 0.3) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    """Take the two screenshots."""
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    from studio.samples import write_sample
    from studio.store.document import ProjectFile
    from studio.teardown.run import teardown
    from studio.ui.app import Translators, configure_application
    from studio.ui.dialogs.teardown import TeardownDialog, add_to_document
    from studio.ui.document_controller import DocumentController
    from studio.ui.mainwindow import MainWindow
    from studio.ui.settings import Settings
    from tests.teardown.synth import standard_spec, write_video

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication(sys.argv[:1])
    configure_application(app)
    translators = Translators(app)
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        video = write_video(standard_spec(), Path(work) / "爆款参考.mp4")
        result = teardown(video)
        for lang in ("zh", "en"):
            translators.install(lang)
            sample = Path(work) / f"sample_{lang}.studio"
            write_sample(sample, lang)
            settings = Settings(QSettings(str(Path(work) / f"{lang}.ini"), QSettings.Format.IniFormat))
            doc = DocumentController(ProjectFile.open(sample))
            window = MainWindow(doc, None, settings)
            window.resize(1366, 768)
            window.show()
            _settle(app, 0.5)
            reference = add_to_document(doc, result)
            dialog = TeardownDialog(doc, reference, window)
            dialog.resize(1366, 768)
            dialog.show()
            _settle(app, 0.8)
            path = out / f"{lang}_1366_teardown.png"
            dialog.grab().save(str(path))
            print("wrote", path)
            dialog.close()
            window.replacing = True
            window.close()
            doc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the guide's findings underlined in the text at 1366x768, in Chinese and English: the
Write view's fields and the Shot list's cells, with the guide panel beside them. Called by
scripts/screenshots.py (``--findings-only`` takes just these)."""

from __future__ import annotations

import logging
import time
from pathlib import Path

log = logging.getLogger("screenshots")
LAPTOP = (1366, 768)
#: A line with an absolute claim, which ad law forbids: the guide flags it as an error.
CLAIMS = {"zh": "全网最好用的精华，熬夜党必备", "en": "Honestly the best serum I have used"}


def shoot_findings(lang: str, out: Path, work: Path, app, translators, settle, save) -> list[Path]:
    """{lang}_1366_findings_write.png and {lang}_1366_findings_shotlist.png."""
    from PySide6.QtCore import QSettings

    from studio.samples import write_sample
    from studio.store.document import ProjectFile
    from studio.ui.commands import SetFieldCommand
    from studio.ui.document_controller import DocumentController
    from studio.ui.mainwindow import MainWindow
    from studio.ui.settings import Settings
    from studio.ui.views.shotlist_model import COLUMN, ShotRole
    from studio.ui.views.text_marks import finding_marks

    translators.install(lang)
    work.mkdir(parents=True, exist_ok=True)
    sample = work / f"findings_{lang}.studio"
    write_sample(sample, lang)
    settings = Settings(QSettings(str(work / f"findings_{lang}.ini"), QSettings.Format.IniFormat))
    doc = DocumentController(ProjectFile.open(sample))
    window = MainWindow(doc, None, settings)
    window.resize(*LAPTOP)
    window.show()
    settle(app, 0.5)
    shot = doc.script.beats[1].alternatives[0].shots[0]
    doc.push(SetFieldCommand(doc.project, shot, "voiceover", CLAIMS[lang]))
    end = time.perf_counter() + 20
    while not finding_marks(doc).marks.get((shot.id, "voiceover")) and time.perf_counter() < end:
        settle(app, 0.1)
    written = []
    write = window.show_tab("write")
    row = write.row_for(shot.id)
    if row is not None:
        write.reveal(row)
    path = out / f"{lang}_1366_findings_write.png"
    save(window, path, app)
    written.append(path)
    view = window.show_tab("shotlist")
    proxy = view.proxy
    at = next((r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ShotRole) is shot), 0)
    view.table.setCurrentIndex(proxy.index(min(at + 1, proxy.rowCount() - 1), COLUMN["code"]))
    view.table.scrollTo(proxy.index(at, COLUMN["voiceover"]))
    path = out / f"{lang}_1366_findings_shotlist.png"
    save(window, path, app)
    written.append(path)
    window.replacing = True
    window.close()
    doc.close()
    log.info("findings screenshots: %s", ", ".join(p.name for p in written))
    return written

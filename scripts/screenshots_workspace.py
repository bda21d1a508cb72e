"""Screenshots of the Workspace window at 1366x768 in Chinese and English: projects, search, calendar,
report and library over a folder of the samples and generated projects (with a damaged, a foreign and a
newer file among them). Called by scripts/screenshots.py (``--workspace-only`` takes just these)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger("screenshots")
LAPTOP = (1366, 768)
QUERIES = {"zh": "领券", "en": "coupon"}


def shoot_workspace(lang: str, out: Path, work: Path, app, translators, settle, save) -> list[Path]:
    """The five pages of the Workspace window, as {lang}_1366_workspace_{page}.png."""
    from PySide6.QtCore import QDate, QEventLoop, QTimer

    from studio.ui.workspace.window import WorkspaceWindow
    from tests.workspace.make_projects import make_folder

    translators.install(lang)
    folder = work / f"workspace_{lang}" / ("团队项目" if lang == "zh" else "team projects")
    make_folder(folder, count=24, lang=lang)
    os.environ["STUDIO_WORKSPACE_URL"] = f"sqlite:///{work / f'workspace_{lang}.sqlite3'}"
    win = WorkspaceWindow(lambda _path, _hit: None)
    win.resize(*LAPTOP)
    win.show()

    def wait(signal, start) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(120_000, loop.quit)
        start()
        loop.exec()

    wait(win.loaded, lambda: win.refresh(add_folder=str(folder)))
    win.tabs.setCurrentWidget(win.projects)
    written = [out / f"{lang}_1366_workspace_projects.png"]
    save(win, written[-1], app)
    win.tabs.setCurrentWidget(win.search)
    win.search.query.setText(QUERIES[lang])
    wait(win.searched, lambda: win.run_search(QUERIES[lang]))
    written.append(out / f"{lang}_1366_workspace_search.png")
    save(win, written[-1], app)
    win.tabs.setCurrentWidget(win.calendar)
    win.calendar.month.setSelectedDate(QDate(2026, 11, 11))
    written.append(out / f"{lang}_1366_workspace_calendar.png")
    save(win, written[-1], app)
    for key, page in (("report", win.report), ("library", win.library)):
        win.tabs.setCurrentWidget(page)
        written.append(out / f"{lang}_1366_workspace_{key}.png")
        save(win, written[-1], app)
    settle(app, 0.1)
    win.close()
    del os.environ["STUDIO_WORKSPACE_URL"]
    return written

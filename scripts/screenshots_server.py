"""Screenshots of the Workspace window on a team server at 1366x768, in Chinese and English: the projects a
laptop published to a throwaway PostgreSQL server (tests/pg_server.py) with the server strip at the bottom,
and the Server dialog. Run under a display: ``xvfb-run -a python scripts/screenshots_server.py``.
Settings, data and the server go to temporary folders and are removed afterwards."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

log = logging.getLogger("screenshots")
LAPTOP = (1366, 768)


def shoot_server(lang: str, out: Path, work: Path, server, app, translators) -> list[Path]:
    """{lang}_1366_workspace_server.png and {lang}_dialog_workspace_server.png."""
    from PySide6.QtCore import QEventLoop, QTimer

    from scripts.screenshots import _save, _settle
    from studio.ui.workspace.window import WorkspaceWindow
    from studio.workspace.index import Indexer
    from studio.workspace.publish import open_sql, publish
    from studio.workspace.server import local_url, save_url
    from tests.workspace.make_projects import make_folder

    translators.install(lang)
    os.environ["XDG_CONFIG_HOME"] = str(work / f"config_{lang}")
    os.environ.pop("STUDIO_WORKSPACE_URL", None)
    folder = work / f"team_{lang}" / ("团队项目" if lang == "zh" else "team projects")
    make_folder(folder, count=16, lang=lang)
    local = open_sql(local_url())
    local.add_folder(str(folder))
    Indexer(local).scan()
    url = server.create_database(f"team_{lang}")
    remote = open_sql(url)
    publish(local, remote, "ana@laptop" if lang == "en" else "小林@laptop")
    remote.close()
    # one more project on this laptop only: the strip shows it waiting to be published
    from studio.store.document import write_new_file
    from tests.workspace.make_projects import generated

    write_new_file(folder / "new.studio", generated(99, lang=lang))
    Indexer(local).scan()
    local.close()
    save_url(url)
    win = WorkspaceWindow(lambda _path, _hit: None)
    win.resize(*LAPTOP)
    win.show()
    loop = QEventLoop()
    win.server_bar.settled.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    win.refresh()
    loop.exec()
    written = [out / f"{lang}_1366_workspace_server.png"]
    _save(win, written[-1], app)
    dialog = win.server_bar.open_dialog()
    _settle(app, 0.3)
    written.append(out / f"{lang}_dialog_workspace_server.png")
    _save(dialog, written[-1], app)
    dialog.close()
    win.close()
    _settle(app, 0.2)
    return written


def main(argv: list[str] | None = None) -> int:
    """Take the server screenshots in both languages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("zh", "en"), action="append")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    from studio.ui.app import Translators, configure_application
    from tests import pg_server as pg

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication(sys.argv[:1])
    configure_application(app)
    args.out.mkdir(parents=True, exist_ok=True)
    translators = Translators(app)
    with tempfile.TemporaryDirectory() as work, pg.pg_server() as server:
        for lang in args.lang or ["zh", "en"]:
            os.environ["STUDIO_LANG"] = lang
            shoot_server(lang, args.out, Path(work), server, app, translators)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Render the studio's views with the sample project to PNG files, for a look by eye.

Usage: xvfb-run -a python scripts/view_shots.py [out_dir] [zh|en] [dark]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    """Open a copy of the sample and save a picture of every view."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from studio.samples import write_sample
    from studio.store.document import ProjectFile
    from studio.ui import views
    from studio.ui.document import DocumentController

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/view_shots")
    lang = sys.argv[2] if len(sys.argv) > 2 else "zh"
    dark = len(sys.argv) > 3 and sys.argv[3] == "dark"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    os.environ["STUDIO_LANG"] = lang
    if dark:
        pal = QPalette()
        for role, color in (
            (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.AlternateBase, "#333333"), (QPalette.ColorRole.Text, "#e6e6e6"),
            (QPalette.ColorRole.WindowText, "#e6e6e6"), (QPalette.ColorRole.Button, "#3a3a3a"),
            (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Mid, "#555555"),
            (QPalette.ColorRole.PlaceholderText, "#9a9a9a"), (QPalette.ColorRole.Highlight, "#3d7dd8"),
        ):  # fmt: skip
            pal.setColor(role, QColor(color))
        app.setPalette(pal)
    tmp = Path(tempfile.mkdtemp())
    path = tmp / "sample.studio"
    write_sample(path, lang)
    doc = DocumentController(ProjectFile.open(path))
    sizes = {
        "WriteView": (900, 1100), "StoryboardView": (1000, 800), "VariantsView": (1100, 800),
        "PreviewView": (520, 800), "TimelineStrip": (1000, 90), "GuidePanel": (420, 600),
    }  # fmt: skip
    widgets = []
    for name, (w, h) in sizes.items():
        widget = getattr(views, name)(doc)
        widget.resize(w, h)
        widget.show()
        widgets.append((name, widget))
    if doc.script.beats:
        first = doc.script.beats[0].alternatives[0].shots[0]
        doc.select([first.id])
    for _ in range(30):
        app.processEvents()
    for _name, widget in widgets:
        loader = getattr(widget, "loader", None)
        if loader is not None:
            loader.wait()
    for _ in range(30):
        app.processEvents()
    suffix = f"_{lang}" + ("_dark" if dark else "")
    from studio.ui.views.paste_script import PasteScriptDialog

    dialog = PasteScriptDialog(doc, widgets[0][1])
    dialog.text.setPlainText(
        "熬夜党看过来！你的脸是不是越来越暗沉？天天加班，上妆还卡粉。试试这瓶烟酰胺精华，质地清爽，一抹就吸收。"
        "坚持二十八天，肤色看得见地提亮。点击下方链接领券，今天下单立减二十元！"
        if lang == "zh"
        else "Night owls, listen up! Is your skin getting duller? Long hours, cakey make-up. Try this niacinamide "
        "serum: light, and it sinks in at once. After 28 days your skin is visibly brighter. Tap the link below "
        "for a coupon!"
    )
    dialog.update_preview()
    dialog.show()
    widgets.append(("PasteScriptDialog", dialog))
    for _ in range(10):
        app.processEvents()
    for name, widget in widgets:
        widget.grab().save(str(out / f"{name}{suffix}.png"))
    doc.close()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Screenshots of a landscape (16:9) variant's storyboard at 1366x768 in Chinese and English: the sample
with its second variant in 16:9, a filled shot, a shot cropped to a box and the covered area shown.
Called by scripts/screenshots.py (``--formats-only`` takes just these)."""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger("screenshots")
LAPTOP = (1366, 768)


def shoot_formats(lang: str, out: Path, work: Path, app, translators, settle, save) -> list[Path]:
    """The storyboard of a 16:9 variant, as {lang}_1366_storyboard_16x9.png."""
    from PySide6.QtCore import QSettings

    from studio.models import ops
    from studio.models.crop import Crop, CropMode
    from studio.models.frame_format import FrameFormat
    from studio.models.timeline import cut
    from studio.samples import write_sample
    from studio.store.document import ProjectFile
    from studio.ui.document_controller import DocumentController
    from studio.ui.mainwindow import MainWindow
    from studio.ui.settings import Settings

    translators.install(lang)
    work.mkdir(parents=True, exist_ok=True)
    sample = work / f"formats_{lang}.studio"
    write_sample(sample, lang)
    pf = ProjectFile.open(sample)
    project = pf.project
    script = project.scripts[0]
    wide = script.variants[1]
    ops.set_field(project, wide, "frame_format", FrameFormat.LANDSCAPE)
    shots = [t.shot for t in cut(script, wide) if t.shot.frame]
    ops.set_field(project, shots[0], "crop", Crop(CropMode.FILL))
    ops.set_field(project, shots[2], "crop", Crop(CropMode.BOX, (0.1, 0.25, 0.8, 0.4)))
    pf.close()
    settings = Settings(QSettings(str(work / f"formats_{lang}.ini"), QSettings.Format.IniFormat))
    settings.storyboard_per_row = 4
    doc = DocumentController(ProjectFile.open(sample))
    doc.set_current(variant=doc.script.variants[1])
    window = MainWindow(doc, None, settings)
    window.resize(*LAPTOP)
    window.show()
    settle(app, 0.5)
    view = window.show_tab("storyboard")
    view.set_show_covered(True)
    doc.select([view.model.cards[0].shot.id])
    settle(app, 0.3)
    if hasattr(view.loader, "wait"):
        view.loader.wait(3000)
    path = out / f"{lang}_1366_storyboard_16x9.png"
    save(window, path, app)
    window.replacing = True
    window.close()
    doc.close()
    return [path]

"""Render the studio's views to PNG files, for a look by eye, in the situations users meet.

Usage: xvfb-run -a python scripts/view_shots.py [--out DIR] [--lang zh|en] [--dark]
                                               [--scenario sample|empty|stress]

- sample: the bundled sample project;
- empty: a script whose beats have no shots yet;
- stress: a 60 s script with 40 shots, a very long voice-over, and a variant whose proof
  alternative has no shots.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

log = logging.getLogger("view_shots")

#: View class name -> window size used for the picture.
SIZES = {
    "WriteView": (900, 1100), "StoryboardView": (1000, 800), "VariantsView": (1100, 800),
    "PreviewView": (520, 800), "TimelineStrip": (1000, 90), "GuidePanel": (420, 600),
    "ResultsView": (1100, 420),
}  # fmt: skip

#: Where each view class lives (the views package imports nothing by itself).
MODULES = {
    "WriteView": "write", "StoryboardView": "storyboard", "VariantsView": "variants",
    "PreviewView": "preview", "TimelineStrip": "timeline", "GuidePanel": "guide_panel",
    "ResultsView": "results",
}  # fmt: skip

LONG_VO = {
    "zh": "这瓶精华里有百分之五的烟酰胺，搭配透明质酸和神经酰胺，质地清爽不黏腻，早晚洁面后取两到三滴，"
    "轻轻按压到全脸，坚持二十八天，你会看到肤色一点点提亮，上妆也更服帖，熬夜之后也不怕脸色发黄",
    "en": "This serum has five percent niacinamide with hyaluronic acid and ceramides; it feels light, never "
    "sticky; after cleansing, morning and night, press two or three drops into your whole face, and in "
    "twenty-eight days your skin looks brighter, make-up sits better, and late nights stop showing",
}


def dark_palette() -> object:
    """A dark QPalette like the ones desktop themes ship."""
    from PySide6.QtGui import QColor, QPalette

    pal = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#333333"), (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"), (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Mid, "#555555"),
        (QPalette.ColorRole.Dark, "#1a1a1a"), (QPalette.ColorRole.Light, "#505050"),
        (QPalette.ColorRole.ToolTipBase, "#3a3a3a"), (QPalette.ColorRole.ToolTipText, "#e6e6e6"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a"), (QPalette.ColorRole.Highlight, "#3d7dd8"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.BrightText, "#ff6b6b"),
    ):  # fmt: skip
        pal.setColor(role, QColor(color))
    return pal


def empty_script(doc: object) -> None:
    """Remove every shot: the script a writer starts from."""
    from studio.models import ops

    for _beat, _alt, shot in list(doc.script.iter_shots()):  # type: ignore[attr-defined]
        ops.remove_shot(doc.project, shot)  # type: ignore[attr-defined]


def stress_script(doc: object, lang: str) -> None:
    """Grow the script to 40 shots and 60 s, add a very long voice-over and a beat with no shots."""
    from studio.models import ops
    from studio.models.entities import Shot, Variant
    from studio.models.enums import BeatKind

    project, script = doc.project, doc.script  # type: ignore[attr-defined]
    middle = [b for b in script.beats if b.kind in (BeatKind.PAIN, BeatKind.SOLUTION)]
    count = sum(len(a.shots) for b in script.beats for a in b.alternatives[:1])
    total = sum(a.duration_ds for b in script.beats for a in b.alternatives[:1])
    step = -(-(600 - total) // max(1, 40 - count))  # tenths per added shot, rounded up: 40 shots, 60 s
    i = 0
    while count < 40:
        beat = middle[i % len(middle)]
        ops.insert_shot(project, beat.alternatives[0], len(beat.alternatives[0].shots),
                        Shot(duration_ds=step, voiceover=f"{i + 1}"))  # fmt: skip
        count, i = count + 1, i + 1
    solution = next(b for b in script.beats if b.kind is BeatKind.SOLUTION)
    ops.set_field(project, solution.alternatives[0].shots[0], "voiceover", LONG_VO[lang])
    proof = next(b for b in script.beats if b.kind is BeatKind.PROOF)
    empty = ops.insert_alternative(project, proof, len(proof.alternatives), ops.new_alternative(proof))
    variant = ops.insert_variant(project, script, len(script.variants),
                                 Variant(name="空证明" if lang == "zh" else "No proof yet"))  # fmt: skip
    ops.set_choice(project, variant, proof, empty.id)
    doc.set_current(variant=variant)  # type: ignore[attr-defined]


def main() -> None:
    """Open a copy of the sample, shape it for the scenario, and save a picture of every view."""
    import importlib

    from PySide6.QtWidgets import QApplication

    from studio.samples import write_sample
    from studio.store.document import ProjectFile
    from studio.ui.app import Translators
    from studio.ui.document_controller import DocumentController

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="/tmp/view_shots")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scenario", choices=("sample", "empty", "stress"), default="sample")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    Translators(app).install(args.lang)
    if args.dark:
        app.setPalette(dark_palette())
    tmp = Path(tempfile.mkdtemp())
    path = tmp / "sample.studio"
    write_sample(path, args.lang)
    doc = DocumentController(ProjectFile.open(path))
    if args.scenario == "empty":
        empty_script(doc)
    elif args.scenario == "stress":
        stress_script(doc, args.lang)
    widgets = []
    for name, (w, h) in SIZES.items():
        module = importlib.import_module(f"studio.ui.views.{MODULES[name]}")
        widget = getattr(module, name)(doc)
        widget.resize(w, h)
        widget.show()
        widgets.append((name, widget))
    first = next((s for _b, _a, s in doc.script.iter_shots()), None)
    if first is not None:
        doc.select([first.id])
    for _ in range(30):
        app.processEvents()
    for _name, widget in widgets:
        loader = getattr(widget, "loader", None)
        if loader is not None:
            loader.wait()
    for _ in range(30):
        app.processEvents()
    suffix = f"_{args.scenario}_{args.lang}" + ("_dark" if args.dark else "")
    if args.scenario == "sample":
        from studio.ui.views.paste_script import PasteScriptDialog

        dialog = PasteScriptDialog(doc, widgets[0][1])
        dialog.text.setPlainText(
            "熬夜党看过来！你的脸是不是越来越暗沉？天天加班，上妆还卡粉。试试这瓶烟酰胺精华，质地清爽，一抹就吸收。"
            "坚持二十八天，肤色看得见地提亮。点击下方链接领券，今天下单立减二十元！"
            if args.lang == "zh"
            else "Night owls, listen up! Is your skin getting duller? Long hours, cakey make-up. Try this "
            "niacinamide serum: light, and it sinks in at once. After 28 days your skin is visibly brighter. "
            "Tap the link below for a coupon!"
        )
        dialog.update_preview()
        dialog.show()
        widgets.append(("PasteScriptDialog", dialog))
    for _ in range(10):
        app.processEvents()
    for name, widget in widgets:
        widget.grab().save(str(out / f"{name}{suffix}.png"))
        if name == "WriteView":  # every card, not just the first screenful
            widget.container.grab().save(str(out / f"{name}{suffix}_full.png"))
    log.info("pictures in %s", out)
    doc.close()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

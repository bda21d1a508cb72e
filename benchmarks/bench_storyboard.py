"""Storyboard speed on a 1,000-card board: rebuild, one scroll step painted cold and warm.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_storyboard.py. Prints medians of 5
and ratios against a floor measured in the same run (repainting a plain widget of the same
size). "Cold" paints happen before thumbnails are decoded: decoding runs in worker threads,
so a cold paint must cost about what a warm one does.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.timing import median_ms
from studio.media.images import import_image, placeholder, png_bytes
from studio.models.entities import Alternative, Beat, Frame, Project, Script, Shot, Variant
from studio.models.enums import BeatKind
from studio.store.document import ProjectFile, write_new_file
from studio.ui.document_controller import DocumentController
from studio.ui.views.storyboard import StoryboardView

KINDS = (BeatKind.HOOK, BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.PROOF, BeatKind.CTA)


def build(path: Path, shots_total: int = 1000, distinct_frames: int = 200) -> None:
    """Write a project of ``shots_total`` shots, each with a frame (``distinct_frames`` images)."""
    project = Project(title="bench")
    script = Script(title="bench")
    blobs: dict[str, dict[str, bytes]] = {}
    hashes = []
    for i in range(distinct_frames):
        image = import_image(
            png_bytes(placeholder(540, 960, f"F{i}", hue=(40 + i % 200, 80, 120))), f"f{i}.png"
        )
        blobs[image.hash] = {"original": image.original, "thumb": image.thumb, "print": image.print}
        project.frames[image.hash] = Frame(image.hash, f"f{i}.png", image.width, image.height)
        hashes.append(image.hash)
    per_beat = shots_total // len(KINDS)
    n = 0
    for kind in KINDS:
        alt = Alternative(label="A")
        for i in range(per_beat):
            alt.shots.append(Shot(code=f"{kind.value[0].upper()}-A-{i:03d}", duration_ds=15 + i % 10,
                                  voiceover="熬夜脸暗沉？这瓶帮你救回来" * (1 + i % 2), frame=hashes[n % len(hashes)]))  # fmt: skip
            n += 1
        script.beats.append(Beat(kind=kind, alternatives=[alt]))
    script.variants.append(Variant(name="Base", is_base=True))
    project.scripts.append(script)
    write_new_file(path, project, blobs)


def main() -> None:
    """Build the board and print the figures."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    path = folder / "bench.studio"
    build(path)
    doc = DocumentController(ProjectFile.open(path))
    view = StoryboardView(doc)
    view.resize(1200, 900)
    view.show()
    app.processEvents()
    plain = QWidget()
    plain.resize(view.list.viewport().size())
    plain.show()
    app.processEvents()

    floor = median_ms(plain.repaint)
    rebuild = median_ms(view.refresh)
    bar = view.list.verticalScrollBar()
    step = view.list.viewport().height()
    positions = iter(range(0, bar.maximum() + 1, step))

    def cold_step() -> None:
        view.loader.clear()
        bar.setValue(next(positions, 0))
        view.list.viewport().repaint()

    cold = median_ms(cold_step)

    def decode_screen() -> None:
        view.loader.clear()
        view.list.viewport().repaint()
        view.loader.wait(30000)
        app.processEvents()

    decode = median_ms(decode_screen)
    view.loader.wait(30000)
    app.processEvents()
    bar.setValue(0)
    view.list.viewport().repaint()
    view.loader.wait(30000)
    app.processEvents()

    def warm_step() -> None:
        view.list.viewport().repaint()

    warm = median_ms(warm_step)
    print(f"cards: {view.model.rowCount()}")
    print(f"floor (repaint a plain widget of the same size): {floor:.2f} ms")
    print(f"rebuild 1,000 cards: {rebuild:.2f} ms ({rebuild / floor:.1f}x floor)")
    print(f"scroll one screen, thumbnails not yet decoded: {cold:.2f} ms ({cold / floor:.1f}x floor)")
    print(f"decode one screen of thumbnails in the workers: {decode:.2f} ms ({decode / floor:.1f}x floor)")
    print(f"repaint one screen, thumbnails cached: {warm:.2f} ms ({warm / floor:.1f}x floor)")
    doc.close()


if __name__ == "__main__":
    main()

"""Variants matrix speed with many variants: 30 variants × 12 beats (3 alternatives each).

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_variants.py. Prints medians of 5 and
ratios against a floor measured in the same run: filling a plain QTableWidget of the same
size with text items. The matrix puts a combo box (or line edit) in every cell and rebuilds
after each choice, so this shows what one click costs as the test grows.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

from benchmarks.timing import median_ms
from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.models.enums import BeatKind
from studio.store.document import ProjectFile, write_new_file
from studio.ui.document_controller import DocumentController
from studio.ui.views.variants import PROPERTY_ROWS, VariantsView

BEATS, VARIANTS, ALTS = 12, 30, 3


def build(path: Path) -> None:
    """Write a script of BEATS beats with ALTS alternatives each and VARIANTS variants."""
    project = Project(title="bench")
    script = Script(title="bench")
    kinds = list(BeatKind)
    for b in range(BEATS):
        alts = [Alternative(label=chr(65 + a), note=f"try {a}", shots=[Shot(voiceover=f"line {b}{a}")])
                for a in range(ALTS)]  # fmt: skip
        script.beats.append(Beat(kind=kinds[b % len(kinds)], alternatives=alts))
    for v in range(VARIANTS):
        choices = {beat.id: beat.alternatives[(v + i) % ALTS].id for i, beat in enumerate(script.beats)}
        script.variants.append(Variant(name=f"V{v:02d}", is_base=v == 0, choices=choices))
    project.scripts.append(script)
    write_new_file(path, project, {})


def main() -> None:
    """Build the matrix and print the figures."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = Path(tempfile.mkdtemp()) / "bench.studio"
    build(path)
    doc = DocumentController(ProjectFile.open(path))
    view = VariantsView(doc)
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    rows = BEATS + len(PROPERTY_ROWS)

    floor_table = QTableWidget()
    floor_table.resize(1400, 600)
    floor_table.show()

    def floor() -> None:
        floor_table.clear()
        floor_table.setRowCount(rows)
        floor_table.setColumnCount(VARIANTS)
        for r in range(rows):
            for c in range(VARIANTS):
                floor_table.setItem(r, c, QTableWidgetItem(f"A · try {r}"))
        app.processEvents()

    def rebuild() -> None:
        view.refresh()
        app.processEvents()

    script = doc.script
    beat = script.beats[3]
    state = {"i": 0}

    def click() -> None:
        # One choice through the undo stack, as a user picking B in a cell, then the redraw.
        state["i"] += 1
        view.set_choice(script.variants[5], beat, beat.alternatives[state["i"] % ALTS].id)
        view.refresher.flush() if hasattr(view, "refresher") else None
        app.processEvents()

    def paint() -> None:
        view.matrix.viewport().repaint()

    results = {
        "floor: fill a plain table": median_ms(floor),
        "matrix rebuild": median_ms(rebuild),
        "one choice (edit + redraw)": median_ms(click),
        "repaint the matrix": median_ms(paint),
    }
    base = results["floor: fill a plain table"]
    print(f"variants matrix, {VARIANTS} variants × {BEATS} beats ({rows * VARIANTS} cells)")
    for name, ms in results.items():
        print(f"  {name:32s} {ms:8.1f} ms   {ms / base:6.1f}× floor")
    doc.close()


if __name__ == "__main__":
    main()

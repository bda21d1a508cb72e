"""Write view speed: building the view (five beat cards) on the Chinese sample and on a wider script.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_write_view.py. Prints medians of 9 and
ratios against a floor measured in the same run (a plain form with, per shown shot, a label
and two single-line edits: the least a row of editable text can cost), so figures from
different (or busy) machines compare.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.models.enums import BeatKind
from studio.samples import sample_project
from studio.store.document import ProjectFile, write_new_file
from studio.ui.document_controller import DocumentController
from studio.ui.views.write import WriteView

KINDS = (BeatKind.HOOK, BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.PROOF, BeatKind.CTA)


def wide_project(shots_per_alt: int = 4, alts: int = 3) -> Project:
    """Five beats, each with ``alts`` alternatives of ``shots_per_alt`` shots."""
    script = Script(title="bench")
    for kind in KINDS:
        beat = Beat(kind=kind)
        for a in range(alts):
            shots = [Shot(voiceover="熬夜脸暗沉？这瓶帮你救回来" * (1 + i % 3), duration_ds=25)
                     for i in range(shots_per_alt)]  # fmt: skip
            beat.alternatives.append(Alternative(label="ABC"[a], shots=shots))
        script.beats.append(beat)
    script.variants.append(Variant(name="Base", is_base=True))
    project = Project(title="bench")
    project.scripts.append(script)
    return project


def median_ms(fn, repeat: int = 9) -> float:
    """Median wall time of ``fn`` in milliseconds, events processed after each run."""
    app = QApplication.instance()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(label: str, path: Path) -> None:
    """Print build and show times of the Write view for one file."""
    pf = ProjectFile.open(path)
    doc = DocumentController(pf)
    rows = sum(len(a.shots) for b in doc.script.beats for a in b.alternatives[:1])

    def floor() -> None:
        w = QWidget()
        lay = QVBoxLayout(w)
        for i in range(rows):
            lay.addWidget(QLabel(f"row {i}", w))
            lay.addWidget(QLineEdit("熬夜脸暗沉？", w))
            lay.addWidget(QLineEdit("必看", w))
        w.resize(900, 700)
        w.show()
        w.close()
        w.deleteLater()

    def build() -> None:
        view = WriteView(doc)
        view.resize(900, 700)
        view.show()
        view.close()
        view.deleteLater()

    floor()
    build()  # warm caches (fonts, styles)
    f, b = median_ms(floor), median_ms(build)
    f = min(f, median_ms(floor))  # the floor again after the view: a busy moment shows as a spike
    print(f"{label}: build+show {b:.1f} ms (floor {f:.1f} ms, ratio {b / f:.1f}x)")
    doc.close()


def main() -> None:
    """Measure the sample and a script with three alternatives per beat."""
    QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        project, blobs = sample_project("zh")
        write_new_file(Path(tmp) / "sample.studio", project, blobs)
        measure("zh sample", Path(tmp) / "sample.studio")
        write_new_file(Path(tmp) / "wide.studio", wide_project(), {})
        measure("5 beats x 3 alts x 4 shots", Path(tmp) / "wide.studio")


if __name__ == "__main__":
    main()

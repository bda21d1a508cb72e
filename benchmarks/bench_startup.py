"""Start-up speed: cold start of main.py against a bare PySide6 window, and opening a 1,000-shot project.

Run: python benchmarks/bench_startup.py [--runs 5]
Uses QT_QPA_PLATFORM=offscreen unless a display is set. Prints medians and ratios.
Goals: cold start <= 1.3x the bare window; 1,000-shot project to a usable window <= 0.5 s.

What is measured: ``python main.py`` with no file, as a user starts it, with the sample project
already in the data folder (the warm-up run writes it, so no run pays for building it), against a
bare QMainWindow in the same run, alternating the two so machine load hits both alike. Both run with
compiled bytecode cached (PYTHONPYCACHEPREFIX in the temporary folder), as an installed app would:
a PYTHONDONTWRITEBYTECODE environment would otherwise make every run recompile Studio's sources.
Start-up is progressive, so two figures count, both against the same floor: "shown" is the end of
the first paint of the window's shell (menus, tab bar, docks saying "Opening…"; the floor window is
timed to its first paint too), "usable" is the end of the paint after the project opened and the
current (Write) tab was built. "settled" adds the guide's first check, which waits for its panel's paint.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
def done():
    sys.stdout.write("shown %.4f\\n" % (time.perf_counter() - t0))
    sys.stdout.flush()
    app.quit()
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, done)
w = Window()
w.resize(1360, 820)
w.show()
app.exec()
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "cfg"), XDG_DATA_HOME=str(home / "data"),
               PYTHONPYCACHEPREFIX=str(home / "pycache"), STUDIO_QUIT_AFTER_SHOW="1",
               STUDIO_LANG="en")  # fmt: skip
    return env


def time_to_shown(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning the process to each of its 'shown' / 'settled' lines."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, cwd=ROOT
    )
    assert proc.stdout is not None
    seen: dict[str, float] = {}
    for line in proc.stdout:
        word = line.split(" ", 1)[0]
        if word in ("shown", "usable", "settled"):
            seen[word] = time.perf_counter() - start
    proc.wait(timeout=120)
    if "shown" not in seen:
        raise RuntimeError(f"{cmd} never showed a window (exit {proc.returncode})")
    return seen


def big_project(path: Path, shots: int = 1000, frames: int = 60) -> None:
    """A project with ``shots`` shots over 5 beats x 2 alternatives, and some frames."""
    from studio.guide.templates import project_from_template
    from studio.media.images import import_image, placeholder, png_bytes
    from studio.models.entities import Alternative, Frame, Shot
    from studio.store.document import write_new_file

    project = project_from_template(lang="zh", title="千镜头")
    script = project.scripts[0]
    blobs: dict[str, dict[str, bytes]] = {}
    hashes = []
    for i in range(frames):
        image = import_image(
            png_bytes(placeholder(270, 480, f"F{i}", ("bench",), (0, 0, 0, 0), (40 + i, 90, 140)))
        )
        blobs[image.hash] = {"original": image.original, "thumb": image.thumb, "print": image.print}
        project.frames[image.hash] = Frame(image.hash, f"f{i}.png", image.width, image.height, "PNG")
        hashes.append(image.hash)
    per_alt = shots // (len(script.beats) * 2)
    n = 0
    for b, beat in enumerate(script.beats):
        if len(beat.alternatives) < 2:
            beat.alternatives.append(Alternative(label="B"))
        for a, alt in enumerate(beat.alternatives[:2]):
            alt.shots = [
                Shot(code=f"X{b}{a}-{k:03d}", duration_ds=15 + k % 20, visual=f"画面 {k} 的描述",
                     voiceover=f"第 {k} 句口播文案", location=f"场景{k % 4}", frame=hashes[(n + k) % frames])
                for k in range(per_alt)
            ]  # fmt: skip
            n += per_alt
    write_new_file(path, project, blobs)


def open_to_usable(path: Path, app) -> tuple[float, float, float]:
    """Seconds to open the project into a usable window (its Write tab built and painted), then for the
    guide's first check, then to show the 1,000-row shot list."""
    from studio.store.document import ProjectFile
    from studio.ui.document import DocumentController
    from studio.ui.mainwindow import MainWindow

    start = time.perf_counter()
    doc = DocumentController(ProjectFile.open(path))
    window = MainWindow(doc)
    done: list[bool] = []
    window.usable.connect(lambda: done.append(True))
    window.show()
    while not done:
        app.processEvents()
    opened = time.perf_counter() - start
    start = time.perf_counter()
    while not window.guide.checked:  # the first check runs after the first paint
        app.processEvents()
    guide = time.perf_counter() - start
    start = time.perf_counter()
    window.show_tab("shotlist")
    app.processEvents()
    shotlist = time.perf_counter() - start
    window.close()
    app.processEvents()
    return opened, guide, shotlist


def _runs(values: list[float]) -> str:
    return ", ".join(f"{x:.3f}" for x in values)


def main(argv: list[str] | None = None) -> int:
    """Measure and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = _env(home)
        bare_cmd = [sys.executable, "-c", BARE]
        app_cmd = [sys.executable, str(ROOT / "main.py")]
        # Warm-up: writes the sample into the data folder, the settings and the bytecode caches.
        time_to_shown(app_cmd, env)
        time_to_shown(bare_cmd, env)
        samples = list((home / "data").rglob("sample_en.studio"))
        bare: list[float] = []
        shown: list[float] = []
        usable: list[float] = []
        settled: list[float] = []
        for _ in range(args.runs):
            bare.append(time_to_shown(bare_cmd, env)["shown"])
            seen = time_to_shown(app_cmd, env)
            shown.append(seen["shown"])
            usable.append(seen["usable"])
            settled.append(seen["settled"])
        b, s, u = statistics.median(bare), statistics.median(shown), statistics.median(usable)
        g = statistics.median(settled)
        print(f"sample already built by the warm-up run: {'yes' if samples else 'NO'}")
        print(f"bare PySide6 window   median {b:.3f} s  (runs: {_runs(bare)})")
        print(f"studio shell shown    median {s:.3f} s  (runs: {_runs(shown)})")
        print(f"studio usable         median {u:.3f} s  (runs: {_runs(usable)})")
        print(f"  guide checked       median {g:.3f} s  (runs: {_runs(settled)})")
        print(f"shown ratio           {s / b:.2f}x  (goal <= 1.30x); +{(s - b) * 1000:.0f} ms over the floor")
        print(f"usable ratio          {u / b:.2f}x  (project open, Write tab built and painted); "
              f"+{(u - b) * 1000:.0f} ms over the floor")  # fmt: skip

        os.environ.update({k: v for k, v in env.items() if k != "STUDIO_QUIT_AFTER_SHOW"})
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QApplication

        QStandardPaths.setTestModeEnabled(True)
        app = QApplication.instance() or QApplication([])
        big = home / "thousand.studio"
        big_project(big)
        open_to_usable(big, app)  # warm-up: imports and font caches
        runs = [open_to_usable(big, app) for _ in range(args.runs)]
        opened = statistics.median(r[0] for r in runs)
        guide = statistics.median(r[1] for r in runs)
        table = statistics.median(r[2] for r in runs)
        print(f"1,000-shot project    median {opened:.3f} s to a usable window  (goal <= 0.5 s, "
              f"{opened / 0.5:.2f}x of the goal)")  # fmt: skip
        print(f"  then guide checked  median {guide:.3f} s (after the window is up)")
        print(f"  then shot list tab  median {table:.3f} s for 1,000 rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())

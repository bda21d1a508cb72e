"""Benchmark: Word and Excel exports of make_big_project's project at 100, 1,000 and 5,000 shots, against a floor.

The project is make_big_project.py's (the one the other benchmarks use): the shots in 20 beats of
two alternatives, 1080x1920 PNG frames on the first 300 shots (or on every shot of a smaller
script; drawn and imported once for every size), placeholders on the rest, 4 variants. Each export is of the base variant (about half the
shots), as the export dialog's default makes it.

What is timed, each run interleaved with its floor, medians of --runs (the project is built first
and never timed):
- docx: export_docx(project, script, [base variant], media, path): the storyboard document with
  its print-size pictures, from the call to the file saved;
- xlsx: export_xlsx(...) the same way: the storyboard and shoot-list sheets with thumbnails;
- pdf: export_pdf(...) the same way (storyboard table and shoot list, Chinese font embedded as a
  subset), in the same process after the others, as the export child makes one after another;
  printed with this process's CPU time too (a loaded machine stretches wall time). It has no floor;
- floors (floor_exports.py): the same tables written the plainest way with python-docx and
  openpyxl, pictures already at their printed size (one ready-made PNG for a shot without a
  frame), no decoding, no resizing, no styling.
Then, with more than one size, how each grows from the smallest script to the largest. Limits:
1.5x the floor and a 10 MiB file; the output says when one is missed.

    python benchmarks/bench_exports.py [--shots 100,1000,5000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.floor_exports import floor_docx, floor_xlsx
from benchmarks.make_big_project import build
from benchmarks.timing import SIZES, growth, shot_counts
from studio.exports.docx_export import export_docx
from studio.exports.pdf_export import export_pdf
from studio.exports.xlsx_export import export_xlsx
from studio.models.entities import Project, Script, Variant
from studio.models.timeline import cut, format_timecode
from studio.models.vocab import label

MAX_BYTES = 10 * 1024 * 1024
#: Frames drawn for the big project (make_big_project's default); a smaller script gets one a shot.
FRAMES = 300


def _blank(kind: str) -> bytes:
    """The floor's stand-in picture for a shot without a frame, at the rendition's size."""
    from PIL import Image

    from studio.media.images import PRINT_EDGE, THUMB_EDGE, rendition

    edge = THUMB_EDGE if kind == "thumb" else PRINT_EDGE
    return rendition(Image.new("RGB", (edge * 9 // 16, edge), (149, 165, 166)), edge)


def floor_inputs(
    script: Script, variant: Variant, store: dict, kind: str
) -> tuple[list[list[str]], list[bytes]]:
    """The floor's rows (plain strings) and pictures (the renditions the export embeds)."""
    rows, pictures = [], []
    blank = _blank(kind)
    for t in cut(script, variant):
        s = t.shot
        rows.append([s.code, "", f"{format_timecode(t.start_ds)}–{format_timecode(t.end_ds)}",
                     f"{label(s.shot_size)} {label(s.camera_move)}", s.visual, s.voiceover, s.onscreen_text,
                     s.sound, s.notes])  # fmt: skip
        pictures.append(store[s.frame][kind] if s.frame else blank)
    return rows, pictures


def shoot_rows(script: Script) -> list[list[object]]:
    """The floor's shoot list: the same columns the studio writes, as plain values."""
    rows: list[list[object]] = []
    for i, (_, alt, s) in enumerate(script.iter_shots(), start=1):
        rows.append(["☐", i, s.code, "", alt.label, s.location, s.talent, label(s.shot_size), label(s.camera_move), "",
                     s.duration_ds / 10, s.visual, s.voiceover, s.onscreen_text, s.sound, s.props, s.notes, "●"])  # fmt: skip
    return rows


def with_frames(shots: int, framed: Project) -> Project:
    """make_big_project's project at ``shots`` shots, its first shots given ``framed``'s frames in order.

    The frames are drawn and imported once for every size (what takes make_big_project longest).
    """
    project, _ = build(shots, 0)
    for i, (_, _, shot) in enumerate(project.scripts[0].iter_shots()):
        if i >= len(framed.frames):
            break
        digest = list(framed.frames)[i]
        shot.frame = digest
        project.frames[digest] = framed.frames[digest]
    return project


def measure(shots: int, runs: int, framed: Project, store: dict) -> tuple[dict[str, float], bool]:
    """Time both exports and their floors at ``shots`` shots; print them; (medians in s, limits met)."""
    t0 = time.perf_counter()
    project = with_frames(shots, framed)
    script = project.scripts[0]
    variant = next(v for v in script.variants if v.is_base)
    played = len(cut(script, variant))
    print(f"\nbuilt make_big_project at {shots:,} shots ({len(project.frames)} frames) in {time.perf_counter() - t0:.1f} s; "
          f"the base variant plays {played} shots")  # fmt: skip

    def media(digest: str, kind: str) -> bytes | None:
        return store.get(digest, {}).get(kind)

    docx_rows, docx_pics = floor_inputs(script, variant, store, "print")
    xlsx_rows, xlsx_pics = floor_inputs(script, variant, store, "thumb")
    shoot = shoot_rows(script)
    jobs = {
        "docx": lambda p: export_docx(project, script, [variant], media, p),
        "docx floor": lambda p: floor_docx(docx_rows, docx_pics, p),
        "xlsx": lambda p: export_xlsx(project, script, [variant], media, p),
        "xlsx floor": lambda p: floor_xlsx(xlsx_rows, xlsx_pics, shoot, p, xlsx_pics),
        "pdf": lambda p: export_pdf(project, script, [variant], media, p),
    }
    times: dict[str, list[float]] = {k: [] for k in jobs}
    cpu: dict[str, list[float]] = {k: [] for k in jobs}
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            for name, job in jobs.items():
                path = Path(folder) / f"{name.replace(' ', '_')}_{run}.{name.split()[0]}"
                start, start_cpu = time.perf_counter(), time.process_time()
                job(path)
                times[name].append(time.perf_counter() - start)
                cpu[name].append(time.process_time() - start_cpu)
                sizes[name] = path.stat().st_size
                path.unlink()
    ok = True
    medians = {k: statistics.median(v) for k, v in times.items()}
    for fmt in ("docx", "xlsx"):
        ours, floor = medians[fmt], medians[f"{fmt} floor"]
        ratio = ours / floor
        size_ok = sizes[fmt] <= MAX_BYTES
        ok = ok and ratio <= 1.5 and size_ok
        print(f"{fmt}: median {ours:.2f} s, floor {floor:.2f} s, ratio {ratio:.2f} (limit 1.5); "
              f"file {sizes[fmt] / 1e6:.1f} MB (limit 10 MiB), floor file {sizes[f'{fmt} floor'] / 1e6:.1f} MB"
              f"  {'OK' if ratio <= 1.5 and size_ok else 'OVER'}")  # fmt: skip
    pdf_cpu = statistics.median(cpu["pdf"])
    print(
        f"pdf: median {medians['pdf']:.2f} s ({pdf_cpu:.2f} s CPU); file {sizes['pdf'] / 1e6:.1f} MB (no floor)"
    )
    return medians, ok


def main() -> int:
    """Run the benchmark at each size and print medians, ratios and growth."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", type=shot_counts, default=list(SIZES),
                        help="script sizes, comma-separated (default 100,1000,5000)")  # fmt: skip
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results: dict[int, dict[str, float]] = {}
    ok = True
    t0 = time.perf_counter()
    framed, store = build(0, min(FRAMES, max(args.shots)))
    print(f"drew and imported {len(store)} 1080x1920 frames in {time.perf_counter() - t0:.0f} s (not timed)")
    for shots in args.shots:
        results[shots], met = measure(shots, args.runs, framed, store)
        ok = ok and met
    growth(results, {"docx": "docx export", "docx floor": "docx floor", "xlsx": "xlsx export",
                     "xlsx floor": "xlsx floor", "pdf": "pdf export"}, unit="s")  # fmt: skip
    print(f"{args.runs} runs per figure; load average (1/5/15 min): {' '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} cores")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

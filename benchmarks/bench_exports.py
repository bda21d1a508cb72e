"""Benchmark: Word and Excel exports of a 200-shot project against the floor (floor_exports.py).

The project's frames are 1080x1920 photos drawn by Pillow (gradients, shapes, blur and
grain, so JPEG cannot squeeze them like flat colour) and imported like a user's images,
which makes the print and thumbnail renditions. Each export and its floor run 5 times,
interleaved; the script prints medians, ratios and file sizes.

    python benchmarks/bench_exports.py [--shots 200] [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from benchmarks.floor_exports import floor_docx, floor_xlsx
from studio.exports.docx_export import export_docx
from studio.exports.xlsx_export import export_xlsx
from studio.media.images import import_image
from studio.models.entities import Alternative, Beat, Frame, Project, Script, Shot, Variant
from studio.models.enums import BeatKind, CameraMove, ShotSize
from studio.models.timeline import cut, format_timecode
from studio.models.vocab import label

W, H = 1080, 1920
MAX_BYTES = 10 * 1024 * 1024


def photo(rnd: random.Random, grain: Image.Image) -> bytes:
    """A photo-like 1080x1920 JPEG: soft shapes at low resolution, scaled up, plus shifted grain."""
    small = Image.new("RGB", (W // 4, H // 4), tuple(rnd.randrange(40, 220) for _ in range(3)))
    draw = ImageDraw.Draw(small)
    for _ in range(18):
        x, y, r = rnd.randrange(W // 4), rnd.randrange(H // 4), rnd.randrange(10, 90)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=tuple(rnd.randrange(256) for _ in range(3)))
    for _ in range(6):
        draw.line([(rnd.randrange(W // 4), rnd.randrange(H // 4)) for _ in range(2)],
                  fill=tuple(rnd.randrange(256) for _ in range(3)), width=rnd.randrange(2, 8))  # fmt: skip
    big = small.filter(ImageFilter.GaussianBlur(2)).resize((W, H), Image.Resampling.BICUBIC)
    noisy = ImageChops.add(big, ImageChops.offset(grain, rnd.randrange(W), rnd.randrange(H)), 1.0, -24)
    out = io.BytesIO()
    noisy.save(out, "JPEG", quality=90)
    return out.getvalue()


_GRAIN: list[Image.Image] = []


def _frame(seed: int) -> tuple[str, bytes, bytes, bytes, int, int]:
    """One imported frame (hash, original, thumb, print, width, height); runs in a worker process."""
    if not _GRAIN:
        noise = random.Random(1)
        _GRAIN.append(Image.merge("RGB", [Image.effect_noise((W, H), 24 + noise.random()).point(lambda v: v // 5)
                                          for _ in range(3)]))  # fmt: skip
    image = import_image(photo(random.Random(seed), _GRAIN[0]), f"f{seed}.jpg")
    return image.hash, image.original, image.thumb, image.print, image.width, image.height


def build(shots: int) -> tuple[Project, Script, dict[str, dict[str, bytes]]]:
    """A project of ``shots`` shots in five beats, one variant, a distinct frame per shot."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor() as pool:
        frames = list(pool.map(_frame, range(shots), chunksize=8))
    project = Project(title="基准测试 200 镜", product="焕亮精华", language="zh")
    script = Script(title="基准")
    project.scripts.append(script)
    kinds = [BeatKind.HOOK, BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.PROOF, BeatKind.CTA]
    beats = [Beat(kind=k, alternatives=[Alternative(label="A")]) for k in kinds]
    script.beats.extend(beats)
    store: dict[str, dict[str, bytes]] = {}
    sizes, moves = list(ShotSize), list(CameraMove)
    for i, (digest, original, thumb, print_, width, height) in enumerate(frames):
        store[digest] = {"original": original, "thumb": thumb, "print": print_}
        project.frames[digest] = Frame(digest, f"f{i}.jpg", width, height, "JPEG")
        beat = beats[min(4, i * 5 // shots)]
        beat.alternatives[0].shots.append(
            Shot(
                code=f"S-{i + 1:03d}",
                duration_ds=10 + i % 30,
                shot_size=sizes[i % len(sizes)],
                camera_move=moves[i % len(moves)],
                visual=f"第{i + 1}镜：小雅在梳妆台前涂抹精华，镜头缓慢推近",
                voiceover="熬夜脸暗沉？这瓶帮你救回来" if i % 2 else "",
                onscreen_text="28天实拍对比",
                sound="鼓点",
                notes="注意反光",
                location=f"场景{i % 4}",
                talent="小雅",
                frame=digest,
            )
        )
    script.variants.append(Variant(name="基础版", is_base=True))
    return project, script, store


def floor_inputs(script: Script, store: dict, kind: str) -> tuple[list[list[str]], list[bytes]]:
    """The floor's rows (plain strings) and pictures (the renditions the export embeds)."""
    rows, pictures = [], []
    for t in cut(script, script.variants[0]):
        s = t.shot
        rows.append([s.code, "", f"{format_timecode(t.start_ds)}–{format_timecode(t.end_ds)}",
                     f"{label(s.shot_size)} {label(s.camera_move)}", s.visual, s.voiceover, s.onscreen_text,
                     s.sound, s.notes])  # fmt: skip
        pictures.append(store[s.frame][kind])
    return rows, pictures


def shoot_rows(script: Script) -> list[list[object]]:
    """The floor's shoot list: the same columns the studio writes, as plain values."""
    rows: list[list[object]] = []
    for i, (_, alt, s) in enumerate(script.iter_shots(), start=1):
        rows.append(["☐", i, s.code, "", alt.label, s.location, s.talent, label(s.shot_size), label(s.camera_move), "",
                     s.duration_ds / 10, s.visual, s.voiceover, s.onscreen_text, s.sound, s.props, s.notes, "●"])  # fmt: skip
    return rows


def main() -> int:
    """Run the benchmark and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    t0 = time.perf_counter()
    project, script, store = build(args.shots)
    print(f"built {args.shots} shots with 1080x1920 frames in {time.perf_counter() - t0:.1f} s")
    originals = sum(len(v["original"]) for v in store.values())
    print(
        f"originals: {originals / 1e6:.1f} MB, print renditions: {sum(len(v['print']) for v in store.values()) / 1e6:.1f} MB"
    )

    def media(digest: str, kind: str) -> bytes | None:
        return store.get(digest, {}).get(kind)

    docx_rows, docx_pics = floor_inputs(script, store, "print")
    xlsx_rows, xlsx_pics = floor_inputs(script, store, "thumb")
    shoot = shoot_rows(script)
    variants = script.variants
    jobs = {
        "docx": lambda p: export_docx(project, script, variants, media, p),
        "docx floor": lambda p: floor_docx(docx_rows, docx_pics, p),
        "xlsx": lambda p: export_xlsx(project, script, variants, media, p),
        "xlsx floor": lambda p: floor_xlsx(xlsx_rows, xlsx_pics, shoot, p, xlsx_pics),
    }
    times: dict[str, list[float]] = {k: [] for k in jobs}
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.runs):
            for name, job in jobs.items():
                path = Path(folder) / f"{name.replace(' ', '_')}_{run}.{name.split()[0]}"
                start = time.perf_counter()
                job(path)
                times[name].append(time.perf_counter() - start)
                sizes[name] = path.stat().st_size
    ok = True
    for fmt in ("docx", "xlsx"):
        ours, floor = statistics.median(times[fmt]), statistics.median(times[f"{fmt} floor"])
        ratio = ours / floor
        size_ok = sizes[fmt] <= MAX_BYTES
        ok = ok and ratio <= 1.5 and size_ok
        print(f"{fmt}: median {ours:.2f} s, floor {floor:.2f} s, ratio {ratio:.2f} (limit 1.5); "
              f"file {sizes[fmt] / 1e6:.1f} MB (limit 10 MiB), floor file {sizes[f'{fmt} floor'] / 1e6:.1f} MB"
              f"  {'OK' if ratio <= 1.5 and size_ok else 'OVER'}")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

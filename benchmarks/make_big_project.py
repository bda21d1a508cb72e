"""Generate the 1,000-shot, 300-frame benchmark project (frames are 1080x1920 PNGs drawn by Pillow).

Usage: python benchmarks/make_big_project.py OUT.studio [--shots 1000] [--frames 300]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageDraw, ImageFilter

from studio.media.images import ImportedImage, import_image, png_bytes
from studio.models.brief import Brief
from studio.models.codes import beat_prefix
from studio.models.entities import Alternative, Beat, Frame, Project, Script, Shot, Variant
from studio.models.enums import BeatKind, CameraMove, ShotSize, ShotTag, TestVariable
from studio.models.fields import ABSENT
from studio.models.records import Record
from studio.paths import RESOURCES
from studio.store.document import write_new_file

KINDS = [BeatKind.HOOK, BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.PROOF, BeatKind.CTA]


def frame_png(i: int, rng: random.Random) -> bytes:
    """A 1080x1920 still with a gradient and soft shapes (about 0.3 MB as PNG)."""
    base = Image.linear_gradient("L").resize((1080, 1920)).convert("RGB")
    tint = Image.new("RGB", base.size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    image = Image.blend(base, tint, 0.6)
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(1080), rng.randrange(1920)
        r = rng.randrange(40, 300)
        draw.ellipse(
            [x - r, y - r, x + r, y + r], fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256))
        )
    image = image.filter(ImageFilter.GaussianBlur(3))
    ImageDraw.Draw(image).text((60, 60), f"FRAME {i:03d}", fill=(255, 255, 255))
    return png_bytes(image)


#: Frames drawn in this process, by (seed, count), with the random state after them: the test suite builds
#: several projects of 20 frames from the same seed (the stall scenarios' 5,000 and 1,000 shots), and drawing,
#: blurring and importing them was ~9 of a 1,000-shot build's ~10 CPU s. Only small counts are kept (20
#: frames are ~10 MB); a benchmark's 300 are drawn each time and never held.
_DRAWN: dict[tuple[int, int], tuple[list[ImportedImage], object]] = {}
KEEP_FRAMES = 20


def _frames(count: int, rng: random.Random, seed: int) -> list[ImportedImage]:
    """The project's ``count`` frames, drawn with ``rng`` (left as drawing them leaves it)."""
    key = (seed, count)
    if key in _DRAWN:
        images, state = _DRAWN[key]
        rng.setstate(state)  # type: ignore[arg-type]
        return images
    images = [import_image(frame_png(i, rng), f"frame_{i:03d}.png") for i in range(count)]
    if count <= KEEP_FRAMES:
        _DRAWN[key] = (images, rng.getstate())
    return images


def sample_brief(lang: str) -> Brief:
    """The bundled sample's brief (personas, pains, selling points, offer, must-say and banned lines)."""
    data = json.loads((RESOURCES / "samples" / "serum.json").read_text(encoding="utf-8"))
    return Record(Brief).load(data["brief"][lang], ABSENT)


def build(shots: int, frames: int, seed: int = 7) -> tuple[Project, dict[str, dict[str, bytes]]]:
    """The benchmark document and its frame bytes."""
    rng = random.Random(seed)
    project = Project(title="Benchmark 1000", product="Serum", brand="Bench", language="zh")
    # A real project is written from a brief, and the guide checks every variant against it.
    project.brief = sample_brief("zh")
    script = Script(title="Long script")
    project.scripts.append(script)
    beats = []
    for n in range(20):
        beat = Beat(kind=KINDS[min(n * len(KINDS) // 20, len(KINDS) - 1)])
        beat.alternatives = [Alternative(label="A"), Alternative(label="B")]
        script.beats.append(beat)
        beats.append(beat)
    blobs: dict[str, dict[str, bytes]] = {}
    hashes = []
    for i, image in enumerate(_frames(frames, rng, seed)):
        blobs[image.hash] = {"original": image.original, "thumb": image.thumb, "print": image.print}
        project.frames[image.hash] = Frame(
            image.hash, f"frame_{i:03d}.png", image.width, image.height, image.format
        )
        hashes.append(image.hash)
    prefixes = {id(beat): beat_prefix(script, beat) for beat in beats}
    numbers: dict[str, int] = {}
    for i in range(shots):
        beat = beats[i * len(beats) // shots]
        alt = beat.alternatives[i % 2]
        shot = Shot(
            duration_ds=rng.randint(8, 40),
            shot_size=rng.choice(list(ShotSize)),
            camera_move=rng.choice(list(CameraMove)),
            visual=f"画面 {i}：产品在桌面上，光线从左侧打来",
            voiceover=f"第{i}句口播，熬夜党皮肤暗沉怎么办",
            onscreen_text=f"字幕 {i}",
            location=rng.choice(["卧室", "办公室", "摄影棚"]),
            talent=rng.choice(["小雅", "小美", "手模"]),
            tags=[rng.choice(list(ShotTag)).value],
            frame=hashes[i % len(hashes)] if hashes and i < frames else None,
        )
        alt.shots.append(shot)
        # What next_code gives a shot added at the end of its alternative, without reading every code of the
        # script for each new shot (quadratic: 12.5 million matches, ~5 of a 5,000-shot build's ~10 CPU s).
        stem = f"{prefixes[id(beat)]}-{alt.label}"
        numbers[stem] = numbers.get(stem, 0) + 1
        shot.code = f"{stem}-{numbers[stem]:02d}"
    script.variants.append(Variant(name="Base", is_base=True))
    for n in range(3):
        v = Variant(name=f"V{n + 2}", variable=TestVariable.HOOK)
        v.choices = {b.id: b.alternatives[(n + j) % 2].id for j, b in enumerate(beats)}
        script.variants.append(v)
    return project, blobs


def main() -> None:
    """Write the benchmark project."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out")
    parser.add_argument("--shots", type=int, default=1000)
    parser.add_argument("--frames", type=int, default=300)
    args = parser.parse_args()
    project, blobs = build(args.shots, args.frames)
    write_new_file(Path(args.out), project, blobs)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()

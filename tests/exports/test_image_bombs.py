"""Image bombs cost little: refused or decoded small from the header, in imports, exports, thumbnails and packs.

Each case runs in a child process of its own and reports how far its peak memory rose
(resource.getrusage), so one case's allocations never hide another's. Bounds are generous:
the code before this cost 0.9-1.3 GB a picture.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from studio.exports.common import FrameSource
from studio.exports.creator_brief import export_creator_brief
from studio.samples import sample_project
from studio.store.document import ProjectFile

HERE = Path(__file__).parent
MB = 1024 * 1024

CHILD = """
import json, resource, sys
sys.path.insert(0, {here!r})
from image_bombs import BOMBS
from studio.media.errors import ImageError
data = BOMBS[{kind!r}]()
import studio.media.images as images
from studio.ui.views.thumbs import decode
from studio.exports.common import FrameSource
from studio.models.entities import Shot
calls = {{
    "import": lambda: images.import_image(data, "bomb"),
    "print": lambda: images.decode_rgb(data, "bomb", images.PRINT_EDGE),
    "full": lambda: images.decode_rgb(data, "bomb"),
    "thumb": lambda: decode(data, 120),
    "thumb_full": lambda: decode(data, 0),
    "export": lambda: FrameSource(lambda h, k: data, "zh").get(Shot(frame="x"), "print").placeholder,
}}
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
report = {{}}
for name, call in calls.items():
    try:
        report[name] = repr(call())[:40]
    except ImageError as exc:
        report[name] = "refused: " + str(exc)
report["rise_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) // 1024
print(json.dumps(report))
"""


def _child(code: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("kind", ["png", "webp", "jpeg"])
def test_a_bomb_is_refused_or_decoded_small_everywhere(kind: str) -> None:
    report = _child(CHILD.format(here=str(HERE), kind=kind))
    assert report["rise_mb"] < 300, report
    # A full-size decode of 64-80 million pixels is refused from the header, before any decode.
    assert report["full"].startswith("refused") and report["thumb_full"] == "None", report
    if kind == "jpeg":  # decoded at an eighth of its size (what libjpeg makes of the missing rest): cheap
        assert "size=672" in report["print"] and report["import"].startswith("ImportedImage"), report
    else:
        assert report["export"] == "True", report  # refused: the export draws its placeholder
        assert report["import"].startswith("refused") and report["print"].startswith("refused"), report
    print(kind, report["rise_mb"], "MB")


def _bomb_project(path: Path, bombs: list[bytes]) -> Path:
    """The sample project with its first frames' every rendition replaced by ``bombs``."""
    project, blobs = sample_project("zh", frame_edge=120)
    ProjectFile.create(path, project, blobs).close()
    with sqlite3.connect(path) as conn:
        digests = [r[0] for r in conn.execute("SELECT hash FROM frame ORDER BY hash")]
        for digest, data in zip(digests, bombs, strict=False):
            conn.execute("UPDATE frame_blob SET data = ? WHERE hash = ?", (data, digest))
    conn.close()
    return path


PACK_CHILD = """
import json, os, resource, sys
sys.path.insert(0, {here!r})
os.cpu_count = lambda: 64  # a many-core machine: workers must follow memory, not cores
import studio.media.decode as decode
decode.available_memory = lambda: 1024 ** 3
from studio.cli import main
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
code = main(["pack", {source!r}, "--all", "-o", {out!r}])
print(json.dumps({{"code": code, "rise_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) // 1024}}))
"""


@pytest.mark.slow  # a whole pack of three 45-million-pixel pictures in a child process: 11 CPU s
def test_a_pack_of_bombs_and_big_pictures_stays_within_memory(tmp_path: Path) -> None:
    from image_bombs import BOMBS, png_bomb

    # Three bombs, and three big pictures that are allowed (45 million RGBA pixels, 180 MB decoded each):
    # decoded one at a time by the memory budget, whatever the 64 "cores" would allow.
    big = png_bomb(5000, 9000)
    source = _bomb_project(tmp_path / "bombs.studio", [f() for f in BOMBS.values()] + [big] * 3)
    report = _child(PACK_CHILD.format(here=str(HERE), source=str(source), out=str(tmp_path / "packs")))
    assert report["code"] == 0
    assert report["rise_mb"] < 900, report
    assert len(list((tmp_path / "packs").iterdir())) == 4
    print("pack", report["rise_mb"], "MB")


sys.path.insert(0, str(HERE))


def test_a_bad_stored_picture_is_a_placeholder_in_the_creator_brief(tmp_path: Path) -> None:
    project, blobs = sample_project("en", frame_edge=120)
    for kinds in blobs.values():  # garbage where Word wanted a picture: UnrecognizedImageError before
        for kind in kinds:
            kinds[kind] = b"\xff\xd8\xff\xe0 not a jpeg at all"
    media = lambda digest, kind: blobs.get(digest, {}).get(kind)  # noqa: E731
    script = project.scripts[0]
    for suffix in (".docx", ".pdf", ".png"):
        out = export_creator_brief(project, script, [], media, tmp_path / f"brief{suffix}", "en")
        assert Path(out).stat().st_size > 1000
    import docx

    doc = docx.Document(str(tmp_path / "brief.docx"))
    pictures = [r for r in doc.part.related_parts.values() if "image" in r.content_type]
    placeholder = FrameSource(None, "en").placeholder().data
    assert pictures and all(p.blob == placeholder for p in pictures)
    from PIL import Image

    with Image.open(io.BytesIO((tmp_path / "brief.png").read_bytes())) as im:
        assert im.width == 1080

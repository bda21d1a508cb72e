"""Small builders shared by the export tests (not a conftest, so other suites in this folder are unaffected)."""

from __future__ import annotations

import io

from PIL import Image

from studio.models.entities import Alternative, Beat, Frame, Project, Script, Shot, Variant
from studio.models.enums import BeatKind, CameraMove, ShotSize


def jpeg(width: int = 90, height: int = 160, colour: tuple[int, int, int] = (200, 80, 40)) -> bytes:
    """A small JPEG picture."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG")
    return out.getvalue()


def tiny_project(texts: dict[str, str] | None = None, frame: bool = True,
                 shots: int = 2) -> tuple[Project, Script, dict[str, dict[str, bytes]]]:  # fmt: skip
    """A one-beat project whose first shot carries ``texts``; frames kept in a dict store."""
    project = Project(title="测试项目", product="精华", language="zh")
    script = Script(title="脚本")
    project.scripts.append(script)
    beat = Beat(kind=BeatKind.HOOK)
    alt = Alternative(label="A")
    beat.alternatives.append(alt)
    script.beats.append(beat)
    store: dict[str, dict[str, bytes]] = {}
    for i in range(shots):
        shot = Shot(code=f"H-A-{i + 1:02d}", duration_ds=15 + i, shot_size=ShotSize.CLOSE_UP,
                    camera_move=CameraMove.PUSH, visual=f"画面{i}", voiceover=f"口播{i}")  # fmt: skip
        alt.shots.append(shot)
        if frame:
            data = jpeg(colour=(40 * i % 255, 90, 160))
            digest = f"hash{i}"
            store[digest] = {"original": data, "thumb": data, "print": data}
            project.frames[digest] = Frame(digest, f"{i}.jpg", 90, 160, "JPEG")
            shot.frame = digest
    for name, value in (texts or {}).items():
        setattr(alt.shots[0], name, value)
    script.variants.append(Variant(name="基础版", is_base=True))
    return project, script, store


def media_of(store: dict[str, dict[str, bytes]]):
    """A media callable over a dict store, like ProjectFile.frame_bytes."""

    def media(digest: str, kind: str) -> bytes | None:
        return store.get(digest, {}).get(kind)

    return media

"""The pack's manifest.json and the editor's README, in the project's language."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from studio.exports.clipspec import ClipSpec, start_timecode
from studio.exports.common import plain_text
from studio.models.entities import Project, Script, Variant, now_iso
from studio.models.rates import FrameRate
from studio.models.text import clean_text
from studio.models.vocab import label
from studio.wording import say_in

MANIFEST_NAME = "manifest.json"
README_NAME = "README.txt"
MANIFEST_FORMAT = "studio-variant-pack"
MANIFEST_VERSION = 1


def sha256_file(path: Path) -> str:
    """SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def rate_number(rate: FrameRate) -> int | float:
    """25 for whole rates, 29.97 for NTSC ones: the number an editor types."""
    return rate.num if rate.den == 1 else round(rate.value, 3)


def manifest_dict(
    project: Project,
    script: Script,
    variant: Variant,
    fps: FrameRate,
    size: tuple[int, int],
    clips: list[ClipSpec],
    files: dict[str, str],
    snapshot: str | None,
    placeholders: set[str],
    media_root: str = "",
) -> dict[str, Any]:
    """Everything an editor's tools need to check the pack: cut, rate, files and their hashes."""
    lang = project.language
    return {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "created": now_iso(),
        "project": {
            "id": project.id,
            "title": clean_text(project.title),
            "product": clean_text(project.product),
            "language": lang,
        },
        "script": {"id": script.id, "title": clean_text(script.title)},
        "variant": {"id": variant.id, "name": clean_text(variant.name), "is_base": variant.is_base},
        "variable": {"key": variant.variable.value, "label": label(variant.variable, lang)},
        "hypothesis": variant.hypothesis,
        "snapshot": snapshot,
        "modified": project.modified,
        "platform": project.platform,
        "frame_rate": rate_number(fps),
        "frame_rate_exact": f"{fps.num}/{fps.den}",
        "drop_frame": fps.drop_frame,
        "resolution": list(size),
        "start_timecode": start_timecode(fps),
        "media_root": media_root,
        "total_frames": sum(c.frames for c in clips),
        "shots": [
            {
                "index": i + 1,
                "code": c.code,
                "beat": c.beat_kind.value,
                "start_frame": c.start_frame,
                "frames": c.frames,
                "duration_s": round(float(fps.seconds(c.frames)), 3),
                "still": c.still,
                "placeholder": c.still in placeholders,
            }
            for i, c in enumerate(clips)
        ],
        "files": dict(sorted(files.items())),
    }


def manifest_bytes(data: dict[str, Any]) -> bytes:
    """The manifest as pretty UTF-8 JSON (Chinese kept readable)."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def readme_text(project: Project, variant: Variant, fps: FrameRate, size: tuple[int, int], clips: list[ClipSpec],
                where: str) -> str:  # fmt: skip
    """The editor's README in the project's language; ``where`` is the folder the XML timelines name."""
    lang = "zh" if project.language == "zh" else "en"
    frames = sum(c.frames for c in clips)
    df = say_in(lang, "pack.drop_frame") if fps.drop_frame else ""
    return say_in(
        lang,
        "pack.readme",
        project=plain_text(project.title),
        variant=plain_text(variant.name),
        variable=label(variant.variable, lang),
        fps=fps.label,
        df=df,
        width=size[0],
        height=size[1],
        tc=start_timecode(fps),
        seconds=float(fps.seconds(frames)),
        count=len(clips),
        where=plain_text(where),
    )

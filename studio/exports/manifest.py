"""The pack's manifest.json and the editor's README, in the project's language."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from studio.exports.common import plain_text
from studio.exports.timelines import START_SECONDS, ClipSpec
from studio.models.entities import Project, Script, Variant, now_iso
from studio.models.text import clean_text
from studio.models.vocab import label

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


def start_timecode(fps: int) -> str:
    """The record timecode of the first frame (01:00:00:00)."""
    hours = START_SECONDS // 3600
    return f"{hours:02d}:00:00:00"


def manifest_dict(
    project: Project,
    script: Script,
    variant: Variant,
    fps: int,
    size: tuple[int, int],
    clips: list[ClipSpec],
    files: dict[str, str],
    snapshot: str | None,
    placeholders: set[str],
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
        "frame_rate": fps,
        "resolution": list(size),
        "start_timecode": start_timecode(fps),
        "total_frames": sum(c.frames for c in clips),
        "shots": [
            {
                "index": i + 1,
                "code": c.code,
                "beat": c.beat_kind.value,
                "start_frame": c.start_frame,
                "frames": c.frames,
                "duration_s": round(c.frames / fps, 3),
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


_README = {
    "en": """Variant pack: {project} / {variant}
Variable under test: {variable}
Frame rate: {fps} fps, {width}x{height}, timelines start at {tc}. Length: {seconds:.1f} s, {count} shots.

What is here
- storyboard.docx, shotlist.xlsx and script.docx (the read-through script): the cut shot by shot.
- frames/: one still per shot, named <variant>_<shot code>.png; drop footage over them.
  Stills marked "placeholder" in manifest.json had no frame yet.
- captions.srt: voice-over and on-screen text, timed to this cut (frame-exact).
- timeline.otio (OpenTimelineIO, relative paths), timeline.edl (CMX 3600, reels = shot codes),
  timeline.xml (Final Cut Pro 7 XML: Premiere Pro, DaVinci Resolve), timeline.fcpxml (Final Cut Pro).
  Each beat starts with a marker. Every clip carries its voice-over and on-screen text:
  "* VO:" and "* COMMENT:" lines in the EDL (UTF-8), the clip's comments in the FCP7 XML
  (Master Comment 1 = voice-over, 2 = on-screen text), a note in the FCPXML, metadata in the OTIO.
- manifest.json: the ordered shot list with durations, and a SHA-256 hash of every file.

Importing
- Premiere Pro: File > Import > timeline.xml.  Resolve: File > Import > Timeline > timeline.xml.
  Final Cut Pro: File > Import > XML > timeline.fcpxml.
- The XML files point to the stills by absolute path, where this folder was written. If you moved
  or unzipped the folder elsewhere, relink to the frames/ folder; all stills are found by name.
""",
    "zh": """版本素材包：{project} / {variant}
测试变量：{variable}
帧率：{fps} fps，{width}x{height}，时间线起始时码 {tc}。时长 {seconds:.1f} 秒，共 {count} 个镜头。

包内文件
- storyboard.docx、shotlist.xlsx 和 script.docx（口播稿）：逐镜头的剪辑依据。
- frames/：每个镜头一张静帧，命名为 <版本>_<镜号>.png，剪辑时用实拍素材替换。
  manifest.json 中标记为 placeholder 的静帧表示该镜头还没有分镜图。
- captions.srt：口播与字幕，按本版本剪辑精确到帧。
- timeline.otio（OpenTimelineIO，相对路径）、timeline.edl（CMX 3600，卷名为镜号）、
  timeline.xml（Final Cut Pro 7 XML，可导入 Premiere Pro、DaVinci Resolve）、timeline.fcpxml（Final Cut Pro）。
  每个段落开头有标记点。每个片段都带有口播和字幕：EDL 中的“* VO:”和“* COMMENT:”行（UTF-8），
  FCP7 XML 的片段注释（Master Comment 1 为口播，2 为字幕），FCPXML 的片段备注（note），OTIO 的元数据。
- manifest.json：按顺序的镜头清单、时长，以及每个文件的 SHA-256 校验值。

导入方法
- Premiere Pro：文件 > 导入 > timeline.xml。Resolve：文件 > 导入 > 时间线 > timeline.xml。
  Final Cut Pro：文件 > 导入 > XML > timeline.fcpxml。
- XML 文件按绝对路径引用静帧（即素材包生成时的位置）。如果移动或在别处解压了文件夹，
  请在软件中重新链接到 frames/ 文件夹，所有静帧可按文件名自动找到。
""",
}


def readme_text(
    project: Project, variant: Variant, fps: int, size: tuple[int, int], clips: list[ClipSpec]
) -> str:
    """The editor's README in the project's language."""
    lang = "zh" if project.language == "zh" else "en"
    frames = sum(c.frames for c in clips)
    return _README[lang].format(
        project=plain_text(project.title),
        variant=plain_text(variant.name),
        variable=label(variant.variable, lang),
        fps=fps,
        width=size[0],
        height=size[1],
        tc=start_timecode(fps),
        seconds=frames / fps,
        count=len(clips),
    )

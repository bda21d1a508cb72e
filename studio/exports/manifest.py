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


_README = {
    "en": """Variant pack: {project} / {variant}
Variable under test: {variable}
Frame rate: {fps} fps{df}, {width}x{height}, timelines start at {tc}. Length: {seconds:.2f} s, {count} shots.

What is here
- storyboard.docx, shotlist.xlsx and script.docx (the read-through script): the cut shot by shot.
- frames/: one still per shot, named <order>_<shot code>.png; drop footage over them.
  Stills marked "placeholder" in manifest.json had no frame yet.
- captions.srt: the voice-over as subtitles; onscreen_text.srt: the on-screen text (titles), apart.
  A cue per sentence or clause, at most two lines of about 16 Chinese or 42 Latin characters,
  timed in proportion within its shot (at least 1 s when the shot allows), never across a cut;
  frame-exact, UTF-8. animatic.mp4 (when asked for) shows the same cues.
- timeline.xml (Final Cut Pro 7 XML: Premiere Pro, DaVinci Resolve), timeline.fcpxml (Final Cut Pro),
  timeline.edl (CMX 3600, reels = shot codes), timeline.otio (OpenTimelineIO, relative paths).
  Each beat has a marker. Every clip carries its voice-over and on-screen text:
  "* VO:" and "* COMMENT:" lines in the EDL (UTF-8), the clip's comments in the FCP7 XML
  (Master Comment 1 = voice-over, 2 = on-screen text), a note in the FCPXML, metadata in the OTIO.
- relink.command, relink.bat, relink.ps1: point the two XML timelines at this folder's frames/.
- manifest.json: the ordered shot list with durations, and a SHA-256 hash of every file.

Opening the timeline: first unzip the whole folder, then follow your program.
The XML timelines point at {where}.
If this folder is somewhere else now, do step 1 once; otherwise skip it.
1. Relink (one double-click): macOS: relink.command (the first time: right-click > Open).
   Windows: relink.bat. Linux: sh relink.command. It rewrites timeline.xml and timeline.fcpxml
   to this folder (their hashes in manifest.json are then those of the pack as written).
2. Premiere Pro: File > Import > timeline.xml.
   Without step 1: in the Link Media dialog click Locate, open frames/ and pick the first still;
   "Relink others automatically" brings every clip online.
   DaVinci Resolve: File > Import > Timeline > timeline.xml (keep "Automatically import source
   clips into media pool" on). Without step 1: when Resolve asks for the media, choose frames/.
   Final Cut Pro: File > Import > XML > timeline.fcpxml.
   Without step 1: select the project, File > Relink Files > Locate All, and choose frames/.
   Any other editor: import timeline.edl or timeline.otio and point it at frames/.
3. Captions: Premiere Pro: File > Import > captions.srt, then drag it onto the sequence (a caption track).
   DaVinci Resolve: File > Import > Subtitle, then drag it onto the timeline (a subtitle track).
   Final Cut Pro: File > Import > Captions, choose captions.srt (SRT captions role).
   Import onscreen_text.srt the same way as a second track.
4. 剪映 / CapCut desktop: do not count on it opening these XML/EDL timelines. Import frames/ (the names sort in
   shot order) or animatic.mp4 as a guide, then import captions.srt as subtitles in the Text panel
   (SRT is what 剪映专业版 takes; see the note below). Set each still's length from manifest.json.
   What was checked: users of 剪映专业版 describe importing SRT subtitles by hand (pyJianYingDraft
   issues #64 and #148); 剪映 was not available to try, and no vendor page was found.
""",
    "zh": """版本素材包：{project} / {variant}
测试变量：{variable}
帧率：{fps} fps{df}，{width}x{height}，时间线起始时码 {tc}。时长 {seconds:.2f} 秒，共 {count} 个镜头。

包内文件
- storyboard.docx、shotlist.xlsx 和 script.docx（口播稿）：逐镜头的剪辑依据。
- frames/：每个镜头一张静帧，命名为 <序号>_<镜号>.png，剪辑时用实拍素材替换。
  manifest.json 中标记为 placeholder 的静帧表示该镜头还没有分镜图。
- captions.srt：口播字幕；onscreen_text.srt：画面文字（花字/标题），两者分开。
  每句或每个分句一条，每条最多两行、每行约 16 个汉字或 42 个拉丁字符，
  在所属镜头内按字数分配时长（镜头够长时每条至少 1 秒），不跨剪辑点；精确到帧，UTF-8 编码。
  animatic.mp4（如已生成）烧录的是同样的字幕条。
- timeline.xml（Final Cut Pro 7 XML，可导入 Premiere Pro、DaVinci Resolve）、timeline.fcpxml（Final Cut Pro）、
  timeline.edl（CMX 3600，卷名为镜号）、timeline.otio（OpenTimelineIO，相对路径）。
  每个段落有标记点。每个片段都带有口播和字幕：EDL 中的“* VO:”和“* COMMENT:”行（UTF-8），
  FCP7 XML 的片段注释（Master Comment 1 为口播，2 为字幕），FCPXML 的片段备注（note），OTIO 的元数据。
- relink.command、relink.bat、relink.ps1：让两个 XML 时间线指向本文件夹的 frames/。
- manifest.json：按顺序的镜头清单、时长，以及每个文件的 SHA-256 校验值。

打开时间线：先把整个文件夹解压出来，再按所用软件操作。
XML 时间线中的素材路径指向 {where}。
如果本文件夹现在不在那里，请先做一次第 1 步；否则跳过。
1. 重新链接（双击一次）：macOS 双击 relink.command（第一次请右键 > 打开）；
   Windows 双击 relink.bat；Linux 运行 sh relink.command。它会把 timeline.xml 和 timeline.fcpxml
   改为指向本文件夹（之后 manifest.json 中这两个文件的校验值是打包时的值）。
2. Premiere Pro：文件 > 导入 > timeline.xml。
   未做第 1 步时：在“链接媒体”对话框中点“查找”，打开 frames/ 选第一张静帧，
   勾选“自动重新链接其他媒体”，所有片段即可上线。
   DaVinci Resolve：文件 > 导入 > 时间线 > timeline.xml（保持勾选“自动将源片段导入媒体池”）。
   未做第 1 步时：Resolve 询问素材位置时选择 frames/。
   Final Cut Pro：文件 > 导入 > XML > timeline.fcpxml。
   未做第 1 步时：选中项目，文件 > 重新链接文件 > 全部查找，选择 frames/。
   其他剪辑软件：导入 timeline.edl 或 timeline.otio，并指向 frames/。
3. 字幕：Premiere Pro：文件 > 导入 > captions.srt，再拖到序列上（生成字幕轨）。
   DaVinci Resolve：文件 > 导入 > 字幕，再拖到时间线上（生成字幕轨）。
   Final Cut Pro：文件 > 导入 > 字幕，选择 captions.srt（SRT 字幕角色）。
   onscreen_text.srt 用同样方法作为第二条轨道导入。
4. 剪映专业版 / CapCut 电脑版：不要指望它能打开这些 XML/EDL 时间线。请导入 frames/（文件名按镜头顺序排列）
   或 animatic.mp4 作参考，再在“文本”面板把 captions.srt 作为字幕导入（剪映专业版可导入 SRT，
   见下方说明）。每张静帧的时长见 manifest.json。
   核对情况：剪映专业版用户描述过手动导入 SRT 字幕（pyJianYingDraft 的 issue #64、#148）；
   本机没有剪映可实测，也未找到官方说明页面。
""",
}


def readme_text(project: Project, variant: Variant, fps: FrameRate, size: tuple[int, int], clips: list[ClipSpec],
                where: str) -> str:  # fmt: skip
    """The editor's README in the project's language; ``where`` is the folder the XML timelines name."""
    lang = "zh" if project.language == "zh" else "en"
    frames = sum(c.frames for c in clips)
    df = ("，丢帧时码" if lang == "zh" else ", drop-frame timecode") if fps.drop_frame else ""
    return _README[lang].format(
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

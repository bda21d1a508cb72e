"""Editing timelines for a variant's cut, written with OpenTimelineIO and its adapters.

One video track, one clip per shot referencing the shot's still, durations at the pack's
frame rate, a marker where each beat starts, the voice-over and texts in clip metadata.

What each format needs, and what the adapters do:

- ``.otio`` keeps media URLs relative to the pack folder (``frames/<name>.png``), so the
  folder can be moved or unzipped anywhere.
- ``.xml`` (Final Cut Pro 7 XML, imported by Premiere Pro and DaVinci Resolve) and
  ``.fcpxml`` need absolute ``file://`` URLs; they point to the pack's final folder. After a
  move, the NLE's relink dialog finds every still by name in ``frames/``.
- ``.edl`` (CMX 3600) has no paths: reels are limited to 8 characters (we set a unique
  reel per shot), the still's file name goes into a comment, and Gap items are dropped by
  the writer, which is why a leading one-hour gap is used to start the record timecode
  at 01:00:00:00 — the same start the other timelines carry as their global start time.

The voice-over and the on-screen text travel with each clip where the format has room:
``* VO:`` and ``* COMMENT:`` lines under the EDL event (the adapter writes a clip's
``cmx_3600.comments`` verbatim and reads unknown comments back into them; one line each,
newlines folded to spaces), ``<comments><mastercomment1>`` (voice-over) and
``<mastercomment2>`` (on-screen text) in the FCP7 clip item, which Premiere shows as the
clip's comments, and a ``<note>`` on each FCPXML spine clip, added after the adapter wrote
the file because it only writes notes on browser clips.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import opentimelineio as otio

from studio.models.enums import BeatKind

log = logging.getLogger(__name__)

#: Record timecode of the first frame, in seconds (01:00:00:00, the broadcast convention).
START_SECONDS = 3600

#: Adapter names and file extensions, in the order the pack writes them.
FORMATS: tuple[tuple[str, str], ...] = (
    ("otio_json", "otio"),
    ("cmx_3600", "edl"),
    ("fcp_xml", "xml"),
    ("fcpx_xml", "fcpxml"),
)

_MARKER_COLOR = {
    BeatKind.HOOK: otio.schema.MarkerColor.RED,
    BeatKind.PAIN: otio.schema.MarkerColor.PURPLE,
    BeatKind.SOLUTION: otio.schema.MarkerColor.BLUE,
    BeatKind.PROOF: otio.schema.MarkerColor.GREEN,
    BeatKind.CTA: otio.schema.MarkerColor.ORANGE,
    BeatKind.CUSTOM: otio.schema.MarkerColor.YELLOW,
}


@dataclass(frozen=True)
class ClipSpec:
    """One shot as the timelines place it."""

    code: str
    #: Path of the still inside the pack folder, with forward slashes.
    still: str
    start_frame: int
    frames: int
    beat_kind: BeatKind
    #: Beat name shown on the marker, set only on the first clip of a beat.
    marker: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


def _rt(frames: int, fps: int) -> otio.opentime.RationalTime:
    return otio.opentime.RationalTime(frames, fps)


def _reels(codes: list[str]) -> list[str]:
    """Unique reel names of at most 8 ASCII letters and digits, one per clip."""
    reels: list[str] = []
    for i, code in enumerate(codes, start=1):
        reel = re.sub(r"[^A-Za-z0-9]", "", code)[:8]
        if not reel or reel in reels:
            reel = f"R{i:03d}"
        reels.append(reel)
    return reels


def build_timeline(
    name: str,
    clips: list[ClipSpec],
    fps: int,
    url_for: Callable[[ClipSpec], str],
    ascii_markers: bool = False,
) -> otio.schema.Timeline:
    """An OTIO timeline of the clips, each referencing its still through ``url_for``."""
    timeline = otio.schema.Timeline(name=name)
    timeline.global_start_time = _rt(START_SECONDS * fps, fps)
    track = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
    timeline.tracks.append(track)
    for spec, reel in zip(clips, _reels([c.code for c in clips]), strict=True):
        whole = otio.opentime.TimeRange(_rt(0, fps), _rt(spec.frames, fps))
        ref = otio.schema.ExternalReference(target_url=url_for(spec), available_range=whole)
        clip = otio.schema.Clip(name=spec.code, media_reference=ref, source_range=whole)
        clip.metadata["studio"] = dict(spec.metadata)
        clip.metadata["cmx_3600"] = {"reel": reel}
        if spec.marker is not None:
            label = spec.beat_kind.value.upper() if ascii_markers else spec.marker
            clip.markers.append(
                otio.schema.Marker(
                    name=label,
                    marked_range=otio.opentime.TimeRange(_rt(0, fps), _rt(0, fps)),
                    color=_MARKER_COLOR[spec.beat_kind],
                    metadata={"studio": {"beat": spec.beat_kind.value}},
                )
            )
        track.append(clip)
    return timeline


#: EDL comment tags for the voice-over and the on-screen text.
EDL_TAGS = (("VO", "voiceover"), ("COMMENT", "onscreen_text"))
#: FCP7 comment fields for the same two texts.
FCP7_FIELDS = (("mastercomment1", "voiceover"), ("mastercomment2", "onscreen_text"))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _with_edl_comments(timeline: otio.schema.Timeline) -> otio.schema.Timeline:
    for clip in timeline.find_clips():
        studio = clip.metadata.get("studio", {})
        lines = [
            f"{tag}: {_one_line(studio.get(key, ''))}" for tag, key in EDL_TAGS if studio.get(key, "").strip()
        ]
        if lines:
            clip.metadata["cmx_3600"] = {**dict(clip.metadata.get("cmx_3600", {})), "comments": lines}
    return timeline


def _with_fcp7_comments(timeline: otio.schema.Timeline) -> otio.schema.Timeline:
    for clip in timeline.find_clips():
        studio = clip.metadata.get("studio", {})
        comments = {tag: studio[key] for tag, key in FCP7_FIELDS if studio.get(key, "").strip()}
        if comments:
            clip.metadata["fcp_xml"] = {"comments": comments}
    return timeline


def note_text(metadata: dict[str, str]) -> str:
    """The FCPXML note of a clip: 'VO: …' and 'TEXT: …' lines."""
    parts = [f"VO: {metadata['voiceover']}" if metadata.get("voiceover", "").strip() else "",
             f"TEXT: {metadata['onscreen_text']}" if metadata.get("onscreen_text", "").strip() else ""]  # fmt: skip
    return "\n".join(p for p in parts if p)


def _add_fcpx_notes(root: ET.Element, clips: list[ClipSpec]) -> None:
    """A <note> first in every spine clip (the DTD puts it before the timing and the media)."""
    spine_clips = [
        el for spine in root.iter("spine") for el in spine if el.tag in ("clip", "asset-clip", "video")
    ]
    if len(spine_clips) != len(clips):
        log.warning("FCPXML has %d spine clips for %d shots; notes left out", len(spine_clips), len(clips))
        return
    for element, spec in zip(spine_clips, clips, strict=True):
        text = note_text(spec.metadata)
        if text:
            note = ET.Element("note")
            note.text = text
            note.tail = element.text  # keep the indentation the adapter wrote
            element.insert(0, note)


def _edl_copy(timeline: otio.schema.Timeline, fps: int) -> otio.schema.Timeline:
    """The timeline with a leading one-hour gap so the EDL's record timecode starts at 01:00:00:00."""
    copy = timeline.deepcopy()
    track = copy.tracks[0]
    track.insert(
        0, otio.schema.Gap(source_range=otio.opentime.TimeRange(_rt(0, fps), _rt(START_SECONDS * fps, fps)))
    )
    return copy


def _ascii_title(text: str) -> str:
    """EDL titles are read as ASCII by many tools; keep what survives, else a generic title."""
    if re.search(r"[^ -~]", text):
        return "STUDIO PACK"
    return text.strip() or "STUDIO PACK"


def _size_fcp7(xml: str, width: int, height: int, fps: int) -> str:
    """Fill the sequence's empty <format> so Premiere and Resolve open a vertical sequence."""
    root = ET.fromstring(xml)
    for fmt in root.iter("format"):
        if len(fmt):
            continue
        chars = ET.SubElement(fmt, "samplecharacteristics")
        rate = ET.SubElement(chars, "rate")
        ET.SubElement(rate, "timebase").text = str(fps)
        ET.SubElement(rate, "ntsc").text = "FALSE"
        ET.SubElement(chars, "width").text = str(width)
        ET.SubElement(chars, "height").text = str(height)
        ET.SubElement(chars, "pixelaspectratio").text = "square"
        ET.SubElement(chars, "anamorphic").text = "FALSE"
        ET.SubElement(chars, "fielddominance").text = "none"
    return '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE xmeml>\n' + ET.tostring(
        root, encoding="unicode"
    )


def _size_fcpx(xml: str, width: int, height: int, clips: list[ClipSpec]) -> str:
    """Give FCPXML formats a frame size (the adapter leaves it empty without ffprobe) and clip notes."""
    head, sep, body = xml.partition("<fcpxml")
    root = ET.fromstring(sep + body)
    for fmt in root.iter("format"):
        fmt.set("width", str(width))
        fmt.set("height", str(height))
    _add_fcpx_notes(root, clips)
    doctype = head if "DOCTYPE" in head else '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE fcpxml>\n'
    return doctype.rstrip() + "\n" + ET.tostring(root, encoding="unicode")


def timeline_texts(
    name: str, clips: list[ClipSpec], fps: int, size: tuple[int, int], final_folder: Path
) -> dict[str, str]:
    """Every timeline format as text, keyed by file extension.

    ``final_folder`` is where the pack folder will live after its atomic rename: the
    absolute URLs of the XML formats point there.
    """
    width, height = size
    folder = final_folder.resolve()

    def relative(spec: ClipSpec) -> str:
        return spec.still

    def fcp7_url(spec: ClipSpec) -> str:
        # Final Cut Pro 7 wrote file://localhost/...; Premiere and Resolve expect that form.
        return "file://localhost" + (folder / spec.still).as_uri()[len("file://") :]

    def fcpx_url(spec: ClipSpec) -> str:
        return (folder / spec.still).as_uri()

    out: dict[str, str] = {}
    out["otio"] = otio.adapters.write_to_string(build_timeline(name, clips, fps, relative), "otio_json")
    edl_tl = _edl_copy(
        _with_edl_comments(build_timeline(_ascii_title(name), clips, fps, relative, ascii_markers=True)), fps
    )
    out["edl"] = otio.adapters.write_to_string(edl_tl, "cmx_3600", rate=fps, reelname_len=8)
    fcp7 = otio.adapters.write_to_string(
        _with_fcp7_comments(build_timeline(name, clips, fps, fcp7_url)), "fcp_xml"
    )
    out["xml"] = _size_fcp7(fcp7, width, height, fps)
    fcpx = otio.adapters.write_to_string(build_timeline(name, clips, fps, fcpx_url), "fcpx_xml")
    out["fcpxml"] = _size_fcpx(fcpx, width, height, clips)
    return out


def read_back(path: Path, fps: int) -> otio.schema.Timeline:
    """Re-read a written timeline with OpenTimelineIO (for checks and tests)."""
    suffix = path.suffix.lower().lstrip(".")
    adapter = {ext: name for name, ext in FORMATS}[suffix]
    text = path.read_text("utf-8")
    if adapter == "cmx_3600":
        return otio.adapters.read_from_string(text, adapter, rate=fps)
    return otio.adapters.read_from_string(text, adapter)

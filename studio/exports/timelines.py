"""Editing timelines for a variant's cut: OTIO, CMX 3600 EDL and Final Cut Pro 7 XML (FCPXML: fcpxml.py).

One video track, one clip per shot referencing the shot's still, durations at the pack's
frame rate (whole or NTSC), a marker where each beat starts, the voice-over and texts with
each clip.

What each format needs, and what the adapters do:

- ``.otio`` keeps media URLs relative to the pack folder (``frames/<name>.png``), so the
  folder can be moved or unzipped anywhere.
- ``.xml`` (Final Cut Pro 7 XML, imported by Premiere Pro and DaVinci Resolve) carries
  absolute ``file://localhost/…`` URLs (media_urls.py says why and for which folder); the
  pack's relink script rewrites them. After writing, the adapter's output is corrected
  where Premiere and Resolve read it differently from FCP7: the file's ``<name>`` is the
  plain file name (the adapter copies the percent-encoded URL tail), a clip item has one
  ``<rate>``, a still's ``<file>`` declares video with its frame size and no audio, and each
  beat is a sequence marker spanning the beat (``in`` to ``out``) instead of a zero-length
  clip marker.
- ``.edl`` (CMX 3600) has no paths: reels are limited to 8 characters (we set a unique
  reel per shot), the still's file name goes into a comment, and Gap items are dropped by
  the writer, which is why a leading one-hour gap is used to start the record timecode
  at 01:00:00:00 — the same start the other timelines carry. At 29.97 and 59.94 the
  timecode is drop-frame (``;`` before the frames) and the header says ``FCM: DROP FRAME``;
  beat locators (``* LOC:``) keep colons, which every EDL reader matches (see ``_counted``).
- Stills are declared at their own pixel size; one that is not the sequence's size gets a
  scale-to-fit (a Basic Motion scale in FCP7 XML, ``adjust-conform type="fit"`` in FCPXML),
  and every timecode string matches its frame count in the rate's own (drop-frame) timecode.

The voice-over and the on-screen text travel with each clip where the format has room:
``* VO:`` and ``* COMMENT:`` lines under the EDL event (the adapter writes a clip's
``cmx_3600.comments`` verbatim and reads unknown comments back into them; one line each,
newlines folded to spaces), ``<comments><mastercomment1>`` (voice-over) and
``<mastercomment2>`` (on-screen text) in the FCP7 clip item, which Premiere shows as the
clip's comments.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import PurePath, PurePosixPath

import opentimelineio as otio

from studio.exports.clipspec import ClipSpec, start_frames, timecode_string
from studio.exports.fcpxml import fcpxml_text
from studio.exports.media_urls import fcp7_url
from studio.models.palette import BEAT_COLOURS
from studio.models.rates import FrameRate

log = logging.getLogger(__name__)

#: Adapter names and file extensions, in the order the pack writes them.
FORMATS: tuple[tuple[str, str], ...] = (
    ("otio_json", "otio"),
    ("cmx_3600", "edl"),
    ("fcp_xml", "xml"),
    ("fcpx_xml", "fcpxml"),
)

_MARKER_COLOR = {kind: getattr(otio.schema.MarkerColor, c.marker) for kind, c in BEAT_COLOURS.items()}


def _rt(frames: int, rate: FrameRate) -> otio.opentime.RationalTime:
    return otio.opentime.RationalTime(frames, rate.value)


def _reels(codes: list[str]) -> list[str]:
    """Unique reel names of at most 8 ASCII letters and digits, one per clip."""
    reels: list[str] = []
    taken: set[str] = set()
    for i, code in enumerate(codes, start=1):
        reel = re.sub(r"[^A-Za-z0-9]", "", code)[:8]
        if not reel or reel in taken:
            reel = f"R{i:03d}"
        reels.append(reel)
        taken.add(reel)
    return reels


def build_timeline(
    name: str,
    clips: list[ClipSpec],
    rate: FrameRate,
    url_for: Callable[[ClipSpec], str],
    ascii_markers: bool = False,
    range_markers: bool = False,
) -> otio.schema.Timeline:
    """An OTIO timeline of the clips, each referencing its still through ``url_for``.

    Beat markers sit on the first clip of each beat (a point), or with ``range_markers`` on
    the sequence, spanning the beat.
    """
    timeline = otio.schema.Timeline(name=name)
    timeline.global_start_time = _rt(start_frames(rate), rate)
    track = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
    timeline.tracks.append(track)
    for spec, reel in zip(clips, _reels([c.code for c in clips]), strict=True):
        whole = otio.opentime.TimeRange(_rt(0, rate), _rt(spec.frames, rate))
        ref = otio.schema.ExternalReference(target_url=url_for(spec), available_range=whole)
        ref.name = PurePosixPath(spec.still).name
        clip = otio.schema.Clip(name=spec.code, media_reference=ref, source_range=whole)
        clip.metadata["studio"] = dict(spec.metadata)
        clip.metadata["cmx_3600"] = {"reel": reel}
        if spec.marker is not None:
            label = spec.beat_kind.value.upper() if ascii_markers else spec.marker
            at = spec.start_frame if range_markers else 0
            length = max(1, spec.beat_frames) if range_markers else 0
            marker = otio.schema.Marker(
                name=label,
                marked_range=otio.opentime.TimeRange(_rt(at, rate), _rt(length, rate)),
                color=_MARKER_COLOR[spec.beat_kind],
                metadata={"studio": {"beat": spec.beat_kind.value}},
            )
            (timeline.tracks.markers if range_markers else clip.markers).append(marker)
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


def _edl_copy(timeline: otio.schema.Timeline, rate: FrameRate) -> otio.schema.Timeline:
    """The timeline with a leading one-hour gap so the EDL's record timecode starts at 01:00:00:00."""
    copy = timeline.deepcopy()
    track = copy.tracks[0]
    gap = otio.opentime.TimeRange(_rt(0, rate), _rt(start_frames(rate), rate))
    track.insert(0, otio.schema.Gap(source_range=gap))
    return copy


def _ascii_title(text: str) -> str:
    """EDL titles are read as ASCII by many tools; keep what survives, else a generic title."""
    if re.search(r"[^ -~]", text):
        return "STUDIO PACK"
    return text.strip() or "STUDIO PACK"


#: A locator line's timecode: "* LOC: 00:00:00;00 RED     HOOK".
_LOC = re.compile(r"^(\* LOC: )(\d\d:\d\d:\d\d;\d\d)", re.M)


def _counted(drop_string: str, rate: FrameRate) -> str:
    """A locator's drop-frame timecode written with colons, for the same frame.

    OpenTimelineIO's EDL reader (and others) match locators only as HH:MM:SS:FF and dropped every
    ";" one. A beat marker sits on its clip's first source frame, 00:00:00:00, where both counts
    agree; any later one is written as the frame count in colon form, which those readers count back.
    """
    frames = round(otio.opentime.from_timecode(drop_string, rate.value).value)
    return timecode_string(frames, FrameRate(rate.timebase))


def edl_text(name: str, clips: list[ClipSpec], rate: FrameRate) -> str:
    """The CMX 3600 EDL, with the FCM line saying whether its timecode is drop-frame."""
    timeline = build_timeline(_ascii_title(name), clips, rate, lambda c: c.still, ascii_markers=True)
    text = otio.adapters.write_to_string(
        _edl_copy(_with_edl_comments(timeline), rate), "cmx_3600", rate=rate.value, reelname_len=8
    )
    if rate.drop_frame:
        text = _LOC.sub(lambda m: m.group(1) + _counted(m.group(2), rate), text)
    fcm = "FCM: DROP FRAME" if rate.drop_frame else "FCM: NON-DROP FRAME"
    head, sep, rest = text.partition("\n")
    return f"{head}{sep}{fcm}\n{rest}" if head.startswith("TITLE:") else f"{fcm}\n{text}"


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = text
    return element


def _rate_element(parent: ET.Element, rate: FrameRate) -> ET.Element:
    element = _sub(parent, "rate")
    _sub(element, "timebase", str(rate.timebase))
    _sub(element, "ntsc", "TRUE" if rate.ntsc else "FALSE")
    return element


def _fix_fcp7(xml: str, clips: list[ClipSpec], rate: FrameRate, size: tuple[int, int]) -> str:
    """Correct the adapter's FCP7 XML where Premiere and Resolve read it (see the module docstring)."""
    width, height = size
    root = ET.fromstring(xml)
    for fmt in root.iter("format"):
        if len(fmt):
            continue
        chars = _sub(fmt, "samplecharacteristics")
        _rate_element(chars, rate)
        for tag, value in (("width", str(width)), ("height", str(height)), ("pixelaspectratio", "square"),
                           ("anamorphic", "FALSE"), ("fielddominance", "none")):  # fmt: skip
            _sub(chars, tag, value)
    items = [item for item in root.iter("clipitem")]
    if len(items) != len(clips):
        log.warning("FCP7 XML has %d clip items for %d shots", len(items), len(clips))
    for item, spec in zip(items, clips, strict=False):
        rates = item.findall("rate")
        for extra in rates[1:]:
            item.remove(extra)
        for marker in item.findall("marker"):
            item.remove(marker)
        file_el = item.find("file")
        if file_el is None:
            continue
        name = file_el.find("name")
        if name is not None:
            name.text = PurePosixPath(spec.still).name
        media = file_el.find("media")
        if media is None:
            media = _sub(file_el, "media")
        for child in list(media):
            media.remove(child)
        still_w, still_h = spec.size or size
        chars = _sub(_sub(media, "video"), "samplecharacteristics")
        _sub(chars, "width", str(still_w))
        _sub(chars, "height", str(still_h))
        if (still_w, still_h) != size:
            still = (still_w, still_h)
            percent = fill_percent(still, size) if spec.conform == "fill" else fit_percent(still, size)
            _scale_to_fit(item, percent)
    for timecode in root.iter("timecode"):
        display = timecode.find("displayformat")
        if display is not None:
            display.text = "DF" if rate.drop_frame else "NDF"
        # The adapter writes the string as non-drop (00:59:56:12 beside frame 107892 at 29.97): tools that
        # read the string were 3.6 s off; the string is made from the frame count in the rate's own timecode.
        frame, string = timecode.find("frame"), timecode.find("string")
        if frame is not None and string is not None and (frame.text or "").strip().isdigit():
            string.text = timecode_string(int(frame.text or 0), rate)
    ET.indent(root, space="    ")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE xmeml>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n"
    )


def fit_percent(still: tuple[int, int], frame: tuple[int, int]) -> float:
    """The scale, in percent, that fits a still whole inside the frame (letterboxed, never cropped)."""
    return round(100 * min(frame[0] / still[0], frame[1] / still[1]), 4)


def fill_percent(still: tuple[int, int], frame: tuple[int, int]) -> float:
    """The scale, in percent, that fills the frame with the still (cropped, never letterboxed)."""
    return round(100 * max(frame[0] / max(1, still[0]), frame[1] / max(1, still[1])), 4)


def _scale_to_fit(item: ET.Element, percent: float) -> None:
    """A Basic Motion filter scaling the clip to fit: Premiere and Resolve place a still at 100 % otherwise."""
    effect = _sub(_sub(item, "filter"), "effect")
    for tag, value in (("name", "Basic Motion"), ("effectid", "basic"), ("effectcategory", "motion"),
                       ("effecttype", "motion"), ("mediatype", "video")):  # fmt: skip
        _sub(effect, tag, value)
    param = _sub(effect, "parameter", None)
    param.set("authoringApp", "PremierePro")
    # Premiere's Scale goes to 10,000 %: a tiny picture is enlarged to fit like any other.
    scale = f"{percent:.4f}".rstrip("0").rstrip(".")
    for tag, value in (("parameterid", "scale"), ("name", "Scale"), ("valuemin", "0"), ("valuemax", "10000"),
                       ("value", scale)):  # fmt: skip
        _sub(param, tag, value)


def fcp7_text(
    name: str, clips: list[ClipSpec], rate: FrameRate, size: tuple[int, int], folder: PurePath
) -> str:
    """Final Cut Pro 7 XML (for Premiere Pro and DaVinci Resolve), media under ``folder``."""
    timeline = build_timeline(name, clips, rate, lambda c: fcp7_url(folder, c.still), range_markers=True)
    xml = otio.adapters.write_to_string(_with_fcp7_comments(timeline), "fcp_xml")
    return _fix_fcp7(xml, clips, rate, size)


def otio_text(name: str, clips: list[ClipSpec], rate: FrameRate, size: tuple[int, int] | None = None) -> str:
    """The OpenTimelineIO JSON, media relative to the pack folder.

    OTIO has no sequence size of its own: the variant's frame (and each still's fit or fill) is kept in
    the timeline's and clips' ``studio`` metadata, where a script reading the pack finds it.
    """
    timeline = build_timeline(name, clips, rate, lambda c: c.still)
    if size is not None:
        timeline.metadata["studio"] = {"width": size[0], "height": size[1]}
        for clip, spec in zip(timeline.find_clips(), clips, strict=False):
            clip.metadata["studio"]["conform"] = spec.conform
    text: str = otio.adapters.write_to_string(timeline, "otio_json")
    return text


def timeline_texts(
    name: str,
    clips: list[ClipSpec],
    rate: FrameRate,
    size: tuple[int, int],
    folder: PurePath,
    uid_seed: str = "",
) -> dict[str, str]:
    """Every timeline format as text, keyed by file extension.

    ``folder`` is where the pack folder is expected to be when the editor imports the XML
    formats: the absolute URLs point there (see media_urls.py).
    """
    return {
        "otio": otio_text(name, clips, rate, size),
        "edl": edl_text(name, clips, rate),
        "xml": fcp7_text(name, clips, rate, size, folder),
        "fcpxml": fcpxml_text(name, clips, rate, size, folder, uid_seed),
    }


def read_back(path: PurePath, rate: FrameRate | int) -> otio.schema.Timeline:
    """Re-read a written timeline with OpenTimelineIO (for checks and tests)."""
    from pathlib import Path

    suffix = path.suffix.lower().lstrip(".")
    adapter = {ext: name for name, ext in FORMATS}[suffix]
    text = Path(path).read_text("utf-8")
    if adapter == "cmx_3600":
        return otio.adapters.read_from_string(text, adapter, rate=FrameRate.of(rate).value)
    read = otio.adapters.read_from_string(text, adapter)
    if isinstance(read, otio.schema.SerializableCollection):  # FCPXML: a library holding the project
        read = next(item for item in read.find_children(descended_from_type=otio.schema.Timeline))
    return read

"""Final Cut Pro X XML (FCPXML 1.8) for a variant's cut, written directly against Apple's DTD.

The OpenTimelineIO adapter left the project ``uid`` and the format ``name`` empty, wrote a
zero-length to-do marker, a browser clip per shot outside any event, and probes every
still with ffprobe when it is installed (a subprocess per shot); the cut is simple enough
to write as it should be: one format, one asset per still, a project in an event whose
spine holds one clip per shot (its note first, its still, its beat marker), starting at
01:00:00:00. Times are exact rational seconds, so 29.97 and 23.976 cuts land on frames.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from fractions import Fraction
from pathlib import PurePath, PurePosixPath

from studio.exports.clipspec import ClipSpec, start_frames
from studio.exports.media_urls import fcpx_url
from studio.models.rates import FrameRate

VERSION = "1.8"
#: A namespace for the stable uids of the event and project (same variant, same uid on re-export).
_UID_NAMESPACE = uuid.UUID("6f1d3c52-6a4e-4f0e-9a51-8d2b7c4e0b11")
#: Final Cut's names of the formats it has presets for, by frame size.
_SIZE_NAMES = {(1920, 1080): "1080", (1080, 1920): "1080x1920", (1080, 1080): "1080x1080",
               (3840, 2160): "3840x2160", (2160, 3840): "2160x3840", (720, 1280): "720x1280"}  # fmt: skip


def fcpx_time(seconds: Fraction) -> str:
    """'0s', '5s', '7/5s', '1001/30000s'."""
    if seconds.denominator == 1:
        return f"{seconds.numerator}s"
    return f"{seconds.numerator}/{seconds.denominator}s"


def format_name(size: tuple[int, int], rate: FrameRate) -> str:
    """Final Cut's format name, e.g. FFVideoFormat1080x1920p25 or …p2997."""
    sized = _SIZE_NAMES.get(size)
    if sized is None:
        return "FFVideoFormatRateUndefined"
    digits = str(rate.num) if rate.den == 1 else f"{rate.value:.2f}".replace(".", "")
    return f"FFVideoFormat{sized}p{digits}"


def note_text(metadata: dict[str, str]) -> str:
    """The FCPXML note of a clip: 'VO: …' and 'TEXT: …' lines."""
    parts = [f"VO: {metadata['voiceover']}" if metadata.get("voiceover", "").strip() else "",
             f"TEXT: {metadata['onscreen_text']}" if metadata.get("onscreen_text", "").strip() else ""]  # fmt: skip
    return "\n".join(p for p in parts if p)


def stable_uid(*parts: str) -> str:
    """An uppercase UUID derived from ``parts``, the form Final Cut writes for projects and events."""
    return str(uuid.uuid5(_UID_NAMESPACE, "\x1f".join(parts))).upper()


def fcpxml_text(name: str, clips: list[ClipSpec], rate: FrameRate, size: tuple[int, int], folder: PurePath,
                uid_seed: str = "") -> str:  # fmt: skip
    """The whole FCPXML document; stills are referenced under ``folder`` (see media_urls.py)."""
    width, height = size
    tc = "DF" if rate.drop_frame else "NDF"
    root = ET.Element("fcpxml", version=VERSION)
    resources = ET.SubElement(root, "resources")
    ET.SubElement(resources, "format", id="r1", name=format_name(size, rate),
                  frameDuration=fcpx_time(rate.seconds(1)), width=str(width), height=str(height),
                  colorSpace="1-1-1 (Rec. 709)")  # fmt: skip
    seed = uid_seed or name
    library = ET.SubElement(root, "library")
    event = ET.SubElement(library, "event", name=name, uid=stable_uid("event", seed))
    project = ET.SubElement(event, "project", name=name, uid=stable_uid("project", seed, rate.label))
    origin = start_frames(rate)
    total = sum(c.frames for c in clips)
    sequence = ET.SubElement(project, "sequence", format="r1", duration=fcpx_time(rate.seconds(total)),
                             tcStart=fcpx_time(rate.seconds(origin)), tcFormat=tc)  # fmt: skip
    spine = ET.SubElement(sequence, "spine")
    # A still is declared at its own size (a format per size, as Final Cut writes for pictures) and
    # conformed to fit the sequence's frame; declared 1080x1920, a 4000x300 still was stretched.
    formats: dict[tuple[int, int], str] = {size: "r1"}
    for spec in clips:
        if (spec.size or size) not in formats:
            formats[spec.size or size] = f"r{len(formats) + 1}"
            w, h = spec.size or size
            # the sequence's frame duration too: OpenTimelineIO's reader times every clip by its asset's format
            ET.SubElement(resources, "format", id=formats[spec.size or size], name="FFVideoFormatRateUndefined",
                          frameDuration=fcpx_time(rate.seconds(1)), width=str(w), height=str(h),
                          colorSpace="1-1-1 (Rec. 709)")  # fmt: skip
    for n, spec in enumerate(clips, start=len(formats) + 1):
        ref = f"r{n}"
        length = fcpx_time(rate.seconds(spec.frames))
        ET.SubElement(resources, "asset", id=ref, name=PurePosixPath(spec.still).stem,
                      src=fcpx_url(folder, spec.still), start="0s", duration=length, hasVideo="1",
                      format=formats[spec.size or size])  # fmt: skip
        clip = ET.SubElement(spine, "clip", name=spec.code, offset=fcpx_time(rate.seconds(origin + spec.start_frame)),
                             duration=length, format="r1", tcFormat=tc)  # fmt: skip
        text = note_text(spec.metadata)
        if text:
            ET.SubElement(clip, "note").text = text
        ET.SubElement(clip, "adjust-conform", type="fill" if spec.conform == "fill" else "fit")
        ET.SubElement(clip, "video", ref=ref, offset="0s", start="0s", duration=length)
        if spec.marker is not None:
            ET.SubElement(clip, "marker", start="0s", duration=fcpx_time(rate.seconds(1)), value=spec.marker)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE fcpxml>\n' + body + "\n"

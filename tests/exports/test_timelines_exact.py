"""Timelines exact: stills at their own size with scale-to-fit, timecode strings that match the frame
counts (drop-frame at 29.97 and 59.94), beat markers OpenTimelineIO's EDL reader reads back, at every rate."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import opentimelineio as otio
import pytest
from PIL import Image

from studio.exports.clipspec import start_frames, timecode_string
from studio.exports.pack import pack_variants
from studio.exports.timelines import fit_percent, read_back
from studio.media.images import import_image
from studio.models.entities import Frame
from studio.models.rates import FrameRate
from studio.samples import sample_project
from studio.store.document import ProjectFile
from tests.exports.picture_set import PICTURES

RATES = ["23.976", "25", "29.97", "59.94"]
DTD = Path(__file__).resolve().parents[1] / "data" / "fcpxml" / "FCPXMLv1_8.dtd"
ODD = ("wide 4000x300", "tall 300x4000", "tiny 40x40")


@pytest.fixture(scope="module")
def odd_project(tmp_path_factory: pytest.TempPathFactory):
    """The sample whose base cut's first shots show a wide, a tall and a tiny picture."""
    project, blobs = sample_project("zh", frame_edge=120)
    script = project.scripts[0]
    variant = script.variants[0]
    from studio.models.timeline import cut

    shots = [t.shot for t in cut(script, variant)]
    for shot, name in zip(shots, ODD, strict=False):
        data, filename = PICTURES[name]
        made = import_image(data, filename)
        blobs[made.hash] = {"original": data, "thumb": made.thumb, "print": made.print}
        project.frames[made.hash] = Frame(made.hash, filename, made.width, made.height, made.format)
        shot.frame = made.hash
    path = tmp_path_factory.mktemp("exact") / "odd.studio"
    ProjectFile.create(path, project, blobs).close()
    pf = ProjectFile.open(path, readonly=True)
    yield pf
    pf.close()


@pytest.fixture(scope="module")
def packs(odd_project, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One pack of the base variant at each rate."""
    script = odd_project.project.scripts[0]
    out = {}
    for fps in RATES:
        folder = tmp_path_factory.mktemp(f"pack{fps.replace('.', '')}")
        result = pack_variants(odd_project.project, script, [script.variants[0]], odd_project.frame_bytes,
                               folder, fps=fps)  # fmt: skip
        out[fps] = result[0].folder
    return out


@pytest.mark.parametrize("fps", RATES)
def test_timecode_strings_agree_with_opentimelineio(fps: str) -> None:
    rate = FrameRate.parse(fps)
    for frames in [*range(0, 5000, 7), 17981, 17982, 17983, 107892, 215784, 863135]:
        expected = otio.opentime.to_timecode(otio.opentime.RationalTime(frames, rate.value), rate.value,
                                             rate.drop_frame)  # fmt: skip
        assert timecode_string(frames, rate) == expected, frames
    assert timecode_string(start_frames(rate), rate) == ("01:00:00;00" if rate.drop_frame else "01:00:00:00")


def _parents(root: ET.Element) -> dict[ET.Element, ET.Element]:
    return {child: parent for parent in root.iter() for child in parent}


@pytest.mark.parametrize("fps", RATES)
def test_fcp7_timecode_strings_match_their_frame_counts(packs, fps: str) -> None:
    rate = FrameRate.parse(fps)
    root = ET.parse(packs[fps] / "timeline.xml").getroot()
    parents = _parents(root)
    for timecode in root.iter("timecode"):
        frame = int(timecode.findtext("frame") or "-1")
        assert timecode.findtext("string") == timecode_string(frame, rate)
        if parents[timecode].tag == "sequence":
            assert frame == start_frames(rate)
            assert timecode.findtext("string") == ("01:00:00;00" if rate.drop_frame else "01:00:00:00")
    timeline = read_back(packs[fps] / "timeline.xml", rate)
    assert round(timeline.global_start_time.value) == start_frames(rate)


@pytest.mark.parametrize("fps", RATES)
def test_stills_are_declared_at_their_size_and_fitted(packs, fps: str) -> None:
    folder = packs[fps]
    root = ET.parse(folder / "timeline.xml").getroot()
    sequence = (1080, 1920)
    fitted = 0
    for item in root.iter("clipitem"):
        file_el = item.find("file")
        assert file_el is not None
        still = folder / "frames" / (file_el.findtext("name") or "")
        with Image.open(still) as image:
            real = image.size
        chars = file_el.find("media/video/samplecharacteristics")
        assert (int(chars.findtext("width")), int(chars.findtext("height"))) == real
        scale = [p for p in item.iter("parameter") if p.findtext("parameterid") == "scale"]
        if real == sequence:
            assert not scale
        else:
            fitted += 1
            percent = float(scale[0].findtext("value"))
            assert percent == pytest.approx(fit_percent(real, sequence))
            # fitted: whole inside the frame and touching two of its edges
            w, h = real[0] * percent / 100, real[1] * percent / 100
            assert w <= sequence[0] + 0.5 and h <= sequence[1] + 0.5
            assert abs(w - sequence[0]) < 0.5 or abs(h - sequence[1]) < 0.5
    assert fitted >= len(ODD)
    fcpx = ET.parse(folder / "timeline.fcpxml").getroot()
    formats = {f.get("id"): f for f in fcpx.iter("format")}
    assets = {a.get("id"): a for a in fcpx.iter("asset")}
    sizes = set()
    for clip in fcpx.iter("clip"):
        assert clip.find("adjust-conform").get("type") == "fit"
        asset = assets[clip.find("video").get("ref")]
        fmt = formats[asset.get("format")]
        with Image.open(folder / "frames" / Path(asset.get("src")).name) as image:
            assert (int(fmt.get("width")), int(fmt.get("height"))) == image.size
        sizes.add(image.size)
    assert {(4000, 300), (300, 4000), (40, 40)} <= sizes
    from lxml import etree

    dtd = etree.DTD(str(DTD))
    assert dtd.validate(etree.parse(str(folder / "timeline.fcpxml"))), dtd.error_log.filter_from_errors()
    read = otio.adapters.read_from_file(str(folder / "timeline.fcpxml"))
    assert len(list(read.find_clips())) == len(list(fcpx.iter("clip")))


@pytest.mark.parametrize("fps", RATES)
def test_edl_beat_markers_read_back(packs, fps: str) -> None:
    import json

    rate = FrameRate.parse(fps)
    folder = packs[fps]
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    timeline = read_back(folder / "timeline.edl", rate)
    clips = list(timeline.find_clips())
    marked = [(clip.name, m.name.strip()) for clip in clips for m in clip.markers]
    beats = [s for s in manifest["shots"] if s.get("marker")] if "marker" in manifest["shots"][0] else None
    xml_markers = [m for m in ET.parse(folder / "timeline.xml").getroot().iter("marker")]
    assert len(marked) == len(xml_markers) >= 4  # every beat, at every rate
    if beats is not None:
        assert [code for code, _name in marked] == [s["code"] for s in beats]
    for clip in clips:
        for marker in clip.markers:
            # on the clip's first frame: at its start in the record timeline
            assert marker.marked_range.start_time.value == clip.source_range.start_time.value

"""Packs that survive the trip: unzipped elsewhere, relinked, read by each editor's format rules."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from fractions import Fraction
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

import pytest

from studio.exports.media_urls import url_to_path
from studio.exports.pack import pack_variants
from studio.exports.timelines import read_back
from studio.models.rates import FrameRate

DTD = Path(__file__).resolve().parents[1] / "data" / "fcpxml" / "FCPXMLv1_8.dtd"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory):
    from studio.samples import write_sample
    from studio.store.document import ProjectFile

    folder = tmp_path_factory.mktemp("handoff")
    write_sample(folder / "s.studio", "zh")
    pf = ProjectFile.open(folder / "s.studio")
    yield pf, folder
    pf.close()


def _pack(sample, out: Path, **kwargs):
    pf, _ = sample
    script = pf.project.scripts[0]
    return pack_variants(pf.project, script, [script.variants[1]], pf.frame_bytes, out, **kwargs)[0]


def media_paths(folder: Path, ext: str, rate: FrameRate) -> list[Path]:
    """Every media reference of a timeline, resolved the way its importer resolves it."""
    timeline = read_back(folder / f"timeline.{ext}", rate)
    found = []
    for clip in timeline.find_clips():
        if ext in ("edl", "otio"):  # EDL: the FROM CLIP comment; OTIO: a URL relative to the pack
            found.append(folder / unquote(clip.media_reference.target_url))
        else:
            found.append(url_to_path(clip.media_reference.target_url))
    return found


def test_unzipped_elsewhere_and_relinked_every_reference_resolves(sample, tmp_path: Path) -> None:
    result = _pack(sample, tmp_path / "made", make_zip=True)
    elsewhere = tmp_path / "剪辑 盘" / "收到的 素材"
    elsewhere.mkdir(parents=True)
    with zipfile.ZipFile(result.zip_path) as zf:
        zf.extractall(elsewhere)
    # zipfile.extractall drops the mode bits; an unzip tool keeps them from the entry, as we check here.
    with zipfile.ZipFile(result.zip_path) as zf:
        info = zf.getinfo(f"{result.folder.name}/relink.command")
        assert (info.external_attr >> 16) & 0o111, "relink.command must stay executable in the zip"
    moved = elsewhere / result.folder.name
    shutil.rmtree(result.folder)  # the writer's copy is gone, as on the editor's machine
    rate = FrameRate(25)
    stale = media_paths(moved, "xml", rate) + media_paths(moved, "fcpxml", rate)
    assert stale and not any(p.is_file() for p in stale), "before relinking the XML names the old folder"
    run = subprocess.run(["sh", str(moved / "relink.command")], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "OK:" in run.stdout
    manifest = json.loads((moved / "manifest.json").read_text("utf-8"))
    stills = [moved / s["still"] for s in manifest["shots"]]
    for ext in ("otio", "edl", "xml", "fcpxml"):
        paths = media_paths(moved, ext, rate)
        assert [p.resolve() for p in paths] == [p.resolve() for p in stills], ext
        assert all(p.is_file() for p in paths), ext
    _validate_fcpxml(moved / "timeline.fcpxml")


def test_media_root_names_the_editors_folder_and_relink_still_works(sample, tmp_path: Path) -> None:
    result = _pack(sample, tmp_path, media_root="D:\\剪辑\\素材包")
    xml = (result.folder / "timeline.xml").read_text("utf-8")
    fcpx = (result.folder / "timeline.fcpxml").read_text("utf-8")
    assert "<pathurl>file://localhost/D%3a/%E5%89%AA%E8%BE%91/%E7%B4%A0%E6%9D%90%E5%8C%85/" in xml
    assert 'src="file:///D:/%E5%89%AA%E8%BE%91/%E7%B4%A0%E6%9D%90%E5%8C%85/' in fcpx
    manifest = json.loads((result.folder / "manifest.json").read_text("utf-8"))
    assert manifest["media_root"] == "D:\\剪辑\\素材包"
    assert "D:\\剪辑\\素材包" in (result.folder / "README.txt").read_text("utf-8")
    run = subprocess.run(
        ["sh", str(result.folder / "relink.command")], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert all(p.is_file() for p in media_paths(result.folder, "xml", FrameRate(25)))


def _validate_fcpxml(path: Path) -> None:
    from lxml import etree

    dtd = etree.DTD(str(DTD))
    doc = etree.parse(str(path))
    assert dtd.validate(doc), dtd.error_log.filter_from_errors()


@pytest.mark.parametrize("fps", ["25", "29.97", "23.976", "59.94"])
def test_every_rate_end_to_end(sample, tmp_path: Path, fps: str) -> None:
    rate = FrameRate.parse(fps)
    result = _pack(sample, tmp_path, fps=fps)
    folder = result.folder
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert manifest["frame_rate"] == float(fps) and manifest["frame_rate_exact"] == f"{rate.num}/{rate.den}"
    assert manifest["drop_frame"] is (fps in ("29.97", "59.94"))
    frames = [s["frames"] for s in manifest["shots"]]
    for ext in ("otio", "edl", "xml"):
        clips = list(read_back(folder / f"timeline.{ext}", rate).find_clips())
        assert [round(c.duration().to_seconds() * rate.value) for c in clips] == frames, ext
    # OpenTimelineIO's FCPXML reader truncates 29.97 to 29 fps; read the exact rational times instead.
    spine = ET.parse(folder / "timeline.fcpxml").getroot().iter("spine")
    durations = [Fraction(c.get("duration").rstrip("s")) * rate.fraction for c in next(spine)]
    assert durations == frames
    edl = (folder / "timeline.edl").read_text("utf-8")
    events = [line.split() for line in edl.splitlines() if line[:3].isdigit()]
    if rate.drop_frame:
        assert "FCM: DROP FRAME" in edl and events[0][-2] == "01:00:00;00"
        assert manifest["start_timecode"] == "01:00:00;00"
    else:
        assert "FCM: NON-DROP FRAME" in edl and events[0][-2] == "01:00:00:00"
    root = ET.parse(folder / "timeline.xml").getroot()
    seq_rate = root.find("./project/children/sequence/rate")
    assert seq_rate.findtext("timebase") == str(rate.timebase)
    assert seq_rate.findtext("ntsc") == ("TRUE" if rate.ntsc else "FALSE")
    assert {tc.findtext("displayformat") for tc in root.iter("timecode")} == {
        "DF" if rate.drop_frame else "NDF"
    }
    fcpx = ET.parse(folder / "timeline.fcpxml").getroot()
    fmt = fcpx.find("./resources/format")
    assert fmt.get("frameDuration") == (f"{rate.den}/{rate.num}s" if rate.ntsc else f"1/{rate.num}s")
    suffix = {"25": "25", "29.97": "2997", "23.976": "2398", "59.94": "5994"}[fps]
    assert fmt.get("name") == f"FFVideoFormat1080x1920p{suffix}"
    _validate_fcpxml(folder / "timeline.fcpxml")
    from studio.exports.srt import parse_srt

    cues = parse_srt((folder / "captions.srt").read_text("utf-8"))
    assert cues[-1].end_ms == rate.ms_at(manifest["total_frames"])


def test_fcp7_xml_reads_as_premiere_and_resolve_expect(sample, tmp_path: Path) -> None:
    folder = _pack(sample, tmp_path).folder
    root = ET.parse(folder / "timeline.xml").getroot()
    sequence = root.find("./project/children/sequence")
    items = list(root.iter("clipitem"))
    assert items
    for item in items:
        assert len(item.findall("rate")) == 1, "one <rate> per clip item"
        assert not item.findall("marker")
        file_el = item.find("file")
        name, url = file_el.findtext("name"), file_el.findtext("pathurl")
        assert "%" not in name and name == PurePosixPath(unquote(url)).name
        media = file_el.find("media")
        assert media.find("audio") is None, "a still has no audio"
        assert media.findtext("video/samplecharacteristics/width") == "1080"
    markers = sequence.findall("marker")
    assert len(markers) == 5
    spans = [(int(m.findtext("in")), int(m.findtext("out"))) for m in markers]
    assert spans[0][0] == 0 and spans[-1][1] == int(sequence.findtext("duration"))
    assert all(a < b for a, b in spans) and all(x[1] == y[0] for x, y in itertools.pairwise(spans))


def test_fcpxml_has_uids_a_format_name_and_validates(sample, tmp_path: Path) -> None:
    folder = _pack(sample, tmp_path).folder
    root = ET.parse(folder / "timeline.fcpxml").getroot()
    project = root.find("./library/event/project")
    assert re.fullmatch(r"[0-9A-F-]{36}", project.get("uid"))
    assert root.find("./resources/format").get("name") == "FFVideoFormat1080x1920p25"
    assert root.find("./library/event/project/sequence").get("tcStart") == "3600s"
    _validate_fcpxml(folder / "timeline.fcpxml")


def test_platform_usual_rates(sample) -> None:
    from studio.exports.common import default_fps

    pf, _ = sample
    project = pf.project
    assert default_fps(project) == FrameRate(25)  # douyin
    saved = project.platform, dict(project.settings)
    try:
        project.platform = "tiktok"
        assert default_fps(project) == FrameRate(30)
        project.settings["pack_fps"] = "29.97"
        assert default_fps(project) == FrameRate(30000, 1001)
        project.settings["pack_fps"] = "fast"
        assert default_fps(project) == FrameRate(30)
    finally:
        project.platform, project.settings = saved[0], saved[1]


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch):
    import pkgutil

    import studio.cli as cli

    real = pkgutil.iter_modules
    monkeypatch.setattr(
        cli.pkgutil, "iter_modules", lambda path: [m for m in real(path) if m.name == "cmd_pack"]
    )
    return cli.main


def test_cli_pack_makes_its_folder_and_takes_ntsc_rates(sample, tmp_path: Path, run_cli, capsys) -> None:
    _pf, folder = sample
    out = tmp_path / "packs" / "today"
    assert not out.exists()
    assert run_cli(["pack", str(folder / "s.studio"), "-o", f"{out}{os.sep}", "--fps", "29.97"]) == 0
    manifest = json.loads(next(out.glob("*/manifest.json")).read_text("utf-8"))
    assert manifest["frame_rate"] == 29.97 and manifest["drop_frame"] is True
    assert run_cli(["pack", str(folder / "s.studio"), "-o", str(out), "--fps", "12.5"]) == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "12.5" in err and "29.97" in err


@pytest.mark.parametrize(
    ("text", "rate"),
    [("25", (25, 1)), ("29.97", (30000, 1001)), ("23.976", (24000, 1001)), ("23.98", (24000, 1001)),
     ("59.94", (60000, 1001)), ("30000/1001", (30000, 1001)), ("60 fps", (60, 1)), ("24.0", (24, 1))],
)  # fmt: skip
def test_rates_parse(text: str, rate: tuple[int, int]) -> None:
    assert FrameRate.parse(text) == FrameRate(*rate)


@pytest.mark.parametrize("text", ["0", "121", "12.5", "29.976", "abc", "", "30/1000", "-25"])
def test_bad_rates_are_refused(text: str) -> None:
    from studio.models.rates import FrameRateError

    with pytest.raises(FrameRateError):
        FrameRate.parse(text)


def test_frame_at_is_exact_at_ntsc() -> None:
    rate = FrameRate(30000, 1001)
    # 10 s at 29.97 is 299.7 frames -> 300; 1 hour of drop-frame timecode is 107,892 frames.
    assert rate.frame_at(100) == 300 and rate.timecode_frames(1) == 107892
    assert FrameRate(24000, 1001).timecode_frames(1) == 86400
    assert FrameRate(25).frame_at(251) == 628 and rate.label == "29.97"


def test_export_into_a_new_folder_never_writes_folder_docx(sample, tmp_path: Path, capsys) -> None:
    from studio.cli import main

    _pf, folder = sample
    target = tmp_path / "newdir"
    assert main(["export", str(folder / "s.studio"), "-f", "docx", "-o", f"{target}{os.sep}"]) == 0
    assert not (tmp_path / "newdir.docx").exists()
    assert [p.suffix for p in target.iterdir()] == [".docx"]
    nested = tmp_path / "a" / "b" / "board.pdf"
    assert main(["export", str(folder / "s.studio"), "-f", "pdf", "-o", str(nested)]) == 0
    assert nested.is_file()


def test_pack_can_carry_the_animatic(sample, tmp_path: Path) -> None:
    import pickle

    import av

    from studio.exports.child import snapshot

    # The pack's animatic must have the frames its manifest counts: half-second shots (a copy of the project)
    # put a cut between frames at every shot as the full length does (tests/exports/test_animatic.py).
    pf, _ = sample
    project = pickle.loads(snapshot(pf.project))
    script = project.scripts[0]
    for _beat, _alt, shot in script.iter_shots():
        shot.duration_ds = 5
    result = pack_variants(project, script, [script.variants[1]], pf.frame_bytes, tmp_path, animatic=True,
                           fps="29.97")[0]  # fmt: skip
    manifest = json.loads((result.folder / "manifest.json").read_text("utf-8"))
    assert "animatic.mp4" in manifest["files"]
    with av.open(str(result.folder / "animatic.mp4")) as container:
        frames = sum(1 for _ in container.decode(video=0))
    assert frames == manifest["total_frames"]

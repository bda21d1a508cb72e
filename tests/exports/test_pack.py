"""A pack of the sample: every file re-read and checked against the manifest."""

from __future__ import annotations

import itertools
import json
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from studio.exports.manifest import sha256_file
from studio.exports.pack import folder_name, pack_variants
from studio.exports.srt import parse_srt
from studio.exports.timelines import read_back


@pytest.fixture(scope="module")
def packed(tmp_path_factory: pytest.TempPathFactory):
    from studio.samples import write_sample
    from studio.store.document import ProjectFile

    folder = tmp_path_factory.mktemp("pack")
    write_sample(folder / "s.studio", "zh")
    pf = ProjectFile.open(folder / "s.studio")
    script = pf.project.scripts[0]
    # One shot loses its frame so a placeholder still is drawn for it.
    script.beats[1].alternatives[0].shots[0].frame = None
    out = folder / "out"
    out.mkdir()
    results = pack_variants(pf.project, script, script.variants[:2], pf.frame_bytes, out, make_zip=True)
    yield pf.project, script, results, out
    pf.close()


def test_folder_layout_and_names(packed) -> None:
    project, script, results, out = packed
    base = results[0].folder
    assert base.name == "焕亮精华 25 秒带货_基础版"
    assert base.name == folder_name(project, script, script.variants[0])
    names = {p.name for p in base.iterdir()}
    for expected in ("storyboard.docx", "shotlist.xlsx", "script.docx", "captions.srt", "manifest.json", "README.txt",
                     "timeline.otio", "timeline.edl", "timeline.xml", "timeline.fcpxml", "frames",
                     "relink.command", "relink.bat", "relink.ps1"):  # fmt: skip
        assert expected in names
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "temp folders left behind"


def test_manifest_hashes_and_shots(packed) -> None:
    _project, script, results, _out = packed
    folder = results[0].folder
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert manifest["frame_rate"] == 25 and manifest["start_timecode"] == "01:00:00:00"
    assert manifest["variant"]["name"] == "基础版"
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {"manifest.json"}
    assert set(manifest["files"]) == on_disk
    for rel, digest in manifest["files"].items():
        assert sha256_file(folder / rel) == digest, rel
    shots = manifest["shots"]
    from studio.models.timeline import cut

    assert [s["code"] for s in shots] == [t.shot.code for t in cut(script, script.variants[0])]
    from studio.exports.srt import frame_at
    from studio.models.timeline import total_ds

    # Cuts land on the nearest frame, halves rounding up: 25.1 s is 627.5 frames at 25 fps -> 628.
    total = total_ds(script, script.variants[0])
    expected = frame_at(total, 25)
    assert expected == (total * 25 + 5) // 10
    assert frame_at(251, 25) == 628 and frame_at(253, 25) == 633
    assert sum(s["frames"] for s in shots) == manifest["total_frames"] == expected
    # Still names are ASCII (play order, then the shot code) so every editor matches them by name.
    assert [s["still"] for s in shots][:2] == ["frames/01_H-A-01.png", "frames/02_H-A-02.png"]
    assert all(s["still"].isascii() for s in shots)
    assert [s["placeholder"] for s in shots].count(True) == 1


def test_stills_are_full_resolution_pngs(packed) -> None:
    from PIL import Image

    folder = packed[2][0].folder
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    for shot in manifest["shots"]:
        with Image.open(folder / shot["still"]) as im:
            assert im.format == "PNG" and im.size == (1080, 1920)


@pytest.mark.parametrize("ext", ["otio", "edl", "xml", "fcpxml"])
def test_timelines_read_back_with_manifest_durations(packed, ext: str) -> None:
    folder = packed[2][0].folder
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    timeline = read_back(folder / f"timeline.{ext}", manifest["frame_rate"])
    clips = list(timeline.find_clips())
    assert len(clips) == len(manifest["shots"])
    assert [round(c.duration().rescaled_to(25).value) for c in clips] == [
        s["frames"] for s in manifest["shots"]
    ]
    assert [c.name for c in clips] == [s["code"] for s in manifest["shots"]]
    if ext != "edl":
        from urllib.parse import unquote

        names = [PurePosixPath(unquote(c.media_reference.target_url)).name for c in clips]
        assert names == [PurePosixPath(s["still"]).name for s in manifest["shots"]]
    # One marker per beat: on the first clip of each beat, or (FCP7) on the sequence, spanning the beat.
    markers = sum(len(c.markers) for c in clips) + len(timeline.tracks.markers)
    assert markers == 5


def test_edl_record_starts_at_one_hour_with_short_reels(packed) -> None:
    text = (packed[2][0].folder / "timeline.edl").read_text("utf-8")
    events = [line for line in text.splitlines() if line[:3].isdigit()]
    assert events[0].split()[-2] == "01:00:00:00"
    assert all(len(line.split()[1]) <= 8 for line in events)
    assert len({line.split()[1] for line in events}) == len(events)


def test_otio_keeps_relative_urls_and_voiceover(packed) -> None:
    folder = packed[2][0].folder
    timeline = read_back(folder / "timeline.otio", 25)
    first = next(iter(timeline.find_clips()))
    assert first.media_reference.target_url.startswith("frames/")
    assert (folder / first.media_reference.target_url).is_file()
    assert first.metadata["studio"]["voiceover"] == "熬夜脸暗沉？"


def test_fcp_xml_points_at_existing_stills(packed) -> None:
    from urllib.parse import urlparse

    from studio.exports.media_urls import url_to_path

    folder = packed[2][0].folder
    for ext in ("xml", "fcpxml"):
        for clip in read_back(folder / f"timeline.{ext}", 25).find_clips():
            url = urlparse(clip.media_reference.target_url)
            assert url.scheme == "file"
            assert url_to_path(clip.media_reference.target_url).is_file()


def test_captions_parse_in_order_without_overlap(packed) -> None:
    folder = packed[2][0].folder
    cues = parse_srt((folder / "captions.srt").read_text("utf-8"))
    assert [c.index for c in cues] == list(range(1, len(cues) + 1))
    assert cues[0].text == "熬夜脸暗沉？" and cues[0].start_ms == 0
    for a, b in itertools.pairwise(cues):
        assert a.start_ms < a.end_ms <= b.start_ms
    from studio.models.timeline import total_ds

    _project, script, _results, _out = packed
    from studio.exports.srt import frame_at

    assert cues[-1].end_ms == frame_at(total_ds(script, script.variants[0]), 25) * 40


def test_zip_entries_stay_inside_the_folder(packed) -> None:
    result = packed[2][0]
    assert result.zip_path is not None and result.zip_path.name == f"{result.folder.name}.zip"
    with zipfile.ZipFile(result.zip_path) as zf:
        names = zf.namelist()
        assert zf.testzip() is None
    for name in names:
        path = PurePosixPath(name)
        assert not path.is_absolute() and ".." not in path.parts
        assert path.parts[0] == result.folder.name
    assert f"{result.folder.name}/manifest.json" in names


def test_documents_reopen(packed) -> None:
    import docx
    from openpyxl import load_workbook

    folder = packed[2][0].folder
    text = "\n".join(p.text for p in docx.Document(str(folder / "storyboard.docx")).paragraphs)
    assert "基础版" in text
    wb = load_workbook(folder / "shotlist.xlsx")
    assert "基础版" in wb.sheetnames
    script_doc = docx.Document(str(folder / "script.docx"))
    cells = [c.text for t in script_doc.tables for row in t.rows for c in row.cells]
    assert any("熬夜脸暗沉" in text for text in cells)


def test_failed_pack_leaves_nothing(packed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project, script, _results, _out = packed
    import studio.exports.pack as pack

    def boom(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pack, "_documents", boom)
    from studio.exports.common import ExportWriteError

    with pytest.raises(ExportWriteError):
        pack_variants(project, script, [script.variants[0]], None, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_repacking_replaces_the_old_pack(packed, tmp_path: Path) -> None:
    project, script, _results, _out = packed
    first = pack_variants(project, script, [script.variants[0]], None, tmp_path, fps=30)[0]
    (first.folder / "stale.txt").write_text("old")
    second = pack_variants(project, script, [script.variants[0]], None, tmp_path, fps=30)[0]
    assert second.folder == first.folder and not (second.folder / "stale.txt").exists()
    manifest = json.loads((second.folder / "manifest.json").read_text("utf-8"))
    assert manifest["frame_rate"] == 30 and all(s["placeholder"] for s in manifest["shots"])
    assert [p.name for p in tmp_path.iterdir()] == [second.folder.name]


def _cut_texts(project, script, variant) -> list[tuple[str, str, str]]:
    from studio.models.timeline import cut

    return [(t.shot.code, " ".join(t.shot.voiceover.split()), " ".join(t.shot.onscreen_text.split()))
            for t in cut(script, variant)]  # fmt: skip


def test_edl_carries_voice_over_and_on_screen_text(packed) -> None:
    project, script, results, _ = packed
    timeline = read_back(results[0].folder / "timeline.edl", 25)
    expected = _cut_texts(project, script, results[0].variant)
    clips = list(timeline.find_clips())
    assert len(clips) == len(expected)
    for clip, (code, vo, text) in zip(clips, expected, strict=True):
        comments = clip.metadata.get("cmx_3600", {}).get("comments", [])
        assert (f"VO: {vo}" in comments) == bool(vo), (code, comments)
        assert (f"COMMENT: {text}" in comments) == bool(text), (code, comments)
    assert any(vo for _, vo, _ in expected) and any(t for _, _, t in expected)


def test_fcp7_xml_and_fcpxml_carry_the_texts(packed) -> None:
    import xml.etree.ElementTree as ET

    project, script, results, _ = packed
    folder = results[0].folder
    expected = _cut_texts(project, script, results[0].variant)
    clips = list(read_back(folder / "timeline.xml", 25).find_clips())
    for clip, (code, vo, text) in zip(clips, expected, strict=True):
        comments = clip.metadata["fcp_xml"].get("comments", {}) if vo or text else {}
        assert " ".join(comments.get("mastercomment1", "").split()) == vo, code
        assert " ".join(comments.get("mastercomment2", "").split()) == text, code
    root = ET.parse(folder / "timeline.fcpxml").getroot()
    spine = [el for el in next(root.iter("spine")) if el.tag == "clip"]
    assert len(spine) == len(expected)
    assert [el.get("name") for el in spine] == [code for code, _, _ in expected]
    for el, (code, vo, text) in zip(spine, expected, strict=True):
        note = el.find("note")
        if not vo and not text:
            assert note is None
            continue
        assert el[0] is note, code  # the DTD wants the note first
        assert (f"VO: {vo}" in note.text) == bool(vo) and (f"TEXT: {text}" in note.text) == bool(text)
    # Final Cut's importer still reads the file through OpenTimelineIO after the notes went in.
    assert len(list(read_back(folder / "timeline.fcpxml", 25).find_clips())) == len(expected)

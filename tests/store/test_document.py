"""Every edit reaches the file at once; copies, frames and snapshots behave."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from studio.media.errors import ImageError
from studio.models import ops
from studio.models.entities import Beat, Shot, Variant
from studio.models.enums import BeatKind
from studio.models.serial import project_to_dict
from studio.store import snapshots
from studio.store.document import ProjectFile
from studio.store.errors import WriteError


def reopen_dict(path: Path) -> dict:
    with ProjectFile.open(path, readonly=True) as pf:
        return project_to_dict(pf.project)


def test_every_kind_of_edit_is_on_disk_without_saving(sample_file: ProjectFile) -> None:
    p = sample_file.project
    script = p.scripts[0]
    hook, pain = script.beats[0], script.beats[1]
    ops.set_field(p, p, "title", "新标题")
    ops.set_field(p, p, "settings", {"hook_limit_s": 5.0})
    shot = hook.alternatives[0].shots[0]
    ops.set_field(p, shot, "voiceover", "改过的口播")
    ops.set_field(p, shot, "tags", ["reaction", "自定义"])
    ops.move_shot(p, shot, pain.alternatives[0], 1)
    ops.insert_shot(p, hook.alternatives[1], 0, Shot(voiceover="新镜头"))
    ops.remove_shot(p, pain.alternatives[0].shots[0])
    ops.move_beat(p, script.beats[-1], 0)
    extra = ops.insert_beat(p, script, 2, Beat(kind=BeatKind.CUSTOM, name="福利"))
    alt_b = ops.insert_alternative(p, extra, 1, ops.new_alternative(extra))
    ops.insert_shot(p, alt_b, 0, Shot())
    variant = ops.insert_variant(p, script, 4, Variant(name="新版本"))
    ops.set_choice(p, variant, extra, alt_b.id)
    ops.remove_variant(p, script.variants[1])
    ops.remove_alternative(p, script.beats[1].alternatives[1])
    # Read the file from a separate connection while the editor still has it open.
    on_disk = reopen_dict(sample_file.path)
    in_memory = project_to_dict(p)
    assert on_disk == in_memory


def test_close_leaves_a_single_self_contained_file(sample_path: Path) -> None:
    with ProjectFile.open(sample_path) as pf:
        ops.set_field(pf.project, pf.project, "brand", "晨露")
    assert sorted(x.name for x in sample_path.parent.iterdir()) == [sample_path.name]


def test_save_copy_and_save_as(sample_file: ProjectFile, tmp_path: Path) -> None:
    p = sample_file.project
    copy = tmp_path / "copy.studio"
    sample_file.save_copy(copy)
    ops.set_field(p, p, "title", "after copy")
    assert reopen_dict(copy)["project"]["title"] != "after copy"
    original = sample_file.path
    target = tmp_path / "moved.studio"
    sample_file.save_as(target)
    ops.set_field(p, p, "title", "after save as")
    assert reopen_dict(target)["project"]["title"] == "after save as"
    assert reopen_dict(original)["project"]["title"] == "after copy"
    with pytest.raises(WriteError):
        sample_file.save_copy(tmp_path / "missing" / "x.studio")
    assert not (tmp_path / "missing").exists()


def _jpeg_rotated() -> bytes:
    image = Image.new("RGB", (40, 20), (255, 0, 0))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_import_frame_normalises_and_dedupes(sample_file: ProjectFile) -> None:
    p = sample_file.project
    data = _jpeg_rotated()
    frame = sample_file.import_frame(data, "/photos/IMG_0001.JPG")
    assert (frame.width, frame.height) == (20, 40), "EXIF rotation applied"
    assert frame.filename == "IMG_0001.JPG"
    again = sample_file.import_frame(data, "copy.jpg")
    assert again is frame
    assert sample_file.frame_bytes(frame.hash, "original") == data
    thumb = Image.open(io.BytesIO(sample_file.frame_bytes(frame.hash, "thumb") or b""))
    assert thumb.mode == "RGB" and thumb.size == (20, 40)
    shot = p.scripts[0].beats[0].alternatives[0].shots[0]
    ops.set_field(p, shot, "frame", frame.hash)
    with ProjectFile.open(sample_file.path, readonly=True) as reader:
        assert reader.project.frames[frame.hash].width == 20
        assert reader.frame_bytes(frame.hash, "print") is not None


@pytest.mark.parametrize("mode", ["CMYK", "RGBA", "P", "L", "I;16"])
def test_import_converts_colour_modes_to_rgb(sample_file: ProjectFile, mode: str) -> None:
    image = Image.new("RGB", (64, 32), (10, 200, 30)).convert(mode if mode != "I;16" else "I")
    out = io.BytesIO()
    image.save(out, "TIFF" if mode in ("CMYK", "I;16") else "PNG")
    frame = sample_file.import_frame(out.getvalue(), f"x.{mode}")
    printed = Image.open(io.BytesIO(sample_file.frame_bytes(frame.hash, "print") or b""))
    assert printed.mode == "RGB"


@pytest.mark.parametrize(
    "data", [b"", b"not an image", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, _jpeg_rotated()[:200]]
)
def test_broken_images_raise_and_change_nothing(sample_file: ProjectFile, data: bytes) -> None:
    before = project_to_dict(sample_file.project)
    frames = len(sample_file.project.frames)
    with pytest.raises(ImageError):
        sample_file.import_frame(data, "broken.png")
    assert len(sample_file.project.frames) == frames
    assert project_to_dict(sample_file.project) == before
    conn = sqlite3.connect(sample_file.path)
    assert conn.execute("SELECT count(*) FROM frame").fetchone()[0] == frames
    conn.close()


def test_snapshots_list_compare_and_restore(sample_file: ProjectFile) -> None:
    p = sample_file.project
    first = snapshots.create(sample_file, "交给客户前")
    hook = p.scripts[0].beats[0]
    ops.set_field(p, hook.alternatives[0].shots[0], "voiceover", "改稿")
    ops.insert_shot(p, hook.alternatives[0], 0, Shot(duration_ds=12))
    listed = snapshots.list_snapshots(sample_file)
    assert [s.name for s in listed] == ["交给客户前"]
    assert listed[0].summary["shots"] == 19
    diff = snapshots.compare(snapshots.load(sample_file, first.id), p)
    assert diff.shots_added == ["H-A-03"] and diff.shots_changed == ["H-A-01"]
    assert diff.lengths and not diff.empty
    safety = snapshots.restore(sample_file, first.id)
    assert sum(1 for _ in p.scripts[0].iter_shots()) == 19
    on_disk = reopen_dict(sample_file.path)
    assert on_disk["scripts"][0]["beats"][0]["alternatives"][0]["shots"][0]["voiceover"] != "改稿"
    restored_back = snapshots.load(sample_file, safety.id)
    assert sum(1 for _ in restored_back.scripts[0].iter_shots()) == 20, "pre-restore state kept"
    assert snapshots.compare(snapshots.load(sample_file, first.id), p).empty


def test_snapshot_survives_reopen(sample_path: Path, tmp_path: Path) -> None:
    with ProjectFile.open(sample_path) as pf:
        snapshots.create(pf, "v1")
    copy = tmp_path / "c.studio"
    shutil.copy2(sample_path, copy)
    with ProjectFile.open(copy, readonly=True) as pf:
        assert [s.name for s in snapshots.list_snapshots(pf)] == ["v1"]

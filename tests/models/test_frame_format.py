"""Frame formats and crops: the shapes, each platform's safe area per format, and the one placement geometry."""

from __future__ import annotations

import pytest

from studio.models.crop import Crop, CropKind, CropMode, placement
from studio.models.entities import Project, Variant
from studio.models.errors import InvalidValueError
from studio.models.frame_format import (
    FrameFormat,
    UnknownFormatError,
    format_of,
    format_preset,
    parse_format,
    safe_area,
    shaped,
)
from studio.models.platforms import PRESETS


def test_sizes_are_the_platforms_upload_sizes() -> None:
    sizes = {f.value: f.size() for f in FrameFormat}
    assert sizes == {
        "9:16": (1080, 1920), "16:9": (1920, 1080), "1:1": (1080, 1080), "4:5": (1080, 1350), "3:4": (1080, 1440),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "fmt"),
    [("16:9", "16:9"), ("16x9", "16:9"), (" 16 / 9 ", "16:9"), ("16：9", "16:9"), ("横屏", "16:9"),
     ("Square", "1:1"), ("4:5", "4:5"), ("3×4", "3:4"), ("vertical", "9:16")],
)  # fmt: skip
def test_parse_takes_what_people_type(typed: str, fmt: str) -> None:
    assert parse_format(typed).value == fmt


@pytest.mark.parametrize("typed", ["", "5:4", "16:10", "wide", "9:16:1"])
def test_parse_refuses_other_shapes(typed: str) -> None:
    with pytest.raises(UnknownFormatError) as info:
        parse_format(typed)
    assert info.value.choices == ("9:16", "16:9", "1:1", "4:5", "3:4")


def test_every_platform_has_a_safe_area_for_every_format() -> None:
    for pid in PRESETS:
        for fmt in FrameFormat:
            c = safe_area(pid, fmt)
            assert 0 < c.top < 0.5 and 0 < c.bottom < 0.5 and 0 < c.left < 0.5 and 0 < c.right < 0.5
            plat = shaped(PRESETS[pid], fmt)
            assert (plat.aspect_w, plat.aspect_h) == fmt.ratio and plat.covered == c
    # 9:16 keeps the presets' own areas; a landscape frame's caption line holds more characters
    assert safe_area("douyin", FrameFormat.VERTICAL) == PRESETS["douyin"].covered
    wide = shaped(PRESETS["douyin"], FrameFormat.LANDSCAPE)
    assert wide.caption_chars_zh > PRESETS["douyin"].caption_chars_zh


def test_a_variant_plays_in_its_own_format_or_the_projects() -> None:
    project, variant = Project(), Variant(name="横版")
    assert format_of(project, variant) is FrameFormat.VERTICAL
    project.frame_format = FrameFormat.SQUARE
    assert format_of(project, variant) is FrameFormat.SQUARE and format_of(project) is FrameFormat.SQUARE
    variant.frame_format = FrameFormat.LANDSCAPE
    assert format_of(project, variant) is FrameFormat.LANDSCAPE
    assert format_preset(project, variant).frame_size(1920) == (1920, 1080)


def test_fit_shows_the_whole_picture_with_bars() -> None:
    # a 9:16 picture in a 16:9 frame: full height, centred, bars left and right
    place = placement((1080, 1920), (1920, 1080), Crop(CropMode.FIT))
    assert place.source == (0, 0, 1080, 1920)
    left, top, right, bottom = place.target
    assert (top, bottom) == (0, 1080) and right - left == round(1080 * 1080 / 1920) and left == 1920 - right


def test_fill_crops_the_middle_to_the_frame() -> None:
    place = placement((1080, 1920), (1920, 1080), Crop(CropMode.FILL))
    assert place.target == (0, 0, 1920, 1080)
    x0, t, r, b = place.source
    assert (
        (x0, r) == (0, 1080) and pytest.approx(b - t) == 1080 * 1080 / 1920 and pytest.approx(t) == 1920 - b
    )


def test_a_box_is_widened_to_the_frame_and_kept_inside_the_picture() -> None:
    # a square box in the top-left corner of a 16:9 picture, shown in a 9:16 frame:
    # heightened about its centre to 9:16, then moved down to stay inside the picture
    crop = Crop(CropMode.BOX, (0.0, 0.0, 0.25, 0.25))
    place = placement((1600, 900), (1080, 1920), crop)
    x0, t, r, b = place.source
    assert x0 == 0 and t == 0 and pytest.approx(r) == 400 and pytest.approx(b) == 400 * 16 / 9
    assert place.target == (0, 0, 1080, 1920)
    # the same box in a 16:9 frame is widened instead, and still shows all of it
    x0, t, r, b = placement((1600, 900), (1920, 1080), crop).source
    assert x0 == 0 and t == 0 and r >= 400 and b >= 225 and pytest.approx((r - x0) / (b - t)) == 16 / 9


def test_a_box_taller_than_the_picture_leaves_ground() -> None:
    # a full-width box of a wide picture in a tall frame cannot be heightened from the picture: bars
    place = placement((1600, 400), (1080, 1920), Crop(CropMode.BOX, (0.0, 0.0, 1.0, 1.0)))
    assert place.source == (0, 0, 1600, 400)
    left, top, right, bottom = place.target
    assert (left, right) == (0, 1080) and top > 0 and bottom < 1920


@pytest.mark.parametrize("size", [(4000, 300), (300, 4000), (40, 40), (1, 1)])
@pytest.mark.parametrize("fmt", list(FrameFormat))
@pytest.mark.parametrize("mode", list(CropMode))
def test_placement_stays_inside_picture_and_frame(
    size: tuple[int, int], fmt: FrameFormat, mode: CropMode
) -> None:
    frame = fmt.size(216)
    crop = Crop(mode, (0.6, 0.1, 0.4, 0.3) if mode is CropMode.BOX else None)
    place = placement(size, frame, crop)
    x0, t, r, b = place.source
    assert 0 <= x0 < r <= size[0] and 0 <= t < b <= size[1]
    tl, tt, tr, tb = place.target
    assert 0 <= tl <= tr <= frame[0] and 0 <= tt <= tb <= frame[1]


def test_crop_values_are_checked_and_kept_as_json() -> None:
    kind = CropKind()
    assert kind.check("crop", "fill") == Crop(CropMode.FILL)
    boxed = kind.check("crop", {"mode": "box", "box": [0.1, 0.2, 0.5, 0.5]})
    assert boxed == Crop(CropMode.BOX, (0.1, 0.2, 0.5, 0.5))
    assert kind.from_column(kind.to_column(boxed)) == boxed
    for bad in (
        "stretch",
        {"mode": "box", "box": [0.8, 0, 0.5, 0.5]},
        {"mode": "box"},
        {"mode": "box", "box": [0, 0, 0, 0]},
        3,
    ):
        with pytest.raises(InvalidValueError):
            kind.check("crop", bad)
    with pytest.raises(ValueError):
        Crop(CropMode.FIT, (0, 0, 1, 1))

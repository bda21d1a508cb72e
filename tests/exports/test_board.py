"""Layouts and panels shared by the Word and PDF storyboards."""

from __future__ import annotations

import pytest

from studio.exports.board import LAYOUTS, grid_of, panel_frame


def test_layouts_and_their_grids() -> None:
    assert grid_of("table") is None
    three = grid_of("3x2")
    two = grid_of("2x3")
    assert (three.across, three.down, three.landscape, three.per_page) == (3, 2, True, 6)
    assert (two.across, two.down, two.landscape, two.per_page) == (2, 3, False, 6)
    assert set(LAYOUTS) == {"table", "3x2", "2x3"}
    with pytest.raises(ValueError):
        grid_of("1x1")


@pytest.mark.parametrize(
    ("aspect", "beside"), [((9, 16), True), ((3, 4), True), ((16, 9), False), ((1, 1), False)]
)
def test_a_panel_frame_keeps_its_shape_and_leaves_room_for_text(
    aspect: tuple[int, int], beside: bool
) -> None:
    panel_w, panel_h, pad = 89.0, 84.0, 2.5
    panel = panel_frame(panel_w, panel_h, *aspect, pad)
    assert panel.beside is beside
    assert panel.frame_w / panel.frame_h == pytest.approx(aspect[0] / aspect[1])
    if beside:
        assert panel.frame_h <= panel_h - 2 * pad + 1e-9 and panel.frame_w <= panel_w / 2
    else:
        assert panel.frame_w <= panel_w - 2 * pad + 1e-9 and panel.frame_h <= panel_h * 0.6 + 1e-9
    # As large as the panel allows: it fills the panel's height or its share of the width.
    if beside:
        assert panel.frame_h == pytest.approx(panel_h - 2 * pad) or panel.frame_w == pytest.approx(
            panel_w / 2 - pad
        )
    else:
        assert panel.frame_w == pytest.approx(panel_w - 2 * pad) or panel.frame_h == pytest.approx(
            panel_h * 0.6
        )

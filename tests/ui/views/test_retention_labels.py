"""Retention chart labels never overlap: legend, 3 s caption, crowded values, grid and time labels.

Checked geometrically on the boxes the chart draws its texts in (it lays every text out first and
paints it there), at the laptop's 1366×768 and in a narrow window, in Chinese and English.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.results.label_layout import Box, flow, overlapping, spread

pytest.importorskip("PySide6")


def _assert_clean(chart) -> None:
    from studio.results.retention import HOOK_S

    labels = chart.label_boxes()
    boxes = [lb.box for lb in labels]
    assert boxes and overlapping(boxes) == [], [
        (labels[i].text, labels[j].text) for i, j in overlapping(boxes)
    ]
    for b in boxes:  # all inside the widget
        assert (
            b.x >= -0.5
            and b.y >= -0.5
            and b.right <= chart.width() + 0.5
            and b.bottom <= chart.height() + 0.5
        )
    x3 = chart.x_of(HOOK_S)
    plot = chart.plot_rect()
    for lb in labels:  # the dashed 3 s line runs from the plot's top down; no text sits across it
        b = lb.box
        if b.bottom > plot.top() and b.y < chart.height() - 18:
            assert not (b.x < x3 < b.right), lb.text


def test_the_samples_crowded_values_on_the_laptop(window, qtbot) -> None:
    """The sample's three curves share 62 % at 3 s: their values used to print on top of each other."""
    window.resize(1366, 768)
    view = window.show_tab("results")
    view.tabs.setCurrentWidget(view.leave)
    chart = view.retention
    qtbot.waitUntil(lambda: chart.isVisible() and chart.width() > 600)
    assert len(chart.reads) >= 3
    threes = [round(r.at_3s * 100) for r in chart.reads]
    assert len(set(threes)) < len(threes)  # crowded indeed
    _assert_clean(chart)
    values = [lb for lb in chart.label_boxes() if lb.color is not None]
    assert len(values) == 2 * len(chart.reads)  # every 3 s share and completion is still shown


def _crowded(lang: str):
    from studio.models.entities import Variant
    from studio.results.retention import read_curve
    from studio.samples import sample_project

    project = sample_project(lang, frame_edge=64)[0]
    script = project.scripts[0]
    long = "价格钩子对比痛点提问钩子第二轮" if lang == "zh" else "Price hook against pain question, round two"
    for k in range(len(script.variants), 6):
        script.variants.append(Variant(name=f"{long} {k}"))
    reads = []
    for k, variant in enumerate(script.variants):
        # six curves a point apart at 3 s and at the end: the values crowd one spot
        curve = [1.0, 0.85, 0.72] + [0.62 - 0.002 * k - 0.02 * s for s in range(0, 23)]
        reads.append(read_curve(script, variant, curve))
    return script, reads


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", [(1300, 330), (560, 300)])
def test_six_crowded_curves_with_long_names(qtbot, monkeypatch, lang: str, size: tuple[int, int]) -> None:
    from studio.ui.views.retention_chart import RetentionChart

    monkeypatch.setenv("STUDIO_LANG", lang)
    script, reads = _crowded(lang)
    chart = RetentionChart()
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.set_curves(script, reads, "")
    chart.show()
    qtbot.waitUntil(chart.isVisible)
    _assert_clean(chart)
    legend = [lb for lb in chart.label_boxes() if lb.legend]
    assert [lb.text for lb in legend] == [r.variant.name for r in reads]
    if size[0] < 600:
        assert len({lb.box.y for lb in legend}) > 1  # the legend wraps instead of running off
    caption = next(lb for lb in chart.label_boxes() if lb.text in ("3秒", "3 s"))
    assert caption.text == ("3秒" if lang == "zh" else "3 s")
    assert chart.grab().width() == size[0]  # it paints from the same boxes without error


@settings(deadline=None)  # pure arithmetic; on a loaded machine a first example can be slow
@given(
    st.lists(st.floats(min_value=0, max_value=200, allow_nan=False), min_size=1, max_size=10),
    st.floats(min_value=8, max_value=20),
)
def test_spread_keeps_order_and_room_inside_its_range(wants: list[float], height: float) -> None:
    lo, hi = 0.0, 250.0
    tops = spread(wants, height, lo, hi)
    boxes = [Box(0, t, 10, height) for t in tops]
    assert overlapping(boxes) == []
    assert all(lo - 1e-6 <= t and t + height <= hi + 1e-6 for t in tops)  # 10 × 21 px fit in 250 px
    order = sorted(range(len(wants)), key=lambda i: wants[i])
    assert [tops[i] for i in order] == sorted(tops)


def test_a_label_alone_sits_where_it_wants() -> None:
    assert spread([100.0], 10, 0, 200) == [95.0]
    assert spread([2.0], 10, 0, 200) == [0.0]  # kept inside


def test_flow_wraps_entries_that_do_not_fit() -> None:
    boxes = flow([100, 100, 100], 14, 0, 250, 0, 10)
    assert [b.y for b in boxes] == [0, 0, 16] and overlapping(boxes) == []

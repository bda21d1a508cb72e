"""The PDF's "Where viewers leave" page: curves over the beats, the 3 s line, values that never overlap.

The label boxes are checked with the PDF's own font metrics (the CJK font when there is one): no two
intersect, none crosses the 3 s line, all stay on the chart; the exported page carries the words.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from studio.exports.pdf_export import _Pdf, export_pdf
from studio.exports.retention_pdf import layout
from studio.models.entities import Variant
from studio.results.label_layout import Box, overlapping
from studio.results.retention import HOOK_S, read_curve, readings
from studio.samples import sample_project


def _crowded(lang: str):
    project = sample_project(lang, frame_edge=64)[0]
    script = project.scripts[0]
    long = "价格钩子对比痛点提问钩子第二轮" if lang == "zh" else "Price hook against pain question, round two"
    for k in range(len(script.variants), 6):
        script.variants.append(Variant(name=f"{long} {k}"))
    reads = []
    for k, variant in enumerate(script.variants):
        curve = [1.0, 0.85, 0.72] + [0.62 - 0.002 * k - 0.02 * s for s in range(0, 23)]
        reads.append(read_curve(script, variant, curve))
    return script, reads


def _check(chart, frame: Box) -> None:
    boxes = [t.box for t in chart.texts]
    assert overlapping(boxes) == [], [
        (chart.texts[i].text, chart.texts[j].text) for i, j in overlapping(boxes)
    ]
    for b in boxes:
        assert frame.x - 0.01 <= b.x and b.right <= frame.right + 0.01 and frame.y - 0.01 <= b.y
    x3 = chart.x_of(HOOK_S)
    for t in chart.texts:
        if t.box.bottom > chart.plot.y and t.box.y < chart.strips_top:
            assert not (t.box.x < x3 < t.box.right), t.text


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [277.0, 120.0])
def test_crowded_labels_never_overlap_with_the_pdfs_font(lang: str, width: float) -> None:
    pdf = _Pdf("a4", lang)
    pdf.add_page()
    pdf.set_font(pdf.family, "", 7.5)
    script, reads = _crowded(lang)
    frame = Box(10, 20, width, 110)
    chart = layout(script, reads, lang, frame, lambda s: float(pdf.get_string_width(pdf.txt(s))), 3.5)
    _check(chart, frame)
    values = [t for t in chart.texts if t.rgb is not None]
    assert len(values) == 2 * len(reads)
    legend = [t for t in chart.texts if t.legend]
    assert [t.text for t in legend] == [r.variant.name for r in reads]
    if width < 200:
        assert len({t.box.y for t in legend}) > 1  # wrapped, not run off the page


def test_the_samples_curves_lay_out_clean() -> None:
    project = sample_project("zh", frame_edge=64)[0]
    script = project.scripts[0]
    reads = readings(script, project.results, project.platform)
    assert len({round(r.at_3s * 100) for r in reads}) < len(reads)  # three curves share 62 % at 3 s
    chart = layout(script, reads, "zh", Box(10, 20, 277, 110), lambda s: len(s) * 1.6, 3.5)
    _check(chart, Box(10, 20, 277, 110))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_exported_pdf_has_the_page_with_its_words(tmp_path: Path, lang: str) -> None:
    project, _ = sample_project(lang, frame_edge=120)
    script = project.scripts[0]
    out = export_pdf(
        project, script, [script.variants[0]], None, tmp_path / "r.pdf", lang, include_results=True
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    page = next(p for p in text.split("\f") if ("观众在哪里离开" in p or "Where viewers leave" in p))
    flat = page.replace(" ", "")
    if lang == "zh":
        assert "3秒留存62%" in flat and "流失最快的是" in flat and "3秒" in flat
    else:
        assert "still watching at 3 s" in page and "loses viewers fastest" in page
    project.results.clear()
    bare = export_pdf(
        project, script, [script.variants[0]], None, tmp_path / "b.pdf", lang, include_results=True
    )
    bare_text = subprocess.run(
        ["pdftotext", str(bare), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Where viewers leave" not in bare_text and "观众在哪里离开" not in bare_text

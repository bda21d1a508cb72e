"""The PDF's results page: every metric's chart with the winner drawn green, and the verdicts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from studio.exports.pdf_export import export_pdf

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")


@needs_poppler
def test_results_page_draws_the_charts(sample_file, tmp_path: Path) -> None:
    from PIL import Image

    from studio.exports.results_pdf import WINNER_RGB

    project = sample_file.project
    script = project.scripts[0]
    out = export_pdf(
        project,
        script,
        [script.variants[0]],
        sample_file.frame_bytes,
        tmp_path / "b.pdf",
        include_results=True,
    )
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    # The results page comes before the retention page and the creators page, the last one.
    last = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages"))) - 2
    text = subprocess.run(["pdftotext", "-layout", "-f", str(last), "-l", str(last), str(out), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "A/B 投放结果" in text
    for title in ("3秒播放率", "完播率", "点击率", "转化率", "单次转化成本", "ROAS"):
        assert title in text
    assert "74.00%" in text and "「价格钩子」胜出" in text.replace(" ", "")
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(last), "-l", str(last), str(out), str(tmp_path / "p")],
                   check=True)  # fmt: skip
    page = Image.open(next(tmp_path.glob("p*.png"))).convert("RGB")
    green = sum(
        1
        for x in range(0, page.width, 2)
        for y in range(0, page.height // 2, 2)
        if sum(abs(a - b) for a, b in zip(page.getpixel((x, y)), WINNER_RGB, strict=True)) < 60
    )
    assert green > 10


def test_no_results_no_results_page(tmp_path: Path) -> None:
    from studio.samples import sample_project

    project, _ = sample_project("en", frame_edge=120)
    project.results.clear()
    script = project.scripts[0]
    with_results = export_pdf(
        *_args(sample_project("en", frame_edge=120)[0], tmp_path / "a.pdf"), include_results=True
    )
    without = export_pdf(
        project, script, [script.variants[0]], None, tmp_path / "b.pdf", include_results=True
    )
    assert b"A/B results" in _text(with_results) and b"A/B results" not in _text(without)


def _args(project, path: Path) -> tuple:
    script = project.scripts[0]
    return project, script, [script.variants[0]], None, path


def _text(path: Path) -> bytes:
    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout

"""Every office format converts to PDF in LibreOffice without error (skipped without soffice)."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from studio.exports.docx_export import export_docx
from studio.exports.script_export import export_script
from studio.exports.xlsx_export import export_xlsx

SOFFICE = shutil.which("soffice")
pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed"),
]


def _convert(source: Path, tmp_path: Path) -> Path:
    """Convert with a private user installation and output folder, so runs never collide."""
    profile = Path("/tmp") / f"lo_{uuid.uuid4().hex}"
    outdir = tmp_path / f"pdf_{source.stem}"
    outdir.mkdir()
    try:
        result = subprocess.run(
            [
                SOFFICE,
                "--headless",
                f"-env:UserInstallation=file://{profile}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(outdir),
                str(source),
            ],
            capture_output=True,
            text=True,
            timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = outdir / f"{source.stem}.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and pdf.stat().st_size > 1000, result.stdout + result.stderr
    return pdf


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "script"])
def test_converts_to_pdf(fmt: str, sample_file, tmp_path: Path) -> None:
    project = sample_file.project
    script = project.scripts[0]
    writers = {
        "docx": lambda p: export_docx(project, script, script.variants[:2], sample_file.frame_bytes, p),
        "xlsx": lambda p: export_xlsx(project, script, None, sample_file.frame_bytes, p),
        "script": lambda p: export_script(project, script, script.variants[:1], None, p),
    }
    source = writers[fmt](tmp_path / f"{fmt}.{'xlsx' if fmt == 'xlsx' else 'docx'}")
    pdf = _convert(source, tmp_path)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert script.variants[0].name in text or project.title.split()[0] in text


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("layout", ["table", "3x2", "2x3"])
def test_storyboard_pages_in_each_layout(layout: str, paper: str, sample_file, tmp_path: Path) -> None:
    project = sample_file.project
    script = project.scripts[0]
    variant = script.variants[0]
    shots = [s for b in script.beats for s in b.alternatives[0].shots]
    path = export_docx(project, script, [variant], sample_file.frame_bytes, tmp_path / "b.docx", paper=paper,
                       layout=layout)  # fmt: skip
    pages = _pages(_convert(path, tmp_path))
    per_page = [sum(p.count(s.code) for s in shots) for p in pages]
    assert sum(per_page) == len(shots), per_page
    if layout == "table":
        # Frames 3.6 cm tall still leave room for two shots on every page but the last.
        assert min(per_page[:-1]) >= 2, per_page
    else:
        # A grid page holds its six panels; the first shares its page with the cover.
        assert max(per_page) == 6 and all(n == 6 for n in per_page[1:-1]), per_page


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_shoot_list_prints_every_column_with_whole_header_words(sample_file, tmp_path: Path) -> None:
    project = sample_file.project
    script = project.scripts[0]
    path = export_xlsx(project, script, None, sample_file.frame_bytes, tmp_path / "w.xlsx", lang="en")
    pages = [p for p in _pages(_convert(path, tmp_path)) if "Shoot list" in p]
    text = "\n".join(pages)
    assert "Location" in text and "Voice-over" in text and "☐" in text
    lines = set(text.split("\n"))
    # Every column is on paper, and each header word prints whole (a word broken in two is two lines).
    for header in ("Beat", "Alt.", "On-screen text", "Sound", "Duration (s)", "Camera move", "Notes"):
        for part in header.split():
            assert any(part in line.split() for line in lines), (header, part)
    flat = re.sub(
        r"\s", "", text.replace(project.title, "")
    )  # turned-up variant names read back letter by letter
    for variant in script.variants:
        assert re.sub(r"\s", "", variant.name) in flat, variant.name
    assert len(pages) <= 6  # two bands at a legible size (one page wide printed at about 7 pt)


def test_creator_brief_prints_each_creator_from_a_fresh_page(sample_file, tmp_path: Path) -> None:
    """Each creator's Word brief (with the whole script) starts on a page of its own in LibreOffice and takes
    two pages at most: key shots side by side, the script as one table."""
    from studio.exports.creator_brief import export_creator_brief

    project = sample_file.project
    out = export_creator_brief(
        project, project.scripts[0], [], sample_file.frame_bytes, tmp_path / "tb.docx", "zh"
    )
    pdf = _convert(out, tmp_path)
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    count = int(next(line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")))
    assert len(project.creators) >= 2 and count <= 2 * len(project.creators)
    titled = 0
    for n in range(1, count + 1):
        text = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip
        assert f"第 {n} 页 / 共 {count} 页" in text  # the footer's fields, filled in by the renderer
        lines = [line for line in text.splitlines() if line.strip()]
        if any("达人简报：" in line for line in lines):
            titled += 1
            # a creator's title heads its page, under the running head
            assert any("达人简报：" in line for line in lines[:3]), lines[:3]
    assert titled == len(project.creators)

"""The PDF (Chinese as glyphs) and the long storyboard picture for chat."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from studio.exports import image_export
from studio.exports.common import FolderMissingError
from studio.exports.image_export import export_image
from studio.exports.pdf_export import export_pdf
from studio.models.timeline import cut
from tests.exports.export_helpers import media_of, tiny_project

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture(scope="module")
def sample_pdfs(_sample_files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The Chinese sample's PDFs that several tests only read, each exported once: "one" its first variant
    (the default layout and language), "all_en" every variant in English."""
    from studio.store.document import ProjectFile

    folder = tmp_path_factory.mktemp("pdfs")
    with ProjectFile.open(_sample_files["zh"], readonly=True) as pf:
        script = pf.project.scripts[0]
        return {
            "one": export_pdf(pf.project, script, script.variants[:1], pf.frame_bytes, folder / "b.pdf"),
            "all_en": export_pdf(pf.project, script, script.variants, pf.frame_bytes, folder / "s.pdf", lang="en"),
        }  # fmt: skip


@needs_poppler
def test_pdf_has_chinese_text_and_every_shot(sample_file, sample_pdfs: dict[str, Path]) -> None:
    project = sample_file.project
    script = project.scripts[0]
    variant = script.variants[0]
    out = sample_pdfs["one"]
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert project.title.replace(" ", "") in text.replace(" ", "")
    assert "拍摄清单" in text and "分镜脚本" in text
    squeezed = text.replace(" ", "").replace("\n", "")
    for t in cut(script, variant):
        assert t.shot.code in text
        if t.shot.voiceover:
            assert t.shot.voiceover.replace(" ", "")[:6] in squeezed
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "842 x 595" in info or "841.89 x 595.28" in info  # landscape A4


@needs_poppler
def test_pdf_letter_and_hostile_text(tmp_path: Path) -> None:
    project, script, store = tiny_project({"visual": "=1+1 \x00\x07 \ud800 😀", "voiceover": "制表\t符"})
    out = export_pdf(project, script, script.variants, media_of(store), tmp_path / "l.pdf", paper="letter")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "792 x 612" in info
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "=1+1" in text


def test_pdf_missing_folder(tmp_path: Path) -> None:
    project, script, store = tiny_project()
    with pytest.raises(FolderMissingError):
        export_pdf(project, script, script.variants, media_of(store), tmp_path / "no" / "x.pdf")


def test_picture_is_1080_wide_png_and_jpeg(sample_file, tmp_path: Path) -> None:
    project = sample_file.project
    script = project.scripts[0]
    [png] = export_image(project, script, [script.base_variant], sample_file.frame_bytes, tmp_path / "b.png")
    with Image.open(png) as im:
        assert im.format == "PNG" and im.width == 1080 and im.height > 1500
        # The title band is dark, the page light: the picture is drawn, not blank.
        assert sum(im.convert("L").getpixel((5, 5)) for _ in range(1)) < 100
        assert im.convert("L").getpixel((5, im.height - 5)) > 200
    [jpg] = export_image(project, script, [script.base_variant], sample_file.frame_bytes, tmp_path / "b.jpg")
    with Image.open(jpg) as im:
        assert im.format == "JPEG" and im.width == 1080


def test_tall_boards_are_split_into_numbered_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(image_export, "MAX_HEIGHT", 2200)
    project, script, store = tiny_project(shots=10)
    paths = export_image(project, script, script.variants, media_of(store), tmp_path / "long.png")
    assert [p.name for p in paths] == [f"long_{i}.png" for i in range(1, len(paths) + 1)] and len(paths) >= 2
    for p in paths:
        with Image.open(p) as im:
            assert im.width == 1080 and im.height <= 2200
    assert not (tmp_path / "long.png").exists()


def test_several_variants_get_their_names_in_the_file(tmp_path: Path) -> None:
    project, script, store = tiny_project()
    from studio.models.entities import Variant

    script.variants.append(Variant(name="价格/钩子"))
    paths = export_image(project, script, script.variants, media_of(store), tmp_path / "b.png")
    assert [p.name for p in paths] == ["b_基础版.png", "b_价格_钩子.png"]


def test_picture_failure_leaves_no_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(image_export, "MAX_HEIGHT", 2200)
    project, script, store = tiny_project(shots=10)
    calls = {"n": 0}
    real = image_export._save

    def flaky(picture, fh, fmt) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        real(picture, fh, fmt)

    monkeypatch.setattr(image_export, "_save", flaky)
    with pytest.raises(Exception):  # noqa: B017 - the typed error is checked in the common tests
        export_image(project, script, script.variants, media_of(store), tmp_path / "x.png")
    assert list(tmp_path.iterdir()) == []


def _content_streams(pdf: bytes) -> str:
    """Every stream of a PDF, inflated where it is compressed, as text."""
    import re
    import zlib

    out = []
    for raw in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            out.append(zlib.decompress(raw).decode("latin-1"))
        except zlib.error:
            out.append(raw.decode("latin-1"))
    return "\n".join(out)


def test_pdf_bold_is_drawn_even_with_a_one_weight_cjk_font(sample_pdfs: dict[str, Path]) -> None:
    out = sample_pdfs["one"]
    streams = _content_streams(out.read_bytes())
    # Bold text (title, headings, shot codes) is filled and stroked (render mode 2); body text is not.
    assert streams.count(" 2 Tr ") >= 10
    bold_runs = streams.split(" 2 Tr ")
    assert len(bold_runs) - 1 < streams.count(" Tj") + streams.count(" TJ")


@needs_poppler
def test_pdf_shoot_list_has_boxes_thumbnails_and_voice_over(
    sample_file, sample_pdfs: dict[str, Path]
) -> None:
    project = sample_file.project
    script = project.scripts[0]
    out = sample_pdfs["all_en"]
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    shoot = text[text.index("Shoot list") :]
    assert shoot.count("□") + shoot.count("✔") >= 10 and "Voice-over" in shoot
    images = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout
    assert len(images.splitlines()) - 2 >= 2 * len(cut(script, script.variants[0]))


def test_pdf_text_is_left_aligned_never_justified(sample_pdfs: dict[str, Path]) -> None:
    out = sample_pdfs["all_en"]
    streams = _content_streams(out.read_bytes())
    # fpdf2 justifies by spreading words with TJ offsets ("[(word) -377.2(word)] TJ"); left text has none.
    assert re.search(r"\)\s*-?\d+(\.\d+)?\s*\(", streams) is None
    assert streams.count(" Tj") > 100


@needs_poppler
def test_chinese_pdf_uses_chinese_punctuation(sample_file, tmp_path: Path) -> None:
    project = sample_file.project
    script = project.scripts[0]
    out = export_pdf(project, script, script.variants, sample_file.frame_bytes, tmp_path / "z.pdf", lang="zh")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "道具：" in text and "场景：" in text and "时长（秒）" in text
    # No half-width comma, colon or bracket beside a Chinese character anywhere on the pages.
    assert re.search(r"[\u4e00-\u9fff][,:;()]|[,:;()][\u4e00-\u9fff]", text) is None
    assert "基础版（基础版）" in text
    names = [v.name for v in script.variants]
    assert f"{names[0]}、" in text.replace("\n", "") and f"{names[0]}," not in text


def _placements(pdf: bytes) -> list[tuple[float, float]]:
    """(width, height) in points of every picture drawn, in page order."""
    found = re.findall(r"q ([\d.]+) 0 0 ([\d.]+) [\d.]+ [\d.]+ cm /I\d+ Do", _content_streams(pdf))
    return [(float(w), float(h)) for w, h in found]


CM = 72 / 2.54


def test_pdf_storyboard_frames_are_large_enough_to_read(sample_file, sample_pdfs: dict[str, Path]) -> None:
    project = sample_file.project
    script = project.scripts[0]
    variant = script.variants[0]
    out = sample_pdfs["one"]
    timed = cut(script, variant)
    board = _placements(out.read_bytes())[: len(timed)]
    assert all(h >= 3.5 * CM and abs(w / h - 9 / 16) < 0.02 for w, h in board), board


@needs_poppler
@pytest.mark.parametrize(("layout", "size"), [("3x2", "842 x 595"), ("2x3", "595 x 842")])
def test_pdf_grid_pages_hold_six_large_panels(layout: str, size: str, sample_file, tmp_path: Path) -> None:
    project = sample_file.project
    script = project.scripts[0]
    variant = script.variants[0]
    timed = cut(script, variant)
    out = export_pdf(project, script, [variant], sample_file.frame_bytes, tmp_path / "g.pdf", layout=layout)
    board = _placements(out.read_bytes())[: len(timed)]
    assert all(h >= 6 * CM for _, h in board), board
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    pages = [
        p
        for p in text.split("\f")
        if p.strip() and not any(title in p for title in ("拍摄清单", "A/B 投放结果", "达人对比"))
    ]  # the storyboard's pages, not the shoot list's, the results page or the creators page
    per_page = [sum(p.count(t.shot.code) for t in timed) for p in pages]
    # The first page also holds the cover; every later storyboard page but the last is one full grid.
    assert sum(per_page) == len(timed)
    assert all(n == 6 for n in per_page[1:-1]) and max(per_page) == 6 and per_page[0] >= 3, per_page
    info = subprocess.run(["pdfinfo", "-f", "2", "-l", "2", str(out)], capture_output=True, text=True).stdout
    assert size in info.replace(".89", "").replace(".28", "").replace("841", "842"), info
    for t in timed:
        if t.shot.voiceover:
            assert t.shot.voiceover.replace(" ", "")[:6] in text.replace(" ", "").replace("\n", "")


@needs_poppler
def test_pdf_grid_text_that_does_not_fit_is_printed_in_full_after(tmp_path: Path) -> None:
    long = "镜头描述" * 200 + "结尾标记"
    project, script, store = tiny_project(
        {"visual": long, "voiceover": "spoken words " * 300 + "ENDMARK"}, shots=7
    )
    out = export_pdf(project, script, script.variants, media_of(store), tmp_path / "l.pdf", layout="3x2")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    squeezed = text.replace("\n", "").replace(" ", "")
    assert (
        "[1]" in text and "[2]" in text and "结尾标记" in squeezed and long in squeezed and "ENDMARK" in text
    )
    # The notes under the grid are left-aligned too (no TJ word spreading).
    assert re.search(r"\)\s*-?\d+(\.\d+)?\s*\(", _content_streams(out.read_bytes())) is None

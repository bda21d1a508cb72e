"""Every office export and PDF of the two big, messy projects (tests/exports/messy_projects.py) renders
through LibreOffice and pdftoppm, and holds what its receivers check first: every shot on paper, the
script's title, client, director and shoot date on every page, the approval block at the end, no line
of our own renderer starting with closing punctuation, no shot given a page of its own."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from studio.exports.common import APPROVAL_BOXES, word
from studio.exports.creator_brief import export_creator_brief
from studio.exports.docx_export import export_docx
from studio.exports.image_export import export_image
from studio.exports.linebreak import URL
from studio.exports.pdf_export import export_pdf
from studio.exports.script_export import export_script
from studio.exports.xlsx_export import export_xlsx
from studio.models.timeline import cut, union
from tests.exports.export_helpers import media_of
from tests.exports.messy_projects import _LINES, SHOTS_IMPORTED, many_variants, messy_import

SOFFICE = shutil.which("soffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.libreoffice,
    pytest.mark.skipif(
        SOFFICE is None or shutil.which("pdftoppm") is None, reason="LibreOffice or poppler missing"
    ),
]
#: Closing punctuation no line may start with (避头尾).
CLOSING = "，。、；：！？）】」』”’》"


def _pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(path)
    return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """Both projects exported to every paper format, the office files converted by LibreOffice, and
    every page drawn by pdftoppm (kept beside them, to look at)."""
    folder = tmp_path_factory.mktemp("messy")
    messy, blobs = messy_import(folder)
    big = many_variants("en")
    out: dict[str, dict[str, Path]] = {}
    for name, project, media, lang in (("messy", messy, media_of(blobs), "zh"), ("big", big, None, "en")):
        script = project.scripts[0]
        files = {
            "docx": export_docx(project, script, script.variants, media, folder / f"{name}_board.docx", lang),
            "pdf": export_pdf(project, script, script.variants, media, folder / f"{name}_board.pdf", lang),
            "xlsx": export_xlsx(project, script, None, media, folder / f"{name}_book.xlsx", lang),
            "script": export_script(
                project, script, script.variants, media, folder / f"{name}_script.docx", lang
            ),
            "brief": export_creator_brief(project, script, [], media, folder / f"{name}_brief.docx", lang),
        }
        export_image(project, script, script.variants[:1], media, folder / f"{name}_long.png", lang)
        out[name] = files
    office = [p for files in out.values() for k, p in files.items() if k != "pdf"]
    profile = Path("/tmp") / f"lo_{uuid.uuid4().hex}"
    try:
        subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
                        "--outdir", str(folder / "lo"), *map(str, office)],
                       capture_output=True, timeout=600, check=True)  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    drawn = folder / "png"
    drawn.mkdir()
    for files in out.values():
        for kind in ("docx", "xlsx", "script", "brief"):
            files[f"lo_{kind}"] = folder / "lo" / f"{files[kind].stem}.pdf"
        for kind, path in list(files.items()):
            if path.suffix == ".pdf":
                subprocess.run(["pdftoppm", "-r", "24", "-png", str(path), str(drawn / f"{path.stem}_{kind}")],
                               check=True, capture_output=True, timeout=300)  # fmt: skip
    return out


def test_every_page_is_drawn(rendered) -> None:
    for files in rendered.values():
        for kind, path in files.items():
            if path.suffix != ".pdf":
                continue
            count = len(pdfium.PdfDocument(path))
            folder = path.parent if path.parent.name != "lo" else path.parent.parent
            drawn = list((folder / "png").glob(f"{path.stem}_{kind}-*.png"))
            assert count > 0 and len(drawn) == count, (kind, count, len(drawn))


def test_every_shot_is_on_the_storyboards_and_shoot_lists(rendered) -> None:
    again = Path(rendered["messy"]["pdf"]).parent / "again"
    again.mkdir(exist_ok=True)
    messy, _ = messy_import(again)  # the same workbook read again: the same codes
    codes = {u.shot.code for u in union(messy.scripts[0])}
    assert len(codes) == SHOTS_IMPORTED
    for kind in ("pdf", "lo_docx", "lo_xlsx"):
        text = re.sub(r"\s+", " ", "\n".join(_pages(rendered["messy"][kind])))
        missing = {c for c in codes if not re.search(rf"(?<![\d.]){re.escape(c)}(?![\d.])", text)}
        assert not missing, (kind, sorted(missing))
    # A code is printed whole on one line ("H2-A-\n01" in a narrow column reads as two things).
    big = {u.shot.code for u in union(many_variants("en").scripts[0])}
    for kind in ("pdf", "lo_docx"):
        lines = {
            w for page in _pages(rendered["big"][kind]) for line in page.splitlines() for w in line.split()
        }
        assert big <= lines, (kind, sorted(big - lines)[:5])


@pytest.mark.parametrize("kind", ["pdf", "lo_docx", "lo_xlsx"])
def test_title_rows_on_every_page_and_approval_at_the_end(rendered, kind: str) -> None:
    pages = [re.sub(r"\s+", "", p) for p in _pages(rendered["messy"][kind])]
    assert "焕亮精华46镜分镜脚本" in pages[0]  # the script's own title, not the file's name
    for n, page in enumerate(pages, start=1):
        assert "客户：晨露" in page and "导演：王五" in page and "拍摄日期：2026-12-10" in page, (kind, n)
    if kind != "lo_xlsx":  # the workbook's last sheet is the variants matrix
        assert all(word(k, "zh") in pages[-1] for k, _ in APPROVAL_BOXES), kind
    big = [re.sub(r"\s+", " ", p) for p in _pages(rendered["big"][kind])]
    assert all(word(k, "en") in big[-1] for k, _ in APPROVAL_BOXES) or kind == "lo_xlsx"


def test_our_pdf_starts_no_line_with_closing_punctuation(rendered) -> None:
    for name in ("messy", "big"):
        text = subprocess.run(["pdftotext", str(rendered[name]["pdf"]), "-"], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
        bad = [line for line in text.splitlines() if line.strip() and line.strip()[0] in CLOSING]
        assert not bad, (name, bad[:5])


def test_no_shot_takes_a_page_of_its_own(rendered) -> None:
    pages = _pages(rendered["messy"]["pdf"])
    board = [p for p in pages if word("storyboard", "zh") in p[:80]]
    assert len(board) <= SHOTS_IMPORTED // 2  # at least two shots a page, whatever the pictures


@pytest.mark.parametrize("kind", ["lo_docx", "lo_script", "lo_brief"])
def test_word_never_cuts_a_latin_word_in_a_chinese_document(rendered, kind: str) -> None:
    """The Chinese storyboard, script and brief hold English lines in narrow cells: LibreOffice (as Word)
    keeps each English word whole ("ships", not "ship" + "s"); a Chinese document tagged its Latin
    text as Chinese, which let the line break fall anywhere inside a word."""
    # An address longer than its cell is cut where the renderer can; the words around it never are.
    words = set(re.findall(r"[A-Za-z]+", URL.sub(" ", " ".join(_LINES))))
    every = set(re.findall(r"[A-Za-z]+", " ".join([*_LINES, "https://ref.example.com/board/ logo"])))
    found = set(re.findall(r"[A-Za-z]+", "\n".join(_pages(rendered["messy"][kind]))))
    cut = {w for w in found - every if any(v.startswith(w) or v.endswith(w) for v in words)}
    assert not cut, (kind, sorted(cut)[:10])


def test_the_creator_brief_prints_each_shot_code_and_time_on_one_line(rendered) -> None:
    """The brief's script table keeps "00:02.0–00:05.0" and a shot code each on one line (its time
    column was so narrow that LibreOffice's stand-in for Arial broke every range at the dash)."""
    text = "\n".join(_pages(rendered["big"]["lo_brief"]))
    ranges = re.findall(r"\d\d:\d\d\.\d–\s*\d\d:\d\d\.\d", text)
    assert ranges and all("\n" not in r and "\r" not in r for r in ranges), [r for r in ranges if "\n" in r][
        :3
    ]
    script = many_variants("en").scripts[0]
    codes = {t.shot.code for t in cut(script, script.base_variant)}
    words = {w for line in text.splitlines() for w in line.split()}
    assert codes <= words, sorted(codes - words)[:5]

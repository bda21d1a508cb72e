"""Hostile projects: every text field full of trouble and frames that are missing or odd.

Nothing may crash, every file must open in its reader (and in LibreOffice where it is an
office file), and the text must be kept, minus characters the format cannot hold.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from PIL import Image

from studio.exports.common import safe_text
from studio.exports.docx_export import export_docx
from studio.exports.image_export import export_image
from studio.exports.pack import pack_variants
from studio.exports.pdf_export import export_pdf
from studio.exports.script_export import export_script
from studio.exports.srt import parse_srt
from studio.exports.timelines import read_back
from studio.exports.xlsx_export import export_xlsx
from studio.models.entities import SHOT_TEXT_FIELDS, Frame, Variant
from tests.exports.export_helpers import jpeg, media_of, tiny_project

#: Every text a user types into a shot, so a new text field is attacked too.
TEXT_FIELDS = (*SHOT_TEXT_FIELDS, "code")
LONG_VO = "这是一段很长的口播，" * 500  # 5,000 characters
NASTY = {
    "control": "a\x00b\x01c\x08d\x0be\x0cf\x1bg\x7fh\r\nline two\tend",
    "surrogate": "half \ud800 pair \udfff done",
    "formula": '=HYPERLINK("http://evil","x")',
    "plus": "+86 139 0000",
    "minus": "-50% 立减",
    "at": "@SUM(A1)",
    "emoji": "🎬🔥 爆款 👍🏽 family 👨‍👩‍👧",
    "rtl": "مرحبا بالعالم שלום עולם",
}


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _frames() -> dict[str, bytes]:
    """Frame originals that a careless store could hold: broken, CMYK, 16-bit, huge."""
    cmyk = io.BytesIO()
    Image.new("CMYK", (90, 160), (0, 200, 200, 0)).save(cmyk, "JPEG")
    return {
        "broken": jpeg()[:300],
        "cmyk": cmyk.getvalue(),
        "deep": _png(Image.new("I;16", (90, 160), 40000)),
        "huge": _png(Image.new("L", (10000, 10000), 128)),
    }


@pytest.fixture(scope="module")
def hostile():
    """A project of nine shots: each text field carries all the trouble, one shot per frame kind."""
    project, script, store = tiny_project(shots=9, frame=False)
    shots = script.beats[0].alternatives[0].shots
    for i, shot in enumerate(shots):
        for field in TEXT_FIELDS:
            value = f"{field}{i} " + " | ".join(NASTY.values())
            setattr(shot, field, value if field != "code" else f"{NASTY['formula'][:6]}{i}\x07")
        shot.voiceover = NASTY["formula"] + LONG_VO if i == 0 else shot.voiceover
    for shot, (name, data) in zip(shots[1:], _frames().items(), strict=False):
        store[name] = {"original": data}  # no renditions: the exports must make their own
        project.frames[name] = Frame(name, f"{name}.img", 90, 160, "PNG")
        shot.frame = name
    shots[5].frame = "missing-from-the-store"
    project.frames["cmyk-print"] = Frame("cmyk-print", "c.jpg", 90, 160, "JPEG")
    store["cmyk-print"] = {"print": _frames()["cmyk"], "thumb": _frames()["cmyk"]}
    shots[6].frame = "cmyk-print"
    project.title = "项目 " + NASTY["rtl"] + NASTY["surrogate"] + "\x01" + NASTY["emoji"]
    script.variants[0].name = "=基础/版:\x02" + NASTY["rtl"][:6]
    script.variants[0].hypothesis = NASTY["formula"] + NASTY["emoji"]
    script.variants.append(Variant(name="@second\ud800", hypothesis=LONG_VO))
    return project, script, media_of(store)


def _convert(source: Path, tmp_path: Path) -> str:
    """Convert with LibreOffice and return the PDF's text; skips when soffice is missing."""
    soffice = shutil.which("soffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice or poppler-utils not installed")
    profile = Path("/tmp") / f"lo_{uuid.uuid4().hex}"
    outdir = tmp_path / f"lo_{source.stem}"
    outdir.mkdir()
    try:
        result = subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
             "--outdir", str(outdir), str(source)],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = outdir / f"{source.stem}.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _docx_text(path: Path) -> str:
    doc = docx.Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    parts += [p.text for s in doc.sections for p in s.header.paragraphs]
    return "\n".join(parts)


@pytest.mark.libreoffice
def test_word_storyboard_keeps_the_text_and_opens_in_libreoffice(hostile, tmp_path: Path) -> None:
    project, script, media = hostile
    path = export_docx(project, script, script.variants, media, tmp_path / "b.docx")
    text = _docx_text(path)
    for value in NASTY.values():
        assert _squeeze(safe_text(value)) in _squeeze(text)
    assert _squeeze(LONG_VO) in _squeeze(text)
    assert "\x00" not in text and "\ud800" not in text
    assert len(docx.Document(str(path)).inline_shapes) == 2 * 9
    printed = _squeeze(_convert(path, tmp_path))
    assert _squeeze(LONG_VO)[-200:] in printed  # the long row broke across pages instead of being cut
    assert "爆款" in printed


@pytest.mark.libreoffice
def test_workbook_keeps_text_as_text_and_opens_in_libreoffice(hostile, tmp_path: Path) -> None:
    project, script, media = hostile
    path = export_xlsx(project, script, None, media, tmp_path / "w.xlsx")
    wb = load_workbook(path)
    shoot = next(ws for ws in wb.worksheets if ws.title == "拍摄清单")
    head = [c.value for c in shoot[1]]
    values = [c.value for row in shoot.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    assert any(v.startswith("=HYPERLINK") for v in values)
    assert any(v.endswith(LONG_VO) for v in values)
    for row in shoot.iter_rows(min_row=2, max_row=10):
        for cell in row:
            if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                assert cell.data_type == "s" and cell.quotePrefix
    assert head.index("分镜图") >= 0 and len(shoot._images) == 9
    with zipfile.ZipFile(path) as zf:
        assert not any(b"<f>" in zf.read(n) for n in zf.namelist() if n.startswith("xl/worksheets/"))
        for name in zf.namelist():
            if name.endswith(".xml"):
                zf.read(name).decode("utf-8")  # every part is well-formed UTF-8
    assert "爆款" in _convert(path, tmp_path)


def test_script_pdf_and_picture(hostile, tmp_path: Path) -> None:
    project, script, media = hostile
    for suffix in (".docx", ".md", ".txt"):
        out = export_script(project, script, script.variants, media, tmp_path / f"s{suffix}")
        text = _docx_text(out) if suffix == ".docx" else out.read_text("utf-8")
        assert _squeeze(LONG_VO) in _squeeze(text) and "爆款" in text
    pdf = export_pdf(project, script, script.variants, media, tmp_path / "b.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # Every sentence of the long voice-over is printed (in full under the table that had to cut it).
    assert _squeeze(text).count("这是一段很长的口播") >= 500 and "HYPERLINK" in text and "爆款" in text
    written = export_image(project, script, script.variants[:1], media, tmp_path / "p.png")
    for path in written if isinstance(written, list) else [written]:
        with Image.open(path) as im:
            im.verify()


def test_pack_of_a_hostile_project(hostile, tmp_path: Path) -> None:
    project, script, media = hostile
    results = pack_variants(project, script, script.variants, media, tmp_path, make_zip=True)
    assert len(results) == 2 and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    folder = results[0].folder
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert len(manifest["shots"]) == 9
    placeholders = [s["index"] for s in manifest["shots"] if s["placeholder"]]
    # Only the CMYK and the 16-bit originals decode; broken, huge, missing, rendition-only and no frame do not.
    assert placeholders == [1, 2, 5, 6, 7, 8, 9]
    cues = parse_srt((folder / "captions.srt").read_text("utf-8"))
    assert _squeeze(LONG_VO) in _squeeze("".join(c.text for c in cues))
    for ext in ("otio", "edl", "xml", "fcpxml"):
        assert len(list(read_back(folder / f"timeline.{ext}", 25).find_clips())) == 9
    edl = (folder / "timeline.edl").read_text("utf-8")
    assert "* VO: =HYPERLINK" in edl and len([x for x in edl.splitlines() if x[:3].isdigit()]) == 9
    with zipfile.ZipFile(results[0].zip_path) as zf:
        assert zf.testzip() is None
    for name in ("storyboard.docx", "script.docx"):
        docx.Document(str(folder / name))
    load_workbook(folder / "shotlist.xlsx")


def test_over_long_texts_stay_within_what_each_format_holds(tmp_path: Path) -> None:
    from docx.oxml.ns import qn

    huge = "长" * 40_000
    project, script, store = tiny_project({"notes": huge, "voiceover": LONG_VO})
    project.title = "T" * 600
    path = export_xlsx(project, script, None, media_of(store), tmp_path / "w.xlsx")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    notes = next(c.value for c in ws[2] if isinstance(c.value, str) and c.value.startswith("长"))
    assert len(notes) == 32767 and notes.endswith("…")  # Excel's cell limit; the rest cannot be held
    assert len(ws.oddHeader.center.text) <= 255
    doc = docx.Document(
        str(export_docx(project, script, script.variants, media_of(store), tmp_path / "b.docx"))
    )
    board = doc.tables[1]
    rows = [r for r in board.rows[1:] if len({id(c._tc) for c in r.cells}) > 1]
    kept = [r._tr.trPr.find(qn("w:cantSplit")) is not None for r in rows]
    assert kept == [False, True]  # the long shot may break across pages, the short one stays whole
    assert len(_docx_text(tmp_path / "b.docx")) > 40_000

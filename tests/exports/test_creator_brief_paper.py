"""The creator brief as paper a creator can work from: the chosen page size, Chinese fonts, running head,
page numbers, the whole script, the deliverable, the hand-in, the product link's QR code, the ad label,
and never another creator's figures."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
import uuid
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
import segno
from docx.oxml.ns import qn
from docx.shared import Cm, Inches
from PIL import Image

from studio.exports.creator_brief import export_creator_brief
from studio.exports.creator_brief_page import qr_png
from studio.models.entities import Project
from studio.models.timeline import cut
from studio.samples import write_sample
from studio.store.document import ProjectFile

LINK = "https://haohuo.jinritemai.com/views/product/item2?id=3612345678901234567"
#: Figures no brief may print: a creator's plays, orders, GMV and the fee written in the notes.
SECRETS = ("987654", "4321", "123456.78", "123,456.78", "报价 8888", "8888")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, dict[str, bytes]]:
    path = tmp_path_factory.mktemp("tbp") / "zh.studio"
    write_sample(path, "zh")
    with ProjectFile.open(path, readonly=True) as pf:
        p = pf.project
        frames = {key: pf.frame_bytes(key) for key in p.frames}
    p.brief = dataclasses.replace(p.brief, product_link=LINK, hand_in="12 月 12 日前把初剪发到品牌对接群")
    p.creators = [dataclasses.replace(t, plays=987654, conversions=4321, gmv=123456.78, notes="报价 8888 元")
                 for t in p.creators]  # fmt: skip
    return p, frames


def _export(project: tuple[Project, dict[str, bytes]], path: Path, lang: str = "zh", **options: str) -> Path:
    p, frames = project
    return export_creator_brief(p, p.scripts[0], [], frames.get, path, lang, creator="阿May", **options)


def _docx_text(document: docx.document.Document) -> str:
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([*(p.text for p in document.paragraphs), *cells])


def _modules(png: bytes) -> list[list[bool]]:
    """The dark modules read back from a QR picture drawn 8 pixels a module with a 4-module quiet zone."""
    with Image.open(io.BytesIO(png)) as image:
        grey = image.convert("L")
        n = grey.width // 8
        assert grey.width == grey.height == n * 8
        return [
            [grey.getpixel((x * 8 + 4, y * 8 + 4)) < 128 for x in range(4, n - 4)] for y in range(4, n - 4)
        ]


def _matrix(payload: str) -> list[list[bool]]:
    return [[bool(v) for v in row] for row in segno.make(payload, error="m", micro=False).matrix]


def test_word_brief_is_a4_with_fonts_header_footer_and_page_numbers(project, tmp_path: Path) -> None:
    document = docx.Document(str(_export(project, tmp_path / "tb.docx")))
    section = document.sections[0]
    assert abs(section.page_width - Cm(21.0)) < Cm(0.05) and abs(section.page_height - Cm(29.7)) < Cm(0.05)
    assert (
        "达人简报" in section.header.paragraphs[0].text
        and "5% 烟酰胺焕亮精华" in section.header.paragraphs[0].text
    )
    fields = [f.get(qn("w:instr")) for f in section.footer._element.iter(qn("w:fldSimple"))]
    assert "PAGE" in fields and "NUMPAGES" in fields
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts is not None and fonts.get(qn("w:eastAsia")) == "Microsoft YaHei"


def test_letter_paper_when_chosen(project, tmp_path: Path) -> None:
    document = docx.Document(str(_export(project, tmp_path / "tb.docx", paper="letter")))
    assert abs(document.sections[0].page_width - Inches(8.5)) < Cm(0.05)
    pdf = pdfium.PdfDocument(str(_export(project, tmp_path / "tb.pdf", paper="letter")))
    width, height = pdf[0].get_size()
    assert (round(width), round(height)) == (612, 792)


def test_word_brief_holds_what_the_creator_works_from(project, tmp_path: Path) -> None:
    p, _frames = project
    text = _docx_text(docx.Document(str(_export(project, tmp_path / "tb.docx"))))
    amay = next(t for t in p.creators if t.name == "阿May")
    variant = p.scripts[0].variant(amay.variant)
    assert variant is not None
    # the variant in full: every shot's code, visual and line
    for t in cut(p.scripts[0], variant):
        assert t.shot.code in text and t.shot.visual in text
        if t.shot.voiceover:
            assert t.shot.voiceover in text
    for needed in (
        "竖屏 9:16",
        "1080×1920",
        "25 帧/秒",
        "目标 25 秒",
        "字幕：需要",
        "12 月 12 日前把初剪发到品牌对接群",
        "发布期限：12 月 15 日前",
        "价格：¥99 两瓶",
        "温和提亮",
        "美白、根治、第一",
        "「广告」",
        LINK,
    ):
        assert needed in text, needed
    for secret in SECRETS:
        assert secret not in text, secret


def test_the_qr_code_in_the_word_brief_is_the_product_link(project, tmp_path: Path) -> None:
    document = docx.Document(str(_export(project, tmp_path / "tb.docx")))
    pictures = [part.blob for part in document.part.package.image_parts]
    read = [_modules(blob) for blob in pictures if blob == qr_png(LINK)]
    assert read and read[0] == _matrix(LINK)
    assert read[0] != _matrix(LINK + "0")  # the comparison tells links apart


def test_pdf_brief_reads_back(project, tmp_path: Path) -> None:
    out = _export(project, tmp_path / "tb.pdf")
    pdf = pdfium.PdfDocument(str(out))
    width, height = pdf[0].get_size()
    assert (round(width), round(height)) == (595, 842)
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    text = "".join(pages).replace("\r", "").replace("\n", "")
    for needed in ("达人简报", "完整脚本", "交付要求", "交稿", "广告标识", "商品链接", "H-B-01", "C-A-02"):
        assert needed in text, needed
    assert all(f"第 {n} 页 / 共 {len(pages)} 页" in page for n, page in enumerate(pages, 1))
    for secret in SECRETS:
        assert secret not in text, secret
    # the QR code, on the page that names the link (the creator's own deal can push it to the second)
    at = next(i for i, page in enumerate(pages) if "商品链接" in page)
    square = []  # the QR code is the one square picture (the key shots' frames are portrait)
    for page in (pdf[at], pdf[at + 1]):
        for obj in page.get_objects(filter=(pdfium.raw.FPDF_PAGEOBJ_IMAGE,)):
            left, bottom, right, top = obj.get_bounds()
            square.append(abs((right - left) - (top - bottom)) < 1)
    assert any(square)


def test_english_brief_and_another_platforms_label(project, tmp_path: Path) -> None:
    p, frames = project
    tiktok = dataclasses.replace(p, creators=[dataclasses.replace(t, platform="tiktok") for t in p.creators])
    out = export_creator_brief(
        tiktok, p.scripts[0], [], frames.get, tmp_path / "en.docx", "en", creator="阿May"
    )
    text = _docx_text(docx.Document(str(out)))
    assert (
        "Branded content" in text and "#ad" in text and "portrait 9:16" in text and "The whole script" in text
    )
    assert "Captions: yes" in text and "Page" in docx.Document(str(out)).sections[0].footer.paragraphs[0].text


def test_no_link_says_to_ask_for_it(project, tmp_path: Path) -> None:
    p, frames = project
    bare = dataclasses.replace(p, brief=dataclasses.replace(p.brief, product_link="", hand_in=""))
    out = export_creator_brief(
        bare, p.scripts[0], [], frames.get, tmp_path / "bare.docx", "zh", creator="阿May"
    )
    document = docx.Document(str(out))
    text = _docx_text(document)
    assert "未提供商品链接" in text and "发给品牌方审核" in text
    assert all(blob != qr_png(LINK) for blob in (part.blob for part in document.part.package.image_parts))


def test_the_pdf_brief_prints_the_script_as_a_table_like_word(project, tmp_path: Path) -> None:
    """The PDF's whole script is a table as in Word (shot, time, visual, voice-over, caption), its head
    repeated on every page it runs over; it was one run-on line a shot ("1 00:00.0–00:02.0 第 1 镜：…
    口播：…"), the code and time lost in the text."""
    p, frames = project
    long = dataclasses.replace(p)
    script = long.scripts[0]
    for _beat, _alt, shot in script.iter_shots():
        shot.voiceover = (shot.voiceover + "。") * 6  # long enough to run over pages
    out = export_creator_brief(long, script, [], frames.get, tmp_path / "tb.pdf", "zh", creator="阿May")
    pdf = pdfium.PdfDocument(str(out))
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    first = next(i for i, page in enumerate(pages) if "完整脚本" in page)
    assert len(pages) - first >= 2  # the script runs over at least two pages
    heads = ["镜号", "时间", "画面", "口播", "字幕"]
    for page in pages[first:]:
        lines = [line.strip() for line in page.splitlines()]
        assert any(line.split() == heads for line in lines), lines[:8]
    assert not any("口播：" in page for page in pages[first:])  # the column says it, not a label per shot


def test_a_beat_band_never_ends_a_page_of_the_pdf_script(tmp_path: Path) -> None:
    """A beat's band in the PDF script goes over with its first shot, never left alone at a page's foot."""
    from studio.models.brief import Creator
    from tests.exports.messy_projects import many_variants

    project = many_variants("en")
    script = project.scripts[0]
    project.brief.product_link = "https://shop.example.com/item/20261205?from=tiktok"
    project.brief.hashtags = ["#nightowl", "#serum"]
    project.creators = [Creator(name=f"C{n}", variant=v.id) for n, v in enumerate(script.variants)]
    out = export_creator_brief(project, script, [], None, tmp_path / "tb.pdf", "en")
    pdf = pdfium.PdfDocument(str(out))
    bands = {f"{b} · {a}" for b in ("Hook", "Pain point", "Solution", "Proof", "CTA") for a in "AB"}
    ends = []
    for i in range(len(pdf)):
        lines = [line.strip() for line in pdf[i].get_textpage().get_text_range().splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith("Page ")]
        ends.append(body[-1])
    assert len(pdf) > 8 and not [e for e in ends if e in bands], ends
    # Nor does the product link's line end a page while its QR code starts the next.
    for i in range(len(pdf)):
        if "Scan to open the product page" in pdf[i].get_textpage().get_text_range():
            boxes = [o.get_bounds() for o in pdf[i].get_objects(filter=(pdfium.raw.FPDF_PAGEOBJ_IMAGE,))]
            assert any(abs((r - left) - (t - b)) < 1 for left, b, r, t in boxes), i


@pytest.mark.slow
@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_beat_band_never_ends_a_page_of_the_word_script(tmp_path: Path) -> None:
    """In Word (as LibreOffice prints it) a beat's band goes over with its first shot too."""
    from studio.models.brief import Creator, Offer, SellingPoint
    from studio.models.vocab import beat_label
    from tests.exports.messy_projects import many_variants

    project = many_variants("en")
    script = project.scripts[0]
    b = project.brief
    b.selling_points = [SellingPoint(point="Brighter skin in 28 days", evidence="Independent lab report")]
    b.must_say, b.banned = ["For every night owl"], ["best", "cure"]
    b.offer = Offer(price="Two for $19", coupon="$5 off over $30", deadline="Dec 12", stock="500 sets")
    b.hand_in, b.post_by = "Send the draft by Dec 8 to brief@glow.example.com", "2026-12-12"
    b.product_link, b.hashtags = "https://shop.example.com/item/20261205?from=tiktok", ["#nightowl"]
    project.creators = [
        Creator(name=f"C{n}", platform="tiktok", variant=v.id) for n, v in enumerate(script.variants)
    ]
    out = export_creator_brief(project, script, [], None, tmp_path / "tb.docx", "en")
    profile = Path("/tmp") / f"lo_{uuid.uuid4().hex}"
    try:
        subprocess.run([shutil.which("soffice") or "soffice", "--headless", f"-env:UserInstallation=file://{profile}",
                        "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                       capture_output=True, timeout=300, check=True)  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = pdfium.PdfDocument(str(tmp_path / "tb.pdf"))
    bands = {f"{beat_label(x.kind, x.name, 'en')} · {a.label}" for x in script.beats for a in x.alternatives}
    ends = []
    for i in range(len(pdf)):
        lines = [line.strip() for line in pdf[i].get_textpage().get_text_range().splitlines() if line.strip()]
        ends.append([line for line in lines if not line.startswith("Page ")][-1])
    assert len(pdf) > 8 and not [e for e in ends if e in bands], ends

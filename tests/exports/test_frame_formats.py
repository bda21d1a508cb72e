"""Every export follows the variant's frame format and keeps each shot's crop (fit, fill or a box).

A project in 9:16 with a landscape variant (an A/B test of the frame): the files are reopened as
their receivers' tools read them (python-docx, openpyxl, PyAV, the timelines' XML and OpenTimelineIO).
"""

from __future__ import annotations

import io
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from studio.exports.animatic import export_animatic
from studio.exports.common import word
from studio.exports.docx_export import export_docx
from studio.exports.image_export import render_board
from studio.exports.pack import pack_variants
from studio.exports.xlsx_export import export_xlsx
from studio.models.crop import Crop, CropMode
from studio.models.entities import Variant
from studio.models.frame_format import FrameFormat

sys.path.insert(0, str(Path(__file__).parent))
from export_helpers import media_of, tiny_project

RED = (220, 30, 30)


def _project():
    """Two shots with tall red pictures: the first fitted (bars in a wide frame), the second filled."""
    project, script, store = tiny_project(shots=2)
    for digest in store:
        out = io.BytesIO()
        Image.new("RGB", (900, 1600), RED).save(out, "JPEG", quality=95)
        store[digest] = {"original": out.getvalue(), "thumb": out.getvalue(), "print": out.getvalue()}
        project.frames[digest].width, project.frames[digest].height = 900, 1600
    shots = [s for _b, _a, s in script.iter_shots()]
    shots[1].crop = Crop(CropMode.FILL)
    wide = Variant(name="横版", frame_format=FrameFormat.LANDSCAPE)
    script.variants.append(wide)
    return project, script, store, wide


def _is_red(pixel: tuple[int, ...]) -> bool:
    return pixel[0] > 180 and pixel[1] < 90 and pixel[2] < 90


def test_word_pictures_take_each_variants_shape_and_crop(tmp_path: Path) -> None:
    import docx

    project, script, store, _wide = _project()
    path = export_docx(project, script, script.variants, media_of(store), tmp_path / "b.docx", "zh")
    document = docx.Document(str(path))
    shapes = document.inline_shapes
    frames = [
        s
        for s in shapes
        if abs(s.width / s.height - 9 / 16) < 0.02 or abs(s.width / s.height - 16 / 9) < 0.03
    ]
    ratios = [round(s.width / s.height, 2) for s in frames]
    # two shots in the 9:16 base, then the same two in the 16:9 variant
    assert ratios == [0.56, 0.56, 1.78, 1.78]
    blobs = [s._inline.graphic.graphicData.pic.blipFill.blip.embed for s in frames]
    pictures = [Image.open(io.BytesIO(document.part.related_parts[r].blob)).convert("RGB") for r in blobs]
    fitted, filled = pictures[2], pictures[3]
    assert fitted.width / fitted.height == pytest.approx(16 / 9, abs=0.01)
    # fit: the tall picture whole in the middle, light bars at the sides; fill: red edge to edge
    assert not _is_red(fitted.getpixel((2, fitted.height // 2))) and _is_red(
        fitted.getpixel((fitted.width // 2, 5))
    )
    assert _is_red(filled.getpixel((2, filled.height // 2)))


def test_excel_sheet_of_the_landscape_variant_has_wide_pictures(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    project, script, store, _wide = _project()
    path = export_xlsx(project, script, script.variants, media_of(store), tmp_path / "b.xlsx", "zh")
    book = load_workbook(path)
    base, landscape = book.worksheets[0], book.worksheets[1]
    assert landscape.title == "横版"

    def shapes(ws) -> list[float]:
        # each picture's shape as the sheet shows it: its anchor inside its own cell
        found = []
        for img in ws._images:
            start, end = img.anchor._from, img.anchor.to
            found.append(round((end.colOff - start.colOff) / (end.rowOff - start.rowOff), 1))
        return found

    assert shapes(base) == [0.6, 0.6] and shapes(landscape) == [1.8, 1.8]
    # a landscape frame gets a wider column, so its pictures are not a sliver
    frame = next(c.column_letter for c in base[1] if c.value == word("frame", "zh"))
    assert landscape.column_dimensions[frame].width > base.column_dimensions[frame].width + 8


def test_image_board_tiles_follow_the_format() -> None:
    project, script, store, wide = _project()
    tall = render_board(project, script, script.variants[0], media_of(store), "zh")[0]
    broad = render_board(project, script, wide, media_of(store), "zh")[0]
    # the same two tiles, the landscape ones much shorter
    assert broad.width == tall.width and tall.height - broad.height > 300


@pytest.mark.slow
def test_mp4_of_the_landscape_variant_is_1920x1080_with_each_crop(tmp_path: Path) -> None:
    import av

    project, script, store, wide = _project()
    (path,) = export_animatic(project, script, [wide], media_of(store), tmp_path / "wide.mp4", "zh", fps=10)
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        assert (stream.codec_context.width, stream.codec_context.height) == (1920, 1080)
        frames = [f.to_image() for f in container.decode(stream)]
    first, last = frames[2], frames[-2]  # shot 1 (fit), shot 2 (fill)
    middle = first.height // 2
    assert not _is_red(first.getpixel((20, middle))) and _is_red(first.getpixel((960, middle)))
    assert _is_red(last.getpixel((20, middle)))


@pytest.mark.slow
def test_pack_timelines_declare_the_variants_frame_and_each_shots_crop(tmp_path: Path) -> None:
    import opentimelineio as otio

    project, script, store, _wide = _project()
    shots = [s for _b, _a, s in script.iter_shots()]
    shots[0].crop = Crop(CropMode.BOX, (0.0, 0.5, 1.0, 0.25))
    results = pack_variants(project, script, script.variants, media_of(store), tmp_path, fps=25, lang="zh")
    assert len(results) == 2
    folders = sorted(p for p in tmp_path.iterdir() if p.is_dir() and not p.name.startswith("."))
    assert len(folders) == 2
    for folder in folders:
        landscape = "横版" in folder.name
        size = (1920, 1080) if landscape else (1080, 1920)
        fcpx = ET.parse(folder / "timeline.fcpxml").getroot()
        sequence_format = next(f for f in fcpx.iter("format") if f.get("id") == "r1")
        assert (int(sequence_format.get("width")), int(sequence_format.get("height"))) == size
        conforms = [c.find("adjust-conform").get("type") for c in fcpx.iter("clip")]
        assert conforms == ["fit", "fill"]
        # the boxed shot's still is drawn in the variant's frame; the filled one is the picture as it is
        stills = sorted((folder / "frames").iterdir())
        with Image.open(stills[0]) as boxed, Image.open(stills[1]) as whole:
            assert boxed.size == size and whole.size == (900, 1600)
        fcp7 = ET.parse(folder / "timeline.xml").getroot()
        sequence = fcp7.find(".//sequence/media/video/format/samplecharacteristics")
        assert sequence is not None
        assert (int(sequence.findtext("width") or 0), int(sequence.findtext("height") or 0)) == size
        read = otio.adapters.read_from_file(str(folder / "timeline.fcpxml"))
        assert len(list(read.find_clips())) == 2
        own = otio.adapters.read_from_file(str(folder / "timeline.otio"))
        assert (own.metadata["studio"]["width"], own.metadata["studio"]["height"]) == size
        assert [c.metadata["studio"]["conform"] for c in own.find_clips()] == ["fit", "fill"]


def test_pdf_storyboard_pages_show_each_variants_shape(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    from studio.exports.pdf_export import export_pdf

    project, script, store, _wide = _project()
    path = export_pdf(project, script, script.variants, media_of(store), tmp_path / "b.pdf", "zh")
    pdf = pdfium.PdfDocument(str(path))
    shapes: list[float] = []
    for page in pdf:
        for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE]):
            left, bottom, right, top = obj.get_bounds()
            shapes.append(round((right - left) / (top - bottom), 2))
    # the base's two shots tall, the landscape variant's two wide, then the shoot list in the project's 9:16
    assert shapes[:4] == [0.56, 0.56, 1.78, 1.78] and set(shapes[4:]) == {0.56}


def test_creator_brief_names_and_shows_the_creators_variant_format(tmp_path: Path) -> None:
    import docx

    from studio.exports.creator_brief import export_creator_brief
    from studio.models.brief import Creator

    project, script, store, wide = _project()
    project.creators = [Creator(name="小雅", variant=wide.id)]
    path = export_creator_brief(project, script, [], media_of(store), tmp_path / "tb.docx", "zh")
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "1920" in text and "1080" in text and "1920×1080" in text.replace(" ", "").replace("x", "×")
    wide_pictures = [s for s in document.inline_shapes if s.width > s.height * 1.5]
    assert len(wide_pictures) >= 1  # the key shots in the creator's 16:9 frame


def test_animatic_decodes_a_crop_at_its_own_detail_and_reports_an_enlarged_part() -> None:
    from studio.exports.animatic_frames import Painter
    from studio.models.timeline import cut

    project, script, store, _wide = _project()
    big = io.BytesIO()
    Image.new("RGB", (3000, 3000), RED).save(big, "JPEG")
    digest = next(iter(store))
    store[digest] = {"original": big.getvalue(), "thumb": big.getvalue(), "print": big.getvalue()}
    timed = cut(script, script.variants[0])[0]
    assert timed.shot.frame == digest
    # a box of a quarter of the picture: 750 px wide shown 1080 wide, enlarged and reported with its size
    timed.shot.crop = Crop(CropMode.BOX, (0.0, 0.0, 0.25, 0.25))
    painter = Painter(project, media_of(store), "zh", (1080, 1920), variant=script.variants[0])
    picture = painter.picture(timed, True)
    assert picture.size == (1080, 1920) and _is_red(picture.getpixel((540, 960)))
    assert painter.small[digest] == (750, 1333)
    # filled, the same picture keeps more than the video's pixels: nothing to report
    timed.shot.crop = Crop(CropMode.FILL)
    painter = Painter(project, media_of(store), "zh", (1080, 1920), variant=script.variants[0])
    painter.picture(timed, True)
    assert digest not in painter.small

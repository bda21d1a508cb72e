"""The Word storyboard and read-through script, checked by reopening them with python-docx."""

from __future__ import annotations

import hashlib
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm, Inches

from studio.exports.common import ExportWriteError, FolderMissingError
from studio.exports.docx_export import export_docx
from studio.exports.script_export import export_script
from studio.models.timeline import beat_spans, cut
from studio.models.vocab import label
from tests.exports.export_helpers import media_of, tiny_project


def _texts(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def test_storyboard_content_order_frames_and_cover(sample_file, tmp_path: Path) -> None:
    project = sample_file.project
    script = project.scripts[0]
    variant = script.variants[1]
    calls: list[tuple[int, int]] = []
    out = export_docx(project, script, [variant], sample_file.frame_bytes, tmp_path / "b.docx",
                      progress=lambda d, t: calls.append((d, t)), snapshot="评审版", date="2025-03-01")  # fmt: skip
    doc = docx.Document(str(out))
    section = doc.sections[0]
    assert section.page_width > section.page_height
    assert abs(section.page_width - Cm(29.7)) < Cm(0.05)
    assert project.title in section.header.paragraphs[0].text
    assert variant.name in section.header.paragraphs[0].text
    assert "PAGE" in section.footer._element.xml and "NUMPAGES" in section.footer._element.xml
    cover, board = doc.tables[0], doc.tables[1]
    cover_text = "\n".join(c.text for r in cover.rows for c in r.cells)
    for expected in (
        project.product,
        variant.name,
        label(variant.variable, "zh"),
        "评审版",
        "2025-03-01",
        "抖音",
    ):
        assert expected in cover_text
    timed = cut(script, variant)
    codes = [r.cells[0].text for r in board.rows[1:] if len({id(c._tc) for c in r.cells}) > 1]
    assert codes == [t.shot.code for t in timed]
    assert len(board.rows) == 1 + len(timed) + len(beat_spans(script, variant))
    assert board.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    # Frames are the print rendition, never the original.
    blobs = {
        hashlib.sha256(r.target_part.blob).hexdigest() for r in doc.part.rels.values() if "image" in r.reltype
    }
    prints = {hashlib.sha256(sample_file.frame_bytes(t.shot.frame, "print")).hexdigest() for t in timed}
    originals = {hashlib.sha256(sample_file.frame_bytes(t.shot.frame, "original")).hexdigest() for t in timed}
    assert blobs == prints and not blobs & originals
    assert len(doc.inline_shapes) == len(timed)
    assert calls[-1][0] == calls[-1][1]
    first = timed[0].shot
    assert first.voiceover in _texts(doc) and first.visual in _texts(doc)


def test_fonts_are_set_for_latin_and_east_asian_text(sample_file, tmp_path: Path) -> None:
    script = sample_file.project.scripts[0]
    out = export_docx(
        sample_file.project, script, script.variants[:1], sample_file.frame_bytes, tmp_path / "f.docx"
    )
    doc = docx.Document(str(out))
    fonts = doc.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "Microsoft YaHei"
    assert fonts.get(qn("w:ascii")) == "Arial"
    assert doc.styles["Normal"].element.rPr.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"


def test_several_variants_get_their_own_sections_and_letter_paper(sample_file, tmp_path: Path) -> None:
    script = sample_file.project.scripts[0]
    out = export_docx(sample_file.project, script, script.variants, sample_file.frame_bytes, tmp_path / "all.docx",
                      paper="letter", lang="en")  # fmt: skip
    doc = docx.Document(str(out))
    assert len(doc.sections) == len(script.variants)
    assert abs(doc.sections[-1].page_width - Inches(11)) < Cm(0.05)
    assert script.variants[-1].name in doc.sections[-1].header.paragraphs[0].text
    assert "Shot size" not in _texts(doc) and "Size / move" in _texts(doc)


def test_hostile_text_and_missing_frames_do_not_break_the_export(tmp_path: Path) -> None:
    nasty = "=cmd|'/c calc'!A0 \x00\x01\x0b bell\x07 \ud800 end 🎬"
    project, script, store = tiny_project({"visual": nasty, "voiceover": "+86 139\r\nline", "notes": "@x"})
    script.beats[0].alternatives[0].shots[1].frame = "not-in-store"
    out = export_docx(project, script, script.variants, media_of(store), tmp_path / "n.docx")
    doc = docx.Document(str(out))
    text = _texts(doc)
    assert "=cmd|'/c calc'!A0" in text and "end 🎬" in text and "\x00" not in text
    assert len(doc.inline_shapes) == 2  # the missing frame printed as a placeholder


def test_no_media_at_all_prints_placeholders(tmp_path: Path) -> None:
    project, script, _ = tiny_project()
    out = export_docx(project, script, script.variants, None, tmp_path / "p.docx")
    assert len(docx.Document(str(out)).inline_shapes) == 2


def test_errors_are_typed_and_leave_nothing(tmp_path: Path) -> None:
    project, script, store = tiny_project()
    with pytest.raises(FolderMissingError):
        export_docx(project, script, script.variants, media_of(store), tmp_path / "nope" / "x.docx")
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ExportWriteError):
        export_docx(project, script, script.variants, media_of(store), blocker / "x.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_read_through_script_docx_md_txt(sample_file, tmp_path: Path) -> None:
    project = sample_file.project
    script = project.scripts[0]
    variant = script.base_variant
    timed = cut(script, variant)
    out = export_script(project, script, [variant], sample_file.frame_bytes, tmp_path / "s.docx")
    doc = docx.Document(str(out))
    assert doc.sections[0].page_height > doc.sections[0].page_width
    rows = doc.tables[0].rows
    vo_cells = [r.cells[2].text for r in rows[1:] if len({id(c._tc) for c in r.cells}) > 1]
    assert [v.split("\n")[0] for v in vo_cells] == [t.shot.voiceover or "—" for t in timed]
    md = export_script(project, script, [variant], None, tmp_path / "s.md").read_text("utf-8")
    assert md.startswith("# ") and "00:00.0–" in md and timed[0].shot.voiceover in md
    txt = export_script(project, script, [variant], None, tmp_path / "s.txt").read_text("utf-8")
    assert "#" not in txt.splitlines()[0] and timed[-1].shot.code in txt


def test_read_through_flags_voice_over_that_overruns(tmp_path: Path) -> None:
    project, script, _ = tiny_project(
        {"voiceover": "这是一段非常非常长的口播文案根本念不完啊", "duration_ds": 10}
    )
    text = export_script(project, script, script.variants, None, tmp_path / "s.txt").read_text("utf-8")
    assert text.count("⚠") == 1


def _guide_vo_shots(project, script) -> set[str]:
    from studio.guide.checker import check_project

    findings = check_project(project)
    ids = {f.location.shot_id for f in findings if f.rule.startswith("vo.")}
    return {s.code for _, _, s in script.iter_shots() if s.id in ids}


def test_read_through_warns_exactly_where_the_guide_does(tmp_path: Path) -> None:
    project, script, _ = tiny_project(shots=4)
    shots = script.beats[0].alternatives[0].shots
    # Counted letter by letter this Latin word made the line "overrun"; the guide says it as one word.
    shots[0].voiceover, shots[0].duration_ds = "用VITAMIN精华", 20
    shots[1].voiceover, shots[1].duration_ds = "这是一段非常非常长的口播文案根本念不完啊", 10
    shots[2].voiceover, shots[2].duration_ds = "Tap the link below for your coupon today", 20
    shots[3].voiceover, shots[3].duration_ds = "Tap below", 20
    flagged_by_guide = _guide_vo_shots(project, script)
    assert flagged_by_guide == {shots[1].code, shots[2].code}
    text = export_script(project, script, script.variants, None, tmp_path / "s.txt", lang="en").read_text(
        "utf-8"
    )
    flagged = {line.split()[1] for line in text.splitlines() if "⚠" in line}
    assert flagged == flagged_by_guide
    doc = docx.Document(str(export_script(project, script, script.variants, None, tmp_path / "s.docx")))
    rows = [r for r in doc.tables[0].rows if len({id(c._tc) for c in r.cells}) > 1][1:]
    assert {r.cells[1].text for r in rows if "⚠" in r.cells[2].text} == flagged_by_guide


def test_sample_read_through_warns_only_where_the_guide_does(sample_file, tmp_path: Path) -> None:
    project = sample_file.project
    script = project.scripts[0]
    text = export_script(project, script, script.variants, None, tmp_path / "s.txt").read_text("utf-8")
    flagged = {line.split()[1] for line in text.splitlines() if "⚠" in line}
    assert flagged <= _guide_vo_shots(project, script)


def test_storyboard_frames_are_large_enough_to_read_and_padded(sample_file, tmp_path: Path) -> None:
    project = sample_file.project
    script = project.scripts[0]
    out = export_docx(project, script, script.variants[:1], sample_file.frame_bytes, tmp_path / "big.docx")
    doc = docx.Document(str(out))
    shapes = list(doc.inline_shapes)
    assert shapes and all(s.height >= Cm(3.5) for s in shapes)  # the sample is 9:16
    assert all(abs(s.width / s.height - 9 / 16) < 0.02 for s in shapes)
    board = doc.tables[1]
    frame_cells = [r.cells[1] for r in board.rows[1:] if len({id(c._tc) for c in r.cells}) > 1]
    for cell in frame_cells:
        margins = cell._tc.tcPr.find(qn("w:tcMar"))
        assert margins is not None and int(margins.find(qn("w:top")).get(qn("w:w"))) >= 0.1 * 567
        assert int(margins.find(qn("w:left")).get(qn("w:w"))) >= 0.1 * 567
    # The column leaves the frame its padding on both sides.
    assert board.columns[1].width >= shapes[0].width + Cm(0.3)


@pytest.mark.parametrize(("layout", "across", "landscape"), [("3x2", 3, True), ("2x3", 2, False)])
def test_grid_layout_gives_few_large_panels(layout: str, across: int, landscape: bool, sample_file,
                                            tmp_path: Path) -> None:  # fmt: skip
    project = sample_file.project
    script = project.scripts[0]
    variant = script.variants[0]
    timed = cut(script, variant)
    out = export_docx(project, script, [variant], sample_file.frame_bytes, tmp_path / "g.docx", layout=layout)
    doc = docx.Document(str(out))
    section = doc.sections[0]
    assert (section.page_width > section.page_height) == landscape
    grid = doc.tables[1]
    assert len(grid.columns) == 2 * across and len(grid.rows) == -(-len(timed) // across)
    # Panels in reading order: each code sits in the text cell beside its frame, with its texts.
    texts = [grid.rows[i // across].cells[(i % across) * 2 + 1].text for i in range(len(timed))]
    for t, text in zip(timed, texts, strict=True):
        assert text.startswith(t.shot.code) and (t.shot.visual[:8] in text)
        if t.shot.voiceover:
            assert t.shot.voiceover[:8] in text
    shapes = list(doc.inline_shapes)
    assert len(shapes) == len(timed) and all(s.height >= Cm(6) for s in shapes)
    for row in grid.rows:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None


def test_unknown_layout_is_refused(tmp_path: Path) -> None:
    project, script, store = tiny_project()
    with pytest.raises(ValueError, match="layout"):
        export_docx(project, script, script.variants, media_of(store), tmp_path / "x.docx", layout="4x4")
    assert list(tmp_path.iterdir()) == []

"""The export dialog writes every format, each file read back from disk; the picture may be several."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from studio.exports.common import slug
from studio.exports.formats import FORMATS, find
from studio.models import ops
from studio.ui.dialogs.export import ExportDialog, format_titles, tell_exported
from tests.ui.background import run_to_end

#: What the start of each kind of file looks like.
MAGIC = {
    ".docx": b"PK",
    ".xlsx": b"PK",
    ".pdf": b"%PDF",
    ".png": b"\x89PNG",
    ".jpg": b"\xff\xd8",
    ".csv": b"\xef\xbb\xbf",
    ".mp4": b"\x00\x00\x00",
    ".gif": b"GIF8",
    ".srt": b"1\n",
}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the exports (tmp_path also holds the project and settings)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _dialog(doc, settings, qtbot, key: str) -> ExportDialog:
    dialog = ExportDialog(doc, settings)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(key))
    return dialog


def _short_shots(doc) -> None:
    """Every shot cut to a tenth of a second (a few frames each): a video's file, name and streams are under
    test, not its length (tests/exports/test_animatic*.py read whole animatics). An MP4 of the sample's variant
    then takes ~0.9 s of CPU to encode instead of ~2.1 s at half a second a shot (~20 s at its own lengths)."""
    for _beat, _alt, shot in doc.script.iter_shots():
        ops.set_field(doc.project, shot, "duration_ds", 1)


def _check_all(dialog: ExportDialog) -> None:
    for i in range(dialog.variant_list.count()):
        dialog.variant_list.item(i).setCheckState(Qt.CheckState.Checked)


def test_every_format_of_the_registry_is_offered_by_its_title(doc, settings, qtbot):
    dialog = ExportDialog(doc, settings)
    qtbot.addWidget(dialog)
    titles = format_titles()
    assert dialog.format_box.count() == len(FORMATS)
    for fmt in FORMATS:
        assert callable(fmt.writer()), fmt.name
        row = dialog.format_box.findData(fmt.name)
        assert row >= 0 and dialog.format_box.itemText(row) == titles[fmt.name] != fmt.name


@pytest.mark.parametrize("key", [f.name for f in FORMATS])
def test_each_format_writes_its_file(doc, settings, qtbot, out, key):
    if key in ("mp4", "gif"):
        _short_shots(doc)
    dialog = _dialog(doc, settings, qtbot, key)
    target = out / f"board{dialog.current_format().suffix}"
    dialog.path_edit.setText(str(target))
    run_to_end(dialog, qtbot)
    # Captions come as two files: the voice-over, and the on-screen text beside it.
    extra = [out / "board_onscreen.srt"] if key == "srt" else []
    assert dialog.written == [target, *extra]
    assert target.read_bytes().startswith(MAGIC[target.suffix])
    if target.suffix in (".docx", ".xlsx"):
        with zipfile.ZipFile(target) as z:
            body = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
        assert doc.script.beats[0].alternatives[0].shots[0].code in body
    assert sorted(p.name for p in out.iterdir()) == sorted(
        p.name for p in [target, *extra]
    )  # no temp file left


def test_picture_export_is_a_storyboard_png_per_variant(doc, settings, qtbot, out):
    assert len(doc.script.variants) >= 2
    dialog = _dialog(doc, settings, qtbot, "image")
    assert not dialog.paper_box.isEnabled()  # a chat picture has no paper size
    _check_all(dialog)
    dialog.path_edit.setText(str(out / "board.png"))
    run_to_end(dialog, qtbot)
    assert len(dialog.written) >= len(doc.script.variants)
    for path in dialog.written:
        assert path.parent == out and path.exists()
        with Image.open(path) as image:
            assert image.format == "PNG" and image.width == 1080 and image.height > 600
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in dialog.written)
    assert settings.export_format == "image"


def test_picture_export_as_jpeg_keeps_the_suffix_and_a_bare_name_gets_png(doc, settings, qtbot, out):
    dialog = _dialog(doc, settings, qtbot, "image")
    dialog.path_edit.setText(str(out / "board.jpg"))
    run_to_end(dialog, qtbot)
    assert dialog.written == [out / "board.jpg"]
    with Image.open(dialog.written[0]) as image:
        assert image.format == "JPEG"
    dialog = _dialog(doc, settings, qtbot, "image")
    dialog.path_edit.setText(str(out / "plain"))
    run_to_end(dialog, qtbot)
    assert dialog.written == [out / "plain.png"]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_read_through_script_as_text(doc, settings, qtbot, out, suffix):
    dialog = _dialog(doc, settings, qtbot, "script")
    dialog.path_edit.setText(str(out / f"read{suffix}"))
    run_to_end(dialog, qtbot)
    text = dialog.written[0].read_text("utf-8")
    first = doc.script.beats[0].alternatives[0].shots[0]
    assert first.code in text
    assert text.startswith("# ") == (suffix == ".md")


def test_no_variant_or_no_file_is_explained_and_writes_nothing(doc, settings, qtbot, out, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    dialog = _dialog(doc, settings, qtbot, "pdf")
    dialog.path_edit.setText("")
    run_to_end(dialog, qtbot)
    for i in range(dialog.variant_list.count()):
        dialog.variant_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.path_edit.setText(str(out / "x.pdf"))
    run_to_end(dialog, qtbot)
    assert len(told) == 2 and dialog.written == []
    assert list(out.iterdir()) == []


def test_after_export_the_user_is_told_where_the_files_are(qtbot, tmp_path):
    files = [tmp_path / "board_1.png", tmp_path / "board_2.png"]
    box = tell_exported(None, files)
    qtbot.addWidget(box)
    # Shown without waiting for an answer: the export ends while the user may be typing.
    assert box.isVisible() and not box.isModal()
    assert str(tmp_path) in box.text()
    assert box.informativeText().splitlines() == ["board_1.png", "board_2.png"]
    assert "Open Folder" in [b.text() for b in box.buttons()]


def test_target_suffix_rules():
    fmt = find("script")
    assert fmt.target("/x/read.md") == Path("/x/read.md")
    assert fmt.target("/x/read.TXT") == Path("/x/read.TXT")
    assert fmt.target("/x/read.v2") == Path("/x/read.v2.docx")
    assert find("image").target("/x/board.jpeg") == Path("/x/board.jpeg")


@pytest.mark.parametrize("key", [f.name for f in FORMATS])
def test_several_variants_are_named_as_on_the_command_line(doc, settings, qtbot, out, key):
    """Two of the sample's four variants chosen (the current one and the last): each chosen one gets its own
    file, named as the command line names it, and the others none. (All four were written here before: the
    naming is the same for two as for four, and each further variant was another export of every format.)"""
    fmt = find(key)
    if key in ("mp4", "gif"):
        _short_shots(doc)  # the files' names are under test here, not the video
    dialog = _dialog(doc, settings, qtbot, key)
    variants = [doc.variant, doc.script.variants[-1]]
    assert variants[0] is not variants[1] and len(doc.script.variants) > 2
    dialog.variant_list.item(doc.script.variants.index(variants[1])).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen_variants() == sorted(variants, key=doc.script.variants.index)
    dialog.path_edit.setText(str(out / f"板{fmt.suffix}"))
    run_to_end(dialog, qtbot)
    if fmt.per_variant:  # one file per variant, each named after its variant (a tall picture may be in parts)
        for v in doc.script.variants:
            stem = f"板_{slug(v.name)}"
            assert any(p.name.startswith(stem) for p in dialog.written) == (v in variants), (
                stem,
                dialog.written,
            )
        assert len(dialog.written) >= len(variants)
    else:
        assert dialog.written == [out / f"板{fmt.suffix}"]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in dialog.written)
    for path in dialog.written:
        assert path.read_bytes().startswith(MAGIC[path.suffix])


def test_another_formats_suffix_is_explained_and_writes_nothing(doc, settings, qtbot, out, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    dialog = _dialog(doc, settings, qtbot, "docx")
    dialog.path_edit.setText(str(out / "board.pdf"))
    run_to_end(dialog, qtbot)
    assert dialog.written == [] and list(out.iterdir()) == []
    assert len(told) == 1 and ".docx" in told[0] and "board.pdf" in told[0]


def test_a_saved_picture_choice_opens_on_the_image_format(doc, settings, qtbot):
    settings.export_format = "picture"
    dialog = ExportDialog(doc, settings)
    qtbot.addWidget(dialog)
    assert dialog.current_format() is find("image")


@pytest.mark.parametrize("key", ["docx", "pdf"])
def test_layout_choice_gives_grid_pages(doc, settings, qtbot, out, key):
    dialog = _dialog(doc, settings, qtbot, key)
    assert dialog.layout_box.isEnabled() and dialog.layout_box.count() == 3
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("2x3"))
    target = out / f"grid{dialog.current_format().suffix}"
    dialog.path_edit.setText(str(target))
    run_to_end(dialog, qtbot)
    assert dialog.written == [target]
    if key == "docx":
        import docx

        document = docx.Document(str(target))
        section = document.sections[0]
        assert section.page_height > section.page_width and len(document.tables[1].columns) == 4
    else:
        import re

        first_page = target.read_bytes()
        sizes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", first_page)
        assert any(float(w) < float(h) for w, h in sizes)  # portrait storyboard pages
    xlsx = _dialog(doc, settings, qtbot, "xlsx")
    assert not xlsx.layout_box.isEnabled()


def test_animatic_with_a_voice_over_from_the_dialog(doc, settings, qtbot, out, tmp_path, monkeypatch):
    import av

    from tests.exports.test_animatic import make_tone

    _short_shots(doc)  # the sound the dialog passes on and its notes are under test, not the length
    dialog = _dialog(doc, settings, qtbot, "mp4")
    assert dialog.voiceover_edit.isEnabled() and not dialog.paper_box.isEnabled()
    dialog.voiceover_edit.setText(str(make_tone(tmp_path / "vo.mp3", 2.0, "libmp3lame")))
    dialog.music_level.setValue(-24)
    target = out / "new" / "cut.mp4"
    dialog.path_edit.setText(str(target))
    run_to_end(dialog, qtbot)
    assert dialog.written == [target]
    with av.open(str(target)) as container:
        assert container.streams.video[0].height == 1920 and container.streams.audio
    assert dialog.notes == []  # the voice-over covers the cut and every picture fills the frame
    dialog = _dialog(doc, settings, qtbot, "mp4")
    dialog.path_edit.setText(str(out / "silent.mp4"))
    run_to_end(dialog, qtbot)
    assert len(dialog.notes) == 1 and (
        "no sound attached" in dialog.notes[0] or "未附加声音" in dialog.notes[0]
    )
    box = tell_exported(None, dialog.written, dialog.notes)
    qtbot.addWidget(box)
    assert dialog.notes[0] in box.informativeText() and "silent.mp4" in box.informativeText()
    dialog = _dialog(doc, settings, qtbot, "docx")
    assert not dialog.voiceover_edit.isEnabled()


def test_the_audience_comes_first_and_only_the_operator_gets_the_figures(doc, settings, qtbot, out):
    from openpyxl import load_workbook

    assert doc.project.results  # the sample has A/B results and creators' figures to leave out
    dialog = ExportDialog(doc, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.audience_box.setFocus()
    qtbot.keyClick(dialog.audience_box, Qt.Key.Key_End)  # the operator's report
    assert [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())] == ["pdf", "xlsx"]
    assert dialog.results_check.isChecked() and dialog.results_check.isEnabled()
    qtbot.keyClick(dialog.format_box, Qt.Key.Key_Down)
    report = out / "report.xlsx"
    dialog.path_edit.setText(str(report))
    run_to_end(dialog, qtbot)
    assert dialog.written == [report] and {"Results", "Creators"} <= set(load_workbook(report).sheetnames)

    crew = ExportDialog(doc, settings)
    qtbot.addWidget(crew)
    crew.show()
    qtbot.keyClick(crew.audience_box, Qt.Key.Key_Down)
    qtbot.keyClick(crew.audience_box, Qt.Key.Key_Down)  # the crew's shot list
    assert crew.current_format().name in ("xlsx", "pdf", "csv") and not crew.results_check.isChecked()
    crew.format_box.setCurrentIndex(crew.format_box.findData("xlsx"))
    shots = out / "shots.xlsx"
    crew.path_edit.setText(str(shots))
    run_to_end(crew, qtbot)
    names = load_workbook(shots).sheetnames
    assert "Shoot list" in names and not {"Results", "Retention", "Creators"} & set(names)

    asked = _dialog(doc, settings, qtbot, "docx")
    assert not asked.results_check.isEnabled()  # a Word storyboard never carries them
    asked.format_box.setCurrentIndex(asked.format_box.findData("pdf"))
    asked.show()
    qtbot.mouseClick(asked.results_check, Qt.MouseButton.LeftButton)
    assert asked.include_results()


def test_every_format_has_a_receiver():
    from studio.ui.dialogs.export import AUDIENCES, audience_titles

    offered = {name for _audience, names in AUDIENCES for name in names}
    assert offered == {f.name for f in FORMATS}  # a new format is offered to the receiver it is made for
    assert set(audience_titles()) == {a for a, _ in AUDIENCES}

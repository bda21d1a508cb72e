"""The Excel workbook, checked by reopening it with openpyxl; and its round trip through the import."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from studio.exports.xlsx_export import export_xlsx
from studio.imports.xlsx_import import read_xlsx
from studio.models.enums import ShotStatus
from studio.models.timeline import chosen_alternative, cut, total_ds, union
from studio.models.vocab import label
from tests.exports.export_helpers import media_of, tiny_project


@pytest.fixture
def workbook(sample_file, tmp_path: Path):
    project = sample_file.project
    script = project.scripts[0]
    path = export_xlsx(project, script, None, sample_file.frame_bytes, tmp_path / "w.xlsx")
    return project, script, load_workbook(path), path


def _header(ws) -> list[str]:
    return [c.value for c in ws[1]]


def test_sheets_are_named_in_the_projects_language(workbook) -> None:
    _, script, wb, _ = workbook
    # The crew's workbook: no results, retention or creators sheet unless the operator asks for them.
    assert wb.sheetnames == [*(v.name for v in script.variants), "拍摄清单", "版本对比"]


def test_the_operators_workbook_adds_the_results(sample_file, tmp_path: Path) -> None:
    script = sample_file.project.scripts[0]
    path = export_xlsx(sample_file.project, script, None, None, tmp_path / "r.xlsx", include_results=True)
    assert load_workbook(path).sheetnames[-3:] == ["投放结果", "留存曲线", "达人"]


def test_storyboard_sheet_cells_numbers_and_pictures(workbook) -> None:
    _, script, wb, _ = workbook
    variant = script.variants[0]
    ws = wb[variant.name]
    head = _header(ws)
    assert head[:3] == ["镜号", "段落", "分镜图"]
    timed = cut(script, variant)
    col = {name: i + 1 for i, name in enumerate(head)}
    for row, t in enumerate(timed, start=2):
        assert ws.cell(row, col["镜号"]).value == t.shot.code
        assert ws.cell(row, col["时长（秒）"]).value == pytest.approx(t.shot.duration_ds / 10)
        assert ws.cell(row, col["入点（秒）"]).value == pytest.approx(t.start_ds / 10)
        assert ws.cell(row, col["台词/口播"]).value == (t.shot.voiceover or None)
        assert ws.cell(row, col["景别"]).value == label(t.shot.shot_size, "zh")
        assert ws.cell(row, col["画面内容"]).alignment.wrap_text
    total = ws.cell(len(timed) + 2, col["时长（秒）"]).value
    assert isinstance(total, float) and total == pytest.approx(total_ds(script, variant) / 10)
    assert len(ws._images) == len(timed)
    rows = sorted(img.anchor._from.row + 1 for img in ws._images)
    assert rows == list(range(2, len(timed) + 2))
    assert all(img.anchor._from.col == 2 for img in ws._images)


def test_frozen_header_filter_validation_and_print_setup(workbook) -> None:
    _, script, wb, _ = workbook
    ws = wb[script.variants[0].name]
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref.startswith("A1:")
    lists = {str(dv.sqref)[0]: dv for dv in ws.data_validations.dataValidation}
    size_dv = lists["G"]
    assert size_dv.type == "list" and size_dv.showErrorMessage and "特写" in size_dv.formula1
    assert "推" in lists["H"].formula1 and lists["H"].showErrorMessage
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == "$1:$1"
    assert ws.page_margins.left == pytest.approx(0.4)
    assert ws.column_dimensions["I"].width >= 20


def test_shoot_list_is_the_union_in_shooting_order(workbook) -> None:
    _, script, wb, _ = workbook
    ws = wb["拍摄清单"]
    head = _header(ws)
    col = {name: i + 1 for i, name in enumerate(head)}
    assert head[:4] == ["完成", "序", "镜号", "分镜图"] and all(v.name in head for v in script.variants)
    shots = union(script)
    rows = list(range(2, len(shots) + 2))
    keys = [((ws.cell(r, col["场景"]).value or "\uffff").casefold(), (ws.cell(r, col["演员"]).value or "\uffff").casefold())
            for r in rows]  # fmt: skip
    assert keys == sorted(keys)
    assert sorted(ws.cell(r, col["镜号"]).value for r in rows) == sorted(u.shot.code for u in shots)
    by_code = {u.shot.code: u for u in shots}
    for r in rows:
        u = by_code[ws.cell(r, col["镜号"]).value]
        for v in script.variants:
            assert (ws.cell(r, col[v.name]).value == "●") == (v in u.variants)
    done = [dv for dv in ws.data_validations.dataValidation if "☑" in dv.formula1]
    assert done and done[0].showErrorMessage and str(done[0].sqref).startswith("A2")
    assert {ws.cell(r, 1).value for r in rows} <= {"☐", "☑"}


def test_shoot_list_prints_every_column_with_thumbnails(workbook) -> None:
    _, script, wb, _ = workbook
    ws = wb["拍摄清单"]
    head = _header(ws)
    shots = union(script)
    # Nothing is left off the paper: no print area; too wide for one legible page, it prints in two
    # bands at 9 pt or more, the tick box and shot code repeated on each (see test_workbook_print).
    assert not ws.print_area
    assert ws.sheet_properties.pageSetUpPr.fitToPage is False and ws.page_setup.scale >= 90
    assert len(ws.col_breaks.brk) == 1 and ws.print_title_cols == "$A:$C"
    assert {
        "段落",
        "方案",
        "字幕",
        "音乐/音效",
        "场景",
        "演员",
        "道具",
        *(v.name for v in script.variants),
    } <= set(head)
    # A thumbnail in every shot's row, in the frame column, smaller than the storyboard's.
    assert len(ws._images) == len(shots)
    assert sorted(img.anchor._from.row + 1 for img in ws._images) == list(range(2, len(shots) + 2))
    assert {img.anchor._from.col for img in ws._images} == {head.index("分镜图")}
    assert all(img.anchor.to.rowOff - img.anchor._from.rowOff <= 64 * 9525 for img in ws._images)  # EMU/px
    # Rows are tall enough for their thumbnails.
    assert all(ws.row_dimensions[r].height >= 48 for r in range(2, len(shots) + 2))


def test_pictures_move_size_and_hide_with_their_cell(workbook) -> None:
    _, _, wb, _ = workbook
    for ws in wb.worksheets[
        :-4
    ]:  # the variants matrix, results, retention and creators sheets hold no pictures
        assert ws._images
        for img in ws._images:
            anchor = img.anchor
            # 'Move and size with cells': a filter that hides the row hides the picture too.
            assert type(anchor).__name__ == "TwoCellAnchor" and anchor.editAs == "twoCell"
            assert (anchor._from.row, anchor._from.col) == (anchor.to.row, anchor.to.col)
            assert anchor.to.rowOff > anchor._from.rowOff and anchor.to.colOff > anchor._from.colOff
            height_emu = ws.row_dimensions[anchor._from.row + 1].height * 12700
            assert anchor.to.rowOff <= height_emu


def _shared_frames_project(shots: int, distinct: int):
    project, script, store = tiny_project(shots=shots, frame=False)
    from studio.models.entities import Frame, Variant
    from tests.exports.export_helpers import jpeg

    for i in range(distinct):
        data = jpeg(colour=(20 * i % 255, 200 - i, 90))
        store[f"f{i}"] = {"original": data, "thumb": data, "print": data}
        project.frames[f"f{i}"] = Frame(f"f{i}", f"{i}.jpg", 90, 160, "JPEG")
    for n, shot in enumerate(script.beats[0].alternatives[0].shots):
        shot.frame = f"f{n % distinct}"
    script.variants.append(Variant(name="价格钩子版"))
    return project, script, store


def test_a_frame_used_by_many_shots_is_stored_once(tmp_path: Path) -> None:
    import zipfile

    project, script, store = _shared_frames_project(shots=40, distinct=4)
    path = export_xlsx(project, script, None, media_of(store), tmp_path / "d.xlsx")
    with zipfile.ZipFile(path) as zf:
        media = [n for n in zf.namelist() if n.startswith("xl/media/")]
        assert len(media) == 4 and len(set(zf.namelist())) == len(zf.namelist())
        assert {zf.read(n) for n in media} == {store[f"f{i}"]["thumb"] for i in range(4)}
    wb = load_workbook(path)
    # Two variant sheets and the shoot list each place 40 pictures, all reading back their own frame.
    placed = {id(img): img._data() for ws in wb.worksheets for img in ws._images}  # _data() reads once
    assert len(placed) == 3 * 40
    assert set(placed.values()) == {store[f"f{i}"]["thumb"] for i in range(4)}
    ws = wb["基础版"]
    code_col = _header(ws).index("镜号") + 1
    frames = {s.code: s.frame for s in script.beats[0].alternatives[0].shots}
    for img in ws._images:
        code = ws.cell(img.anchor._from.row + 1, code_col).value
        assert placed[id(img)] == store[frames[code]]["thumb"]


def test_headers_keep_their_words_whole(sample_file, tmp_path: Path) -> None:
    from studio.exports.xlsx_export import _text_width

    script = sample_file.project.scripts[0]
    for lang in ("en", "zh"):
        path = export_xlsx(
            sample_file.project,
            script,
            None,
            None,
            tmp_path / f"h_{lang}.xlsx",
            lang=lang,
            include_results=True,
        )
        for ws in load_workbook(path).worksheets:
            for cell in ws[1]:
                words = str(cell.value or "").split()
                longest = max((_text_width(w) for w in words if w.isascii()), default=0)
                width = ws.column_dimensions[cell.column_letter].width
                assert width >= longest * 1.1 + 1, (ws.title, cell.value, width)


def test_a_long_text_grows_its_row(tmp_path: Path) -> None:
    project, script, store = tiny_project({"visual": "很长的画面描述" * 60})
    wb = load_workbook(export_xlsx(project, script, None, media_of(store), tmp_path / "l.xlsx"))
    for ws in (wb["基础版"], wb["拍摄清单"]):
        heights = [ws.row_dimensions[r].height for r in (2, 3)]
        assert heights[0] > heights[1] and heights[0] <= 409


def test_variants_matrix(workbook) -> None:
    _, script, wb, _ = workbook
    ws = wb["版本对比"]
    assert _header(ws)[1:] == [v.name for v in script.variants]
    beat = script.beats[0]
    cells = [c.value for c in ws[4]]
    assert cells[0]
    for i, variant in enumerate(script.variants, start=1):
        assert f"方案 {chosen_alternative(variant, beat).label}" in cells[i]
    totals = [c.value for c in ws[ws.max_row]][1:]
    assert totals == [pytest.approx(total_ds(script, v) / 10) for v in script.variants]


def test_english_workbook(sample_file, tmp_path: Path) -> None:
    script = sample_file.project.scripts[0]
    path = export_xlsx(
        sample_file.project,
        script,
        script.variants[:1],
        None,
        tmp_path / "en.xlsx",
        lang="en",
        include_results=True,
    )
    wb = load_workbook(path)
    assert wb.sheetnames[-5:] == ["Shoot list", "Variants", "Results", "Retention", "Creators"]
    assert _header(wb.worksheets[0])[:2] == ["Shot", "Beat"]


def test_formula_like_text_stays_text(tmp_path: Path) -> None:
    texts = {"visual": "=HYPERLINK(\"http://x\")", "voiceover": "+86 139", "onscreen_text": "-50%",
             "sound": "@echo", "notes": "\tindented", "props": "\rcr"}  # fmt: skip
    project, script, store = tiny_project(texts)
    path = export_xlsx(project, script, None, media_of(store), tmp_path / "f.xlsx")
    wb = load_workbook(path)
    for ws in (wb["基础版"], wb["拍摄清单"]):
        head = _header(ws)
        for name, key in (("画面内容", "visual"), ("台词/口播", "voiceover"), ("字幕", "onscreen_text"),
                          ("音乐/音效", "sound")):  # fmt: skip
            code_col = head.index("镜号") + 1
            row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, code_col).value == "H-A-01")
            cell = ws.cell(row, head.index(name) + 1)
            assert cell.value == texts[key]
            assert cell.data_type == "s" and cell.quotePrefix
    # And the raw XML has no formula element at all.
    import zipfile

    with zipfile.ZipFile(path) as zf:
        assert not any(b"<f>" in zf.read(n) for n in zf.namelist() if n.startswith("xl/worksheets/"))


def test_control_characters_and_surrogates_do_not_break_it(tmp_path: Path) -> None:
    project, script, store = tiny_project({"visual": "a\x00b\x1bc\ud800d", "voiceover": "\x07"})
    script.variants[0].name = "bad/name:[x]*?"
    path = export_xlsx(project, script, None, media_of(store), tmp_path / "c.xlsx")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    assert ws.title == "bad_name__x___"
    assert ws.cell(2, 9).value.startswith("ab")


def test_round_trip_through_the_import(sample_file, tmp_path: Path) -> None:
    project = sample_file.project
    script = project.scripts[0]
    script.beats[0].alternatives[0].shots[0].status = ShotStatus.SHOT
    path = export_xlsx(project, script, None, sample_file.frame_bytes, tmp_path / "rt.xlsx")
    back, blobs, report = read_xlsx(path)
    assert report.studio_workbook and report.beats_from == "studio"
    again = back.scripts[0]
    fields = ("code", "duration_ds", "shot_size", "camera_move", "angle", "visual", "voiceover", "onscreen_text",
              "sound", "props", "location", "talent", "notes", "status")  # fmt: skip
    before = [tuple(getattr(s, f) for f in fields) for _, _, s in script.iter_shots()]
    after = [tuple(getattr(s, f) for f in fields) for _, _, s in again.iter_shots()]
    assert after == before
    assert [b.kind for b in again.beats] == [b.kind for b in script.beats]
    assert [[a.label for a in b.alternatives] for b in again.beats] == [
        [a.label for a in b.alternatives] for b in script.beats
    ]
    assert [v.name for v in again.variants] == [v.name for v in script.variants]
    for v_old, v_new in zip(script.variants, again.variants, strict=True):
        assert [t.shot.code for t in cut(again, v_new)] == [t.shot.code for t in cut(script, v_old)]
    assert all(s.frame in blobs for _, _, s in again.iter_shots())


def test_a_workbook_whose_two_variant_columns_share_a_name_is_refused_naming_both(
    sample_file, tmp_path: Path
) -> None:
    """The model's rule holds for an import too: a variant column renamed in Excel to another's name."""
    from studio.models.errors import DuplicateNameError

    project = sample_file.project
    script = project.scripts[0]
    path = export_xlsx(project, script, None, None, tmp_path / "dup.xlsx")
    wb = load_workbook(path)
    ws = wb["拍摄清单"] if "拍摄清单" in wb.sheetnames else wb["Shoot list"]  # the sheet the import reads
    names = [v.name for v in script.variants]
    heads = {c.value: c for row in ws.iter_rows(max_row=6) for c in row if c.value in names}
    assert set(heads) == set(names), "the shoot list has a column per variant"
    heads[names[1]].value = f" {names[0]} "
    wb.save(path)
    with pytest.raises(DuplicateNameError) as info:
        read_xlsx(path)
    assert {info.value.name.strip(), info.value.other.strip()} == {names[0]}

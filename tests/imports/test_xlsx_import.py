"""Importing shot scripts written elsewhere: a corpus of Chinese and English layouts built here."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from PIL import Image

from studio.imports import xlsx_limits
from studio.imports.xlsx_import import XlsxImportError, import_xlsx, read_xlsx
from studio.imports.xlsx_vocab import header_field, parse_duration_ds, parse_enum
from studio.models.enums import Angle, BeatKind, CameraMove, ShotSize
from studio.store.document import ProjectFile


def _save(wb: Workbook, path: Path) -> Path:
    wb.save(path)
    return path


def _shots(project) -> list:
    return [s for _, _, s in project.scripts[0].iter_shots()]


def _png(colour: tuple[int, int, int]) -> io.BytesIO:
    out = io.BytesIO()
    Image.new("RGB", (60, 100), colour).save(out, "PNG")
    out.seek(0)
    return out


def test_defusedxml_guards_the_parser() -> None:
    import defusedxml  # noqa: F401 - the dependency must be installed

    assert openpyxl.xml.DEFUSEDXML is True


def test_layout_1_plain_chinese_header(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(
        ["镜号", "景别", "运镜", "画面内容", "台词", "字幕", "时长", "音乐", "道具", "场景", "演员", "备注"]
    )
    ws.append(
        [1, "特写", "推", "瓶子特写", "熬夜脸？", "熬夜脸", "3", "鼓点", "精华", "卧室", "小雅", "首帧"]
    )
    ws.append([2, "近景", "拉", "转身", "救回来", "", "3s", "", "", "卧室", "小雅", ""])
    ws.append([3, "全景", "固定", "全身", "", "", "3秒", "", "", "客厅", "", ""])
    project, _, report = read_xlsx(_save(wb, tmp_path / "a.xlsx"))
    shots = _shots(project)
    assert [s.code for s in shots] == ["1", "2", "3"]
    assert [s.duration_ds for s in shots] == [30, 30, 30]
    assert [s.shot_size for s in shots] == [ShotSize.CLOSE_UP, ShotSize.MEDIUM_CLOSE, ShotSize.FULL]
    assert [s.camera_move for s in shots] == [CameraMove.PUSH, CameraMove.PULL, CameraMove.STATIC]
    assert shots[0].voiceover == "熬夜脸？" and shots[0].props == "精华" and shots[0].talent == "小雅"
    assert report.language == "zh" and report.header_row == 1 and not report.problems
    assert report.beats_from == "single" and len(project.scripts[0].beats) == 1


def test_layout_2_merged_title_header_lower_and_clock_durations(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "《焕亮精华》分镜头脚本"
    ws.merge_cells("A1:G1")
    ws["A2"] = "客户：某品牌    日期：2025-03-01"
    ws.merge_cells("A2:G2")
    ws.append(["镜头", "景别", "技巧", "画面", "旁白", "时长（秒）", "场景"])
    ws.append(["1", "特写", "推镜头", "开场", "你好", "00:03", "卧室"])
    ws.append(["2", "中景", "摇", "中段", "", "0:03.5", None])
    ws.append(["3", "远景", "跟拍", "结尾", "再见", "00:00:03", None])
    ws.merge_cells("G4:G6")  # one location for three shots
    project, _, report = read_xlsx(_save(wb, tmp_path / "b.xlsx"))
    shots = _shots(project)
    assert report.header_row == 3
    assert [s.duration_ds for s in shots] == [30, 35, 30]
    assert [s.location for s in shots] == ["卧室"] * 3
    assert [s.camera_move for s in shots] == [CameraMove.PUSH, CameraMove.PAN, CameraMove.FOLLOW]
    assert shots[2].shot_size is ShotSize.WIDE


def test_layout_3_english_synonyms(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["No.", "Shot size", "Camera move", "Visual", "Voice-over", "Caption", "Duration", "Sound", "Props",
               "Location", "Talent", "Notes", "Angle"])  # fmt: skip
    ws.append([1, "CU", "Push in", "Bottle", "Tired skin?", "TIRED?", "2.5s", "beat", "serum", "Bedroom", "Amy", "",
               "Low angle"])  # fmt: skip
    ws.append([2, "Wide", "Static", "Room", "Try this", "", 4, "", "", "Bedroom", "Amy", "", ""])
    project, _, report = read_xlsx(_save(wb, tmp_path / "c.xlsx"))
    shots = _shots(project)
    assert report.language == "en" and project.language == "en"
    assert [s.duration_ds for s in shots] == [25, 40]
    assert shots[0].shot_size is ShotSize.CLOSE_UP and shots[0].camera_move is CameraMove.PUSH
    assert shots[0].angle is Angle.LOW and shots[0].onscreen_text == "TIRED?"
    assert project.scripts[0].variants[0].name == "Base"


def test_layout_4_unknown_columns_and_values_go_to_notes(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Shot", "Size", "Move", "Description", "Lines", "Length", "Lens", "Notes"])
    ws.append(["A1", "Dutch tilt", "whip", "Chaos", "Hey", "about 3", "35mm", "keep"])
    project, _, report = read_xlsx(_save(wb, tmp_path / "d.xlsx"))
    shot = _shots(project)[0]
    assert shot.shot_size is None and shot.camera_move is None
    assert shot.duration_ds == 20
    for kept in ("keep", "Size: Dutch tilt", "Move: whip", "Length: about 3"):
        assert kept in shot.notes
    assert shot.lens == "35mm" and report.to_notes == []  # a lens column is a shot field of its own
    assert {p.kind for p in report.problems} == {"shot_size", "camera_move", "duration"}


def test_layout_5_beat_column_and_pictures_in_rows(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["段落", "镜号", "分镜图", "画面内容", "口播", "时长"])
    rows = [("钩子", "1", "开场", "停！", 2), (None, "2", "特写", "看这里", 1.5), ("痛点", "3", "暗沉", "熬夜", 3),
            ("产品方案", "4", "登场", "试试", 3), ("行动号召", "5", "箭头", "点链接", 2)]  # fmt: skip
    for r in rows:
        ws.append([r[0], r[1], None, r[2], r[3], r[4]])
    ws.merge_cells("A2:A3")
    for row, colour in ((2, (200, 0, 0)), (4, (0, 200, 0))):
        pic = XLImage(_png(colour))
        ws.add_image(pic, f"C{row}")
    project, blobs, report = read_xlsx(_save(wb, tmp_path / "e.xlsx"))
    beats = project.scripts[0].beats
    assert report.beats_from == "column"
    assert [b.kind for b in beats] == [BeatKind.HOOK, BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.CTA]
    assert [len(b.alternatives[0].shots) for b in beats] == [2, 1, 1, 1]
    shots = _shots(project)
    assert shots[0].frame and shots[2].frame and shots[1].frame is None
    assert shots[0].frame != shots[2].frame and report.frames == 2
    assert set(blobs[shots[0].frame]) == {"original", "thumb", "print"}
    assert "分镜图" in report.ignored


def test_layout_6_ad_copy_header_excel_times_and_total_row(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "画面描述", "广告词", "花字", "镜头时长", "音效"])
    ws.append([1, "开箱", "到手价99", "¥99", 2.5, "叮"])
    ws.append([2, "对比", "=双倍补水", "", dt.time(0, 0, 4), ""])
    ws.append([3, "结尾", "快下单", "", dt.timedelta(seconds=3), ""])
    ws.append(["合计", None, None, None, 9.5, None])
    ws["C3"].data_type = "s"
    project, _, report = read_xlsx(_save(wb, tmp_path / "f.xlsx"))
    shots = _shots(project)
    assert [s.duration_ds for s in shots] == [25, 40, 30]
    assert shots[1].voiceover == "=双倍补水"
    assert [p.kind for p in report.problems] == ["total_row"]
    assert shots[0].onscreen_text == "¥99" and shots[0].sound == "叮"


def test_layout_7_no_duration_column_is_reported(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "拍摄计划"
    ws.append(["Scene", "Shot", "Action", "Dialogue", "Cast"])
    ws.append(["Kitchen", "1", "Pour", "Mmm", "Bo"])
    project, _, report = read_xlsx(_save(wb, tmp_path / "g.xlsx"))
    assert _shots(project)[0].duration_ds == 20 and _shots(project)[0].location == "Kitchen"
    assert report.sheet == "拍摄计划"


def test_best_sheet_is_chosen(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["说明"])
    wb.active.append(["本文件包含分镜"])
    ws = wb.create_sheet("分镜")
    ws.append(["镜号", "画面", "台词", "时长"])
    ws.append(["1", "a", "b", "2"])
    project, _, report = read_xlsx(_save(wb, tmp_path / "h.xlsx"))
    assert report.sheet == "分镜" and len(_shots(project)) == 1


def test_import_writes_a_project_file(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["镜号", "画面", "时长"])
    wb.active.append(["1", "开场", "2"])
    report = import_xlsx(_save(wb, tmp_path / "i.xlsx"), tmp_path / "i.studio")
    with ProjectFile.open(tmp_path / "i.studio", readonly=True) as pf:
        assert _shots(pf.project)[0].visual == "开场"
    assert report.shots == 1


def test_not_a_workbook_and_no_table(tmp_path: Path) -> None:
    bogus = tmp_path / "x.xlsx"
    bogus.write_bytes(b"PK not really")
    with pytest.raises(XlsxImportError) as info:
        read_xlsx(bogus)
    assert info.value.reason == "unreadable"
    wb = Workbook()
    wb.active.append(["hello", "world"])
    with pytest.raises(XlsxImportError) as info:
        read_xlsx(_save(wb, tmp_path / "y.xlsx"))
    assert info.value.reason == "no_table"


def test_zip_bombs_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wb = Workbook()
    wb.active.append(["镜号", "画面", "时长"])
    path = _save(wb, tmp_path / "z.xlsx")
    monkeypatch.setattr(xlsx_limits, "MAX_UNPACKED", 1000)
    with pytest.raises(XlsxImportError) as info:
        read_xlsx(path)
    assert info.value.reason == "too_large"


@pytest.mark.parametrize(
    ("value", "ds"),
    [(3, 30), ("3", 30), ("3s", 30), ("3 秒", 30), ("3秒", 30), ("00:03", 30), ("0:03.5", 35), ("00:00:03", 30),
     ("1:05", 650), (2.25, 22), ("00:01-00:04", 30), ("abc", None), ("", None), (0, None), (-2, None),
     (dt.time(0, 0, 2), 20)],
)  # fmt: skip
def test_durations(value: object, ds: int | None) -> None:
    assert parse_duration_ds(value) == ds


@pytest.mark.parametrize(
    ("text", "field"),
    [("镜号", "code"), ("No.", "code"), ("景别", "shot_size"), ("运镜", "camera_move"), ("技巧", "camera_move"),
     ("画面内容", "visual"), ("台词/旁白", "voiceover"), ("口播", "voiceover"), ("字幕", "onscreen_text"),
     ("时长(s)", "duration"), ("音乐/音效", "sound"), ("道具", "props"), ("场景", "location"), ("演员", "talent"),
     ("备注", "notes"), ("Voice-over", "voiceover"), ("Shot size", "shot_size"), ("Unknown", None)],
)  # fmt: skip
def test_header_synonyms(text: str, field: str | None) -> None:
    assert header_field(text) == field


def test_enum_words() -> None:
    assert parse_enum(ShotSize, "大特写") is ShotSize.EXTREME_CLOSE_UP
    assert parse_enum(ShotSize, "近景") is ShotSize.MEDIUM_CLOSE
    assert parse_enum(CameraMove, "升降") is CameraMove.CRANE
    assert parse_enum(CameraMove, "Pull out") is CameraMove.PULL
    assert parse_enum(CameraMove, "推+摇") is None


def test_shots_numbered_per_scene_get_unique_codes(tmp_path: Path) -> None:
    """Sheets number shots again in each scene; the script's codes stay unique (a model rule)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["段落", "镜号", "画面内容", "台词", "时长"])
    ws.append(["开头", 1, "瓶子特写", "熬夜脸？", 3])
    ws.append(["开头", 2, "转身", "救回来", 2])
    ws.append(["结尾", 1, "指向下方", "点击领券", 3])
    project, _, _ = read_xlsx(_save(wb, tmp_path / "scenes.xlsx"))
    codes = [s.code for s in _shots(project)]
    assert codes[:2] == ["1", "2"] and codes[2] not in ("1", "2") and len(set(codes)) == 3
    assert [s.voiceover for s in _shots(project)] == ["熬夜脸？", "救回来", "点击领券"]

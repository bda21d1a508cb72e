"""Lens, interior/exterior, time of day, set-up number and angle come in from a crew's Excel script, and
the title rows above its table (客户, 导演, 拍摄日期) stay with the project."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from studio.imports.xlsx_import import import_xlsx, read_xlsx
from studio.models.enums import Angle, Setting, TimeOfDay
from studio.models.vocab import label
from studio.store.document import ProjectFile

HEADER = ["镜号", "景别", "镜头焦段", "内/外景", "日/夜", "机位号", "角度", "画面内容", "台词", "时长"]
ROWS = [
    ["1", "特写", "100mm 微距", "内", "日", "A1", "平视", "精华滴在手背", "看这质地", "3s"],
    ["2", "中景", "35mm", "外景", "夜", "B2", "仰拍", "街头拿出精华", "熬夜党必备", "2.5s"],
    ["3", "全景", "24mm", "内/外", "黄昏", "B2", "俯拍", "窗边全身", "", "4s"],
]


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["焕亮精华 分镜脚本"])
    ws.append(["客户：晨露", None, "导演", "王五"])
    ws.append(["拍摄日期", dt.datetime(2026, 12, 10)])
    ws.append([])
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    wb.save(path)
    return path


def test_shot_fields_and_title_rows_are_read(tmp_path: Path) -> None:
    project, _blobs, report = read_xlsx(_workbook(tmp_path / "crew.xlsx"))
    mapped = dict(report.mapped)
    for header, field in (("镜头焦段", "lens"), ("内/外景", "setting"), ("日/夜", "time_of_day"),
                          ("机位号", "setup"), ("角度", "angle")):  # fmt: skip
        assert mapped[header] == field
    shots = [s for b in project.scripts[0].beats for a in b.alternatives for s in a.shots]
    assert [s.lens for s in shots] == ["100mm 微距", "35mm", "24mm"]
    assert [s.setting for s in shots] == [Setting.INTERIOR, Setting.EXTERIOR, Setting.INT_EXT]
    assert [s.time_of_day for s in shots] == [TimeOfDay.DAY, TimeOfDay.NIGHT, TimeOfDay.DUSK]
    assert [s.setup for s in shots] == ["A1", "B2", "B2"]
    assert [s.angle for s in shots] == [Angle.EYE_LEVEL, Angle.LOW, Angle.HIGH]
    assert not any("镜头焦段" in s.notes or "机位号" in s.notes for s in shots)
    assert project.settings["client"] == "晨露" and project.settings["director"] == "王五"
    assert project.settings["shoot_date"] == "2026-12-10"


def test_they_are_kept_in_the_project_file(tmp_path: Path) -> None:
    target = tmp_path / "crew.studio"
    import_xlsx(_workbook(tmp_path / "crew.xlsx"), target)
    with ProjectFile.open(target, readonly=True) as pf:
        shot = pf.project.scripts[0].beats[0].alternatives[0].shots[1]
        assert (shot.lens, shot.setting, shot.time_of_day, shot.setup) == (
            "35mm",
            Setting.EXTERIOR,
            TimeOfDay.NIGHT,
            "B2",
        )
        assert pf.project.settings["director"] == "王五"


def test_the_words_exist_in_both_languages() -> None:
    for member in [*Setting, *TimeOfDay]:
        zh, en = label(member, "zh"), label(member, "en")
        assert zh and en and zh != en and zh != member.value


def test_storyboards_show_the_camera_facts(tmp_path: Path) -> None:
    """Word and PDF storyboards carry lens, interior/exterior with time of day, and the set-up in the notes."""
    import docx
    import pypdfium2 as pdfium

    from studio.exports.docx_export import export_docx
    from studio.exports.pdf_export import export_pdf

    project, _blobs, _report = read_xlsx(_workbook(tmp_path / "crew.xlsx"))
    script = project.scripts[0]
    for lang, wanted in (("zh", ("镜头焦段：35mm", "外景 · 夜", "机位号：B2", "内外景 · 黄昏")),
                         ("en", ("Lens: 35mm", "Exterior · Night", "Set-up: B2", "Int./ext. · Dusk"))):  # fmt: skip
        out = export_docx(project, script, [script.base_variant], None, tmp_path / f"b_{lang}.docx", lang)
        document = docx.Document(str(out))
        text = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
        pdf = pdfium.PdfDocument(str(export_pdf(project, script, [script.base_variant], None,
                                                tmp_path / f"b_{lang}.pdf", lang)))  # fmt: skip
        printed = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        printed = printed.replace("\r", "").replace("\n", "")
        for line in wanted:
            assert line in text, (lang, line)
            assert line.replace(" ", "") in printed.replace(" ", ""), (lang, line)


def test_the_shoot_list_carries_them_and_reads_back(tmp_path: Path) -> None:
    """The Excel shoot list shows set-up, interior/exterior, time of day and lens when the script has them
    (and not otherwise), grouped by set-up within a location; importing it back keeps them."""
    from studio.exports.xlsx_export import export_xlsx
    from studio.samples import sample_project

    project, _blobs, _report = read_xlsx(_workbook(tmp_path / "crew.xlsx"))
    out = export_xlsx(project, project.scripts[0], None, None, tmp_path / "shoot.xlsx", "zh")
    ws = openpyxl.load_workbook(out)["拍摄清单"]
    head = [c.value for c in ws[1]]
    for name in ("机位号", "内/外景", "日/夜", "镜头焦段"):
        assert name in head, name
    setups = [ws.cell(r, head.index("机位号") + 1).value for r in range(2, 5)]
    assert setups == ["A1", "B2", "B2"]
    back, _b, _r = read_xlsx(out)
    shots = {s.code: s for b in back.scripts[0].beats for a in b.alternatives for s in a.shots}
    assert (shots["2"].lens, shots["2"].setting, shots["2"].time_of_day, shots["2"].setup) == (
        "35mm",
        Setting.EXTERIOR,
        TimeOfDay.NIGHT,
        "B2",
    )
    plain, _ = sample_project("zh", frame_edge=120)
    out = export_xlsx(plain, plain.scripts[0], None, None, tmp_path / "plain.xlsx", "zh")
    head = [c.value for c in openpyxl.load_workbook(out)["拍摄清单"][1]]
    assert "机位号" not in head and "镜头焦段" not in head


def test_the_title_row_above_the_table_names_the_project(tmp_path: Path) -> None:
    project, _blobs, _report = read_xlsx(_workbook(tmp_path / "crew.xlsx"))
    assert project.title == "焕亮精华 分镜脚本"  # not the file's name ("crew"), not a labelled row
    assert project.settings["client"] == "晨露"

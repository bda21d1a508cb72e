"""Shot scripts as people make them: ten layouts built from the header names of public templates.

Each layout keeps the column names and the kind of values its source shows; the source is named
above it. The assertions say where every column must go and what the shots must hold.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from studio.imports.xlsx_import import read_xlsx
from studio.models.enums import Angle, CameraMove, ShotSize

CU, MS, MCU = ShotSize.CLOSE_UP, ShotSize.MEDIUM, ShotSize.MEDIUM_CLOSE


def _book(tmp: Path, name: str, rows: list[list[object]], title: str | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    for row in rows:
        ws.append(row)
    path = tmp / f"{name}.xlsx"
    wb.save(path)
    return path


def _read(path: Path):
    project, _, report = read_xlsx(path)
    shots = [s for _, _, s in project.scripts[0].iter_shots()]
    where = {g.header: g.field for g in report.columns}
    return shots, where, report


def test_film_school_shot_script(tmp_path: Path) -> None:
    """分镜头剧本 as textbooks define it: 镜号、景别、摄法、画面内容、对话、音乐、音响、镜头长度 (81art.com, tianqijun.com)."""
    path = _book(tmp_path, "film_school", [
        ["镜号", "景别", "摄法", "画面内容", "对话", "音乐", "音响", "镜头长度"],
        [1, "远景", "固定", "清晨的街道，行人稀少", "", "钢琴曲起", "鸟鸣", "5秒"],
        [2, "中景", "推", "小雅推门走进咖啡店", "小雅：早！", "", "门铃", "3秒"],
        [3, "特写", "摇", "咖啡杯冒着热气", "", "", "", "2秒"],
    ], title="《早安》分镜头剧本")  # fmt: skip
    shots, where, report = _read(path)
    assert report.header_row == 2
    assert where == {"镜号": "code", "景别": "shot_size", "摄法": "camera_move", "画面内容": "visual",
                     "对话": "voiceover", "音乐": "sound", "音响": "sound", "镜头长度": "duration"}  # fmt: skip
    assert [s.duration_ds for s in shots] == [50, 30, 20]
    assert [s.camera_move for s in shots] == [CameraMove.STATIC, CameraMove.PUSH, CameraMove.PAN]
    assert shots[1].voiceover == "小雅：早！" and shots[1].sound == "门铃"
    assert shots[0].sound == "钢琴曲起 / 鸟鸣"  # 音乐 and 音响 side by side are both the shot's sound


def test_advertising_shot_script(tmp_path: Path) -> None:
    """A TV-ad 分镜头脚本: 镜号、机号、技巧、景别、时间长度、画面内容、广告词、音乐、音响 (ultimate-communications.com)."""
    path = _book(tmp_path, "ad", [
        ["镜号", "机号", "技巧", "景别", "时间长度", "画面内容", "广告词", "音乐", "音响"],
        [1, "1号机", "拉", "特写", "4s", "精华液滴落", "一滴焕亮", "轻快", "水滴声"],
        [2, "2号机", "移", "近景", "3s", "模特抬头微笑", "熬夜也不怕", "", ""],
    ])  # fmt: skip
    shots, where, _ = _read(path)
    assert (
        where["技巧"] == "camera_move" and where["时间长度"] == "duration" and where["广告词"] == "voiceover"
    )
    assert where["机号"] is None
    assert [(s.duration_ds, s.camera_move, s.shot_size) for s in shots] == [
        (40, CameraMove.PULL, CU), (30, CameraMove.TRUCK, MCU)]  # fmt: skip
    assert "机号: 1号机" in shots[0].notes


def test_short_video_template_with_units(tmp_path: Path) -> None:
    """The common 短视频 table: 镜号 | 画面描述 | 台词 | 时长 | 景别 | 运镜, durations like 2s (hzhtxg.com)."""
    path = _book(tmp_path, "short", [
        ["镜号", "画面描述", "台词", "时长", "景别", "运镜"],
        [1, "主角拿起产品", "“看这个！”", "2s", "特写", "推镜头"],
        [2, "使用效果对比", "背景音乐", "5s", "中景", "固定"],
    ])  # fmt: skip
    shots, where, _ = _read(path)
    assert set(where.values()) == {"code", "visual", "voiceover", "duration", "shot_size", "camera_move"}
    assert [(s.duration_ds, s.shot_size, s.camera_move) for s in shots] == [
        (20, CU, CameraMove.PUSH), (50, MS, CameraMove.STATIC)]  # fmt: skip


def test_time_axis_script(tmp_path: Path) -> None:
    """A timeline script: 时间 as 00:00-00:05 ranges, then 景别、画面、音效、画外音 (todayonhistory.com)."""
    path = _book(tmp_path, "axis", [
        ["时间", "景别", "画面", "音效", "画外音"],
        ["00:00-00:05", "全景", "咖啡杯震动特写", "手机震动声", ""],
        ["00:06-00:10", "近景", "主角从电脑屏幕转向镜头", "", "3步提升转化率"],
    ])  # fmt: skip
    shots, where, report = _read(path)
    assert where["时间"] == "duration" and where["画外音"] == "voiceover" and where["音效"] == "sound"
    assert next(g for g in report.columns if g.header == "时间").basis == "both"
    assert [s.duration_ds for s in shots] == [50, 40]
    assert shots[1].voiceover == "3步提升转化率"


def test_shot_column_holding_sizes_is_shot_size(tmp_path: Path) -> None:
    """镜头 usually numbers shots, but here it holds ELS/MS/CU: the cells decide."""
    path = _book(tmp_path, "jingtou", [
        ["镜号", "镜头", "拍摄角度", "内容", "对白", "时间"],
        [1, "ELS", "俯拍", "城市天际线", "", "3s"],
        [2, "MS", "平视", "她在窗边", "又是加班的一天", "2.5s"],
        [3, "CU", "平视", "眼下的黑眼圈", "", "2s"],
        [4, "MCU", "仰拍", "她拿起精华", "试试这个", "3s"],
    ])  # fmt: skip
    shots, where, report = _read(path)
    assert where["镜号"] == "code" and where["镜头"] == "shot_size" and where["拍摄角度"] == "angle"
    guess = next(g for g in report.columns if g.header == "镜头")
    assert guess.basis == "content" and guess.share == 1.0 and guess.confidence == "sure"
    assert [s.code for s in shots] == ["1", "2", "3", "4"]
    assert [s.shot_size for s in shots] == [ShotSize.EXTREME_WIDE, MS, CU, MCU]
    assert [s.angle for s in shots] == [Angle.HIGH, Angle.EYE_LEVEL, Angle.EYE_LEVEL, Angle.LOW]


def test_studiobinder_shot_list_anatomy(tmp_path: Path) -> None:
    """Scene #, Shot #, Location, Shot description, Framing, Action/dialogue, Cast, Props, Notes (studiobinder.com)."""
    path = _book(tmp_path, "binder", [
        ["Scene #", "Shot #", "Location", "Shot description", "Framing", "Action/dialogue", "Cast", "Props", "Notes"],
        [12, "12A", "INT. KITCHEN", "Master of the kitchen", "ELS", "Sarah enters, scans the room", "Sarah", "", ""],
        [12, "12B", "INT. KITCHEN", "Sarah at the counter", "MLS", "SARAH: Where is it?", "Sarah", "serum", ""],
        [12, "12C", "INT. KITCHEN", "The serum bottle", "ECU", "", "", "serum", "practical lamp"],
    ])  # fmt: skip
    shots, where, report = _read(path)
    assert where == {"Scene #": None, "Shot #": "code", "Location": "location", "Shot description": "visual",
                     "Framing": "shot_size", "Action/dialogue": "voiceover", "Cast": "talent", "Props": "props",
                     "Notes": "notes"}  # fmt: skip
    assert report.language == "en"
    assert [s.shot_size for s in shots] == [
        ShotSize.EXTREME_WIDE,
        ShotSize.MEDIUM_FULL,
        ShotSize.EXTREME_CLOSE_UP,
    ]
    assert shots[1].voiceover == "SARAH: Where is it?" and "Scene #: 12" in shots[0].notes


def test_camera_shot_list_with_setup_time(tmp_path: Path) -> None:
    """Shot #, Size, Angle, Movement, Lens, TOD, Location, Description of action, Time (set-up), Audio (bizzlibrary.com)."""
    path = _book(tmp_path, "camera", [
        ["Shot #", "Size", "Angle", "Movement", "Lens", "TOD", "Location", "Description of action", "Time", "Audio"],
        [1, "WS", "Eye level", "Dolly", "24mm", "Day", "EXT. Street", "Sarah walks to the shop", "30 min", "Boom"],
        [2, "MS", "Dutch", "Steadicam", "35mm", "Day", "INT. Shop", "She picks up the serum", "15 min", "Lav"],
        [3, "CU", "High angle", "Zoom", "85mm", "Day", "INT. Shop", "Serum close-up", "10 min", "Boom"],
        [4, "LS", "OTS", "Handheld", "50mm", "Night", "INT. Flat", "She reads the label", "20 mins", "Lav"],
    ])  # fmt: skip
    shots, where, report = _read(path)
    assert (
        where["Time"] is None
        and where["Description of action"] == "visual"
        and where["Movement"] == "camera_move"
    )
    setup = next(g for g in report.columns if g.header == "Time")
    assert setup.basis == "setup_time"
    assert [s.duration_ds for s in shots] == [20] * 4  # the default, never 30 minutes
    assert not [p for p in report.problems if p.kind == "duration" and p.value]
    assert "Time: 30 min" in shots[0].notes
    assert [s.camera_move for s in shots] == [CameraMove.DOLLY, CameraMove.STEADICAM, CameraMove.ZOOM,
                                              CameraMove.HANDHELD]  # fmt: skip
    assert [s.angle for s in shots] == [Angle.EYE_LEVEL, Angle.DUTCH, Angle.HIGH, Angle.OVER_SHOULDER]
    assert [s.shot_size for s in shots] == [ShotSize.WIDE, MS, CU, ShotSize.FULL]


def test_online_shot_list_service_export(tmp_path: Path) -> None:
    """A shot-list service's export: Scene, Shot, Description, Shot type, Camera angle, Camera movement, Lens,
    Frame rate, Equipment notes, Cast, Estimated duration, Notes (studiocolor.io, seikan.app)."""
    path = _book(tmp_path, "service", [
        ["Scene", "Shot", "Description", "Shot type", "Camera angle", "Camera movement", "Lens", "Frame rate",
         "Equipment notes", "Cast", "Estimated duration", "Notes"],
        ["3", "1", "Wide establishing shot of the diner", "Wide Shot", "Bird's Eye", "Crane", "24mm", "Standard",
         "Jib", "", "00:05", ""],
        ["3", "2", "Sam slides into the booth", "Medium Shot", "Eye Level", "Truck", "35mm", "Standard", "Slider",
         "Sam", "3s", ""],
        ["3", "3", "Sam's hands on the menu", "Close-Up", "Low Angle", "Static", "85mm", "Overcranked", "", "Sam",
         "2s", "60 fps"],
        ["3", "4", "Sam looks up", "Extreme Close-Up", "Dutch Angle", "Pan", "100mm", "Standard", "", "Sam", "1.5s",
         ""],
    ])  # fmt: skip
    shots, where, _ = _read(path)
    assert where["Scene"] is None and where["Shot"] == "code" and where["Shot type"] == "shot_size"
    assert where["Estimated duration"] == "duration" and where["Cast"] == "talent"
    assert [s.duration_ds for s in shots] == [50, 30, 20, 15]
    assert [s.shot_size for s in shots] == [ShotSize.WIDE, MS, CU, ShotSize.EXTREME_CLOSE_UP]
    assert [s.angle for s in shots] == [Angle.OVERHEAD, Angle.EYE_LEVEL, Angle.LOW, Angle.DUTCH]
    assert [s.camera_move for s in shots] == [
        CameraMove.CRANE,
        CameraMove.TRUCK,
        CameraMove.STATIC,
        CameraMove.PAN,
    ]


def test_ecommerce_selling_script(tmp_path: Path) -> None:
    """A 带货 script table: 序号、场景、景别、拍摄手法、画面内容、口播文案、花字、时长、道具、备注 (maijiaw.com style)."""
    path = _book(tmp_path, "ecommerce", [
        ["序号", "场景", "景别", "拍摄手法", "画面内容", "口播文案", "花字", "时长", "道具", "备注"],
        [1, "卧室", "特写", "推", "熬夜后暗沉的脸", "熬夜脸救星来了", "熬夜脸？", "00:00-00:03", "镜子", "黄金3秒"],
        [2, "梳妆台", "近景", "固定", "滴管取精华", "一滴就够", "焕亮精华", "00:03-00:08", "精华", ""],
        [3, "梳妆台", "中景", "跟", "上脸按压", "", "", "00:08-00:12", "", ""],
        [4, "客厅", "全景", "手持", "指向购物车", "点击下方链接", "限时领券", "00:12-00:15", "手机", "CTA"],
    ])  # fmt: skip
    shots, where, _ = _read(path)
    assert where["序号"] == "code" and where["拍摄手法"] == "camera_move" and where["口播文案"] == "voiceover"
    assert where["花字"] == "onscreen_text" and where["场景"] == "location"
    assert [s.duration_ds for s in shots] == [30, 50, 40, 30]
    assert [s.camera_move for s in shots] == [CameraMove.PUSH, CameraMove.STATIC, CameraMove.FOLLOW,
                                              CameraMove.HANDHELD]  # fmt: skip


def test_element_table_layout(tmp_path: Path) -> None:
    """镜头编号、镜头类型、画面描述、拍摄角度、拍摄时长、镜头运动、人物动作、对白/旁白、音效/配乐、场景转换、备注 (cneem.com.cn)."""
    path = _book(tmp_path, "elements", [
        ["镜头编号", "镜头类型", "画面描述", "拍摄角度", "拍摄时长", "镜头运动", "人物动作", "对白/旁白", "音效/配乐",
         "场景转换", "备注"],
        ["S01", "大远景", "山间日出", "平视", 4, "升降", "", "", "风声", "淡入", ""],
        ["S02", "中全景", "她在山顶伸展", "仰拍", 3, "环绕", "伸懒腰", "早安，世界", "", "切", ""],
    ])  # fmt: skip
    shots, where, _ = _read(path)
    assert (
        where["镜头编号"] == "code" and where["镜头类型"] == "shot_size" and where["拍摄时长"] == "duration"
    )
    assert where["对白/旁白"] == "voiceover" and where["音效/配乐"] == "sound" and where["场景转换"] is None
    assert [s.shot_size for s in shots] == [ShotSize.EXTREME_WIDE, ShotSize.MEDIUM_FULL]
    assert [s.duration_ds for s in shots] == [40, 30]
    assert "场景转换: 淡入" in shots[0].notes and "人物动作: 伸懒腰" in shots[1].notes


@pytest.mark.parametrize(
    ("word", "kind", "member"),
    [("ECU", ShotSize, ShotSize.EXTREME_CLOSE_UP), ("CU", ShotSize, CU), ("MCU", ShotSize, MCU), ("MS", ShotSize, MS),
     ("MLS", ShotSize, ShotSize.MEDIUM_FULL), ("LS", ShotSize, ShotSize.FULL), ("ELS", ShotSize, ShotSize.EXTREME_WIDE),
     ("WS", ShotSize, ShotSize.WIDE), ("OTS", Angle, Angle.OVER_SHOULDER), ("POV", Angle, Angle.POV),
     ("dolly", CameraMove, CameraMove.DOLLY), ("truck", CameraMove, CameraMove.TRUCK), ("pan", CameraMove, CameraMove.PAN),
     ("tilt", CameraMove, CameraMove.TILT), ("crane", CameraMove, CameraMove.CRANE),
     ("handheld", CameraMove, CameraMove.HANDHELD), ("Steadicam", CameraMove, CameraMove.STEADICAM),
     ("zoom", CameraMove, CameraMove.ZOOM), ("Dutch", Angle, Angle.DUTCH), ("Dutch angle", Angle, Angle.DUTCH),
     ("dolly in", CameraMove, CameraMove.PUSH), ("大远景", ShotSize, ShotSize.EXTREME_WIDE),
     ("中全景", ShotSize, ShotSize.MEDIUM_FULL), ("稳定器", CameraMove, CameraMove.STEADICAM)],
)  # fmt: skip
def test_english_codes_map_to_the_vocabulary(word: str, kind: type, member: object) -> None:
    from studio.imports.xlsx_vocab import parse_enum

    assert parse_enum(kind, word) is member


def test_new_vocabulary_is_stored_and_old_files_still_open(tmp_path: Path) -> None:
    """Values were only added: every fixture of an older file opens, and the new ones survive a save."""
    import shutil

    from studio.store.document import ProjectFile, write_new_file

    fixtures = sorted((Path(__file__).parents[1] / "data").glob("project_v*.studio"))
    assert fixtures
    for fixture in fixtures:
        copy = tmp_path / fixture.name
        shutil.copy(fixture, copy)
        with ProjectFile.open(copy, readonly=True) as pf:
            assert list(pf.project.scripts[0].iter_shots())
    path = _book(tmp_path, "new_words", [["Shot", "Size", "Movement", "Angle", "Description"],
                                         [1, "ELS", "Dolly", "Dutch", "a"], [2, "MLS", "Steadicam", "POV", "b"],
                                         [3, "ECU", "Zoom", "OTS", "c"]])  # fmt: skip
    project, blobs, _ = read_xlsx(path)
    write_new_file(tmp_path / "new.studio", project, blobs)
    with ProjectFile.open(tmp_path / "new.studio", readonly=True) as pf:
        shots = [s for _, _, s in pf.project.scripts[0].iter_shots()]
    assert [(s.shot_size, s.camera_move, s.angle) for s in shots] == [
        (ShotSize.EXTREME_WIDE, CameraMove.DOLLY, Angle.DUTCH),
        (ShotSize.MEDIUM_FULL, CameraMove.STEADICAM, Angle.POV),
        (ShotSize.EXTREME_CLOSE_UP, CameraMove.ZOOM, Angle.OVER_SHOULDER),
    ]

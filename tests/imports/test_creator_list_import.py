"""Creators lists as agencies and platforms export them, and hostile ones: read, previewed, or refused in one line."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from studio.imports.creator_list_import import (
    MAX_ROWS,
    CreatorImportError,
    header_field,
    preview,
    preview_file,
    read_rows,
    records,
    rows_from_text,
)
from studio.models.entities import Project
from studio.samples import sample_project
from tests.imports import hostile_books

#: An agency roster as exported to CSV from Excel (GB18030, a title row, units in headers).
ROSTER = (
    "11月达人合作名单\n"
    "达人昵称,平台,抖音号,分配版本,合作状态,视频链接,播放量,成交订单数,成交金额(元),备注\n"
    '小鹿,抖音,@xiaolu_skin,基础版,已结算,https://www.douyin.com/video/7300000000000000001,5.2万,310,"30,690",老朋友\n'
    "糖糖,抖音,@tangtang,价格钩子,已寄样,,,,,新人\n"
    ",,,,,,,,,\n"
)


def test_header_words_in_both_languages() -> None:
    assert header_field("成交金额(元)") == "gmv" and header_field("成交金额（元）") == "gmv"
    assert header_field("达人昵称") == "name" and header_field("Creator Name") == "name"
    assert header_field("Video URL") == "link" and header_field("播放量") == "plays"
    assert (
        header_field("GMV") == "gmv" and header_field("抖音号") == "handle" and header_field("价格") is None
    )


def test_a_gb18030_roster_with_a_title_row_is_previewed(tmp_path: Path) -> None:
    path = tmp_path / "名单.csv"
    path.write_bytes(ROSTER.encode("gb18030"))
    project, _ = sample_project("zh")
    plan = preview_file(project, path)
    assert plan.added == ["糖糖"] and plan.updated == ["小鹿"]
    deer = next(t for t in plan.creators if t.name == "小鹿")
    assert (deer.status, deer.plays, deer.conversions, deer.gmv) == ("paid", 52000, 310, 30690.0)
    assert deer.notes == "老朋友" and project.creators[0].status == "posted"  # the project is untouched
    assert plan.fields[:3] == ["name", "platform", "handle"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_roster_excel_saved_as_unicode_text_is_read(tmp_path: Path, encoding: str) -> None:
    """Excel's "Unicode Text" (UTF-16 with a byte order mark, tab-separated) was refused as binary."""
    path = tmp_path / "名单.txt"
    bom = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff"}.get(encoding, "")
    path.write_bytes((bom + ROSTER.replace(",", "\t").replace('"30\t690"', "30690")).encode(encoding))
    project, _ = sample_project("zh")
    plan = preview_file(project, path)
    assert plan.added == ["糖糖"] and plan.updated == ["小鹿"]
    deer = next(t for t in plan.creators if t.name == "小鹿")
    assert (deer.plays, deer.gmv, deer.notes) == (52000, 30690.0, "老朋友")
    path.write_bytes(b"\xff\xfe" + "达人昵称".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate
    with pytest.raises(CreatorImportError) as refused:
        read_rows(path)
    assert refused.value.reason == "binary"


def test_an_english_xlsx_export(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Creator", "Platform", "Handle", "Status", "Video link", "Views", "Orders", "GMV"])
    ws.append(
        [
            "Mia",
            "TikTok",
            "@mia.glow",
            "Posted",
            "https://www.tiktok.com/@mia.glow/video/1",
            120000,
            85,
            2549.15,
        ]
    )
    path = tmp_path / "creators.xlsx"
    wb.save(path)
    project, _ = sample_project("en")
    plan = preview_file(project, path)
    mia = next(t for t in plan.creators if t.name == "Mia")
    assert (mia.platform, mia.status, mia.plays, mia.gmv) == ("tiktok", "posted", 120000, 2549.15)


def test_pasted_cells_without_a_header_follow_the_table_order() -> None:
    rows = rows_from_text("小鹿\t抖音\t@xiaolu\n糖糖\t快手\t@tang\t\t已发布\n")
    got = records(rows)
    assert got[0] == (1, {"name": "小鹿", "platform": "抖音", "handle": "@xiaolu"})
    assert got[1][1]["status"] == "已发布"
    quoted = rows_from_text('达人昵称\t备注\n小鹿\t"两行\n备注"\n')
    assert records(quoted) == [(2, {"name": "小鹿", "notes": "两行\n备注"})]


@pytest.mark.parametrize(
    ("text", "reason", "row"),
    [
        ("达人昵称,播放量\n小鹿,-3\n", "negative", 2),
        ("达人昵称,分配版本\n小鹿,钩子Z\n", "unknown_variant", 2),
        ("达人昵称,视频链接\n小鹿,看主页\n", "bad_link", 2),
        ('达人昵称,备注\n小鹿,=HYPERLINK("http://x")\n', "formula", 2),
        ("title\n达人昵称,平台\n小鹿,抖音\n糖糖,豆瓣\n", "unknown_platform", 4),
    ],
)
def test_a_bad_cell_leaves_its_row_out_naming_it(text: str, reason: str, row: int) -> None:
    project, _ = sample_project("zh")
    before = list(project.creators)
    plan = preview(project, records(rows_from_text(text)))
    assert [(p.reason, p.facts["row"]) for p in plan.problems] == [(reason, row)] and plan.skipped == [row]
    assert project.creators == before  # a preview changes nothing
    bad = next(r for n, r in records(rows_from_text(text)) if n == row)
    kept = next((t for t in plan.creators if t.name == bad["name"]), None)
    old = next((t for t in before if t.name == bad["name"]), None)
    assert kept == old  # the bad row's creator is neither added nor changed


def test_a_file_needs_its_header_row_and_a_names_only_list_has_one(tmp_path: Path) -> None:
    """A file without a header row was read in the table's column order, so any text file (a PDF
    renamed .csv, a returned script) became creators; a list of names alone under 达人昵称 was refused
    as having no name column."""
    project, _ = sample_project("zh")
    stray = tmp_path / "stray.csv"
    stray.write_bytes(b"%PDF-1.4 hello, this is not a roster\n")
    with pytest.raises(CreatorImportError) as caught:
        preview_file(project, stray)
    assert caught.value.reason == "no_name_column"
    names = tmp_path / "names.csv"
    names.write_text("达人昵称\n糖糖\n\n阿乐\n", "utf-8")
    plan = preview_file(project, names)
    assert plan.added == ["糖糖", "阿乐"] and plan.fields == ["name"]
    assert [r for _, r in records(rows_from_text("阿杰\t快手\n"))] == [{"name": "阿杰", "platform": "快手"}]


def test_unusable_files_are_refused(tmp_path: Path) -> None:
    cases = {
        "binary.csv": (b"\x00\x01\x02" * 100, "binary"),
        "noname.csv": ("平台,播放量\n抖音,3\n".encode(), "no_name_column"),
        "empty.csv": ("达人昵称,平台\n,\n".encode(), "empty"),
        "broken.xlsx": (b"PK\x03\x04 not really a zip", "binary"),
    }
    for name, (data, reason) in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(CreatorImportError) as caught:
            records(read_rows(tmp_path / name), name)
        assert caught.value.reason == reason, name
    many = tmp_path / "many.csv"
    many.write_text("达人昵称\n" + "".join(f"c{i}\n" for i in range(MAX_ROWS + 20)), "utf-8")
    with pytest.raises(CreatorImportError) as too_many:
        read_rows(many)
    assert too_many.value.reason == "too_many"
    wide = tmp_path / "wide.csv"
    wide.write_text("达人昵称,备注\n小鹿," + "长" * 5000 + "\n", "utf-8")
    with pytest.raises(CreatorImportError) as long_cell:
        read_rows(wide)
    assert long_cell.value.reason == "field_too_long"
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as fh:
        fh.truncate(6 * 1024 * 1024)
    with pytest.raises(CreatorImportError) as too_large:
        read_rows(huge)
    assert too_large.value.reason == "too_large"


@pytest.mark.parametrize(
    ("build", "reason"),
    [(hostile_books.far_cell, "too_large"), (hostile_books.whole_sheet_merge, "too_large"),
     (hostile_books.entity_expansion, "unsafe"), (hostile_books.external_entity, "unsafe"),
     (hostile_books.broken_xml, "unsafe")],
)  # fmt: skip
def test_hostile_workbooks_are_refused_before_parsing(tmp_path: Path, build: object, reason: str) -> None:
    path = build(tmp_path / "hostile.xlsx")  # type: ignore[operator]
    with pytest.raises(CreatorImportError) as caught:
        read_rows(path)
    assert caught.value.reason == reason


@functools.cache
def _sample() -> Project:
    return sample_project("zh")[0]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12), max_size=6),
        max_size=6,
    ),
    st.booleans(),
)
def test_any_pasted_cells_are_taken_or_refused_with_a_reason(cells: list[list[str]], header: bool) -> None:
    project = _sample()  # preview never changes the project it is given
    rows = ([["达人昵称", "平台", "播放量", "视频链接", "合作状态", "备注"]] if header else []) + cells
    text = "\n".join("\t".join(row) for row in rows)
    try:
        plan = preview(project, records(rows_from_text(text)))
    except CreatorImportError as exc:
        assert exc.reason
    else:
        assert all(p.reason and p.facts["row"] >= 1 for p in plan.problems)
        assert len(plan.creators) == len(project.creators) + len(plan.added)
        assert all(t.name and t.plays >= 0 for t in plan.creators)


def _roster_300(bad: dict[int, tuple[str, str]]) -> str:
    """A 300-creator roster as an agency exports it; ``bad`` puts a bad cell (column, text) in some rows."""
    head = [
        "达人昵称",
        "平台",
        "抖音号",
        "合作状态",
        "播放量",
        "成交订单数",
        "成交金额(元)",
        "视频链接",
        "备注",
    ]
    lines = [",".join(head)]
    platforms = ["抖音", "小红书", "快手", "B站", "视频号", "微博"]
    for i in range(300):
        row = dict(zip(head, [f"达人{i:03d}", platforms[i % 6], f"@kol_{i}", "已发布", f"{(i + 1) * 100}", str(i % 40),
                              f"{i * 12.5:.1f}", f"https://v.douyin.com/k{i}/", "寄样已签收"], strict=True))  # fmt: skip
        if i + 2 in bad:
            column, text = bad[i + 2]
            row[column] = text
        lines.append(",".join(row.values()))
    return "\n".join(lines) + "\n"


#: Seven bad cells of a 300-row roster (sheet row -> column, text); row 2 is the first creator.
SEVEN = {
    5: ("播放量", "-30"), 48: ("平台", "豆瓣"), 77: ("合作状态", "搁置"), 120: ("视频链接", "看主页"),
    199: ("成交订单数", "1.5"), 250: ("备注", "=HYPERLINK(1)"), 301: ("达人昵称", ""),
}  # fmt: skip


def test_a_roster_of_300_with_7_bad_cells_lists_each_and_keeps_the_293_good_rows(tmp_path: Path) -> None:
    path = tmp_path / "矩阵.csv"
    path.write_text(_roster_300(SEVEN), "utf-8-sig")
    project, _ = sample_project("zh")
    plan = preview_file(project, path)
    assert plan.rows == 300 and plan.skipped == sorted(SEVEN)
    assert [(p.facts["row"], p.field, p.reason) for p in plan.problems] == [
        (5, "plays", "negative"), (48, "platform", "unknown_platform"), (77, "status", "unknown_status"),
        (120, "link", "bad_link"), (199, "conversions", "not_whole"), (250, "notes", "formula"),
        (301, "name", "empty_name")]  # fmt: skip
    assert len(plan.added) == 293 and len(plan.creators) == len(project.creators) + 293
    names = {t.name for t in plan.creators}
    assert "达人002" in names and "达人003" not in names  # sheet row n holds 达人{n-2}; row 5 is bad
    assert {f"达人{r - 2:03d}" for r in SEVEN if r != 301} & names == set()
    assert next(t for t in plan.creators if t.name == "达人001").platform == "xiaohongshu"


def test_a_row_with_several_bad_cells_names_each_of_them() -> None:
    project, _ = sample_project("zh")
    text = "达人昵称,平台,播放量,视频链接\n阿凯,豆瓣,很多,看主页\n好人,抖音,10,\n"
    plan = preview(project, records(rows_from_text(text)))
    assert [(p.facts["row"], p.field) for p in plan.problems] == [(2, "platform"), (2, "plays"), (2, "link")]
    assert plan.skipped == [2] and plan.added == ["好人"]

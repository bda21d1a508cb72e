"""``studio export`` and ``studio import-xlsx`` as a user runs them."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from openpyxl import Workbook, load_workbook

from studio.cli import main
from studio.cli.i18n import _LANG
from studio.exports import formats
from studio.exports.common import slug
from studio.models import ops
from studio.store.document import ProjectFile


def _names(path: Path) -> tuple[str, list[str]]:
    """The project title and the variant names of a project file."""
    with ProjectFile.open(path, readonly=True) as pf:
        return pf.project.title, [v.name for v in pf.project.script().variants]


@pytest.fixture(autouse=True)
def _reset_language():
    saved = list(_LANG)
    yield
    _LANG[:] = saved


def test_export_docx_of_one_variant(sample_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "board"
    assert (
        main(["export", str(sample_path), "--format", "docx", "--variant", "价格钩子", "-o", str(out)]) == 0
    )
    doc = docx.Document(str(out.with_suffix(".docx")))
    assert "价格钩子" in doc.sections[0].header.paragraphs[0].text
    assert str(out.with_suffix(".docx")) in capsys.readouterr().out


def test_all_variants_into_a_folder_and_a_pattern(sample_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "boards"
    folder.mkdir()
    assert main(["export", str(sample_path), "-f", "script", "--all", "-o", str(folder)]) == 0
    assert len(list(folder.glob("*.docx"))) == 4
    pattern = str(tmp_path / "read_{variant}.md")
    assert main(["export", str(sample_path), "-f", "script", "--all", "-o", pattern]) == 0
    assert (tmp_path / "read_基础版.md").read_text("utf-8").startswith("# ")


def test_several_variants_into_one_file_name_become_one_file_each(sample_path: Path, tmp_path: Path) -> None:
    _, variants = _names(sample_path)
    assert main(["export", str(sample_path), "-f", "docx", "--all", "-o", str(tmp_path / "x.docx")]) == 0
    names = sorted(p.name for p in tmp_path.glob("x_*.docx"))
    assert names == sorted(f"x_{slug(v)}.docx" for v in variants)
    assert not (tmp_path / "x.docx").exists()
    for v in variants:
        header = docx.Document(str(tmp_path / f"x_{slug(v)}.docx")).sections[0].header.paragraphs[0].text
        assert v in header


def test_a_pattern_without_variant_is_a_user_mistake(sample_path: Path, tmp_path: Path, capsys) -> None:
    code = main(["export", str(sample_path), "-f", "docx", "--all", "-o", str(tmp_path / "{project}.docx")])
    err = capsys.readouterr().err
    assert code == 2 and "{project}.docx" in err and "needs {variant}" in err
    assert not list(tmp_path.glob("*.docx"))


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
    ".srt": b"1\n00:00:00,000 --> ",
}


@pytest.mark.parametrize("name", formats.names())
def test_every_format_of_the_registry_into_a_folder(sample_path: Path, tmp_path: Path, name: str) -> None:
    fmt = formats.find(name)
    if name in ("mp4", "gif"):
        # The files' names are under test here, not the video (tests/exports/test_animatic*.py read those):
        # shots of a tenth of a second encode four 1.3 s animatics (or chat clips) instead of four 25 s ones.
        with ProjectFile.open(sample_path) as pf:
            for _beat, _alt, shot in pf.project.script().iter_shots():
                ops.set_field(pf.project, shot, "duration_ds", 1)
    project, variants = _names(sample_path)
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["--ui-lang", "en", "export", str(sample_path), "-f", name, "--all", "-o", str(folder)]) == 0
    written = sorted(folder.iterdir())
    if fmt.per_variant:
        tag = f"_{fmt.tag[0]}" if fmt.tag[0] else ""  # the sample project is in Chinese
        for v in variants:
            assert any(p.name.startswith(f"{slug(project)}_{slug(v)}{tag}") for p in written), (v, written)
    else:
        assert [p.name for p in written] == [f"{slug(project)}{fmt.suffix}"]
    for path in written:
        assert path.suffix == fmt.suffix and path.read_bytes().startswith(MAGIC[path.suffix])


def test_xlsx_holds_every_variant_by_default(sample_path: Path, tmp_path: Path) -> None:
    assert (
        main(["export", str(sample_path), "-f", "xlsx", "-o", str(tmp_path / "w.xlsx"), "--lang", "en"]) == 0
    )
    wb = load_workbook(tmp_path / "w.xlsx")
    # The crew's workbook: the four storyboards, the shoot list and the variants, no sales figures.
    assert len(wb.sheetnames) == 4 + 2 and "Shoot list" in wb.sheetnames and "Results" not in wb.sheetnames
    assert wb.sheetnames[-1] == "Variants"


def test_include_results_adds_the_operators_sheets_and_says_where_it_does_not_apply(
    sample_path: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "r.xlsx"
    assert (
        main(
            ["export", str(sample_path), "-f", "xlsx", "-o", str(out), "--lang", "en", "--include", "results"]
        )
        == 0
    )
    assert load_workbook(out).sheetnames[-3:] == ["Results", "Retention", "Creators"]
    board = tmp_path / "b.docx"
    assert main(["export", str(sample_path), "-f", "docx", "-o", str(board), "--include", "results"]) == 0
    assert "--include results" in capsys.readouterr().err and board.exists()


def test_missing_folder_is_made_and_one_under_a_file_is_refused_in_words(
    sample_path: Path, tmp_path: Path, capsys
) -> None:
    target = tmp_path / "nope" / "b.pdf"
    assert main(["--ui-lang", "zh", "export", str(sample_path), "-f", "pdf", "-o", str(target)]) == 0
    assert target.is_file()
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    assert (
        main(["--ui-lang", "zh", "export", str(sample_path), "-f", "pdf", "-o", str(blocker / "x" / "b.pdf")])
        == 1
    )
    err = capsys.readouterr().err
    assert "无法写入" in err and "Traceback" not in err
    assert (
        main(["--ui-lang", "en", "export", str(sample_path), "-f", "pdf", "-o", str(blocker / "x" / "b.pdf")])
        == 1
    )
    assert "cannot write" in capsys.readouterr().err


def test_unwritable_target_in_words(sample_path: Path, tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert (
        main(["--ui-lang", "zh", "export", str(sample_path), "-f", "xlsx", "-o", str(blocker / "w.xlsx")])
        == 1
    )
    assert "无法写入" in capsys.readouterr().err


def test_wrong_suffix_is_a_user_mistake(sample_path: Path, tmp_path: Path, capsys) -> None:
    assert main(["export", str(sample_path), "-f", "xlsx", "-o", str(tmp_path / "w.docx")]) == 2
    assert ".xlsx" in capsys.readouterr().err


def test_progress_on_request(sample_path: Path, tmp_path: Path, capsys) -> None:
    assert main(["export", str(sample_path), "-f", "docx", "-o", str(tmp_path / "p.docx"), "--progress"]) == 0
    err = capsys.readouterr().err
    assert "/13" in err or "/1" in err


def test_import_prints_the_report_in_chinese(tmp_path: Path, capsys) -> None:
    wb = Workbook()
    wb.active.append(["镜号", "景别", "画面", "时长", "滤镜"])
    wb.active.append(["1", "荷兰角", "开场", "三秒", "暖色"])
    src = tmp_path / "in.xlsx"
    wb.save(src)
    assert main(["--ui-lang", "zh", "import-xlsx", str(src), "-o", str(tmp_path / "new")]) == 0
    out = capsys.readouterr().out
    assert "滤镜" in out and "荷兰角" in out and "三秒" in out and "没有段落列" in out
    assert (tmp_path / "new.studio").exists()
    assert main(["import-xlsx", str(src), "-o", str(tmp_path / "new.studio")]) == 2
    assert "--force" in capsys.readouterr().err


def test_import_of_a_non_workbook(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("hello")
    assert main(["--ui-lang", "en", "import-xlsx", str(bad), "-o", str(tmp_path / "x.studio")]) == 1
    assert "not a readable .xlsx" in capsys.readouterr().err


def test_scripts_and_storyboards_share_a_folder_without_overwriting(
    sample_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["export", str(sample_path), "-f", "docx", "--all", "-o", str(folder)]) == 0
    assert main(["export", str(sample_path), "-f", "script", "--all", "-o", str(folder)]) == 0
    boards = [p for p in folder.glob("*.docx") if not p.stem.endswith("_口播稿")]
    scripts = list(folder.glob("*_口播稿.docx"))
    assert len(boards) == 4 and len(scripts) == 4
    # The storyboards still hold their frames: the read-through did not replace them.
    assert all(docx.Document(str(p)).inline_shapes for p in boards)


def test_workbook_and_pdf_into_an_existing_folder(sample_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    for fmt in ("xlsx", "pdf"):
        assert main(["export", str(sample_path), "-f", fmt, "-o", str(folder) + "/"]) == 0
    names = sorted(p.suffix for p in folder.iterdir())
    assert names == [".pdf", ".xlsx"]
    assert not (tmp_path / "out.xlsx").exists()


def test_usage_mistakes_and_missing_things_have_their_exit_codes(
    sample_path: Path, tmp_path: Path, capsys
) -> None:
    # "-" is not a project or an output; a file given as the pack folder is a typing mistake (2).
    assert main(["export", "-", "-f", "xlsx", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert main(["--ui-lang", "en", "export", str(sample_path), "-f", "xlsx", "-o", "-"]) == 2
    assert "standard output" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == [sample_path.name]
    assert main(["--ui-lang", "en", "pack", str(sample_path), "-o", str(sample_path)]) == 2
    assert "not a folder" in capsys.readouterr().err
    # A missing input, or an output folder that cannot be made, is something that could not be done (1).
    (tmp_path / "blocker").write_text("")
    assert main(["--ui-lang", "zh", "pack", str(sample_path), "-o", str(tmp_path / "blocker" / "packs")]) == 1
    assert (
        main(["--ui-lang", "en", "import-xlsx", str(tmp_path / "nothere.xlsx"), "-o", str(tmp_path / "q")])
        == 1
    )
    err = capsys.readouterr().err
    assert "no such file" in err and "Errno" not in err
    assert main(["--ui-lang", "zh", "import-xlsx", str(tmp_path), "-o", str(tmp_path / "q")]) == 1
    assert "文件夹" in capsys.readouterr().err
    assert main(["--ui-lang", "en", "import-xlsx", str(tmp_path / "x.xlsx"), "-o", "-"]) == 2
    assert "written to standard output" in capsys.readouterr().err


def test_os_reasons_are_in_the_users_language(sample_path: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    import errno

    from studio.exports import common

    def refuse(*_a, **_k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(common.tempfile, "mkstemp", refuse)
    assert (
        main(["--ui-lang", "zh", "export", str(sample_path), "-f", "xlsx", "-o", str(tmp_path / "w.xlsx")])
        == 1
    )
    err = capsys.readouterr().err
    assert "无法写入" in err and "Permission denied" not in err


def test_help_names_the_project_file(capsys) -> None:
    assert main(["--ui-lang", "en", "pack", "--help"]) == 0
    out = capsys.readouterr().out
    assert "project file" in out


def test_import_report_names_a_column_once_when_header_and_field_agree(
    sample_path: Path, tmp_path: Path, capsys
) -> None:
    book = tmp_path / "w.xlsx"
    assert main(["export", str(sample_path), "-f", "xlsx", "-o", str(book)]) == 0
    capsys.readouterr()
    assert main(["--ui-lang", "zh", "import-xlsx", str(book), "-o", str(tmp_path / "back")]) == 0
    out = capsys.readouterr().out
    assert "镜号" in out and "镜号 → 镜号" not in out and "完成 → 完成" not in out


def test_layout_option_gives_grid_pages_in_word_and_pdf(sample_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "grid.docx"
    assert main(["export", str(sample_path), "-f", "docx", "--layout", "2x3", "-o", str(out)]) == 0
    doc = docx.Document(str(out))
    assert doc.sections[0].page_height > doc.sections[0].page_width and len(doc.tables[1].columns) == 4
    pdf = tmp_path / "grid.pdf"
    assert main(["export", str(sample_path), "-f", "pdf", "--layout", "3x2", "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_unknown_layout_is_a_usage_mistake(sample_path: Path, tmp_path: Path, capsys) -> None:
    code = main(["export", str(sample_path), "-f", "docx", "--layout", "5x5", "-o", str(tmp_path / "x.docx")])
    assert code == 2 and "3x2" in capsys.readouterr().err
    assert not (tmp_path / "x.docx").exists()


def test_csv_shot_list_of_every_variant_by_default(sample_path: Path, tmp_path: Path, capsys) -> None:
    import csv

    assert main(["export", str(sample_path), "-f", "csv", "-o", str(tmp_path / "shots")]) == 0
    text = (tmp_path / "shots.csv").read_bytes().decode("utf-8-sig")
    header = next(csv.reader(text.splitlines()))
    assert header[1] == "镜号" and "基础版" in header and len(header) > 20
    assert main(["export", str(sample_path), "-f", "csv", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert ".csv" in capsys.readouterr().err

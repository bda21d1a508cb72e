"""A creators list that updates known creators lists every earlier value it replaces, before anything is stored."""

from __future__ import annotations

from pathlib import Path

from studio.imports.creator_list_import import preview_file

#: An agency's roster as it is sent: 小鹿's numbers have grown, 橙子 moved to another link, 糖糖 is new.
ROSTER = (
    "达人昵称,平台,抖音号,合作状态,视频链接,播放量,成交订单数,成交金额(元)\n"
    '小鹿,抖音,@xiaolu_skin,已结算,,8.1万,402,"¥39,800"\n'
    "橙子,抖音,,,https://www.douyin.com/video/7300000000000000099,,,\n"
    "糖糖,抖音,@tangtang,已寄样,,,,\n"
)


def test_the_preview_lists_each_replaced_value(tmp_path: Path) -> None:
    from studio.samples import sample_project

    project = sample_project("zh", frame_edge=120)[0]
    source = tmp_path / "名单.csv"
    source.write_text(ROSTER, "utf-8-sig")
    plan = preview_file(project, source)
    assert plan.added == ["糖糖"] and set(plan.updated) == {"小鹿", "橙子"}
    assert ("小鹿", "status", "posted", "paid") in plan.overwritten
    assert ("小鹿", "plays", 52000, 81000) in plan.overwritten
    assert ("小鹿", "gmv", 30690.0, 39800.0) in plan.overwritten
    assert ("橙子", "link", "https://www.douyin.com/video/7300000000000000002",
            "https://www.douyin.com/video/7300000000000000099") in plan.overwritten  # fmt: skip
    # Blank cells replace nothing: 橙子's numbers stay and are not listed.
    assert not [o for o in plan.overwritten if o[0] == "橙子" and o[1] != "link"]


def test_cli_dry_run_lists_each_replaced_value(sample_path: Path, tmp_path: Path, capsys) -> None:
    from studio.cli import main

    source = tmp_path / "名单.csv"
    source.write_text(ROSTER, "utf-8-sig")
    assert main(["--ui-lang", "en", "creators", str(sample_path), "import", str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Plays: 52,000 → 81,000 (the earlier value is replaced)" in out
    assert "7300000000000000002 → https://www.douyin.com/video/7300000000000000099" in out
    assert main(["--ui-lang", "zh", "creators", str(sample_path), "import", str(source), "--dry-run"]) == 0
    assert "52,000 → 81,000（替换原值）" in capsys.readouterr().out


def test_the_window_preview_lists_each_replaced_value(qtbot, tmp_path: Path) -> None:
    from studio.samples import sample_project
    from studio.ui.dialogs.creator_list_import_dialog import ImportPreviewDialog

    project = sample_project("zh", frame_edge=120)[0]
    source = tmp_path / "名单.csv"
    source.write_text(ROSTER, "utf-8-sig")
    dialog = ImportPreviewDialog(preview_file(project, source), source.name)
    qtbot.addWidget(dialog)
    lines = [dialog.names.item(i).text() for i in range(dialog.names.count())]
    at = lines.index("~ 小鹿")
    assert any("52,000 → 81,000" in line for line in lines[at + 1 : at + 6])
    assert any("30,690.00 → 39,800.00" in line for line in lines[at + 1 : at + 6])

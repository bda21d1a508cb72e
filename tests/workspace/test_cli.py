"""``studio workspace`` end to end on real project files, in both languages, on every backend."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest
from icalendar import Calendar

from tests.workspace.make_projects import make_folder


@pytest.fixture
def team(team_folder: Path, backend_url: str, cli) -> tuple[Path, str]:
    folder = team_folder
    result = cli("workspace", "--url", backend_url, "add", str(folder))
    assert result.returncode == 0, result.stderr
    return folder, backend_url


def test_add_lists_every_project_and_names_the_bad_files(tmp_path: Path, backend_url: str, cli) -> None:
    folder = tmp_path / "team"
    make_folder(folder, count=2)
    result = cli("workspace", "--url", backend_url, "add", str(folder), lang="zh")
    assert result.returncode == 0
    assert "已加入工作区" in result.stdout
    assert "共 4 个项目：新增 4" in result.stderr
    assert "newer.studio：由更新版本的 Studio 创建" in result.stderr
    assert "foreign.studio：不是 Studio 项目" in result.stderr
    again = cli("workspace", "--url", backend_url, "add", str(folder))
    assert "already in the workspace" in again.stdout and "0 added" in again.stderr


def test_list_filters_sorts_and_prints_json(team: tuple[Path, str], cli) -> None:
    _folder, url = team
    result = cli(
        "workspace", "--url", url, "list", "--json", "--product", "防晒", "--sort", "plays", "--desc"
    )
    rows = json.loads(result.stdout)
    assert [r["product"] for r in rows] == ["防晒霜"] * 3
    assert [r["plays"] for r in rows] == sorted((r["plays"] for r in rows), reverse=True)
    assert all(r["variants"] == 4 and r["creators"] and r["post_by"].startswith("2026-11") for r in rows)
    table = cli("workspace", "--url", url, "list", "--platform", "tiktok", lang="zh").stdout
    assert table.splitlines()[0].startswith("标题")
    assert "Glow Serum" in table and "焕亮精华" not in table


def test_search_finds_lines_with_their_project_beat_and_shot(team: tuple[Path, str], cli) -> None:
    _folder, url = team
    hits = json.loads(cli("workspace", "--url", url, "search", "领券", "--kind", "cta", "--json").stdout)
    assert hits and all(h["kind"] == "cta" and "领券" in h["text"] for h in hits)
    assert all(h["beat_id"] and h["shot_id"] and h["project"] and Path(h["path"]).exists() for h in hits)
    english = json.loads(cli("workspace", "--url", url, "search", "serum", "--json").stdout)
    assert any(h["project"] == "Glow Serum 25-second ad" for h in english)
    shown = cli("workspace", "--url", url, "search", "领券", "--kind", "cta", lang="zh").stdout
    assert "› 行动号召 › C-A-01" in shown  # a beat without a name by its kind, in the user's language
    none = cli("workspace", "--url", url, "search", "完全不存在的词语", lang="zh")
    assert none.returncode == 0 and "没有找到" in none.stdout


def test_report_pools_results_and_writes_pdf_and_workbook(
    team: tuple[Path, str], tmp_path: Path, cli
) -> None:
    _folder, url = team
    data = json.loads(cli("workspace", "--url", url, "report", "--json").stdout)
    assert data["videos"] >= 12
    hooks = [f for f in data["figures"] if f["dimension"] == "hook_device"]
    assert sum(f["videos"] for f in hooks) == data["videos"]
    for f in data["figures"]:
        assert f["low"] <= f["rate"] <= f["high"]
        assert f["verdict"] != "best" or f["videos"] >= data["min_videos"]
    pdf_path, xlsx_path = tmp_path / "report.pdf", tmp_path / "报告.xlsx"
    assert cli("workspace", "--url", url, "report", "-o", str(pdf_path), "--lang", "zh").returncode == 0
    page = pdfium.PdfDocument(str(pdf_path))[0].get_textpage().get_text_range()
    assert "钩子手法" in page and "视频数" in page
    assert cli("workspace", "--url", url, "report", "-o", str(xlsx_path)).returncode == 0
    ws = openpyxl.load_workbook(xlsx_path).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    head = values.index(["Dimension", "Value", "Metric", "Rate %", "Low %", "High %", "Videos", "Verdict"])
    assert sum(1 for row in values[head + 1 :] if row[0] == "Hook device") == len(hooks)
    bad = cli("workspace", "--url", url, "report", "-o", str(tmp_path / "x.docx"), lang="zh")
    assert bad.returncode == 2 and ".pdf 或 .xlsx" in bad.stderr


def test_calendar_marks_overdue_and_exports_ics_and_workbook(
    team: tuple[Path, str], tmp_path: Path, cli
) -> None:
    _folder, url = team
    items = json.loads(cli("workspace", "--url", url, "calendar", "--month", "2026-11", "--json").stdout)
    kinds = {i["kind"] for i in items}
    assert {"post", "phase"} <= kinds
    assert any(i["title"] == "Double 11 peak" and i["day"] == "2026-11-10" for i in items)
    assert all(i["day"].startswith("2026-11") or i["kind"] == "phase" for i in items)
    ics, xlsx = tmp_path / "cal.ics", tmp_path / "cal.xlsx"
    result = cli("workspace", "--url", url, "calendar", "--ics", str(ics), "--xlsx", str(xlsx), lang="zh")
    assert result.returncode == 0
    cal = Calendar.from_ical(ics.read_bytes())
    events = [c for c in cal.walk("VEVENT")]
    listed = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(events) == len(listed)
    assert len({str(e["UID"]) for e in events}) == len(events)
    summaries = [str(e["SUMMARY"]) for e in events]
    assert any(s.startswith("【逾期】") for s in summaries) == any("[逾期]" in line for line in listed)
    assert any("双11 高潮" in s for s in summaries)
    ws = openpyxl.load_workbook(xlsx).active
    assert ws.cell(1, 1).value == "日期" and ws.max_row == len(events) + 1
    bad = cli("workspace", "--url", url, "calendar", "--month", "11-2026")
    assert bad.returncode == 2 and "YYYY-MM" in bad.stderr


def test_a_bad_url_is_one_line(cli) -> None:
    result = cli("workspace", "--url", "mysql://x/y", "list", lang="zh")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "sqlite:///" in result.stderr


def test_library_harvests_winning_lines_keeps_added_ones_and_retires(team: tuple[Path, str], cli) -> None:
    _folder, url = team
    entries = json.loads(cli("workspace", "--url", url, "library", "--json").stdout)
    wins = [e for e in entries if e["kind"] == "win_line"]
    assert any(
        e["text"].startswith("99元两瓶") and e["videos"] >= 1 and e["lo"] <= e["value"] <= e["hi"]
        for e in wins
    )
    assert all(e["project_title"] and e["created"] for e in wins)
    added = cli("workspace", "--url", url, "library", "add", "signature_shot", "品牌固定开场：logo 落在水滴上",
                "--evidence", "客户要求每条都用", lang="zh")  # fmt: skip
    assert added.returncode == 0 and "已收录" in added.stdout
    short = added.stdout.split("：")[-1].strip()
    listed = json.loads(cli("workspace", "--url", url, "library", "--json").stdout)
    shot = next(e for e in listed if e["kind"] == "signature_shot")
    assert shot["evidence"] == "客户要求每条都用" and shot["author"]
    gone = cli("workspace", "--url", url, "library", "retire", short, "--why", "换了开场")
    assert gone.returncode == 0
    after = json.loads(cli("workspace", "--url", url, "library", "--json").stdout)
    assert all(e["entry_id"] != shot["entry_id"] for e in after)
    kept = json.loads(cli("workspace", "--url", url, "library", "--all", "--json").stdout)
    assert any(
        e["entry_id"] == shot["entry_id"] and e["retired"] and e["retired_why"] == "换了开场" for e in kept
    )
    again = cli("workspace", "--url", url, "library", "retire", short, lang="zh")
    assert again.returncode == 1 and "没有条目" in again.stderr
    # re-indexing the same projects adds no second copy of any entry
    cli("workspace", "--url", url, "list")
    assert len(json.loads(cli("workspace", "--url", url, "library", "--json").stdout)) == len(after)

"""The team's own campaign phases: `studio workspace phases add/list/remove`, on the calendar, the .ics and Excel."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from icalendar import Calendar

from tests.cli_runner import run_cli
from tests.workspace.make_projects import make_folder


def test_phases_added_listed_shown_on_the_calendar_and_removed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ws.sqlite3'}"
    folder = tmp_path / "team"
    make_folder(folder, count=2, bad=False)
    assert run_cli("workspace", "--url", url, "add", str(folder)).returncode == 0
    empty = run_cli("workspace", "--url", url, "phases", lang="zh")
    assert empty.returncode == 0 and "团队还没有自己的节点" in empty.stdout
    added = run_cli(
        "workspace", "--url", url, "phases", "add", "品牌日", "2026年11月5日", "2026/11/7", lang="zh"
    )
    assert added.returncode == 0 and "已添加节点“品牌日”：2026-11-05 至 2026-11-07" in added.stdout
    saved = json.loads((tmp_path / "phases.json").read_text(encoding="utf-8"))
    assert saved == {"phases": [{"name": "品牌日", "start": "2026-11-05", "end": "2026-11-07"}]}
    listed = run_cli("workspace", "--url", url, "phases", "list", "--json")
    assert json.loads(listed.stdout) == [{"name": "品牌日", "start": "2026-11-05", "end": "2026-11-07"}]
    ics, xlsx = tmp_path / "cal.ics", tmp_path / "cal.xlsx"
    cal = run_cli("workspace", "--url", url, "calendar", "--month", "2026-11", "--ics", str(ics), "--xlsx", str(xlsx),
                  "--lang", "en")  # fmt: skip
    assert cal.returncode == 0 and "2026-11-05–2026-11-07  Campaign phase · 品牌日" in cal.stdout
    assert "Double 11 peak" in cal.stdout  # the built-in phases stay
    events = {str(ev["SUMMARY"]): ev for ev in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")}
    mine = events["Campaign phase · 品牌日"]
    assert str(mine.decoded("DTSTART")) == "2026-11-05" and str(mine.decoded("DTEND")) == "2026-11-08"
    rows = list(openpyxl.load_workbook(xlsx).active.iter_rows(min_row=2, values_only=True))
    assert ("2026-11-05", "2026-11-07", "Campaign phase", "品牌日", None, None, None) in rows
    removed = run_cli("workspace", "--url", url, "phases", "remove", "品牌日")
    assert removed.returncode == 0 and "removed" in removed.stdout
    after = run_cli("workspace", "--url", url, "calendar", "--month", "2026-11", "--lang", "en")
    assert "品牌日" not in after.stdout and "Double 11 peak" in after.stdout


def test_bad_phases_say_one_line_and_change_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ws.sqlite3'}"
    path = tmp_path / "phases.json"
    assert (
        run_cli("workspace", "--url", url, "phases", "add", "直播周", "2026-12-01", "2026-12-07").returncode
        == 0
    )
    before = path.read_bytes()
    cases = [
        (("add", "坏日子", "2026-02-30", "2026-03-01"), "“2026-02-30” is not a day"),
        (("add", "反了", "2026-12-07", "2026-12-01"), "ends (2026-12-01) before it starts (2026-12-07)"),
        (("add", "太长", "2026-01-01", "2027-06-01"), "longer than a year"),
        (("add", "直播周", "2026-12-10", "2026-12-11"), "already there; remove it first"),
        (("add", "  ", "2026-12-10", "2026-12-11"), "needs a name"),
        (("remove", "没有这个"), "no phase named “没有这个”; the team's phases: 直播周"),
    ]
    for args, words in cases:
        result = run_cli("workspace", "--url", url, "phases", *args)
        assert result.returncode == 2 and words in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and path.read_bytes() == before
    zh = run_cli("workspace", "--url", url, "phases", "add", "坏日子", "明天", "后天", lang="zh")
    assert zh.returncode == 2 and "“明天”不是有效日期" in zh.stderr
    path.write_text("{not json", encoding="utf-8")
    damaged = run_cli("workspace", "--url", url, "phases", "add", "新的", "2026-12-10", "2026-12-11")
    assert damaged.returncode == 2 and "cannot be read" in damaged.stderr
    assert path.read_text(encoding="utf-8") == "{not json"  # never overwritten
    cal = run_cli("workspace", "--url", url, "calendar", "--month", "2026-12", "--lang", "en")
    assert cal.returncode == 0 and "Double 12" in cal.stdout  # the calendar keeps working

"""The calendar: creators' dates per variant, the brief's and the shoot's, campaign phases, overdue, .ics read back."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import openpyxl
from icalendar import Calendar

from studio.models.enums import VariantStatus
from studio.store.document import write_new_file
from studio.workspace.backend import Backend
from studio.workspace.calendar import Entry, entries, month_range
from studio.workspace.facts import CalendarItem
from studio.workspace.ics import render, write_ics
from studio.workspace.index import Indexer
from studio.workspace.report_files import write_calendar_xlsx
from tests.workspace.make_projects import generated


def _project_with_deals(folder: Path) -> None:
    project = generated(0)
    variants = project.scripts[0].variants
    t0, t1 = project.creators[0], project.creators[1]
    project.creators[0] = dataclasses.replace(t0, variant=variants[1].id, status="filming", draft_due="2026-11-05",
                                             draft_in="2026-11-04", post_due="2026-11-20")  # fmt: skip
    project.creators[1] = dataclasses.replace(t1, variant="", status="briefed", final_due="2026-11-08")
    project.settings["shoot_date"] = "2026-11-03"
    folder.mkdir()
    write_new_file(folder / "deals.studio", project)


def test_creators_dates_per_variant_and_overdue(backend: Backend, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    _project_with_deals(folder)
    backend.add_folder(str(folder))
    Indexer(backend).scan()
    first, last = month_range(2026, 11)
    got = entries(backend, first, last, "zh", today=date(2026, 11, 10))
    mine = {(e.item.kind, e.item.day): e for e in got if e.item.kind != "phase"}
    draft = mine[("hand_in", "2026-11-05")]
    assert draft.item.who and draft.item.done and not draft.overdue  # handed in on the 4th
    final = mine[("hand_in", "2026-11-08")]
    assert final.overdue and not final.item.done
    post = mine[("post_variant", "2026-11-20")]
    assert post.item.variant and not post.overdue and post.item.who in post.label("zh")
    assert mine[("shoot", "2026-11-03")].overdue
    assert mine[("post", "2026-11-01")].label("en").startswith("Post · ")
    phases = [e for e in got if e.item.kind == "phase"]
    assert [p.item.title for p in phases] == ["双11 第一波", "双11 高潮"] and not any(
        p.overdue for p in phases
    )
    assert next(e for e in got if e.item.title == "双11 第一波").item.end_day == "2026-11-03"


def test_ics_escapes_folds_and_reads_back() -> None:
    hostile = "新品首发, 限时; 买一送一\\ 第二行\n" + "超长的标题" * 30
    items = [
        Entry(
            CalendarItem(
                0, "post", "2026-11-11", hostile, who="阿May", project_id="p1", project_title=hostile
            ),
            True,
        ),
        Entry(CalendarItem(1, "phase", "2026-10-20", "Double 11 pre-sale", end_day="2026-10-31"), False),
    ]
    text = render(items, "zh")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    cal = Calendar.from_ical(text)
    events = list(cal.walk("VEVENT"))
    assert str(events[0]["SUMMARY"]) == "【逾期】" + items[0].label("zh")
    assert events[0].decoded("DTSTART") == date(2026, 11, 11) and events[0].decoded("DTEND") == date(
        2026, 11, 12
    )
    assert events[1].decoded("DTEND") == date(2026, 11, 1)


def test_variant_post_dates_on_calendar_ics_and_cli(backend: Backend, tmp_path: Path) -> None:
    """A post date set on a variant with `studio variants post-date` reaches the calendar, the .ics and info."""
    from tests.cli_runner import run_cli

    folder = tmp_path / "team"
    folder.mkdir()
    path = folder / "posts.studio"
    project = generated(1)
    project.creators = []
    names = [v.name for v in project.scripts[0].variants]
    project.scripts[0].variants[1].status = VariantStatus.DRAFT  # not posted yet: overdue once its day passes
    write_new_file(path, project)
    done = run_cli("variants", str(path), "post-date", names[1], "2026年11月18日", lang="zh")
    assert done.returncode == 0 and "2026-11-18" in done.stdout and names[1] in done.stdout
    bad = run_cli("variants", str(path), "post-date", names[1], "2026-02-30")
    assert (
        bad.returncode == 2
        and "nothing was changed" in bad.stderr
        and len(bad.stderr.strip().splitlines()) == 1
    )
    info = run_cli("info", str(path))
    assert f"{names[1]}" in info.stdout and "post 2026-11-18" in info.stdout
    dump = run_cli("dump", str(path))
    assert '"post_date": "2026-11-18"' in dump.stdout
    backend.add_folder(str(folder))
    Indexer(backend).scan()
    got = entries(backend, *month_range(2026, 11), "en", today=date(2026, 11, 20))
    (post,) = [e for e in got if e.item.kind == "post_variant"]
    assert post.item.day == "2026-11-18" and post.item.variant == names[1] and post.overdue
    assert post.label("en") == f"Variant post · {project.title} · {names[1]}"
    ics_path = write_ics(tmp_path / "cal.ics", got, "en")
    events = list(Calendar.from_ical(ics_path.read_bytes()).walk("VEVENT"))
    (event,) = [ev for ev in events if str(ev["CATEGORIES"].cats[0]) == "post_variant"]
    assert str(event["SUMMARY"]) == "[Overdue] " + post.label("en") and event.decoded("DTSTART") == date(
        2026, 11, 18
    )
    book = openpyxl.load_workbook(write_calendar_xlsx(tmp_path / "cal.xlsx", got, "zh"))
    rows = [r for r in book.active.iter_rows(min_row=2, values_only=True) if r[2] == "版本发布"]
    assert rows == [("2026-11-18", None, "版本发布", project.title, None, names[1], "逾期")]

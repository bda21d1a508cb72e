"""The content calendar: every project's dated items, the e-commerce campaigns' phases, and what is overdue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from studio.wording import has, say_in
from studio.workspace.backend import Backend
from studio.workspace.facts import CalendarItem
from studio.workspace.phases import Phase, PhaseError, load_phases, overlapping, phases_path

#: Campaign phases of the big shopping festivals (month, day of start, month, day of end), as the
#: platforms have run them in recent years: pre-sale (预售), the deposit (付定金) and the sale itself.
#: Each phase's name is its catalogue key (campaign.* in resources/wording/workspace_words.json).
CAMPAIGNS: tuple[tuple[str, str, tuple[int, int], tuple[int, int]], ...] = (
    ("618", "campaign.618.warm_up", (5, 20), (5, 31)),
    ("618", "campaign.618.opening", (6, 1), (6, 3)),
    ("618", "campaign.618.peak", (6, 16), (6, 18)),
    ("double11", "campaign.double11.pre_sale", (10, 20), (10, 31)),
    ("double11", "campaign.double11.first_wave", (11, 1), (11, 3)),
    ("double11", "campaign.double11.peak", (11, 10), (11, 11)),
    ("double12", "campaign.double12", (12, 10), (12, 12)),
    ("newyear", "campaign.newyear", (1, 5), (1, 20)),
)


@dataclass(frozen=True)
class Entry:
    """One calendar entry as shown: the item and whether it is overdue today."""

    item: CalendarItem
    overdue: bool

    def label(self, lang: str) -> str:
        """What the entry is, in ``lang``: kind, project, who, variant."""
        kind = f"team.calendar.{self.item.kind}"
        parts = [
            say_in(lang, kind) if has(kind) else self.item.kind,
            self.item.project_title or self.item.title,
        ]
        parts += [p for p in (self.item.who, self.item.variant) if p]
        return " · ".join(parts)


def team_phases(url: str) -> list[Phase]:
    """The team's own phases for the workspace at ``url``; none when its file is damaged (``phases list`` says why)."""
    try:
        return load_phases(phases_path(url))
    except PhaseError:
        return []


def phases(start: date, end: date, lang: str, custom: Sequence[Phase] = ()) -> list[CalendarItem]:
    """The campaign phases (built in, then the team's ``custom`` ones) that overlap ``start``..``end``."""
    out: list[CalendarItem] = []
    for year in range(start.year, end.year + 1):
        for _key, name, (m1, d1), (m2, d2) in CAMPAIGNS:
            first, last = date(year, m1, d1), date(year, m2, d2)
            if last >= start and first <= end:
                title = say_in(lang, name)
                out.append(
                    CalendarItem(len(out), "phase", first.isoformat(), title, end_day=last.isoformat())
                )
    for phase in overlapping(list(custom), start, end):
        out.append(CalendarItem(len(out), "phase", phase.start, phase.name, end_day=phase.end))
    return out


def month_range(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month."""
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def entries(
    backend: Backend,
    start: date,
    end: date,
    lang: str,
    today: date | None = None,
    campaigns: bool = True,
    custom: Sequence[Phase] | None = None,
) -> list[Entry]:
    """Every item from ``start`` to ``end`` (inclusive), campaign phases first on their day; overdue marked.

    Overdue: a to-do (shoot, hand-in, post) whose day has passed and that is not marked done.
    ``custom``: the team's own phases (None: read from the workspace's phases file).
    """
    today = today or date.today()
    items = backend.calendar(start.isoformat(), end.isoformat())
    if campaigns:
        mine = team_phases(backend.url) if custom is None else custom
        items = phases(start, end, lang, mine) + items
    out = []
    for item in items:
        late = item.kind != "phase" and not item.done and item.day < today.isoformat()
        out.append(Entry(item, late))
    out.sort(key=lambda e: (e.item.day, e.item.kind != "phase"))
    return out


def all_entries(backend: Backend, lang: str, today: date | None = None) -> list[Entry]:
    """Every dated item, with the phases of the years they span."""
    items = backend.calendar()
    if not items:
        return []
    first, last = date.fromisoformat(items[0].day), date.fromisoformat(items[-1].day)
    return entries(backend, first, last, lang, today)


def retitle(item: CalendarItem, title: str) -> CalendarItem:
    """The item under another title (exports name the project)."""
    return replace(item, title=title)

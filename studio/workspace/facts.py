"""What the workspace keeps about each project: small frozen records, the same on every database."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FileState:
    """One .studio file as last seen: identity on disk, and whether it could be read."""

    path: str
    folder: str
    mtime_ns: int
    size: int
    sha256: str
    project_id: str | None
    #: ok | damaged | foreign | newer | huge | unreadable
    status: str
    detail: str = ""
    seen: str = ""


@dataclass(frozen=True)
class LineDoc:
    """One searchable text of a project: a line, a caption, a product name, a tag ..."""

    n: int
    #: hook | cta | line | caption | visual | product | creator | tag | title
    kind: str
    field: str
    text: str
    tokens: str
    script_id: str = ""
    beat_id: str = ""
    beat_kind: str = ""
    beat_name: str = ""
    alt_id: str = ""
    shot_id: str = ""
    shot_code: str = ""


@dataclass(frozen=True)
class CalendarItem:
    """One dated thing to do or that happened: a shoot, a hand-in, a post, a campaign phase."""

    n: int
    #: shoot | hand_in | post | post_variant | phase | deadline
    kind: str
    day: str
    title: str
    end_day: str = ""
    who: str = ""
    variant: str = ""
    done: bool = False
    project_id: str = ""
    project_title: str = ""


@dataclass(frozen=True)
class ResultFact:
    """One variant's reported results with the traits they are pooled by."""

    variant_id: str
    variant: str
    hook_device: str
    cta_device: str
    template: str
    structure: str
    length_band: str
    platform: str
    category: str
    impressions: int = 0
    plays: int = 0
    views_3s: int = 0
    completions: int = 0
    clicks: int = 0
    conversions: int = 0
    spend: float = 0.0
    gmv: float = 0.0
    retention_3s: float | None = None
    project_id: str = ""


@dataclass(frozen=True)
class ProjectSummary:
    """The columns of a project the list shows and filters by."""

    project_id: str
    title: str
    product: str
    brand: str
    platform: str
    category: str
    language: str
    template: str
    status: str
    created: str
    modified: str
    variants: int
    creators: tuple[str, ...]
    post_by: str
    hand_in: str
    plays: int
    impressions: int
    conversions: int
    gmv: float
    spend: float
    length_s: float


@dataclass(frozen=True)
class ProjectFacts:
    """Everything the workspace keeps about one revision of one project."""

    summary: ProjectSummary
    revision: str
    docs: tuple[LineDoc, ...] = ()
    calendar: tuple[CalendarItem, ...] = ()
    results: tuple[ResultFact, ...] = ()

    @property
    def project_id(self) -> str:
        """The project's stable id (kept across renames and moves)."""
        return self.summary.project_id


@dataclass(frozen=True)
class ProjectRow:
    """A current project as listed: its summary, where its file is, and its revision."""

    summary: ProjectSummary
    revision: str
    path: str
    source: str
    updated: str


@dataclass(frozen=True)
class Hit:
    """One search hit: the text and where it lives (project, beat, shot)."""

    project_id: str
    project_title: str
    path: str
    doc: LineDoc
    rank: float = 0.0


@dataclass(frozen=True)
class LibraryEntry:
    """A line, signature shot or banned word kept for the team, with its evidence and origin."""

    entry_id: str
    #: win_line | lose_line | signature_shot | banned_word
    kind: str
    text: str
    tokens: str = ""
    beat_kind: str = ""
    device: str = ""
    metric: str = ""
    value: float | None = None
    lo: float | None = None
    hi: float | None = None
    videos: int = 0
    evidence: str = ""
    author: str = ""
    project_id: str = ""
    project_title: str = ""
    created: str = ""
    retired: bool = False
    retired_why: str = ""

"""The review pre-check measured on lines platforms reject and on real product copy (see tests/data/precheck/).

Each rejected line is put alone in a one-shot project made for its platform and context (a product
category, a paid post, the brief's offer) and counts as caught when the guide gives it an error or a
warning of the pre-check or the ad-law check. Clean copy counts a false error for every pre-check error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from studio.guide.checker import check_project
from studio.guide.findings import Finding, Severity
from studio.models.brief import Brief, Offer
from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.models.enums import BeatKind, ProductCategory

DATA = Path(__file__).resolve().parents[1] / "data"
TUNING = DATA / "precheck" / "tuning.tsv"
HELD_OUT = DATA / "precheck" / "heldout.tsv"
CLEAN = DATA / "precheck" / "clean.tsv"
COPY = DATA / "adlaw" / "product_copy_advertisegen.txt"
#: The brief's offer in the 'offer' context (the consistency lines contradict it).
OFFER = Offer(price="99元", coupon="满199减30", deadline="12月12日24点", stock="500件")
_CAUGHT_BY = ("precheck.", "adlaw.")


@dataclass(frozen=True)
class Line:
    """One line of a set: what kind of rejection, for which platform, in which context."""

    kind: str
    platform: str
    context: str
    text: str


def lines(path: Path) -> list[Line]:
    """The lines of a tab-separated set (comments skipped); clean.tsv has no kind column."""
    out = []
    for raw in path.read_text("utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) == 3:
            cols = ["clean", *cols]
        out.append(Line(*cols))
    return out


def project_for(line: Line, *texts: str) -> Project:
    """A one-beat project for the line's platform and context, one shot per text (the line's by default)."""
    category = ProductCategory.GENERAL
    if line.context in {c.value for c in ProductCategory}:
        category = ProductCategory(line.context)
    project = Project(title="precheck", platform=line.platform, category=category)
    if line.context.startswith("offer"):
        offer = OFFER if line.context == "offer" else Offer(OFFER.price, OFFER.coupon, OFFER.deadline, "")
        project.brief = Brief(offer=offer)
    if line.context == "sponsored":
        project.settings["sponsored"] = True
    shots = [Shot(voiceover=t, duration_ds=60) for t in (texts or (line.text,))]
    beat = Beat(kind=BeatKind.SOLUTION, alternatives=[Alternative(shots=shots)])
    project.scripts.append(Script(title="s", beats=[beat], variants=[Variant(name="base", is_base=True)]))
    return project


def review_findings(findings: list[Finding]) -> list[Finding]:
    """The pre-check's and the ad-law check's errors and warnings."""
    return [f for f in findings if f.rule.startswith(_CAUGHT_BY) and f.severity is not Severity.TIP]


def caught(line: Line) -> bool:
    """Whether the guide flags the line."""
    return bool(review_findings(check_project(project_for(line))))


@dataclass
class Rate:
    """How many lines of a set were caught, and which were not."""

    total: int = 0
    hits: int = 0
    missed: list[Line] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """The share caught."""
        return self.hits / self.total if self.total else 0.0


def catch_rate(path: Path) -> Rate:
    """The catch rate of a set of rejected lines."""
    result = Rate()
    for line in lines(path):
        result.total += 1
        if caught(line):
            result.hits += 1
        else:
            result.missed.append(line)
    return result


def copy_lines() -> list[str]:
    """The 1,070 real product descriptions."""
    return [t for t in COPY.read_text("utf-8").splitlines() if t.strip() and not t.startswith("#")]


def false_errors(platform: str = "douyin") -> list[tuple[str, Finding]]:
    """Every pre-check error on the real product descriptions, each read alone as a voice-over."""
    texts = copy_lines()
    project = project_for(Line("clean", platform, "-", ""), *texts)
    shots = project.scripts[0].beats[0].alternatives[0].shots
    by_shot = {s.id: s.voiceover for s in shots}
    return [
        (by_shot.get(f.location.shot_id or "", ""), f)
        for f in check_project(project)
        if f.rule.startswith("precheck.") and f.severity is Severity.ERROR
    ]

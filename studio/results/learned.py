"""What won goes back into the writing: the team's own hook and CTA lines, ranked by their measured results.

Every hook or CTA alternative that ran in variants with results becomes a line "from results":
its voice-over (else its on-screen text) with the 3-second rate, completion and conversion pooled
over the variants that play it. Lines that beat the beat's reference alternative significantly
come first, then the untested or even ones, then the ones that lost; within each, the line whose
key rate is surest to be high (the lower end of its 95 % interval) comes first.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.models.entities import Alternative, Project
from studio.models.enums import BeatKind
from studio.results.analysis import PooledArm, analyse
from studio.results.stats import Estimate
from studio.wording import say_in

#: The rate that judges a beat: the hook by its 3-second rate, the CTA by its conversion rate.
KEY_METRIC = {BeatKind.HOOK: "view_3s_rate", BeatKind.CTA: "cvr"}
_ORDER = {"won": 0, "even": 1, "lost": 2}


@dataclass(frozen=True)
class LearnedLine:
    """One alternative's line with what it measured."""

    kind: str
    text: str
    alt_label: str
    variants: tuple[str, ...]
    outcome: str
    view_3s: Estimate
    completion: Estimate
    conversion: Estimate
    key: Estimate

    @property
    def evidence(self) -> tuple[int, float]:
        """Sort key: outcome first (won, even, lost), then the key rate's lower bound, highest first."""
        return (_ORDER[self.outcome], -(self.key.low or 0.0))


def line_text(alt: Alternative) -> str:
    """What an alternative says: its shots' voice-over, else their on-screen text."""
    spoken = " ".join(s.voiceover.strip() for s in alt.shots if s.voiceover.strip())
    return spoken or " ".join(s.onscreen_text.strip() for s in alt.shots if s.onscreen_text.strip())


def _outcome(arm: PooledArm, metric: str) -> str:
    comp = arm.comparisons.get(metric)
    if comp is None or not comp.significant:
        return "even"
    return "won" if comp.diff > 0 else "lost"


def learned_lines(project: Project, kind: str) -> list[LearnedLine]:
    """The project's own 'hook' or 'cta' lines from results, best evidence first."""
    beat_kind = BeatKind.HOOK if kind == "hook" else BeatKind.CTA
    metric = KEY_METRIC[beat_kind]
    found: list[LearnedLine] = []
    seen: set[str] = set()
    for script in project.scripts:
        for arm in analyse(script, project.results).pooled:
            if arm.beat.kind is not beat_kind:
                continue
            text = line_text(arm.alt)
            if not text or text in seen:
                continue
            seen.add(text)
            est = arm.estimates
            found.append(
                LearnedLine(
                    kind,
                    text,
                    arm.alt.label,
                    tuple(v.name for v in arm.variants),
                    "even" if arm.is_reference else _outcome(arm, metric),
                    est["view_3s_rate"],
                    est["completion_rate"],
                    est["cvr"],
                    est[metric],
                )
            )
    return sorted(found, key=lambda line: line.evidence)


def _pct(est: Estimate) -> str:
    return "–" if est.value is None else f"{est.value * 100:.1f}%"


def describe(line: LearnedLine, lang: str) -> str:
    """A line's evidence in words: outcome, 3-second rate, completion, conversion and the variants."""
    names = ("、" if lang == "zh" else ", ").join(line.variants)
    return say_in(lang, "learned.evidence", outcome=say_in(lang, f"outcome.{line.outcome}"),
                  view_3s=_pct(line.view_3s), completion=_pct(line.completion), conversion=_pct(line.conversion),
                  names=names)  # fmt: skip

"""A creator's returned script checked against the brief: must-say lines missing, banned words, length."""

from __future__ import annotations

from dataclasses import dataclass

from studio.guide.briefrules import says
from studio.guide.textscan import speech_seconds
from studio.models.entities import Project

#: How far over the target length a returned script may run before it is flagged (a fifth).
LENGTH_SLACK = 1.2


@dataclass(frozen=True)
class ReturnedCheck:
    """What a returned script lacks or says wrongly, and how long it reads."""

    missing: tuple[str, ...]
    banned: tuple[str, ...]
    seconds: float
    target_s: int

    @property
    def too_long(self) -> bool:
        """Reading it takes noticeably longer than the brief's target length."""
        return bool(self.target_s) and self.seconds > self.target_s * LENGTH_SLACK

    @property
    def ok(self) -> bool:
        """Nothing to send back."""
        return not (self.missing or self.banned or self.too_long)


def check_returned(project: Project, text: str) -> ReturnedCheck:
    """Check a returned script's text against the project's brief and its own banned words."""
    brief = project.brief
    missing = tuple(line for line in brief.must_say if line.strip() and not says(text, line))
    words = [w for w in (*brief.banned, *project.banned_words) if w.strip()]
    banned = tuple(dict.fromkeys(w for w in words if says(text, w)))
    en_wps = project.en_wpm / 60.0
    seconds = sum(
        speech_seconds(line, project.zh_cps, en_wps)[0] for line in text.splitlines() if line.strip()
    )
    return ReturnedCheck(missing, banned, round(seconds, 1), brief.target_s)

"""A creator's returned script checked against the brief: must-say lines missing, banned words,
the ad-law lists (the project's category and its own word lists) and length."""

from __future__ import annotations

from dataclasses import dataclass

from studio.guide.findings import Bilingual
from studio.guide.messages import render
from studio.guide.rules.briefrules import says
from studio.guide.rules.compliance import lexicon, product_reason
from studio.guide.text.bilingual import worded
from studio.guide.text.textscan import speech_seconds
from studio.models.entities import Project
from studio.wording import say_in

#: How far over the target length a returned script may run before it is flagged (a fifth).
LENGTH_SLACK = 1.2


@dataclass(frozen=True)
class AdlawHit:
    """One ad-law breach in a returned script: where (1-based line), what, how bad, what to say instead."""

    line: int
    term: str
    category: str
    severity: str
    #: The safer word ('' when the line needs rewording instead).
    suggest: str
    #: Where the rule comes from: 'adlaw', a product category, or 'user'.
    source: str

    def message(self, lang: str) -> str:
        """The guide's sentence for this breach in ``lang``, with the replacement when there is one."""
        args: dict[str, object] = {"term": self.term, "why": _medical_why(self.source)}
        text = render(f"adlaw.{self.category}", args, lang)
        if self.suggest:
            text += say_in(lang, "returned.say_instead", word=self.suggest)
        return text


def _medical_why(source: str) -> Bilingual:
    zh, en = product_reason(source)
    if zh:
        return Bilingual(f"（{zh}）", f" ({en})")
    return worded("adlaw.ordinary")


@dataclass(frozen=True)
class ReturnedCheck:
    """What a returned script lacks or says wrongly, and how long it reads."""

    missing: tuple[str, ...]
    banned: tuple[str, ...]
    seconds: float
    target_s: int
    #: Ad-law breaches, in script order (words the brief bans are under ``banned`` only).
    adlaw: tuple[AdlawHit, ...] = ()

    @property
    def too_long(self) -> bool:
        """Reading it takes noticeably longer than the brief's target length."""
        return bool(self.target_s) and self.seconds > self.target_s * LENGTH_SLACK

    @property
    def adlaw_errors(self) -> tuple[AdlawHit, ...]:
        """The breaches that must be fixed (context softens some to warnings)."""
        return tuple(h for h in self.adlaw if h.severity == "error")

    @property
    def ok(self) -> bool:
        """Nothing to send back: warnings alone do not send a script back."""
        return not (self.missing or self.banned or self.too_long or self.adlaw_errors)


def adlaw_hits(
    project: Project, lines: list[str], skip: frozenset[str] = frozenset()
) -> tuple[AdlawHit, ...]:
    """Ad-law breaches in ``lines`` by the project's category and word lists; terms in ``skip`` left out."""
    words = lexicon(project.category.value, project.banned_words, project.allowed_words)
    found: list[AdlawHit] = []
    for number, hits in sorted(words.scan_each(lines).items()):
        for hit in hits:
            if hit.text.casefold() in skip:
                continue
            rule = hit.rule
            found.append(
                AdlawHit(number + 1, hit.text, rule.category, hit.severity, hit.replacement(), rule.source)
            )
    return tuple(found)


def check_returned(project: Project, text: str) -> ReturnedCheck:
    """Check a returned script's text against the project's brief, its word lists and the ad law."""
    brief = project.brief
    missing = tuple(line for line in brief.must_say if line.strip() and not says(text, line))
    words = [w for w in (*brief.banned, *project.banned_words) if w.strip()]
    banned = tuple(dict.fromkeys(w for w in words if says(text, w)))
    lines = text.splitlines()
    adlaw = adlaw_hits(project, lines, frozenset(w.casefold() for w in banned))
    en_wps = project.en_wpm / 60.0
    seconds = sum(speech_seconds(line, project.zh_cps, en_wps)[0] for line in lines if line.strip())
    return ReturnedCheck(missing, banned, round(seconds, 1), brief.target_s, adlaw)

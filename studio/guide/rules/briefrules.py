"""Coverage checks against the brief: does each variant say what the brief asks, and nothing it forbids?

- the key selling point said three ways (voice-over, caption, badge: information layering);
- each pain point answered by a solution or proof shot;
- the offer and its deadline named in the call to action;
- every must-say line in every variant;
- no banned word of the brief;
- a persona addressed in the hook.

A rule whose part of the brief is empty does not run. This module turns the brief into what
the rules look for (:class:`Needles`, folded once) and builds the findings; the shots are read
and the variants added up, incrementally, in :mod:`studio.guide.rules.briefcover`. Messages live in
:mod:`studio.guide.messages`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from studio.guide.findings import Finding, Fix, Location, Severity
from studio.guide.messages import fix_label
from studio.guide.text.bilingual import worded
from studio.guide.text.folding import SEP, norm, says, words
from studio.models.brief import Brief
from studio.models.entities import Shot
from studio.models.enums import BeatKind

__all__ = ["WAYS", "Needles", "Phrase", "heard", "is_badge", "needles", "norm", "says"]

#: On-screen text that starts with one of these is a badge (an icon and a short claim: "√认证成分").
BADGE_MARKS = ("√", "✓", "✔", "★", "☆", "✅", "🏅", "【", "[")
#: Endings of a persona's name that a hook may leave off ("熬夜党" is addressed by "熬夜脸").
_GROUP_ENDINGS = ("人群", "党", "族", "们", "s")
#: The beats whose shots can answer a pain point.
ANSWERING = (BeatKind.SOLUTION, BeatKind.PROOF)

#: The three ways of saying the key selling point, named.
WAYS = {way: worded(f"way.{way}") for way in ("voiceover", "caption", "badge")}


def is_badge(shot: Shot) -> bool:
    """A shot whose on-screen text is a badge: tagged so, or starting with a badge mark."""
    return "badge" in shot.tags or shot.onscreen_text.lstrip().startswith(BADGE_MARKS)


class Phrase(NamedTuple):
    """A phrase of the brief folded once: what :func:`says` looks for, ready to look."""

    folded: str
    #: Whole-word pattern over :func:`~studio.guide.text.folding.words` text, for Latin phrases.
    latin: re.Pattern[str] | None


def phrase(text: str) -> Phrase:
    """``text`` folded as :func:`says` folds a phrase."""
    latin = None
    if text.isascii() and re.search(r"\w", text):
        latin = re.compile(r"(?<![a-z0-9])" + re.escape(words(text)) + r"(?![a-z0-9])")
    return Phrase(norm(text), latin)


def heard(p: Phrase, folded: str, worded: str) -> bool:
    """:func:`says` for a text already folded (``folded``) and worded (``worded``)."""
    if not p.folded:
        return False
    if p.latin is not None:
        return p.latin.search(worded) is not None
    return p.folded in folded


@dataclass(frozen=True)
class Pain:
    """A pain point, the phrases that answer it (itself and its selling points), and its fix."""

    pain: str
    answers: tuple[Phrase, ...]
    fix: Fix


@dataclass(frozen=True)
class Needles:
    """What the rules look for, from one brief."""

    point: str | None
    point_phrase: Phrase
    pains: tuple[Pain, ...]
    deal: tuple[Phrase, ...]
    deal_shown: str
    deadline: str
    deadline_phrase: Phrase
    must_say: tuple[tuple[str, Phrase], ...]
    banned: tuple[str, ...]
    #: Any banned word's own pattern: a text this misses holds none of them.
    banned_any: re.Pattern[str] | None
    stems: tuple[Phrase, ...]
    persona: str
    #: Whether some phrase needs whole-word matching (the shots' worded texts are then kept).
    latin: bool
    #: The folded phrases looked for in a cut's spoken text (offer, deadline, must-say lines) and in its
    #: told text (what answers a pain); each alternative notes which of them its own text holds
    #: (see :mod:`studio.guide.rules.briefcover`). Empty when some phrase is matched on whole words or
    #: holds folding's separator.
    said: frozenset[str] = frozenset()
    told: frozenset[str] = frozenset()


def needles(brief: Brief) -> Needles | None:
    """The brief's needles, or None when the brief is empty (no rule runs)."""
    if brief.is_empty():
        return None
    key = brief.key_point()
    point = key.point.strip() if key is not None else None
    pains = []
    for index, pain in enumerate(p.strip() for p in brief.pains):
        if not pain:
            continue
        # The selling points linked to this pain by its id (chosen from a list), not by retyped text.
        points = brief.answering(index)
        proof = next((sp for sp in points if sp.evidence.strip()), None)
        fix = (
            Fix(fix_label("brief_pain_proof", pain=pain, evidence=proof.evidence.strip()))
            if proof
            else Fix(fix_label("brief_pain_link", pain=pain))
        )
        pains.append(Pain(pain, (phrase(pain), *(phrase(sp.point) for sp in points)), fix))
    offer = brief.offer
    deal = [v.strip() for v in (offer.price, offer.coupon) if v.strip()]
    banned = tuple(w.strip() for w in brief.banned if w.strip())
    point_phrase, deadline_phrase = phrase(point or ""), phrase(offer.deadline.strip())
    deal_phrases = tuple(phrase(v) for v in deal)
    must_say = tuple((line, phrase(line)) for line in brief.must_say if line.strip())
    stems = tuple(phrase(s) for s in _persona_stems(brief))
    every = [point_phrase, deadline_phrase, *deal_phrases, *(p for _, p in must_say), *stems,
             *(a for p in pains for a in p.answers)]  # fmt: skip
    # Whole-word phrases are matched on worded text, and a phrase holding the separator could span a seam.
    plain = not any(p.latin is not None or SEP in p.folded for p in every)
    said = frozenset(
        p.folded for p in (deadline_phrase, *deal_phrases, *(p for _, p in must_say)) if p.folded
    )
    told = frozenset(a.folded for p in pains for a in p.answers if a.folded)
    return Needles(
        point=point,
        point_phrase=point_phrase,
        pains=tuple(pains),
        deal=deal_phrases,
        deal_shown=deal[-1] if deal else "",
        deadline=offer.deadline.strip(),
        deadline_phrase=deadline_phrase,
        must_say=must_say,
        banned=banned,
        banned_any=re.compile("|".join(map(_pattern, banned)), re.IGNORECASE) if banned else None,
        stems=stems,
        persona=brief.personas[0].name.strip() if brief.personas else "",
        latin=any(p.latin is not None for p in every),
        said=said if plain else frozenset(),
        told=told if plain else frozenset(),
    )


def _persona_stems(brief: Brief) -> list[str]:
    stems = []
    for persona in brief.personas:
        name = persona.name.strip()
        if not name:
            continue
        stems.append(name)
        for ending in _GROUP_ENDINGS:
            if name.endswith(ending) and len(norm(name[: -len(ending)])) >= 2:
                stems.append(name[: -len(ending)])
    return stems


# --- the findings ------------------------------------------------------------------------


def layers_finding(point: str, missing: list[str], where: Location) -> Finding:
    """The key point is not said in every way: ``missing`` names the ways (keys of :data:`WAYS`)."""
    names = [WAYS[w] for w in missing]
    return Finding("brief.key_point_layers", Severity.WARNING, where, {"point": point, "missing": names},
                   Fix(fix_label("brief_layers", point=point, missing=names)))  # fmt: skip


def pain_finding(pain: Pain, where: Location) -> Finding:
    """No solution or proof shot of the variant answers the pain."""
    return Finding("brief.pain_unanswered", Severity.WARNING, where, {"pain": pain.pain}, pain.fix)


def cta_finding(rule: str, where: Location, last: Shot, words: str, args: dict[str, str]) -> Finding:
    """The finding with its obvious fix: add the words to the last CTA shot's on-screen text."""
    current = last.onscreen_text.rstrip()
    value = f"{current}｜{words}" if current else words
    fix = Fix(fix_label("brief_cta_add", words=words), last.id, "onscreen_text", value)
    return Finding(rule, Severity.WARNING, where, args, fix)


def must_say_finding(line: str, variant_name: str, where: Location) -> Finding:
    """A must-say line the variant never says."""
    return Finding("brief.must_say", Severity.WARNING, where, {"line": line, "variant": variant_name},
                   Fix(fix_label("brief_must_say", line=line)))  # fmt: skip


def persona_finding(persona: str, where: Location) -> Finding:
    """No hook addresses a persona of the brief."""
    return Finding("brief.persona_hook", Severity.WARNING, where, {"persona": persona},
                   Fix(fix_label("brief_persona", persona=persona)))  # fmt: skip


def banned_findings(n: Needles, shot: Shot, name: str, where: Location) -> list[Finding]:
    """The brief's banned words in one text field of a shot (``where``: the shot, without field)."""
    text: str = getattr(shot, name)
    found = []
    for word in n.banned:
        match = re.search(_pattern(word), text, re.IGNORECASE)
        if match is None:
            continue
        span = match.span()
        kept = (text[: span[0]] + text[span[1] :]).strip()
        at = Location(where.script_id, None, where.beat_id, where.alt_id, shot.id, name, span)
        fix = Fix(fix_label("remove", term=word), shot.id, name, kept)
        found.append(Finding("brief.banned", Severity.ERROR, at, {"term": word, "code": shot.code}, fix))
    return found


def _pattern(word: str) -> str:
    """What a banned word matches: whole words for Latin words, anywhere for others."""
    if word.isascii() and re.search(r"\w", word):
        return r"(?<![A-Za-z0-9])" + re.escape(word) + r"(?![A-Za-z0-9])"
    return re.escape(word)

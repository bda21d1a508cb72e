"""Coverage checks against the brief: does each variant say what the brief asks, and nothing it forbids?

- the key selling point said three ways (voice-over, caption, badge: information layering);
- each pain point answered by a solution or proof shot;
- the offer and its deadline named in the call to action;
- every must-say line in every variant;
- no banned word of the brief;
- a persona addressed in the hook.

A rule whose part of the brief is empty does not run. Messages live in :mod:`studio.guide.messages`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from studio.guide.findings import Bilingual, Finding, Fix, Location, Severity
from studio.guide.messages import fix_label
from studio.models.brief import Brief
from studio.models.entities import Project, Script, Shot
from studio.models.enums import BeatKind
from studio.models.timeline import TimedShot, cut

#: On-screen text that starts with one of these is a badge (an icon and a short claim: "√认证成分").
BADGE_MARKS = ("√", "✓", "✔", "★", "☆", "✅", "🏅", "【", "[")
#: Endings of a persona's name that a hook may leave off ("熬夜党" is addressed by "熬夜脸").
_GROUP_ENDINGS = ("人群", "党", "族", "们", "s")
_ANSWERING = (BeatKind.SOLUTION, BeatKind.PROOF)


#: What folding drops: every Unicode space (re's \s is str.isspace for text patterns) and dashes.
_DROPPED = re.compile(r"[\s\-‐‑–—_·・]+")


@functools.lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """Text folded for matching: case, width, spaces and dashes do not count.

    Cached: a check asks for the same shot texts once per variant and per brief line, and again on
    the next check after an edit, which changes one text of a thousand.
    """
    return _DROPPED.sub("", unicodedata.normalize("NFKC", text).casefold())


def says(text: str, phrase: str) -> bool:
    """Whether ``text`` contains ``phrase`` (folded; whole words for Latin phrases)."""
    wanted = norm(phrase)
    if not wanted:
        return False
    if phrase.isascii() and re.search(r"\w", phrase):
        pattern = r"(?<![a-z0-9])" + re.escape(_words(phrase)) + r"(?![a-z0-9])"
        return re.search(pattern, _words(text)) is not None
    return wanted in norm(text)


def _words(text: str) -> str:
    """Latin text folded for whole-word matching: spaces and dashes become one space."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s\-‐‑–—_·・]+", " ", folded).strip()


def is_badge(shot: Shot) -> bool:
    """A shot whose on-screen text is a badge: tagged so, or starting with a badge mark."""
    return "badge" in shot.tags or shot.onscreen_text.lstrip().startswith(BADGE_MARKS)


def _spoken(shots: Iterable[Shot]) -> str:
    return "\n".join(f"{s.voiceover}\n{s.onscreen_text}" for s in shots)


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


def check_brief(project: Project, script: Script) -> list[Finding]:
    """Every coverage finding for one script against the project's brief."""
    brief = project.brief
    if brief.is_empty():
        return []
    found: list[Finding] = []
    _banned(brief, script, found)
    _persona(brief, script, found)
    for variant in script.variants:
        timed = cut(script, variant)
        where = Location(script.id, variant.id)
        _layers(brief, timed, where, found)
        _pains(brief, timed, where, found)
        _cta(brief, timed, where, found)
        spoken = _spoken(t.shot for t in timed)
        for line in brief.must_say:
            if line.strip() and not says(spoken, line):
                found.append(Finding("brief.must_say", Severity.WARNING, where, {"line": line, "variant": variant.name},
                                     Fix(fix_label("brief_must_say", line=line))))  # fmt: skip
    return found


def _layers(brief: Brief, timed: list[TimedShot], where: Location, found: list[Finding]) -> None:
    key = brief.key_point()
    if key is None:
        return
    point = key.point.strip()
    ways = {
        "voiceover": any(says(t.shot.voiceover, point) for t in timed),
        "caption": any(says(t.shot.onscreen_text, point) and not is_badge(t.shot) for t in timed),
        "badge": any(
            is_badge(t.shot) and says(f"{t.shot.onscreen_text}\n{t.shot.visual}", point) for t in timed
        ),
    }
    missing = [w for w, present in ways.items() if not present]
    if missing:
        names = [WAYS[w] for w in missing]
        found.append(Finding("brief.key_point_layers", Severity.WARNING, where, {"point": point, "missing": names},
                             Fix(fix_label("brief_layers", point=point, missing=names))))  # fmt: skip


#: The three ways of saying the key selling point, named.
WAYS = {
    "voiceover": Bilingual("口播", "voice-over"),
    "caption": Bilingual("字幕", "caption"),
    "badge": Bilingual("角标/徽章", "badge"),
}


def _pains(brief: Brief, timed: list[TimedShot], where: Location, found: list[Finding]) -> None:
    answering = [t.shot for t in timed if t.beat.kind in _ANSWERING]
    text = "\n".join(f"{s.voiceover}\n{s.onscreen_text}\n{s.visual}" for s in answering)
    for pain in (p.strip() for p in brief.pains):
        if not pain:
            continue
        points = [sp for sp in brief.selling_points if sp.point.strip() and norm(sp.answers) == norm(pain)]
        if says(text, pain) or any(says(text, sp.point) for sp in points):
            continue
        proof = next((sp for sp in points if sp.evidence.strip()), None)
        fix = (
            Fix(fix_label("brief_pain_proof", pain=pain, evidence=proof.evidence.strip()))
            if proof
            else Fix(fix_label("brief_pain_link", pain=pain))
        )
        found.append(Finding("brief.pain_unanswered", Severity.WARNING, where, {"pain": pain}, fix))


def _cta(brief: Brief, timed: list[TimedShot], where: Location, found: list[Finding]) -> None:
    offer = brief.offer
    shots = [t.shot for t in timed if t.beat.kind is BeatKind.CTA]
    if not shots:
        return
    text = _spoken(shots)
    last = shots[-1]
    deal = [v.strip() for v in (offer.price, offer.coupon) if v.strip()]
    if deal and not any(says(text, v) for v in deal):
        found.append(_cta_finding("brief.cta_offer", where, last, deal[-1], {"offer": deal[-1]}))
    deadline = offer.deadline.strip()
    if deadline and not says(text, deadline):
        found.append(_cta_finding("brief.cta_deadline", where, last, deadline, {"deadline": deadline}))


def _cta_finding(rule: str, where: Location, last: Shot, words: str, args: dict[str, str]) -> Finding:
    """The finding with its obvious fix: add the words to the last CTA shot's on-screen text."""
    current = last.onscreen_text.rstrip()
    value = f"{current}｜{words}" if current else words
    fix = Fix(fix_label("brief_cta_add", words=words), last.id, "onscreen_text", value)
    return Finding(rule, Severity.WARNING, where, args, fix)


def _banned(brief: Brief, script: Script, found: list[Finding]) -> None:
    words = [w.strip() for w in brief.banned if w.strip()]
    if not words:
        return
    # Any word's own pattern matching means this alternation matches: texts it misses are clean.
    anywhere = re.compile("|".join(_pattern(w) for w in words), re.IGNORECASE)
    for beat, alt, shot in script.iter_shots():
        for name in ("voiceover", "onscreen_text"):
            text: str = getattr(shot, name)
            if not anywhere.search(text):
                continue
            for word in words:
                span = _find(text, word)
                if span is None:
                    continue
                kept = (text[: span[0]] + text[span[1] :]).strip()
                where = Location(script.id, None, beat.id, alt.id, shot.id, name, span)
                fix = Fix(fix_label("remove", term=word), shot.id, name, kept)
                found.append(
                    Finding("brief.banned", Severity.ERROR, where, {"term": word, "code": shot.code}, fix)
                )


def _find(text: str, word: str) -> tuple[int, int] | None:
    """Where ``word`` first stands in ``text`` (case-insensitive; whole words for Latin words)."""
    match = re.search(_pattern(word), text, re.IGNORECASE)
    return match.span() if match else None


def _pattern(word: str) -> str:
    """The pattern :func:`_find` looks for: whole words for Latin words, anywhere for others."""
    if word.isascii() and re.search(r"\w", word):
        return r"(?<![A-Za-z0-9])" + re.escape(word) + r"(?![A-Za-z0-9])"
    return re.escape(word)


def _persona(brief: Brief, script: Script, found: list[Finding]) -> None:
    stems = _persona_stems(brief)
    hooks = [b for b in script.beats if b.kind is BeatKind.HOOK]
    if not stems or not hooks:
        return
    for beat in hooks:
        for alt in beat.alternatives:
            if any(says(_spoken(alt.shots), stem) for stem in stems):
                return
    persona = brief.personas[0].name.strip() if brief.personas else ""
    where = Location(script.id, None, hooks[0].id)
    found.append(Finding("brief.persona_hook", Severity.WARNING, where, {"persona": persona},
                         Fix(fix_label("brief_persona", persona=persona))))  # fmt: skip

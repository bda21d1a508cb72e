"""The brief's coverage rules run incrementally: facts kept per alternative, added up per variant.

Every rule of :mod:`studio.guide.rules.briefrules` reads the shots' voice-over, on-screen text and
visual, folded. Folding is the expensive part, so each alternative's shots are folded once and
reduced to an :class:`AltFacts` (its folded texts, whether a shot says the key point each of
the three ways, whether it addresses a persona, its banned words), kept until one of those
shots changes. A variant's findings then join the facts of the alternatives it plays, in
beat order: the text a rule searches is exactly the text of the variant's cut.
"""

from __future__ import annotations

import copy
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate, chain, repeat
from operator import add, attrgetter, contains
from typing import NamedTuple

from studio.guide.findings import Finding, Location
from studio.guide.rules.briefrules import (
    ANSWERING,
    Needles,
    Phrase,
    banned_findings,
    cta_finding,
    heard,
    is_badge,
    layers_finding,
    must_say_finding,
    needles,
    pain_finding,
    persona_finding,
)
from studio.guide.text.folding import SEP, fold_texts
from studio.models.brief import Brief
from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.models.enums import BeatKind
from studio.models.timeline import chosen_alternative

#: Each shot contributes these texts, in this order, to the folded texts of its alternative.
_PARTS = 3
_TEXTS = attrgetter("voiceover", "onscreen_text", "visual")
_CODE, _TAGS = attrgetter("code"), attrgetter("tags")


class AltFacts(NamedTuple):
    """One alternative's shots reduced to what the brief rules need."""

    #: What the facts were computed from (see :func:`alt_key`).
    key: tuple[object, ...]
    #: Voice-over and on-screen text of every shot, folded and joined in order.
    spoken: str
    #: Voice-over, on-screen text and visual of every shot, folded and joined in order.
    told: str
    #: The same two as whole-word text, when the brief has Latin phrases (else empty).
    spoken_words: str
    told_words: str
    #: Some shot says the key point in its voice-over / a caption / a badge.
    voice: bool
    caption: bool
    badge: bool
    #: Some persona of the brief is addressed.
    persona: bool
    banned: tuple[Finding, ...]
    last: Shot | None
    #: Whether ``spoken`` / ``told`` hold a phrase of Needles.said / Needles.told, by phrase: filled as
    #: variants' cuts ask (see :class:`_Cut`), kept with the facts.
    says: dict[str, bool]
    tells: dict[str, bool]


def alt_key(script_id: str, beat: Beat, alt: Alternative) -> tuple[object, ...]:
    """Everything an alternative's facts depend on, besides the brief.

    Whether a shot is a badge (:func:`is_badge`) follows from its on-screen text, kept here,
    and from whether it is tagged so: the tag is kept instead of asking each shot.
    """
    shots = alt.shots
    # Flat, one tuple a part for the alternative (not one per shot; it holds the same as one per shot
    # would): the shots, their codes, their three texts in a row (index 4: what :func:`_facts` folds),
    # whether each is tagged a badge.
    return (
        script_id,
        beat.id,
        tuple(shots),
        tuple(map(_CODE, shots)),
        tuple(chain.from_iterable(map(_TEXTS, shots))),
        tuple(map(contains, map(_TAGS, shots), repeat("badge"))),
    )


class BriefCoverage:
    """Keeps each alternative's facts for the brief in force and adds them up per variant."""

    def __init__(self) -> None:
        self._brief: Brief | None = None
        self._needles: Needles | None = None
        #: script id -> alternative id -> facts.
        self._facts: dict[str, dict[str, AltFacts]] = {}
        #: (script id, variant id) -> the needles, the variant's name, what its cut missed and its findings, at
        #: the last check.
        self._variants: dict[tuple[str, str], tuple[Needles, str, Outcome, list[Finding]]] = {}

    def findings(
        self, project: Project, script: Script, changed: Iterable[tuple[Beat, Alternative]] | None = None
    ) -> list[Finding]:
        """Every coverage finding of ``script``.

        ``changed``: the only alternatives whose shots may have changed since the last call for
        this script (None: look at every alternative; unchanged ones keep their facts).
        """
        n = self._needles_for(project.brief)
        if n is None:
            return []
        return self._gather(n, script, self._update(n, script, changed))

    def preview(
        self, project: Project, script: Script, changed: list[tuple[Beat, Alternative]]
    ) -> list[Finding]:
        """The coverage findings of ``script`` if the given alternatives (copies, same ids) replaced
        theirs; what is kept is left as it was (a fix is judged before it is made)."""
        n = self._needles_for(project.brief)
        if n is None:
            return []
        kept = self._facts.get(script.id)
        if kept is None:
            kept = self._update(n, script, None)
        facts = dict(kept)
        todo = [(beat, alt, alt_key(script.id, beat, alt)) for beat, alt in changed]
        for (_, alt, _), made in zip(todo, _facts(n, script.id, todo), strict=True):
            facts[alt.id] = made
        return self._gather(n, script, facts, keep=False)

    def _gather(
        self, n: Needles, script: Script, facts: dict[str, AltFacts], keep: bool = True
    ) -> list[Finding]:
        """The findings of every variant of ``script`` from its alternatives' facts.

        A variant whose cut misses what it missed at the last call (``keep``) gives the same findings
        again, not new ones (an edit seldom changes what a cut says of the brief).
        """
        found: list[Finding] = []
        for beat in script.beats:
            for alt in beat.alternatives:
                found.extend(facts[alt.id].banned)
        self._persona(n, script, facts, found)
        for variant in script.variants:
            chosen = [
                (b.kind, facts[chosen_alternative(variant, b).id]) for b in script.beats if b.alternatives
            ]
            outcome = _outcome(n, chosen)
            place = (script.id, variant.id)
            last = self._variants.get(place)
            if last is not None and last[0] is n and last[1] == variant.name and last[2] == outcome:
                found.extend(last[3])
                continue
            made = _variant(n, Location(script.id, variant.id), variant, outcome)
            if keep:
                self._variants[place] = (n, variant.name, outcome, made)
            found.extend(made)
        return found

    def keep(self, script_ids: Iterable[str]) -> None:
        """Forget the facts of scripts no longer in the project."""
        kept = set(script_ids)
        for gone in self._facts.keys() - kept:
            del self._facts[gone]
        for place in [p for p in self._variants if p[0] not in kept]:
            del self._variants[place]

    def _needles_for(self, brief: Brief) -> Needles | None:
        # The brief is compared by value (a few microseconds), not trusted to be a new object.
        if self._brief is None or brief != self._brief:
            self._brief = copy.deepcopy(brief)
            self._needles = needles(brief)
            self._facts.clear()
            self._variants.clear()
        return self._needles

    def _update(
        self, n: Needles, script: Script, changed: Iterable[tuple[Beat, Alternative]] | None
    ) -> dict[str, AltFacts]:
        old = self._facts.get(script.id)
        if old is None:
            old, changed = {}, None  # nothing kept for this script (or for this brief) yet
        if changed is None:
            facts: dict[str, AltFacts] = {}  # rebuilt: alternatives no longer in the script drop out
            changed = ((beat, alt) for beat in script.beats for alt in beat.alternatives)
        else:
            facts = old
        todo: list[tuple[Beat, Alternative, tuple[object, ...]]] = []
        for beat, alt in changed:
            key = alt_key(script.id, beat, alt)
            have = old.get(alt.id)
            if have is not None and have.key == key:
                facts[alt.id] = have
            else:
                todo.append((beat, alt, key))
        if todo:
            for (_, alt, _), made in zip(todo, _facts(n, script.id, todo), strict=True):
                facts[alt.id] = made
        self._facts[script.id] = facts
        return facts

    @staticmethod
    def _persona(n: Needles, script: Script, facts: dict[str, AltFacts], found: list[Finding]) -> None:
        hooks = [b for b in script.beats if b.kind is BeatKind.HOOK]
        if not n.stems or not hooks:
            return
        if any(facts[alt.id].persona for beat in hooks for alt in beat.alternatives):
            return
        found.append(persona_finding(n.persona, Location(script.id, None, hooks[0].id)))


def _facts(
    n: Needles, script_id: str, todo: list[tuple[Beat, Alternative, tuple[object, ...]]]
) -> list[AltFacts]:
    """Facts of many alternatives, their texts folded in one pass."""
    parts: list[tuple[str, ...]] = [key[4] for _, _, key in todo]  # type: ignore[misc]
    texts = list(chain.from_iterable(parts))
    folded, worded = _folded(texts, n.latin)
    ends = list(accumulate(_PARTS * len(alt.shots) for _, alt, _ in todo))
    banned = _banned_in(n, texts, ends)
    made = []
    at = 0
    for i, ((beat, alt, key), end) in enumerate(zip(todo, ends, strict=True)):
        f = folded[at:end]
        w = worded[at:end] if n.latin else [""] * (end - at)
        at = end
        where = Location(script_id, None, beat.id, alt.id)
        made.append(_alt_facts(n, where, alt, key, f, w, i in banned))
    return made


#: Shots' texts folded (fold_texts), and as whole-word text when a brief asked for it, by text: kept
#: across checks like the guide's other per-text reads (studio.guide.caches), emptied when too many.
_FOLDED: dict[str, str] = {}
_WORDED: dict[str, str] = {}
_FOLDED_MAX = 65536


def _folded(texts: list[str], latin: bool) -> tuple[list[str], list[str]]:
    """``fold_texts(texts, latin)``, the texts folded before answered from :data:`_FOLDED` / :data:`_WORDED`
    and the others folded together and kept there."""
    kept, words = _FOLDED, _WORDED
    folded: list[str | None] = list(map(kept.get, texts))
    worded: list[str | None] = list(map(words.get, texts)) if latin else []
    if None in folded or None in worded:
        todo = list(dict.fromkeys([t for t, f in zip(texts, folded, strict=True) if f is None]))
        if latin:
            todo = list(dict.fromkeys([*todo, *(t for t, w in zip(texts, worded, strict=True) if w is None)]))
        if len(kept) + len(todo) > _FOLDED_MAX:
            kept.clear()
            words.clear()
            todo = list(dict.fromkeys(texts))
        made, made_words = fold_texts(todo, latin)
        kept.update(zip(todo, made, strict=True))
        folded = list(map(kept.get, texts))
        if latin:
            words.update(zip(todo, made_words, strict=True))
            worded = list(map(words.get, texts))
    return folded, worded  # type: ignore[return-value]


def clear_folded() -> None:
    """Forget every kept folded text."""
    _FOLDED.clear()
    _WORDED.clear()


def _banned_in(n: Needles, texts: list[str], ends: list[int], joined: str | None = None) -> set[int]:
    """The alternatives (by index) whose texts may hold a banned word: one search over all of them.

    ``ends[i]``: how many texts the first i + 1 alternatives have. A match is given to every
    alternative its span touches; each shot's fields are then searched one by one (a match in a
    visual, or one that only a join makes, finds nothing there). ``joined``: ``SEP.join(texts)``, when made.
    """
    if n.banned_any is None:
        return set()
    if joined is None:
        joined = SEP.join(texts)
    if joined.count(SEP) != len(texts) - 1:  # a text holds the separator: search every alternative
        return set(range(len(ends)))
    out: set[int] = set()
    seen, counted = 0, 0  # texts before position ``counted``
    for m in n.banned_any.finditer(joined):
        seen += joined.count(SEP, counted, m.start())
        first = seen
        last = seen + joined.count(SEP, m.start(), m.end())
        seen, counted = last, m.end()
        out.update(range(bisect_right(ends, first), bisect_right(ends, last) + 1))
    return {i for i in out if i < len(ends)}


def _alt_facts(
    n: Needles,
    where: Location,
    alt: Alternative,
    key: tuple[object, ...],
    f: list[str],
    w: list[str],
    banned_here: bool,
) -> AltFacts:
    """One alternative's facts from its shots' folded (``f``) and worded (``w``) texts; ``banned_here``:
    whether its texts may hold a banned word (see :func:`_banned_in`)."""
    spoken = "".join(map(add, f[0::_PARTS], f[1::_PARTS]))
    told = "".join(f)
    spoken_words = told_words = ""
    if n.latin:
        said = chain.from_iterable(zip(w[0::_PARTS], w[1::_PARTS], strict=True))
        spoken_words = " ".join([x for x in said if x])
        told_words = " ".join([x for x in w if x])
    voice = caption = badge = False
    p = n.point_phrase
    # Every text a shot is searched in lies whole inside the alternative's joined text.
    if n.point is not None and heard(p, told, told_words):
        if not n.latin and SEP not in p.folded:
            # Each kind of text joined apart first: most often no caption (or caption and visual) says the
            # point, and then no shot need be asked whether it is a badge.
            wanted = p.folded
            voice = wanted in SEP.join(f[0::_PARTS])
            search = wanted in SEP.join(f[1::_PARTS]) or wanted in SEP.join(
                map(add, f[1::_PARTS], f[2::_PARTS])
            )
        else:
            search = True
        for i, shot in enumerate(alt.shots if search else ()):
            j = _PARTS * i
            voice = voice or heard(p, f[j], w[j])
            if is_badge(shot):
                badge = badge or heard(p, f[j + 1] + f[j + 2], " ".join([x for x in w[j + 1 : j + 3] if x]))
            else:
                caption = caption or heard(p, f[j + 1], w[j + 1])
            if voice and caption and badge:
                break
    persona = any(heard(stem, spoken, spoken_words) for stem in n.stems)
    banned: list[Finding] = []
    if banned_here and n.banned_any is not None:
        for shot in alt.shots:
            for name in ("voiceover", "onscreen_text"):
                if n.banned_any.search(getattr(shot, name)):
                    banned += banned_findings(n, shot, name, where)
    last = alt.shots[-1] if alt.shots else None
    return AltFacts(
        key,
        spoken,
        told,
        spoken_words,
        told_words,
        voice,
        caption,
        badge,
        persona,
        tuple(banned),
        last,
        {},
        {},
    )


class _Cut:
    """Alternatives played one after another: is a phrase of the brief heard in their joined text?

    The answer is :func:`heard` on the texts joined (the plain definition, used for whole-word phrases).
    For the phrases of Needles.said / Needles.told, each alternative knows which its own text holds, so
    only the seams are joined: every text's first and last ``reach`` characters (the longest phrase,
    less one), with a separator between the two ends of a longer text. A phrase found in the joined text
    lies inside one alternative's text or crosses a seam between texts, whose ``reach`` characters each
    side are all in the seams' text; and what the seams' text holds, the joined text holds (no phrase
    holds the separator). So an edit to one shot costs a few hundred characters per variant, not the
    script's whole text.
    """

    def __init__(self, facts: list[AltFacts], n: Needles, told: bool) -> None:
        self.facts = facts
        self.n = n
        self.told = told
        self.known = n.told if told else n.said
        self._joined: tuple[str, str] | None = None
        self._seams: str | None = None

    def heard(self, p: Phrase) -> bool:
        """:func:`heard` of ``p`` in the alternatives' texts joined."""
        wanted = p.folded
        if wanted not in self.known:
            if self._joined is None:
                self._joined = _joined(self.facts, self.n.latin, self.told)
            return heard(p, *self._joined)
        told = self.told
        for f in self.facts:
            memo = f.tells if told else f.says
            inside = memo.get(wanted)
            if inside is None:
                inside = memo[wanted] = wanted in (f.told if told else f.spoken)
            if inside:
                return True
        if self._seams is None:
            reach = max(map(len, self.known)) - 1
            self._seams = _seams([f.told if self.told else f.spoken for f in self.facts], reach)
        return wanted in self._seams


def _seams(texts: list[str], reach: int) -> str:
    """The texts joined with each longer than ``2 * reach`` cut to its ends, a separator between them."""
    if reach <= 0:
        return ""  # a phrase of one character lies inside one text
    return "".join([t if len(t) <= 2 * reach else t[:reach] + SEP + t[len(t) - reach :] for t in texts])


class Outcome(NamedTuple):
    """What a variant's cut misses of the brief (see :func:`_outcome`)."""

    #: The ways the key point is not said (keys of briefrules.WAYS).
    missing: tuple[str, ...]
    #: The pains no answering beat answers, by index in Needles.pains.
    pains: tuple[int, ...]
    #: The last CTA shot, its on-screen text, and whether the offer / the deadline go unsaid in the CTA.
    ending: tuple[Shot, str, bool, bool] | None
    #: The must-say lines not said, by index in Needles.must_say.
    lines: tuple[int, ...]


def _outcome(n: Needles, chosen: list[tuple[BeatKind, AltFacts]]) -> Outcome:
    """What one variant's cut misses of the brief, from the facts of the alternatives it plays, in beat
    order: the ways the key point is not said, the pains not answered (by index), the last CTA shot and
    its on-screen text with whether the offer and the deadline are said there, the must-say lines not said
    (by index). Its findings (see :func:`_variant`) follow from it and the variant's place and name."""
    missing: tuple[str, ...] = ()
    if n.point is not None:
        ways = {
            "voiceover": any(f.voice for _, f in chosen),
            "caption": any(f.caption for _, f in chosen),
            "badge": any(f.badge for _, f in chosen),
        }
        missing = tuple([way for way, present in ways.items() if not present])
    pains: tuple[int, ...] = ()
    if n.pains:
        answering = _Cut([f for kind, f in chosen if kind in ANSWERING], n, told=True)
        pains = tuple(
            [i for i, pain in enumerate(n.pains) if not any(answering.heard(p) for p in pain.answers)]
        )
    ending: tuple[Shot, str, bool, bool] | None = None
    cta = [f for kind, f in chosen if kind is BeatKind.CTA and f.last is not None]
    if cta and (n.deal or n.deadline):
        cut = _Cut(cta, n, told=False)
        last = cta[-1].last
        assert last is not None
        ending = (
            last,
            last.onscreen_text,
            bool(n.deal) and not any(cut.heard(p) for p in n.deal),
            bool(n.deadline) and not cut.heard(n.deadline_phrase),
        )
    lines: tuple[int, ...] = ()
    if n.must_say:
        cut = _Cut([f for _, f in chosen], n, told=False)
        lines = tuple([i for i, (_, p) in enumerate(n.must_say) if not cut.heard(p)])
    return Outcome(missing, pains, ending, lines)


def _variant(n: Needles, where: Location, variant: Variant, outcome: Outcome) -> list[Finding]:
    """The findings of one variant whose cut misses ``outcome`` of the brief."""
    found: list[Finding] = []
    if outcome.missing:
        assert n.point is not None
        found.append(layers_finding(n.point, list(outcome.missing), where))
    for i in outcome.pains:
        found.append(pain_finding(n.pains[i], where))
    if outcome.ending is not None:
        last, _, no_deal, no_deadline = outcome.ending
        if no_deal:
            found.append(cta_finding("brief.cta_offer", where, last, n.deal_shown, {"offer": n.deal_shown}))
        if no_deadline:
            found.append(cta_finding("brief.cta_deadline", where, last, n.deadline, {"deadline": n.deadline}))
    for i in outcome.lines:
        found.append(must_say_finding(n.must_say[i][0], variant.name, where))
    return found


def _joined(facts: list[AltFacts], latin: bool, told: bool = False) -> tuple[str, str]:
    """The folded and whole-word texts of several alternatives played one after another."""
    if told:
        folded, worded = [f.told for f in facts], [f.told_words for f in facts]
    else:
        folded, worded = [f.spoken for f in facts], [f.spoken_words for f in facts]
    return "".join(folded), " ".join([w for w in worded if w]) if latin else ""


def check_brief(project: Project, script: Script) -> list[Finding]:
    """Every coverage finding for one script against the project's brief."""
    return BriefCoverage().findings(project, script)

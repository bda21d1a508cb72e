"""What each beat of a draft says, taken from the brief: a different part of the brief for each beat.

The brief is read as pools (persona lines, pains, selling points, must-say lines, pleasures and
itches, evidence, scenes); each beat takes its lines from its own pool and nothing is said twice.
The live-clip pitch follows FABE: the feature is the key selling point, the advantage the
must-say line (else the other selling points), the benefit the pleasures and itches, the evidence
the selling points' proof. Evidence written as a shooting note ("滴管挤出清透质地，特写") goes into
the shot's visual, never into the voice-over; a note in brackets ("（未修图）") likewise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from studio.models.brief import Brief, SellingPoint
from studio.wording import pair

#: The words around the brief's own: draft.word.<name> in the catalogue, still to be filled in.
_WORD_NAMES = ("try", "feature", "again", "scene", "ask", "badge")
#: How parts said in one breath are joined, and how a badge's parts are set apart (punctuation, per language).
_JOINERS = {"zh": {"and": "，", "dot": " · "}, "en": {"and": ", ", "dot": " · "}}


@lru_cache(maxsize=2)
def _words(lang: str) -> dict[str, str]:
    """The words around the brief's own in ``lang`` ('zh' or 'en'), read once per language."""
    index = 0 if lang == "zh" else 1
    return {**{name: pair(f"draft.word.{name}")[index] for name in _WORD_NAMES}, **_JOINERS[lang]}


#: Words that mark a text as a direction for the camera, not a line to say: shot sizes, moves, set-ups.
NOTE = re.compile(
    r"特写|近景|中景|全景|远景|大远景|镜头|运镜|推近|拉远|跟拍|俯拍|仰拍|航拍|慢动作|分屏|画面|空镜|"
    r"close[- ]?up|wide shot|medium shot|long shot|slow[- ]?mo(tion)?|b-roll|split[- ]screen|"
    r"overhead shot|footage|\bpan (across|to)\b|\bzoom (in|out)\b",
    re.IGNORECASE,
)
#: A bracketed aside inside a line: "（未修图）", "(unretouched)".
ASIDE = re.compile(r"\s*[（(\[【][^）)\]】]*[）)\]】]")

#: The parts a template beat can play (a beat's "role" in the template; else its kind decides).
ROLES = ("pain", "feature", "advantage", "benefit", "solution", "evidence")


@dataclass(frozen=True)
class Line:
    """A shot's worth of a draft: what is said, shown as text, tagged, and seen (a shooting note)."""

    vo: str
    onscreen: str = ""
    tags: tuple[str, ...] = ()
    visual: str = ""
    #: Shorter lines to say instead when this one does not fit its beat's time, best first.
    shorter: tuple[Line, ...] = ()


def is_note(text: str) -> bool:
    """Whether a text directs the camera (a shot size, a move, a set-up) rather than being a line to say."""
    return NOTE.search(text) is not None


def sayable(text: str) -> tuple[str, str]:
    """(what can be said, what only the camera can show) of a brief's text."""
    text = text.strip()
    if is_note(text):
        return "", text
    asides = " ".join(m.group(0).strip() for m in ASIDE.finditer(text))
    return ASIDE.sub("", text).strip(" ，,;；"), asides


def _key(text: str) -> str:
    """A line's identity for "said already": case, spaces and punctuation folded away."""
    return re.sub(r"[\W_]+", "", text.casefold())


@dataclass
class Pools:
    """The brief's parts not yet used by a beat, and every line said so far."""

    lang: str
    says: list[str]
    pains: list[str]
    points: list[SellingPoint]
    must_say: list[str]
    benefits: list[str]
    evidence: list[SellingPoint]
    scenes: list[str]
    said: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, brief: Brief, lang: str) -> Pools:
        """The pools of a brief."""
        ranked = [sp for sp in brief.ranked_points() if sp.point.strip()]
        return cls(
            lang="zh" if lang == "zh" else "en",
            says=[p.says.strip() for p in brief.personas if p.says.strip()],
            pains=[p.strip() for p in brief.pains if p.strip()],
            points=ranked,
            must_say=[m.strip() for m in brief.must_say if m.strip()],
            benefits=[t.strip() for t in [*brief.pleasures, *brief.itches] if t.strip()],
            evidence=[sp for sp in ranked if sp.evidence.strip()],
            scenes=[s.strip() for s in brief.scenes if s.strip()],
        )

    @property
    def words(self) -> dict[str, str]:
        """The words around the brief's own in the draft's language."""
        return _words(self.lang)

    def heard(self, vo: str) -> None:
        """Mark a line as said (the hooks' and the close's lines, before the middle is written)."""
        self.said.add(_key(vo))

    def fresh(self, vo: str) -> bool:
        """Whether a line has not been said yet (and is not empty); marks it said."""
        key = _key(vo)
        if not key or key in self.said:
            return False
        self.said.add(key)
        return True

    def join(self, parts: list[str]) -> str:
        """Parts said in one breath."""
        return self.words["and"].join(parts)


def lines_for(role: str, pools: Pools) -> list[Line]:
    """The lines a beat of this role says, best first; the caller keeps as many as its time allows."""
    make = {
        "pain": _pain, "feature": _feature, "advantage": _advantage, "benefit": _benefit,
        "solution": _solution, "evidence": _evidence,
    }.get(role)  # fmt: skip
    if make is None:
        return []
    out = []
    for line in make(pools):
        # a line said already (by a hook, say) gives way to its shorter form, if that is new
        new = next((c for c in (line, *line.shorter) if not c.vo or pools.fresh(c.vo)), None)
        if new is not None:
            out.append(new)
    return out


def _pain(pools: Pools) -> list[Line]:
    w = pools.words
    shown = w["dot"].join(pools.pains[:3])
    ask = [Line(w["ask"].format(pain=pools.pains[0]), shown, ("usage_scene",))] if pools.pains else []
    if pools.says:  # the persona's own words, else (when they take too long) the pain as a question
        return [Line(pools.says.pop(0), shown, ("usage_scene",), shorter=tuple(ask))]
    return ask


def _feature(pools: Pools) -> list[Line]:
    """F: the key selling point, and the next one on the badge shot."""
    if not pools.points:
        return []
    w = pools.words
    point = pools.points.pop(0).point.strip()
    second = pools.points.pop(0).point.strip() if pools.points else w["again"].format(point=point)
    return [Line(w["feature"].format(point=point), point),
            Line(second, w["badge"].format(point=point), ("badge", "key_point"))]  # fmt: skip


def _advantage(pools: Pools) -> list[Line]:
    """A: what the brand must say (its edge), else the other selling points, else where it is used."""
    if pools.must_say:
        first, said = pools.must_say[0], pools.join(pools.must_say)
        pools.must_say = []
        return [Line(said, first)]
    if pools.points:
        rest, pools.points = [sp.point.strip() for sp in pools.points], []
        return [Line(pools.join(rest))]
    return _scene(pools)


def _benefit(pools: Pools) -> list[Line]:
    """B: the pleasure and the itch: what the viewer gets."""
    if pools.benefits:
        both, pools.benefits = pools.benefits[:2], pools.benefits[2:]
        # said in one breath when there is time, else the first alone
        return [Line(pools.join(both), shorter=tuple(Line(b) for b in both))]
    return _scene(pools)


def _scene(pools: Pools) -> list[Line]:
    if not pools.scenes:
        return []
    return [Line(pools.words["scene"].format(scene=pools.scenes.pop(0)))]


def _solution(pools: Pools) -> list[Line]:
    """One solution beat: the key point (voice, caption, badge with the must-say), benefit, other points."""
    if not pools.points:
        return _benefit(pools)
    w = pools.words
    point = pools.points.pop(0).point.strip()
    lines = [Line(w["try"].format(point=point), point)]
    badge = pools.join(pools.must_say) if pools.must_say else w["again"].format(point=point)
    pools.must_say = []
    lines.append(Line(badge, w["badge"].format(point=point), ("badge", "key_point")))
    lines += _benefit(pools)
    rest, pools.points = [sp.point.strip() for sp in pools.points], []
    if rest:
        lines.append(Line(pools.join(rest)))
    return lines


def _evidence(pools: Pools) -> list[Line]:
    """E: each selling point's proof; a shooting note becomes a silent shot that shows it, captioned."""
    lines = []
    for sp in pools.evidence:
        said, shown = sayable(sp.evidence)
        if said:
            lines.append(Line(said, "", ("proof",), shown))
        else:
            lines.append(Line("", sp.point.strip(), ("proof",), shown))
    pools.evidence = []
    return lines

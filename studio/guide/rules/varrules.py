"""Checks over a variant's cut: structure, timing, coverage, length and A/B hygiene.

They work on per-alternative summaries, so their cost grows with the number of
beats, not shots: an edit to one shot re-runs them in microseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

from studio.guide.findings import Bilingual, Finding, Fix, Location, Severity
from studio.guide.messages import fix_label
from studio.guide.rules.shotrules import ShotResult
from studio.guide.rules.statements import Marked, check_statements, first_marks
from studio.guide.rules.thresholds import Thresholds
from studio.models.entities import Alternative, Beat, Script, Shot, Variant
from studio.models.enums import BeatKind, ShotTag, TestVariable
from studio.models.timeline import chosen_alternative
from studio.models.vocab import LABELS, beat_label, label

THREE_FREQUENCY = (ShotTag.PRODUCT_CLOSE_UP, ShotTag.USAGE_SCENE, ShotTag.REACTION)
PROOF_TAGS = frozenset({ShotTag.PROOF.value, ShotTag.DEMO.value, ShotTag.TESTIMONIAL.value})
#: Which beat kinds a declared test variable may change; None: any (production variables).
VARIABLE_BEATS: dict[TestVariable, frozenset[BeatKind] | None] = {
    TestVariable.HOOK: frozenset({BeatKind.HOOK}),
    TestVariable.FIRST_FRAME: frozenset({BeatKind.HOOK}),
    TestVariable.MIDDLE: frozenset({BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.PROOF, BeatKind.CUSTOM}),
    TestVariable.ENDING: frozenset({BeatKind.CTA}),
}
_GUESS = {BeatKind.HOOK: TestVariable.HOOK, BeatKind.CTA: TestVariable.ENDING}


@dataclass(frozen=True)
class AltSummary:
    """An alternative's shots reduced to what the variant rules need."""

    alt: Alternative
    findings: tuple[Finding, ...]
    duration_ds: int
    count: int
    tags: frozenset[str]
    devices: frozenset[str]
    says_directive: bool
    shows_directive: bool
    #: What the shots claim or state, each with the first shot that does (see studio.guide.rules.statements).
    marked: Marked = ()


def summarize(alt: Alternative, results: list[ShotResult]) -> AltSummary:
    """Fold the shots' results of one alternative."""
    if not results:
        return AltSummary(alt, (), 0, 0, _NONE, _NONE, False, False, first_marks(alt.shots))
    # One column per field of the results, each folded in one call.
    findings, durations, tags, devices, says, shows = zip(*results, strict=True)
    return AltSummary(
        alt=alt,
        findings=tuple(chain.from_iterable(findings)),
        duration_ds=sum(durations),
        count=len(results),
        tags=_NONE.union(*tags),
        devices=_NONE.union(*devices),
        says_directive=any(says),
        shows_directive=any(shows),
        marked=first_marks(alt.shots),
    )


_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Span:
    beat: Beat
    summary: AltSummary
    start_ds: int

    @property
    def end_ds(self) -> int:
        return self.start_ds + self.summary.duration_ds


def _kind_name(kind: BeatKind) -> Bilingual:
    zh, en = LABELS[kind]
    return Bilingual(zh, en)


def _beat_name(beat: Beat) -> Bilingual:
    return Bilingual(beat_label(beat.kind, beat.name, "zh"), beat_label(beat.kind, beat.name, "en"))


def check_variant(
    script: Script,
    variant: Variant,
    th: Thresholds,
    summaries: dict[str, AltSummary],
    content_lang: str = "zh",
) -> list[Finding]:
    """Every rule about one variant's cut.

    ``content_lang`` is the project's language: lines suggested for the script (hook and
    call-to-action ideas) are in it, whatever language the finding is later shown in.
    """
    where = Location(script.id, variant.id)
    spans: list[_Span] = []
    t = 0
    found: list[Finding] = []
    for beat in script.beats:
        if not beat.alternatives:
            continue
        alt = chosen_alternative(variant, beat)
        summary = summaries[alt.id]
        if summary.count == 0:
            found.append(
                Finding(
                    "beat.empty",
                    Severity.WARNING,
                    Location(script.id, variant.id, beat.id, alt.id),
                    {"beat": _beat_name(beat), "alt": alt.label},
                )
            )
            continue
        spans.append(_Span(beat, summary, t))
        t += summary.duration_ds
        if beat.budget_ds and summary.duration_ds > beat.budget_ds:
            found.append(
                Finding(
                    "beat.over_budget",
                    Severity.TIP,
                    Location(script.id, variant.id, beat.id, alt.id),
                    {
                        "beat": _beat_name(beat),
                        "dur": summary.duration_ds / 10,
                        "budget": beat.budget_ds / 10,
                    },
                )
            )
    _hook(spans, th, where, found, content_lang)
    _middle(spans, where, found)
    _cta(spans, th, where, found, content_lang)
    _pace_and_coverage(spans, t, th, where, found)
    if not variant.is_base and script.variants:
        _ab(script, variant, where, found)
    parts = [(span.summary.alt, span.summary.marked) for span in spans]
    found += check_statements(script.id, variant.id, parts, th.review, th.platform, content_lang)
    return found


def _in(where: Location, span: _Span) -> Location:
    return Location(where.script_id, where.variant_id, span.beat.id, span.summary.alt.id)


def _trim_fix(span: _Span, excess_ds: int) -> Fix | None:
    """Shorten the longest shot of a span by ``excess_ds`` if it stays at least 0.5 s."""
    shots = span.summary.alt.shots
    if not shots:
        return None
    durations = [s.duration_ds for s in shots]
    longest: Shot = shots[durations.index(max(durations))]  # the first of the longest, as max(key=) gives
    new = longest.duration_ds - excess_ds
    if new < 5:
        return None
    return Fix(fix_label("trim", code=longest.code, dur=new / 10), longest.id, "duration_ds", new)


def _missing(rule: str, severity: Severity, where: Location, kind: BeatKind) -> Finding:
    """A beat of this kind the variant lacks, with the fix that adds one."""
    return Finding(rule, severity, where, {}, Fix(fix_label("add_beat", beat=_kind_name(kind))))


def _hook(spans: list[_Span], th: Thresholds, where: Location, found: list[Finding], lang: str) -> None:
    hooks = [i for i, s in enumerate(spans) if s.beat.kind is BeatKind.HOOK]
    if not hooks:
        found.append(_missing("hook.missing", Severity.ERROR, where, BeatKind.HOOK))
        return
    i = hooks[0]
    span = spans[i]
    if i != 0:
        found.append(
            Finding(
                "hook.not_first",
                Severity.ERROR,
                _in(where, span),
                {"position": i + 1},
                Fix(fix_label("move_first")),
            )
        )
    limit_ds = round(th.hook_limit_s * 10)
    if span.end_ds > limit_ds:
        excess = span.end_ds - limit_ds
        found.append(
            Finding(
                "hook.too_long",
                Severity.ERROR,
                _in(where, span),
                {"dur": span.end_ds / 10, "limit": th.hook_limit_s},
                _trim_fix(span, excess) if i == 0 else None,
            )
        )
    if not span.summary.devices:
        found.append(
            Finding("hook.no_device", Severity.WARNING, _in(where, span), {}, _idea_fix("hook", lang))
        )


def _idea_fix(kind: str, lang: str) -> Fix | None:
    """'Try: <a library line>': the line is in the script's language, the wording around it in either."""
    from studio.guide.brief.libraries import entries

    pool = entries(kind, lang) or entries(kind)
    if not pool:
        return None
    return Fix(fix_label(f"{kind}_idea", idea=pool[0].text))


def _middle(spans: list[_Span], where: Location, found: list[Finding]) -> None:
    kinds = [s.beat.kind for s in spans]
    first_hook = kinds.index(BeatKind.HOOK) if BeatKind.HOOK in kinds else -1
    last_cta = len(kinds) - 1 - kinds[::-1].index(BeatKind.CTA) if BeatKind.CTA in kinds else len(kinds)
    positions = {}
    for kind, rule, severity in (
        (BeatKind.PAIN, "structure.no_pain", Severity.WARNING),
        (BeatKind.SOLUTION, "structure.no_solution", Severity.ERROR),
    ):
        if kind not in kinds:
            found.append(_missing(rule, severity, where, kind))
            continue
        positions[kind] = kinds.index(kind)
        if not first_hook < positions[kind] < last_cta:
            span = spans[positions[kind]]
            found.append(
                Finding("structure.order", Severity.WARNING, _in(where, span), {"what": _kind_name(kind)})
            )
    pain, solution = positions.get(BeatKind.PAIN), positions.get(BeatKind.SOLUTION)
    if pain is not None and solution is not None and pain > solution:
        span = spans[pain]
        found.append(
            Finding(
                "structure.order", Severity.WARNING, _in(where, span), {"what": _kind_name(BeatKind.PAIN)}
            )
        )
    has_proof = any(s.beat.kind is BeatKind.PROOF or s.summary.tags & PROOF_TAGS for s in spans)
    if not has_proof:
        found.append(_missing("structure.no_proof", Severity.WARNING, where, BeatKind.PROOF))


def _cta(spans: list[_Span], th: Thresholds, where: Location, found: list[Finding], lang: str) -> None:
    ctas = [i for i, s in enumerate(spans) if s.beat.kind is BeatKind.CTA]
    if not ctas:
        found.append(_missing("cta.missing", Severity.ERROR, where, BeatKind.CTA))
        return
    i = ctas[-1]
    span = spans[i]
    loc = _in(where, span)
    if i != len(spans) - 1:
        found.append(
            Finding(
                "cta.not_last",
                Severity.ERROR,
                loc,
                {"after": len(spans) - 1 - i},
                Fix(fix_label("move_last")),
            )
        )
    limit_ds = round(th.cta_limit_s * 10)
    if span.summary.duration_ds > limit_ds:
        found.append(
            Finding(
                "cta.too_long",
                Severity.WARNING,
                loc,
                {"dur": span.summary.duration_ds / 10, "limit": th.cta_limit_s},
                _trim_fix(span, span.summary.duration_ds - limit_ds),
            )
        )
    says, shows = span.summary.says_directive, span.summary.shows_directive
    if not says and not shows:
        found.append(Finding("cta.no_directive", Severity.ERROR, loc, {}, _idea_fix("cta", lang)))
    elif not says:
        found.append(Finding("cta.directive_spoken", Severity.WARNING, loc, {}, _idea_fix("cta", lang)))
    elif not shows:
        found.append(Finding("cta.directive_text", Severity.WARNING, loc, {}, _caption_fix(span, lang)))


def _caption_fix(span: _Span, lang: str) -> Fix | None:
    from studio.guide.text.textscan import has_directive

    for shot in span.summary.alt.shots:
        if has_directive(shot.voiceover) and not shot.onscreen_text.strip():
            return Fix(fix_label("caption_from_vo"), shot.id, "onscreen_text", shot.voiceover.strip())
    return _idea_fix("cta", lang)


def _pace_and_coverage(
    spans: list[_Span], total: int, th: Thresholds, where: Location, found: list[Finding]
) -> None:
    count = sum(s.summary.count for s in spans)
    if count and total / count > th.avg_shot_s * 10 + 1e-9:
        found.append(
            Finding(
                "pace.avg",
                Severity.WARNING,
                where,
                {"avg": round(total / count / 10, 1), "limit": th.avg_shot_s},
                Fix(fix_label("speed_up")),
            )
        )
    tags: set[str] = set()
    for s in spans:
        tags |= s.summary.tags
    missing = [t for t in THREE_FREQUENCY if t.value not in tags]
    if missing and spans:
        names = [Bilingual(label(t, "zh"), label(t, "en")) for t in missing]
        found.append(
            Finding(
                "coverage.three_freq",
                Severity.WARNING,
                where,
                {"missing": names},
                Fix(fix_label("add_tags", missing=names)),
            )
        )
    if spans and ShotTag.KEY_POINT.value not in tags:
        found.append(Finding("keypoint.none", Severity.TIP, where, {}))
    if not spans:
        return
    low, high = th.min_total_s, th.max_total_s
    fix = Fix(fix_label("adjust_length", low=low, high=high))
    if total < round(low * 10):
        found.append(
            Finding("length.too_short", Severity.WARNING, where, {"dur": total / 10, "limit": low}, fix)
        )
    elif total > round(high * 10):
        found.append(
            Finding("length.too_long", Severity.WARNING, where, {"dur": total / 10, "limit": high}, fix)
        )


def _ab(script: Script, variant: Variant, where: Location, found: list[Finding]) -> None:
    base = script.base_variant
    if base is variant:
        return
    diff = [
        b
        for b in script.beats
        if b.alternatives and chosen_alternative(variant, b) is not chosen_alternative(base, b)
    ]
    declared = variant.variable
    allowed = VARIABLE_BEATS.get(declared)
    var_name = Bilingual(label(declared, "zh"), label(declared, "en"))
    beats = [_beat_name(b) for b in diff]
    if declared is TestVariable.NONE:
        if diff:
            guess = _guess(diff)
            fix = None
            if guess is not None:
                g = Bilingual(label(guess, "zh"), label(guess, "en"))
                fix = Fix(fix_label("set_variable", variable=g), variant.id, "variable", guess.value)
            found.append(Finding("ab.no_variable", Severity.WARNING, where, {"count": len(diff)}, fix))
        return
    if len(diff) > 1:
        found.append(
            Finding(
                "ab.multi",
                Severity.WARNING,
                where,
                {"count": len(diff), "beats": beats},
                Fix(fix_label("one_variable")),
            )
        )
    elif len(diff) == 1 and allowed is not None and diff[0].kind not in allowed:
        guess = _guess(diff)
        fix = None
        if guess is not None:
            g = Bilingual(label(guess, "zh"), label(guess, "en"))
            fix = Fix(fix_label("set_variable", variable=g), variant.id, "variable", guess.value)
        found.append(
            Finding("ab.mismatch", Severity.WARNING, where, {"variable": var_name, "beats": beats}, fix)
        )
    elif not diff and allowed is not None and declared is not TestVariable.FIRST_FRAME:
        found.append(Finding("ab.identical", Severity.TIP, where, {"variable": var_name}))


def _guess(diff: list[Beat]) -> TestVariable | None:
    if len(diff) != 1:
        return None
    return _GUESS.get(diff[0].kind, TestVariable.MIDDLE)

"""The creators comparison said in words, in zh or en (localized data, like the guide's messages)."""

from __future__ import annotations

from studio.models.vocab import creator_status_label
from studio.results.creators import PLAY_CVR, CreatorAnalysis
from studio.results.creators_verdict import CREATOR, MatrixVerdict, matrix_verdicts, shown_value
from studio.results.format import format_count
from studio.results.verdict import format_p
from studio.wording import say_in

#: Above this dispersion the note on the spread between creators is worth a line.
SPREAD_NOTE = 1.05


def _head(v: MatrixVerdict, lang: str) -> str:
    level = "creator" if v.level == CREATOR else "variant"
    return say_in(lang, f"matrix.head.{level}", metric=v.metric.label(lang))


def _q(name: str, lang: str) -> str:
    return say_in(lang, "matrix.quoted", name=name)


def _pair(v: MatrixVerdict, lang: str, symbol: str) -> dict[str, str]:
    """The leader and its rival, quoted, with their values: the fields every verdict's sentence fills in."""
    assert v.leader is not None and v.rival is not None
    m = v.metric
    return {
        "lead": _q(v.leader.name, lang),
        "rival": _q(v.rival.name, lang),
        "val": shown_value(m, v.leader.estimate(m).value, symbol),
        "rval": shown_value(m, v.rival.estimate(m).value, symbol),
    }


def _best(v: MatrixVerdict, lang: str, symbol: str) -> str:
    assert v.leader is not None
    m, level = v.metric, "creator" if v.level == CREATOR else "variant"
    pair = _pair(v, lang, symbol)
    if m is PLAY_CVR:
        p = format_p(v.p_adjusted)
        if v.level == CREATOR:
            return say_in(lang, "matrix.best.cvr.creator", p=p, **pair)
        k = len(getattr(v.leader, "creators", ()))
        creators = (
            say_in(lang, "matrix.creators.one") if k == 1 else say_in(lang, "matrix.creators.many", k=k)
        )
        return say_in(lang, "matrix.best.cvr.variant", p=p, creators=creators, **pair)
    est = v.leader.estimate(m)
    lo, hi = shown_value(m, est.low, symbol), shown_value(m, est.high, symbol)
    return say_in(lang, f"matrix.best.interval.{level}", lo=lo, hi=hi, **pair)


def _undecided(v: MatrixVerdict, lang: str, symbol: str) -> str:
    assert v.leader is not None and v.rival is not None
    level = "creator" if v.level == CREATOR else "variant"
    pair = _pair(v, lang, symbol)
    if v.metric is not PLAY_CVR:
        return say_in(lang, f"matrix.undecided.interval.{level}", **pair)
    if v.needed is None:
        return say_in(lang, f"matrix.level.{level}", **pair)
    more = v.more_leader + v.more_rival
    tail = (
        say_in(lang, "matrix.undecided.more", more=format_count(more))
        if more
        else say_in(lang, "matrix.undecided.enough")
    )
    return say_in(
        lang,
        f"matrix.undecided.power.{level}",
        need=format_count(v.needed),
        lead_plays=format_count(v.leader.plays),
        rival_plays=format_count(v.rival.plays),
        tail=tail,
        **pair,
    )


def sentence(v: MatrixVerdict, lang: str, symbol: str = "") -> str:
    """One verdict in words."""
    head = _head(v, lang)
    if v.kind == "best":
        return head + _best(v, lang, symbol)
    if v.kind == "undecided":
        return head + _undecided(v, lang, symbol)
    if v.kind == "confounded":
        return head + say_in(lang, "matrix.confounded", **_pair(v, lang, symbol))
    if v.kind == "not_reported":
        return head + say_in(lang, "matrix.no_conversions" if v.metric is PLAY_CVR else "matrix.no_gmv")
    # Not enough to compare says the same for every metric, so it names none (and is said once).
    key = "matrix.too_few.creators" if v.level == CREATOR else "matrix.too_few.variants"
    return say_in(lang, key, count=v.count)


def sentences(analysis: CreatorAnalysis, lang: str, symbol: str = "", first: str = CREATOR) -> list[str]:
    """Every verdict in words (those of level ``first`` first), then the spread, the unassigned, the pending."""
    if not analysis.rows:
        return []
    out: list[str] = []
    for v in sorted(matrix_verdicts(analysis), key=lambda v: v.level != first):
        said = sentence(v, lang, symbol)
        if said not in out:
            out.append(said)
    spread = analysis.dispersion
    if spread is not None and spread > SPREAD_NOTE and len(analysis.compared_groups) >= 2:
        out.append(say_in(lang, "matrix.spread", spread=spread))
    sep = "、" if lang == "zh" else ", "
    loose = [r.name for g in analysis.groups if not g.name for r in g.creators]
    if loose:
        out.append(say_in(lang, "matrix.unassigned", names=sep.join(loose)))
    if analysis.impossible:
        names = sep.join(say_in(lang, "matrix.impossible_row", name=r.name, conversions=format_count(r.conversions),
                                plays=format_count(r.plays)) for r in analysis.impossible)  # fmt: skip
        out.append(say_in(lang, "matrix.impossible", names=names))
    if analysis.pending:
        names = sep.join(_pending(r.name, r.creator.status, lang) for r in analysis.pending)
        out.append(say_in(lang, "matrix.pending", names=names))
    return out


def _pending(name: str, status: str, lang: str) -> str:
    label = creator_status_label(status, lang)
    return say_in(lang, "matrix.pending_row", name=name, status=label if lang == "zh" else label.lower())

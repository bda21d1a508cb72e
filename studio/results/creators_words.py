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
    name = v.metric.label(lang)
    if v.level == CREATOR:
        return f"{name}：" if lang == "zh" else f"{name}: "
    return f"各版本（合并达人）{name}：" if lang == "zh" else f"{name}, variants across creators: "


def _q(name: str, lang: str) -> str:
    return f"「{name}」" if lang == "zh" else f"“{name}”"


def _pair(v: MatrixVerdict, lang: str, symbol: str) -> tuple[str, str, str, str]:
    """The leader and the rival, quoted, and their values as shown: (lead, rival, val, rval)."""
    assert v.leader is not None and v.rival is not None
    m = v.metric
    val = shown_value(m, v.leader.estimate(m).value, symbol)
    rval = shown_value(m, v.rival.estimate(m).value, symbol)
    return _q(v.leader.name, lang), _q(v.rival.name, lang), val, rval


def _best(v: MatrixVerdict, lang: str, symbol: str) -> str:
    assert v.leader is not None
    m = v.metric
    lead, rival, val, rval = _pair(v, lang, symbol)
    if m is PLAY_CVR:
        p = format_p(v.p_adjusted)
        if v.level == CREATOR:
            if lang == "zh":
                return f"{lead}最好，{val}，次高的{rival}为 {rval}（与其余每位达人相比，Holm 校正 {p}）。"
            return f"{lead} converts best with {val} against {rval} for the next, {rival} (Holm-adjusted {p} against every other creator)."
        k = len(getattr(v.leader, "creators", ()))
        if lang == "zh":
            return (
                f"{lead}最好，{k} 位达人合计 {val}，{rival}为 {rval}（Holm 校正 {p}，已计入达人之间的差异）。"
            )
        return (
            f"{lead} converts best with {val} over {k} creator{'s' if k != 1 else ''} against {rval} for {rival} "
            f"(Holm-adjusted {p}, allowing for the spread between creators)."
        )
    est = v.leader.estimate(m)
    lo, hi = shown_value(m, est.low, symbol), shown_value(m, est.high, symbol)
    who = ("每位达人" if lang == "zh" else "every other creator") if v.level == CREATOR else (
        "每个版本" if lang == "zh" else "every other variant")  # fmt: skip
    if lang == "zh":
        return f"{lead}最高，{val}（95% 区间 {lo}–{hi}），与其余{who}的区间都不重叠；其次是{rival}，{rval}。"
    return f"{lead} brings the most, {val} (95% interval {lo}–{hi}), clear of {who}'s interval; next is {rival} with {rval}."


def _undecided(v: MatrixVerdict, lang: str, symbol: str) -> str:
    assert v.leader is not None and v.rival is not None
    m = v.metric
    lead, rival, val, rval = _pair(v, lang, symbol)
    who = (
        ("位达人" if lang == "zh" else "creator")
        if v.level == CREATOR
        else ("个版本" if lang == "zh" else "variant")
    )
    if m is not PLAY_CVR:
        if lang == "zh":
            return f"还看不出哪{who}更好；{lead}暂时领先（{val}），但 95% 区间与{rival}（{rval}）重叠，播放更多后区间会收窄。"
        return (
            f"no {who} is clearly ahead yet; {lead} leads with {val} but its 95% interval overlaps "
            f"that of {rival} ({rval}); more plays will narrow them."
        )
    if v.needed is None:
        if lang == "zh":
            noun = "达人" if v.level == CREATOR else "版本"
            return f"暂无领先的{noun}，{lead}与{rival}持平（{val}）。"
        return f"no {who} is ahead yet; {lead} and {rival} are level at {val}."
    need, have = format_count(v.needed), (format_count(v.leader.plays), format_count(v.rival.plays))
    more = v.more_leader + v.more_rival
    if lang == "zh":
        scope = "每人" if v.level == CREATOR else "每个版本合计"
        tail = f"，共还差 {format_count(more)} 次" if more else "，播放量都已达到，这点领先可能只是偶然"
        return (
            f"还看不出哪{who}更好。{lead}暂时领先（{val}，{rival}{rval}），差异仍在随机波动之内；"
            f"要分出高下（80% 把握度，α = 0.05），{scope}约需 {need} 次播放"
            f"（{lead}已有 {have[0]}，{rival}已有 {have[1]}）{tail}。"
        )
    scope = "each" if v.level == CREATOR else "each variant, over all its creators,"
    tail = (
        f": {format_count(more)} more in all" if more else "; both have that many, so the lead may be chance"
    )
    return (
        f"no {who} is clearly ahead yet. {lead} leads with {val} against {rval} for {rival}, within chance; "
        f"to tell them apart (80% power, alpha 0.05) {scope} needs about {need} plays "
        f"({lead} has {have[0]}, {rival} {have[1]}){tail}."
    )


def sentence(v: MatrixVerdict, lang: str, symbol: str = "") -> str:
    """One verdict in words."""
    head = _head(v, lang)
    if v.kind == "best":
        return head + _best(v, lang, symbol)
    if v.kind == "undecided":
        return head + _undecided(v, lang, symbol)
    if v.kind == "confounded":
        lead, rival, val, rval = _pair(v, lang, symbol)
        return head + say_in(lang, "matrix.confounded", lead=lead, val=val, rival=rival, rval=rval)
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
        names = sep.join(_pending(r.name, r.talent.status, lang) for r in analysis.pending)
        out.append(say_in(lang, "matrix.pending", names=names))
    return out


def _pending(name: str, status: str, lang: str) -> str:
    label = creator_status_label(status, lang)
    return say_in(lang, "matrix.pending_row", name=name, status=label if lang == "zh" else label.lower())

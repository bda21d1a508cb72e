"""`studio results FILE --by creator`: the creators compared, and the variants across creators, as text or JSON."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from studio.cli.i18n import say_in
from studio.models.money import format_amount
from studio.models.vocab import creator_status_label
from studio.results.creators import CreatorAnalysis, CreatorRow, Standing, VariantGroup
from studio.results.creators_cost import CostFigures
from studio.results.creators_cost_words import cost_sentences
from studio.results.creators_verdict import MatrixVerdict, matrix_verdicts
from studio.results.creators_words import sentence, sentences
from studio.results.format import format_count, format_money, format_percent, format_ratio
from studio.results.metrics import count_label
from studio.results.stats import Estimate


def _interval(est: Estimate, show: Callable[[float], str]) -> str:
    if est.value is None:
        return "–"
    if est.low is None:
        return show(est.value)
    high = "∞" if est.high is None else show(est.high)
    return f"{show(est.value)} [{show(est.low)}–{high}]"


def _figures(s: Standing, lang: str, symbol: str) -> list[str]:
    sep = "，" if lang == "zh" else ", "
    counts = sep.join(
        (
            f"{count_label('plays', lang)} {format_count(s.plays)}",
            f"{count_label('conversions', lang)} {format_count(s.conversions)}",
            f"{count_label('gmv', lang)} {format_money(s.gmv, symbol)}",
            f"{say_in(lang, 'rc.share')} {format_percent(s.share_gmv, 1)}",
        )
    )
    rates = sep.join(
        (
            f"{say_in(lang, 'rc.cvr')} {_interval(s.cvr, format_percent)}",
            f"{say_in(lang, 'rc.gpm')} {_interval(s.gpm, lambda v: format_money(v, symbol))}",
        )
    )
    return [f"    {counts}", f"    {rates}", f"    {_cost_line(s, lang, symbol)}"]


def _cost_line(s: Standing, lang: str, symbol: str) -> str:
    c = s.costs
    if c is None:
        return f"{say_in(lang, 'rc.cost')} {say_in(lang, 'rc.no_cost')}"
    sep = "，" if lang == "zh" else ", "

    def money(v: float) -> str:
        return format_money(v, symbol)

    return sep.join(
        (
            f"{say_in(lang, 'rc.cost')} {format_amount(c.cost, c.currency)}",
            f"{say_in(lang, 'rc.cpm')} {_interval(c.cpm, money)}",
            f"{say_in(lang, 'rc.per_order')} {_interval(c.per_order, money)}",
            f"{say_in(lang, 'rc.roi')} {_interval(c.roi, format_ratio)}",
        )
    )


def creators_text(analysis: CreatorAnalysis, lang: str, symbol: str) -> list[str]:
    """The creators, then the variants across them, then the verdicts, as lines of text."""
    if not analysis.rows:
        return [say_in(lang, "rc.none")]
    colon = "：" if lang == "zh" else ": "
    out = [say_in(lang, "rc.creators", count=len(analysis.rows), done=len(analysis.with_results),
                  pending=len(analysis.pending))]  # fmt: skip
    for row in analysis.rows:
        t = row.creator
        head = " · ".join(x for x in (t.name, t.handle, row.variant or say_in(lang, "rc.no_variant"),
                                      creator_status_label(t.status, lang)) if x)  # fmt: skip
        if row.pending:
            out.append(f"  {head}{colon}{say_in(lang, 'rc.pending')}")
            continue
        out.append(f"  {head}")
        out += _figures(row, lang, symbol)
    out += ["", say_in(lang, "rc.variants")]
    for group in analysis.groups:
        name = group.name or say_in(lang, "rc.no_variant")
        if not group.creators and not group.pending:
            out.append(f"  {name}{colon}{say_in(lang, 'rc.no_creator')}")
            continue
        key = "rc.group_pending" if group.pending else "rc.group"
        out.append(
            f"  {name}{colon}{say_in(lang, key, count=len(group.creators), pending=len(group.pending))}"
        )
        if group.creators:
            out += _figures(group, lang, symbol)
    out.append("")
    out += cost_sentences(analysis, lang, symbol)
    out += sentences(analysis, lang, symbol)
    return out


def _est(est: Estimate) -> dict[str, float | None]:
    return {"value": est.value, "low": est.low, "high": est.high}


def _standing(s: Standing) -> dict[str, Any]:
    return {
        "plays": s.plays,
        "conversions": s.conversions,
        "gmv": s.gmv,
        "conversion_rate": _est(s.cvr),
        "gpm": _est(s.gpm),
        "share": {"plays": s.share_plays, "conversions": s.share_conversions, "gmv": s.share_gmv},
        "cost": _costs(s.costs),
    }


def _costs(c: CostFigures | None) -> dict[str, Any] | None:
    """The cost (exact: minor units and a decimal text) and its estimates; None when nothing was entered."""
    if c is None:
        return None
    return {
        "currency": c.currency,
        "cost": c.cost,
        "cost_amount": str(c.amount),
        "fees": c.fees,
        "commission": c.commission,
        "cost_per_1000_plays": _est(c.cpm),
        "cost_per_order": _est(c.per_order),
        "roi": _est(c.roi),
    }


def _verdict(v: MatrixVerdict, symbol: str) -> dict[str, Any]:
    return {
        "level": v.level,
        "metric": v.metric.key,
        "kind": v.kind,
        "leader": v.leader.name if v.leader else None,
        "rival": v.rival.name if v.rival else None,
        "p_holm": v.p_adjusted,
        "needed_plays_each": v.needed,
        "more_plays": {"leader": v.more_leader, "rival": v.more_rival} if v.needed else None,
        "zh": sentence(v, "zh", symbol),
        "en": sentence(v, "en", symbol),
    }


def creators_json(analysis: CreatorAnalysis, symbol: str) -> dict[str, Any]:
    """The creators comparison as data (estimates as fractions and amounts, not formatted)."""

    def group(g: VariantGroup) -> dict[str, Any]:
        names = {"creators": [r.name for r in g.creators], "pending": [r.name for r in g.pending]}
        return {"variant": g.name or None, "in_script": g.in_script, **names, **_standing(g)}

    def creator(r: CreatorRow) -> dict[str, Any]:
        t = r.creator
        about = {"name": t.name, "handle": t.handle, "platform": t.platform, "variant": r.variant or None}
        return {**about, "status": t.status, "link": t.link, "pending": r.pending, **_standing(r)}

    totals = {
        "plays": analysis.total_plays,
        "conversions": analysis.total_conversions,
        "gmv": analysis.total_gmv,
    }
    return {
        "creators": [creator(r) for r in analysis.rows],
        "variants": [group(g) for g in analysis.groups],
        "dispersion": analysis.dispersion,
        "totals": totals,
        "verdicts": [_verdict(v, symbol) for v in matrix_verdicts(analysis)] if analysis.rows else [],
        "words": {lang: sentences(analysis, lang, symbol) for lang in ("zh", "en")},
        "cost_words": {lang: cost_sentences(analysis, lang, symbol) for lang in ("zh", "en")},
    }

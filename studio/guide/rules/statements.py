"""Statements a video must carry, and an offer that must match the brief (审核预检, part two).

Required statements depend on what the video claims and sells: results shown before and after need
"效果因人而异"; health food must say "本品不能代替药物"; a price or a discount needs its condition; a paid
post needs the platform's ad label. They are judged over a variant's whole cut (the statement may be in
any shot). The offer check reads each shot: the price, coupon, deadline and stock it says or shows must
be the brief's, and a countdown needs the brief's real stock.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from studio.guide.findings import Finding, Fix, Location, Severity
from studio.guide.messages import fix_label
from studio.guide.rules.precheck import platform_data, platform_id
from studio.guide.text.bilingual import Bilingual, worded
from studio.models.entities import Alternative, Project, Script, Shot
from studio.models.text import has_cjk
from studio.wording import say_in

#: Longest text read by these rules (bounded time on bad input).
_MAX = 5_000


@dataclass(frozen=True)
class ReviewContext:
    """What the pre-check reads of the project besides the script: category, paid post, the brief's offer."""

    category: str = "general"
    sponsored: bool = False
    #: The brief's offer: price, coupon, deadline, stock.
    offer: tuple[str, str, str, str] = ("", "", "", "")
    #: Whether the brief has anything in it (a writer without a brief is not asked for its stock).
    brief_filled: bool = False


def context_of(project: Project) -> ReviewContext:
    """The review context of a project."""
    offer = project.brief.offer
    return ReviewContext(
        project.category.value,
        bool(project.settings.get("sponsored")),
        (offer.price.strip(), offer.coupon.strip(), offer.deadline.strip(), offer.stock.strip()),
        not project.brief.is_empty(),
    )


def context_key(project: Project) -> tuple[object, ...]:
    """A cheap value that changes whenever :func:`context_of` could."""
    offer = project.brief.offer
    return (project.settings.get("sponsored"), offer.price, offer.coupon, offer.deadline, offer.stock)


# --- what a shot says ------------------------------------------------------------------------

_MARKS: dict[str, re.Pattern[str]] = {
    "before_after": re.compile(
        r"使用前|使用后|用之?前|用了?之?后|前后对比|对比图|效果对比|对比一下|[0-9一二三四五六七八九十两]+(?:天|周|个月)(?:后|前后|对比)"
        r"|before and after|before/after|(?<![a-z])after \d+ (?:days|weeks)",
        re.I,
    ),
    "varies": re.compile(r"因人而异|个体差异|效果仅供参考|results? (?:may )?vary", re.I),
    "not_medicine": re.compile(r"(?:不能|不可|不得)(?:代替|替代)药物|not a substitute for medicine", re.I),
    "price": re.compile(
        r"[¥￥$]\s*\d|\d+(?:\.\d+)?\s*(?:元|块)|\d+(?:\.\d+)?\s*折|[一二三四五六七八九]折|半价|立减|满\d+减|优惠券|\d+元券"
        r"|买[一二三1-3]送[一二三1-3]|第二件|到手价|原价|特价|秒杀价|\d+% off|half price",
        re.I,
    ),
    "condition": re.compile(
        r"限[时量购前]|前\d+名|截[止至]|活动(?:时间|期间|价)|以.{0,8}为准|领券后|满\d+|仅限|\d+[日号点]前|之前|到\d+[日号点]"
        r"|规则|详见|条件|直播间?(?:专享|价)|本场|领券|今[天日晚]|当天|新人专享|会员专享"
        r"|while stocks last|terms apply|until|ends|today|tonight|live price",
        re.I,
    ),
    "ad_label": re.compile(
        r"广告|商业合作|合作推广|赞助|#ad(?![a-z])|#sponsored|sponsored|paid partnership|\bad\b:", re.I
    ),
}


@lru_cache(maxsize=65536)
def marks(*texts: str) -> frozenset[str]:
    """What the texts claim or state (before/after, a price, a condition, a disclaimer, an ad label)."""
    text = "\n".join(t[:_MAX] for t in texts if t)
    if not text:
        return frozenset()
    return frozenset(name for name, rx in _MARKS.items() if rx.search(text))


def shot_marks(shot: Shot) -> frozenset[str]:
    """What one shot claims or states (see :func:`marks`)."""
    return marks(shot.voiceover, shot.onscreen_text, shot.visual)


# --- the variant's statements ------------------------------------------------------------------

#: Marks whose statement goes into the shot that carries them.
_NEEDS_SHOT = frozenset({"before_after", "price"})


@lru_cache(maxsize=8)
def _why(need: str) -> Bilingual:
    """Why a statement is needed (statement.why.<need>), in both languages; read once."""
    return worded(f"statement.why.{need}")


#: (mark, id of the first shot of an alternative that carries it), in shot order.
Marked = tuple[tuple[str, str], ...]


def first_marks(shots: Iterable[Shot]) -> Marked:
    """Each mark the shots carry, with the first shot carrying it (kept per alternative by the checker)."""
    seen: dict[str, str] = {}
    for shot in shots:
        found = marks(shot.voiceover, shot.onscreen_text, shot.visual)  # shot_marks, less a call per shot
        if found:
            for mark in found:
                seen.setdefault(mark, shot.id)
    return tuple(seen.items())


def check_statements(
    script_id: str,
    variant_id: str,
    parts: Sequence[tuple[Alternative, Marked]],
    review: ReviewContext,
    platform: str,
    lang: str,
) -> list[Finding]:
    """The statements a variant's cut lacks, each with a fix that adds it on screen.

    ``parts``: the alternatives the cut plays, in order, each with its :func:`first_marks` (the
    checker keeps them, so a keystroke does not read every shot of the cut again).
    """
    parts = [(alt, marked) for alt, marked in parts if alt.shots]
    if not parts:
        return []
    where_mark: dict[str, tuple[Alternative, str]] = {}
    for alt, marked in parts:
        for mark, shot_id in marked:
            where_mark.setdefault(mark, (alt, shot_id))
    if not where_mark and review.category != "health_food" and not review.sponsored:
        return []
    first = {mark: next(s for s in alt.shots if s.id == sid) for mark, (alt, sid) in where_mark.items()
             if mark in _NEEDS_SHOT}  # fmt: skip
    played_first, played_last = parts[0][0].shots[0], parts[-1][0].shots[-1]
    zh = lang != "en"
    said = "zh" if zh else "en"
    found: list[Finding] = []

    def need(rule: str, shot: Shot, line: str, why: Bilingual | None, severity: Severity) -> None:
        where = Location(script_id, variant_id, shot_id=shot.id, field="onscreen_text")
        text = shot.onscreen_text
        value = f"{text}\n{line}" if text.strip() else line
        fix = Fix(fix_label("add_statement", line=line), shot.id, "onscreen_text", value)
        args: dict[str, object] = {"line": line, "why": why or ""}
        found.append(Finding(rule, severity, where, args, fix))

    if "before_after" in first and "varies" not in where_mark:
        need(
            "precheck.statement",
            first["before_after"],
            say_in(said, "statement.varies"),
            _why("varies"),
            Severity.WARNING,
        )
    if review.category == "health_food" and "not_medicine" not in where_mark:
        need(
            "precheck.statement",
            played_last,
            say_in(said, "statement.not_medicine"),
            _why("not_medicine"),
            Severity.ERROR,
        )
    if "price" in first and "condition" not in where_mark:
        line = _condition_line(review, zh)
        need("precheck.statement", first["price"], line, _why("condition"), Severity.WARNING)
    if review.sponsored and "ad_label" not in where_mark:
        pid = platform_id(platform)
        zh_label, en_label, toggle_en = platform_data()["ad_label"][pid]
        toggle = Bilingual(platform_data()["ad_label_toggle"][pid], toggle_en)
        label = zh_label if zh else en_label
        shot = played_first
        where = Location(script_id, variant_id, shot_id=shot.id, field="onscreen_text")
        text = shot.onscreen_text
        fix = Fix(fix_label("add_ad_label", label=label, toggle=toggle), shot.id, "onscreen_text",
                  f"{label}\n{text}" if text.strip() else label)  # fmt: skip
        found.append(
            Finding("precheck.ad_label", Severity.WARNING, where, {"label": label, "toggle": toggle}, fix)
        )
    return found


def complete_statements(script: Script, review: ReviewContext, platform: str, lang: str) -> None:
    """Add the statements a new draft needs to its shots' on-screen text (the draft is not in a project yet).

    Every variant plays one alternative of each beat: a claim's statement goes with the alternative
    that makes the claim, health food's into each close, the ad label into each opening.
    """
    beats = [b for b in script.beats if b.alternatives]
    for i, beat in enumerate(beats):
        for alt in beat.alternatives:
            if not alt.shots:
                continue
            review_here = ReviewContext(
                review.category if i == len(beats) - 1 else "general",
                review.sponsored and i == 0,
                review.offer,
                review.brief_filled,
            )
            parts = [(alt, first_marks(alt.shots))]
            for f in check_statements(script.id, "", parts, review_here, platform, lang):
                fix = f.proposed
                if fix is not None and fix.applicable:
                    shot = next(s for s in alt.shots if s.id == fix.entity_id)
                    shot.onscreen_text = str(fix.value)


def _condition_line(review: ReviewContext, zh: bool) -> str:
    # Short enough for a caption line of its own (a fix must not make the caption too wide).
    deadline = review.offer[2]
    lang = "zh" if zh else "en"
    if deadline and len(deadline) <= (10 if zh else 12):
        return say_in(lang, "statement.until", deadline=deadline)
    return say_in(lang, "statement.terms")


# --- the offer against the brief ------------------------------------------------------------------

_NUM = r"(\d+(?:\.\d+)?)"
_PRICE = re.compile(
    rf"(?:(?:到手价?|只要|仅需|仅要|现价|活动价|直播价|特价|秒杀价|售价|价格|券后价?)(?:是|为|才|都)?\s*)+[¥￥]?\s*{_NUM}\s*(?:元|块)?"
    rf"|[¥￥]\s*{_NUM}|(?<![满减送\d.])(?<!原价)(?<!原价¥){_NUM}\s*(?:元|块钱|块)(?!券|红包|优惠)"
)
_ORIGINAL = re.compile(r"(?:原价|划线价|市场价|专柜价|日常价|平时)[¥￥]?\s*$")
_COUPON = re.compile(
    rf"满\s*{_NUM}\s*减\s*{_NUM}|立减\s*{_NUM}|减\s*{_NUM}\s*元|{_NUM}\s*元(?:优惠)?券|{_NUM}\s*折"
)
_DATE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]|(?<![月\d])(\d{1,2})\s*[日号](?:\s*(\d{1,2})\s*点)?")
_STOCK = re.compile(
    r"(?:最后|仅剩|只剩|还剩|剩下|限量|仅有|只有)\s*(\d+)\s*(?:件|组|单|份|个|套|瓶|盒|支|台)"
)
_COUNTDOWN = re.compile(
    r"倒计时|最后\s*\d+\s*[件组单份个套瓶盒支台]|仅剩|只剩|还剩\s*\d+|库存告急|手慢无|抢完(?:即止|就没)|售完即止|限量\s*\d+|马上(?:就)?(?:没|售罄|抢光)"
    r"|(?:only|last) \d+ (?:left|pieces|units)|while stocks last",
    re.I,
)


def _numbers(text: str) -> set[str]:
    return {_plain_number(n) for n in re.findall(r"\d+(?:\.\d+)?", text)}


def _plain_number(n: str) -> str:
    return n.rstrip("0").rstrip(".") if "." in n else n.lstrip("0") or "0"


def _dates(text: str) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for m in _DATE.finditer(text):
        if m.group(1):
            out.add((str(int(m.group(1))), str(int(m.group(2)))))
        else:
            out.add(("", str(int(m.group(3)))))
    return out


def check_offer(
    shot: Shot, review: ReviewContext, where: tuple[str, str, str, str], fields: Iterable[str]
) -> list[Finding]:
    """The shot's price, coupon, deadline and stock against the brief's offer; a countdown without stock.

    Each field's text is read once per offer (see :func:`offer_hits`): a shot re-checked with its
    text unchanged, or a new checker over the same script, only places the findings.
    """
    if not review.brief_filled:
        return []
    found: list[Finding] = []
    for name in fields:
        text = getattr(shot, name)
        if text:
            hits = offer_hits(text, review.offer)
            if hits:
                found += offer_findings(hits, name, where)
    return found


def offer_findings(hits: tuple[OfferHit, ...], name: str, where: tuple[str, str, str, str]) -> list[Finding]:
    """The findings of one field's :func:`offer_hits`, placed in field ``name`` of the shot at ``where``."""
    script_id, beat_id, alt_id, shot_id = where
    found: list[Finding] = []
    for rule, span, args, label, value in hits:
        if value is _TO_BRIEF:
            fix = Fix(label, None, "brief", "offer.stock")
        elif value is None:
            fix = Fix(label)
        else:
            fix = Fix(label, shot_id, name, value)
        location = Location(script_id, None, beat_id, alt_id, shot_id, name, span)
        found.append(Finding(rule, Severity.WARNING, location, dict(args), fix))
    return found


#: A cached offer finding's fix "value" when the fix sends the writer to the brief's stock.
_TO_BRIEF = object()
#: (rule, span, message arguments, fix label, the field's new text; None for advice, or _TO_BRIEF).
OfferHit = tuple[str, tuple[int, int], dict[str, object], Bilingual, object]
_DIGIT = re.compile(r"\d")


#: Offer reads kept per offer, by text (see :func:`offer_hits`); emptied when one grows past _READS_MAX.
_OFFER_READS: dict[tuple[str, str, str, str], dict[str, tuple[OfferHit, ...]]] = {}
_READS_MAX = 65536


def offer_reads(offer: tuple[str, str, str, str]) -> dict[str, tuple[OfferHit, ...]]:
    """The kept :func:`offer_hits` of ``offer`` by text: a pass over many shots looks each text up here
    (one hash of a string already hashed) and calls :func:`offer_hits` only for a text not in it."""
    reads = _OFFER_READS.get(offer)
    if reads is None:
        if len(_OFFER_READS) >= 8:
            _OFFER_READS.clear()
        reads = _OFFER_READS[offer] = {}
    return reads


def offer_hits(text: str, offer: tuple[str, str, str, str]) -> tuple[OfferHit, ...]:
    """What one field's text says against the brief's offer, wherever the text is (kept per text)."""
    reads = offer_reads(offer)
    found = reads.get(text)
    if found is None:
        if len(reads) >= _READS_MAX:
            reads.clear()
        found = reads[text] = _offer_text(text, offer)
    return found


def clear_offer_reads() -> None:
    """Forget every kept offer read."""
    _OFFER_READS.clear()


def _offer_text(text: str, offer: tuple[str, str, str, str]) -> tuple[OfferHit, ...]:
    """What one field's text says against the brief's offer."""
    text = text[:_MAX]
    if not has_cjk(text) and not _DIGIT.search(text):
        return ()
    price, coupon, deadline, stock = offer
    found: list[OfferHit] = []
    if _DIGIT.search(text):  # prices, coupons, dates and counts are all said in digits
        if price:
            _mismatch(text, _price_spans(text), _numbers(price) | _numbers(coupon), "price", price, found)
        if coupon:
            spans = [(m.start(), m.end(), [g for g in m.groups() if g]) for m in _COUPON.finditer(text)]
            _mismatch(text, spans, _numbers(coupon), "coupon", coupon, found)
        if deadline:
            _deadline(text, deadline, found)
    _stock(text, stock, found)
    return tuple(found)


def _price_spans(text: str) -> list[tuple[int, int, list[str]]]:
    out = []
    for m in _PRICE.finditer(text):
        if _ORIGINAL.search(text[max(0, m.start() - 6) : m.start()]):
            continue  # an original price is compared, not offered
        out.append((m.start(), m.end(), [g for g in m.groups() if g]))
    return out


def _mismatch(
    text: str,
    spans: list[tuple[int, int, list[str]]],
    allowed: set[str],
    what: str,
    brief: str,
    found: list[OfferHit],
) -> None:
    wanted = _numbers(brief)
    for start, end, numbers in spans:
        said = [_plain_number(n) for n in numbers]
        if not said or all(n in allowed for n in said):
            continue
        term = text[start:end]
        args = {"term": term, "what": _WHAT[what], "brief": brief}
        if len(wanted) == 1 and len(said) == 1:
            # Say the brief's number in place of the other one.
            new_term = re.sub(re.escape(numbers[0]), next(iter(wanted)), term, count=1)
            value = text[:start] + new_term + text[end:]
            found.append(
                ("precheck.offer", (start, end), args, fix_label("replace", suggest=new_term), value)
            )
        else:
            found.append(("precheck.offer", (start, end), args, fix_label("offer_brief", brief=brief), None))
        return


_WHAT = {slot: worded(f"slot.{slot}") for slot in ("price", "coupon", "deadline", "stock")}


def _deadline(text: str, deadline: str, found: list[OfferHit]) -> None:
    wanted = _dates(deadline)
    if not wanted:
        return
    days = {d for _, d in wanted}
    for m in _DATE.finditer(text):
        said = next(iter(_dates(m.group())))
        if said in wanted or (not said[0] and said[1] in days):
            continue
        args = {"term": m.group(), "what": _WHAT["deadline"], "brief": deadline}
        found.append(("precheck.offer", m.span(), args, fix_label("offer_brief", brief=deadline), None))
        return


def _stock(text: str, stock: str, found: list[OfferHit]) -> None:
    if stock:
        wanted = _numbers(stock)
        for m in _STOCK.finditer(text):
            if not wanted or _plain_number(m.group(1)) in wanted:
                continue
            args = {"term": m.group(), "what": _WHAT["stock"], "brief": stock}
            if len(wanted) == 1:
                new = text[: m.start(1)] + next(iter(wanted)) + text[m.end(1) :]
                label = fix_label("replace", suggest=new[m.start() : m.end() + len(new) - len(text)])
                found.append(("precheck.offer", m.span(), args, label, new))
            else:
                found.append(("precheck.offer", m.span(), args, fix_label("offer_brief", brief=stock), None))
            return
        return
    count = _COUNTDOWN.search(text)
    if count is not None:
        label = fix_label("brief_need", need=_WHAT["stock"])
        found.append(("precheck.countdown", count.span(), {"term": count.group()}, label, _TO_BRIEF))

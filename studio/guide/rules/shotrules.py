"""Checks that look at one shot alone; their results are cached by the shot's content."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

from studio.guide.findings import Bilingual, Finding, Fix, Location, Severity
from studio.guide.messages import fix_label, number
from studio.guide.rules import precheck
from studio.guide.rules.compliance import product_reason
from studio.guide.rules.statements import OfferHit, ReviewContext, offer_findings, offer_hits, offer_reads
from studio.guide.rules.thresholds import Thresholds
from studio.guide.text import picturetext, segment
from studio.guide.text.bilingual import worded
from studio.guide.text.lexicon import REMOVE, REPLACE, Hit, Lexicon
from studio.guide.text.textscan import (
    caption_width,
    has_directive,
    hook_devices,
    speech_units,
    wrap_caption,
)
from studio.models.entities import Alternative, Beat, Script, Shot
from studio.models.enums import BeatKind, ShotTag
from studio.models.text import has_cjk
from studio.models.vocab import LABELS

#: Shot text fields scanned for forbidden wording, with the severity of a hit there.
TEXT_FIELDS: dict[str, Severity] = {
    "voiceover": Severity.ERROR,
    "onscreen_text": Severity.ERROR,
    "visual": Severity.WARNING,
    "sound": Severity.TIP,
    "props": Severity.TIP,
    "location": Severity.TIP,
    "talent": Severity.TIP,
    "notes": Severity.TIP,
}
#: (script id, beat id, alternative id, shot id) of the shot being checked.
Where = tuple[str, str, str, str]
#: Most lines a caption may wrap to before it covers too much of the picture.
MAX_CAPTION_LINES = 2
_ICON_MARKS = tuple(
    m.casefold()
    for m in ("√", "✓", "✔", "★", "☆", "✅", "🏅", "图标", "徽章", "认证", "icon", "badge", "seal")
)
_ICONS = re.compile("|".join(map(re.escape, _ICON_MARKS)))
_KEY_POINT, _BADGE = ShotTag.KEY_POINT.value, ShotTag.BADGE.value
#: The layers a key-point shot may lack, as named in its finding.
_CAPTION, _VOICEOVER = worded("way.caption"), worded("way.voiceover")
#: The badge tag's name as a word inside a sentence ("caption, icon or badge, voice-over").
_BADGE_NAME = Bilingual(LABELS[ShotTag.BADGE][0], LABELS[ShotTag.BADGE][1].lower())
_DEVICE_TAGS = {ShotTag.VISUAL_IMPACT.value: "visual_impact", ShotTag.PRICE.value: "price"}
#: The shot fields of TEXT_FIELDS, read in one call.
_FIELDS = text_fields = attrgetter(*TEXT_FIELDS)
#: (field name, severity of a hit there) in TEXT_FIELDS' order.
_FIELD_ITEMS = tuple(TEXT_FIELDS.items())
_NONE: frozenset[str] = frozenset()
_ERROR, _WARNING = Severity.ERROR, Severity.WARNING
_HOOK, _CTA = BeatKind.HOOK, BeatKind.CTA
#: Makes a ShotResult from a tuple of its fields without NamedTuple's keyword-taking __new__.
_result = tuple.__new__
#: A shot's word-list hits when none of its fields has any.
_NO_HITS: tuple[tuple[Hit, ...], ...] = ((),) * len(TEXT_FIELDS)


class ShotResult(NamedTuple):
    """What the guide knows about one shot: its own findings and facts the script rules use."""

    findings: tuple[Finding, ...]
    duration_ds: int
    tags: frozenset[str]
    devices: frozenset[str]
    says_directive: bool
    shows_directive: bool


def shot_key(
    shot: Shot, beat: Beat, alt: Alternative, tags: frozenset[str] | None = None
) -> tuple[object, ...]:
    """Everything a shot's result depends on (besides thresholds), for the cache.

    The tags count as a set (no rule reads their order); ``tags``: the shot's, made already.
    """
    frame = shot.frame
    return (
        shot.duration_ds,
        shot.voiceover,
        shot.onscreen_text,
        shot.visual,
        shot.sound,
        shot.props,
        shot.location,
        shot.talent,
        shot.notes,
        frozenset(shot.tags) if tags is None else tags,
        alt.id,
        beat.id,
        beat.kind,
        frame,
        None if frame is None else picturetext.known(frame),
    )


def scan_shots(th: Thresholds, shots: list[Shot]) -> list[Sequence[Sequence[Hit]]]:
    """The word-list hits of many shots' text fields in one scan: per shot, per field of TEXT_FIELDS."""
    return _scan_rows(th.words, list(map(_FIELDS, shots)))


def _scan_rows(words: Lexicon, rows: list[tuple[str, ...]]) -> list[Sequence[Sequence[Hit]]]:
    """:func:`scan_shots` of the shots whose text fields are ``rows`` (each in TEXT_FIELDS' order)."""
    width = len(TEXT_FIELDS)
    found = words.scan_each(list(chain.from_iterable(rows)))
    out: list[Sequence[Sequence[Hit]]] = [_NO_HITS] * len(rows)
    for i, hits in found.items():
        at, place = divmod(i, width)
        row = out[at] = list(out[at])
        row[place] = hits
    return out


class _Limits(NamedTuple):
    """A script's thresholds turned once into what the per-shot rules compare against."""

    long_ds: int
    margin_ds: int
    margin_s: float
    max_shot_s: float
    zh_cps: float
    en_wps: float
    caption_zh: int
    caption_en: int
    #: Longest caption that fits a line whatever its script (one cell a character, two for Latin).
    caption_any: int
    #: "Lengthen to N s" labels by tenths, made once per pass (many shots need the same length).
    labels: dict[int, Bilingual]
    #: The compiled lists and the platform, for the review pre-check.
    words: Lexicon
    platform: str
    review: ReviewContext
    #: The platform as a known id, and whether the segmenter was in when the pass began.
    platform_id: str
    loaded: bool
    #: The brief's offer when the brief is filled in (its price, coupon, deadline and stock are checked), else None.
    offer: tuple[str, str, str, str] | None
    #: The kept reads of that offer by text (see statements.offer_reads).
    offer_reads: dict[str, tuple[OfferHit, ...]]
    #: The pre-check of shots without ad-law hits for these lists, platform and segmenter, by their texts.
    scans: dict[tuple[str, ...], tuple[tuple[precheck.PreHit, ...], ...]]


def _limits(th: Thresholds) -> _Limits:
    pid, loaded = precheck.platform_id(th.platform), segment.loaded()
    return _Limits(
        round(th.max_shot_s * 10),
        round(th.breath_margin_s * 10),
        th.breath_margin_s,
        th.max_shot_s,
        th.zh_cps,
        th.en_wps,
        th.caption_chars_zh,
        th.caption_chars_en,
        min(th.caption_chars_zh, th.caption_chars_en // 2),
        {},
        th.words,
        th.platform,
        th.review,
        pid,
        loaded,
        th.review.offer if th.review.brief_filled else None,
        offer_reads(th.review.offer),
        _shot_scans(pid, th.words, loaded),
    )


def check_shot(
    script: Script,
    beat: Beat,
    alt: Alternative,
    shot: Shot,
    th: Thresholds,
    hits: Sequence[Sequence[Hit]] | None = None,
) -> ShotResult:
    """Run every single-shot rule on ``shot`` (``hits``: its word-list hits when already scanned)."""
    texts = _FIELDS(shot)
    if hits is None:
        hits = _scan_rows(th.words, [texts])[0]
    return _check(script.id, beat, alt, shot, _limits(th), hits, texts)


def voiceover_overruns(shot: Shot, th: Thresholds) -> bool:
    """Whether :func:`check_shot` flags ``shot``'s voice-over as longer than the shot (vo.too_long or
    vo.breath), without the word-list scans the other rules need (the read-through's one question)."""
    if not shot.voiceover:
        return False
    found: list[Finding] = []
    _voiceover(shot.voiceover, shot.duration_ds, _limits(th), ("", "", "", shot.id), found)
    return bool(found)


def check_shots(
    script: Script,
    th: Thresholds,
    todo: Sequence[tuple[Beat, Alternative, Shot]],
    rows: list[tuple[str, ...]] | None = None,
    tags: list[frozenset[str]] | None = None,
) -> list[ShotResult]:
    """:func:`check_shot` for many shots of one script: limits worked out and word lists scanned once.

    ``rows``: each shot's :func:`text_fields`, when the caller read them already; ``tags``: each
    shot's tags as a set, likewise.
    """
    limits = _limits(th)
    if rows is None:
        rows = [_FIELDS(shot) for _, _, shot in todo]
    hits = _rows_hits(th.words, rows, limits.loaded)
    sid = script.id
    if tags is None:
        return [
            _check(sid, beat, alt, shot, limits, shot_hits, texts)
            for (beat, alt, shot), shot_hits, texts in zip(todo, hits, rows, strict=True)
        ]
    return [
        _check(sid, beat, alt, shot, limits, shot_hits, texts, shot_tags)
        for (beat, alt, shot), shot_hits, texts, shot_tags in zip(todo, hits, rows, tags, strict=True)
    ]


def _check(
    script_id: str,
    beat: Beat,
    alt: Alternative,
    shot: Shot,
    lim: _Limits,
    hits: Sequence[Sequence[Hit]],
    texts: tuple[str, ...],
    tags: frozenset[str] | None = None,
) -> ShotResult:
    """Every single-shot rule on ``shot``, whose TEXT_FIELDS are ``texts`` and their word-list hits ``hits``
    (``tags``: its tags as a set, when made already)."""
    where: Where = (script_id, beat.id, alt.id, shot.id)
    found: list[Finding] = []
    voiceover, caption = texts[0], texts[1]
    duration_ds = shot.duration_ds
    if voiceover:
        _voiceover(voiceover, duration_ds, lim, where, found)
    if duration_ds > lim.long_ds:
        found.append(
            Finding(
                "pace.long_shot",
                Severity.WARNING,
                _at(where, "duration_ds"),
                {"dur": shot.duration, "limit": lim.max_shot_s},
                Fix(fix_label("split_shot")),
            )
        )
    if len(caption) > lim.caption_any:  # shorter text fits a line in any script
        _caption(shot, lim, where, found)
    if hits is _NO_HITS:  # most shots: their texts' pre-check is kept, by the texts, in lim.scans
        each = lim.scans.get(texts)
        if each is None:
            each = _scanned(texts, lim)
        if each:
            hits = _precheck(shot, texts, hits, each, lim, where, found)
    else:
        hits = _precheck(shot, texts, hits, _scan_fields(texts, hits, lim), lim, where, found)
    if lim.offer is not None:
        # Most texts were read against the offer before and say nothing of it (a kept ()).
        reads = lim.offer_reads
        if voiceover and reads.get(voiceover) != ():
            _offer(voiceover, "voiceover", lim, where, found)
        if caption and reads.get(caption) != ():
            _offer(caption, "onscreen_text", lim, where, found)
    if shot.frame is not None:
        seen = picturetext.known(shot.frame)
        if seen:
            _picture(shot, seen, lim, where, found)
    if hits is not _NO_HITS and any(hits):  # most shots share the one "no hits" row
        _adlaw(texts, hits, where, found)
    if tags is None:
        tags = frozenset(shot.tags)
    if _KEY_POINT in tags:
        _key_point(shot, tags, where, found)
    # Devices matter only in a hook and directives only in a call to action; the
    # beat's kind is part of the cache key, so skipping them elsewhere is safe.
    kind = beat.kind
    if kind is _HOOK:
        devices = hook_devices(voiceover, caption)
        if not tags.isdisjoint(_DEVICE_TAGS):
            devices |= {_DEVICE_TAGS[t] for t in tags if t in _DEVICE_TAGS}
        return _result(ShotResult, (tuple(found), duration_ds, tags, devices, False, False))
    if kind is _CTA:
        says, shows = has_directive(voiceover), has_directive(caption)
        return _result(ShotResult, (tuple(found), duration_ds, tags, _NONE, says, shows))
    return _result(ShotResult, (tuple(found), duration_ds, tags, _NONE, False, False))


def _offer(text: str, field: str, lim: _Limits, where: Where, found: list[Finding]) -> None:
    """The findings of what field ``field``'s ``text`` says against the brief's offer."""
    assert lim.offer is not None
    said = lim.offer_reads.get(text)
    if said is None:
        said = offer_hits(text, lim.offer)
    if said:
        found += offer_findings(said, field, where)


def _at(where: Where, field: str, span: tuple[int, int] | None = None) -> Location:
    return Location(where[0], None, where[1], where[2], where[3], field, span)


def _voiceover(voiceover: str, duration_ds: int, lim: _Limits, where: Where, found: list[Finding]) -> None:
    amount, unit = speech_units(voiceover)  # speech_seconds, less a call per shot
    speak = amount / (lim.zh_cps if unit == "zh" else lim.en_wps) if amount else 0.0
    # Work in whole tenths, rounding speech up, so the numbers in the message add up.
    speak_ds = math.ceil(speak * 10 - 1e-9)
    need_ds = speak_ds + lim.margin_ds
    if speak_ds > duration_ds:
        rule, severity, shown = "vo.too_long", _ERROR, speak_ds
    elif need_ds > duration_ds:
        rule, severity, shown = "vo.breath", _WARNING, need_ds
    else:
        return
    found.append(
        Finding.deferred_at(
            rule, severity, where, "voiceover", (_voiceover_detail, shown, speak_ds, need_ds, duration_ds,
            amount, unit, lim.margin_s, where[3], lim.labels),
        )
    )  # fmt: skip


def _voiceover_detail(
    shown: int,
    speak_ds: int,
    need_ds: int,
    duration_ds: int,
    amount: float,
    unit: str,
    margin_s: float,
    shot_id: str,
    labels: dict[int, Bilingual],
) -> tuple[dict[str, object], Fix]:
    """A voice-over finding's message arguments and its fix (lengthen the shot to fit)."""
    args = {
        "need": shown / 10,
        "speak": speak_ds / 10,
        "margin": margin_s,
        "amount": number(amount),
        "unit": unit,
        "dur": duration_ds / 10,
        "over": (shown - duration_ds) / 10,
    }
    label = labels.get(need_ds)
    if label is None:
        label = labels[need_ds] = fix_label("lengthen", dur=need_ds / 10)
    return args, Fix(label, shot_id, "duration_ds", min(need_ds, 36000))


def _caption(shot: Shot, lim: _Limits, where: Where, found: list[Finding]) -> None:
    text = shot.onscreen_text
    wide = has_cjk(text)
    limit = lim.caption_zh if wide else lim.caption_en
    if len(text) * (1 if wide else 2) <= limit:
        return  # no character is wider than one cell, so no line of this text can be too wide
    start = 0
    worst: tuple[float, int, int] | None = None
    for line in text.split("\n"):
        width = caption_width(line, wide)
        if width > limit and (worst is None or width > worst[0]):
            worst = (width, start, start + len(line))
        start += len(line) + 1
    if worst is None:
        return
    width, begin, end = worst
    wrapped = wrap_caption(text, limit, wide)
    if len(wrapped) <= MAX_CAPTION_LINES:
        fix = Fix(fix_label("wrap", lines=len(wrapped)), shot.id, "onscreen_text", "\n".join(wrapped))
    else:
        fix = Fix(fix_label("shorten_caption", limit=limit))
    args = {"width": number(math.ceil(width * 2) / 2), "limit": limit}
    found.append(
        Finding("caption.too_wide", Severity.WARNING, _at(where, "onscreen_text", (begin, end)), args, fix)
    )


def _precheck(
    shot: Shot,
    texts: tuple[str, ...],
    hits: Sequence[Sequence[Hit]],
    each: tuple[tuple[precheck.PreHit, ...], ...],
    lim: _Limits,
    where: Where,
    found: list[Finding],
) -> Sequence[Sequence[Hit]]:
    """The findings of the review pre-check's hits ``each`` in the text fields; returns the ad-law hits a
    dodge does not already cover."""
    out: list[Sequence[Hit]] | None = None
    if not each:
        return hits
    for k, text in enumerate(texts):
        pre = each[k]
        if not pre:
            continue
        literal = hits[k]
        name, place = _FIELD_ITEMS[k]
        found += precheck.findings(list(pre), text, shot.id, name, place, where, lim.platform)
        dodges = [(h.start, h.end) for h in pre if h.kind == "dodge"]
        if dodges and literal:
            # One finding for 全網最低價, not one for it and another for the 最低 inside it.
            if out is None:
                out = list(hits)
            out[k] = [h for h in literal if not any(a <= h.start and h.end <= b for a, b in dodges)]
    return hits if out is None else out


def _scanned(texts: tuple[str, ...], lim: _Limits) -> tuple[tuple[precheck.PreHit, ...], ...]:
    """The pre-check of a shot without ad-law hits whose texts are not in ``lim.scans`` yet, kept there."""
    scans = lim.scans
    if len(scans) >= _SHOT_SCANS_MAX:
        scans.clear()
    each = scans[texts] = _scan_fields(texts, _NO_HITS, lim)
    return each


#: The word-list hits of shots' text fields: per compiled lists, by the shots' texts. Kept only once the
#: segmenter's dictionary is in: before, a hit whose word edges need it may be left out for now
#: (segment.no_wait), and such an answer must not outlive the wait.
_SHOT_HITS: dict[Lexicon, dict[tuple[str, ...], Sequence[Sequence[Hit]]]] = {}


def _rows_hits(words: Lexicon, rows: list[tuple[str, ...]], loaded: bool) -> list[Sequence[Sequence[Hit]]]:
    """:func:`_scan_rows`, with the rows seen before (``loaded``: the dictionary was in when the pass began)
    answered from :data:`_SHOT_HITS` and the others scanned in one search and kept there."""
    if not loaded:
        return _scan_rows(words, rows)
    kept = _SHOT_HITS.get(words)
    if kept is None:
        if len(_SHOT_HITS) >= 16:
            _SHOT_HITS.clear()
        kept = _SHOT_HITS[words] = {}
    found: list[Sequence[Sequence[Hit]] | None] = list(map(kept.get, rows))
    if None not in found:
        return found  # type: ignore[return-value]
    missing = [i for i, row in enumerate(found) if row is None]
    if len(kept) + len(missing) > _SHOT_SCANS_MAX:
        kept.clear()
    for i, row in zip(missing, _scan_rows(words, [rows[i] for i in missing]), strict=True):
        found[i] = kept[rows[i]] = row
    return found  # type: ignore[return-value]


#: The pre-check of shots without ad-law hits (see _check): per (platform id, lists, segmenter
#: loaded), by the shots' texts, so that a shot costs one look-up.
_SHOT_SCANS: dict[tuple[object, ...], dict[tuple[str, ...], tuple[tuple[precheck.PreHit, ...], ...]]] = {}
_SHOT_SCANS_MAX = 32768


def _shot_scans(
    pid: str, words: Lexicon, loaded: bool
) -> dict[tuple[str, ...], tuple[tuple[precheck.PreHit, ...], ...]]:
    """The kept pre-checks of shots for one platform, compiled lists and segmenter state."""
    key = (pid, words, loaded)
    scans = _SHOT_SCANS.get(key)
    if scans is None:
        if len(_SHOT_SCANS) >= 16:
            _SHOT_SCANS.clear()
        scans = _SHOT_SCANS[key] = {}
    return scans


def _scan_fields(
    texts: tuple[str, ...], hits: Sequence[Sequence[Hit]], lim: _Limits
) -> tuple[tuple[precheck.PreHit, ...], ...]:
    """Each text field's pre-check hits; () when no field has any."""
    scan, pid, words, loaded = precheck.scan_written, lim.platform_id, lim.words, lim.loaded
    each = tuple(
        scan(text, pid, words, tuple([(h.start, h.end) for h in literal]) if literal else (), loaded)
        if text
        else ()
        for text, literal in zip(texts, hits, strict=True)
    )
    return each if any(each) else ()


def _picture(shot: Shot, seen: str, lim: _Limits, where: Where, found: list[Finding]) -> None:
    """The words read in the shot's picture, checked as on-screen text: errors there too, with advice."""
    literal = lim.words.scan(seen)
    pre = precheck.scan(seen, lim.platform, lim.words, literal)
    inside = [(h.start, h.end) for h in pre if h.kind == "dodge"]
    literal = [h for h in literal if not any(a <= h.start and h.end <= b for a, b in inside)]
    like = [adlaw_finding(h, seen, shot.id, "onscreen_text", _ERROR, where) for h in literal]
    like += precheck.findings(pre, seen, shot.id, "onscreen_text", _ERROR, where, lim.platform)
    for f in like:
        span = f.location.span or (0, len(seen))
        term = seen[span[0] : span[1]]
        line = seen[: span[1]].rpartition("\n")[2] + seen[span[1] :].partition("\n")[0]
        args = {"term": term, "line": line[:40], "why": Bilingual(f.message("zh"), f.message("en"))}
        fix = Fix(fix_label("picture", term=term))
        found.append(Finding("precheck.picture", f.severity, _at(where, "frame"), args, fix))


def _adlaw(texts: tuple[str, ...], hits: Sequence[Sequence[Hit]], where: Where, found: list[Finding]) -> None:
    for (name, place), text, field_hits in zip(_FIELD_ITEMS, texts, hits, strict=True):
        for hit in field_hits:
            found.append(adlaw_finding(hit, text, where[3], name, place, where))


def adlaw_finding(hit: Hit, text: str, shot_id: str, name: str, place: Severity, where: Where) -> Finding:
    """The finding for one word-list hit in field ``name``: as severe as the rule, capped by the field."""
    rule = hit.rule
    severity = max(Severity(hit.severity), place, key=lambda s: s.rank)
    new = hit.replacement()
    if hit.fix_kind == REPLACE:
        fix = Fix(fix_label("replace", suggest=new), shot_id, name, text[: hit.start] + new + text[hit.end :])
    elif hit.fix_kind == REMOVE:
        fix = Fix(fix_label("remove", term=hit.text), shot_id, name, text[: hit.start] + text[hit.end :])
    else:
        fix = Fix(fix_label("reword", term=hit.text))
    args: dict[str, object] = {"term": hit.text, "suggest": new, "source": rule.source}
    if rule.category == "medical":
        args["why"] = _medical_why(rule.source)
    return Finding(f"adlaw.{rule.category}", severity, _at(where, name, (hit.start, hit.end)), args, fix)


def _medical_why(source: str) -> Bilingual:
    zh, en = product_reason(source)
    if zh:
        return Bilingual(f"（{zh}）", f" ({en})")
    return worded("adlaw.ordinary")


def _key_point(shot: Shot, tags: frozenset[str], where: Where, found: list[Finding]) -> None:
    names: list[Bilingual] = []
    if not shot.onscreen_text.strip():
        names.append(_CAPTION)
    if _BADGE not in tags and _ICONS.search(f"{shot.onscreen_text} {shot.visual}".casefold()) is None:
        names.append(_BADGE_NAME)
    if not shot.voiceover.strip():
        names.append(_VOICEOVER)
    if not names:
        return
    spoken = shot.voiceover.strip() if names[0] is _CAPTION else ""
    found.append(
        Finding.deferred_at(
            "keypoint.layers",
            Severity.WARNING,
            where,
            "tags",
            (_key_point_detail, tuple(names), spoken, shot.id),
        )
    )


def _key_point_detail(
    names: tuple[Bilingual, ...], spoken: str, shot_id: str
) -> tuple[dict[str, object], Fix | None]:
    """A key-point finding's arguments, and its fix when the voice-over can become the missing caption."""
    fix = Fix(fix_label("caption_from_vo"), shot_id, "onscreen_text", spoken) if spoken else None
    return {"missing": list(names)}, fix

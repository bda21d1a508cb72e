"""The creator brief: one page per creator, as Word, PDF or a long image for a phone.

What a creator needs and nothing else: the product, the key selling points with the proof to
show, the lines they must say and the words they must never say, the key shots with their
frames, the call to action, the length, the deadline and the hashtags.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from studio.exports.common import (
    Media,
    Progress,
    atomic_write,
    check_folder,
    platform_name,
    progress_steps,
    word,
)
from studio.exports.creator_brief_page import Page, ScriptBeat, script_sections
from studio.exports.creator_brief_words import disclosure, tb_word
from studio.models.brief import Creator
from studio.models.entities import Project, Script, Variant
from studio.models.errors import NotFoundError
from studio.models.frame_format import format_of, shaped
from studio.models.platforms import PRESETS, preset
from studio.models.timeline import TimedShot, cut, format_timecode, total_ds
from studio.models.vocab import beat_label

#: Shot tags that make a shot one of the key shots to show a creator.
KEY_TAGS = {"key_point", "badge", "proof", "product_close_up", "demo", "price"}
#: Key shots on a page, so the brief stays one page.
MAX_SHOTS = 4


def pages(project: Project, script: Script, creators: list[Creator | None], lang: str) -> list[Page]:
    """The brief's pages, one per creator (a single unnamed one when none is given)."""
    return [_page(project, script, t, lang) for t in creators]


def _variant_for(script: Script, creator: Creator | None) -> Variant:
    found = script.variant(creator.variant) if creator and creator.variant.strip() else None
    return found or script.base_variant


def _page(project: Project, script: Script, creator: Creator | None, lang: str) -> Page:
    b = project.brief
    variant = _variant_for(script, creator)
    timed = cut(script, variant)
    platform = (creator.platform if creator is not None else "") or project.platform
    who = ""
    if creator is not None:
        # Only who they are: a creator's fee, figures and notes never go on anyone's brief.
        parts = [creator.name, creator.handle, platform_name(platform, lang)]
        who = " · ".join(p for p in parts if p)
    product = project.product or project.title
    page = Page(
        word("tb.title", lang, product=product), who, lang=lang, aspect=format_of(project, variant).ratio
    )
    page.header = tb_word("header", lang, product=product)
    sep = "、" if lang == "zh" else ", "
    points = [f"{sp.point}" + (word("tb.proof", lang, evidence=sp.evidence) if sp.evidence else "")
              for sp in b.ranked_points()]  # fmt: skip
    never = [*b.banned, *project.banned_words]
    cta = [t.shot.voiceover or t.shot.onscreen_text for t in timed if t.beat.kind.value == "cta"]
    hand_in = [b.hand_in or tb_word("hand_in_default", lang), *own_dates(creator, lang)]
    if b.post_by:
        hand_in.append(tb_word("post_by", lang, when=b.post_by))
    own = (
        [tb_word("deliver_what", lang, v=creator.deliverables)]
        if creator is not None and creator.deliverables
        else []
    )
    page.sections = [
        (word("tb.variant", lang), [variant.name]),
        (tb_word("deliverable", lang), [*own, *_deliverable(project, script, variant, platform, lang)]),
        (tb_word("hand_in", lang), hand_in),
        (tb_word("rights", lang), own_rights(creator, lang)),
        (word("tb.points", lang), points),
        (word("tb.must_say", lang), list(b.must_say)),
        (word("tb.never", lang), [sep.join(never)] if never else []),
        (tb_word("offer", lang), _offer(project, lang)),
        (word("tb.cta", lang), [line for line in cta if line]),
        (tb_word("disclosure", lang), [disclosure(platform, lang)]),
        (word("tb.hashtags", lang), [" ".join(b.hashtags)] if b.hashtags else []),
    ]
    page.link_title = tb_word("link", lang)
    page.link = b.product_link.strip()
    page.link_line = tb_word("link_scan", lang) + page.link if page.link else tb_word("link_none", lang)
    page.script_title = tb_word("script", lang)
    page.script_columns = [tb_word(k, lang) for k in ("col.code", "col.time", "col.visual", "col.voiceover",
                                                      "col.onscreen")]  # fmt: skip
    for t in timed:
        if not page.script or page.script[-1].heading != _beat_heading(t, lang):
            page.script.append(ScriptBeat(_beat_heading(t, lang)))
        times = f"{format_timecode(t.start_ds)}–{format_timecode(t.end_ds)}"
        page.script[-1].rows.append(
            [t.shot.code, times, t.shot.visual, t.shot.voiceover, t.shot.onscreen_text]
        )
    page.shots_title = word("tb.shots", lang)
    for t in timed:
        # the hook's first shot is always key: the creator must nail the first seconds
        opening = t.index == 0
        if (opening or KEY_TAGS & set(t.shot.tags)) and len(page.shots) < MAX_SHOTS:
            said = t.shot.voiceover or t.shot.onscreen_text
            page.shots.append((t.shot, f"{t.shot.code}  {t.shot.visual}" + (f" — “{said}”" if said else "")))
    return page


def own_dates(creator: Creator | None, lang: str) -> list[str]:
    """The creator's own dates on one line: draft, final cut, posting (their deal; never anyone else's)."""
    if creator is None:
        return []
    pairs = (
        ("draft_due", creator.draft_due),
        ("final_due", creator.final_due),
        ("post_on", creator.post_due),
    )
    dates = [tb_word(key, lang, when=when) for key, when in pairs if when]
    return [tb_word("dates", lang, v=(" · " if lang == "zh" else ", ").join(dates))] if dates else []


def own_rights(creator: Creator | None, lang: str) -> list[str]:
    """What the brand may do with this creator's video, and their exclusivity window (no money: a fee
    is between the brand and the creator, and briefs get forwarded)."""
    from studio.models.deals import exclusive_until

    if creator is None or not (creator.rights_platforms or creator.rights_until or creator.exclusive_days):
        return []
    sep = "、" if lang == "zh" else ", "
    parts = []
    if creator.rights_platforms:
        names = sep.join(platform_name(p, lang) for p in creator.rights_platforms)
        parts.append(tb_word("rights_platforms", lang, v=names))
    parts.append(tb_word("paid_ads_yes" if creator.paid_ads else "paid_ads_no", lang))
    if creator.rights_until:
        parts.append(tb_word("rights_until", lang, when=creator.rights_until))
    end = exclusive_until(creator)
    if end:
        parts.append(tb_word("exclusive", lang, days=creator.exclusive_days, when=end))
    return [(" · " if lang == "zh" else ", ").join(parts)]  # one line: the page keeps its QR code


def _beat_heading(t: TimedShot, lang: str) -> str:
    name = beat_label(t.beat.kind, t.beat.name, lang)
    # a beat played with more than one alternative: say which one this creator films
    return f"{name} · {t.alt.label}" if len(t.beat.alternatives) > 1 else name


def _deliverable(project: Project, script: Script, variant: Variant, platform: str, lang: str) -> list[str]:
    """Frame shape and size, the length range and whether captions are burned in."""
    # the variant's frame format, with the creator's platform's safe area for it
    plat = shaped(preset(platform if platform in PRESETS else project.platform), format_of(project, variant))
    w, h = format_of(project, variant).size()
    shape = tb_word("portrait" if plat.aspect_h >= plat.aspect_w else "landscape", lang,
                    aw=plat.aspect_w, ah=plat.aspect_h)  # fmt: skip
    target = project.brief.target_s or max(1, round(total_ds(script, variant) / 10))
    # a creator's take runs a little long or short: a tenth either way (2 s at least), within the platform's range
    slack = max(2, round(target / 10))
    low = max(int(plat.min_seconds), target - slack) if target >= plat.min_seconds else max(1, target - slack)
    high = min(int(plat.max_seconds), target + slack) if target <= plat.max_seconds else target + slack
    captions = any(t.shot.onscreen_text.strip() for t in cut(script, variant))
    return [
        tb_word("frame", lang, shape=shape, w=w, h=h, fps=plat.usual_fps),
        tb_word("length_range", lang, low=low, high=high, target=target),
        tb_word("captions_yes" if captions else "captions_no", lang),
    ]


def _offer(project: Project, lang: str) -> list[str]:
    o = project.brief.offer
    pairs = (("price", o.price), ("coupon", o.coupon), ("offer_deadline", o.deadline), ("stock", o.stock))
    return [tb_word(key, lang, v=value) for key, value in pairs if value.strip()]


def chosen_creators(project: Project, name: str) -> list[Creator | None]:
    """The creators to brief: the one named, else every one on the project, else one unnamed page."""
    if name:
        for creator in project.creators:
            if name in (creator.name, creator.handle):
                return [creator]
        raise NotFoundError("creator", name)
    return list(project.creators) or [None]


def export_creator_brief(project: Project, script: Script, variants: list[Variant], media: Media | None,
                        path: str | Path, lang: str | None = None, progress: Progress | None = None,
                        *, creator: str = "", paper: str = "a4") -> Path:  # fmt: skip
    """Write the creator brief; the suffix (.docx, .pdf, .png) picks the kind, ``paper`` the page size."""
    del variants  # each creator's page plays the variant they were given
    check_folder(path)
    lang = lang or project.language
    chosen = pages(project, script, chosen_creators(project, creator or ""), lang)
    suffix = Path(path).suffix.lower()
    with progress_steps(progress, 1):
        if suffix == ".pdf":
            from studio.exports.creator_brief_pdf import pdf_bytes

            data = pdf_bytes(chosen, media, paper)
        elif suffix == ".png":
            from studio.exports.creator_brief_image import png_bytes

            data = png_bytes(chosen, media)
        else:
            from studio.exports.creator_brief_docx import docx_bytes

            data = docx_bytes(chosen, media, paper)
        return atomic_write(path, lambda fh: fh.write(data))


def page_lines(page: Page, width: int) -> list[tuple[str, str]]:
    """The page as (style, text) lines wrapped at ``width`` characters: title, head, text."""
    lines = [("title", page.title)]
    if page.creator:
        lines.append(("text", page.creator))
    for heading, items in [*page.sections, (page.link_title, [page.link_line]), *script_sections(page)]:
        if items:
            lines.append(("head", heading))
            lines += [("text", part) for item in items for part in textwrap.wrap("• " + item, width) or [""]]
    return lines

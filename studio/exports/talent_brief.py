"""The talent brief: one page per creator, as Word, PDF or a long image for a phone.

What a creator needs and nothing else: the product, the key selling points with the proof to
show, the lines they must say and the words they must never say, the key shots with their
frames, the call to action, the length, the deadline and the hashtags.
"""

from __future__ import annotations

import io
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
from studio.exports.talent_brief_page import Page, frame_png
from studio.models.brief import Talent
from studio.models.entities import Project, Script, Variant
from studio.models.errors import NotFoundError
from studio.models.timeline import cut, format_seconds, total_ds

#: Shot tags that make a shot one of the key shots to show a creator.
KEY_TAGS = {"key_point", "badge", "proof", "product_close_up", "demo", "price"}
#: Key shots on a page, so the brief stays one page.
MAX_SHOTS = 4


def pages(project: Project, script: Script, talents: list[Talent | None], lang: str) -> list[Page]:
    """The brief's pages, one per creator (a single unnamed one when none is given)."""
    return [_page(project, script, t, lang) for t in talents]


def _variant_for(script: Script, talent: Talent | None) -> Variant:
    found = script.variant(talent.variant) if talent and talent.variant.strip() else None
    return found or script.base_variant


def _page(project: Project, script: Script, talent: Talent | None, lang: str) -> Page:
    b = project.brief
    variant = _variant_for(script, talent)
    timed = cut(script, variant)
    who = ""
    if talent is not None:
        parts = [talent.name, talent.handle, platform_name(talent.platform or project.platform, lang)]
        who = " · ".join(p for p in parts if p)
    page = Page(word("tb.title", lang, product=project.product or project.title), who)
    sep = "、" if lang == "zh" else ", "
    points = [f"{sp.point}" + (word("tb.proof", lang, evidence=sp.evidence) if sp.evidence else "")
              for sp in b.ranked_points()]  # fmt: skip
    never = [*b.banned, *project.banned_words]
    cta = [t.shot.voiceover or t.shot.onscreen_text for t in timed if t.beat.kind.value == "cta"]
    length = b.target_s * 10 if b.target_s else total_ds(script, variant)
    page.sections = [
        (word("tb.variant", lang), [variant.name]),
        (word("tb.points", lang), points),
        (word("tb.must_say", lang), list(b.must_say)),
        (word("tb.never", lang), [sep.join(never)] if never else []),
        (word("tb.cta", lang), [line for line in cta if line]),
        (word("tb.length", lang), [word("seconds", lang, s=format_seconds(length))]),
        (word("tb.deadline", lang), [b.post_by] if b.post_by else []),
        (word("tb.hashtags", lang), [" ".join(b.hashtags)] if b.hashtags else []),
    ]
    page.shots_title = word("tb.shots", lang)
    page.lang = lang
    for t in timed:
        # the hook's first shot is always key: the creator must nail the first seconds
        opening = t.index == 0
        if (opening or KEY_TAGS & set(t.shot.tags)) and len(page.shots) < MAX_SHOTS:
            said = t.shot.voiceover or t.shot.onscreen_text
            page.shots.append((t.shot, f"{t.shot.code}  {t.shot.visual}" + (f" — “{said}”" if said else "")))
    return page


def chosen_talents(project: Project, name: str) -> list[Talent | None]:
    """The creators to brief: the one named, else every one on the project, else one unnamed page."""
    if name:
        for talent in project.talents:
            if name in (talent.name, talent.handle):
                return [talent]
        raise NotFoundError("talent", name)
    return list(project.talents) or [None]


def export_talent_brief(project: Project, script: Script, variants: list[Variant], media: Media | None,
                        path: str | Path, lang: str | None = None, progress: Progress | None = None,
                        *, talent: str = "") -> Path:  # fmt: skip
    """Write the talent brief; the suffix (.docx, .pdf, .png) picks the kind."""
    del variants  # each creator's page plays the variant they were given
    check_folder(path)
    lang = lang or project.language
    chosen = pages(project, script, chosen_talents(project, talent or ""), lang)
    suffix = Path(path).suffix.lower()
    with progress_steps(progress, 1):
        if suffix == ".pdf":
            from studio.exports.talent_brief_pdf import pdf_bytes

            data = pdf_bytes(chosen, media)
        elif suffix == ".png":
            from studio.exports.talent_brief_image import png_bytes

            data = png_bytes(chosen, media)
        else:
            data = _docx_bytes(chosen, media)
        return atomic_write(path, lambda fh: fh.write(data))


def _docx_bytes(chosen: list[Page], media: Media | None) -> bytes:
    import docx
    from docx.shared import Cm

    from studio.exports.common import safe_text

    doc = docx.Document()
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(
            doc.sections[0], side, Cm(1.8)
        )  # one page a creator: the template's 2.54 cm margins leave no room
    for n, page in enumerate(chosen):
        if n:  # a break of its own after the page: the last paragraph may sit before the key shots' grid
            doc.add_page_break()
        doc.add_heading(safe_text(page.title), level=1)
        if page.creator:
            doc.add_paragraph(safe_text(page.creator))
        for heading, lines in page.sections:
            if not lines:
                continue
            doc.add_heading(safe_text(heading), level=2)
            for line in lines:
                doc.add_paragraph(safe_text(line), style="List Bullet")
        if page.shots:
            doc.add_heading(safe_text(page.shots_title), level=2)
            # Side by side, each frame over its caption: stacked, four 9:16 frames pushed the page onto a second.
            grid = doc.add_table(rows=1, cols=len(page.shots))
            for cell, (shot, caption) in zip(grid.rows[0].cells, page.shots, strict=True):
                picture = frame_png(shot, media, page.lang)
                if picture is not None:
                    cell.paragraphs[0].add_run().add_picture(io.BytesIO(picture), width=Cm(2.2))
                cell.add_paragraph(safe_text(caption))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def page_lines(page: Page, width: int) -> list[tuple[str, str]]:
    """The page as (style, text) lines wrapped at ``width`` characters: title, head, text."""
    lines = [("title", page.title)]
    if page.creator:
        lines.append(("text", page.creator))
    for heading, items in page.sections:
        if items:
            lines.append(("head", heading))
            lines += [("text", part) for item in items for part in textwrap.wrap("• " + item, width) or [""]]
    return lines

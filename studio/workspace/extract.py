"""A project (the model) -> the facts the workspace keeps: summary, searchable texts, dates, results.

Pure: no I/O. The revision is a hash of the facts themselves, so the same content gives the same
revision on every laptop and a re-index of an unchanged project stores nothing new.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date
from typing import Any

from studio.models.entities import Project, Script, Variant, VariantResult
from studio.models.enums import BeatKind, VariantStatus
from studio.models.timeline import beat_spans, total_ds
from studio.results.learned import line_text
from studio.workspace import devices, tokens
from studio.workspace.dates import parse_day
from studio.workspace.facts import CalendarItem, LineDoc, ProjectFacts, ProjectSummary, ResultFact

#: Creators' dates (the deal fields, when the model has them) -> calendar kind.
CREATOR_DATES = (("draft_due", "hand_in"), ("final_due", "hand_in"), ("post_due", "post"))
#: Project settings keys a shoot day may be kept under.
SHOOT_KEYS = ("shoot_date", "shoot_day")


def _status(project: Project) -> str:
    states = {v.status for s in project.scripts for v in s.variants}
    for status in (VariantStatus.LIVE, VariantStatus.IN_EDIT, VariantStatus.DRAFT, VariantStatus.RETIRED):
        if status in states:
            return status.value
    return VariantStatus.DRAFT.value


def _base(script: Script) -> Variant | None:
    return next((v for v in script.variants if v.is_base), script.variants[0] if script.variants else None)


def _length_s(project: Project) -> float:
    for script in project.scripts:
        base = _base(script)
        if base is not None:
            return total_ds(script, base) / 10
    return 0.0


def _docs(project: Project) -> list[LineDoc]:
    out: list[LineDoc] = []

    def add(kind: str, field: str, text: str, **where: str) -> None:
        text = text.strip()
        if text:
            out.append(LineDoc(len(out), kind, field, text, tokens.split(text), **where))

    add("title", "title", project.title)
    add("product", "product", " ".join(x for x in (project.brand, project.product) if x))
    for creator in project.creators:
        add("creator", "name", " ".join(x for x in (creator.name, creator.handle) if x))
    for tag in project.brief.hashtags:
        add("tag", "hashtag", tag)
    for script in project.scripts:
        for beat in script.beats:
            line_kind = {BeatKind.HOOK: "hook", BeatKind.CTA: "cta"}.get(beat.kind, "line")
            for alt in beat.alternatives:
                for shot in alt.shots:
                    where = dict(script_id=script.id, beat_id=beat.id, beat_kind=beat.kind.value,
                                 beat_name=beat.name, alt_id=alt.id, shot_id=shot.id, shot_code=shot.code)  # fmt: skip
                    add(line_kind, "voiceover", shot.voiceover, **where)
                    add("caption", "onscreen_text", shot.onscreen_text, **where)
                    add("visual", "visual", shot.visual, **where)
                    if shot.tags:
                        add("tag", "tags", " ".join(shot.tags), **where)
    return out


def _calendar(project: Project) -> list[CalendarItem]:
    year = _year(project)
    items: list[CalendarItem] = []

    def add(kind: str, text: str, title: str, who: str = "", variant: str = "", done: bool = False) -> None:
        day = parse_day(str(text), year)
        if day:
            items.append(CalendarItem(len(items), kind, day, title, who=who, variant=variant, done=done))

    for key in SHOOT_KEYS:
        add("shoot", str(project.settings.get(key, "")), project.title)
    add("hand_in", project.brief.hand_in, project.title)
    add("post", project.brief.post_by, project.title)
    add("deadline", project.brief.offer.deadline, project.title)
    names = {v.id: v.name for s in project.scripts for v in s.variants}
    for script in project.scripts:
        for v in script.variants:
            # The variant's own post date; a variant already live (or retired) has been posted.
            posted = v.status in (VariantStatus.LIVE, VariantStatus.RETIRED)
            add("post_variant", v.post_date, project.title, variant=v.name, done=posted)
    for creator in project.creators:
        posted = creator.status in ("posted", "paid")
        variant = names.get(creator.variant, "")
        for field, kind in CREATOR_DATES:
            value = str(getattr(creator, field, "") or "")
            done = posted or (field == "draft_due" and bool(getattr(creator, "draft_in", "")))
            # A creator's posting date for a variant is that variant's post date.
            kind = "post_variant" if kind == "post" and variant else kind
            add(kind, value, project.title, who=creator.name, variant=variant, done=done)
    return items


def _year(project: Project) -> int:
    try:
        return int(project.created[:4])
    except ValueError:
        return date.today().year


def _results(project: Project) -> list[ResultFact]:
    out: list[ResultFact] = []
    for script in project.scripts:
        structure = "-".join(b.kind.value for b in script.beats)
        for v in script.variants:
            r: VariantResult | None = project.results.get(v.id)
            if r is None or not (r.impressions or r.plays):
                continue
            hook = cta = ""
            for span in beat_spans(script, v):
                if span.beat.kind is BeatKind.HOOK and not hook:
                    hook = line_text(span.alt)
                elif span.beat.kind is BeatKind.CTA:
                    cta = line_text(span.alt)
            seconds = total_ds(script, v) / 10
            ret3 = r.retention[3] if len(r.retention) > 3 else None
            out.append(
                ResultFact(
                    v.id,
                    v.name,
                    devices.hook_device(hook),
                    devices.cta_device(cta),
                    script.template or "none",
                    structure,
                    devices.length_band(seconds),
                    project.platform,
                    project.category.value,
                    r.impressions,
                    r.plays,
                    r.views_3s,
                    r.completions,
                    r.clicks,
                    r.conversions,
                    r.spend,
                    r.gmv,
                    ret3,
                )
            )
    return out


def extract(project: Project) -> ProjectFacts:
    """Every fact the workspace keeps about ``project``, with its content revision."""
    results = project.results.values()
    script = project.scripts[0] if project.scripts else None
    summary = ProjectSummary(
        project_id=project.id, title=project.title, product=project.product, brand=project.brand,
        platform=project.platform, category=project.category.value, language=project.language,
        template=script.template if script else "", status=_status(project), created=project.created,
        modified=project.modified, variants=sum(len(s.variants) for s in project.scripts),
        creators=tuple(t.name for t in project.creators), post_by=parse_day(project.brief.post_by, _year(project)),
        hand_in=parse_day(project.brief.hand_in, _year(project)), plays=sum(r.plays for r in results),
        impressions=sum(r.impressions for r in results), conversions=sum(r.conversions for r in results),
        gmv=round(sum(r.gmv for r in results), 2), spend=round(sum(r.spend for r in results), 2),
        length_s=_length_s(project),
    )  # fmt: skip
    docs, calendar, facts = tuple(_docs(project)), tuple(_calendar(project)), tuple(_results(project))
    parts: list[Any] = [summary, *docs, *calendar, *facts]
    blob = json.dumps([dataclasses.asdict(x) for x in parts], ensure_ascii=False)
    revision = hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]
    return ProjectFacts(summary, revision, docs, calendar, facts)

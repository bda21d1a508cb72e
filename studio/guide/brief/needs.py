"""What a template needs from the brief ("needs" in its JSON), what of it is missing, and the guide's tips.

Each need is met or not by the project's brief alone; a template lists the needs its prompts and
its draft lean on (a live-stream clip's countdown close needs the price, the stock and the deadline).
A missing need is a tip, never a warning; like the other brief checks, none runs while the brief is
empty (a writer who works without a brief is not nagged; the New Project dialog and the Brief tab
still show what the template needs).
"""

from __future__ import annotations

from functools import lru_cache

from studio.guide.brief.needtable import NEEDS as NEEDS
from studio.guide.brief.needtable import Need as Need
from studio.guide.brief.needtable import UnknownNeedError as UnknownNeedError
from studio.guide.brief.needtable import label as label
from studio.guide.brief.needtable import missing as missing
from studio.guide.brief.needtable import validate as validate
from studio.guide.brief.templates import templates
from studio.guide.findings import Bilingual, Finding, Fix, Location, Severity
from studio.guide.messages import fix_label
from studio.models.entities import Project, Script


@lru_cache(maxsize=64)
def _declared(template_id: str) -> tuple[tuple[str, ...], Bilingual]:
    """A bundled template's needs and its name, read once (a check runs after every edit)."""
    tpl = templates().get(template_id)
    if tpl is None:
        return (), Bilingual(template_id, template_id)
    return tpl.needs, Bilingual(tpl.title("zh"), tpl.title("en"))


def template_needs(template_id: str) -> tuple[str, ...]:
    """The needs a bundled template declares (none for an unknown template)."""
    return _declared(template_id)[0]


def template_title(template_id: str, lang: str) -> str:
    """A bundled template's name in ``lang`` (its id when unknown), read once."""
    return _declared(template_id)[1].text(lang)


def check_needs(project: Project, script: Script) -> list[Finding]:
    """A tip per need of the script's template that the brief leaves unmet, each sending the writer to the brief."""
    needs, name = _declared(script.template)
    if not needs or project.brief.is_empty():
        return []
    found = []
    for need in missing(project.brief, needs):
        what = NEEDS[need]
        where = Location(script.id, field=f"brief.{what.field}")
        fix = Fix(fix_label("brief_need", need=what.label), None, "brief", what.field)
        found.append(
            Finding("template.need", Severity.TIP, where, {"need": what.label, "template": name}, fix)
        )
    return found


def opens_brief(fix: Fix | None) -> str | None:
    """The brief field a fix sends the writer to (advice to fill in the Brief tab), else None."""
    if fix is None or fix.entity_id is not None or fix.field != "brief":
        return None
    return str(fix.value)

"""The needs a template can declare (its JSON's "needs"): each one met or not by the brief alone.

Templates validate their needs against this table when they load; needs.py turns the unmet
ones into the guide's tips.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from studio.guide.brief.brieffill import COMPARED
from studio.guide.text.bilingual import Bilingual, worded
from studio.models.brief import Brief


@dataclass(frozen=True)
class Need:
    """One thing a template asks of the brief."""

    key: str
    label: Bilingual
    #: The brief field the Brief tab marks when it is missing ("pains", "offer.price" ...).
    field: str
    met: Callable[[Brief], bool]


def _tested(b: Brief) -> bool:
    points = b.ranked_points()
    return len(points) >= 2 and all(sp.evidence.strip() for sp in points)


def _key_evidence(b: Brief) -> bool:
    key = b.key_point()
    return key is not None and bool(key.evidence.strip())


def _any(values: list[str]) -> bool:
    return any(v.strip() for v in values)


NEEDS: dict[str, Need] = {
    n.key: n
    for n in (
        Need("persona", worded("need.persona"), "personas",
             lambda b: any(p.name.strip() for p in b.personas)),
        Need("pain", worded("need.pain"), "pains", lambda b: _any(b.pains)),
        Need("itch", worded("need.itch"), "itches", lambda b: _any(b.itches)),
        Need("pleasure", worded("need.pleasure"), "pleasures", lambda b: _any(b.pleasures)),
        Need("selling_point", worded("need.selling_point"), "selling_points",
             lambda b: b.key_point() is not None),
        Need("evidence", worded("need.evidence"),
             "selling_points", _key_evidence),
        Need("tested_points", worded("need.tested_points"),
             "selling_points", _tested),
        Need("before_after", worded("need.before_after"),
             "selling_points", lambda b: any(COMPARED.search(sp.evidence) for sp in b.ranked_points())),
        Need("scene", worded("need.scene"), "scenes", lambda b: _any(b.scenes)),
        Need("price", worded("need.price"), "offer.price", lambda b: bool(b.offer.price.strip())),
        Need("coupon", worded("need.coupon"), "offer.coupon", lambda b: bool(b.offer.coupon.strip())),
        Need("deadline", worded("need.deadline"), "offer.deadline",
             lambda b: bool(b.offer.deadline.strip())),
        Need("stock", worded("need.stock"), "offer.stock", lambda b: bool(b.offer.stock.strip())),
    )
}  # fmt: skip


class UnknownNeedError(ValueError):
    """A template asks for something the studio cannot look for in a brief."""

    def __init__(self, template: str, need: str) -> None:
        super().__init__(
            f"template {template!r} needs {need!r}, which is not a need; known needs: {', '.join(NEEDS)}"
        )
        self.template = template
        self.need = need


def validate(template_id: str, needs: object) -> tuple[str, ...]:
    """A template's declared needs, checked: a list of known need keys (UnknownNeedError otherwise)."""
    if not isinstance(needs, list) or not all(isinstance(n, str) for n in needs):
        raise UnknownNeedError(template_id, repr(needs))
    for need in needs:
        if need not in NEEDS:
            raise UnknownNeedError(template_id, need)
    return tuple(dict.fromkeys(needs))


def label(need: str, lang: str) -> str:
    """A need's name in ``lang``."""
    return NEEDS[need].label.text(lang)


def missing(brief: Brief, needs: tuple[str, ...]) -> list[str]:
    """The needs the brief does not meet, in the template's order."""
    return [n for n in needs if not NEEDS[n].met(brief)]

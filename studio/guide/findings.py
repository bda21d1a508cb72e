"""What the guide reports: findings with a location, localized messages and applicable fixes.

Findings are plain data. Their sentences are built on demand by :meth:`Finding.message`
from the catalogue in :mod:`studio.guide.messages`, so the same finding can be shown in
Chinese and in English.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from studio.guide.messages import render
from studio.guide.text.bilingual import Bilingual as Bilingual
from studio.models import ops
from studio.models.entities import Project
from studio.models.errors import NotFoundError


class Severity(StrEnum):
    """How much a finding matters; errors fail ``studio check``."""

    ERROR = "error"
    WARNING = "warning"
    TIP = "tip"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for tips (for sorting)."""
        return ("error", "warning", "tip").index(self.value)


# Findings are made by the thousand on a long script: their classes fill the instance
# dict in one step instead of a frozen dataclass's generated __init__, which sets each
# field through object.__setattr__ (about twice the cost). They stay frozen and compare,
# hash and print as dataclasses.


@dataclass(frozen=True, init=False)
class Location:
    """Where a finding applies; unused levels are None."""

    script_id: str | None = None
    variant_id: str | None = None
    beat_id: str | None = None
    alt_id: str | None = None
    shot_id: str | None = None
    field: str | None = None
    #: Character span [start, end) inside ``field``'s text.
    span: tuple[int, int] | None = None

    def __init__(
        self,
        script_id: str | None = None,
        variant_id: str | None = None,
        beat_id: str | None = None,
        alt_id: str | None = None,
        shot_id: str | None = None,
        field: str | None = None,
        span: tuple[int, int] | None = None,
    ) -> None:
        self.__dict__.update(
            script_id=script_id,
            variant_id=variant_id,
            beat_id=beat_id,
            alt_id=alt_id,
            shot_id=shot_id,
            field=field,
            span=span,
        )


#: One field edit of a fix: (entity id, field name, new value).
Edit = tuple[str, str, Any]


@dataclass(frozen=True, init=False)
class Fix:
    """A remedy: a suggestion to show, and when possible an edit the UI can apply and undo.

    When ``entity_id`` and ``field`` are set, applying means
    ``ops.set_field(project, project.find(entity_id), field, value)``, followed by each of
    ``more`` (companion edits made in the same undo step, such as the next shot taking the
    words a hook line gives up).
    """

    label: Bilingual
    entity_id: str | None = None
    field: str | None = None
    value: Any = None
    more: tuple[Edit, ...] = ()

    def __init__(
        self,
        label: Bilingual,
        entity_id: str | None = None,
        field: str | None = None,
        value: Any = None,
        more: tuple[Edit, ...] = (),
    ) -> None:
        self.__dict__.update(label=label, entity_id=entity_id, field=field, value=value, more=more)

    @property
    def applicable(self) -> bool:
        """True when the fix is an automatic edit, not just advice."""
        return self.entity_id is not None and self.field is not None

    @property
    def edits(self) -> tuple[Edit, ...]:
        """Every field edit the fix makes, in order (none for advice)."""
        if self.entity_id is None or self.field is None:
            return ()
        return ((self.entity_id, self.field, self.value), *self.more)

    def advice(self) -> Fix:
        """The same words as advice only (no edit)."""
        return Fix(self.label)

    def text(self, lang: str) -> str:
        """The fix's label in ``lang``."""
        return self.label.text(lang)


class Judge(Protocol):
    """Chooses the fix a finding offers, given the script as it is now (see :mod:`studio.guide.rules.vetting`)."""

    def offer(self, finding: Finding, raw: Fix | None) -> Fix | None:
        """The fix to offer for ``finding`` whose rule proposed ``raw``."""
        ...

    def settled(self, finding: Finding) -> bool:
        """Whether :meth:`offer` would answer ``finding`` now without judging it again."""
        ...


_new = object.__new__


@dataclass(frozen=True, init=False)
class Finding:
    """One thing the guide noticed about a script."""

    rule: str
    severity: Severity
    location: Location
    # No class-level defaults (the __init__ gives them): a deferred finding's ``args`` and
    # ``fix`` are found through __getattr__, which a class attribute would shadow.
    args: dict[str, Any]
    fix: Fix | None

    def __init__(
        self,
        rule: str,
        severity: Severity,
        location: Location,
        args: dict[str, Any] | None = None,
        fix: Fix | None = None,
    ) -> None:
        self.__dict__.update(
            rule=rule, severity=severity, location=location, args={} if args is None else args, fix=fix
        )

    @classmethod
    def deferred_at(
        cls,
        rule: str,
        severity: Severity,
        where: tuple[str, str, str, str],
        field: str,
        lazy: tuple[Any, ...],
    ) -> Finding:
        """A finding on field ``field`` of the shot at ``where`` (script, beat, alternative and shot ids)
        whose ``location`` is built the first time it is read, and whose ``args`` and ``fix`` are
        ``make(*data)`` for ``lazy`` = (make, *data), built the first time either is read.

        A long script has a finding on most shots, and a check that nobody reads in full (the
        scope shows one variant, the CLI may print only the counts) need not build each one's
        place, arguments and fix. ``data`` must be plain values taken when the rule ran, never the
        shot itself (it may change later). The finding compares, prints and renders as one built at once.
        """
        finding = _new(cls)
        d = finding.__dict__
        d["rule"] = rule
        d["severity"] = severity
        d["_at"] = where
        d["_field"] = field
        d["_make"] = lazy
        return finding

    def __getattr__(self, name: str) -> Any:
        """``args``, ``fix`` and ``location`` of a :meth:`deferred_at` finding, built on first use; a judged
        finding's fix."""
        if name != "args" and name != "fix":
            if name == "location":
                d = self.__dict__
                at = d.get("_at")
                if at is not None:
                    location = Location(at[0], None, at[1], at[2], at[3], d["_field"], None)
                    self.__dict__["location"] = location
                    return location
            raise AttributeError(name)
        d = self.__dict__
        lazy = d.pop("_make", None)
        if lazy is not None:
            args, fix = lazy[0](*lazy[1:])
            d["args"] = args
            if "_judge" in d:
                d["_raw"] = fix
            else:
                d["fix"] = fix
            if name == "args" or "_judge" not in d:
                return args if name == "args" else fix
        judge = d.get("_judge")
        if name == "fix" and judge is not None:
            # Not kept as ``fix``: what may be offered depends on the rest of the script, which
            # can change while this finding stays cached; the judge keeps its own answer.
            return judge.offer(self, d.get("_raw"))
        raise AttributeError(name)

    def judged_by(self, judge: Judge) -> None:
        """Let ``judge`` choose the fix this finding offers (its rule's fix becomes a proposal)."""
        d = self.__dict__
        if "fix" in d:
            d["_raw"] = d.pop("fix")
        d["_judge"] = judge

    @property
    def fix_settled(self) -> bool:
        """Whether reading ``fix`` now costs no judging: no judge, or the judge's answer still holds.

        After an edit, a long script's judged fixes are judged again when read (a few hundred
        microseconds each); a list of thousands can read the settled ones now and the rest in pieces.
        """
        d = self.__dict__
        judge: Judge | None = d.get("_judge")
        return judge is None or judge.settled(self)

    @property
    def proposed(self) -> Fix | None:
        """The fix the finding's rule proposed, before any judge looked at the script around it."""
        self.args  # noqa: B018 - builds a deferred finding's fix
        d = self.__dict__
        return d["_raw"] if "_judge" in d else d.get("fix")

    def message(self, lang: str = "zh") -> str:
        """The sentence in ``lang`` ('zh' or 'en') with its numbers filled in."""
        return render(self.rule, self.args, lang)

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        """A JSON-ready view of the finding with its message in ``lang``."""
        loc = self.location
        data: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message(lang),
            "script": loc.script_id,
            "variant": loc.variant_id,
            "beat": loc.beat_id,
            "alternative": loc.alt_id,
            "shot": loc.shot_id,
            "field": loc.field,
            "span": list(loc.span) if loc.span else None,
        }
        fix = self.fix
        if fix is not None:
            data["fix"] = {
                "label": fix.text(lang),
                "entity": fix.entity_id,
                "field": fix.field,
                "value": fix.value,
                "applicable": fix.applicable,
            }
            if fix.more:
                data["fix"]["more"] = [{"entity": e, "field": f, "value": v} for e, f, v in fix.more]
        return data


def apply_fix(project: Project, fix: Fix) -> Any:
    """Apply an automatic fix (all its edits) through the model's edit operations; returns the first old value.

    Every target is found and every value checked before anything changes, so a fix whose
    shot is gone changes nothing.
    """
    if not fix.applicable:
        raise ValueError("this fix is advice only")
    planned = []
    for entity_id, name, value in fix.edits:
        entity = project.find(entity_id)
        if entity is None:
            raise NotFoundError("entity", entity_id)
        planned.append((entity, name, ops.coerce(entity, name, value)))
    olds = [ops.set_field(project, entity, name, value) for entity, name, value in planned]
    return olds[0]


def has_errors(findings: list[Finding]) -> bool:
    """True when any finding is an error."""
    return any(f.severity is Severity.ERROR for f in findings)

"""What the guide reports: findings with a location, localized messages and applicable fixes.

Findings are plain data. Their sentences are built on demand by :meth:`Finding.message`
from the catalogue in :mod:`studio.guide.messages`, so the same finding can be shown in
Chinese and in English.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from studio.guide.bilingual import Bilingual as Bilingual
from studio.guide.messages import render
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


@dataclass(frozen=True, init=False)
class Fix:
    """A remedy: a suggestion to show, and when possible an edit the UI can apply and undo.

    When ``entity_id`` and ``field`` are set, applying means
    ``ops.set_field(project, project.find(entity_id), field, value)``.
    """

    label: Bilingual
    entity_id: str | None = None
    field: str | None = None
    value: Any = None

    def __init__(
        self, label: Bilingual, entity_id: str | None = None, field: str | None = None, value: Any = None
    ) -> None:
        self.__dict__.update(label=label, entity_id=entity_id, field=field, value=value)

    @property
    def applicable(self) -> bool:
        """True when the fix is an automatic edit, not just advice."""
        return self.entity_id is not None and self.field is not None

    def text(self, lang: str) -> str:
        """The fix's label in ``lang``."""
        return self.label.text(lang)


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
    def deferred(
        cls,
        rule: str,
        severity: Severity,
        location: Location,
        make: Callable[..., tuple[dict[str, Any], Fix | None]],
        *data: Any,
    ) -> Finding:
        """A finding whose ``args`` and ``fix`` are ``make(*data)``, built the first time either is read.

        A long script has a finding on most shots, and a check that nobody reads in full (the
        scope shows one variant, the CLI may print only the counts) need not build each one's
        arguments and fix. ``data`` must be plain values taken when the rule ran, never the shot
        itself (it may change later). The finding compares, prints and renders as one built at once.
        """
        finding = object.__new__(cls)
        finding.__dict__.update(rule=rule, severity=severity, location=location, _make=(make, data))
        return finding

    def __getattr__(self, name: str) -> Any:
        """``args`` and ``fix`` of a :meth:`deferred` finding, built on first use."""
        lazy = self.__dict__.get("_make") if name in ("args", "fix") else None
        if lazy is None:
            raise AttributeError(name)
        args, fix = lazy[0](*lazy[1])
        self.__dict__.update(args=args, fix=fix)
        self.__dict__.pop("_make", None)
        return args if name == "args" else fix

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
        if self.fix is not None:
            data["fix"] = {
                "label": self.fix.text(lang),
                "entity": self.fix.entity_id,
                "field": self.fix.field,
                "value": self.fix.value,
                "applicable": self.fix.applicable,
            }
        return data


def apply_fix(project: Project, fix: Fix) -> Any:
    """Apply an automatic fix through the model's edit operations; returns the old value."""
    if not fix.applicable:
        raise ValueError("this fix is advice only")
    assert fix.entity_id is not None and fix.field is not None
    entity = project.find(fix.entity_id)
    if entity is None:
        raise NotFoundError("entity", fix.entity_id)
    return ops.set_field(project, entity, fix.field, fix.value)


def has_errors(findings: list[Finding]) -> bool:
    """True when any finding is an error."""
    return any(f.severity is Severity.ERROR for f in findings)

"""The numbers the checks compare against: defaults, then template, preset and project overrides."""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Any

from studio.guide.rules.compliance import lexicon
from studio.guide.rules.statements import ReviewContext, context_key, context_of
from studio.guide.text.lexicon import Lexicon
from studio.models.entities import Project, Script
from studio.models.platforms import DEFAULT_PLATFORM, preset

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Thresholds:
    """Every limit used by the guide; seconds unless the name says otherwise."""

    hook_limit_s: float = 3.0
    cta_limit_s: float = 5.0
    max_shot_s: float = 4.0
    avg_shot_s: float = 2.5
    #: Pause a speaker needs on top of the reading time of a line.
    breath_margin_s: float = 0.2
    min_total_s: float = 15.0
    max_total_s: float = 60.0
    caption_chars_zh: int = 14
    caption_chars_en: int = 32
    #: Speech rates, from the project.
    zh_cps: float = 4.5
    en_wpm: float = 150.0
    #: The compiled compliance lists (ad law, product category, the user's words).
    words: Lexicon = field(default_factory=lexicon, compare=True)
    #: The platform preset's id: the pre-check's diversion lists and exceptions follow it.
    platform: str = DEFAULT_PLATFORM
    #: What the pre-check reads of the project: category, paid post, the brief's offer.
    review: ReviewContext = field(default_factory=ReviewContext)

    @property
    def en_wps(self) -> float:
        """English words per second."""
        return self.en_wpm / 60.0


#: Largest value a setting may take (seconds or characters); beyond it, or NaN, it is ignored.
_MAX_SETTING = 100_000.0

#: Names a project's settings (or a template) may override.
SETTING_NAMES: tuple[str, ...] = tuple(
    f.name for f in fields(Thresholds) if f.name not in ("zh_cps", "en_wpm", "words", "platform", "review")
)


@lru_cache(maxsize=64)
def _template_thresholds(template_id: str) -> tuple[tuple[str, float], ...]:
    from studio.guide.brief.templates import templates

    tpl = templates().get(template_id)
    return tuple(sorted(tpl.thresholds.items())) if tpl else ()


def clear_cache() -> None:
    """Forget the template thresholds read from disk (after templates change)."""
    _template_thresholds.cache_clear()


def _apply(base: Thresholds, overrides: Any) -> Thresholds:
    changes: dict[str, Any] = {}
    for name, value in overrides:
        if name not in SETTING_NAMES or isinstance(value, bool):
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            log.warning("ignoring guide setting %s=%r", name, value)
            continue
        if not math.isfinite(number) or number > _MAX_SETTING or (number <= 0 and name != "breath_margin_s"):
            log.warning("ignoring guide setting %s=%r", name, value)
            continue
        changes[name] = int(number) if name.startswith("caption_chars") else number
    return replace(base, **changes) if changes else base


@lru_cache(maxsize=1)
def _no_words() -> Lexicon:
    return Lexicon(())


def resolve(project: Project, script: Script | None = None, *, words: bool = True) -> Thresholds:
    """Thresholds for a script: defaults < platform preset < template < project settings.

    ``words=False`` leaves the compliance lists empty: a view that only needs the pace or the
    limits (the Write tab's "needs longer" mark) does not compile them, ~0.1 s the first time.
    """
    plat = preset(project.platform)
    result = Thresholds(
        min_total_s=plat.min_seconds,
        max_total_s=plat.max_seconds,
        caption_chars_zh=plat.caption_chars_zh,
        caption_chars_en=plat.caption_chars_en,
        zh_cps=project.zh_cps if project.zh_cps > 0 else 4.5,
        en_wpm=project.en_wpm if project.en_wpm > 0 else 150.0,
        words=(
            lexicon(project.category.value, project.banned_words, project.allowed_words)
            if words
            else _no_words()
        ),
        platform=plat.id,
        review=context_of(project),
    )
    if script is not None and script.template:
        result = _apply(result, _template_thresholds(script.template))
    return _apply(result, project.settings.items())


def key(project: Project, script: Script | None = None) -> tuple[Any, ...]:
    """A cheap value that changes whenever :func:`resolve` could give another answer."""
    settings = tuple(sorted((k, repr(v)) for k, v in project.settings.items()))
    words = (project.category, tuple(sorted(project.banned_words.items())), tuple(project.allowed_words))
    return (
        project.platform,
        project.zh_cps,
        project.en_wpm,
        script.template if script else "",
        settings,
        words,
        context_key(project),
    )

"""Hook formulas and call-to-action lines (resources/libraries/), filtered for the UI."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache

from studio.guide.findings import Bilingual
from studio.paths import RESOURCES

log = logging.getLogger(__name__)

LIBRARY_DIR = RESOURCES / "libraries"
#: Library kind -> file name.
FILES = {"hook": "hooks.json", "cta": "ctas.json"}


@dataclass(frozen=True)
class Entry:
    """One ready-made line with the devices it uses and the product categories it suits."""

    id: str
    kind: str
    lang: str
    text: str
    devices: tuple[str, ...]
    categories: tuple[str, ...]


@dataclass(frozen=True)
class Library:
    """A kind of line (hook or cta) with its entries and the names of its filters."""

    kind: str
    entries: tuple[Entry, ...]
    devices: dict[str, Bilingual]
    categories: dict[str, Bilingual]


def _names(raw: dict[str, dict[str, str]]) -> dict[str, Bilingual]:
    return {key: Bilingual(v.get("zh", key), v.get("en", key)) for key, v in raw.items()}


@lru_cache(maxsize=4)
def library(kind: str) -> Library:
    """The whole library of ``kind`` ('hook' or 'cta'); empty when the file is unreadable."""
    if kind not in FILES:
        raise ValueError(f"unknown library kind {kind!r}")
    path = LIBRARY_DIR / FILES[kind]
    try:
        data = json.loads(path.read_text("utf-8"))
        items = tuple(
            Entry(
                e["id"],
                kind,
                e["lang"],
                e["text"],
                tuple(e.get("devices", ())),
                tuple(e.get("categories", ())),
            )
            for e in data["entries"]
        )
        return Library(kind, items, _names(data.get("devices", {})), _names(data.get("categories", {})))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.error("bad library %s: %s", path, exc)
        return Library(kind, (), {}, {})


def entries(
    kind: str, lang: str | None = None, device: str | None = None, category: str | None = None
) -> list[Entry]:
    """Entries of a library, narrowed by language, device and category (None: any).

    Category 'general' lines suit every category, so they are kept for any category asked.
    """
    found = []
    for entry in library(kind).entries:
        if lang is not None and entry.lang != lang:
            continue
        if device is not None and device not in entry.devices:
            continue
        if category is not None and category not in entry.categories and "general" not in entry.categories:
            continue
        found.append(entry)
    return found


def devices(kind: str) -> dict[str, Bilingual]:
    """The devices a library is tagged with, with their names."""
    return library(kind).devices


def categories(kind: str) -> dict[str, Bilingual]:
    """The product categories a library is tagged with, with their names."""
    return library(kind).categories

"""Where bundled resources live: package data inside ``studio``, found the same way from a source
checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

RESOURCES = Path(str(files("studio").joinpath("resources")))

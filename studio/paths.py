"""Where bundled resources live: the design card's top-level resources/, shipped as the package's data.

An installed wheel and a frozen bundle carry it inside the package as ``studio/resources`` (setup.py maps
the folder there); a source checkout has it beside ``studio/``. Both are found from the package itself,
so the same lookup serves all three.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_PACKAGE = Path(str(files("studio")))
#: resources/ inside the installed or frozen package, else the checkout's, beside the package.
RESOURCES = next(
    (p for p in (_PACKAGE / "resources", _PACKAGE.parent / "resources") if p.is_dir()), _PACKAGE / "resources"
)

"""The lower layers never import Qt."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHECK = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    import studio
    names = []
    for pkg in ("studio.models", "studio.store", "studio.guide", "studio.exports", "studio.imports", "studio.media",
                "studio.results", "studio.samples", "studio.cli"):
        try:
            mod = importlib.import_module(pkg)
        except ModuleNotFoundError as exc:
            if exc.name == pkg:
                continue
            raise
        names.append(pkg)
        for info in pkgutil.walk_packages(getattr(mod, "__path__", []), pkg + "."):
            importlib.import_module(info.name)
            names.append(info.name)
    assert "PySide6" not in sys.modules, [m for m in sys.modules if m.startswith("PySide6")]
    print(len(names))
    """
)


def test_lower_layers_import_no_qt() -> None:
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) >= 20


def test_models_import_no_io_libraries() -> None:
    code = (
        "import sys, importlib, pkgutil, studio.models as m\n"
        "[importlib.import_module(i.name) for i in pkgutil.walk_packages(m.__path__, 'studio.models.')]\n"
        "bad = [x for x in ('sqlite3', 'PIL', 'docx', 'openpyxl', 'PySide6') if x in sys.modules]\n"
        "assert not bad, bad\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr


def test_media_does_not_import_the_store() -> None:
    code = (
        "import sys, importlib, pkgutil, studio.media as m\n"
        "[importlib.import_module(i.name) for i in pkgutil.walk_packages(m.__path__, 'studio.media.')]\n"
        "bad = [x for x in sys.modules if x.startswith('studio.store')]\n"
        "assert not bad, bad\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr

"""Shared fixtures: the sample project (built once per session) and Qt set to run offscreen."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

#: Qt's offscreen screen is 800x800 by default; the window fits itself to its screen, so the tests run
#: on a 1920x1080 desktop's (tests of laptop screens start their own process with theirs). Tests that
#: start the app in a process of its own give it this too.
OFFSCREEN_DESKTOP = f"offscreen:configfile={Path(__file__).parent / 'data' / 'screens' / 'desktop.json'}"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = OFFSCREEN_DESKTOP
os.environ.setdefault("STUDIO_LANG", "en")


@pytest.fixture(scope="session")
def _sample_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from studio.samples import write_sample

    folder = tmp_path_factory.mktemp("samples")
    files = {}
    for lang in ("zh", "en"):
        path = folder / f"serum_{lang}.studio"
        write_sample(path, lang)
        files[lang] = path
    return files


@pytest.fixture
def sample_path(_sample_files: dict[str, Path], tmp_path: Path) -> Path:
    """A private copy of the Chinese sample project file."""
    target = tmp_path / "serum_zh.studio"
    shutil.copy2(_sample_files["zh"], target)
    return target


@pytest.fixture
def sample_path_en(_sample_files: dict[str, Path], tmp_path: Path) -> Path:
    """A private copy of the English sample project file."""
    target = tmp_path / "serum_en.studio"
    shutil.copy2(_sample_files["en"], target)
    return target


@pytest.fixture
def sample_file(sample_path: Path):
    """The Chinese sample, open for editing; closed after the test."""
    from studio.store.document import ProjectFile

    pf = ProjectFile.open(sample_path)
    yield pf
    pf.close()

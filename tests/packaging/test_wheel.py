"""The wheel carries everything: built, installed into a fresh virtual environment, used from elsewhere.

The checkout is never on the path of what runs here: the commands start in a temporary folder with
their own HOME, so templates, word lists, translations and the sample must come out of the wheel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document

ROOT = Path(__file__).resolve().parents[2]


def _run(
    cmd: list[str], cwd: Path, env: dict[str, str], timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from the checkout, as a user's ``pip install .`` builds it."""
    dist = tmp_path_factory.mktemp("dist")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(ROOT)], dist, env
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (found,) = dist.glob("studio-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """(the venv's bin folder, a work folder outside the checkout, the environment to run in)."""
    base = tmp_path_factory.mktemp("venv")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    # The venv without its own pip, which this interpreter's pip installs into (--python): making the venv's
    # pip cost 3.9 CPU s. No byte-compiling of the 2,557 modules installed (7.5 CPU s): Python compiles what
    # the commands below import as they import it.
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(base / "venv")], base, env)
    assert made.returncode == 0, made.stderr
    bindir = base / "venv" / ("Scripts" if os.name == "nt" else "bin")
    done = _run([sys.executable, "-m", "pip", "--python", str(bindir / "python"), "install", "-q", "--no-compile",
                 "--disable-pip-version-check", str(wheel)], base, env)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    work = base / "work"
    (work / "home").mkdir(parents=True)
    env.update(HOME=str(work / "home"), XDG_CONFIG_HOME=str(work / "home" / ".config"),
               XDG_DATA_HOME=str(work / "home" / ".local" / "share"), STUDIO_LANG="en")  # fmt: skip
    return bindir, work, env


def test_the_wheel_holds_the_resources(wheel: Path) -> None:
    """Every file of the checkout's top-level resources/ (templates, lists, icons, .qm, sample) is in the wheel
    as the package's data, studio/resources/, and nothing lands beside the package."""
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = ROOT / "resources"
    expected = {f"studio/{p.relative_to(ROOT).as_posix()}" for p in resources.rglob("*") if p.is_file()}
    assert len(expected) > 20, "no resources found in the checkout"
    assert expected <= names, sorted(expected - names)[:10]
    assert {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")} == {"studio"}


def test_installed_package_is_imported_from_the_venv(installed: tuple[Path, Path, dict[str, str]]) -> None:
    bindir, work, env = installed
    out = _run([str(bindir / "python"), "-c", "import studio.paths as p; print(p.RESOURCES)"], work, env)
    assert out.returncode == 0, out.stderr
    resources = Path(out.stdout.strip())
    assert str(resources).startswith(str(bindir.parent)), resources
    assert (resources / "i18n" / "studio_zh_CN.qm").is_file()
    # the wording catalogue's parts are data files too: the CLI's sentences come from there
    said = _run([str(bindir / "python"), "-c", "from studio.wording import say_in; print(say_in('zh', 'label.creators'))"],
                work, env)  # fmt: skip
    assert said.returncode == 0 and said.stdout.strip() == "达人", said.stdout + said.stderr


def test_sample_check_and_export_from_the_installed_command(
    installed: tuple[Path, Path, dict[str, str]],
) -> None:
    bindir, work, env = installed
    studio = str(bindir / "studio")
    made = _run([studio, "sample", "s.studio", "--lang", "zh"], work, env)
    assert made.returncode == 0, made.stderr
    checked = _run([studio, "check", "s.studio", "--all"], work, env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "0 error(s), 0 warning(s)" in checked.stdout
    (work / "out").mkdir()
    exported = _run([studio, "export", "s.studio", "--format", "docx", "-o", "out/board.docx"], work, env)
    assert exported.returncode == 0, exported.stderr
    doc = Document(str(work / "out" / "board.docx"))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    # The Chinese sample's storyboard: its product and a voice-over line came out of the wheel's sample.
    assert any("精华" in t for t in [p.text for p in doc.paragraphs] + cells)


def test_window_starts_offscreen_from_the_installed_entry_point(
    installed: tuple[Path, Path, dict[str, str]],
) -> None:
    bindir, work, env = installed
    if not (work / "w.studio").exists():
        assert _run([str(bindir / "studio"), "sample", "w.studio"], work, env).returncode == 0
    run_env = {**env, "QT_QPA_PLATFORM": "offscreen", "STUDIO_QUIT_AFTER_SHOW": "1"}
    started = _run([str(bindir / "studio-app"), "w.studio"], work, run_env, timeout=120)
    assert started.returncode == 0, started.stderr[-2000:]
    stamps = [line.split()[0] for line in started.stdout.splitlines() if line.strip()]
    assert stamps == ["shown", "usable", "settled", "ready"], started.stdout

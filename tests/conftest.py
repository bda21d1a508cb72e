"""Shared fixtures: the sample project (built once per session), Qt set to run offscreen, the in-process
CLI runner, Hypothesis's profiles, and an exit that does not depend on how PySide frees its widgets."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import settings

from tests.cli_runner import run_cli

# CI runs the same examples every time (a failure there is reproducible, never a new draw); a developer's
# run explores. CI=true (set by every CI service) picks the fixed one; HYPOTHESIS_PROFILE overrides.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev")
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") == "true" else "dev")
)

#: Qt's offscreen screen is 800x800 by default; the window fits itself to its screen, so the tests run
#: on a 1920x1080 desktop's (tests of laptop screens start their own process with theirs). Tests that
#: start the app in a process of its own give it this too.
OFFSCREEN_DESKTOP = f"offscreen:configfile={Path(__file__).parent / 'data' / 'screens' / 'desktop.json'}"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = OFFSCREEN_DESKTOP
os.environ.setdefault("STUDIO_LANG", "en")


def _remember_sample_frames() -> None:
    """Draw the sample's frames once per process, not once per sample: the frames were 1.7 s of CPU in
    every ``sample_project``/``write_sample`` call (about a hundred in the fast tier) and are the same
    pictures every time, given the same shots, platform, size and language.

    Only the pictures are remembered: each call still builds a new project (new ids, today's dates) and
    gets its own Frame records and blob dicts. A test that swaps one of the drawing functions (to watch
    what is drawn) gets the real drawing.

    Under pytest-xdist the workers of one run share them too (a file per drawing in the run's common
    temporary folder, drawn by the first worker that asks while the others wait for it): each worker drew
    both samples' frames itself, ~3.5 s of CPU per worker at its start, beside mypy in CI.
    """
    import dataclasses

    from studio import samples

    real = samples._draw_frames
    drawers = (samples.placeholder, samples.png_bytes, samples.import_image)
    drawn: dict[tuple[object, ...], tuple[list[tuple[str, object]], dict[str, dict[str, bytes]]]] = {}

    def draw_frames(project, script, edge, lang):
        shots = list(script.iter_shots())
        if (samples.placeholder, samples.png_bytes, samples.import_image) != drawers:
            return real(project, script, edge, lang)
        key = (project.platform, edge, lang,
               tuple((b.kind, s.code, s.shot_size, s.camera_move, s.duration) for b, _a, s in shots))  # fmt: skip
        if key not in drawn:

            def draw():
                blobs = real(project, script, edge, lang)
                frames = [(s.frame, dataclasses.replace(project.frames[s.frame])) for _b, _a, s in shots]
                return frames, blobs

            drawn[key] = _shared_between_workers(key, draw)
        frames, blobs = drawn[key]
        for (_b, _a, shot), (digest, frame) in zip(shots, frames, strict=True):
            project.frames[digest] = dataclasses.replace(frame)
            shot.frame = digest
        return {digest: dict(kinds) for digest, kinds in blobs.items()}

    samples._draw_frames = draw_frames


T = TypeVar("T")

#: The run's temporary folder that every pytest-xdist worker of it shares (set in a worker only).
_run_folder: list[Path] = []


def pytest_configure(config: pytest.Config) -> None:
    """In a pytest-xdist worker, remember the run's common temporary folder: the controller gives each
    worker a base temporary folder of its own inside it (``.../pytest-N/popen-gwK``)."""
    basetemp = getattr(config.option, "basetemp", None)
    if hasattr(config, "workerinput") and basetemp:
        _run_folder[:] = [Path(basetemp).parent]


def _shared_between_workers(key: object, make: Callable[[], T]) -> T:
    """``make()``'s result, made once per run for all pytest-xdist workers: the first worker that asks makes
    it and leaves it pickled in the run's folder, holding a lock meanwhile; the others wait and read it.
    Outside xdist (or without POSIX locks) it is simply made."""
    try:
        import fcntl
    except ImportError:
        return make()
    if not _run_folder:
        return make()
    import hashlib
    import pickle

    name = hashlib.sha256(repr(key).encode()).hexdigest()[:24]
    folder = _run_folder[0] / "shared-drawings"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.pickle"
    with open(folder / f"{name}.lock", "a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if path.exists():
                shared: T = pickle.loads(path.read_bytes())
                return shared
            made = make()
            part = path.with_suffix(".part")
            part.write_bytes(pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(part, path)
            return made
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


_remember_sample_frames()


#: No pytest-qt wait gives up sooner than this. Each waits on a condition (a paint, a background check, focus)
#: and returns as soon as it holds; only a test that fails anyway waits longer. pytest-qt's 5 s default and the
#: tests' own 2-5 s were what a loaded machine (CI beside two busy loops, another worker) could exceed.
QT_WAIT_FLOOR_MS = 60_000


def _patient_qt_waits() -> None:
    """Raise every pytest-qt wait's timeout to at least QT_WAIT_FLOOR_MS (default or given)."""
    import functools

    from pytestqt.qtbot import QtBot

    for name in ("waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitActive", "waitExposed"):
        real = getattr(QtBot, name)

        @functools.wraps(real)
        def patient(self, *args, _real=real, timeout: int = QT_WAIT_FLOOR_MS, **kwargs):  # type: ignore[no-untyped-def]
            if isinstance(timeout, int) and 0 < timeout < QT_WAIT_FLOOR_MS:
                timeout = QT_WAIT_FLOOR_MS
            return _real(self, *args, timeout=timeout, **kwargs)

        setattr(QtBot, name, patient)


_patient_qt_waits()


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


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL server for the whole session (Unix socket only, stopped and removed at the
    end, even on failure); the test is skipped with the reason when no server can run here."""
    from tests import pg_server as pg

    reason = pg.unavailable_reason()
    if reason and os.environ.get("STUDIO_TEST_PG") == "required":
        pytest.fail(f"STUDIO_TEST_PG=required but {reason}")
    if reason:
        pytest.skip(reason)
    with pg.pg_server() as server:
        yield server


@pytest.fixture
def cli():
    """Run ``studio ARGS`` in this process: ``cli("info", path, lang="zh")`` -> returncode, stdout, stderr."""
    return run_cli


#: Files whose tests kill, crash or build something whole: run after the fast tier (``-m slow``).
SLOW_FILES = {
    "tests/store/test_crash.py",  # a writer killed at each step of a save
    "tests/store/test_kill.py",  # the window's process killed mid-edit
    "tests/exports/test_killed_parts.py",  # exports killed mid-write
    "tests/packaging/test_bundle.py",  # the desktop bundle, built
    "tests/packaging/test_wheel.py",  # the wheel, built and installed
}


#: Files that share a costly session fixture, by the fixture: under pytest-xdist they run in one worker, so
#: it is made once, not once per worker.
SHARED_FIXTURE = {
    # the standard test video, encoded and torn down (tests/teardown/conftest.py)
    "tests/teardown/test_shots.py": "standard_teardown",
    "tests/teardown/test_words_sound.py": "standard_teardown",
}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the slow tier: the files above, every property test (Hypothesis draws its examples) and every
    test that prints through LibreOffice (``libreoffice``: a soffice start is seconds of wall time each).

    Under pytest-xdist with ``--dist loadgroup`` each file is one group, kept in one
    worker so its module fixtures are made once; the files in SHARED_FIXTURE are grouped by the fixture.
    """
    root = Path(__file__).resolve().parent.parent
    grouped = bool(config.getoption("loadgroup", False))  # set in xdist's workers under --dist loadgroup
    for item in items:
        where = Path(str(item.fspath)).resolve().relative_to(root).as_posix()
        prop = getattr(getattr(item, "obj", None), "is_hypothesis_test", False)
        if where in SLOW_FILES or prop or item.get_closest_marker("libreoffice"):
            item.add_marker(pytest.mark.slow)
        if grouped:
            item.add_marker(pytest.mark.xdist_group(SHARED_FIXTURE.get(where, where)))


_exit_status: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Remember the run's exit status for :func:`pytest_unconfigure`."""
    _exit_status.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave as soon as the report is out when Qt was used: the interpreter's teardown frees PySide's
    widgets in whatever order its collector picks and sometimes crashes doing so, turning a green run
    into exit 139 (seen on main with every test passed)."""
    if (
        "PySide6.QtWidgets" in sys.modules
        and _exit_status
        and not os.environ.get("STUDIO_TEST_FULL_TEARDOWN")
    ):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status[-1])

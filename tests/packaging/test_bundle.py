"""The desktop bundle: built by scripts/build_app.sh as CI and the release workflow build it, started
offscreen from outside the checkout, and registered with the desktop for .studio files (Linux)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the workflow builds other systems"),
    # PyInstaller's build alone took 16 minutes beside another test worker at load 10-22; the build's own
    # subprocess limit (25 minutes) decides, not the suite's 15-minute guard for one test.
    pytest.mark.timeout(2400),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built one-folder bundle (dist/Studio)."""
    dist = tmp_path_factory.mktemp("dist")
    # The fastest gzip level: the archive holds the same bundle (the release keeps gzip's default level).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"STUDIO_ARCHIVE_LEVEL": "1"}
    done = subprocess.run(["bash", str(ROOT / "scripts" / "build_app.sh"), str(dist)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=1500, check=False)  # fmt: skip
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    assert "build_app: built" in done.stdout
    assert (dist / f"Studio-linux-{os.uname().machine}.tar.gz").is_file()
    return dist / "Studio"


def test_bundle_carries_its_resources(bundle: Path) -> None:
    found = list(bundle.rglob("studio_zh_CN.qm")) + list(bundle.rglob("pain_solution_cta.json"))
    found += list(bundle.rglob("studio/resources/wording/labels.json"))  # the wording catalogue is data
    assert len(found) == 3, found
    assert os.access(bundle / "Studio", os.X_OK)
    # What imports alone would not bring: PDFium for printing, jieba's dictionary, FFmpeg for the
    # animatic, and the timeline adapters' manifests that OpenTimelineIO finds by entry point.
    assert list(bundle.rglob("libpdfium*")), "no PDFium library"
    assert list(bundle.rglob("jieba/dict.txt")), "no jieba dictionary"
    assert list(bundle.rglob("libavcodec*")), "no FFmpeg codec library"
    assert len(list(bundle.rglob("otio_*adapter*/plugin_manifest.json"))) == 3
    assert list(bundle.rglob("rapidocr_onnxruntime/models/ch_PP-OCRv4_rec_infer.onnx")), "no OCR models"


def test_bundle_opens_a_project_given_as_argument_offscreen(bundle: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    made = subprocess.run([sys.executable, "-m", "studio", "sample", str(tmp_path / "mine.studio")], cwd=ROOT,
                          env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120,
                          check=False)  # fmt: skip
    assert made.returncode == 0, made.stderr
    run_env = {**env, "QT_QPA_PLATFORM": "offscreen", "STUDIO_QUIT_AFTER_SHOW": "1", "HOME": str(tmp_path)}
    # Moved away from where it was built, as a user unpacks it anywhere.
    moved = tmp_path / "apps" / "Studio"
    shutil.copytree(bundle, moved, symlinks=True)
    started = subprocess.run([str(moved / "Studio"), "mine.studio"], cwd=tmp_path, env=run_env,
                             capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert started.returncode == 0, started.stderr[-2000:]
    assert [line.split()[0] for line in started.stdout.splitlines()] == [
        "shown",
        "usable",
        "settled",
        "ready",
    ]


def test_desktop_entry_and_mime_type_are_registered(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    done = subprocess.run(["bash", str(bundle / "install-desktop-entry.sh")], env=env, capture_output=True,
                          text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    desktop = data / "applications" / "studio.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(desktop, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert "application/x-studio-project" in section["MimeType"].split(";")
    exe = section["Exec"].split('"')[1]
    assert Path(exe) == bundle / "Studio" and section["Exec"].endswith("%f")
    assert (data / "icons" / "hicolor" / "512x512" / "apps" / "studio.png").is_file()
    if shutil.which("desktop-file-validate"):
        valid = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
        )
        assert valid.returncode == 0 and not valid.stdout.strip(), valid.stdout
    if shutil.which("update-mime-database"):
        # shared-mime-info compiled our XML: *.studio now maps to the project type.
        globs = (data / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-studio-project:*.studio" in globs

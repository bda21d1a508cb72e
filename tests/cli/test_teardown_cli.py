"""``studio teardown``: a new project, JSON, into an existing project, and one-line refusals of bad input."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from studio.store.document import ProjectFile
from studio.teardown.project import reference_of
from tests.cli_runner import run_cli
from tests.teardown.synth import ShotSpec, VideoSpec, write_video

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def small_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shots = [ShotSpec(2.0, "你是不是也总是皮肤干燥", "限时秒杀"), ShotSpec(1.6, "试了很多面霜都没用"),
             ShotSpec(2.0, "点击下方链接马上下单", enter="dissolve")]  # fmt: skip
    return write_video(VideoSpec(shots, width=240, height=426), tmp_path_factory.mktemp("v") / "small.mp4")


def test_a_new_project_with_the_reference_script_its_frames_and_profile(
    small_video: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ref.studio"
    result = run_cli("teardown", str(small_video), "-o", str(out), lang="zh")
    assert result.returncode == 0, result.stderr
    assert "3 个镜头" in result.stdout and "已写入" in result.stdout
    assert "解码并查找剪辑点" in result.stderr  # step progress on stderr
    with ProjectFile.open(out, readonly=True) as pf:
        script = pf.project.scripts[0]
        shots = [s for _, _, s in script.iter_shots()]
        assert [s.duration_ds for s in shots] == [20, 16, 20]
        assert all(s.frame and pf.frame_bytes(s.frame, "thumb") for s in shots)
        assert "非我方内容" in script.concept
        summary = reference_of(pf.project, script)
        assert summary is not None and summary["source"] == "small.mp4"
        assert next(b.kind.value for b in script.beats) == "hook"
        assert shots[-1].voiceover.startswith("点击")
    # the guide runs on it like on any script
    check = run_cli("check", str(out))
    assert check.returncode in (0, 1) and "秒杀" in check.stdout


def test_json_on_stdout_progress_on_stderr(small_video: Path) -> None:
    result = run_cli("teardown", str(small_video), "--json", "--no-ocr")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["version"] == 1 and len(data["shots"]) == 3
    first = data["shots"][0]
    assert first["start"] == 0 and first["end_frame"] == 50 and abs(first["duration"] - 2.0) < 1e-6
    assert data["profile"]["shot_count"] == 3 and data["sound"]["tempo"] is not None


def test_into_an_existing_project_and_start_a_script_from_its_structure(
    small_video: Path, sample_path: Path
) -> None:
    before = len(ProjectFile.open(sample_path, readonly=True).project.scripts)
    result = run_cli("teardown", str(small_video), "--into", str(sample_path), "--no-ocr")
    assert result.returncode == 0, result.stderr
    from studio.models.entities import Script
    from studio.teardown.project import start_from

    with ProjectFile.open(sample_path) as pf:
        project = pf.project
        assert len(project.scripts) == before + 1
        ref: Script = project.scripts[-1]
        assert reference_of(project, ref) is not None
        own = start_from(project, ref)
        ref_shots = [s for _, _, s in ref.iter_shots()]
        own_shots = [s for _, _, s in own.iter_shots()]
        assert [s.duration_ds for s in own_shots] == [s.duration_ds for s in ref_shots]
        assert [b.kind for b in own.beats] == [b.kind for b in ref.beats]
        assert all(not s.voiceover and not s.onscreen_text and s.frame is None for s in own_shots)
        assert reference_of(project, own) is None
    with ProjectFile.open(sample_path, readonly=True) as pf:
        assert len(pf.project.scripts) == before + 2


def _audio_only(path: Path) -> Path:
    with av.open(str(path), "w") as c:
        s = c.add_stream("aac", rate=22050, layout="mono")
        for k in range(0, 22050 * 2, 1024):
            f = av.AudioFrame.from_ndarray(np.zeros((1, 1024), np.float32), format="flt", layout="mono")
            f.sample_rate, f.pts, f.time_base = 22050, k, Fraction(1, 22050)
            for p in s.encode(f):
                c.mux(p)
        for p in s.encode():
            c.mux(p)
    return path


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_bad_input_gets_one_line_and_leaves_no_file(tmp_path: Path, small_video: Path, lang: str) -> None:
    out = tmp_path / "x.studio"
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(small_video.read_bytes()[:2000])
    cases = {
        "missing": tmp_path / "nope.mp4",
        "text": tmp_path / "notes.mp4",
        "audio": _audio_only(tmp_path / "sound.m4a"),
        "broken": broken,
    }
    cases["text"].write_text("not a video")
    for name, path in cases.items():
        result = run_cli("teardown", str(path), "-o", str(out), lang=lang)
        assert result.returncode == 1, (name, result.stdout, result.stderr)
        lines = [ln for ln in result.stderr.splitlines() if ln.strip() and "%" not in ln and "：0" not in ln]
        assert len(lines) == 1, (name, result.stderr)
        assert "Traceback" not in result.stderr and not out.exists()
    assert run_cli("teardown", str(small_video), lang=lang).returncode == 2  # nowhere to put it
    out.write_text("keep me")
    exists = run_cli("teardown", str(small_video), "-o", str(out), lang=lang)
    assert exists.returncode == 2 and out.read_text() == "keep me"

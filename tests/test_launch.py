"""The launcher's command line: ``main.py [FILE]``, with argparse's usage and errors for anything else."""

from __future__ import annotations

import pytest

from studio.launch import file_argument


def test_no_argument_opens_the_sample_and_one_names_the_file() -> None:
    assert file_argument([]) is None
    assert file_argument(["直播脚本 v2.studio"]) == "直播脚本 v2.studio"


def test_help_and_mistakes_are_explained_by_argparse(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as shown:
        file_argument(["--help"])
    assert shown.value.code == 0 and "a .studio project to open" in capsys.readouterr().out
    with pytest.raises(SystemExit) as refused:
        file_argument(["one.studio", "two.studio"])
    assert refused.value.code == 2 and "unrecognized arguments: two.studio" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        file_argument(["--open", "x.studio"])
    assert file_argument(["--", "-odd name.studio"]) == "-odd name.studio"

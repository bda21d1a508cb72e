"""The launcher's command line: ``main.py [FILE]``, with argparse's usage and errors for anything else."""

from __future__ import annotations

from pathlib import Path

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


def test_ready_is_stamped_once_rows_are_on_screen_and_the_guide_is_filled(tmp_path: Path) -> None:
    """STUDIO_QUIT_AFTER_SHOW's last stamp, "ready", means the user can work (what bench_startup times)."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    probe = (
        "import sys\n"
        "from studio import launch\n"
        "real = launch._rows_on_screen\n"
        "def seen(window):\n"
        "    ok = real(window)\n"
        "    if ok:\n"
        "        view = window.current_view()\n"
        "        rows = sum(1 for c in view.cards for r in c.rows.built().values() if r.isVisible())\n"
        "        print('rows', rows, 'findings', window.guide.list.count(), 'checked', window.guide.checked, flush=True)\n"
        "    return ok\n"
        "launch._rows_on_screen = seen\n"
        "sys.exit(launch.main([]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STUDIO_QUIT_AFTER_SHOW="1", STUDIO_LANG="en",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "cfg"), XDG_DATA_HOME=str(tmp_path / "data"),
               PYTHONPATH=str(root))  # fmt: skip
    out = subprocess.run([sys.executable, "-c", probe], env=env, cwd=root, capture_output=True, text=True,
                         timeout=120, check=True)  # fmt: skip
    lines = out.stdout.split("\n")
    stamps = [line.split()[0] for line in lines if line.split() and line.split()[0] != "rows"]
    assert stamps == ["shown", "usable", "settled", "ready"], out.stdout
    rows = next(line.split() for line in lines if line.startswith("rows"))
    assert (
        int(rows[1]) > 0 and rows[5] == "True"
    )  # the sample checks clean: its list is empty, its summary says so

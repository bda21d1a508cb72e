"""``studio variants`` and ``studio load`` keep the model's rules: one line naming both names, nothing written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from studio.cli import main
from studio.store.document import ProjectFile


def run(capsys: pytest.CaptureFixture[str], *args: str, lang: str = "en") -> tuple[int, str, str]:
    code = main(["--ui-lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample(_sample_files: dict[str, Path], tmp_path: Path) -> Path:
    """What ``studio sample s.studio --lang zh`` writes (built once a session; tests/cli/test_project_cli runs it)."""
    path = tmp_path / "s.studio"
    shutil.copy2(_sample_files["zh"], path)
    return path


def _names(path: Path) -> list[str]:
    with ProjectFile.open(path, readonly=True) as pf:
        return [v.name for v in pf.project.scripts[0].variants]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_load_of_json_with_two_variants_of_one_name_is_refused_in_one_line(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    dumped = tmp_path / "p.json"
    code, out, _ = run(capsys, "dump", str(sample))
    assert code == 0
    data = json.loads(out)
    first = data["scripts"][0]["variants"][0]["name"]
    data["scripts"][0]["variants"][1]["name"] = f" {first.upper()} "
    dumped.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    target = tmp_path / "loaded.studio"
    code, out, err = run(capsys, "load", str(dumped), "-o", str(target), lang=lang)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"“{first}”" in err and f"“ {first.upper()} ”" in err
    assert ("rename one" in err) if lang == "en" else ("改名" in err)
    assert not target.exists()


def test_rename_reaches_the_file_and_a_taken_name_is_refused(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = _names(sample)
    code, out, err = run(capsys, "variants", str(sample), "rename", names[1], "新钩子", lang="zh")
    assert code == 0 and "新钩子" in out, err
    assert _names(sample)[1] == "新钩子"
    code, out, err = run(capsys, "variants", str(sample), "rename", "新钩子", f"  {names[0]}")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert f"“{names[0]}”" in err and "rename one" in err
    assert _names(sample)[1] == "新钩子"
    code, out, err = run(capsys, "variants", str(sample), "rename", "nope", "x")
    assert code == 2 and "nope" in err and names[0] in err


def test_list_marks_the_base(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "variants", str(sample))
    assert code == 0 and out.splitlines()[0].startswith("★ ") and len(out.splitlines()) == len(_names(sample))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_creators_compared_follow_a_rename_made_on_the_command_line(
    sample: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    names = _names(sample)
    with ProjectFile.open(sample, readonly=True) as pf:
        hook = pf.project.scripts[0].variants[1]
        mine = [t.name for t in pf.project.creators if t.variant == hook.id]
        kept = dict(pf.project.results)
    assert mine, "the sample gives the second variant to creators"
    assert run(capsys, "variants", str(sample), "rename", names[1], "低价钩子", lang=lang)[0] == 0
    code, out, err = run(capsys, "results", str(sample), "--by", "creator", "--json", lang=lang)
    assert code == 0, err
    data = json.loads(out)
    groups = {g["variant"]: g for g in data["variants"]}
    assert names[1] not in groups and sorted(
        groups["低价钩子"]["creators"] + groups["低价钩子"]["pending"]
    ) == sorted(mine)
    assert {c["name"]: c["variant"] for c in data["creators"] if c["name"] in mine} == dict.fromkeys(
        mine, "低价钩子"
    )
    code, out, _ = run(capsys, "results", str(sample), "--by", "creator", lang=lang)
    assert "低价钩子" in out and names[1] not in out
    with ProjectFile.open(sample, readonly=True) as pf:
        # results are held by the variant's id too: a rename keeps them
        assert pf.project.results.keys() == kept.keys() and hook.id in pf.project.results

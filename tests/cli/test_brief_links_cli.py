"""``studio brief --link``: a selling point answers a pain picked by id or exact text, never retyped."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from studio.cli import main
from studio.guide.rules.briefrules import needles
from studio.models import ops
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


def _brief(path: Path):
    with ProjectFile.open(path, readonly=True) as pf:
        return pf.project.brief


def test_link_by_text_or_id_reaches_the_file(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    b = _brief(sample)
    (dark_id, dark), (cakey_id, cakey) = b.pain_links()[:2]
    code, out, err = run(capsys, "brief", str(sample), "--link", "烟酰胺", cakey, lang="zh")
    assert code == 0 and f"“烟酰胺”回应“{cakey}”" in out, err
    assert next(sp for sp in _brief(sample).selling_points if sp.point == "烟酰胺").answers == cakey_id
    code, out, err = run(capsys, "brief", str(sample), "--link", "1", dark_id)
    assert code == 0 and f"answers “{dark}”" in out, err
    assert _brief(sample).key_point().answers == dark_id
    code, out, _ = run(capsys, "brief", str(sample), "--link", "1", "-")
    assert code == 0 and _brief(sample).key_point().answers == ""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_unknown_point_or_pain_is_one_line_with_the_choices(
    sample: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    before = _brief(sample)
    code, out, err = run(capsys, "brief", str(sample), "--link", "烟酰胺", "熬夜脸", lang=lang)
    assert out == ""
    assert code == 2 and len(err.strip().splitlines()) == 1 and "暗沉" in err and before.pain_ids[0] in err
    code, _, err = run(capsys, "brief", str(sample), "--link", "没有这个", "暗沉", lang=lang)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "烟酰胺" in err
    assert _brief(sample) == before


def test_rewording_a_pain_keeps_its_links_and_the_guide_follows_them(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "brief", str(sample), "--json")
    data = json.loads(out)
    linked = [sp["point"] for sp in data["selling_points"] if sp["answers"] == data["pain_ids"][0]]
    assert linked, "the sample answers its first pain"
    # the writer rewords the pain in their own words (a paraphrase of what the selling points answer)
    data["pains"][0] = "熬夜后脸色发黄发暗"
    source = tmp_path / "brief.json"
    source.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert run(capsys, "brief", str(sample), "--set", str(source))[0] == 0
    b = _brief(sample)
    assert b.pains[0] == "熬夜后脸色发黄发暗" and [sp.point for sp in b.answering(0)] == linked
    # the "answers this pain" rule reads the link: no "link a selling point" advice for a linked pain
    found = needles(b)
    assert found is not None
    advice = found.pains[0].fix.label.text("en")
    assert advice.startswith("Add a proof shot that answers “熬夜后脸色发黄发暗”"), advice
    code, out, _ = run(capsys, "brief", str(sample))
    assert code == 0 and "answers 熬夜后脸色发黄发暗" in out


def test_for_persona_by_id_name_or_rank_reaches_the_file(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    b = _brief(sample)
    persona = b.personas[0]
    assert persona.id  # every persona holds a stable id
    code, out, err = run(capsys, "brief", str(sample), "--for", "烟酰胺", persona.name, lang="zh")
    assert code == 0 and f"“烟酰胺”面向“{persona.name}”" in out, err
    point = next(sp for sp in _brief(sample).selling_points if sp.point == "烟酰胺")
    assert point.for_persona == persona.id
    code, out, err = run(capsys, "brief", str(sample), "--for", "2", "1")
    assert code == 0 and f"is for “{persona.name}”" in out, err
    assert _brief(sample).ranked_points()[1].for_persona == persona.id
    # the brief lists the ids --for takes, and each point's persona
    code, out, _ = run(capsys, "brief", str(sample))
    assert f"1. {persona.id}  {persona.name}" in out and f"for {persona.name}" in out
    # renaming the persona keeps the link (the file holds its id)
    renamed = dataclasses.replace(persona, name="夜猫子")
    with ProjectFile.open(sample) as pf:
        p = pf.project
        ops.set_field(p, p, "brief", dataclasses.replace(p.brief, personas=[renamed, *p.brief.personas[1:]]))
    code, out, _ = run(capsys, "brief", str(sample), "--for", "烟酰胺", persona.id)
    assert code == 0 and "“夜猫子”" in out
    code, out, _ = run(capsys, "brief", str(sample), "--for", "烟酰胺", "-")
    assert code == 0 and "is for no persona" in out
    assert next(sp for sp in _brief(sample).selling_points if sp.point == "烟酰胺").for_persona == ""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_unknown_persona_is_one_line_with_the_choices(
    sample: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    before = _brief(sample)
    code, out, err = run(capsys, "brief", str(sample), "--for", "烟酰胺", "没有这群人", lang=lang)
    assert out == "" and code == 2 and len(err.strip().splitlines()) == 1
    assert before.personas[0].id in err and before.personas[0].name in err
    assert ("人群" in err) is (lang == "zh") and ("persona" in err) is (lang == "en")
    assert _brief(sample) == before

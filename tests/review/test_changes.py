"""What changed since a round: field diffs, shots added, removed and moved, the comments each answers."""

from __future__ import annotations

from pathlib import Path

import docx

from studio.models import ops
from studio.models import review as rv
from studio.models.entities import Shot
from studio.models.serial import project_from_dict, project_to_dict
from studio.review.changes_doc import compare
from studio.samples import sample_project


def test_compare_names_added_removed_moved_and_answers() -> None:
    now, _ = sample_project("zh")
    sent = project_from_dict(project_to_dict(now), "sent")
    script = now.scripts[0]
    alt = script.beats[2].alternatives[0]  # a beat with several shots
    first, second, *_ = alt.shots
    gone = script.beats[1].alternatives[0].shots[0]
    ops.set_field(now, first, "voiceover", first.voiceover + "（改）")
    ops.move_shot(now, second, alt, 0)
    ops.remove_shot(now, gone)
    ops.insert_shot(now, alt, len(alt.shots), Shot(voiceover="新镜头"))
    round_ = rv.ReviewRound(number=1)
    review, _ = rv.merge(rv.add_round(rv.Review(), round_), [rv.ReviewComment(shot=first.id, text="口播加点信息")], [],
                         [], 1)  # fmt: skip
    changes = compare(sent, now, review, round_)
    by_id = {c.shot_id: c for c in changes.changed}
    assert by_id[first.id].fields == {"voiceover": (first.voiceover.removesuffix("（改）"), first.voiceover)}
    assert [c.text for c in by_id[first.id].comments] == ["口播加点信息"]
    assert by_id[second.id].moved and not by_id[second.id].fields
    assert changes.removed == [gone.code]
    assert changes.added == [alt.shots[-1].code]


def test_nothing_changed_says_so(tmp_path: Path) -> None:
    from studio.samples import write_sample
    from tests.cli_runner import run_cli

    project = tmp_path / "p.studio"
    write_sample(project, "en")
    sent = run_cli("review", "send", str(project), "-o", str(tmp_path / "new" / "folder"), "--only", "xlsx")
    assert sent.returncode == 0 and "sent to the client" in sent.stdout
    assert next((tmp_path / "new" / "folder").glob("*.xlsx")).is_file()
    not_folder = run_cli("review", "send", str(project), "-o", str(project))
    assert not_folder.returncode == 2 and "not a folder" in not_folder.stderr
    out = tmp_path / "c.docx"
    assert run_cli("review", "changes", str(project), "--since", "Round 1", "-o", str(out)).returncode == 0
    text = [p.text for p in docx.Document(str(out)).paragraphs]
    assert text[0].startswith("Changes since Round 1 sent to client") and "Nothing changed." in text
    bad = run_cli("review", "changes", str(project), "--since", "Round 7", "-o", str(out))
    assert bad.returncode == 2 and "no round" in bad.stderr
    wrong = run_cli("review", "changes", str(project), "--since", "1", "-o", str(tmp_path / "c.txt"))
    assert wrong.returncode == 2 and ".docx or a .pdf" in wrong.stderr

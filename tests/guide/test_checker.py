"""The incremental checker agrees with a fresh check after every kind of edit; samples are clean."""

from __future__ import annotations

import pytest

from studio.guide.checker import Checker, check_project
from studio.guide.findings import Severity
from studio.models import ops
from studio.models.entities import Shot
from studio.models.enums import BeatKind
from studio.samples import sample_project
from tests.guide.helpers import clean_project, shots


def _summary(findings):
    return sorted(
        (f.rule, f.location.shot_id or "", f.location.variant_id or "", repr(f.args)) for f in findings
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_samples_have_no_error(lang):
    project, _ = sample_project(lang, frame_edge=64)
    found = check_project(project)
    assert [f for f in found if f.severity is Severity.ERROR] == []
    for f in found:  # every message renders in both languages without placeholders left
        assert "{" not in f.message("zh") and "{" not in f.message("en")


def test_incremental_matches_full_after_edits():
    p = clean_project()
    checker = Checker(p)
    checker.attach()
    assert checker.check() == []
    shot = shots(p, BeatKind.SOLUTION)[0]
    ops.set_field(p, shot, "voiceover", "最好的精华，试试这瓶烟酰胺精华吧")
    after_edit = checker.check()
    assert _summary(after_edit) == _summary(check_project(p))
    assert {"adlaw.absolute", "vo.too_long"} <= {f.rule for f in after_edit}
    # a structural edit, then a settings edit, then undoing the text
    ops.insert_shot(p, shot and p.scripts[0].beats[2].alternatives[0], 0, Shot(duration_ds=60))
    assert _summary(checker.check()) == _summary(check_project(p))
    ops.set_field(p, p, "settings", {"max_shot_s": 7})
    assert _summary(checker.check()) == _summary(check_project(p))
    ops.set_field(p, shot, "voiceover", "试试这瓶精华")
    assert _summary(checker.check()) == _summary(check_project(p))
    checker.detach()
    assert checker.on_change not in p.listeners


def test_edit_reuses_cached_results_of_other_shots(monkeypatch):
    from studio.guide import checker as mod

    p = clean_project()
    checker = Checker(p)
    checker.attach()
    checker.check()
    calls = []
    real = mod.check_shot
    monkeypatch.setattr(mod, "check_shot", lambda *a: calls.append(a[3].id) or real(*a))
    shot = shots(p, BeatKind.PAIN)[0]
    ops.set_field(p, shot, "voiceover", "天天熬夜")
    checker.check()
    assert calls == [shot.id]
    checker.invalidate()
    checker.check()
    assert calls == [shot.id]  # a full pass with nothing changed re-checks no shot


def test_check_by_variant_limits_shot_findings():
    project, _ = sample_project("zh", frame_edge=64)
    script = project.scripts[0]
    price = script.variant("价格钩子")
    hook_b = script.beats[0].alternatives[1].shots[0]
    ops.set_field(project, hook_b, "voiceover", "全网最低价？")
    base_findings = check_project(project, script, script.base_variant)
    price_findings = check_project(project, script.id, "价格钩子")
    assert not any(f.location.shot_id == hook_b.id for f in base_findings)
    assert any(f.location.shot_id == hook_b.id and f.rule == "adlaw.urgency" for f in price_findings)
    assert all(f.location.variant_id in (None, price.id) for f in price_findings)

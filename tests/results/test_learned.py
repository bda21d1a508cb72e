"""Lines that won go back into the hook and CTA libraries, ranked by evidence."""

from __future__ import annotations

from studio.models.entities import VariantResult
from studio.results.learned import describe, learned_lines


def test_the_winning_hook_comes_first_with_its_numbers() -> None:
    from studio.samples import sample_project

    project, _ = sample_project("zh", frame_edge=120)
    hooks = learned_lines(project, "hook")
    assert [line.outcome for line in hooks] == ["won", "even"]
    assert hooks[0].text.startswith("99元两瓶") and hooks[0].variants == ("价格钩子",)
    assert hooks[0].view_3s.value == 30340 / 41000
    assert "来自投放结果（胜出）：3秒播放率 74.0%" in describe(hooks[0], "zh")
    ctas = learned_lines(project, "cta")
    assert len(ctas) == 2 and all(line.outcome == "even" for line in ctas)
    # Ranked by how sure the key rate is high: the testimonial's conversion interval starts higher.
    assert ctas[0].key.low > ctas[1].key.low


def test_a_line_that_lost_goes_last_and_no_results_means_no_lines() -> None:
    from studio.samples import sample_project

    project, _ = sample_project("en", frame_edge=120)
    script = project.scripts[0]
    price = script.variants[1]
    project.results[price.id] = VariantResult(price.id, 48000, 41000, 20000, 6000, 1300, 80, 2400.0)
    hooks = learned_lines(project, "hook")
    assert [line.outcome for line in hooks] == ["even", "lost"]
    assert "From results (lost)" in describe(hooks[-1], "en")
    project.results.clear()
    assert learned_lines(project, "hook") == []

"""Any project's Write view offers the team library's lines, ranked by evidence, with the evidence as tips."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.workspace import open_workspace
from studio.workspace.facts import LibraryEntry


@pytest.fixture
def team_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    import studio.ui.team_library as tl

    url = f"sqlite:///{tmp_path / 'ws.sqlite3'}"
    monkeypatch.setenv("STUDIO_WORKSPACE_URL", url)
    monkeypatch.setattr(tl, "_shared", None)
    backend = open_workspace(url)
    entries = [
        LibraryEntry("a1", "win_line", "只要九块九，大牌同款带回家", beat_kind="hook", metric="view_3s_rate", value=0.41,
                     lo=0.38, hi=0.44, videos=57, author="小林", project_id="p-other", project_title="燕麦片 第3条",
                     created="2026-11-02T10:00:00Z"),
        LibraryEntry("a2", "win_line", "三秒告诉你为什么它不油", beat_kind="hook", value=0.36, lo=0.30, hi=0.42, videos=9,
                     project_id="p-other2", project_title="防晒霜", created="2026-11-03T10:00:00Z"),
        LibraryEntry("a3", "lose_line", "大家好今天给大家介绍", beat_kind="hook", value=0.2, lo=0.18, hi=0.22, videos=12,
                     project_id="p-other2", created="2026-11-03T10:00:00Z"),
        LibraryEntry("a4", "win_line", "退役的台词", beat_kind="hook", value=0.5, lo=0.45, hi=0.55, videos=30,
                     project_id="p-other2", created="2026-11-03T10:00:00Z"),
    ]  # fmt: skip
    for e in entries:
        backend.add_library(e)
    backend.retire("a4", "小林", "品牌换了口径")
    backend.close()
    return url


def test_write_view_offers_team_lines_ranked_by_evidence(qtbot, zh_doc, team_db: str) -> None:
    from studio.models.enums import BeatKind
    from studio.ui.team_library import shared
    from studio.ui.views.write import WriteView

    view = WriteView(zh_doc)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    hook = next(b for b in zh_doc.script.beats if b.kind is BeatKind.HOOK)
    shared().entries()  # starts the background load
    qtbot.waitUntil(lambda: shared().entries() is not None, timeout=10_000)
    groups = dict(view.library_entries(hook))
    team = (
        groups["团队素材库（证据最充分的在前）"]
        if "团队素材库（证据最充分的在前）" in groups
        else groups["Team library (best evidence first)"]
    )
    assert [text for _id, text in team] == ["只要九块九，大牌同款带回家", "三秒告诉你为什么它不油"]
    menu = view.library_menu(view.card_for(hook))
    replace = menu.actions()[0].menu()
    group = next(a for a in replace.actions() if a.text().startswith(("Team library", "团队素材库")))
    action = group.menu().actions()[0]
    assert "57" in action.toolTip() and "燕麦片 第3条" in action.toolTip()
    action.trigger()
    card = view.card_for(hook)
    assert any("只要九块九" in s.voiceover for s in card.alt.shots)

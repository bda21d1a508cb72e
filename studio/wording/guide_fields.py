"""Wording of ``studio/guide/messages.py``: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "field.voiceover": ("口播", "voice-over"),
    "field.onscreen_text": ("字幕", "caption"),
    "field.visual": ("画面", "visual"),
    "field.sound": ("音乐音效", "sound"),
    "field.props": ("道具", "props"),
    "field.location": ("场景", "location"),
    "field.talent": ("演员", "talent"),
    "field.duration_ds": ("时长", "duration"),
    "field.tags": ("标签", "tags"),
    "field.frame": ("画面图片", "picture"),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "field.notes": "talents.f.notes",
}

"""A short text in Chinese and English: the guide's message arguments and fix labels."""

from __future__ import annotations

from dataclasses import dataclass


# Made by the thousand with findings: the instance dict is filled in one step (see findings.py).
@dataclass(frozen=True, init=False)
class Bilingual:
    """A short text in Chinese and English, for message arguments that need translating."""

    zh: str
    en: str

    def __init__(self, zh: str, en: str) -> None:
        self.__dict__.update(zh=zh, en=en)

    def text(self, lang: str) -> str:
        """The text in ``lang``."""
        return self.zh if lang == "zh" else self.en

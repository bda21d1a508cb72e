"""A short text in Chinese and English: the guide's message arguments and fix labels."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from studio.wording import pair


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


@cache
def worded(key: str) -> Bilingual:
    """The catalogue's entry ``key`` as a :class:`Bilingual`: one object per key (tables compare by identity)."""
    return Bilingual(*pair(key))

"""What an animatic could not show as asked, shot by shot, in Chinese and English.

The animatic is a check of the cut, so it says where it differs from it: a voice-over clip
longer than its shot (cut at the shot's end), a shot without its clip, a picture smaller than
the video (enlarged, so soft), no sound attached (a silent track was written). The CLI prints
these lines and the export dialog shows them; the file is written either way.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.wording import say_in


@dataclass(frozen=True)
class AnimaticNote:
    """One thing the animatic shows differently from the cut; ``kind`` keys the wording."""

    kind: str
    variant: str
    shot: str = ""
    clip: float = 0.0
    shot_s: float = 0.0
    width: int = 0
    height: int = 0
    out_w: int = 0
    out_h: int = 0

    def text(self, lang: str) -> str:
        """The note as one line in ``lang`` ('zh' or 'en')."""
        return say_in(lang, f"animatic.{self.kind}", **self.__dict__)

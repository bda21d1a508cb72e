"""What an animatic could not show as asked, shot by shot, in Chinese and English.

The animatic is a check of the cut, so it says where it differs from it: a voice-over clip
longer than its shot (cut at the shot's end), a shot without its clip, a picture smaller than
the video (enlarged, so soft), no sound attached (a silent track was written). The CLI prints
these lines and the export dialog shows them; the file is written either way.
"""

from __future__ import annotations

from dataclasses import dataclass

_WORDS = {
    "clip_long": (
        "{variant} · {shot}: the voice-over clip lasts {clip:.1f} s, the shot {shot_s:.1f} s; it is cut at the shot's end",
        "{variant} · {shot}：口播片段长 {clip:.1f} 秒，镜头只有 {shot_s:.1f} 秒，超出部分被截掉",
    ),
    "clip_missing": (
        "{variant} · {shot}: no voice-over clip named {shot} in the folder; the shot is silent",
        "{variant} · {shot}：文件夹中没有名为 {shot} 的口播片段，该镜头无声",
    ),
    "small_picture": (
        "{variant} · {shot}: the picture is {width}×{height}, smaller than the video's {out_w}×{out_h}; it is enlarged and looks soft",
        "{variant} · {shot}：画面只有 {width}×{height}，小于视频的 {out_w}×{out_h}，放大后会模糊",
    ),
    "silent": (
        "{variant}: no sound attached; the animatic has a silent audio track",
        "{variant}：未附加声音，动态分镜带一条静音音轨",
    ),
}


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
        en, zh = _WORDS[self.kind]
        return (zh if lang == "zh" else en).format(**self.__dict__)

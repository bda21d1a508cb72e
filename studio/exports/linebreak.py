"""One line breaker for every renderer of our own (PDF, pictures, MP4 captions, SRT, creator brief).

Chinese may break between any two characters except where punctuation forbids it (避头尾, as in
GB/T 15834 and the W3C "Requirements for Chinese Text Layout" (CLREQ) §3.1.7): closing marks
(，。、；：？！）」』”’》 …) never start a line and opening marks (（「『“‘《) never end one; a
closing mark that would overflow takes the character before it to the next line ("push out"),
so lines never overhang the width. Latin words, numbers and a number's unit ("30ml", "99元",
"1.2万", "¥9.9") are never split; a URL breaks only after its slashes (and ? & = #). Only a
single word wider than the whole line is cut, character by character, since nothing else fits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

#: Marks that never start a line (CLREQ's "line-start prohibition" list plus Latin closers).
NO_LINE_START = frozenset("，。、；：？！）」』”’》〉】〕〗｝］…‥—～·・,.;:?!)]}%‰℃°»›/")
#: Marks that never end a line.
NO_LINE_END = frozenset("（「『“‘《〈【〔〖｛［([{«‹¥￥$£€#@")
#: Dashes and ellipses are two-em marks that are never split between lines (CLREQ §3.1.7).
_PAIRED = frozenset("—…‥")

_URL = r"(?:https?://|www\.)[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+"
#: A web address in running text (what the breaker keeps whole but for its slashes).
URL = re.compile(_URL)
#: A number with its unit: 30ml, 3.5kg, 1.2万, 99元, 10:30, 1,000; a unit of letters may follow a space.
_NUMBER = (
    r"[¥￥$£€]?\d[\d.,:/%]*(?:[A-Za-z]+|\s?(?:ml|mL|kg|g|mg|mm|cm|m|km|s|ms|min|h|fps|px|K|k)\b|[%‰℃°])?"
)
_CJK_UNIT = "元块角分秒个件只瓶支盒包袋片天周月年日号时岁倍折次步层米克斤升度万亿千百十"
_TOKEN = re.compile(
    rf"(?P<url>{_URL})"
    rf"|(?P<num>{_NUMBER}[{_CJK_UNIT}]{{0,2}})"
    r"|(?P<word>[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9'’\-_.&+]*)"
    r"|(?P<space>[ \t\u3000]+)"
    r"|(?P<char>.)",
    re.DOTALL,
)
_URL_BREAK = re.compile(r"(?<=[/?&=#])(?!/)")

Measure = Callable[[str], float]


def _url_parts(url: str) -> list[str]:
    """A URL cut after each slash (and ? & = #): the places a reader expects it to continue."""
    return [part for part in _URL_BREAK.split(url) if part]


def segments(text: str) -> list[str]:
    """The paragraph as unbreakable pieces; a line may break between any two (trailing spaces kept)."""
    out: list[str] = []
    glue_next = False
    for m in _TOKEN.finditer(text):
        kind, piece = m.lastgroup, m.group()
        if kind == "space":
            if out:
                out[-1] += " "
            continue
        parts = _url_parts(piece) if kind == "url" else [piece]
        for i, part in enumerate(parts):
            first = part[0]
            join = bool(out) and (
                glue_next
                or (i == 0 and first in NO_LINE_START)
                or (i == 0 and first in _PAIRED and out[-1].rstrip()[-1:] == first)
            )
            if join:
                out[-1] += part
            else:
                out.append(part)
            glue_next = part.rstrip()[-1:] in NO_LINE_END
    return out


def _hard_split(piece: str, measure: Measure, width: float) -> list[str]:
    """A piece wider than a line cut at the last character that fits (never leaving a closing mark to start)."""
    lines: list[str] = []
    line = ""
    for ch in piece:
        if line and measure(line + ch) > width and ch not in NO_LINE_START:
            lines.append(line)
            line = ch
        else:
            line += ch
    return [*lines, line]


def break_lines(text: str, measure: Measure, width: float) -> list[str]:
    """``text`` as lines no wider than ``width`` by ``measure`` (hard line breaks kept, empty lines kept)."""
    lines: list[str] = []
    for para in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = ""
        for piece in segments(para):
            if not line or measure((line + piece).rstrip()) <= width:
                line += piece
                if measure(line.rstrip()) <= width:
                    continue
                # A lone piece wider than the line: cut it, keep its tail to go on with.
                *done, line = _hard_split(line.rstrip(), measure, width)
                lines.extend(done)
                line += piece[len(piece.rstrip()) :]
                continue
            lines.append(line.rstrip())
            line = piece
            if measure(line.rstrip()) > width:
                *done, line = _hard_split(line.rstrip(), measure, width)
                lines.extend(done)
                line += piece[len(piece.rstrip()) :]
        lines.append(line.rstrip())
    return lines


def is_wide(ch: str) -> bool:
    """True for a character that takes a full em (Chinese, full-width punctuation)."""
    return unicodedata.east_asian_width(ch) in "WF"


def caption_width(text: str) -> float:
    """Width in caption units: a Latin character is 1, a Chinese one 42/16 (16 Chinese = 42 Latin a line)."""
    return sum(CAPTION_WIDE if is_wide(ch) else 1.0 for ch in text)


#: Platforms' caption lines: about 16 Chinese characters or 42 Latin ones.
CAPTION_LINE = 42.0
CAPTION_WIDE = 42 / 16


def broken_rules(lines: list[str]) -> list[str]:
    """What a set of lines does wrong (for tests and checks): closing marks first, opening marks last."""
    found = []
    for line in lines:
        if line[:1] in NO_LINE_START:
            found.append(f"starts with {line[:1]!r}: {line!r}")
        if line.rstrip()[-1:] in NO_LINE_END:
            found.append(f"ends with {line.rstrip()[-1:]!r}: {line!r}")
    return found

"""Human-readable shot codes (H-A-02) and alternative labels (A, B ... Z, AA)."""

from __future__ import annotations

import re

from studio.models.entities import Alternative, Beat, Script
from studio.models.enums import BEAT_PREFIX, BeatKind

_CODE = re.compile(r"^(?P<prefix>.+)-(?P<label>[A-Z]+)-(?P<num>\d+)$")


def beat_prefix(script: Script, beat: Beat) -> str:
    """Code prefix of a beat: its kind's letters, numbered when the kind repeats."""
    if beat.kind is BeatKind.CUSTOM:
        letters = [c for c in beat.name.upper() if "A" <= c <= "Z"]
        base = letters[0] if letters else BEAT_PREFIX[BeatKind.CUSTOM]
        same = [b for b in script.beats if b.kind is BeatKind.CUSTOM and _custom_letter(b) == base]
    else:
        base = BEAT_PREFIX[beat.kind]
        same = [b for b in script.beats if b.kind is beat.kind]
    if len(same) <= 1 or beat not in same:
        return base
    ordinal = same.index(beat) + 1
    return base if ordinal == 1 else f"{base}{ordinal}"


def _custom_letter(beat: Beat) -> str:
    letters = [c for c in beat.name.upper() if "A" <= c <= "Z"]
    return letters[0] if letters else BEAT_PREFIX[BeatKind.CUSTOM]


def next_code(script: Script, beat: Beat, alt: Alternative) -> str:
    """The next unused code for a new shot in ``alt``; codes are never reused in a script."""
    stem = f"{beat_prefix(script, beat)}-{alt.label}"
    used = {shot.code for _, _, shot in script.iter_shots()}
    highest = 0
    for code in used:
        match = _CODE.match(code)
        if match and f"{match['prefix']}-{match['label']}" == stem:
            highest = max(highest, int(match["num"]))
    number = highest + 1
    while f"{stem}-{number:02d}" in used:
        number += 1
    return f"{stem}-{number:02d}"


def label_for(index: int) -> str:
    """Spreadsheet-style label: 0 -> A, 25 -> Z, 26 -> AA."""
    label = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        label = chr(ord("A") + rem) + label
    return label


def next_label(beat: Beat) -> str:
    """The first label not yet used by an alternative of ``beat``."""
    used = {alt.label for alt in beat.alternatives}
    i = 0
    while label_for(i) in used:
        i += 1
    return label_for(i)

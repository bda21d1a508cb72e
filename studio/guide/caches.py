"""Every cache the guide keeps between checks, emptied on demand (benchmarks and tests start cold with these).

Two kinds: small memos (labels, numbers, character widths, word edges, brief folding) and per-text
results (word-list hits, pre-check, offer, marks, speech, cues, shots' pre-checks, the readings' folded characters,
the brief's folded texts),
which a process builds up as it checks the same words again. A new cache the guide keeps across checks belongs in one of the lists.
"""

from __future__ import annotations


def clear_memos() -> None:
    """Empty the guide's small memo caches."""
    from studio.guide import messages
    from studio.guide.text import folding, segment, textscan

    for cached in (messages.number, messages._cached_label, textscan.char_width, segment.word_starts,
                   folding.norm):  # fmt: skip
        cached.cache_clear()


def clear_texts() -> None:
    """Empty the guide's per-text caches: what a process has before it ever checked these words."""
    from studio.guide.rules import briefcover, precheck, shotrules, statements
    from studio.guide.text import canonical, textscan

    for cached in (precheck._scan, statements.marks, textscan.speech_units,
                   textscan.has_directive, textscan.hook_devices, canonical._fold):  # fmt: skip
        cached.cache_clear()
    shotrules._SHOT_SCANS.clear()
    shotrules._SHOT_HITS.clear()
    statements.clear_offer_reads()
    briefcover.clear_folded()


def clear_all() -> None:
    """Empty every cache the guide keeps between checks."""
    clear_memos()
    clear_texts()

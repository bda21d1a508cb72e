"""Scores for the teardown tests and the benchmark: F1 of boundaries and character error rate."""

from __future__ import annotations


def f1(found: list[float], truth: list[float], tolerance: float) -> float:
    """F1 of found times against true ones, each truth matched at most once within ``tolerance`` seconds."""
    if not found and not truth:
        return 1.0
    left = sorted(truth)
    hits = 0
    for t in sorted(found):
        match = next((x for x in left if abs(x - t) <= tolerance + 1e-9), None)
        if match is not None:
            left.remove(match)
            hits += 1
    precision = hits / len(found) if found else 0.0
    recall = hits / len(truth) if truth else 0.0
    return 0.0 if hits == 0 else 2 * precision * recall / (precision + recall)


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def cer(read: str, truth: str) -> float:
    """Character error rate of ``read`` against ``truth``, spaces ignored (the recogniser drops them in English)."""
    r, t = "".join(read.split()), "".join(truth.split())
    return _distance(r, t) / max(1, len(t))

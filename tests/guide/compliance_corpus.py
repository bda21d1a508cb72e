"""Measures the compliance check on material nobody here wrote (tests/data/adlaw/).

Three figures: how many terms of public ad-law lists are caught, how much ordinary product
copy gets an error that a reviewer would not give, and how many offered fixes would cut
into a neighbouring word. Used by the corpus tests and by benchmarks/measure_compliance.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.guide.rules.compliance import lexicon
from studio.guide.text import segment
from studio.guide.text.lexicon import REMOVE, REPLACE

DATA = Path(__file__).resolve().parents[1] / "data" / "adlaw"
#: The two lists the studio's own lists were checked against, and one held out from that work.
BUILT_FROM = ("list_greasyfork_491758.txt", "list_hc360.txt")
HELD_OUT = "list_vox_reviewer_heldout.txt"
#: The lists write placeholders for names and numbers; a real ad fills them in.
PLACEHOLDERS = {
    "XX领导人": "卫生部领导人",
    "XX机关": "卫生机关",
    "XX网": "天猫网",
    "全国X大": "全国十大",
    "就XX": "就变丑",
}
#: Each term is tried alone and inside running text.
CARRIERS = ("新品：{}！", "这款精华{}，现在下单")


def lines(name: str) -> list[str]:
    """The non-comment lines of a data file."""
    text = (DATA / name).read_text("utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def filled(term: str) -> str:
    """A list term with its placeholders filled in."""
    for mark, value in PLACEHOLDERS.items():
        term = term.replace(mark, value)
    return term


@dataclass
class Coverage:
    """Terms of one list caught (as an error or a warning) in every carrier sentence."""

    name: str
    total: int
    missed: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Share of the list caught, 0-1."""
        return 1 - len(self.missed) / self.total


def coverage(name: str) -> Coverage:
    """How much of a public list the check catches."""
    scan = lexicon().scan
    terms = lines(name)
    result = Coverage(name, len(terms))
    for term in terms:
        if not all(scan(carrier.format(filled(term))) for carrier in CARRIERS):
            result.missed.append(term)
    return result


@dataclass
class CopyErrors:
    """Ordinary product copy: descriptions with an error, and those whose error no reviewer would give."""

    total: int
    with_error: int
    judged_breach: int
    false_error: list[tuple[int, str]] = field(default_factory=list)

    @property
    def false_rate(self) -> float:
        """False errors over the descriptions that hold no judged breach, 0-1."""
        clean = self.total - self.judged_breach
        return len({i for i, _ in self.false_error}) / clean if clean else 0.0


def copy_errors() -> CopyErrors:
    """Errors on the product descriptions, each checked against the hand judgement file."""
    judged = {(int(a), b) for a, b, *_ in (ln.split("\t") for ln in lines("product_copy_breaches.tsv"))}
    breach_lines = {i for i, _ in judged}
    copy = lines("product_copy_advertisegen.txt")
    scan = lexicon().scan
    result = CopyErrors(len(copy), 0, len(breach_lines))
    for i, text in enumerate(copy):
        errors = [h for h in scan(text) if h.severity == "error"]
        if errors:
            result.with_error += 1
        # An error no one judged a breach counts against the check.
        result.false_error += [(i, h.text) for h in errors if (i, h.text) not in judged]
    return result


def plain_word_edges(text: str, tokenizer: Any) -> set[int]:
    """Word edges from jieba's own dictionary, without the check's terms added."""
    edges, pos = {0}, 0
    for word in tokenizer.cut(text, HMM=False):
        pos += len(word)
        edges.add(pos)
    return edges


def neighbour_cuts() -> tuple[int, list[str]]:
    """(applicable fixes, fixes whose span ends inside a word) over the copy and every list term."""
    plain = segment.plain_tokenizer()
    texts = lines("product_copy_advertisegen.txt")
    for name in (*BUILT_FROM, HELD_OUT):
        texts += [CARRIERS[1].format(filled(t)) for t in lines(name)]
    fixes, bad = 0, []
    for text in texts:
        hits = [h for h in lexicon().scan(text) if h.fix_kind in (REPLACE, REMOVE)]
        if not hits:
            continue
        edges = plain_word_edges(text, plain)
        for h in hits:
            fixes += 1
            if h.start not in edges or h.end not in edges:
                bad.append(text[max(0, h.start - 6) : h.end + 6])
    return fixes, bad

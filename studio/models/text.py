"""Text hygiene shared by every layer that accepts user text."""

from __future__ import annotations

import re

#: CJK ideographs: the unified block, extension A, the compatibility block and plane 2 (extensions B-F).
CJK_IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Characters XML 1.0 (and so docx/xlsx) cannot carry: C0 controls but tab, LF, CR.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(value: str) -> str:
    """Replace lone surrogates (unencodable in UTF-8) with U+FFFD; keep everything else."""
    if _SURROGATE.search(value):
        return _SURROGATE.sub("\ufffd", value)
    return value


def xml_safe(value: str) -> str:
    """Drop characters that XML-based formats reject, keeping tabs and newlines."""
    return _XML_ILLEGAL.sub("", value)


def has_cjk(text: str) -> bool:
    """True when the text contains a Chinese (CJK ideograph) character."""
    return CJK_IDEOGRAPH.search(text) is not None


# Controls that have no place in a one-line field: C0 and C1 controls, and the bidi embeddings,
# overrides and isolates that make text read in another order than it is stored.
_LINE_HOSTILE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+")


def one_line(value: str) -> str:
    """A one-line field's text: line breaks and tabs made spaces, controls and bidi overrides dropped."""
    return _LINE_HOSTILE.sub("", _LINE_BREAKS.sub(" ", clean_text(value))).strip()

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

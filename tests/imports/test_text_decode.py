"""Text files decoded the ways people save them: UTF-8, GB18030, UTF-16 with its mark; binary refused."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from studio.imports.text_decode import decode_text
from studio.imports.wordlist_import import WordListError, read_word_list

TEXT = "达人昵称\t平台\n小鹿\t抖音\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        TEXT.encode("utf-8-sig"),
        TEXT.encode("gb18030"),
        TEXT.encode("utf-16"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    ],
)
def test_text_in_every_saved_encoding_is_read(data: bytes) -> None:
    assert decode_text(data) == TEXT


def test_binary_and_broken_utf16_are_not_text() -> None:
    assert decode_text(b"PK\x03\x04\x00\x00binary") is None
    assert (
        decode_text(codecs.BOM_UTF16_LE + "达人".encode("utf-16-le") + b"\x00\xd8") is None
    )  # lone surrogate
    assert decode_text(b"\xff\xfe\xff") is None  # odd length


def test_a_word_list_saved_as_unicode_text_is_read(tmp_path: Path) -> None:
    """A word list was refused as binary when Excel saved it as "Unicode Text" (UTF-16)."""
    path = tmp_path / "词表.txt"
    path.write_bytes("最好\t很好\n第一\t领先\n".encode("utf-16"))
    words = read_word_list(path)
    assert words.get("最好") == "很好" and words.get("第一") == "领先"
    path.write_bytes(b"\x00\x01\x02" * 50)
    with pytest.raises(WordListError):
        read_word_list(path)

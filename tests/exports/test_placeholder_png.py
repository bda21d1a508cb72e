"""Placeholder stills spliced from their ground's rows are the very pictures a whole encoding gives."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from studio.exports import stills
from studio.exports.stills import Stills, adler32_combine
from studio.models.entities import Project
from studio.models.timeline import cut


@given(st.binary(max_size=3000), st.binary(max_size=3000))
def test_adler32_of_two_parts_combines_into_that_of_the_whole(first: bytes, second: bytes) -> None:
    assert adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second)) == zlib.adler32(
        first + second
    )


def test_adler32_combines_past_the_modulus() -> None:
    first, second = os.urandom(70_000), b"\xff" * 200_000
    assert adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second)) == zlib.adler32(
        first + second
    )


def _idat_pixels(data: bytes) -> bytes:
    """The PNG's pixel stream, inflated by zlib itself (which checks the stream's Adler-32)."""
    at, idat = 8, b""
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length : at + 12 + length])
        assert crc == zlib.crc32(kind + body)
        if kind == b"IDAT":
            idat += body
        at += 12 + length
    return zlib.decompress(idat)


@pytest.fixture
def project() -> Project:
    from benchmarks.make_big_project import build

    built, _ = build(60, 0)
    return built


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_spliced_placeholders_match_whole_ones(
    project: Project, tmp_path: Path, monkeypatch, lang: str
) -> None:
    script = project.scripts[0]
    script.beats[0].alternatives[0].shots[0].code = "Ågjpq-长镜头-ÿ"  # letters that rise and fall further
    every = [t for v in script.variants for t in cut(script, v)]
    spliced = Stills(project, None, tmp_path / "spliced", lang)
    spliced.cache.mkdir()
    spliced.prepare(every)
    assert spliced._rows  # the spliced path was taken
    monkeypatch.setattr(stills._GroundRows, "png", lambda self, *a: None)  # every one encoded whole
    whole = Stills(project, None, tmp_path / "whole", lang)
    whole.cache.mkdir()
    whole.prepare(every)
    assert spliced._placeholders.keys() == whole._placeholders.keys()
    for key, path in spliced._placeholders.items():
        data = path.read_bytes()
        _idat_pixels(data)  # a valid stream: lengths, CRCs and Adler-32 all right
        with Image.open(path) as a, Image.open(whole._placeholders[key]) as b:
            assert a.size == b.size
            assert a.convert("RGB").tobytes() == b.convert("RGB").tobytes(), key

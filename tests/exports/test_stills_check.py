"""The pack's "is this stored frame already a still?" check reads a PNG's header and chunks, never its pixels."""

from __future__ import annotations

import io
import zlib

import pytest
from PIL import Image, PngImagePlugin

from studio.media.images import is_plain_png


def _png(mode: str = "RGB", orientation: int | None = None) -> bytes:
    image = Image.new(mode, (64, 96), "#3a7")
    out = io.BytesIO()
    if orientation is None:
        image.save(out, "PNG")
    else:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, "PNG", exif=exif)
    return out.getvalue()


def _chunks(data: bytes) -> list[bytes]:
    out, pos = [], 8
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        out.append(data[pos : pos + 12 + length])
        pos += 12 + length
    return out


def _kind(chunk: bytes) -> bytes:
    return chunk[4:8]


def _exif_after_pixels(orientation: int) -> bytes:
    """A PNG whose eXIf chunk comes after its pixels (legal, and only found by reading to the end)."""
    data = _png(orientation=orientation)
    chunks = _chunks(data)
    exif = next(c for c in chunks if _kind(c) == b"eXIf")
    rest = [c for c in chunks if _kind(c) != b"eXIf"]
    return data[:8] + b"".join(rest[:-1]) + exif + rest[-1]


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times Pillow decodes a PNG's pixels during the test."""
    calls: list[int] = []
    real = PngImagePlugin.PngImageFile.load

    def load(self):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(self)

    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", load)
    return calls


def test_a_plain_png_is_recognised_without_decoding_it(decodes):
    assert is_plain_png(_png())
    assert not decodes


def test_what_is_not_plain_is_still_refused(decodes):
    assert not is_plain_png(_png("RGBA"))
    assert not is_plain_png(_png(orientation=6))  # turned by its EXIF: it must be turned upright
    assert not decodes
    assert is_plain_png(_png(orientation=1))


def test_exif_after_the_pixels_is_read_too():
    turned = _exif_after_pixels(6)
    assert [_kind(c) for c in _chunks(turned)][-2:] == [b"eXIf", b"IEND"]
    with Image.open(io.BytesIO(turned)) as image:
        assert image.getexif()[0x0112] == 6  # what Pillow finds by decoding
    assert not is_plain_png(turned)
    assert is_plain_png(_exif_after_pixels(1))


def test_a_cut_or_corrupt_png_is_not_passed_on_as_a_still():
    data = _png()
    assert not is_plain_png(data[: len(data) - 20])
    chunks = _chunks(data)
    idat = next(i for i, c in enumerate(chunks) if _kind(c) == b"IDAT")
    body = bytearray(chunks[idat])
    body[10] ^= 0xFF  # a flipped byte in the compressed pixels: the chunk's CRC no longer matches
    broken = data[:8] + b"".join(chunks[:idat]) + bytes(body) + b"".join(chunks[idat + 1 :])
    assert zlib.crc32(bytes(body[4:-4])) != int.from_bytes(body[-4:], "big")
    assert not is_plain_png(broken)
    assert not is_plain_png(b"\x89PNG\r\n\x1a\n")


def test_a_placeholder_ground_is_drawn_once_per_size_and_each_caller_gets_its_own(monkeypatch):
    from PIL import ImageDraw

    from studio.media import images

    images._ground.cache_clear()
    drawn: list[int] = []
    real = ImageDraw.Draw

    def counting(image, mode=None):  # type: ignore[no-untyped-def]
        drawn.append(1)
        return real(image, mode)

    monkeypatch.setattr(images.ImageDraw, "Draw", counting)
    covered = (0.1, 0.2, 0.0, 0.1)
    first = images.placeholder_ground(108, 192, covered, (52, 73, 94))
    first.paste((255, 0, 0), (0, 0, 108, 192))  # the caller draws on its copy
    second = images.placeholder_ground(108, 192, covered, (52, 73, 94))
    assert len(drawn) == 1
    assert second.getpixel((5, 100)) != (255, 0, 0)
    images._ground.cache_clear()
    assert images.placeholder_ground(108, 192, covered, (52, 73, 94)).tobytes() == second.tobytes()
    images.placeholder_ground(108, 100, covered, (52, 73, 94))  # another size is drawn
    assert len(drawn) == 3

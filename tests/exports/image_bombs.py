"""Hostile pictures built in a few milliseconds: small files that declare (or decode to) huge pictures."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width: int = 8000, height: int = 8000, colour_type: int = 6) -> bytes:
    """A PNG of zero rows (RGBA by default): about 250 KB for 64 million pixels, 256 MB once decoded."""
    channels = {0: 1, 2: 3, 6: 4}[colour_type]
    packer = zlib.compressobj(6)
    rows = (b"\0" * (1 + width * channels)) * 50
    body = b"".join(packer.compress(rows) for _ in range(height // 50)) + packer.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", body) + _chunk(b"IEND", b"")


def webp_bomb(width: int = 8000, height: int = 8000) -> bytes:
    """A 34-byte lossless WebP of one colour whose header is set to ``width`` x ``height`` (about 1 GB decoded)."""
    out = io.BytesIO()
    Image.new("RGB", (16, 16)).save(out, "WEBP", lossless=True, quality=0, method=0)
    data = bytearray(out.getvalue())
    at = data.index(b"VP8L") + 8
    bits = int.from_bytes(data[at + 1 : at + 5], "little")
    bits = (bits & ~((1 << 28) - 1)) | (width - 1) | ((height - 1) << 14)
    data[at + 1 : at + 5] = bits.to_bytes(4, "little")
    return bytes(data)


def false_jpeg(width: int = 8000, height: int = 9999) -> bytes:
    """A 16x16 JPEG whose frame header claims ``width`` x ``height`` (under the pixel limit): 633 bytes."""
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 10, 10)).save(out, "JPEG")
    data = bytearray(out.getvalue())
    at = data.index(b"\xff\xc0")
    data[at + 5 : at + 7] = height.to_bytes(2, "big")
    data[at + 7 : at + 9] = width.to_bytes(2, "big")
    return bytes(data)


BOMBS = {"png": png_bomb, "webp": webp_bomb, "jpeg": false_jpeg}

"""Decoding stored images with a bound on pixels and on memory, judged from the header before any decode.

Image bytes come from strangers' files: a 311 KB PNG or a 2.5 KB WebP can declare tens of
millions of pixels under the pixel limit and cost a gigabyte once decoded and converted.
Every decode here first reads the header (cheap), refuses what would take more than
:data:`MAX_DECODE_BYTES`, asks JPEG's decoder for a reduced size when only a smaller
picture is wanted (``draft``), and shrinks the picture before any colour conversion.
:class:`MemoryBudget` lets several threads decode at once only as far as memory allows.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import threading
import warnings
from collections.abc import Iterator

from PIL import Image, UnidentifiedImageError

from studio.media.errors import ImageError

log = logging.getLogger(__name__)

#: Refuse images bigger than this many pixels (decompression bombs).
MAX_PIXELS = 80_000_000
#: Most memory one decode may take: the decoded picture plus its first colour conversion.
MAX_DECODE_BYTES = 200 * 1024 * 1024
#: Modes Pillow shrinks well as they are; others are converted to RGB(A) first.
_SHRINKABLE = frozenset(("L", "RGB", "RGBA", "CMYK", "YCbCr", "LA", "RGBa", "La"))


def _bytes_per_pixel(mode: str) -> int:
    """What Pillow keeps in memory a pixel (colour modes are stored four bytes wide)."""
    if mode in ("1", "L", "P"):
        return 1
    if mode.startswith("I;16"):
        return 2
    return 4


def cost(image: Image.Image) -> int:
    """Bytes a decode of this opened (not yet loaded) picture takes: itself, plus a conversion when needed."""
    pixels = image.width * image.height
    extra = 0 if image.mode in _SHRINKABLE else 4 * pixels
    return pixels * _bytes_per_pixel(image.mode) + extra


@contextlib.contextmanager
def _header(data: bytes, name: str) -> Iterator[Image.Image]:
    """The picture opened from its header only, with every Pillow failure as an ImageError."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_PIXELS or image.width < 1 or image.height < 1:
                raise ImageError(name, f"too large ({image.width}x{image.height})")
            yield image
    except ImageError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageError(name, type(exc).__name__) from None
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError) as exc:
        raise ImageError(name, str(exc) or type(exc).__name__) from None


def _draft(image: Image.Image, edge: int) -> None:
    """Ask a JPEG decoder for the smallest scale (1/2, 1/4, 1/8) still at least ``edge`` on its short side."""
    if edge and image.format in ("JPEG", "MPO"):
        with contextlib.suppress(ValueError, OSError):
            image.draft(image.mode, (edge, edge))


def header_size(data: bytes, name: str = "image") -> tuple[int, int]:
    """Width and height as the header declares them (before any rotation)."""
    with _header(data, name) as image:
        return image.size


def decode_cost(data: bytes, edge: int = 0, name: str = "image") -> int:
    """Bytes decoding ``data`` (for a picture ``edge`` wide, 0: full size) will take; read from the header."""
    with _header(data, name) as image:
        _draft(image, edge)
        return cost(image)


def open_bounded(data: bytes, name: str = "image", edge: int = 0) -> Image.Image:
    """Decode image bytes, refusing (ImageError) before decoding what would take more than MAX_DECODE_BYTES.

    With ``edge`` the picture comes back no larger than ``edge`` on its long side, shrunk
    while decoding where the format allows it and before any conversion otherwise.
    """
    with _header(data, name) as image:
        _draft(image, edge)
        need = cost(image)
        if need > MAX_DECODE_BYTES:
            raise ImageError(name, f"too large to decode ({image.width}x{image.height}, {image.mode})")
        image.load()
        if edge and max(image.size) > edge:
            if image.mode not in _SHRINKABLE:
                has_alpha = "transparency" in image.info or image.mode in ("PA", "RGBa")
                image = image.convert("RGBA" if has_alpha else "RGB")
            image.thumbnail((edge, edge), Image.Resampling.LANCZOS, reducing_gap=3.0)
        return image


def available_memory() -> int:
    """Bytes of memory free for new work (MemAvailable on Linux; half the physical memory elsewhere)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/meminfo", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    with contextlib.suppress(ValueError, OSError, AttributeError):
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 2
    return 2 * 1024**3


class MemoryBudget:
    """Bytes that decodes running at once may hold together; a decode waits until its share is free.

    However many workers a machine's cores allow, the decodes in flight never hold more
    than ``total`` (one decode larger than the whole budget runs alone).
    """

    def __init__(self, total: int | None = None) -> None:
        self.total = max(MAX_DECODE_BYTES, total if total is not None else available_memory() // 2)
        self._free = self.total
        self._cond = threading.Condition()
        #: Most bytes held at once (tests and logs).
        self.peak = 0

    @contextlib.contextmanager
    def hold(self, amount: int) -> Iterator[None]:
        """Hold ``amount`` bytes (at most the whole budget) for the block."""
        amount = max(0, min(amount, self.total))
        with self._cond:
            self._cond.wait_for(lambda: self._free >= amount)
            self._free -= amount
            self.peak = max(self.peak, self.total - self._free)
        try:
            yield
        finally:
            with self._cond:
                self._free += amount
                self._cond.notify_all()

    def workers(self, per_task: int, most: int = 8) -> int:
        """How many workers the budget keeps busy for tasks of ``per_task`` bytes (at least 1, at most ``most``)."""
        by_memory = self.total // max(1, per_task)
        return max(1, min(most, os.cpu_count() or 1, by_memory))

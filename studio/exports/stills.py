"""A pack's stills, made once for every variant: frames by hash, placeholders by shot, encoded in parallel.

The encoded stills wait in a hidden folder beside the packs rather than in memory (a
1,000-shot project is gigabytes of PNG) and are copied into each variant's frames/.

A frame is the picture as it is, at its own size: the timelines scale it to fit or fill the
variant's frame as the shot's crop says. A shot cropped to a chosen box gets a still drawn in
the variant's format instead (the box is the editor's starting framing), and placeholders are drawn
in each variant's format.
"""

from __future__ import annotations

import io
import logging
import shutil
import struct
import threading
import zlib
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.exports.common import Media, frame_picture, safe_text
from studio.exports.names import inside
from studio.media.decode import MemoryBudget
from studio.models.crop import CropMode
from studio.models.entities import Project, Variant
from studio.models.frame_format import format_preset, video_size
from studio.models.palette import BEAT_HUES
from studio.models.platforms import SafeInsets
from studio.models.timeline import TimedShot
from studio.models.vocab import beat_label

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

#: zlib level of the PNG stills: level 1 writes a 1080x1920 still about four times faster
#: than the default 6 for files about 13 % larger, and editors replace stills with footage.
PNG_LEVEL = 1
#: Short edge of the stills (the platform's full resolution: 1080x1920 for 9:16, 1920x1080 for 16:9).
STILL_EDGE = 1080
#: Colours of a placeholder's ground (hue, hatching, shade, outline); two more are its words'.
_GROUND_COLOURS = 32


def png(image: Image.Image) -> bytes:
    """Encode a still as PNG at the pack's level."""
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=PNG_LEVEL)
    return out.getvalue()


class Stills:
    """Every still of a set of packs, keyed so each is encoded once however many variants use it."""

    def __init__(self, project: Project, media: Media | None, cache: Path, lang: str) -> None:
        self.media = media
        self.cache = cache
        self.lang = lang
        self.project = project
        #: The project's frame size; a variant with a format of its own has its own (:meth:`size_for`).
        self.size = video_size(project, None, STILL_EDGE)
        self._frames: dict[str, Path | None] = {}
        self._placeholders: dict[tuple[str, ...], Path] = {}
        self._boxed: dict[tuple[str, object, tuple[int, int]], Path | None] = {}
        self._grounds: dict[tuple[str, tuple[int, int]], Image.Image] = {}
        self._rows: dict[tuple[str, tuple[int, int]], _GroundRows] = {}
        self._lock = threading.Lock()
        self.budget = MemoryBudget()

    def size_for(self, variant: Variant | None) -> tuple[int, int]:
        """The frame size of ``variant``'s pack (its own format, else the project's)."""
        return video_size(self.project, variant, STILL_EDGE)

    def _placeholder_key(self, timed: TimedShot, size: tuple[int, int] | None = None) -> tuple[str, ...]:
        shot = timed.shot
        label = beat_label(timed.beat.kind, timed.beat.name, self.lang)
        w, h = size or self.size
        return (shot.code, label, f"{shot.duration:.1f}", timed.beat.kind.value, str(w), str(h))

    def _encode_frame(self, digest: str, n: int) -> Path | None:
        from studio.media.decode import decode_cost
        from studio.media.images import decode_rgb, is_plain_png

        try:
            data = self.media(digest, "original") if self.media is not None else None
        except Exception:
            log.warning("cannot read frame %s", digest[:12], exc_info=True)
            data = None
        if data is None:
            return None
        try:
            # A stored PNG that is already upright sRGB RGB is the still as it is: no re-encoding.
            if is_plain_png(data):
                encoded = data
            else:
                # Decoded, flattened and encoded: up to three times the decoded picture, held against the
                # pack's memory budget so the decodes in flight fit in memory whatever the core count.
                need = decode_cost(data, 0, digest[:12])
                with self.budget.hold(3 * need):
                    encoded = png(decode_rgb(data, digest[:12]))
        except Exception:  # hostile image bytes reach Pillow's parsers, which raise almost anything
            log.warning("frame %s is unreadable; drawing a placeholder", digest[:12], exc_info=True)
            return None
        # Named by its place, never by the hash: that comes from the project file, which a stranger
        # may have crafted ('../../x'), and must not become a path.
        path = inside(self.cache, f"frame_{n:05d}.png")
        path.write_bytes(encoded)
        return path

    def _ground(self, kind: str, size: tuple[int, int]) -> Image.Image:
        """The beat's placeholder ground as a palette picture, made once per beat kind.

        Placeholders differ only in their words, and a palette PNG encodes about ten times
        faster than an RGB one (and is a third of the size), so each placeholder is this
        ground with its words drawn in the palette's white and grey.
        """
        ground = self._grounds.get((kind, size))
        if ground is None:
            from PIL import Image as PILImage

            from studio.media.images import placeholder_ground
            from studio.models.enums import BeatKind

            c = self._covered(size)
            rgb = placeholder_ground(*size, (c.top, c.bottom, c.left, c.right), BEAT_HUES[BeatKind(kind)])
            ground = rgb.quantize(colors=_GROUND_COLOURS, method=PILImage.Quantize.FASTOCTREE)
            palette = (ground.getpalette() or [])[: 3 * _GROUND_COLOURS]
            palette += [0, 0, 0] * (_GROUND_COLOURS - len(palette) // 3)
            ground.putpalette([*palette, 255, 255, 255, 236, 240, 241])
            self._grounds[kind, size] = ground
        return ground

    def _covered(self, size: tuple[int, int]) -> SafeInsets:
        """The covered edges of a frame of ``size`` (the variant whose format has that shape)."""
        for variant in [None, *(v for s in self.project.scripts for v in s.variants)]:
            if self.size_for(variant) == size:
                return format_preset(self.project, variant).covered
        return format_preset(self.project).covered

    def _encode_placeholder(self, key: tuple[str, ...], n: int) -> Path:
        from PIL import ImageDraw

        from studio.media.images import placeholder_text

        code, label, duration, kind, w, h = key
        size = (int(w), int(h))
        ground = self._ground(kind, size)
        image = ground.copy()
        draw = _Measured(ImageDraw.Draw(image))
        draw.fontmode = "1"  # palette pictures take no antialiasing; at 150 px the letters stay clean
        placeholder_text(draw, *size, safe_text(code) or "—", (label, f"{duration}s"),  # type: ignore[arg-type]
                         (_GROUND_COLOURS, _GROUND_COLOURS + 1))  # fmt: skip
        with self._lock:
            rows = self._rows.get((kind, size))
            if rows is None:
                rows = self._rows[kind, size] = _GroundRows(ground, draw.top, draw.bottom)
        data = rows.png(image, draw.top, draw.bottom)
        path = inside(self.cache, f"placeholder_{n:05d}.png")
        path.write_bytes(data if data is not None else png(image))
        return path

    def prepare(self, shots: Iterable[TimedShot], step: Callable[[], None] | None = None) -> None:
        """Encode every still these shots need on every core; frames first, then the placeholders they need."""
        shots = list(shots)
        digests = sorted({t.shot.frame for t in shots if t.shot.frame and t.shot.frame not in self._frames})
        # As many workers as memory holds for a full-size still each; the budget holds back bigger ones.
        workers = self.budget.workers(3 * 4 * self.size[0] * self.size[1])
        with ThreadPoolExecutor(max_workers=workers) as pool:
            start = len(self._frames)
            made_frames = pool.map(self._encode_frame, digests, range(start, start + len(digests)))
            for digest, path in zip(digests, made_frames, strict=True):
                self._frames[digest] = path
                if step is not None:
                    step()
            keys: dict[tuple[str, ...], None] = {}
            for t in shots:
                if self.frame_path(t) is None:
                    key = self._placeholder_key(t)
                    if key not in self._placeholders:
                        keys[key] = None
            start = len(self._placeholders)
            todo = list(keys)
            made = pool.map(self._encode_placeholder, todo, range(start, start + len(todo)))
            for key, path in zip(todo, made, strict=True):
                self._placeholders[key] = path
                if step is not None:
                    step()

    def count_needed(self, shots: Iterable[TimedShot]) -> int:
        """How many stills prepare() will encode for these shots (at most; for progress totals)."""
        frames: set[str] = set()
        others: set[tuple[str, ...]] = set()
        for t in shots:
            if t.shot.frame and t.shot.frame not in self._frames:
                frames.add(t.shot.frame)
            elif self.frame_path(t) is None:
                others.add(self._placeholder_key(t))
        return len(frames) + len(others)

    def frame_path(self, timed: TimedShot) -> Path | None:
        """The encoded frame of a shot, or None when it has none (or it is unreadable)."""
        digest = timed.shot.frame
        return self._frames.get(digest) if digest else None

    def _boxed_still(self, timed: TimedShot, size: tuple[int, int]) -> Path | None:
        """The shot's frame drawn in a frame of ``size`` by its crop box (made once per box and size)."""
        source = self.frame_path(timed)
        shot = timed.shot
        if source is None or shot.crop.mode is not CropMode.BOX or not shot.frame:
            return source
        key = (shot.frame, shot.crop, size)
        if key not in self._boxed:
            from PIL import Image as PILImage

            try:
                with PILImage.open(source) as picture:
                    framed = frame_picture(picture.convert("RGB"), size, shot.crop, (0, 0, 0))
                path = inside(self.cache, f"boxed_{len(self._boxed):05d}.png")
                path.write_bytes(png(framed))
                self._boxed[key] = path
            except (OSError, ValueError):
                log.warning("frame %s could not be cropped", shot.frame[:12], exc_info=True)
                self._boxed[key] = source
        return self._boxed[key]

    def write(self, timed: TimedShot, target: Path, size: tuple[int, int] | None = None) -> bool:
        """Copy a shot's still for a frame of ``size`` (the project's by default) to ``target``; True for a placeholder."""
        size = size or self.size
        source = self._boxed_still(timed, size)
        placeholder = source is None
        if source is None:
            key = self._placeholder_key(timed, size)
            if key not in self._placeholders:
                self._placeholders[key] = self._encode_placeholder(key, len(self._placeholders))
            source = self._placeholders[key]
        shutil.copyfile(source, target)
        return placeholder


class _Measured:
    """An ImageDraw that notes the rows its words cover (placeholder_text draws only words)."""

    def __init__(self, draw: Any) -> None:
        self._draw = draw
        self.top = 1 << 30
        self.bottom = -1

    def __getattr__(self, name: str) -> Any:
        return getattr(self._draw, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("_draw", "top", "bottom"):
            object.__setattr__(self, name, value)
        else:
            setattr(self._draw, name, value)

    def text(self, xy: tuple[float, float], text: str, **kwargs: Any) -> None:
        """Draw the words and widen the rows they cover."""
        self._draw.text(xy, text, **kwargs)
        box = self._draw.textbbox(xy, text, font=kwargs.get("font"), anchor=kwargs.get("anchor"))
        self.top = min(self.top, int(box[1]))
        self.bottom = max(self.bottom, int(box[3]) + 1)


def adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two byte strings joined, from each one's (zlib's adler32_combine, which Python lacks)."""
    base = 65521
    rem = second_length % base
    sum1 = first & 0xFFFF
    sum2 = (rem * sum1) % base
    sum1 += (second & 0xFFFF) + base - 1
    sum2 += (first >> 16) + (second >> 16) + base - rem
    sum1 %= base
    sum2 %= base
    return sum1 | (sum2 << 16)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


class _GroundRows:
    """A placeholder ground's rows above and below its words, compressed once for every placeholder on it.

    Placeholders differ only in a band of rows (their words). A PNG's pixels are one zlib stream, and a
    deflate stream flushed in full at a row boundary can be continued by any other: each placeholder's
    PNG is the ground's rows above the band (compressed once), its own band, and the ground's rows
    below (compressed once), so only about a fifth of each picture is compressed per placeholder. A
    placeholder whose words leave the band (a taller script) is encoded whole.
    """

    #: Rows added above and below the first placeholder's words (others' letters rise and fall more).
    SLACK = 48

    def __init__(self, ground: Image.Image, top: int, bottom: int) -> None:
        width, height = ground.size
        self.width, self.height = width, height
        self.top = max(0, top - self.SLACK)
        self.bottom = min(height, max(bottom, top) + self.SLACK)
        raw = ground.tobytes()
        self._above = self._rows(raw, 0, self.top)
        self._below = self._rows(raw, self.bottom, height)
        self._above_z = self._deflate(self._above, zlib.Z_FULL_FLUSH)
        self._below_z = self._deflate(self._below, zlib.Z_FINISH)
        self._above_adler = zlib.adler32(self._above)
        self._below_adler = zlib.adler32(self._below)
        palette = bytes((ground.getpalette() or [])[: 3 * (_GROUND_COLOURS + 2)])
        ihdr = struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0)  # 8-bit palette, no interlace
        self._head = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"PLTE", palette)

    def _rows(self, raw: bytes, start: int, end: int) -> bytes:
        """Rows ``start``..``end`` as PNG scanlines (each after its filter byte, 0: none)."""
        w = self.width
        return b"".join(b"\x00" + raw[y * w : (y + 1) * w] for y in range(start, end))

    @staticmethod
    def _deflate(data: bytes, end: int) -> bytes:
        packer = zlib.compressobj(PNG_LEVEL, zlib.DEFLATED, -15)
        return packer.compress(data) + packer.flush(end)

    def png(self, image: Image.Image, top: int, bottom: int) -> bytes | None:
        """The placeholder ``image`` (the ground with words in rows top..bottom) as PNG; None when the
        words leave the band."""
        if image.size != (self.width, self.height) or top < self.top or bottom > self.bottom:
            return None
        raw = image.crop((0, self.top, self.width, self.bottom)).tobytes()
        band = self._rows_of(raw)
        adler = adler32_combine(zlib.adler32(band, self._above_adler), self._below_adler, len(self._below))
        stream = b"\x78\x01" + self._above_z + self._deflate(band, zlib.Z_FULL_FLUSH) + self._below_z
        idat = stream + struct.pack(">I", adler)
        return self._head + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")

    def _rows_of(self, raw: bytes) -> bytes:
        w = self.width
        return b"".join(b"\x00" + raw[i : i + w] for i in range(0, len(raw), w))

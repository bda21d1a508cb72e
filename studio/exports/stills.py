"""A pack's stills, made once for every variant: frames by hash, placeholders by shot, encoded in parallel.

The encoded stills wait in a hidden folder beside the packs rather than in memory (a
1,000-shot project is gigabytes of PNG) and are copied into each variant's frames/.
"""

from __future__ import annotations

import io
import logging
import shutil
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from studio.exports.common import Media, safe_text
from studio.exports.names import inside
from studio.media.decode import MemoryBudget
from studio.models.entities import Project
from studio.models.palette import BEAT_HUES
from studio.models.platforms import preset
from studio.models.timeline import TimedShot
from studio.models.vocab import beat_label

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

#: zlib level of the PNG stills: level 1 writes a 1080x1920 still about four times faster
#: than the default 6 for files about 13 % larger, and editors replace stills with footage.
PNG_LEVEL = 1
#: Long edge of the stills (the platform's full resolution, 1080x1920 for 9:16).
STILL_EDGE = 1920
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
        plat = preset(project.platform)
        self.size = plat.frame_size(STILL_EDGE)
        self._covered = (plat.covered.top, plat.covered.bottom, plat.covered.left, plat.covered.right)
        self._frames: dict[str, Path | None] = {}
        self._placeholders: dict[tuple[str, ...], Path] = {}
        self._grounds: dict[str, Image.Image] = {}
        self.budget = MemoryBudget()

    def _placeholder_key(self, timed: TimedShot) -> tuple[str, ...]:
        shot = timed.shot
        label = beat_label(timed.beat.kind, timed.beat.name, self.lang)
        return (shot.code, label, f"{shot.duration:.1f}", timed.beat.kind.value)

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

    def _ground(self, kind: str) -> Image.Image:
        """The beat's placeholder ground as a palette picture, made once per beat kind.

        Placeholders differ only in their words, and a palette PNG encodes about ten times
        faster than an RGB one (and is a third of the size), so each placeholder is this
        ground with its words drawn in the palette's white and grey.
        """
        ground = self._grounds.get(kind)
        if ground is None:
            from PIL import Image as PILImage

            from studio.media.images import placeholder_ground
            from studio.models.enums import BeatKind

            rgb = placeholder_ground(*self.size, self._covered, BEAT_HUES[BeatKind(kind)])
            ground = rgb.quantize(colors=_GROUND_COLOURS, method=PILImage.Quantize.FASTOCTREE)
            palette = (ground.getpalette() or [])[: 3 * _GROUND_COLOURS]
            palette += [0, 0, 0] * (_GROUND_COLOURS - len(palette) // 3)
            ground.putpalette([*palette, 255, 255, 255, 236, 240, 241])
            self._grounds[kind] = ground
        return ground

    def _encode_placeholder(self, key: tuple[str, ...], n: int) -> Path:
        from PIL import ImageDraw

        from studio.media.images import placeholder_text

        code, label, duration, kind = key
        image = self._ground(kind).copy()
        draw = ImageDraw.Draw(image)
        draw.fontmode = "1"  # palette pictures take no antialiasing; at 150 px the letters stay clean
        placeholder_text(draw, *self.size, safe_text(code) or "—", (label, f"{duration}s"),
                         (_GROUND_COLOURS, _GROUND_COLOURS + 1))  # fmt: skip
        path = inside(self.cache, f"placeholder_{n:05d}.png")
        path.write_bytes(png(image))
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

    def write(self, timed: TimedShot, target: Path) -> bool:
        """Copy a shot's still to ``target``; True when it is a placeholder."""
        source = self.frame_path(timed)
        placeholder = source is None
        if source is None:
            key = self._placeholder_key(timed)
            if key not in self._placeholders:
                self._placeholders[key] = self._encode_placeholder(key, len(self._placeholders))
            source = self._placeholders[key]
        shutil.copyfile(source, target)
        return placeholder

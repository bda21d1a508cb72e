"""Frame images: normalise on import, make renditions, draw placeholders."""

from __future__ import annotations

import hashlib
import io
import logging
import zlib
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageCms, ImageDraw, ImageFont, ImageOps, UnidentifiedImageError

from studio.media.decode import MAX_PIXELS, header_size, open_bounded
from studio.media.errors import ImageError
from studio.media.fonts import cjk_font_path

log = logging.getLogger(__name__)

#: Longest edge of the on-screen thumbnail.
THUMB_EDGE = 360
#: Longest edge of the print rendition: a 9:16 frame 4 cm wide at about 300 dpi.
PRINT_EDGE = 840
RENDITION_QUALITY = 82


@dataclass(frozen=True)
class ImportedImage:
    """An image ready for the store: its content hash, size and renditions."""

    hash: str
    width: int
    height: int
    format: str
    original: bytes
    thumb: bytes
    print: bytes


def content_hash(data: bytes) -> str:
    """SHA-256 of the bytes, the key a frame is kept under."""
    return hashlib.sha256(data).hexdigest()


def _open(data: bytes, name: str, edge: int = 0) -> Image.Image:
    """Decode within the memory bound (see :mod:`studio.media.decode`); ImageError when it cannot be."""
    return open_bounded(data, name, edge)


_SRGB = ImageCms.createProfile("sRGB")


def to_srgb_rgb(image: Image.Image) -> Image.Image:
    """Apply EXIF rotation, convert embedded colour profiles to sRGB, flatten to RGB."""
    image = ImageOps.exif_transpose(image) or image
    icc = image.info.get("icc_profile")
    if icc and image.mode in ("RGB", "RGBA", "CMYK"):
        try:
            src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            out_mode = "RGBA" if image.mode == "RGBA" else "RGB"
            converted = ImageCms.profileToProfile(image, src, _SRGB, outputMode=out_mode)
            image = converted if converted is not None else image  # None only for an in-place conversion
        except (ImageCms.PyCMSError, OSError, ValueError):
            log.info("ignoring unusable colour profile")
    if image.mode.startswith("I;16") or image.mode == "I":
        # 16-bit greyscale: scale to 8 bits (a plain convert clips everything above 255 to white).
        image = image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image if image.mode == "RGBA" else image.convert("RGBA")  # no needless copy of a big picture
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    if image.mode != "RGB":
        return image.convert("RGB")
    return image


def rendition(image: Image.Image, edge: int, quality: int = RENDITION_QUALITY) -> bytes:
    """A JPEG no larger than ``edge`` on its longest side."""
    copy = image.copy()
    copy.thumbnail((edge, edge), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    copy.save(out, "JPEG", quality=quality, optimize=True, progressive=False)
    return out.getvalue()


def import_image(data: bytes, name: str = "image") -> ImportedImage:
    """Check and normalise an image file's bytes; raise ImageError when it is unusable."""
    if not data:
        raise ImageError(name, "empty file")
    # Decoded no larger than the biggest rendition (a JPEG at a fraction of its size): the original is kept as bytes.
    image = _open(data, name, PRINT_EDGE)
    size = header_size(data, name)
    fmt = (image.format or "PNG").upper()
    try:
        rgb = to_srgb_rgb(image)
        width, height = size if (rgb.width >= rgb.height) == (size[0] >= size[1]) else size[::-1]
        return ImportedImage(
            hash=content_hash(data),
            width=width,
            height=height,
            format=fmt,
            original=data,
            thumb=rendition(rgb, THUMB_EDGE),
            print=rendition(rgb, PRINT_EDGE),
        )
    except (OSError, ValueError) as exc:
        raise ImageError(name, str(exc) or type(exc).__name__) from None


#: PNG chunks that can carry EXIF (an eXIf chunk, or a text chunk holding a raw EXIF profile).
_EXIF_CHUNKS = frozenset((b"eXIf", b"tEXt", b"zTXt", b"iTXt"))


def _png_tail_metadata(data: bytes) -> bool | None:
    """Walk a PNG's chunks without inflating any: None when one is cut short or fails its CRC,
    else whether a chunk that may carry EXIF comes after the pixels (Pillow reads those only by
    decoding the whole picture; the ones before are in ``info`` as soon as it is opened)."""
    pos, size, pixels, after = 8, len(data), False, False
    while pos + 12 <= size:
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        end = pos + 8 + length
        if end + 4 > size or zlib.crc32(data[pos + 4 : end]) != int.from_bytes(data[end : end + 4], "big"):
            return None
        if kind == b"IEND":
            return after
        pixels = pixels or kind == b"IDAT"
        after = after or (pixels and kind in _EXIF_CHUNKS)
        pos = end + 4
    return None


def is_plain_png(data: bytes) -> bool:
    """True for an upright RGB PNG with no colour profile: it is already what a still should be.

    Read from its header and chunk list, never its pixels (decoding a full-HD frame only to find
    its EXIF was 38 % of a pack's time); a cut-short or corrupt file is not plain, so it is decoded.
    """
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != "PNG" or image.mode != "RGB" or "icc_profile" in image.info:
                return False
            tail = _png_tail_metadata(data)
            if tail is None:
                return False
            # Pillow's PNG getexif() decodes the picture to look past the pixels; the base class
            # reads what the header gave, which is all there is unless a chunk comes after them.
            exif = image.getexif() if tail else Image.Image.getexif(image)
            orientation = exif.get(0x0112, 1)
            return orientation == 1 and image.width * image.height <= MAX_PIXELS
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        return False


def decode_rgb(data: bytes, name: str = "image", edge: int = 0) -> Image.Image:
    """Decode any stored image to an upright sRGB RGB picture (no larger than ``edge`` when given), within the memory bound."""
    return to_srgb_rgb(_open(data, name, edge))


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A font at ``size`` pixels that draws Chinese when the system has one."""
    path = cjk_font_path()
    if path is not None:
        try:
            return ImageFont.truetype(str(path), size)
        except OSError:
            log.warning("cannot load font %s", path)
    return ImageFont.load_default(size)


def placeholder(
    width: int,
    height: int,
    title: str,
    lines: tuple[str, ...] = (),
    covered: tuple[float, float, float, float] | None = None,
    hue: tuple[int, int, int] = (52, 73, 94),
) -> Image.Image:
    """A still with a title, a few lines and the platform's covered area shaded.

    ``covered`` is (top, bottom, left, right) as fractions of the frame.
    """
    image = placeholder_ground(width, height, covered, hue)
    placeholder_text(ImageDraw.Draw(image), width, height, title, lines, ((255, 255, 255), (236, 240, 241)))
    return image


def placeholder_ground(
    width: int, height: int, covered: tuple[float, float, float, float] | None, hue: tuple[int, int, int]
) -> Image.Image:
    """A placeholder without its words: the hue, its hatching and the covered area shaded.

    Drawn once per size, shading and hue (30 ms at 1080x1920; an animatic wants one a shot) and
    copied (3 ms): the caller draws on its own copy. Six are kept (one per beat kind and one
    more, ~36 MB at full HD), so a long session does not hold every size it ever drew.
    """
    return _ground(width, height, None if covered is None else tuple(covered), tuple(hue)).copy()


@lru_cache(maxsize=6)
def _ground(
    width: int, height: int, covered: tuple[float, float, float, float] | None, hue: tuple[int, int, int]
) -> Image.Image:
    image = Image.new("RGB", (width, height), hue)
    draw = ImageDraw.Draw(image, "RGBA")
    light = tuple(min(255, c + 40) for c in hue)
    step = max(8, width // 12)
    for x in range(-height, width, step * 2):
        draw.line([(x, 0), (x + height, height)], fill=(*light, 90), width=max(2, width // 90))
    if covered is not None:
        top, bottom, left, right = covered
        shade = (0, 0, 0, 110)
        draw.rectangle([0, 0, width, round(height * top)], fill=shade)
        draw.rectangle([0, round(height * (1 - bottom)), width, height], fill=shade)
        draw.rectangle([round(width * (1 - right)), 0, width, height], fill=shade)
        draw.rectangle([0, 0, round(width * left), height], fill=shade)
        box = (
            round(width * left),
            round(height * top),
            round(width * (1 - right)),
            round(height * (1 - bottom)),
        )
        draw.rectangle(box, outline=(255, 255, 255, 160), width=max(2, width // 240))
    return image


#: A colour Pillow draws with: a name, a grey level or an (R, G, B[, A]) tuple.
Fill = str | float | tuple[int, ...]


def placeholder_text(draw: ImageDraw.ImageDraw, width: int, height: int, title: str, lines: tuple[str, ...],
                     fills: tuple[Fill, Fill]) -> None:  # fmt: skip
    """A placeholder's words: the title big in the middle, the lines small below it (fills: title, lines)."""
    big = font(max(12, width // 7))
    small = font(max(10, width // 20))
    cx, cy = width // 2, height // 2
    draw.text((cx, cy - height // 12), title, font=big, fill=fills[0], anchor="mm")
    y = cy + height // 40
    for line in lines:
        draw.text((cx, y), line, font=small, fill=fills[1], anchor="mm")
        y += round(small.size * 1.5) if hasattr(small, "size") else 24


def png_bytes(image: Image.Image) -> bytes:
    """Encode a picture as PNG."""
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()

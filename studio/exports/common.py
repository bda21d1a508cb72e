"""What every export shares: typed errors, the atomic write, text hygiene, labels and frames."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from studio.exports.exporterror import ExportError as ExportError
from studio.exports.names import check_distinct, name_part, variant_name
from studio.fileio import (
    claim,
    drop_zip_writers,
    fsync_dir,
    made_part,
    part_pattern,
    permissions_as_new,
    sweep_parts,
)
from studio.models.creator_platforms import platform_label
from studio.models.crop import Crop, CropMode, placement
from studio.models.entities import Project, Script, Shot, Variant
from studio.models.platforms import preset
from studio.models.rates import FrameRate, FrameRateError
from studio.models.text import clean_text, xml_safe
from studio.models.vocab import label
from studio.wording import say_in

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

log = logging.getLogger(__name__)

#: Frame bytes by (hash, kind), kind one of 'original', 'thumb', 'print'; ProjectFile.frame_bytes fits.
Media = Callable[[str, str], "bytes | None"]
#: Called with (done, total) as an export goes on.
Progress = Callable[[int, int], None]

PAPERS = ("a4", "letter")


# --- errors -------------------------------------------------------------------------------------


class FolderMissingError(ExportError):
    """The folder the export should go to does not exist."""

    reason = "folder does not exist"


class ExportWriteError(ExportError):
    """The folder exists but the file could not be written (read-only, not a folder, disk full)."""

    reason = "cannot write"


# --- writing ------------------------------------------------------------------------------------


def check_folder(path: str | Path) -> Path:
    """The target's folder; raise FolderMissingError when it is not there."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        if not folder.exists():
            raise FolderMissingError(path)
        if not folder.is_dir():
            raise ExportWriteError(path, f"{folder} is not a folder")
    except OSError as exc:  # a parent folder we may not even look into
        raise ExportWriteError(path, exc.strerror or str(exc)) from None
    return folder


def atomic_write(path: str | Path, write: Callable[[BinaryIO], object]) -> Path:
    """Call ``write`` on a temp file beside ``path``, fsync, then rename it over ``path`` (see :func:`atomic_path`)."""
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        write(fh)
    return Path(path)


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temp file beside ``path`` for the block to write (by name, as PyAV and Pillow do), then fsync-ed
    and renamed over ``path``.

    Whatever goes wrong, no partial file is left: the temp file is removed and the
    target keeps its old content (or stays absent). A part left by a run that was killed
    (``.<name>.<8 random characters>.part``, no longer locked by anyone) is removed first.
    Writers that pick a format from the file name must name the format: the part ends in ``.part``.
    """
    path = Path(path)
    folder = check_folder(path)
    sweep_parts(folder, part_pattern(f".{path.name}."))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportWriteError(path, exc.strerror or str(exc)) from None
    tmp = made_part(Path(tmp_name))
    try:
        claim(fd)  # held until the rename: a sweep by another run leaves it alone
        yield tmp
        os.fsync(fd)  # the same file the block wrote by name
        permissions_as_new(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        drop_zip_writers(exc)
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExportWriteError(path, exc.strerror or str(exc)) from None
    except BaseException as exc:
        drop_zip_writers(exc)
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        os.close(fd)
    fsync_dir(folder)


# --- text ---------------------------------------------------------------------------------------

#: First characters that make a spreadsheet treat a cell as a formula (full-width forms too: some
#: spreadsheets fold them to ASCII on entry).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
#: A DDE call written without its '=' (cmd|' /C calc'!A0): harmless as text, but neutralised too so
#: a spreadsheet that adds the '=' itself finds none.
_DDE = re.compile(r"[A-Za-z0-9_.]+\|.*!")


def safe_text(value: object) -> str:
    """Any value as text that XML formats accept: surrogates replaced, control characters dropped."""
    if value is None:
        return ""
    return xml_safe(clean_text(str(value)))


_BLANKS = re.compile(r"[\t\r\v\f]")


def plain_text(value: object) -> str:
    """Text for drawn output (PDF, pictures): safe, with tabs and CRs turned into spaces."""
    text = safe_text(value).replace("\r\n", "\n")
    return _BLANKS.sub(" ", text)


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would read this text as a formula (leading spaces, which importers trim, skipped)."""
    head = text.lstrip(" \u3000")
    return head.startswith(FORMULA_TRIGGERS) or bool(_DDE.match(head))


def cell_text(value: object) -> str:
    """The one neutraliser of text a spreadsheet reads as plain text (CSV): sanitised, and a leading
    apostrophe before anything it would run as a formula. Numbers are written as they are."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    text = safe_text(value).replace("\r\n", "\n").replace("\r", "\n")
    return "'" + text if looks_like_formula(text) else text


def slug(text: str, fallback: str = "variant") -> str:
    """A name as a piece of a file name, Chinese kept (see :func:`studio.exports.names.name_part`)."""
    return name_part(text, fallback)


def variant_file(folder: Path, stem: str, variant: str, suffix: str, tag: str = "") -> Path:
    """The one way a variant's name goes into a file name: <folder>/<stem>_<variant>[_<tag>]<suffix>."""
    return folder / variant_name(stem, variant, suffix, tag)


def variant_targets(path: Path, variants: Sequence[Variant]) -> list[Path]:
    """The file each variant of a per-variant writer goes to: ``path`` for one, <stem>_<variant><suffix>
    beside it for several; refused before anything is written when two would share a name."""
    several = len(variants) > 1
    targets = [
        variant_file(path.parent, path.stem, v.name, path.suffix) if several else path for v in variants
    ]
    check_distinct(zip(targets, [v.name for v in variants], strict=True))
    return targets


@contextlib.contextmanager
def all_or_none(written: list[Path]) -> Iterator[None]:
    """For a writer of several files: when the block fails (or is cancelled), the files it has put in
    ``written`` so far are removed before the error goes on."""
    try:
        yield
    except BaseException:
        for done in written:
            with contextlib.suppress(OSError):
                done.unlink()
        raise


# --- labels -------------------------------------------------------------------------------------

#: The approval block's boxes, left to right, with each one's share of the block's width: one wording
#: and one shape for the Word, PDF and Excel storyboards and shoot lists.
APPROVAL_BOXES: tuple[tuple[str, float], ...] = (
    ("approve.client", 0.4),
    ("approve.date", 0.2),
    ("approve.sign", 0.4),
)


def word(key: str, lang: str, **fields: object) -> str:
    """A column or caption word in ``lang`` ('zh' or 'en'): ``doc.<key>`` in the wording catalogue."""
    return say_in(lang, f"doc.{key}", **fields)


def platform_name(platform: str, lang: str) -> str:
    """A platform's display name (a video preset's or a creator's: 小红书, B站 …), from the one table of names."""
    return platform_label(platform, lang)


def labelled(key: str, value: str, lang: str) -> str:
    """'Props: x' / '道具：x' (Chinese text takes the full-width colon)."""
    return f"{word(key, lang)}{'：' if lang == 'zh' else ': '}{value}"


def shot_extras(shot: Shot, lang: str) -> list[str]:
    """A shot's crew facts for a storyboard's notes: props, location, talent, then the camera's (lens,
    interior/exterior and time of day, set-up number), the empty ones left out."""
    lines = [labelled(k, getattr(shot, k), lang) for k in ("props", "location", "talent") if getattr(shot, k)]
    camera = [labelled("lens", shot.lens, lang) if shot.lens else "",
              " · ".join(x for x in (label(shot.setting, lang), label(shot.time_of_day, lang)) if x),
              labelled("setup", shot.setup, lang) if shot.setup else ""]  # fmt: skip
    return [*lines, *(x for x in camera if x)]


def join_names(names: list[str], lang: str) -> str:
    """A list of names as a reader of ``lang`` writes it: '甲、乙' / 'A, B'."""
    return ("、" if lang == "zh" else ", ").join(names)


def in_brackets(text: str, lang: str) -> str:
    """' (text)' / '（text）': the bracket a reader of ``lang`` expects after a word."""
    return f"（{text}）" if lang == "zh" else f" ({text})"


def seconds_text(ds: int, lang: str) -> str:
    """Tenths of a second as '3.5 s' / '3.5 秒'."""
    return word("seconds", lang, s=f"{ds // 10}.{ds % 10}")


# --- colours ------------------------------------------------------------------------------------


# The beat palette is shared with the screen: studio.models.palette (BeatColour, BEAT_COLOURS, rgb).


# --- choosing what to export -------------------------------------------------------------------


def pick_variants(script: Script, keys: list[str] | None) -> list[Variant]:
    """Variants by id or name; the base variant when ``keys`` is empty or None."""
    from studio.models.errors import NotFoundError

    if not keys:
        return [script.base_variant]
    chosen: list[Variant] = []
    for key in keys:
        variant = script.variant(key)
        if variant is None:
            raise NotFoundError("variant", key)
        if variant not in chosen:
            chosen.append(variant)
    return chosen


# --- frames -------------------------------------------------------------------------------------


#: The project settings an imported workbook's title rows fill (客户, 导演, 拍摄日期), in their printed order.
TITLE_SETTINGS = ("client", "director", "shoot_date")


def title_items(project: Project, lang: str) -> list[tuple[str, str]]:
    """The workbook title rows kept in the project, as (caption, value) pairs; the empty ones left out."""
    values = ((key, str(project.settings.get(key) or "").strip()) for key in TITLE_SETTINGS)
    return [(word(key, lang), value) for key, value in values if value]


def title_line(project: Project, lang: str) -> str:
    """'客户：晨露 · 导演：王五 · 拍摄日期：2026-12-10' for a running head printed on every page, or ''."""
    return heading(*(labelled(key, str(project.settings.get(key) or "").strip(), lang)
                     for key in TITLE_SETTINGS if str(project.settings.get(key) or "").strip()))  # fmt: skip


def heading(*parts: str, sep: str = " · ") -> str:
    """Parts of a header joined by ``sep``, the empty ones left out (no "抖音 · · 2026-12-05" for a missing product)."""
    return sep.join(p.strip() for p in parts if p and p.strip())


@dataclass(frozen=True)
class FrameImage:
    """Encoded image bytes ready to embed, with their pixel size."""

    data: bytes
    width: int
    height: int
    placeholder: bool = False
    #: 'jpeg' or 'png'
    format: str = "jpeg"


class FrameSource:
    """Looks up a shot's frame in the media store, checks it, and stands in a placeholder when needed.

    Every frame comes out in the shape of the variant's format (``aspect``), placed by the shot's
    crop (fit, fill or its box: models/crop), so every layout's box of that shape holds it whole
    and no picture size can stretch a row. Lookups are cached by (hash, kind) so a frame used in
    several variants is read once; :meth:`shaped` gives the same source in another format.
    """

    def __init__(self, media: Media | None, lang: str, aspect: tuple[int, int] = (9, 16)) -> None:
        self._media = media
        self._lang = lang
        self._aspect = aspect
        self._cache: dict[tuple[str, str], FrameImage | None] = {}
        self._framed: dict[tuple[str, str, Crop], FrameImage] = {}
        self._placeholder: FrameImage | None = None

    @property
    def aspect(self) -> tuple[int, int]:
        """The shape frames come out in (width, height units)."""
        return self._aspect

    def shaped(self, aspect: tuple[int, int]) -> FrameSource:
        """This source in another shape, sharing the frames already read."""
        if tuple(aspect) == tuple(self._aspect):
            return self
        other = FrameSource(self._media, self._lang, aspect)
        other._cache = self._cache
        return other

    def get(self, shot: Shot, kind: str = "print") -> FrameImage:
        """The frame to show for a shot, in this source's shape; a placeholder when it is absent or unreadable."""
        if shot.frame:
            key = (shot.frame, kind)
            if key not in self._cache:
                self._cache[key] = self._load(shot.frame, kind)
            found = self._cache[key]
            if found is not None:
                framed_key = (shot.frame, kind, shot.crop)
                if framed_key not in self._framed:
                    self._framed[framed_key] = self._in_shape(found, shot.crop)
                return self._framed[framed_key]
        return self.placeholder()

    def _in_shape(self, image: FrameImage, crop: Crop) -> FrameImage:
        """The frame placed in a picture of this source's shape by ``crop``.

        A picture already of the shape is embedded as it is (fit and fill are the same for it, and
        most pictures of a 9:16 project are 9:16). Others are drawn once into a frame of the shape,
        at about their own resolution, on a light ground where the crop leaves bars.
        """
        aw, ah = self._aspect
        if (
            crop.mode is not CropMode.BOX
            and abs(image.width * ah - image.height * aw) <= 0.01 * image.height * aw
        ):
            return image
        from PIL import Image

        try:
            with Image.open(io.BytesIO(image.data)) as src:
                pic = src.convert("RGB")
        except Exception:  # the bytes passed the header check, yet Pillow's parsers can raise almost anything
            log.warning("frame could not be fitted to its box", exc_info=True)
            return self.placeholder()
        framed = frame_picture(pic, frame_size_for(pic.size, self._aspect), crop, (236, 236, 236))
        out = io.BytesIO()
        framed.save(out, "JPEG", quality=85)
        return FrameImage(out.getvalue(), framed.width, framed.height, format="jpeg")

    def _fetch(self, digest: str, kind: str) -> bytes | None:
        if self._media is None:
            return None
        try:
            return self._media(digest, kind)
        except Exception:
            log.warning("cannot read frame %s (%s)", digest[:12], kind, exc_info=True)
            return None

    def _load(self, digest: str, kind: str) -> FrameImage | None:
        from PIL import Image

        data = self._fetch(digest, kind)
        if data is not None:
            checked = _checked(data)
            if checked is not None:
                return checked
        # Not embeddable as it is (CMYK, no JFIF/Exif header, truncated, another format): make a
        # rendition from these bytes if they decode, else from the original.
        sources = [data, self._fetch(digest, "original") if kind != "original" else None]
        from studio.media.images import PRINT_EDGE, THUMB_EDGE, decode_rgb, rendition

        for source in sources:
            if source is None:
                continue
            try:
                edge = THUMB_EDGE if kind == "thumb" else PRINT_EDGE
                made = rendition(decode_rgb(source, digest[:12], edge), edge)
                with Image.open(io.BytesIO(made)) as im:
                    return FrameImage(made, im.width, im.height)
            except Exception:  # hostile image bytes reach Pillow's parsers, which raise almost anything
                log.warning("frame %s is unreadable", digest[:12], exc_info=True)
        return None

    def placeholder(self) -> FrameImage:
        """A grey 'no frame' still in the platform's shape."""
        if self._placeholder is None:
            from studio.media.images import placeholder, png_bytes

            aw, ah = self._aspect
            width = 270
            height = round(width * ah / aw)
            image = placeholder(width, height, word("no_frame", self._lang), (), None, (149, 165, 166))
            self._placeholder = FrameImage(png_bytes(image), width, height, placeholder=True, format="png")
        return self._placeholder


def frame_size_for(picture: tuple[int, int], aspect: tuple[int, int], most: int = 1200) -> tuple[int, int]:
    """A frame of ``aspect`` about as big as ``picture`` (its longer edge at most ``most`` pixels)."""
    aw, ah = max(1, aspect[0]), max(1, aspect[1])
    edge = max(16, min(most, max(picture)))
    if aw >= ah:
        return edge, max(1, round(edge * ah / aw))
    return max(1, round(edge * aw / ah)), edge


def frame_picture(
    picture: PILImage, size: tuple[int, int], crop: Crop, ground: tuple[int, int, int]
) -> PILImage:
    """``picture`` placed in a frame of ``size`` by ``crop`` (models/crop.placement), on ``ground``.

    The one drawing of a crop every picture renderer uses (paper, image board, stills, MP4).
    """
    from PIL import Image

    place = placement(picture.size, size, crop)
    left, top, right, bottom = place.source
    part = picture.resize(place.target_size, Image.Resampling.LANCZOS, box=(left, top, right, bottom))
    if place.target == (0, 0, size[0], size[1]):
        return part
    canvas = Image.new("RGB", size, ground)
    canvas.paste(part, place.target[:2])
    return canvas


#: Longest edge of a stored picture embedded as it is (renditions are at most 840 pixels).
MAX_EMBED_EDGE = 4096
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a JPEG's start-of-frame segment, without decoding.

    None for what Word or the PDF writer cannot embed as it is: no JFIF or Exif header
    (python-docx needs one) or four colour components (CMYK).
    """
    if data[2:4] not in (b"\xff\xe0", b"\xff\xe1"):
        return None
    i, end = 2, len(data)
    while i + 9 < end:
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:
            i += 1
            continue
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        if marker in _SOF:
            if i + 9 < end and data[i + 9] not in (1, 3):
                return None
            height = int.from_bytes(data[i + 5 : i + 7], "big")
            width = int.from_bytes(data[i + 7 : i + 9], "big")
            return width, height
        i += 2 + length
    return None


def _checked(data: bytes) -> FrameImage | None:
    """The bytes with their size when they are a whole JPEG or PNG; else None.

    Reads the header and checks the end marker (JPEG EOI, PNG IEND) instead of decoding:
    that finds truncated and garbled files at almost no cost per frame.
    """
    tail = data[-32:]
    size: tuple[int, int] | None = None
    if data[:3] == b"\xff\xd8\xff" and b"\xff\xd9" in tail:
        size, fmt = _jpeg_size(data), "jpeg"
    elif data[:8] == b"\x89PNG\r\n\x1a\n" and b"IEND" in tail and data[12:16] == b"IHDR":
        size, fmt = (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")), "png"
    # A rendition far bigger than Studio makes one is re-made (within the decode bound): writers and
    # readers downstream (the PDF writer, the picture exports) decode what they are given.
    if size is None or not (1 <= size[0] <= MAX_EMBED_EDGE and 1 <= size[1] <= MAX_EMBED_EDGE):
        return None
    return FrameImage(data, size[0], size[1], format=fmt)


@contextlib.contextmanager
def progress_steps(progress: Progress | None, total: int) -> Iterator[Callable[[], None]]:
    """A step() function that reports (done, total) to ``progress``; reports 0 first and total last."""
    done = [0]
    if progress is not None:
        progress(0, total)

    def step() -> None:
        done[0] += 1
        if progress is not None:
            progress(min(done[0], total), total)

    yield step
    if progress is not None and done[0] < total:
        progress(total, total)


def default_fps(project: Project) -> FrameRate:
    """The pack's frame rate: the project's 'pack_fps' setting, else the platform's usual rate."""
    setting = project.settings.get("pack_fps")
    if setting is not None and not isinstance(setting, bool):
        try:
            return FrameRate.of(setting)
        except (FrameRateError, TypeError, ValueError):
            log.info("ignoring the project's pack_fps %r", setting)
    return FrameRate(preset(project.platform).usual_fps)

"""How a shot's picture fills the frame: fit (whole, with bars), fill (cropped to the frame) or a chosen box.

The crop belongs to the shot, not to a format: one shot plays in a 9:16 variant and in a 16:9 one,
and the project's format may change at any time. So a chosen box is kept in fractions of the
picture and means "show at least this": in a frame of any shape the box is widened (or heightened)
about its centre to the frame's shape, moved back inside the picture where it can be, and whatever
still lies beyond the picture is ground. Fit is the box of the whole picture; fill is the largest
frame-shaped part of it. :func:`placement` is the one geometry every renderer uses.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from studio.models.errors import InvalidValueError
from studio.models.fields import ABSENT, BadValue, WrongKind
from studio.models.records import Structured
from studio.wording import say_in

#: The smallest side of a crop box, as a fraction of the picture's (a box must still show something).
MIN_BOX = 0.02


class CropMode(StrEnum):
    """How a picture meets a frame of another shape."""

    FIT = "fit"
    FILL = "fill"
    BOX = "box"


Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Crop:
    """A shot's crop: a mode and, for ``BOX``, the box (left, top, width, height as fractions of the picture)."""

    mode: CropMode = CropMode.FIT
    box: Box | None = None

    def __post_init__(self) -> None:
        if (self.mode is CropMode.BOX) != (self.box is not None):
            raise ValueError("a crop box goes with the box mode, and only with it")
        if self.box is not None:
            check_box(self.box)


def check_box(box: Any) -> Box:
    """The box as four floats inside the picture, or ValueError ('box_range')."""
    if not isinstance(box, (list, tuple)) or len(box) != 4:
        raise ValueError("box_shape")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in box):
        raise ValueError("box_shape")
    x, y, w, h = (float(v) for v in box)
    eps = 1e-9
    if not (x >= -eps and y >= -eps and w >= MIN_BOX - eps and h >= MIN_BOX - eps):
        raise ValueError("box_range")
    if x + w > 1 + eps or y + h > 1 + eps:
        raise ValueError("box_range")
    return x, y, w, h


class CropKind(Structured):
    """The persisted form of a :class:`Crop`: ``{"mode": "fit"}`` or ``{"mode": "box", "box": [x, y, w, h]}``."""

    def check(self, name: str, value: Any) -> Any:
        if isinstance(value, Crop):
            return value
        if isinstance(value, str):
            try:
                return Crop(CropMode(value))
            except ValueError:
                raise InvalidValueError(name, value) from None
        if isinstance(value, dict):
            try:
                return self.load(value, ABSENT)
            except BadValue:
                raise InvalidValueError(name, value) from None
        raise InvalidValueError(name, value)

    def dump(self, value: Any) -> Any:
        crop: Crop = value
        data: dict[str, Any] = {"mode": crop.mode.value}
        if crop.box is not None:
            data["box"] = [round(v, 6) for v in crop.box]
        return data

    def load(self, value: Any, default: Any) -> Any:
        if value is None or value is ABSENT:
            return Crop()
        if not isinstance(value, dict):
            raise WrongKind("object", value)
        mode = value.get("mode", "fit")
        try:
            mode = CropMode(mode)
        except ValueError:
            choices = ", ".join(m.value for m in CropMode)
            raise BadValue("unknown_value", ".mode", value=mode, choices=choices) from None
        if mode is not CropMode.BOX:
            return Crop(mode)
        try:
            return Crop(mode, check_box(value.get("box")))
        except ValueError:
            raise BadValue("box_range", ".box", value=value.get("box")) from None


def describe(crop: Crop, lang: str) -> str:
    """The crop as a card shows it: '适应' / 'Fit', '填充' / 'Fill', '裁切 40×30%' / 'Crop 40×30%'."""
    if crop.mode is CropMode.FIT:
        return say_in(lang, "crop.fit")
    if crop.mode is CropMode.FILL:
        return say_in(lang, "crop.fill")
    assert crop.box is not None
    return say_in(lang, "crop.box", size=f"{round(crop.box[2] * 100)}×{round(crop.box[3] * 100)}%")


@dataclass(frozen=True)
class Placement:
    """Where a picture goes in a frame: the part of the picture shown and the frame rectangle it fills.

    ``source`` is (left, top, right, bottom) in the picture's pixels, always inside the picture;
    ``target`` is (left, top, right, bottom) in the frame's pixels; the rest of the frame is ground.
    """

    source: tuple[float, float, float, float]
    target: tuple[int, int, int, int]

    @property
    def target_size(self) -> tuple[int, int]:
        """Width and height of the target rectangle (at least 1 x 1)."""
        left, top, right, bottom = self.target
        return max(1, right - left), max(1, bottom - top)

    @property
    def scale(self) -> float:
        """Frame pixels per picture pixel."""
        left, _top, right, _bottom = self.source
        return (self.target[2] - self.target[0]) / max(1e-9, right - left)


def _view(crop: Crop, pw: float, ph: float, aspect: float) -> tuple[float, float, float, float]:
    """The frame-shaped window on the picture (it may reach beyond the picture): left, top, width, height."""
    if crop.mode is CropMode.FILL:
        vw, vh = (ph * aspect, ph) if pw / ph > aspect else (pw, pw / aspect)
        return (pw - vw) / 2, (ph - vh) / 2, vw, vh
    bx, by, bw, bh = (0.0, 0.0, 1.0, 1.0) if crop.box is None else crop.box
    bx, by, bw, bh = bx * pw, by * ph, bw * pw, bh * ph
    # Widen or heighten the box about its centre to the frame's shape: nothing in the box is lost.
    vw, vh = (bh * aspect, bh) if bw / bh < aspect else (bw, bw / aspect)
    cx, cy = bx + bw / 2, by + bh / 2

    def along(centre: float, size: float, limit: float) -> float:
        if size >= limit:
            return (limit - size) / 2  # wider than the picture: centred, bars either side
        return min(max(centre - size / 2, 0.0), limit - size)  # moved back inside the picture

    if crop.mode is CropMode.FIT:
        return (pw - vw) / 2, (ph - vh) / 2, vw, vh
    return along(cx, vw, pw), along(cy, vh, ph), vw, vh


def placement(picture: tuple[int, int], frame: tuple[int, int], crop: Crop) -> Placement:
    """Where a ``picture`` (width, height) goes in a ``frame`` (width, height) under ``crop``."""
    pw, ph = max(1, picture[0]), max(1, picture[1])
    fw, fh = max(1, frame[0]), max(1, frame[1])
    vx, vy, vw, vh = _view(crop, pw, ph, fw / fh)
    scale = fw / vw
    left, top = max(0.0, vx), max(0.0, vy)
    right, bottom = min(float(pw), vx + vw), min(float(ph), vy + vh)
    target = (
        round((left - vx) * scale),
        round((top - vy) * scale),
        round((right - vx) * scale),
        round((bottom - vy) * scale),
    )
    return Placement((left, top, right, bottom), target)


class CropTextError(ValueError):
    """A crop typed on the command line that is not fit, fill or box:LEFT,TOP,WIDTH,HEIGHT (percent)."""

    def __init__(self, text: str) -> None:
        super().__init__(f"not a crop: {text!r}")
        self.text = text


_CROP_WORDS = {"fit": CropMode.FIT, "适应": CropMode.FIT, "fill": CropMode.FILL, "填充": CropMode.FILL}


def parse_crop(text: str) -> Crop:
    """A crop as typed: 'fit', 'fill' (or 适应, 填充), or 'box:10,20,50,40' (left, top, width, height in percent)."""
    word = "".join(str(text).split()).casefold().replace("：", ":").replace("，", ",")
    if word in _CROP_WORDS:
        return Crop(_CROP_WORDS[word])
    head, _, numbers = word.partition(":")
    if head not in ("box", "裁切"):
        raise CropTextError(str(text))
    try:
        values = tuple(float(v.rstrip("%")) / 100 for v in numbers.split(","))
        return Crop(CropMode.BOX, check_box(values))
    except ValueError:
        raise CropTextError(str(text)) from None

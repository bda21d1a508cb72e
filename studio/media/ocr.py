"""Reading words inside pictures: a small typed wrapper over rapidocr_onnxruntime (PP-OCRv4, Chinese and English).

The models ship inside the rapidocr_onnxruntime 1.4 wheel, so nothing is downloaded at run time
(rapidocr 3.x fetches its models on first use and is not used here). The engine, OpenCV and
onnxruntime are imported on the first call only: the window must not pay for them at start.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where pictures are read: the error type alone must not load them
    import numpy as np
    from PIL import Image

log = logging.getLogger(__name__)

# Below this the recogniser's guesses are mostly noise on video frames (textures, logos).
DEFAULT_MIN_SCORE = 0.5

Point = tuple[float, float]


class OcrUnavailableError(Exception):
    """The OCR engine (rapidocr_onnxruntime or OpenCV) is not installed or cannot load."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(detail)


@dataclass(frozen=True, slots=True)
class TextBox:
    """One line of text found in a picture: its words, its four corners (pixels) and the reader's confidence."""

    text: str
    box: tuple[Point, Point, Point, Point]
    score: float

    @property
    def left(self) -> float:
        """Smallest x of the box."""
        return min(p[0] for p in self.box)

    @property
    def right(self) -> float:
        """Largest x of the box."""
        return max(p[0] for p in self.box)

    @property
    def top(self) -> float:
        """Smallest y of the box."""
        return min(p[1] for p in self.box)

    @property
    def bottom(self) -> float:
        """Largest y of the box."""
        return max(p[1] for p in self.box)

    @property
    def center(self) -> Point:
        """Middle of the box."""
        return ((self.left + self.right) / 2, (self.top + self.bottom) / 2)

    @property
    def height(self) -> float:
        """Height of the box, about the text's size."""
        return self.bottom - self.top


_lock = threading.Lock()
_engine: Any = None


def import_cv2() -> Any:
    """Import OpenCV without letting it steer Qt.

    A non-headless opencv-python build points QT_QPA_PLATFORM_PLUGIN_PATH and QT_QPA_FONTDIR at its
    own Qt 5 plugins when imported, which breaks PySide6 afterwards; we keep the environment as it
    was. opencv-python-headless (the one we depend on) changes nothing.
    """
    saved = {k: os.environ.get(k) for k in ("QT_QPA_PLATFORM_PLUGIN_PATH", "QT_QPA_FONTDIR")}
    try:
        import cv2
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise OcrUnavailableError(f"OpenCV: {exc}") from exc
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return cv2


def _load_engine() -> Any:
    global _engine
    if _engine is None:
        import_cv2()
        try:
            from rapidocr_onnxruntime import RapidOCR
        except ImportError as exc:
            raise OcrUnavailableError(f"rapidocr_onnxruntime: {exc}") from exc
        # Two threads at most: the machine is shared with the window and the decoder.
        threads = max(1, min(2, os.cpu_count() or 1))
        try:
            # Detection at the picture's own size (no upscaling to 736 px as the default does):
            # halves the time on video frames, whose captions are large enough as they are.
            _engine = RapidOCR(
                intra_op_num_threads=threads,
                inter_op_num_threads=1,
                det_limit_type="max",
                det_limit_side_len=960,
            )
        except Exception as exc:  # onnxruntime raises its own types for broken models
            raise OcrUnavailableError(f"rapidocr_onnxruntime: {exc}") from exc
        log.info("OCR engine loaded (%d threads)", threads)
    return _engine


def _as_bgr(image: Image.Image | np.ndarray | str | Path) -> np.ndarray:
    """The engine takes arrays as BGR; we take RGB arrays, PIL images and file paths."""
    import numpy as np
    from PIL import Image

    if isinstance(image, (str, Path)):
        with Image.open(image) as opened:
            image = opened.convert("RGB")
    if isinstance(image, Image.Image):
        image = np.asarray(image.convert("RGB"))
    array = np.asarray(image)
    if array.ndim == 2:
        array = np.stack([array] * 3, axis=-1)
    if array.ndim != 3 or array.shape[2] not in (3, 4):
        raise ValueError(f"expected an RGB image, got an array of shape {array.shape}")
    if array.dtype != np.uint8:
        array = np.clip(array, 0, 255).astype(np.uint8)
    return np.ascontiguousarray(array[:, :, 2::-1])


def read_text(
    image: Image.Image | np.ndarray | str | Path, min_score: float = DEFAULT_MIN_SCORE, upright: bool = True
) -> list[TextBox]:
    """Every line of text in an image (PIL image, RGB array or file), top to bottom, then left to right.

    ``upright=False`` also reads lines turned upside down (a slower extra classifier pass).
    Loads the engine on the first call (about a second); safe to call from several threads (calls
    are serialised: the engine keeps per-call settings on itself). Raises OcrUnavailableError
    when the engine cannot be loaded.
    """
    bgr = _as_bgr(image)
    if bgr.shape[0] < 8 or bgr.shape[1] < 8:
        return []
    with _lock:
        engine = _load_engine()
        result, _elapsed = engine(bgr, use_cls=not upright)
    boxes: list[TextBox] = []
    for corners, text, score in result or ():
        text = str(text).strip()
        if not text or float(score) < min_score:
            continue
        points = tuple((float(x), float(y)) for x, y in corners)
        if len(points) != 4:
            continue
        boxes.append(TextBox(text, points, float(score)))
    boxes.sort(key=lambda b: (round(b.top / 8), b.left))
    return boxes


def is_loaded() -> bool:
    """Whether the engine has been loaded in this process (tests check the app start does not)."""
    return _engine is not None

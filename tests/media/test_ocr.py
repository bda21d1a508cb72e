"""The OCR wrapper reads rendered Chinese and English lines, loads lazily, and leaves Qt alone."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from studio.media import ocr
from studio.media.fonts import cjk_font_path

ROOT = Path(__file__).resolve().parents[2]


def _card(lines: list[tuple[str, int]], size: tuple[int, int] = (720, 1280)) -> Image.Image:
    font_path = cjk_font_path()
    assert font_path is not None, "fonts-wqy-microhei is installed by scripts/setup.sh"
    img = Image.new("RGB", size, (30, 80, 120))
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(font_path), 46)
    for text, y in lines:
        draw.text((50, y), text, font=font, fill="white", stroke_width=3, stroke_fill="black")
    return img


def test_reads_chinese_and_english_lines_in_order_with_their_boxes() -> None:
    img = _card([("限时到手价99元", 200), ("Serum for dry skin", 600), ("这款精华真的太好用了", 1100)])
    boxes = ocr.read_text(img)
    assert [b.text.replace(" ", "") for b in boxes] == [
        "限时到手价99元",
        "Serumfordryskin",
        "这款精华真的太好用了",
    ]
    caption = boxes[-1]
    assert 1080 < caption.center[1] < 1170 and caption.left < 80
    assert all(0.5 <= b.score <= 1.0 for b in boxes)
    # an RGB array and a file give the same words as the PIL image
    assert [b.text for b in ocr.read_text(np.asarray(img))] == [b.text for b in boxes]


def test_a_blank_picture_has_no_text_and_tiny_ones_are_skipped() -> None:
    assert ocr.read_text(Image.new("RGB", (320, 320), "white")) == []
    assert ocr.read_text(np.zeros((4, 4, 3), np.uint8)) == []


def test_worker_threads_share_one_engine() -> None:
    img = _card([("点击下方链接", 500)], size=(540, 960))
    results: list[list[str]] = []

    def work() -> None:
        results.append([b.text for b in ocr.read_text(img)])

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert results == [["点击下方链接"]] * 3


def test_nothing_heavy_is_imported_until_the_first_read_and_qt_still_works_after_opencv() -> None:
    code = textwrap.dedent(
        r"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from studio.media import ocr
        import studio.ui.mainwindow
        assert "cv2" not in sys.modules and "rapidocr_onnxruntime" not in sys.modules, "heavy import at start"
        cv2 = ocr.import_cv2()
        assert "QT_QPA_PLATFORM_PLUGIN_PATH" not in os.environ
        # headless OpenCV: no highgui window backend that would fight Qt
        import re
        gui = re.search(r"GUI:\s*(\S+)", cv2.getBuildInformation())
        assert gui is None or gui.group(1) == "NONE", "non-headless opencv-python is installed: " + gui.group(1)
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel("ok"); label.show(); app.processEvents()
        print("fine", cv2.__version__)
        """
    )
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.startswith("fine")


def test_missing_files_raise_before_the_engine_is_touched(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        ocr.read_text(tmp_path / "nope.png")

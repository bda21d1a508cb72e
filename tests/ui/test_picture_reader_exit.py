"""Quitting while the guide reads the words in a picture ends the app cleanly.

The OCR engine (onnxruntime) runs threads of its own; when the interpreter ended in the middle of a
picture, their destruction called std::terminate and the app aborted on quit (exit status 134, seen in
4 of 6 benchmark runs at load 13-17). The reader now stops and waits for that picture at exit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import io, sys, threading, time
    from types import SimpleNamespace
    from PIL import Image, ImageDraw, ImageFont
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from studio.ui.views.picture_reader import PictureReader

    # Lines of words, as a product shot's captions: each read takes the engine a while.
    picture = Image.new("RGB", (1080, 1920), "white")
    draw, font = ImageDraw.Draw(picture), ImageFont.load_default(size=48)
    for i in range(10):
        draw.text((40, 40 + i * 90), f"SALE {i:02d} 50% OFF TODAY 12345", fill="black", font=font)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    data = buffer.getvalue()
    shots = [(None, None, SimpleNamespace(frame=f"frame{i}")) for i in range(4)]
    script = SimpleNamespace(iter_shots=lambda: iter(shots))
    doc = SimpleNamespace(project=SimpleNamespace(scripts=[script]),
                          pf=SimpleNamespace(frame_bytes=lambda digest, kind: data))
    reader = PictureReader(doc)
    # Quit while the engine loads for the first picture and then reads it: each read of these words
    # takes the engine a while, and it reads until the reader is told to stop.
    from studio.guide.text import picturetext
    real = picturetext.read_picture
    reading = threading.Event()
    def endless(data):
        reading.set()
        text = real(data)
        while not reader._stop.is_set():
            real(data)
        return text
    picturetext.read_picture = endless
    reader.start()
    assert reader.busy
    assert reading.wait(60), "the reader did not start"
    time.sleep(float(sys.argv[1]))
    print("quitting while busy:", reader.busy, flush=True)
    sys.exit(0)
    """
)


def test_quitting_while_a_picture_is_read_exits_cleanly(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for wait in ("0.3", "1.5", "4"):  # the engine loading, its first read, a later read
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, wait],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert "quitting while busy: True" in done.stdout, (wait, done.stdout, done.stderr[-2000:])
        assert done.returncode == 0, (wait, done.returncode, done.stderr[-2000:])

"""The guide's picture reader: OCR in a child process, which quitting ends cleanly and idleness ends too.

The OCR engine (onnxruntime) runs threads of its own; when it ran in the window's process and the
interpreter ended in the middle of a picture, their destruction called std::terminate and the app
aborted on quit (exit status 134, seen in 4 of 6 benchmark runs at load 13-17). It now reads in a child
process: the engine never loads in the window's (nor its ~240 MB), quitting ends the child and joins
the thread waiting on it, and a child with nothing to read ends by itself, giving its memory back.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: A reader over ``N`` pictures of lines of words (each read takes the engine a while), started at once.
SETUP = textwrap.dedent(
    """
    import io, os, sys, threading, time
    from types import SimpleNamespace
    from PIL import Image, ImageDraw, ImageFont
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from studio.guide.text import picturetext
    from studio.ui.views import picture_reader
    from studio.ui.views.picture_reader import PictureReader

    def picture(i):
        image = Image.new("RGB", (1080, 1920), "white")
        draw, font = ImageDraw.Draw(image), ImageFont.load_default(size=48)
        for line in range(10):
            draw.text((40, 40 + line * 90), f"SALE {i:02d} 50% OFF TODAY {line}", fill="black", font=font)
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        return buffer.getvalue()

    def reader_over(n):
        pictures = {f"frame{i}": picture(i) for i in range(n)}
        shots = [(None, None, SimpleNamespace(frame=digest)) for digest in pictures]
        script = SimpleNamespace(iter_shots=lambda: iter(shots))
        doc = SimpleNamespace(project=SimpleNamespace(scripts=[script]),
                              pf=SimpleNamespace(frame_bytes=lambda digest, kind: pictures[digest]))
        return PictureReader(doc), pictures

    def child_pid(timeout=120):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            process = picture_reader._process
            pid = process.pid if process is not None else None
            if pid:
                return pid
            time.sleep(0.02)
        raise AssertionError("no reading process started")
    """
)

QUIT = SETUP + textwrap.dedent(
    """
    picture_reader.BATCH = 40  # enough pictures that it is still reading when it quits
    reader, pictures = reader_over(40)
    reader.start()
    assert reader.busy
    print("child", child_pid(), flush=True)
    time.sleep(float(sys.argv[1]))
    print("quitting while busy:", reader.busy, flush=True)
    sys.exit(0)
    """
)

READ_AND_IDLE = SETUP + textwrap.dedent(
    """
    from studio.guide.text.picture_process import PictureProcess
    picture_reader._process = PictureProcess(idle_s=1.0)
    reader, pictures = reader_over(2)
    read = []
    reader.read.connect(lambda: read.append(True))
    reader.start()
    end = time.monotonic() + 240
    while not read and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    assert read, "nothing was read"
    words = [picturetext.known(digest) for digest in pictures]
    loaded = sorted(m for m in ("onnxruntime", "rapidocr_onnxruntime", "cv2", "numpy") if m in sys.modules)
    pid = picture_reader._process._process.pid
    end = time.monotonic() + 30
    while picture_reader._process.pid is not None and time.monotonic() < end:
        time.sleep(0.05)
    import json
    print(json.dumps([words, loaded, picture_reader._process.pid is None]), flush=True)
    """
)


def _run(script: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", script, *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)  # fmt: skip


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:  # a zombie waiting to be reaped is gone too
        return stat.read().rsplit(")", 1)[1].split()[0] == "Z"


@pytest.mark.slow  # a crash test (the app aborted with SIGABRT when it quit mid-picture): the slow tier
def test_quitting_while_a_picture_is_read_exits_cleanly(tmp_path: Path) -> None:
    for wait in (
        "0.3",
        "1.5",
        "4",
    ):  # the child starting and loading the engine, its first read, a later read
        done = _run(QUIT, wait, cwd=tmp_path)
        assert "quitting while busy: True" in done.stdout, (wait, done.stdout, done.stderr[-2000:])
        assert done.returncode == 0, (wait, done.returncode, done.stderr[-2000:])
        pid = int(done.stdout.split("child ", 1)[1].split()[0])
        assert _gone(pid), f"the reading process {pid} outlived the app"


def test_pictures_are_read_in_a_child_that_ends_when_idle(tmp_path: Path) -> None:
    done = _run(READ_AND_IDLE, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    words, loaded, ended = json.loads(done.stdout.strip().splitlines()[-1])
    assert "SALE 00 50% OFF TODAY" in words[0] and "SALE 01" in words[1]
    # The OCR engine (and what it needs) never loaded in the window's process.
    assert loaded == []
    # With nothing more to read, the child ended on its own: its memory is given back.
    assert ended

"""PDFium is not thread-safe, and the window reads PDFs in threads: the print preview's page pictures, a print
job, a new layout while a cancelled one still runs. Two of them inside PDFium at once crashed a CI worker
(a segmentation fault in get_page). Three threads now read one PDF's pages at once, in a process of its own
so that a crash is this test's failure and not the suite's."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import sys, threading
    from fpdf import FPDF
    from studio.ui.dialogs import printing

    pdf = FPDF()
    for i in range(12):
        pdf.add_page()
        pdf.set_font("helvetica", size=30)
        pdf.cell(text=f"page {i} " * 3)
    data = bytes(pdf.output())
    pages = []

    def read() -> None:
        for _ in range(5):
            pages.append(sum(1 for _image, _size in printing.page_images(data, 100)))

    threads = [threading.Thread(target=read) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(set(pages)), printing.page_count(data))
    """
)


def test_three_threads_read_one_pdf_at_once_without_crashing() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.split() == ["[12]", "12"]

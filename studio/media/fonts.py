"""Finding a font that can draw Chinese, for placeholders, pictures and PDFs."""

from __future__ import annotations

import functools
import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

# Common locations on Debian/Ubuntu, Fedora, macOS and Windows.
_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
)


@functools.lru_cache(maxsize=1)
def cjk_font_path() -> Path | None:
    """A font file with Chinese glyphs, or None when the system has none."""
    for candidate in _CANDIDATES:
        path = Path(candidate)
        if path.is_file():
            return path
    fc_match = shutil.which("fc-match")
    if fc_match:
        try:
            out = subprocess.run(
                [fc_match, "-f", "%{file}", ":lang=zh-cn"],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            out = ""
        if out and Path(out).is_file() and Path(out).suffix.lower() in (".ttf", ".ttc", ".otf"):
            return Path(out)
    log.warning("no CJK font found; Chinese text in pictures will not render")
    return None

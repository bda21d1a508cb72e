"""How an action's words are kept and compared: the menus set them, the palette and the shortcuts list read them."""

from __future__ import annotations

import re

#: The property holding an action's English text (the palette finds actions by it in any language).
ENGLISH = "studio_english"

#: The property holding an action's text without what it would undo (Undo and Redo change their text).
BASE_TEXT = "studio_base_text"


def plain(text: str) -> str:
    """A menu text without its mnemonic marks ('&Open', '打开(&O)') and trailing dots."""
    text = re.sub(r"\s*\(&[^&)]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()

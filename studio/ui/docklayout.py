"""The docks' default layout, kept as Qt saves a window's layout, so a first window can take it as data.

Placing the docks by calls (``addDockWidget``, ``resizeDocks``) needs ``Qt.DockWidgetArea``, and PySide
builds all ~90 enums of the Qt namespace on first use of any of them (~10 ms before the first paint
of a fresh machine's window). Restoring a layout needs none. The layout here is what placing the docks
by default gives a 1360x820 window; ``python -m studio.ui.dock_recorder`` records it again (after a change
to the docks or their widths; on a screen larger than that window, which fits itself to its screen:
``QT_QPA_PLATFORM=offscreen:configfile=tests/data/screens/desktop.json``) and tests/ui/test_docklayout.py
checks that both ways agree.
"""

from __future__ import annotations

#: ``QMainWindow.saveState()`` of a 1360x820 window whose docks were placed by default: the navigator
#: left (197 px), the guide right (360 px), the timeline at the bottom.
DEFAULT_STATE = bytes.fromhex(
    "000000ff00000000fd0000000300000000000000c5000002d7fc0200000001fb0000001a006e006100760069006700610074"
    "006f00720044006f0063006b0100000013000002d70000002e00ffffff0000000100000168000002d7fc0200000001fb0000"
    "0012006700750069006400650044006f0063006b0100000013000002d70000002e00ffffff00000003000005500000002efc"
    "0100000001fb0000001800740069006d0065006c0069006e00650044006f0063006b0100000000000005500000005300ffff"
    "ff00000317000002d700000004000000040000000800000008fc00000000"
)

#: The window size the layout was recorded at (a fresh window's size, see MainWindow._restore_state).
WIDTH, HEIGHT = 1360, 820


def _ints(*values: int) -> bytes:
    return b"".join(v.to_bytes(4, "big", signed=True) for v in values)


def sized(state: bytes, width: int, navigator: int, guide: int) -> bytes:
    """``state`` (:data:`DEFAULT_STATE`) for a window ``width`` wide whose navigator and guide take these widths.

    A fresh window narrower than the recorded one (a small screen) had its docks sized by ``resizeDocks``,
    whose ``Qt.Orientation`` built the whole Qt namespace before the first paint. The recorded sizes are
    rewritten instead: the left and right areas' widths, the bottom area's and its dock's length, and the
    central widget's width (the separators keep theirs). A layout of another shape is returned unchanged.
    """
    if width == WIDTH:
        return state
    left, right, central, height, bottom = 197, 360, 791, 727, 46
    separators = WIDTH - left - right - central
    rest = width - navigator - guide - separators
    edits = [
        (_ints(0, left, height) + b"\xfc", _ints(0, navigator, height) + b"\xfc"),
        (_ints(1, right, height) + b"\xfc", _ints(1, guide, height) + b"\xfc"),
        (_ints(3, WIDTH, bottom) + b"\xfc", _ints(3, width, bottom) + b"\xfc"),
        (
            b"\x01" + _ints(0, WIDTH),
            b"\x01" + _ints(0, width),
        ),  # the timeline dock: visible, at 0, its length
        (_ints(central, height, 4, 4), _ints(rest, height, 4, 4)),  # then the corners' areas
    ]
    if rest <= 0 or any(state.count(old) != 1 for old, _ in edits):
        return state
    for old, new in edits:
        state = state.replace(old, new)
    return state

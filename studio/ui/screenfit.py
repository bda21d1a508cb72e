"""Keep a window inside the screen it opens on.

A geometry saved on a bigger monitor, one on a monitor unplugged since, or the default size on a
1366x768 laptop with a taskbar would leave the timeline and the status bar off-screen until the user
maximises. The rule here is pure geometry (QRect in, QRect out) so it is tested without screens.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect


def fitted(window: QRect, margins: tuple[int, int, int, int], areas: Sequence[QRect]) -> QRect:
    """The client rectangle a window should take so that it and its frame lie inside one screen's area.

    ``window`` is the client geometry, ``margins`` the frame's (left, top, right, bottom) widths, ``areas``
    the screens' available areas with the primary screen first. The window keeps its place and size when
    they fit; else it moves onto the screen holding most of it (the primary when none does) and shrinks
    to that screen's area.
    """
    if not areas:
        return QRect(window)
    left, top, right, bottom = margins
    frame = window.adjusted(-left, -top, right, bottom)
    area = (
        max(areas, key=lambda a: _overlap(a, frame)) if any(_overlap(a, frame) for a in areas) else areas[0]
    )
    if area.contains(frame):
        return QRect(window)
    width = min(window.width(), area.width() - left - right)
    height = min(window.height(), area.height() - top - bottom)
    x = min(max(window.x(), area.left() + left), area.left() + area.width() - right - width)
    y = min(max(window.y(), area.top() + top), area.top() + area.height() - bottom - height)
    return QRect(x, y, width, height)


def _overlap(a: QRect, b: QRect) -> int:
    inter = a.intersected(b)
    return inter.width() * inter.height() if inter.isValid() else 0

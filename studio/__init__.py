"""Studio: a desktop studio for short-video selling scripts."""

from __future__ import annotations

__version__ = "0.1.0"

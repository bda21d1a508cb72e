"""Number formatting for the views (re-exported from the results layer, so every screen agrees)."""

from __future__ import annotations

from studio.results.format import currency, format_count, format_money, format_percent, format_ratio

__all__ = ["currency", "format_count", "format_money", "format_percent", "format_ratio"]

"""The studio's views: write, storyboard, variants, preview, and the docked timeline and guide."""

from __future__ import annotations

from studio.ui.views.guide_panel import GuidePanel
from studio.ui.views.preview import PreviewView
from studio.ui.views.storyboard import StoryboardView
from studio.ui.views.timeline import TimelineStrip
from studio.ui.views.variants import VariantsView
from studio.ui.views.write import WriteView

__all__ = ["GuidePanel", "PreviewView", "StoryboardView", "TimelineStrip", "VariantsView", "WriteView"]

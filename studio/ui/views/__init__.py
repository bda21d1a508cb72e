"""The studio's views: write, storyboard, variants, preview, results, and the docked timeline and guide.

This package imports nothing on purpose: the main window imports a view's module only when its tab is
first shown, so start-up pays only for the Write tab and the docks.
"""

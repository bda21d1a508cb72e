"""The bundle's entry point: the Studio window, with a project file as its argument (Open With)."""

from studio.launch import run

run()

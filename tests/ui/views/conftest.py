"""Fixtures for the view tests: the Chinese sample open in a document, and a way to read it back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from studio.models.entities import Project


@pytest.fixture
def zh_doc(sample_path: Path, qapp) -> Iterator:
    """The Chinese sample open in a document controller; closed after the test."""
    from studio.store.document import ProjectFile
    from studio.ui.document_controller import DocumentController

    controller = DocumentController(ProjectFile.open(sample_path))
    yield controller
    if controller._on_change in controller.project.listeners:
        controller.close()


@pytest.fixture
def reopen(sample_path: Path) -> Callable[..., Project]:
    """Close the document and read the file on disk back (what the user gets next time)."""
    from studio.store.document import ProjectFile

    def _reopen(doc=None) -> Project:
        if doc is not None:
            doc.close()
        pf = ProjectFile.open(sample_path, readonly=True)
        try:
            return pf.project
        finally:
            pf.close()

    return _reopen


def png(color: tuple[int, int, int] = (10, 200, 30), size: tuple[int, int] = (90, 160)) -> bytes:
    """A small PNG image's bytes."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()

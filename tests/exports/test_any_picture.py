"""Any picture, any export: odd sizes and kinds of picture never stop an export nor give a shot a page."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from studio.cli import main
from studio.exports import formats
from studio.media.images import import_image
from studio.models.entities import Frame
from studio.samples import sample_project
from studio.store.document import ProjectFile
from tests.exports.picture_set import PICTURES


@pytest.fixture(scope="module")
def _built(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[bool, int | None], Path]:
    """The project files, each built once per module (importing the nine pictures is a quarter second)."""
    folder = tmp_path_factory.mktemp("odd")
    return {key: _build(folder / f"{key[0]}-{key[1]}.studio", *key) for key in ((True, None), (True, 1), (False, None))}  # fmt: skip


@pytest.fixture
def project_file(_built: dict[tuple[bool, int | None], Path]):
    """``project_file(path, pictures, shot_ds)``: a private copy of the built project at ``path``."""

    def copy(path: Path, pictures: bool, shot_ds: int | None = None) -> Path:
        shutil.copy(_built[pictures, shot_ds], path)
        return path

    return copy


def _build(path: Path, pictures: bool, shot_ds: int | None = None) -> Path:
    """The sample with each odd picture on a shot twice over: once imported (its renditions made
    by the import), once stored raw as every rendition (what an old or foreign file may hold).
    ``shot_ds`` cuts every shot to that many tenths of a second."""
    project, blobs = sample_project("zh", frame_edge=120)
    shots = [s for b in project.scripts[0].beats for a in b.alternatives for s in a.shots]
    for shot in shots if shot_ds else ():
        shot.duration_ds = shot_ds
    if pictures:
        pairs = []
        for data, filename in PICTURES.values():
            made = import_image(data, filename)
            pairs.append((made.hash, {"original": data, "thumb": made.thumb, "print": made.print},
                          Frame(made.hash, filename, made.width, made.height, made.format)))  # fmt: skip
            raw = hashlib.sha256(b"raw" + data).hexdigest()
            pairs.append(
                (raw, {"original": data, "thumb": data, "print": data}, Frame(raw, filename, 1, 1, "PNG"))
            )
        for shot, (digest, kinds, frame) in zip(shots, pairs, strict=False):
            blobs[digest] = kinds
            project.frames[digest] = frame
            shot.frame = digest
    ProjectFile.create(path, project, blobs).close()
    return path


def _export(source: Path, fmt: str, out: Path, *extra: str) -> int:
    return main(["export", str(source), "--format", fmt, "--all", "-o", f"{out}/", *extra])


def _pages(folder: Path) -> int:
    return sum(len(pdfium.PdfDocument(str(p))) for p in folder.glob("*.pdf"))


@pytest.mark.parametrize("fmt", [f.name for f in formats.FORMATS])
def test_every_format_takes_every_picture(tmp_path: Path, fmt: str, project_file) -> None:
    # Videos show each shot's picture for its whole shot: a tenth of a second (two or three frames) fits,
    # decodes and encodes every odd picture as its 2-8 s would; what is left is drawing each picture at the
    # video's size (the full-length animatic: tests/exports/test_animatic.py).
    video = formats.find(fmt).suffixes[0] in (".mp4", ".gif")
    source = project_file(tmp_path / "odd.studio", pictures=True, shot_ds=1 if video else None)
    suffixes = formats.find(fmt).suffixes if fmt == "creator-brief" else formats.find(fmt).suffixes[:1]
    for suffix in suffixes:
        out = tmp_path / suffix.strip(".")
        if fmt == "creator-brief":
            assert main(["export", str(source), "--format", fmt, "-o", str(out / f"brief{suffix}")]) == 0
        else:
            assert _export(source, fmt, out) == 0, fmt
        written = [p for p in out.iterdir() if p.is_file()]
        assert written and all(p.stat().st_size > 200 for p in written), written


@pytest.mark.parametrize("layout", ["table", "3x2"])
def test_odd_pictures_give_no_shot_a_page(tmp_path: Path, layout: str, project_file) -> None:
    plain = project_file(tmp_path / "plain.studio", pictures=False)
    odd = project_file(tmp_path / "odd.studio", pictures=True)
    assert _export(plain, "pdf", tmp_path / "plain", "--layout", layout) == 0
    assert _export(odd, "pdf", tmp_path / "odd", "--layout", layout) == 0
    # Placeholders have the platform's shape, the box every picture is fitted into: same paper, give or take one page.
    assert _pages(tmp_path / "odd") <= _pages(tmp_path / "plain") + 1, (
        _pages(tmp_path / "odd"),
        _pages(tmp_path / "plain"),
    )
    for doc in (tmp_path / "odd").glob("*.pdf"):
        pdf = pdfium.PdfDocument(str(doc))
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        codes = [
            s.code
            for b in sample_project("zh", 120)[0].scripts[0].beats
            for a in b.alternatives
            for s in a.shots
        ]
        assert all(code in text for code in codes)  # every shot is on the paper

"""Output names: bounded in bytes, portable, inside their folder, and never shared by two outputs of one command."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from studio.exports.names import (
    MAX_NAME_BYTES,
    OutputCollisionError,
    UnsafePathError,
    check_distinct,
    file_name,
    frame_file,
    inside,
    name_part,
    variant_name,
)
from studio.samples import sample_project
from studio.store.document import ProjectFile
from tests.cli_runner import CliResult, run_cli

LONG_ZH = "焕亮精华" * 15  # 60 characters, 180 bytes
EMOJI = "🔥✨限时👩‍💻秒杀🧴" * 6


def run(*args: str, lang: str = "en") -> CliResult:
    """``studio ARGS`` as a shell runs it, in this process (a new interpreter per call was a second of CPU)."""
    return run_cli(*args, lang=lang)


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def _project(path: Path, title: str, names: list[str]) -> Path:
    project, blobs = sample_project("zh", frame_edge=120)
    project.title = title
    for variant, name in zip(project.scripts[0].variants, names, strict=False):
        variant.name = name
    ProjectFile.create(path, project, blobs).close()
    return path


# --- the one name function -----------------------------------------------------------------------


def test_names_are_bounded_in_bytes_and_cut_on_a_character() -> None:
    for text in (LONG_ZH * 3, EMOJI * 3, "a" * 500):
        part = name_part(text)
        assert len(part.encode("utf-8")) <= 90 and text.startswith(part[:3])
        whole = variant_name(text, text, ".docx", "口播稿")
        assert len(whole.encode("utf-8")) <= MAX_NAME_BYTES and whole.endswith("_口播稿.docx")
        assert not whole.endswith("\u200d.docx")
    # The variant keeps its name when the stem is long: the stem gives way.
    assert "_价格钩子" in variant_name(LONG_ZH * 3, "价格钩子", ".png")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("CON", "CON_.docx"), ("nul", "nul_.docx"), ("Com1.backup", "Com1_.backup.docx"), ("LPT9 ", "LPT9_.docx"),
     ("CONSOLE", "CONSOLE.docx"), ("价格\u202eCOD.exe", "价格COD.exe.docx"), ("a\u200bb\u2066c\x07d", "abcd.docx"),
     ("A/B:C?", "A_B_C.docx"), ("...", "studio.docx")],
)  # fmt: skip
def test_reserved_names_and_invisible_characters(typed: str, expected: str) -> None:
    assert file_name(typed, ".docx") == expected


def test_frame_names_only_from_a_real_hash_and_a_known_format(tmp_path: Path) -> None:
    digest = "ab" * 32
    assert frame_file(digest, "JPEG") == f"{digest}.jpg" and frame_file(digest, "png") == f"{digest}.png"
    assert frame_file(digest, "TGA") == f"{digest}.tga"  # a format Pillow reads, from the store's own list
    for bad_hash, bad_fmt in (("../../x", "PNG"), (digest, "png/../../.profile"), (digest.upper(), "PNG"),
                              (digest, ""), (digest + "/", "PNG"), (None, "PNG")):  # fmt: skip
        assert frame_file(bad_hash, bad_fmt) is None
    with pytest.raises(UnsafePathError):
        inside(tmp_path, "../x.png")
    (tmp_path / "link.png").symlink_to(tmp_path.parent / "elsewhere.png")
    with pytest.raises(UnsafePathError):
        inside(tmp_path, "link.png")
    assert inside(tmp_path, "a.png") == tmp_path.resolve() / "a.png"


def test_two_outputs_of_one_name_are_refused_naming_both(tmp_path: Path) -> None:
    with pytest.raises(OutputCollisionError) as info:
        check_distinct(
            [(tmp_path / "Hook.docx", "Hook"), (tmp_path / "x.docx", "x"), (tmp_path / "hook.docx", "hook")]
        )
    assert (info.value.first, info.value.second) == ("Hook", "hook")
    check_distinct([(tmp_path / "a.docx", "a"), (tmp_path / "b.docx", "b")])


# --- as a user runs the exports -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "script", "image"])
def test_long_chinese_and_emoji_titles_export_every_variant(tmp_path: Path, fmt: str) -> None:
    source = _project(tmp_path / "p.studio", LONG_ZH, [LONG_ZH + "基础", EMOJI, "CON", "价格\u202e钩子"])
    out = tmp_path / "out"
    out.mkdir()
    done = run("export", str(source), "-f", fmt, "--all", "-o", str(out))
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.iterdir())
    assert len(names) >= 4
    for name in names:
        assert len(name.encode("utf-8")) <= MAX_NAME_BYTES, name
        assert "\u202e" not in name and not name.upper().startswith("CON.")
    assert any("🔥" in n for n in names) and any(n.startswith(LONG_ZH[:20]) for n in names)


def test_pack_of_long_titles_stays_within_the_limit(tmp_path: Path) -> None:
    source = _project(tmp_path / "p.studio", EMOJI * 2, [LONG_ZH * 2, "NUL"])
    done = run(
        "pack",
        str(source),
        "--variant",
        LONG_ZH * 2,
        "--variant",
        "NUL",
        "--zip",
        "-o",
        str(tmp_path / "packs"),
    )
    assert done.returncode == 0, done.stderr
    for entry in (tmp_path / "packs").iterdir():
        assert len(entry.name.encode("utf-8")) <= 200 and not entry.name.upper().startswith("NUL")


def test_colliding_variant_names_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    source = _project(tmp_path / "p.studio", "项目", ["基础版", "A/B", "A:B", "甲"])
    out = tmp_path / "out"
    out.mkdir()
    done = run("export", str(source), "-f", "docx", "--all", "-o", str(out))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "A/B" in done.stderr and "A:B" in done.stderr and "rename one" in done.stderr
    assert list(out.iterdir()) == []
    zh = run("export", str(source), "-f", "docx", "--all", "-o", str(out / "{variant}.docx"), lang="zh")
    assert zh.returncode == 1 and "改名" in zh.stderr and list(out.iterdir()) == []
    packs = run("pack", str(source), "--all", "-o", str(tmp_path / "packs"))
    assert (
        packs.returncode == 1 and "A/B" in packs.stderr and "A:B" in packs.stderr and "rename" in packs.stderr
    )
    assert not (tmp_path / "packs").exists() or list((tmp_path / "packs").iterdir()) == []


# --- values from a crafted file never become a path outside the output folder ---------------------


def _crafted(tmp_path: Path) -> Path:
    """The sample whose first frame's hash is '../../x' and second frame's format 'png/../../.profile'."""
    path = _project(tmp_path / "crafted.studio", "项目", [])
    with sqlite3.connect(path) as conn:
        first, second = [r[0] for r in conn.execute("SELECT hash FROM frame ORDER BY hash LIMIT 2")]
        for table, column in (("frame", "hash"), ("frame_blob", "hash"), ("shot", "frame_hash")):
            conn.execute(f"UPDATE {table} SET {column} = '../../x' WHERE {column} = ?", (first,))
        conn.execute("UPDATE frame SET format = 'png/../../.profile' WHERE hash = ?", (second,))
    conn.close()
    return path


def test_a_crafted_hash_or_format_writes_nothing_outside(tmp_path: Path) -> None:
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    source = _crafted(work)
    before = _files(tmp_path)
    images = work / "images"
    dumped = run("dump", str(source), "--images-out", str(images))
    assert "Traceback" not in dumped.stderr
    assert dumped.returncode in (0, 1) and len(dumped.stderr.strip().splitlines()) == 1
    if dumped.returncode == 0:  # else the store refused the file as damaged, which is also safe
        assert "2 frame(s)" in dumped.stderr and "import those pictures again" in dumped.stderr
        assert len(list(images.iterdir())) == 17
    packed = run("pack", str(source), "--all", "--zip", "-o", str(work / "packs"))
    assert "Traceback" not in packed.stderr
    if packed.returncode == 0:
        assert len(list((work / "packs").glob("*.zip"))) == 4
    made = _files(tmp_path) - before
    outside = [p for p in made if images not in p.parents and work / "packs" not in p.parents]
    assert outside == []
    assert not (tmp_path / "x.png").exists() and not (tmp_path / "a" / ".profile").exists()


def test_the_pack_protects_itself_whatever_the_store_lets_through(tmp_path: Path) -> None:
    """Past the store's own checks (a project built in memory): a hash of '../../x' still names nothing."""
    from studio.exports.pack import pack_variants
    from studio.models.entities import Frame

    sys.path.insert(0, str(Path(__file__).parent))
    from export_helpers import jpeg, media_of, tiny_project

    project, script, store = tiny_project()
    shot = script.beats[0].alternatives[0].shots[0]
    crafted = "../../../x"
    store[crafted] = {kind: jpeg() for kind in ("original", "thumb", "print")}
    project.frames[crafted] = Frame(crafted, "x.jpg", 90, 160, "png/../../.profile")
    shot.frame = crafted
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    results = pack_variants(project, script, list(script.variants), media_of(store), work / "packs")
    assert len(results) == 1 and "frames/01_H-A-01.png" in results[0].files
    assert {p for p in tmp_path.rglob("*") if p.is_file()} == {
        p for p in (work / "packs").rglob("*") if p.is_file()
    }

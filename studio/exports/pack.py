"""Variant packs for editors: one folder per variant with documents, stills, captions and timelines.

A pack is built in a hidden temp folder beside the target and renamed into place at the
end, so a failure leaves nothing half-made; an older pack of the same name is replaced
only once the new one is complete.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from studio.exports.common import (
    ExportWriteError,
    FolderMissingError,
    Media,
    Progress,
    progress_steps,
    safe_text,
    slug,
)
from studio.exports.manifest import (
    MANIFEST_NAME,
    README_NAME,
    manifest_bytes,
    manifest_dict,
    readme_text,
    sha256_file,
)
from studio.exports.srt import frame_at, srt_text
from studio.exports.timelines import ClipSpec, timeline_texts
from studio.fileio import fsync_file, permissions_as_new
from studio.models.entities import Project, Script, Shot, Variant
from studio.models.platforms import preset
from studio.models.timeline import TimedShot, cut
from studio.models.vocab import beat_label

if TYPE_CHECKING:  # Pillow is imported where frames are decoded, not on import
    from PIL import Image

log = logging.getLogger(__name__)

#: Long edge of placeholder stills (the platform's full resolution, 1080x1920 for 9:16).
PLACEHOLDER_EDGE = 1920
FRAMES_DIR = "frames"
TIMELINE_BASENAME = "timeline"
#: The read-through script (口播稿) for the voice-over artist and the editor.
SCRIPT_NAME = "script.docx"


def default_fps(project: Project) -> int:
    """The pack's frame rate: the project's 'pack_fps' setting, else 25 for zh and 30 for en."""
    setting = project.settings.get("pack_fps")
    if isinstance(setting, (int, float)) and not isinstance(setting, bool) and 1 <= setting <= 120:
        return int(setting)
    return 25 if project.language == "zh" else 30


def folder_name(project: Project, script: Script, variant: Variant) -> str:
    """`<project>_<variant>`, safe for every file system, Chinese kept."""
    title = slug(project.title or script.title, "project")
    return slug(f"{title}_{slug(variant.name, 'variant')}", "pack")


@dataclass
class PackResult:
    """What was written for one variant."""

    variant: Variant
    folder: Path
    zip_path: Path | None
    files: dict[str, str]


#: zlib level of the PNG stills: level 1 writes a 1080x1920 still about four times faster
#: than the default 6 for files about 13 % larger, and editors replace stills with footage.
PNG_LEVEL = 1


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=PNG_LEVEL)
    return out.getvalue()


class _Stills:
    """Full-resolution PNG stills by frame hash, encoded once (in parallel) for all variants.

    The encoded stills wait in a hidden folder beside the packs rather than in memory
    (a 200-shot project is about half a gigabyte of PNG), and are copied into each pack.
    """

    def __init__(self, project: Project, media: Media | None, cache: Path) -> None:
        self.project = project
        self.media = media
        self.cache = cache
        self._done: dict[str, Path | None] = {}
        plat = preset(project.platform)
        self.size = plat.frame_size(PLACEHOLDER_EDGE)
        self._covered = (plat.covered.top, plat.covered.bottom, plat.covered.left, plat.covered.right)

    def _encode(self, digest: str) -> Path | None:
        from studio.media.images import decode_rgb, is_plain_png

        try:
            data = self.media(digest, "original") if self.media is not None else None
        except Exception:
            log.warning("cannot read frame %s", digest[:12], exc_info=True)
            data = None
        if data is None:
            return None
        try:
            # A stored PNG that is already upright sRGB RGB is the still as it is: no re-encoding.
            png = data if is_plain_png(data) else _png(decode_rgb(data, digest[:12]))
        except Exception:  # hostile image bytes reach Pillow's parsers, which raise almost anything
            log.warning("frame %s is unreadable; drawing a placeholder", digest[:12], exc_info=True)
            return None
        path = self.cache / f"{digest}.png"
        path.write_bytes(png)
        return path

    def encoded(self, digests: list[str | None]) -> Iterator[None]:
        """Encode these frames' stills on every core; yields once per entry, in order, as each is ready."""
        todo = sorted({d for d in digests if d and d not in self._done})
        with ThreadPoolExecutor(max_workers=max(1, min(len(todo), os.cpu_count() or 1))) as pool:
            futures = {d: pool.submit(self._encode, d) for d in todo}
            for digest in digests:
                if digest in futures:
                    self._done[digest] = futures[digest].result()
                yield None

    def placeholder_png(self, timed: TimedShot, lang: str) -> bytes:
        """A still in the platform's shape naming the shot, for a shot without a usable frame."""
        from studio.media.images import placeholder
        from studio.samples import BEAT_HUES

        shot = timed.shot
        lines = (beat_label(timed.beat.kind, timed.beat.name, lang), f"{shot.duration:.1f}s")
        code = safe_text(shot.code) or "—"
        image = placeholder(*self.size, code, lines, self._covered, BEAT_HUES[timed.beat.kind])
        return _png(image)

    def write(self, timed: TimedShot, lang: str, target: Path) -> bool:
        """Write a shot's still to ``target``; True when it is a placeholder."""
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = timed.shot.frame
        if digest:
            if digest not in self._done:
                self._done[digest] = self._encode(digest)
            source = self._done[digest]
            if source is not None:
                shutil.copyfile(source, target)
                return False
        target.write_bytes(self.placeholder_png(timed, lang))
        return True


def _clip_specs(script: Script, variant: Variant, fps: int, lang: str) -> list[tuple[TimedShot, ClipSpec]]:
    """The cut as clips: frame-exact durations, unique still names, a marker per beat."""
    prefix = slug(variant.name, "variant")
    used: set[str] = set()
    out: list[tuple[TimedShot, ClipSpec]] = []
    seen_beats: set[str] = set()
    for timed in cut(script, variant):
        start, end = frame_at(timed.start_ds, fps), frame_at(timed.end_ds, fps)
        if end <= start:
            log.info("shot %s is shorter than a frame; left out", timed.shot.code)
            continue
        # Timelines are XML and text formats: no control characters or lone surrogates in names.
        code = safe_text(timed.shot.code).strip() or f"{timed.index + 1:02d}"
        stem = slug(f"{prefix}_{code}", f"{prefix}_{timed.index + 1:02d}")
        name, n = f"{stem}.png", 2
        while name.casefold() in used:
            name, n = f"{stem}_{n}.png", n + 1
        used.add(name.casefold())
        marker = None
        if timed.beat.id not in seen_beats:
            seen_beats.add(timed.beat.id)
            marker = safe_text(f"{beat_label(timed.beat.kind, timed.beat.name, lang)} {timed.alt.label}")
        out.append((timed, ClipSpec(code, f"{FRAMES_DIR}/{name}", start, end - start, timed.beat.kind,
                                    marker, _metadata(timed.shot, timed, lang))))  # fmt: skip
    return out


def _metadata(shot: Shot, timed: TimedShot, lang: str) -> dict[str, str]:
    values = {
        "shot_id": shot.id,
        "code": shot.code,
        "beat": beat_label(timed.beat.kind, timed.beat.name, lang),
        "alternative": timed.alt.label,
        "voiceover": shot.voiceover,
        "onscreen_text": shot.onscreen_text,
        "visual": shot.visual,
        "sound": shot.sound,
        "duration_s": f"{shot.duration:.1f}",
    }
    return {key: safe_text(value) for key, value in values.items()}


def _documents(project: Project, script: Script, variant: Variant, media: Media | None, folder: Path, lang: str,
               snapshot: str | None) -> None:  # fmt: skip
    """The storyboard, shot list and read-through script from the exports' own writers."""
    from studio.exports.docx_export import export_docx
    from studio.exports.script_export import export_script
    from studio.exports.xlsx_export import export_xlsx

    export_docx(project, script, [variant], media, folder / "storyboard.docx", lang, snapshot=snapshot)
    export_xlsx(project, script, [variant], media, folder / "shotlist.xlsx", lang)
    export_script(project, script, [variant], media, folder / SCRIPT_NAME, lang)


def _write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with open(path, "wb") as fh:
        fh.write(payload)


def _build(project: Project, script: Script, variant: Variant, media: Media | None, stills: _Stills,
           tmp: Path, final: Path, fps: int, lang: str, snapshot: str | None, step: Callable[[], None]) -> dict[str, str]:  # fmt: skip
    """Write one variant's pack into ``tmp``; returns file -> sha256 (manifest excluded)."""
    specs = _clip_specs(script, variant, fps, lang)
    clips = [c for _t, c in specs]
    placeholders: set[str] = set()
    for (timed, spec), _ready in zip(specs, stills.encoded([t.shot.frame for t, _ in specs]), strict=True):
        if stills.write(timed, lang, tmp / spec.still):
            placeholders.add(spec.still)
        step()
    (tmp / FRAMES_DIR).mkdir(exist_ok=True)
    _write(tmp / "captions.srt", srt_text(script, variant, fps))
    name = safe_text(f"{project.title or script.title} — {variant.name}")
    for ext, text in timeline_texts(name, clips, fps, stills.size, final).items():
        _write(tmp / f"{TIMELINE_BASENAME}.{ext}", text)
    _write(tmp / README_NAME, readme_text(project, variant, fps, stills.size, clips))
    _documents(project, script, variant, media, tmp, lang, snapshot)
    step()
    files = {p.relative_to(tmp).as_posix(): sha256_file(p) for p in sorted(tmp.rglob("*")) if p.is_file()}
    data = manifest_dict(project, script, variant, fps, stills.size, clips, files, snapshot, placeholders)
    _write(tmp / MANIFEST_NAME, manifest_bytes(data))
    return files


def _fsync_tree(folder: Path) -> None:
    permissions_as_new(folder, 0o777)
    for path in folder.rglob("*"):
        if path.is_file():
            fsync_file(path)


def _swap_in(tmp: Path, final: Path) -> None:
    """Rename the finished temp folder to its final name, replacing an older pack only now."""
    old: Path | None = None
    if final.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".old", dir=final.parent))
        old.rmdir()
        os.replace(final, old)
    try:
        os.replace(tmp, final)
    except OSError:
        if old is not None:
            os.replace(old, final)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def zip_folder(folder: Path, target: Path) -> Path:
    """Zip a folder to ``target`` atomically; entries all live under the folder's own name."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    zf.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
        fsync_file(tmp)
        permissions_as_new(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target


def pack_variants(
    project: Project,
    script: Script,
    variants: list[Variant],
    media: Media | None,
    out_dir: str | Path,
    *,
    fps: int | None = None,
    make_zip: bool = False,
    lang: str | None = None,
    snapshot: str | None = None,
    progress: Progress | None = None,
) -> list[PackResult]:
    """Write one pack folder per variant into ``out_dir`` (and a zip of each when asked)."""
    out = Path(out_dir)
    if not out.is_dir():
        raise FolderMissingError(out / "pack")
    fps = fps or default_fps(project)
    lang = lang or project.language
    try:
        cache = Path(tempfile.mkdtemp(prefix=".studio-stills.", dir=out))
    except OSError as exc:
        raise ExportWriteError(out / "pack", exc.strerror or str(exc)) from None
    try:
        return _pack_all(project, script, variants, media, out, fps, make_zip, lang, snapshot, progress,
                         _Stills(project, media, cache))  # fmt: skip
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def _pack_all(project: Project, script: Script, variants: list[Variant], media: Media | None, out: Path,
              fps: int, make_zip: bool, lang: str, snapshot: str | None, progress: Progress | None,
              stills: _Stills) -> list[PackResult]:  # fmt: skip
    results: list[PackResult] = []
    total = sum(len(cut(script, v)) + 1 for v in variants)
    with progress_steps(progress, total) as step:
        for variant in variants:
            final = out / folder_name(project, script, variant)
            try:
                tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".part", dir=out))
            except OSError as exc:
                raise ExportWriteError(final, exc.strerror or str(exc)) from None
            try:
                files = _build(project, script, variant, media, stills, tmp, final, fps, lang, snapshot, step)
                _fsync_tree(tmp)
                _swap_in(tmp, final)
            except OSError as exc:
                shutil.rmtree(tmp, ignore_errors=True)
                raise ExportWriteError(final, exc.strerror or str(exc)) from None
            except BaseException:
                shutil.rmtree(tmp, ignore_errors=True)
                raise
            zipped = None
            if make_zip:
                try:
                    zipped = zip_folder(final, out / f"{final.name}.zip")
                except OSError as exc:
                    raise ExportWriteError(out / f"{final.name}.zip", exc.strerror or str(exc)) from None
            log.info("pack %s: %d files", final.name, len(files) + 1)
            results.append(PackResult(variant, final, zipped, files))
    return results

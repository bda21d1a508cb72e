"""Variant packs for editors: one folder per variant with documents, stills, captions and timelines.

A pack is built in a hidden temp folder beside the target and renamed into place at the
end, so a failure leaves nothing half-made; an older pack of the same name is replaced
only once the new one is complete.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import Any

from studio.exports.clipspec import ClipSpec
from studio.exports.common import (
    ExportWriteError,
    Media,
    Progress,
    atomic_path,
    default_fps,
    progress_steps,
    safe_text,
)
from studio.exports.manifest import (
    MANIFEST_NAME,
    README_NAME,
    manifest_bytes,
    manifest_dict,
    readme_text,
    sha256_file,
)
from studio.exports.media_urls import media_folder
from studio.exports.names import check_distinct, file_name, name_part
from studio.exports.srt import srt_text
from studio.exports.stills import Stills
from studio.exports.timelines import timeline_texts
from studio.fileio import (
    claimed,
    fsync_file,
    made_part,
    part_pattern,
    permissions_as_new,
    sweep_parts,
)
from studio.media.decode import available_memory
from studio.models.crop import CropMode
from studio.models.entities import Project, Script, Shot, Variant
from studio.models.rates import FrameRate
from studio.models.timeline import TimedShot, cut
from studio.models.vocab import beat_label

log = logging.getLogger(__name__)

FRAMES_DIR = "frames"
#: Longest pack folder name in UTF-8 bytes: its files' paths must stay short enough for Windows too.
PACK_NAME_BYTES = 120
TIMELINE_BASENAME = "timeline"
#: The read-through script (口播稿) for the voice-over artist and the editor.
SCRIPT_NAME = "script.docx"
#: The animatic video a pack carries when asked (it takes about a fifth of its running time to encode).
ANIMATIC_NAME = "animatic.mp4"
#: The voice-over captions and the on-screen text, each an SRT file of its own.
CAPTIONS_NAME = "captions.srt"
ONSCREEN_NAME = "onscreen_text.srt"
#: The relink scripts shipped in every pack (resources/pack), and which must be executable.
RELINK_SCRIPTS = ("relink.command", "relink.bat", "relink.ps1")
_EXECUTABLE = ("relink.command",)


def folder_name(project: Project, script: Script, variant: Variant) -> str:
    """`<project>_<variant>`, safe for every file system, Chinese kept."""
    title = name_part(project.title or script.title, "project", PACK_NAME_BYTES // 2)
    return file_name(f"{title}_{name_part(variant.name, 'variant')}", "", PACK_NAME_BYTES)


@dataclass
class PackResult:
    """What was written for one variant."""

    variant: Variant
    folder: Path
    zip_path: Path | None
    files: dict[str, str]


def still_name(index: int, count: int, code: str) -> str:
    """`07_H-A-01.png`: play order first, the shot code in ASCII (every editor matches it by name)."""
    ascii_code = re.sub(r"[^A-Za-z0-9._-]+", "-", code).strip("-._")[:40] or "shot"
    width = max(2, len(str(count)))
    return f"{index:0{width}d}_{ascii_code}.png"


def _clip_specs(
    script: Script, variant: Variant, fps: FrameRate, lang: str
) -> list[tuple[TimedShot, ClipSpec]]:
    """The cut as clips: frame-exact durations, unique ASCII still names, a marker per beat."""
    timed_shots = [t for t in cut(script, variant) if fps.frame_at(t.end_ds) > fps.frame_at(t.start_ds)]
    out: list[tuple[TimedShot, ClipSpec]] = []
    seen_beats: dict[str, int] = {}
    beat_frames: dict[str, int] = {}
    for n, timed in enumerate(timed_shots, start=1):
        start, end = fps.frame_at(timed.start_ds), fps.frame_at(timed.end_ds)
        # Timelines are XML and text formats: no control characters or lone surrogates in names.
        code = safe_text(timed.shot.code).strip() or f"{timed.index + 1:02d}"
        name = still_name(n, len(timed_shots), code)
        beat_frames[timed.beat.id] = beat_frames.get(timed.beat.id, 0) + end - start
        marker = None
        if timed.beat.id not in seen_beats:
            seen_beats[timed.beat.id] = len(out)
            marker = safe_text(f"{beat_label(timed.beat.kind, timed.beat.name, lang)} {timed.alt.label}")
        out.append((timed, ClipSpec(code, f"{FRAMES_DIR}/{name}", start, end - start, timed.beat.kind,
                                    marker, _metadata(timed.shot, timed, lang))))  # fmt: skip
    for beat_id, i in seen_beats.items():
        timed, spec = out[i]
        out[i] = (timed, replace(spec, beat_frames=beat_frames[beat_id]))
    skipped = len(cut(script, variant)) - len(timed_shots)
    if skipped:
        log.info("%d shot(s) shorter than a frame left out", skipped)
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


#: Memory one extra process writing a variant's documents may take (the project, python-docx/openpyxl, a document).
DOCUMENT_WORKER_BYTES = 400 * 1024 * 1024
#: Overrides how many processes write documents (1: all in this one); the benchmark compares 1 and 2.
WORKERS_ENV = "STUDIO_PACK_WORKERS"


def document_workers(variants: int) -> int:
    """Processes writing the variants' documents, this one included: at most one per core and as many
    as free memory holds (the stills' rule), never more than there are variants; 1 on one core."""
    with contextlib.suppress(ValueError):
        forced = int(os.environ.get(WORKERS_ENV, ""))
        return max(1, min(forced, variants))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    by_memory = available_memory() // 2 // DOCUMENT_WORKER_BYTES
    return max(1, min(cores, by_memory + 1, variants))


# --- the document workers (spawned processes; each holds the project once) ---------------------------

_worker: dict[str, Any] = {}


def _die_with_parent(parent: int) -> None:
    """End this worker when the pack's process ends (killed on cancel): it must not write on alone."""
    with contextlib.suppress(Exception):  # Linux: the kernel kills us the moment the parent dies
        import ctypes
        import signal

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.1)
        os._exit(1)

    threading.Thread(target=watch, name="studio-pack-watch", daemon=True).start()


def _travelling(media: Media | None) -> object:
    """``media`` as a worker can get it: a project file's frames by the file's path (a worker opens its own
    read-only reader there), anything else as it is (if it pickles)."""
    from studio.store.document import ProjectFile
    from studio.store.framereader import FrameReader

    owner = getattr(media, "__self__", None)
    if isinstance(owner, ProjectFile | FrameReader) and owner.path is not None:
        return ("frames", str(owner.path))
    return media


def _init_worker(parent: int, data: bytes) -> None:
    import pickle

    _die_with_parent(parent)
    project, media, lang, snapshot = pickle.loads(data)
    if isinstance(media, tuple):
        from studio.store.framereader import FrameReader

        media = FrameReader(media[1]).get
    _worker["state"] = (project, media, lang, snapshot)


def _documents_job(script_id: str, variant_id: str, folder: str) -> tuple[Any, ...] | None:
    """One variant's documents in a worker; an error comes back as child.py carries it (typed, same words)."""
    from studio.exports.carry import carried

    project, media, lang, snapshot = _worker["state"]
    try:
        script = next(s for s in project.scripts if s.id == script_id)
        variant = next(v for v in script.variants if v.id == variant_id)
        _documents(project, script, variant, media, Path(folder), lang, snapshot)
    except BaseException as exc:
        return carried(exc)
    return None


class _Documents:
    """Where each variant's documents are written: here, or by worker processes while this one goes on."""

    def __init__(self, project: Project, media: Media | None, lang: str, snapshot: str | None,
                 workers: int) -> None:  # fmt: skip
        self.args = (project, media, lang, snapshot)
        self.pool: Any = None
        import multiprocessing

        # A daemonic process (the window's export child) may not start processes: it writes them itself.
        if workers > 1 and not multiprocessing.current_process().daemon:
            import pickle

            listeners, project.listeners = project.listeners, []
            try:
                carried = (project, _travelling(media), lang, snapshot)
                data = pickle.dumps(carried, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # a media callable that cannot travel: write them here as before
                log.info("pack documents stay in this process", exc_info=True)
                return
            finally:
                project.listeners = listeners
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(
                workers - 1, multiprocessing.get_context("spawn"), _init_worker, (os.getpid(), data)
            )

    def start(self, script: Script, variant: Variant, folder: Path) -> Callable[[], None]:
        """Begin writing ``variant``'s documents into ``folder``; call the result to wait for them."""
        project, media, lang, snapshot = self.args
        if self.pool is None:
            return lambda: _documents(project, script, variant, media, folder, lang, snapshot)
        future = self.pool.submit(_documents_job, script.id, variant.id, str(folder))

        def wait() -> None:
            from studio.exports.carry import rebuilt

            error = future.result()
            if error is not None:
                raise rebuilt(*error)

        return wait

    def close(self, cancel: bool = False) -> None:
        if self.pool is not None:
            if cancel:  # an error here: the others' work is thrown away with their folders
                for process in list(getattr(self.pool, "_processes", {}).values()):
                    process.kill()
            self.pool.shutdown(wait=True, cancel_futures=True)


def _write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with open(path, "wb") as fh:
        fh.write(payload)


def _relink_scripts(tmp: Path) -> None:
    """Copy the relink scripts into the pack; the macOS/Linux one stays executable (also inside the zip)."""
    from studio.paths import RESOURCES

    for name in RELINK_SCRIPTS:
        target = tmp / name
        shutil.copyfile(RESOURCES / "pack" / name, target)
        if name in _EXECUTABLE:
            target.chmod(0o755)


def _png_size(path: Path) -> tuple[int, int] | None:
    """A written still's pixel size from its header, None when it cannot be read."""
    from PIL import Image

    try:
        with Image.open(path) as image:
            return image.size
    except (OSError, ValueError):
        return None


def _build(project: Project, script: Script, variant: Variant, media: Media | None, stills: Stills,
           tmp: Path, where: PurePath, fps: FrameRate, lang: str, snapshot: str | None,
           media_root: str, animatic: bool, step: Callable[[], None],
           documents: Callable[[], None]) -> dict[str, str]:  # fmt: skip
    """Write one variant's pack into ``tmp``; returns file -> sha256 (manifest excluded).

    ``documents`` writes (or waits for a worker writing) the variant's documents into ``tmp``."""
    specs = _clip_specs(script, variant, fps, lang)
    clips: list[ClipSpec] = []
    placeholders: set[str] = set()
    (tmp / FRAMES_DIR).mkdir(exist_ok=True)
    size = stills.size_for(variant)  # the variant's format: its sequence, stills and placeholders
    for timed, spec in specs:
        if stills.write(timed, tmp / spec.still, size):
            placeholders.add(spec.still)
        # the timelines declare each still at its own size (read from the PNG's header only) and
        # scale it as the shot's crop says (a boxed still is drawn at the frame's size already)
        conform = "fill" if timed.shot.crop.mode is CropMode.FILL else "fit"
        clips.append(replace(spec, size=_png_size(tmp / spec.still), conform=conform))
        step()
    # Voice-over captions and on-screen text apart: editors style and place them differently.
    _write(tmp / CAPTIONS_NAME, srt_text(script, variant, fps, "voiceover"))
    _write(tmp / ONSCREEN_NAME, srt_text(script, variant, fps, "onscreen"))
    name = safe_text(f"{project.title or script.title} — {variant.name}")
    seed = f"{project.id}/{script.id}/{variant.id}"
    for ext, text in timeline_texts(name, clips, fps, size, where, seed).items():
        _write(tmp / f"{TIMELINE_BASENAME}.{ext}", text)
    _relink_scripts(tmp)
    _write(tmp / README_NAME, readme_text(project, variant, fps, size, clips, str(where)))
    documents()
    if animatic:
        from studio.exports.animatic import write_mp4

        write_mp4(
            project, script, variant, media, tmp / ANIMATIC_NAME, lang, fps, None, True, lambda _n: None
        )
    step()
    files = {p.relative_to(tmp).as_posix(): sha256_file(p) for p in sorted(tmp.rglob("*")) if p.is_file()}
    data = manifest_dict(
        project, script, variant, fps, size, clips, files, snapshot, placeholders, media_root
    )
    _write(tmp / MANIFEST_NAME, manifest_bytes(data))
    return files


def _fsync_tree(folder: Path) -> None:
    """Flush every file of the pack to disk; the waits overlap (fsync releases the GIL)."""
    from concurrent.futures import ThreadPoolExecutor

    permissions_as_new(folder, 0o777)
    files = [path for path in folder.rglob("*") if path.is_file()]
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(fsync_file, files))


def _swap_in(tmp: Path, final: Path) -> None:
    """Rename the finished temp folder to its final name, replacing an older pack only now."""
    old: Path | None = None
    if final.exists():
        old = made_part(Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".old", dir=final.parent)))
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
    """Zip a folder to ``target`` atomically (see :func:`atomic_path`); entries all live under the folder's own name."""
    with atomic_path(target) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
    return target


def check_pack(project: Project, script: Script, variants: list[Variant], out: Path, make_zip: bool = False,
               animatic: bool = False) -> None:  # fmt: skip
    """Refuse, before anything is written, packs that cannot all be made: two variants on one folder or zip
    name, an animatic too long to encode (typed ExportErrors)."""
    names = [(out / folder_name(project, script, v), v.name) for v in variants]
    # A folder and its zip: two variants whose names differ only in what a name cannot hold would share both.
    check_distinct(
        names + [(path.with_name(path.name + ".zip"), name) for path, name in names] if make_zip else names
    )
    if animatic:  # before anything is written, not once the first pack is half built
        from studio.exports.animatic import check_length

        check_length(script, variants, out)


def pack_variants(
    project: Project,
    script: Script,
    variants: list[Variant],
    media: Media | None,
    out_dir: str | Path,
    *,
    fps: FrameRate | int | float | str | None = None,
    make_zip: bool = False,
    lang: str | None = None,
    snapshot: str | None = None,
    progress: Progress | None = None,
    media_root: str | None = None,
    animatic: bool = False,
) -> list[PackResult]:
    """Write one pack folder per variant into ``out_dir`` (made if missing; a zip of each when asked).

    ``media_root`` is the folder the packs will sit in on the editor's machine (any system's
    path); the XML timelines point there. By default they point where the packs are written.
    With ``animatic`` each pack also holds the variant's animatic video (animatic.mp4).
    """
    out = Path(out_dir)
    check_pack(project, script, variants, out, make_zip, animatic)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportWriteError(out, exc.strerror or str(exc)) from None
    rate = FrameRate.of(fps) if fps is not None else default_fps(project)
    lang = lang or project.language
    sweep_parts(out, part_pattern(".studio-stills.", ("",)))
    try:
        cache = made_part(Path(tempfile.mkdtemp(prefix=".studio-stills.", dir=out)))
    except OSError as exc:
        raise ExportWriteError(out / "pack", exc.strerror or str(exc)) from None
    try:
        with claimed(cache):
            return _pack_all(project, script, variants, media, out, rate, make_zip, lang, snapshot, progress,
                             Stills(project, media, cache, lang), media_root or "", animatic)  # fmt: skip
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def _pack_all(project: Project, script: Script, variants: list[Variant], media: Media | None, out: Path,
              fps: FrameRate, make_zip: bool, lang: str, snapshot: str | None, progress: Progress | None,
              stills: Stills, media_root: str, animatic: bool) -> list[PackResult]:  # fmt: skip
    results: list[PackResult] = []
    every = [t for v in variants for t in cut(script, v)]
    total = stills.count_needed(every) + sum(len(cut(script, v)) + 1 for v in variants)
    documents = _Documents(project, media, lang, snapshot, document_workers(len(variants)))
    tmps: list[Path] = []
    with progress_steps(progress, total) as step, contextlib.ExitStack() as held:
        try:
            begun: list[tuple[Variant, Path, PurePath, Path, Callable[[], None]]] = []
            # Every variant's documents start first: worker processes write them while this one draws stills.
            for variant in variants:
                final = out / folder_name(project, script, variant)
                where = media_folder(media_root) / final.name if media_root else media_folder(final.resolve())
                sweep_parts(out, part_pattern(f".{final.name}.", (".part", ".old")), final)
                try:
                    tmp = made_part(Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".part", dir=out)))
                except OSError as exc:
                    raise ExportWriteError(final, exc.strerror or str(exc)) from None
                tmps.append(tmp)
                held.enter_context(claimed(tmp))  # until renamed into place: another run's sweep leaves it
                begun.append((variant, final, where, tmp, documents.start(script, variant, tmp)))
            try:
                stills.prepare(every, step)
            except OSError as exc:
                raise ExportWriteError(out, exc.strerror or str(exc)) from None
            for variant, final, where, tmp, wait in begun:
                try:
                    files = _build(project, script, variant, media, stills, tmp, where, fps, lang, snapshot,
                                   media_root, animatic, step, wait)  # fmt: skip
                    _fsync_tree(tmp)
                    _swap_in(tmp, final)
                except OSError as exc:
                    raise ExportWriteError(final, exc.strerror or str(exc)) from None
                except ExportWriteError as exc:  # a document inside: name the pack, not its temp folder
                    raise ExportWriteError(final, exc.detail) from None
                zipped = None
                if make_zip:
                    zipped = zip_folder(final, out / f"{final.name}.zip")
                log.info("pack %s: %d files", final.name, len(files) + 1)
                results.append(PackResult(variant, final, zipped, files))
        except BaseException:
            documents.close(cancel=True)  # no worker writes on into a folder about to go
            for tmp in tmps:
                shutil.rmtree(tmp, ignore_errors=True)
            raise
    documents.close()
    return results

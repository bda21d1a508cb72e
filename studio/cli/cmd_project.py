"""Project commands: sample, new, info, dump, load, snapshot, snapshots, restore, unlock."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.cli.i18n import CliError, language, say
from studio.cli.parsing import path_arg, project_arg
from studio.models.creator_platforms import platform_label
from studio.models.enums import ProductCategory
from studio.models.frame_format import FrameFormat, format_label, format_of
from studio.models.serial import loads, project_from_dict, project_to_dict
from studio.models.timeline import format_seconds, total_ds
from studio.models.vocab import label

if TYPE_CHECKING:  # the store is imported only by the commands that open a file
    from studio.store.document import ProjectFile


#: json's messages (JSONDecodeError.msg) in Chinese.
_JSON_ZH = {
    "Expecting value": "此处应有一个值",
    "Expecting property name enclosed in double quotes": "此处应有双引号括起的键名",
    "Expecting ':' delimiter": "此处应有冒号",
    "Expecting ',' delimiter": "此处应有逗号",
    "Unterminated string starting at": "字符串没有结束",
    "Invalid control character at": "含有无效的控制字符",
    "Extra data": "多余的内容",
}


def _check_new_target(path: Path, force: bool) -> None:
    """Refuse a folder, or an existing file without --force, or one that cannot be replaced."""
    from studio.store.errors import ReadOnlyLocationError

    if path.is_dir():
        raise CliError("msg.is_folder", path=str(path))
    if not path.exists():
        return
    if not force:
        raise CliError("msg.exists", path=str(path))
    if not os.access(path, os.W_OK):
        raise ReadOnlyLocationError(path)


def cmd_sample(args: argparse.Namespace) -> int:
    """Write the bundled sample."""
    from studio.samples import write_sample

    path = Path(args.file)
    _check_new_target(path, args.force)
    write_sample(path, args.lang or language())  # replaces an existing file only under its lock
    print(say("msg.written", path=path))
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    """Create a project from a template."""
    from studio.cli.cmd_settings import requested
    from studio.guide.brief.templates import project_from_template, templates
    from studio.models.project_settings import apply_settings, settings_changes
    from studio.store.document import write_new_file

    path = Path(args.file)
    _check_new_target(path, args.force)
    available = templates()
    if args.template not in available:
        raise CliError("msg.unknown_template", name=args.template, choices=", ".join(sorted(available)))
    project = project_from_template(args.template, args.lang or language(), args.title or "")
    if args.category:
        project.category = ProductCategory(args.category)
    settings = requested(args)
    settings.pop("title", None)  # already the template's title or the one given
    apply_settings(project, settings_changes(project, settings))
    write_new_file(path, project)
    print(say("msg.written", path=path))
    return 0


def _open_ro(path: str) -> ProjectFile:
    from studio.store.document import ProjectFile

    return ProjectFile.open(path, readonly=True)


def summary(pf: ProjectFile) -> dict[str, Any]:
    """The facts `studio info` shows, as data."""
    from studio.models.project_settings import sponsored
    from studio.store import snapshots

    p = pf.project
    return {
        "file": str(pf.path),
        "title": p.title,
        "product": p.product,
        "brand": p.brand,
        "platform": p.platform,
        "language": p.language,
        "category": p.category.value,
        "frame_format": p.frame_format.value,
        "sponsored": sponsored(p),
        "created": p.created,
        "modified": p.modified,
        "frames": len(p.frames),
        "snapshots": len(snapshots.list_snapshots(pf)),
        "scripts": [
            {
                "title": s.title,
                "beats": len(s.beats),
                "shots": sum(1 for _ in s.iter_shots()),
                "variants": [
                    {
                        "name": v.name,
                        "base": v.is_base,
                        "variable": v.variable.value,
                        "status": v.status.value,
                        "seconds": total_ds(s, v) / 10,
                        # the format it plays in, and whether that is its own (else the project's)
                        "frame_format": format_of(p, v).value,
                        "own_format": v.frame_format is not None,
                        "post_date": v.post_date,
                    }
                    for v in s.variants
                ],
            }
            for s in p.scripts
        ],
    }


def cmd_info(args: argparse.Namespace) -> int:
    """Summarise a project."""
    pf = _open_ro(args.file)
    try:
        data = summary(pf)
        if args.json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
            return 0
        lang = language()
        print(f"{say('info.title')}: {data['title']}")
        print(f"{say('info.product')}: {data['product']}  ·  {say('info.brand')}: {data['brand']}")
        platform = platform_label(data["platform"], lang)
        print(f"{say('info.platform')}: {platform}  ·  {say('info.language')}: {data['language']}")
        print(f"{say('info.frame_format')}: {format_label(pf.project.frame_format, lang)}")
        print(f"{say('info.sponsored')}: {say('set.yes' if data['sponsored'] else 'set.no')}")
        print(f"{say('info.modified')}: {data['modified']}")
        print(f"{say('info.frames')}: {data['frames']}  ·  {say('info.snapshots')}: {data['snapshots']}")
        for script, s in zip(pf.project.scripts, data["scripts"], strict=True):
            print(
                f"{say('info.scripts')}: {s['title']} ({s['beats']} {say('info.beats')}, {s['shots']} {say('info.shots')})"
            )
            for v in script.variants:
                seconds = say("info.seconds", s=format_seconds(total_ds(script, v)))
                base = " *" if v.is_base else ""
                own = (
                    f" · {format_label(v.frame_format, lang)}"
                    if isinstance(v.frame_format, FrameFormat)
                    else ""
                )
                own += f" · {say('info.post_date', day=v.post_date)}" if v.post_date else ""
                print(
                    f"  {say('info.variant')} {v.name}{base}: {seconds} · {label(v.variable, lang)} · {label(v.status, lang)}{own}"
                )
        return 0
    finally:
        pf.close()


def cmd_dump(args: argparse.Namespace) -> int:
    """Print the project as JSON (optionally writing the original images to a folder)."""
    pf = _open_ro(args.file)
    refused: list[str] = []
    try:
        data = project_to_dict(pf.project)
        from studio.review.dumpview import annotate

        annotate(data)  # each shot's client comments and decisions, beside it
        if args.images_out:
            out = Path(args.images_out)
            if out.exists() and not out.is_dir():
                raise CliError("msg.not_folder", path=str(out))
            out.mkdir(parents=True, exist_ok=True)
            refused = _write_images(pf, out)
    finally:
        pf.close()
    text = json.dumps(data, ensure_ascii=False, indent=1)
    sys.stdout.write(text + "\n")
    if refused:
        print(say("msg.bad_frames", count=len(refused), first=refused[0][:40]), file=sys.stderr)
    return 0


def _write_images(pf: ProjectFile, out: Path) -> list[str]:
    """Write each frame's original as <hash>.<ext> into ``out``; returns the frames refused.

    Hash and format come from the file, which a stranger may have crafted: only a SHA-256
    hash and a known image format become a name, and the path is proven to stay in ``out``.
    """
    from studio.exports.names import UnsafePathError, frame_file, inside

    refused: list[str] = []
    for digest, frame in pf.project.frames.items():
        name = frame_file(digest, frame.format)
        try:
            target = inside(out, name) if name is not None else None
        except UnsafePathError:
            target = None
        if target is None:
            refused.append(str(digest))
            continue
        original = pf.frame_bytes(digest, "original")
        if original is not None:
            target.write_bytes(original)
    return refused


def _find_image(folder: Path, digest: str, filename: str) -> bytes | None:
    from studio.exports.names import frame_file
    from studio.media.images import content_hash

    # Both names come from the JSON: only a real hash is looked for, and a file name is taken without its folders.
    candidates = sorted(folder.glob(f"{digest}.*")) if frame_file(digest, "PNG") else []
    candidates += [folder / Path(filename).name] if Path(filename).name else []
    for candidate in candidates:
        if candidate.is_file():
            data = candidate.read_bytes()
            if content_hash(data) == digest:
                return data
    return None


def _read_json(name: str) -> Any:
    """The JSON of a file or of standard input ("-"); bad text is a failure (exit 1)."""
    try:
        raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CliError("msg.bad_json", code=1, path=name, detail=say("msg.not_utf8")) from None
    if not text.strip():
        raise CliError("msg.bad_json", code=1, path=name, detail=say("reason.empty"))
    try:
        return loads(text)
    except json.JSONDecodeError as exc:
        what = _JSON_ZH.get(exc.msg, exc.msg) if language() == "zh" else exc.msg
        detail = say("msg.json_at", what=what, line=exc.lineno, col=exc.colno)
        raise CliError("msg.bad_json", code=1, path=name, detail=detail) from None
    except RecursionError:
        raise CliError("msg.bad_json", code=1, path=name, detail=say("reason.content")) from None


def cmd_load(args: argparse.Namespace) -> int:
    """Build a project file from JSON (and images, when a folder is given)."""
    from studio.media.errors import ImageError
    from studio.media.images import import_image
    from studio.store.document import write_new_file

    source = Path(args.json_file)
    target = Path(args.output)
    _check_new_target(target, args.force)
    folder = Path(args.images) if args.images else None
    if folder is not None and not folder.is_dir():
        if folder.exists():
            raise CliError("msg.not_folder", path=str(folder))
        raise CliError("msg.no_images_folder", code=1, path=str(folder))
    data = _read_json(args.json_file)
    project = project_from_dict(data, str(source))
    blobs: dict[str, dict[str, bytes]] = {}
    missing = 0
    for digest, frame in project.frames.items():
        found = _find_image(folder, digest, frame.filename) if folder else None
        if found is None:
            missing += 1
            continue
        try:
            image = import_image(found, frame.filename or digest)
        except ImageError:
            missing += 1
            continue
        blobs[digest] = {"original": image.original, "thumb": image.thumb, "print": image.print}
    write_new_file(target, project, blobs)
    if missing and project.frames:
        print(say("msg.missing_images", count=missing), file=sys.stderr)
    print(say("msg.written", path=target))
    return 0


def _open_rw(path: str) -> ProjectFile:
    from studio.store.document import ProjectFile

    return ProjectFile.open(path)


def cmd_snapshot(args: argparse.Namespace) -> int:
    """Save a named version."""
    from studio.store import snapshots

    with _open_rw(args.file) as pf:
        info = snapshots.create(pf, args.name or "")
    print(say("msg.snapshot", id=info.id, name=info.name))
    return 0


def cmd_snapshots(args: argparse.Namespace) -> int:
    """List saved versions."""
    from studio.store import snapshots

    with _open_ro(args.file) as pf:
        items = snapshots.list_snapshots(pf)
    if args.json:
        print(json.dumps([s.__dict__ for s in items], ensure_ascii=False, indent=2))
        return 0
    if not items:
        print(say("msg.no_snapshots"))
    for s in items:
        lengths = ", ".join(f"{k} {v:.1f}" for k, v in s.summary.get("variants", {}).items())
        name = f"  {s.name}" if s.name != s.created else ""
        print(f"{s.id:>3}  {s.created}{name}  ({s.summary.get('shots', 0)} {say('info.shots')}; {lengths})")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Bring back a saved version."""
    from studio.store import snapshots

    with _open_ro(args.file) as pf:
        target = snapshots.find(pf, args.snapshot)  # an unknown name leaves the file untouched
    with _open_rw(args.file) as pf:
        safety = snapshots.restore(pf, target.id)
    print(say("msg.restored", id=target.id, safety=safety.id))
    return 0


def cmd_unlock(args: argparse.Namespace) -> int:
    """Take over a stale lock (refused while a Studio on this computer holds it)."""
    from studio.store.lock import ProjectLock, read_lock
    from studio.store.safeopen import check_header

    path = Path(args.file)
    check_header(path)  # only a project's lock, never a lock beside just any file
    holder = read_lock(path)
    if holder is None:
        print(say("msg.not_locked", path=path))
        return 0
    ProjectLock.acquire(path, take_over=True).release()
    print(say("msg.unlocked", path=path, user=holder.user, host=holder.host))
    return 0


def _command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, key: str
) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=say(key), description=say(key))


def _project(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", type=project_arg, help=say("cli.project_file"))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the project commands."""
    from studio.cli.cmd_settings import add_setting_options
    from studio.guide.brief.templates import DEFAULT_TEMPLATE, templates

    p = _command(sub, "sample", "help.sample")
    p.add_argument("file", metavar="FILE", type=path_arg, help=say("help.file_new"))
    p.add_argument("--lang", choices=("zh", "en"), help=say("help.lang"))
    p.add_argument("--force", action="store_true", help=say("help.force"))
    p.set_defaults(func=cmd_sample)

    lang = language()
    choices = ", ".join(f"{t.id} ({t.title(lang)})" for t in templates().values())
    p = _command(sub, "new", "help.new")
    p.add_argument("file", metavar="FILE", type=path_arg, help=say("help.file_new"))
    p.add_argument("--template", default=DEFAULT_TEMPLATE, help=say("help.template", choices=choices))
    p.add_argument("--lang", choices=("zh", "en"), help=say("help.lang"))
    add_setting_options(p)
    categories = [c.value for c in ProductCategory]
    p.add_argument("--category", choices=categories, help=say("help.category", choices=", ".join(categories)))
    p.add_argument("--force", action="store_true", help=say("help.force"))
    p.set_defaults(func=cmd_new)

    p = _command(sub, "info", "help.info")
    _project(p)
    p.add_argument("--json", action="store_true", help=say("help.json"))
    p.set_defaults(func=cmd_info)

    p = _command(sub, "dump", "help.dump")
    _project(p)
    p.add_argument("--images-out", metavar="DIR", type=path_arg, help=say("help.images_out"))
    p.set_defaults(func=cmd_dump)

    p = _command(sub, "load", "help.load")
    p.add_argument("json_file", metavar="JSON", type=path_arg, help=say("help.json_in"))
    p.add_argument("--images", metavar="DIR", type=path_arg, help=say("help.images"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", type=path_arg, help=say("help.output"))
    p.add_argument("--force", action="store_true", help=say("help.force"))
    p.set_defaults(func=cmd_load)

    p = _command(sub, "snapshot", "help.snapshot")
    _project(p)
    p.add_argument("--name", help=say("help.name"))
    p.set_defaults(func=cmd_snapshot)

    p = _command(sub, "snapshots", "help.snapshots")
    _project(p)
    p.add_argument("--json", action="store_true", help=say("help.json"))
    p.set_defaults(func=cmd_snapshots)

    p = _command(sub, "restore", "help.restore")
    _project(p)
    p.add_argument("snapshot", metavar="SNAPSHOT", help=say("help.snapshot_key"))
    p.set_defaults(func=cmd_restore)

    p = _command(sub, "unlock", "help.unlock")
    _project(p)
    p.set_defaults(func=cmd_unlock)

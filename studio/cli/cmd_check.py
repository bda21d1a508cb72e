"""``studio check``: run the script guide over a project file and print its findings by variant."""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from typing import Any

from studio.cli.i18n import CliError, language, say, say_in
from studio.cli.parsing import project_arg
from studio.guide.checker import Checker
from studio.guide.findings import Finding, Severity, has_errors
from studio.guide.messages import field_label
from studio.models.entities import Beat, Project, Script, Shot, Variant
from studio.models.timeline import chosen_alternative
from studio.models.vocab import beat_label


def _t(key: str, lang: str, **fields: object) -> str:
    """Report wording in the language chosen with --lang (help texts follow the interface)."""
    return say_in(lang, key, **fields)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``studio check``."""
    p = subparsers.add_parser("check", help=say("check.help"), description=say("check.help"))
    p.add_argument("file", metavar="FILE", type=project_arg, help=say("check.file"))
    which = p.add_mutually_exclusive_group()
    which.add_argument("--variant", metavar="V", help=say("check.variant"))
    which.add_argument("--all", action="store_true", help=say("check.all"))
    p.add_argument("--json", action="store_true", help=say("check.json"))
    p.add_argument("--pictures", action="store_true", help=say("check.pictures"))
    p.add_argument("--lang", choices=("zh", "en"), help=say("check.lang"))
    p.set_defaults(func=run)


def _selected(project: Project, args: argparse.Namespace) -> list[tuple[Script, list[Variant]]]:
    if args.variant is not None:
        for script in project.scripts:
            found = script.variant(args.variant) or script.variant(args.variant.strip() or args.variant)
            if found is not None:
                return [(script, [found])]
        known = ", ".join(v.name for s in project.scripts for v in s.variants)
        raise CliError("check.no_variant", code=2, name=args.variant, known=known)
    if args.all:
        return [(s, list(s.variants)) for s in project.scripts]
    return [(s, [s.base_variant] if s.variants else []) for s in project.scripts]


def _groups(
    checker: Checker, script: Script, variants: list[Variant], everything: bool
) -> list[tuple[Variant | None, list[Finding]]]:
    """Findings by variant; each shot's findings are shown once, under the first variant that plays it."""
    found = checker.check(script)
    by_variant: dict[str, list[Finding]] = {}
    by_shot: dict[str, list[Finding]] = {}
    #: About the script as a whole (a beat, what the template needs): shown once, with the first variant.
    script_wide: list[Finding] = []
    for f in found:
        if f.location.variant_id is not None:
            by_variant.setdefault(f.location.variant_id, []).append(f)
        elif f.location.shot_id is not None:
            by_shot.setdefault(f.location.shot_id, []).append(f)
        else:
            script_wide.append(f)
    shown: set[str] = set()
    groups: list[tuple[Variant | None, list[Finding]]] = []
    for variant in variants:
        items = list(by_variant.get(variant.id, ()))
        if not groups:
            items.extend(script_wide)
        for beat in script.beats:
            if not beat.alternatives:
                continue
            for shot in chosen_alternative(variant, beat).shots:
                if shot.id not in shown:
                    shown.add(shot.id)
                    items.extend(by_shot.get(shot.id, ()))
        groups.append((variant, items))
    if everything:
        rest = [
            f for _, _, shot in script.iter_shots() if shot.id not in shown for f in by_shot.get(shot.id, ())
        ]
        if rest:
            groups.append((None, rest))
    return groups


def _where(project: Project, f: Finding, lang: str) -> str:
    loc = f.location
    parts = []
    if loc.shot_id:
        shot = project.find(loc.shot_id)
        if isinstance(shot, Shot):
            parts.append(shot.code)
    elif loc.beat_id:
        beat = project.find(loc.beat_id)
        if isinstance(beat, Beat):
            parts.append(beat_label(beat.kind, beat.name, lang))
    if loc.field and not loc.field.startswith("brief."):  # a brief field is named by the message
        parts.append(field_label(loc.field, lang))
    return " ".join(parts)


def _read_pictures(pf: Any) -> None:
    """Read the words in every shot's picture not read yet (OCR), so the check sees them."""
    from studio.guide.text import picturetext
    from studio.media.ocr import OcrUnavailableError

    project = pf.project
    digests = picturetext.unread(shot.frame for s in project.scripts for _, _, shot in s.iter_shots())
    if not digests:
        return
    print(say("check.reading", count=len(digests)), file=sys.stderr)
    try:
        picturetext.read_frames((d, partial(pf.frame_bytes, d, "original")) for d in digests)
    except OcrUnavailableError as exc:
        raise CliError("check.no_ocr", code=2, detail=exc.detail) from exc


def run(args: argparse.Namespace) -> int:
    """Check the file; exit 1 when an error-level finding remains."""
    from studio.store.document import ProjectFile

    lang = args.lang or language()
    pf = ProjectFile.open(args.file, readonly=True)
    try:
        project = pf.project
        if getattr(args, "pictures", False):
            _read_pictures(pf)
        checker = Checker(project)
        selection = _selected(project, args)
        everything = bool(args.all)
        report: list[tuple[Script, list[tuple[Variant | None, list[Finding]]]]] = [
            (script, _groups(checker, script, variants, everything)) for script, variants in selection
        ]
    finally:
        pf.close()
    every = [f for _, groups in report for _, items in groups for f in items]
    counts = {s: sum(1 for f in every if f.severity is s) for s in Severity}
    if args.json:
        _print_json(args.file, project, report, counts, lang)
    else:
        _print_text(project, report, counts, lang, hint=not args.all and args.variant is None)
    return 1 if has_errors(every) else 0


def _print_text(
    project: Project, report: list[Any], counts: dict[Severity, int], lang: str, hint: bool
) -> None:
    zh = lang == "zh"
    severity = {s: _t(f"check.severity.{s.value}", lang) for s in Severity}
    for script, groups in report:
        print(script.title or script.id)
        for variant, items in groups:
            name = (
                _t("check.group", lang, name=variant.name)
                if variant is not None
                else _t("check.unused", lang)
            )
            print(f"  {name}")
            if not items:
                print(f"    {_t('check.clean', lang)}")
            for f in sorted(items, key=lambda f: f.severity.rank):
                sev = severity[f.severity]
                where = _where(project, f, lang)
                sev = f"{sev:<5}" if not zh else f"{sev} "
                print(f"    {sev} {where + '  ' if where else ''}{f.message(lang)}  [{f.rule}]")
                if f.fix is not None:
                    colon = "：" if zh else ": "
                    print(f"          → {_t('check.fix', lang)}{colon}{f.fix.text(lang)}")
        if hint and len(script.variants) > 1:
            print(f"  ({_t('check.hint_all', lang, count=len(script.variants))})")
    print(
        _t(
            "check.summary",
            lang,
            errors=counts[Severity.ERROR],
            warnings=counts[Severity.WARNING],
            tips=counts[Severity.TIP],
        )
    )


def _print_json(
    path: str, project: Project, report: list[Any], counts: dict[Severity, int], lang: str
) -> None:
    scripts = []
    for script, groups in report:
        out_groups = []
        for variant, items in groups:
            rows = []
            for f in items:
                row = f.to_dict(lang)
                shot = project.find(f.location.shot_id) if f.location.shot_id else None
                row["shot_code"] = shot.code if isinstance(shot, Shot) else None
                rows.append(row)
            out_groups.append(
                {
                    "variant": variant.id if variant else None,
                    "name": variant.name if variant else None,
                    "findings": rows,
                }
            )
        scripts.append({"id": script.id, "title": script.title, "groups": out_groups})
    data = {
        "file": str(path),
        "lang": lang,
        "scripts": scripts,
        "counts": {s.value: n for s, n in counts.items()},
    }
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()

"""`studio results FILE --retention CURVES`: preview or store retention curves, and say where viewers leave."""

from __future__ import annotations

import argparse
from typing import Any

from studio.cli.i18n import CliError, say_in


def replaced_line(lang: str, variant: str, old: list[float]) -> str:
    """An earlier curve about to be replaced: its length and three of its shares, so it is seen before it goes."""
    half = (len(old) - 1) // 2
    return say_in(lang, "ret.replaced", variant=variant, seconds=len(old) - 1, start=f"{old[0]:.0%}",
                  half=half, middle=f"{old[half]:.0%}", end=f"{old[-1]:.0%}")  # fmt: skip


def _picks(values: list[str] | None, found: Any, script: Any) -> dict[str, str | None]:
    picks: dict[str, str | None] = {}
    names = {c.name for c in found.curves}
    for value in values or ():
        name, eq, wanted = value.rpartition("=")
        variant = script.variant(wanted.strip())
        if not eq or name.strip() not in names or (variant is None and wanted.strip() != "-"):
            raise CliError("res.bad_match", value=value)
        picks[name.strip()] = variant.id if variant is not None else None
    return picks


def import_retention(args: argparse.Namespace, lang: str) -> None:
    """Preview the curves read-only; store them (curves only, counts untouched) in one step unless --dry-run."""
    from studio.cli.results_preview import how_words
    from studio.imports.report_import import ReportError
    from studio.imports.retention_import import preview_retention
    from studio.models import ops
    from studio.results.retention import sentences
    from studio.store.document import ProjectFile

    def build(pf: ProjectFile) -> Any:
        script = pf.project.script(args.script)
        choice = "agree" if args.keep_agreeing else None
        found = preview_retention(args.retention, script, pf.project.results, choice=choice)
        if args.match:
            found = preview_retention(
                args.retention, script, pf.project.results, _picks(args.match, found, script), choice
            )
        return found

    with ProjectFile.open(args.file, readonly=True) as pf:
        shown = build(pf)
        script = pf.project.script(args.script)
        names = {v.id: v.name for v in script.variants}
    if shown.unmatched and not (args.dry_run or args.skip_unmatched):
        raise ReportError("unknown_variants", shown.path, names=", ".join(c.name for c in shown.unmatched),
                          known=", ".join(names.values()))  # fmt: skip
    if not args.json:
        print(say_in(lang, "ret.layout", layout=say_in(lang, f"ret.layout.{shown.layout}")))
        for c in shown.curves:
            variant = names.get(c.variant_id or "", say_in(lang, "pre.no_variant"))
            how = how_words(lang, c.how, " / ".join(names.get(v, v) for v in c.candidates))
            print(say_in(lang, "ret.curve", name=c.name, variant=variant, how=how, seconds=len(c.curve) - 1))
        if shown.replaced:
            print(say_in(lang, "ret.replacing"))
            for vid, old in shown.replaced.items():
                print(replaced_line(lang, names.get(vid, vid), old))
                tail = shown.kept_tail.get(vid)
                if tail:
                    first = len(old) - len(tail)
                    print(say_in(lang, "ret.kept_tail", variant=names.get(vid, vid), first=first, last=len(old) - 1,
                                 start=f"{tail[0]:.0%}", end=f"{tail[-1]:.0%}"))  # fmt: skip
            if not args.keep_agreeing and any(
                len(o) > len(shown.merged[v].retention) for v, o in shown.replaced.items()
            ):
                print(say_in(lang, "ret.tail_hint"))
        results = {**pf.project.results, **shown.merged}
        lines = sentences(script, results, lang, pf.project.platform)
        if lines:
            print(say_in(lang, "ret.where"))
            print("\n".join(f"  {line}" for line in lines))
    if args.dry_run:
        if not args.json:
            print(say_in(lang, "res.dry_run"))
        return
    with ProjectFile.open(args.file) as pf:
        final = build(pf)
        with pf.batch():
            for variant_id, result in final.merged.items():
                ops.set_result(pf.project, result, variant_id)
    if not args.json:
        print(say_in(lang, "ret.saved", count=len(final.merged), path=args.file))

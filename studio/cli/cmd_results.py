"""`studio results`: A/B results per variant, and importing an ad platform's report."""

from __future__ import annotations

import argparse
import json
from typing import Any

from studio.cli.i18n import CliError, language, register_error, say, say_in
from studio.cli.parsing import path_arg, project_arg
from studio.cli.results_preview import drops_text, preview_lines
from studio.imports.report_problems import report_problem


def describe_report_error(exc: BaseException) -> str:
    """A ReportError as the CLI's line, naming the flags that get past it."""
    shown: dict[str, object] = {}
    fields = getattr(exc, "fields", {})
    if getattr(exc, "kind", "") == "exceeds_kept":
        lang = language()
        shown = {
            key: drops_text(fields[key], lang) for key in ("replace_drops", "agree_drops") if key in fields
        }
    return report_problem(exc, "cli", **shown)


def _mapping_from_args(values: list[str] | None, headers: list[str], profile: Any = None) -> dict[str, int]:
    from studio.imports.report_import import FIELDS, guess_mapping

    mapping = guess_mapping(headers, profile)
    if not values:
        return mapping
    for value in values:
        name, eq, header = value.partition("=")
        if not eq or name not in FIELDS or header not in headers:
            raise CliError("res.bad_map", value=value, fields=", ".join(FIELDS))
        mapping[name] = headers.index(header)
    return mapping


def _pct(est: Any) -> str:
    if est.value is None:
        return "–"
    return f"{est.value * 100:.2f}% [{est.low * 100:.2f}–{est.high * 100:.2f}]"


def _money(est: Any, unit: str = "", symbol: str = "") -> str:
    if est.value is None:
        return "–"
    if est.low is None:
        return f"{symbol}{est.value:,.2f}{unit}"
    high = f"{symbol}{est.high:,.2f}{unit}" if est.high is not None else "∞"
    return f"{symbol}{est.value:,.2f}{unit} [{symbol}{est.low:,.2f}{unit}–{high}]"


def _text_report(analysis: Any, lang: str, symbol: str = "") -> list[str]:
    from studio.results.metrics import METRICS, count_label
    from studio.results.verdict import format_p, sentences

    out: list[str] = []
    for row in analysis.rows:
        tag = f" ({say_in(lang, 'res.control')})" if row.is_control else ""
        out.append(f"{row.variant.name}{tag}")
        if row.result is None:
            out.append("  –")
            continue
        counts = ", ".join(
            f"{count_label(f, lang)} {getattr(row.result, f):,}"
            for f in ("impressions", "plays", "views_3s", "completions", "clicks", "conversions")
        )
        out.append(
            f"  {counts}, {count_label('spend', lang)} {symbol}{row.result.spend:,.2f}, "
            f"{count_label('gmv', lang)} {symbol}{row.result.gmv:,.2f}"
        )
        for m in METRICS:
            est = row.estimates[m.key]
            if m.is_rate:
                shown = _pct(est)
            else:
                shown = _money(est, "×") if m.key == "roas" else _money(est, symbol=symbol)
            line = f"  {m.label(lang)}: {shown}"
            comp = row.comparisons.get(m.key)
            if comp is not None:
                line += f"  Δ {comp.diff * 100:+.2f} pt, {format_p(comp.p_adjusted)}" + (
                    " *" if comp.significant else ""
                )
            out.append(line)
    out.append("")
    out.extend(sentences(analysis, lang))
    if analysis.pooled:
        out.append("")
        out.append(say_in(lang, "res.pooled"))
        from studio.models.vocab import beat_label

        for arm in analysis.pooled:
            names = ", ".join(v.name for v in arm.variants)
            parts = []
            for m in METRICS:
                if not m.is_rate:
                    continue
                text = f"{m.label(lang)} {_pct(arm.estimates[m.key])}"
                comp = arm.comparisons.get(m.key)
                if comp is not None:
                    text += f" ({format_p(comp.p_adjusted)}{' *' if comp.significant else ''})"
                parts.append(text)
            out.append(
                f"  {beat_label(arm.beat.kind, arm.beat.name, lang)} {arm.alt.label} [{names}]: "
                + "; ".join(parts)
            )
    return out


def _est_json(est: Any) -> dict[str, Any]:
    return {"value": est.value, "low": est.low, "high": est.high}


def _json_report(analysis: Any) -> dict[str, Any]:
    from studio.models.serial import result_to_dict
    from studio.results.verdict import sentence, verdicts

    rows = []
    for row in analysis.rows:
        metrics = {}
        for key, est in row.estimates.items():
            entry = _est_json(est)
            comp = row.comparisons.get(key)
            if comp is not None:
                entry.update(diff=comp.diff, z=comp.z, p=comp.p_value, p_holm=comp.p_adjusted,
                             significant=comp.significant, needed_per_arm=comp.needed_per_arm)  # fmt: skip
            metrics[key] = entry
        rows.append({
            "variant": row.variant.name, "variant_id": row.variant.id, "control": row.is_control,
            "result": result_to_dict(row.result) if row.result else None, "metrics": metrics,
        })  # fmt: skip
    return {
        "control": analysis.control.name,
        "variants": rows,
        "verdicts": [
            {
                "metric": v.metric.key,
                "kind": v.kind,
                "variant": v.variant.name if v.variant else None,
                "zh": sentence(v, "zh", analysis.control.name),
                "en": sentence(v, "en", analysis.control.name),
            }
            for v in verdicts(analysis)
        ],
        "pooled": [
            {
                "beat": arm.beat.kind.value,
                "alternative": arm.alt.label,
                "variants": [v.name for v in arm.variants],
                "reference": arm.is_reference,
                "metrics": {k: _est_json(e) for k, e in arm.estimates.items()},
                "p_holm": {k: c.p_adjusted for k, c in arm.comparisons.items()},
            }
            for arm in analysis.pooled
        ],
    }


def _picks(values: list[str] | None, preview: Any, script: Any) -> dict[int, str | None]:
    """--match 'AD NAME=VARIANT' (or '=-' to leave the row out) as picks by row line."""
    picks: dict[int, str | None] = {}
    for value in values or ():
        ad, eq, wanted = value.rpartition("=")
        variant = script.variant(wanted.strip())
        rows = [r for r in preview.rows if r.name == ad.strip()]
        if not eq or not rows or (variant is None and wanted.strip() != "-"):
            raise CliError("res.bad_match", value=value)
        for row in rows:
            picks[row.line] = variant.id if variant is not None else None
    return picks


def _import(args: argparse.Namespace, lang: str) -> None:
    """Preview the report against the file read-only; apply it in one transaction unless --dry-run."""
    from studio.imports import report_profiles
    from studio.imports.report_import import ReportError, conflict_error, preview, read_report
    from studio.models import ops
    from studio.store.document import ProjectFile

    table = read_report(args.import_)
    profile = report_profiles.detect(table.headers)
    mapping = _mapping_from_args(args.map, table.headers, profile)

    choice = "replace" if args.replace else "agree" if args.keep_agreeing else None

    def build(pf: ProjectFile) -> Any:
        script = pf.project.script(args.script)
        first = preview(table, mapping, script, pf.project.results, profile=profile, choice=choice)
        if not args.match:
            return first
        picks = _picks(args.match, first, script)
        return preview(table, mapping, script, pf.project.results, picks, profile, choice)

    with ProjectFile.open(args.file, readonly=True) as pf:
        shown = build(pf)
        names = {v.id: v.name for v in pf.project.script(args.script).variants}
    if shown.unmatched and not (args.dry_run or args.skip_unmatched):
        raise ReportError("unknown_variants", table.path, names=", ".join(r.name for r in shown.unmatched),
                          known=", ".join(names.values()))  # fmt: skip
    if not args.json:
        print("\n".join(preview_lines(shown, names, lang, pf.project.results)), flush=True)
    if args.dry_run:
        if not args.json:
            print(say_in(lang, "res.dry_run"))
        return
    if shown.unresolved:
        raise conflict_error(shown, names)
    if not shown.merged:
        raise ReportError("no_rows", table.path)
    with ProjectFile.open(args.file) as pf:
        # Re-run on the writable copy so the merge starts from this file's current results.
        final = build(pf)
        if final.unresolved:
            raise conflict_error(final, names)
        with pf.batch():
            for variant_id, result in final.merged.items():
                ops.set_result(pf.project, result, variant_id)
    if not args.json:
        print(say_in(lang, "res.saved", count=len(final.merged), path=args.file))


def cmd_results(args: argparse.Namespace) -> int:
    """Show (and with --import, first store) the results of a script's variants."""
    from studio.results.analysis import analyse
    from studio.results.creators import analyse_creators
    from studio.store.document import ProjectFile

    if (args.match or args.dry_run or args.skip_unmatched) and not (args.import_ or args.retention):
        raise CliError("res.map_needs_import")
    if (args.map or args.replace) and not args.import_:
        raise CliError("res.map_needs_import")
    if args.keep_agreeing and not (args.import_ or args.retention):
        raise CliError("res.map_needs_import")
    if "-" in (args.import_, args.retention):
        raise CliError("res.no_stdin")
    lang = args.lang or language()
    if args.import_:
        _import(args, lang)
    if args.retention:
        from studio.cli.retention_cli import import_retention

        import_retention(args, lang)
    if args.dry_run:
        return 0
    from studio.models.deals import project_currency
    from studio.models.money import symbol as money_symbol
    from studio.results.retention import sentences as where_viewers_leave

    pf = ProjectFile.open(args.file, readonly=True)
    try:
        script = pf.project.script(args.script)
        analysis = analyse(script, pf.project.results)
        # the project's currency (its platform's unless one is named: studio set --currency)
        symbol = money_symbol(project_currency(pf.project))
        leaving = where_viewers_leave(script, pf.project.results, lang, pf.project.platform)
        matrix = analyse_creators(pf.project, script) if args.by == "creator" else None
    finally:
        pf.close()
    if matrix is not None:
        from studio.cli.results_creators import creators_json, creators_text

        if args.json:
            print(json.dumps(creators_json(matrix, symbol), ensure_ascii=False, indent=2))
        else:
            print("\n".join(creators_text(matrix, lang, symbol)))
        return 0
    if args.json:
        print(json.dumps(_json_report(analysis), ensure_ascii=False, indent=2))
        return 0
    if not any(r.result for r in analysis.rows):
        print(say_in(lang, "res.no_results"))
        return 0
    print("\n".join(_text_report(analysis, lang, symbol)))
    if leaving:
        print("\n" + say_in(lang, "ret.where"))
        print("\n".join(f"  {line}" for line in leaving))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the results command."""
    import studio.cli.results_creators
    import studio.cli.retention_cli  # noqa: F401  (its messages)
    from studio.imports.report_import import ReportError

    register_error(ReportError, describe_report_error)
    p = sub.add_parser("results", help=say("help.results"), description=say("help.results"))
    p.add_argument("file", metavar="FILE", type=project_arg, help=say("help.results_file"))
    p.add_argument(
        "--import", dest="import_", metavar="REPORT", type=path_arg, help=say("help.results_import")
    )
    p.add_argument("--map", action="append", metavar="FIELD=HEADER", help=say("help.results_map"))
    p.add_argument("--retention", metavar="CURVES", type=path_arg, help=say("help.results_retention"))
    p.add_argument("--dry-run", action="store_true", help=say("help.results_dry_run"))
    p.add_argument("--match", action="append", metavar="AD=VARIANT", help=say("help.results_match"))
    p.add_argument("--skip-unmatched", action="store_true", help=say("help.results_skip"))
    conflicts = p.add_mutually_exclusive_group()
    conflicts.add_argument("--replace", action="store_true", help=say("help.results_replace"))
    conflicts.add_argument("--keep-agreeing", action="store_true", help=say("help.results_keep_agreeing"))
    p.add_argument("--json", action="store_true", help=say("help.results_json"))
    p.add_argument("--by", choices=("variant", "creator"), default="variant", help=say("help.results_by"))
    p.add_argument("--lang", choices=("zh", "en"), help=say("help.results_lang"))
    p.add_argument("--script", help=say("help.results_script"))
    p.set_defaults(func=cmd_results)

"""`studio results`: A/B results per variant, and importing an ad platform's report."""

from __future__ import annotations

import argparse
import json
from typing import Any

from studio.cli.i18n import CliError, add_messages, language, readable_detail, register_error, say, say_in
from studio.cli.parsing import path_arg, project_arg
from studio.cli.results_preview import drops_text, preview_lines

add_messages(
    {
        "help.results": (
            "show A/B results per variant, or import a report",
            "显示各版本 A/B 投放结果，或导入投放报表",
        ),
        "help.results_import": (
            "ad platform report (.csv or .xlsx) to import",
            "要导入的投放报表（.csv 或 .xlsx）",
        ),
        "help.results_map": (
            "map a field to a column header, e.g. clicks=点击数 (repeatable)",
            "指定字段对应的列名，如 clicks=点击数（可重复）",
        ),
        "help.results_json": ("print JSON", "输出 JSON"),
        "help.results_lang": (
            "language of the results shown (default: the interface language)",
            "结果的显示语言（默认与界面一致）",
        ),
        "help.results_file": ("the project file (.studio)", "项目文件（.studio）"),
        "res.no_stdin": (
            "a report cannot be read from standard input (-); save it as .csv or .xlsx and give its path",
            "报表不能从标准输入（-）读取；请存为 .csv 或 .xlsx 后给出路径",
        ),
        "res.map_needs_import": (
            "--map, --match, --dry-run, --skip-unmatched, --replace and --keep-agreeing only apply with --import REPORT",
            "--map、--match、--dry-run、--skip-unmatched、--replace 和 --keep-agreeing 只能与 --import 报表 一起使用",
        ),
        "help.results_dry_run": (
            "show what the report would change (rows, matches, before and after) and change nothing",
            "只显示报表会带来的改动（各行、匹配的版本、改动前后），不保存",
        ),
        "help.results_match": (
            "send a report row to a variant, e.g. '1130_焕亮_新钩子=价格钩子' ('=-' leaves the row out; repeatable)",
            "把某一行指定给某个版本，如 '1130_焕亮_新钩子=价格钩子'（'=-' 表示跳过这一行；可重复）",
        ),
        "help.results_skip": (
            "import even when some rows match no variant (those rows are left out)",
            "有的行匹配不到版本时仍然导入（这些行不导入）",
        ),
        "res.bad_match": (
            "--match {value!r}: use 'AD NAME=VARIANT' with an ad name from the report and a variant of the script (or '-')",
            "--match {value!r}：格式为 '广告名=版本名'，广告名须出现在报表中，版本须属于该脚本（或用 '-' 跳过）",
        ),
        "res.dry_run": ("Dry run: nothing was changed.", "预览：未做任何改动。"),
        "report.exceeds_kept": (
            "{path}: after the import {variant} would have {small} ({small_value:,g}) above {large} ({large_value:,g}), "
            "because {kept} keeps an earlier value the report does not carry. Add --replace to replace the "
            "variant's results with the report (drops {replace_drops}), or --keep-agreeing to keep earlier values "
            "only where they still agree (drops {agree_drops}); --dry-run shows both",
            "{path}：导入后「{variant}」的{small}（{small_value:,g}）会多于{large}（{large_value:,g}），"
            "因为报表没有{kept}，它沿用了之前的数值。加 --replace 用报表替换该版本的结果（舍弃 {replace_drops}），"
            "或加 --keep-agreeing 只保留仍然一致的旧数值（舍弃 {agree_drops}）；--dry-run 可先查看两种结果",
        ),
        "report.exceeds_total": (
            "{path}: in the report {variant} has {small} ({small_value:,g}) above {large} ({large_value:,g}) once its "
            "rows are added up (rows leave different columns blank); fill the blanks or map other columns with --map",
            "{path}：报表中「{variant}」各行相加后{small}（{small_value:,g}）多于{large}（{large_value:,g}）"
            "（各行留空的列不同）；请补全空白单元格，或用 --map 指定其他列",
        ),
        "res.drop_item": ("{variant} {field} {value}", "「{variant}」{field} {value}"),
        "res.drop_none": ("nothing", "无"),
        "help.results_replace": (
            "when the report conflicts with earlier values it does not carry, replace each variant's results "
            "with the report (the earlier values it lacks are dropped and listed)",
            "报表与它没有的旧数值冲突时，用报表替换各版本的结果（舍弃并列出报表没有的旧数值）",
        ),
        "help.results_keep_agreeing": (
            "when the report conflicts with earlier values it does not carry, keep those earlier values only "
            "where they still agree (the others are dropped and listed); with --retention, keep an earlier "
            "curve's later seconds where they agree with the new curve's end",
            "报表与它没有的旧数值冲突时，只保留仍然一致的旧数值（其余舍弃并列出）；与 --retention 一起使用时，"
            "保留原曲线中与新曲线结尾仍然一致的后续秒数",
        ),
        "help.results_script": ("script title or id (default: the first)", "脚本标题或编号（默认第一个）"),
        "res.saved": (
            "saved results of {count} variant(s) into {path}",
            "已将 {count} 个版本的结果保存到 {path}",
        ),
        "res.no_results": (
            "no results yet; type them in the Results view or use --import",
            "尚无投放结果；可在“结果”视图中录入，或使用 --import 导入",
        ),
        "res.control": ("control", "对照组"),
        "res.pooled": ("Alternatives pooled across variants:", "按方案合并各版本后的效果："),
        "res.bad_map": (
            "--map {value!r}: use FIELD=HEADER with FIELD one of {fields} and a header of the report",
            "--map {value!r}：格式为 字段=列名，字段可选 {fields}，列名须出现在报表中",
        ),
        "report.empty": ("{path}: the report is empty", "{path}：报表是空的"),
        "report.binary": (
            "{path}: not a CSV or Excel report (binary or unknown encoding)",
            "{path}：不是 CSV 或 Excel 报表（二进制或无法识别的编码）",
        ),
        "report.unreadable": (
            "{path}: cannot read the report ({detail})",
            "{path}：无法读取报表（{detail}）",
        ),
        "report.too_large": (
            "{path}: the report is larger than Studio reads (100,000 data rows, 50 MB); export a shorter date "
            "range or split it into several files and import each",
            "{path}：报表超出可读取的大小（10 万行数据、50 MB）；请导出较短的日期范围，或拆成几个文件分别导入",
        ),
        "report.unsafe": (
            "{path}: the workbook holds XML no spreadsheet program writes ({detail}); nothing was read. "
            "Open it in Excel or WPS, save it again as .xlsx (or export .csv) and import that",
            "{path}：工作簿含有电子表格软件不会写入的 XML（{detail}），未读取任何内容。"
            "请用 Excel 或 WPS 打开后重新另存为 .xlsx（或导出 .csv）再导入",
        ),
        "report.field_too_long": (
            "{path}: line {row} has a field longer than {limit} characters; not a report Studio can read",
            "{path}：第 {row} 行有一个字段超过 {limit} 个字符，不是可读取的报表",
        ),
        "report.no_variant_column": (
            "{path}: no creative/variant name column (素材名称 / 创意 / 视频 / creative / ad name / variant); use --map variant=HEADER",
            "{path}：找不到素材名称列（素材名称 / 创意 / 视频 / creative / ad name / variant）；可用 --map variant=列名 指定",
        ),
        "report.no_count_column": (
            "{path}: no count columns (impressions, plays, 3-second views, completions, clicks, conversions); "
            "spend or GMV alone cannot be compared, so nothing was imported",
            "{path}：找不到任何计数列（展示、播放、3秒播放、完播、点击、转化）；只有消耗或成交金额无法比较，未导入任何数据",
        ),
        "report.not_a_number": (
            "{path}, row {row}, column {column}: {value!r} is not a number",
            "{path} 第 {row} 行“{column}”列：{value!r} 不是数字",
        ),
        "report.negative": (
            "{path}, row {row}, column {column}: {value!r} is negative",
            "{path} 第 {row} 行“{column}”列：{value!r} 是负数",
        ),
        "report.fraction": (
            "{path}, row {row}, column {column}: {value!r} is not a whole count",
            "{path} 第 {row} 行“{column}”列：{value!r} 不是整数",
        ),
        "report.too_big": (
            "{path}, row {row}, column {column}: {value!r} is larger than any report's number (the limit is {limit:,}); "
            "check the column mapping with --map, or fix the cell",
            "{path} 第 {row} 行“{column}”列：{value!r} 超出报表数值的上限（{limit:,}）；请用 --map 检查列对应关系，或修改该单元格",
        ),
        "report.exceeds": (
            "{path}, row {row}: {small} ({small_value:,g}) is more than {large} ({large_value:,g})",
            "{path} 第 {row} 行：{small}（{small_value:,g}）多于 {large}（{large_value:,g}）",
        ),
        "report.unknown_variants": (
            "{path}: no variant named {names} in this script (variants: {known}); nothing was imported",
            "{path}：本脚本没有名为 {names} 的版本（现有版本：{known}）；未导入任何数据",
        ),
        "report.no_rows": ("{path}: no data rows", "{path}：没有数据行"),
    }
)


def describe_report_error(exc: BaseException) -> str:
    """A ReportError in the user's language."""
    kind = getattr(exc, "kind", "unreadable")
    fields = {"path": getattr(exc, "path", ""), "detail": "", **getattr(exc, "fields", {})}
    fields["detail"] = readable_detail(str(fields["detail"]))
    if kind in ("exceeds_kept", "exceeds_total"):
        from studio.results.metrics import count_label

        lang = language()
        for key in ("small", "large", "kept"):
            if key in fields:
                fields[key] = count_label(str(fields[key]), lang)
        for key in ("replace_drops", "agree_drops"):
            if key in fields:
                fields[key] = drops_text(fields[key], lang)
    return say(f"report.{kind}", **fields)


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

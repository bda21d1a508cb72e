"""`studio results FILE --retention CURVES`: preview or store retention curves, and say where viewers leave."""

from __future__ import annotations

import argparse
from typing import Any

from studio.cli.i18n import CliError, add_messages, say_in

add_messages(
    {
        "help.results_retention": (
            "retention curves (.csv or .xlsx: share of viewers still watching per second) to import",
            "要导入的留存曲线（.csv 或 .xlsx：每秒仍在观看的观众比例）",
        ),
        "ret.layout": ("Curves found ({layout} layout):", "找到的曲线（{layout}格式）："),
        "ret.layout.long": ("one row per video and second", "每个视频每秒一行"),
        "ret.layout.wide": ("one column per video", "每个视频一列"),
        "ret.layout.single": ("one curve, named by the file", "单条曲线，以文件名为名"),
        "ret.curve": (
            "  {name} -> {variant} ({how}), {seconds} s",
            "  {name} → {variant}（{how}），{seconds} 秒",
        ),
        "ret.saved": (
            "saved the retention curves of {count} variant(s) into {path}",
            "已将 {count} 个版本的留存曲线保存到 {path}",
        ),
        "ret.where": ("Where viewers leave:", "观众在哪里离开："),
        "ret.replaced": (
            "  {variant}: replaces its earlier curve ({seconds} s: {start} at 0 s, {middle} at {half} s, "
            "{end} at the end); that curve is dropped",
            "  「{variant}」：替换原有曲线（{seconds} 秒：0 秒 {start}，{half} 秒 {middle}，结尾 {end}），原曲线将被舍弃",
        ),
        "ret.replacing": ("Earlier curves replaced:", "将被替换的原有曲线："),
        "ret.kept_tail": (
            "  {variant}: keeps its earlier curve's seconds {first}-{last} s ({start} → {end}), which the file does not carry",
            "  「{variant}」：保留原曲线第 {first}-{last} 秒（{start} → {end}），文件中没有这些数值",
        ),
        "ret.tail_hint": (
            "  (--keep-agreeing keeps an earlier curve's later seconds where they still agree with the new end)",
            "  （加 --keep-agreeing 可保留原曲线中与新曲线结尾仍然一致的后续秒数）",
        ),
        "report.bad_time": (
            "{path}, row {row}, column {column}: {value!r} is not a time (use seconds such as 3, 3s or 0:03)",
            "{path} 第 {row} 行“{column}”列：{value!r} 不是时间（请用 3、3s 或 0:03 这样的秒数）",
        ),
        "report.bad_share": (
            "{path}, column {column}: {value!r} is not a share of viewers between 0 and 100 %",
            "{path}“{column}”列：{value!r} 不是 0 到 100% 之间的观众比例",
        ),
        "report.no_time_column": (
            "{path}: no time column (秒 / 时间 / second / time) for the retention curve",
            "{path}：找不到留存曲线的时间列（秒 / 时间 / second / time）",
        ),
        "report.no_share_column": (
            "{path}: no column with the share of viewers still watching (留存率 / retention)",
            "{path}：找不到仍在观看的观众比例列（留存率 / retention）",
        ),
    }
)


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

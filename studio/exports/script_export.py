"""The read-through script for talent and voice artists: voice-over and captions with timings.

Written as Word (.docx), Markdown (.md) or plain text (.txt), chosen by the file's suffix.
Lines whose voice-over the guide finds too long for its shot (its speech-time estimate, at the
project's speech rate, with a breath) are flagged, so the artist and the writer see before the
session what the window already told them, and nothing else.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.shared import Pt, RGBColor

from studio.exports.common import (
    Media,
    Progress,
    atomic_write,
    check_folder,
    labelled,
    plain_text,
    progress_steps,
    seconds_text,
    word,
)
from studio.exports.docx_common import (
    cell_margins,
    fixed_widths,
    prepare_document,
    row_flags,
    setup_section,
    shade,
    write_cell,
)
from studio.guide.rules.shotrules import voiceover_overruns
from studio.guide.rules.thresholds import Thresholds, resolve
from studio.models.entities import Project, Script, Variant
from studio.models.palette import BEAT_COLOURS
from studio.models.timeline import TimedShot, beat_spans, cut, format_timecode, total_ds
from studio.models.vocab import beat_label

_RED = RGBColor(0xC0, 0x39, 0x2B)
_GREY = RGBColor(0x66, 0x66, 0x66)


#: The guide's findings that say a shot's voice-over does not fit its duration.
OVERRUN_RULES = frozenset({"vo.too_long", "vo.breath"})


def _overruns(script: Script, th: Thresholds, t: TimedShot) -> bool:
    """Whether the guide flags this shot's voice-over as longer than the shot."""
    return voiceover_overruns(t.shot, th)


def export_script(
    project: Project,
    script: Script,
    variants: list[Variant],
    media: Media | None,
    path: str | Path,
    lang: str | None = None,
    progress: Progress | None = None,
    *,
    paper: str = "a4",
) -> Path:
    """Write the read-through script; the suffix (.docx, .md, .txt) picks the format."""
    del media  # the read-through has no pictures; the parameter keeps the writers interchangeable
    if not variants:
        raise ValueError("no variant to export")
    check_folder(path)
    lang = lang or project.language
    suffix = Path(path).suffix.lower()
    if suffix in (".md", ".txt"):
        text = script_text(project, script, variants, lang, markdown=suffix == ".md")
        with progress_steps(progress, 1):
            return atomic_write(path, lambda fh: fh.write(text.encode("utf-8")))
    return _docx(project, script, variants, path, lang, progress, paper)


def script_text(project: Project, script: Script, variants: list[Variant], lang: str, markdown: bool) -> str:
    """The read-through as Markdown or plain text."""
    out: list[str] = []
    th = resolve(project, script)
    title = plain_text(project.title or script.title)
    out.append(
        f"# {title} · {word('read_through', lang)}" if markdown else f"{title} · {word('read_through', lang)}"
    )
    for variant in variants:
        total = seconds_text(total_ds(script, variant), lang)
        name = plain_text(variant.name)
        out += ["", f"## {name} ({total})" if markdown else f"=== {name} ({total}) ==="]
        timed = cut(script, variant)
        for span in beat_spans(script, variant):
            head = plain_text(beat_label(span.beat.kind, span.beat.name, lang))
            out += ["", f"### {head}" if markdown else f"--- {head} ---"]
            for t in (x for x in timed if x.beat is span.beat):
                times = f"{format_timecode(t.start_ds)}–{format_timecode(t.end_ds)}"
                flag = f"  ⚠ {word('too_long', lang)}" if _overruns(script, th, t) else ""
                vo = plain_text(t.shot.voiceover).replace("\n", " ") or "—"
                caption = plain_text(t.shot.onscreen_text).replace("\n", " ")
                if markdown:
                    out.append(f"- **{times}** `{plain_text(t.shot.code)}` {vo}{flag}")
                    if caption:
                        out.append(f"  - {labelled('caption', caption, lang)}")
                else:
                    out.append(f"[{times}] {plain_text(t.shot.code)}  {vo}{flag}")
                    if caption:
                        out.append(f"    {labelled('caption', caption, lang)}")
    return "\n".join(out) + "\n"


def _docx(project: Project, script: Script, variants: list[Variant], path: str | Path, lang: str,
          progress: Progress | None, paper: str) -> Path:  # fmt: skip
    doc = docx.Document()
    prepare_document(doc, lang, size_pt=11)
    cuts = [cut(script, v) for v in variants]
    th = resolve(project, script)
    with progress_steps(progress, sum(len(c) for c in cuts) + 1) as step:
        for i, (variant, timed) in enumerate(zip(variants, cuts, strict=True)):
            section = doc.sections[0] if i == 0 else doc.add_section(WD_SECTION.NEW_PAGE)
            setup_section(
                section,
                paper,
                False,
                f"{project.title} — {variant.name} · {word('read_through', lang)}",
                lang,
            )
            head = doc.add_paragraph()
            run = head.add_run(plain_text(project.title or script.title))
            run.bold, run.font.size = True, Pt(16)
            sub = doc.add_paragraph()
            sub.paragraph_format.space_after = Pt(8)
            total = seconds_text(total_ds(script, variant), lang)
            run = sub.add_run(plain_text(f"{word('read_through', lang)} · {variant.name} · {total}"))
            run.font.color.rgb = _GREY
            table = doc.add_table(rows=1, cols=4)
            table.style = doc.styles["Table Grid"]
            fixed_widths(table, [2.6, 1.9, 8.3, 5.2])
            cell_margins(table, 0.1, 0.15)
            row_flags(table.rows[0], header=True)
            for cell, key in zip(
                table.rows[0].cells, ("time", "code", "voiceover", "onscreen_text"), strict=True
            ):
                shade(cell, "404040")
                write_cell(cell, word(key, lang), bold=True, size=10, colour=RGBColor(0xFF, 0xFF, 0xFF))
            for span in beat_spans(script, variant):
                band = table.add_row()
                row_flags(band)
                merged = band.cells[0].merge(band.cells[-1])
                shade(merged, BEAT_COLOURS[span.beat.kind].pale)
                write_cell(merged, beat_label(span.beat.kind, span.beat.name, lang), bold=True, size=10)
                merged.paragraphs[0].paragraph_format.keep_with_next = True
                for t in (x for x in timed if x.beat is span.beat):
                    cells = table.add_row().cells
                    write_cell(
                        cells[0], f"{format_timecode(t.start_ds)}\n–{format_timecode(t.end_ds)}", size=9
                    )
                    write_cell(cells[1], t.shot.code, bold=True, size=9)
                    write_cell(cells[2], t.shot.voiceover or "—", size=12)
                    if _overruns(script, th, t):
                        write_cell(cells[2], f"\n⚠ {word('too_long', lang)}", size=8, colour=_RED)
                    write_cell(cells[3], t.shot.onscreen_text, size=10, colour=_GREY)
                    step()
        written = atomic_write(path, doc.save)
        step()
    return written

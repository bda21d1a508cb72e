"""Read a 分镜头脚本 workbook into a new project: Studio's own, or one written by hand elsewhere.

Studio's workbook (marked in its properties) is read back exactly: beats, alternatives and
variants come from its shoot list, frames from its storyboard sheets. Any other workbook
is searched for a header row in Chinese or English (it need not be the first row); each
row under it becomes a shot. Beats come from a beat/段落 column when there is one;
otherwise all shots go into one beat, because guessing hook and CTA from position would
put words in the writer's mouth; the report says so and the writer regroups them.

Nothing is dropped silently: unknown columns and unreadable values go into the shot's
notes and into the report. openpyxl parses the XML through defusedxml (a dependency), and
the zip is checked for decompression bombs before it is opened.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, NotRequired, TypedDict

from studio.exports.xlsx_common import STUDIO_KEYWORD
from studio.imports.xlsx_columns import JOINED, SAMPLE_ROWS, ColumnGuess, guess_columns, with_choices
from studio.imports.xlsx_limits import WorkbookRefused, check_workbook
from studio.imports.xlsx_sheet import Grid, cell_text, cells, column_letter, find_header, one_line
from studio.imports.xlsx_titles import sheet_title, title_fields
from studio.imports.xlsx_vocab import (
    APPROVAL_WORDS,
    DONE_WORDS,
    TOTAL_WORDS,
    beat_kind,
    normalise,
    parse_duration_ds,
    parse_enum,
)
from studio.models.codes import next_code
from studio.models.entities import SHOT_TEXT_FIELDS, Alternative, Beat, Frame, Project, Script, Shot, Variant
from studio.models.enums import Angle, BeatKind, CameraMove, Setting, ShotSize, ShotStatus, TimeOfDay
from studio.models.rules import check_project, name_key
from studio.models.text import has_cjk
from studio.wording import pair, say_in

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

log = logging.getLogger(__name__)

DEFAULT_DS = 20
_ENUM_FIELDS: dict[str, type[Enum]] = {
    "shot_size": ShotSize, "camera_move": CameraMove, "angle": Angle, "setting": Setting, "time_of_day": TimeOfDay,
}  # fmt: skip


class _Row(TypedDict):
    """One table row on its way to a shot: its sheet row, its cells by field, the unknown columns and
    the variant marks; ``frame`` once a picture anchored in it has been read."""

    row: int
    values: dict[str, object]
    extras: list[tuple[str, str]]
    marks: list[bool]
    frame: NotRequired[str]


class XlsxImportError(Exception):
    """A workbook could not be imported; ``reason`` says why and ``fields`` carry the facts.

    Reasons: 'unreadable', 'no_table', and the refusals of :mod:`studio.imports.xlsx_limits`
    ('too_large', 'beyond_limits', 'merged_beyond', 'merged_too_many', 'too_many_rows', 'too_many_cells',
    'xml_doctype', 'xml_broken').
    """

    def __init__(self, path: str | Path, reason: str, detail: str = "", **fields: object) -> None:
        self.path = str(path)
        self.reason = reason
        self.detail = detail
        self.fields = fields
        super().__init__(
            f"{self.path}: {reason}" + (f" ({detail})" if detail else "") + (f" {fields}" if fields else "")
        )


@dataclass(frozen=True)
class Problem:
    """Something the import could not map: where it was and what happened to it."""

    row: int
    column: str
    value: str
    kind: str  # duration, shot_size, camera_move, angle, image, total_row, unanchored_image


@dataclass
class ImportReport:
    """What the import found and did, for the CLI and UI to put into words."""

    source: str
    sheet: str = ""
    header_row: int = 0
    studio_workbook: bool = False
    language: str = "zh"
    mapped: list[tuple[str, str]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    to_notes: list[str] = field(default_factory=list)
    beats_from: str = "single"  # studio, column, single
    shots: int = 0
    beats: int = 0
    variants: int = 0
    frames: int = 0
    problems: list[Problem] = field(default_factory=list)
    columns: list[ColumnGuess] = field(default_factory=list)


class _Reader:
    """One import: walks the chosen sheet and builds shots, beats and variants."""

    def __init__(self, path: Path, lang: str | None, choices: Mapping[int, str | None] | None = None,
                 preview_only: bool = False) -> None:  # fmt: skip
        from openpyxl import load_workbook

        try:
            check_workbook(path)
        except WorkbookRefused as exc:
            fields = dict(exc.fields)
            raise XlsxImportError(path, exc.reason, str(fields.pop("detail", "")), **fields) from None
        try:
            self.wb = load_workbook(path, data_only=True)
        except Exception as exc:  # openpyxl raises many types on damaged files
            raise XlsxImportError(path, "unreadable", one_line(exc)) from None
        self.path = path
        self.report = ImportReport(source=str(path))
        self.studio = STUDIO_KEYWORD in (self.wb.properties.keywords or "")
        self.lang = lang
        self.choices = dict(choices or {})
        self.preview_only = preview_only
        self.blobs: dict[str, dict[str, bytes]] = {}
        self.frames: dict[str, Frame] = {}

    def run(self) -> tuple[Project, dict[str, dict[str, bytes]], ImportReport]:
        sheets = list(self.wb.worksheets)
        if self.studio:
            # The shoot list holds every shot with its beat, alternative and variant marks.
            shoot = [ws for ws in sheets if ws.title in pair("doc.shoot_list")]
            sheets = shoot + [ws for ws in sheets if ws not in shoot]
        choice = None
        for ws in sheets:
            grid = cells(ws)
            row, columns, score = find_header(ws, grid)
            if score and (choice is None or score > choice[3] or (self.studio and ws is sheets[0])):
                choice = (ws, grid, (row, columns), score)
                if self.studio and ws is sheets[0]:
                    break
        if choice is None:
            raise XlsxImportError(self.path, "no_table")
        ws, grid, (header_row, by_header), _ = choice
        rep = self.report
        rep.sheet, rep.header_row, rep.studio_workbook = ws.title, header_row, self.studio
        headers = {c: cell_text(grid.get((header_row, c))) for c in range(1, grid.cols + 1)}
        if self.lang is None:
            self.lang = "zh" if any(has_cjk(h) for h in headers.values()) else "en"
        rep.language = self.lang
        samples = {
            c: [v for r in range(header_row + 1, min(grid.rows, header_row + SAMPLE_ROWS) + 1)
                if cell_text(v := grid.get((r, c)))]
            for c in range(1, grid.cols + 1)
        }  # fmt: skip
        guesses = guess_columns({c: h for c, h in headers.items() if h}, by_header, samples)
        if self.choices:
            guesses = with_choices(guesses, self.choices)
        rep.columns = guesses
        for g in guesses:
            headers[g.column] = g.header or column_letter(g.column)
        columns = {g.column: g.field for g in guesses if g.field}
        self.layout = (ws, grid, header_row)
        if self.preview_only:
            return Project(), {}, rep
        mark_cols = self._variant_columns(ws, grid, header_row, columns, headers)
        extra_cols = [g.column for g in guesses if not g.field and g.header and g.column not in mark_cols]
        rep.mapped = [(headers[c], f) for c, f in sorted(columns.items())]
        rep.ignored = [headers[c] for c, f in sorted(columns.items()) if f in ("in", "out", "frame")]
        rep.to_notes = [headers[c] for c in extra_cols]
        rows = self._rows(ws, grid, header_row, columns, headers, extra_cols, mark_cols)
        self._images(ws, rows)
        if self.studio:
            self._studio_images(ws)
        return self._build(rows, mark_cols, headers, columns)

    def _variant_columns(self, ws: object, grid: Grid, header_row: int, columns: dict[int, str],
                         headers: dict[int, str]) -> list[int]:  # fmt: skip
        if not self.studio:
            return []
        marks: list[int] = []
        for c, h in headers.items():
            if not h or c in columns:
                continue
            values = {cell_text(grid.get((r, c))) for r in range(header_row + 1, grid.rows + 1)}
            if values <= {"●", ""}:
                marks.append(c)
        return marks

    def _rows(self, ws: object, grid: Grid, header_row: int, columns: dict[int, str], headers: dict[int, str],
              extra_cols: list[int], mark_cols: list[int]) -> list[_Row]:  # fmt: skip
        rows: list[_Row] = []
        for r in range(header_row + 1, grid.rows + 1):
            values: dict[str, object] = {}
            for c, f in columns.items():
                value = grid.get((r, c))
                if f in JOINED and cell_text(values.get(f)) and cell_text(value):
                    value = f"{cell_text(values[f])} / {cell_text(value)}"
                if value is not None or f not in values:
                    values[f] = value
            extras = [(headers[c], cell_text(grid.get((r, c)))) for c in extra_cols]
            filled = [v for f, v in values.items() if cell_text(v) and f not in ("in", "out")]
            if not filled and not any(v for _, v in extras):
                continue
            texts = {normalise(cell_text(v)) for v in values.values()}
            named = texts - {""}
            if named and named <= APPROVAL_WORDS and not any(v for _, v in extras):
                break  # the client's approval boxes close the table
            if (
                texts & TOTAL_WORDS
                and not cell_text(values.get("visual"))
                and not cell_text(values.get("voiceover"))
            ):
                self.report.problems.append(Problem(r, "", cell_text(values.get("code")), "total_row"))
                continue
            rows.append({"row": r, "values": values, "extras": extras,
                         "marks": [bool(cell_text(grid.get((r, c)))) for c in mark_cols]})  # fmt: skip
        return rows

    def _frame(self, data: bytes, name: str, row: int) -> str | None:
        from studio.media.errors import ImageError
        from studio.media.images import import_image

        try:
            image = import_image(data, name)
        except ImageError as exc:
            self.report.problems.append(Problem(row, "", exc.detail, "image"))
            return None
        self.blobs[image.hash] = {"original": image.original, "thumb": image.thumb, "print": image.print}
        self.frames[image.hash] = Frame(image.hash, name, image.width, image.height, image.format)
        return image.hash

    @staticmethod
    def _anchor_row(img: object) -> int | None:
        start = getattr(getattr(img, "anchor", None), "_from", None)
        return None if start is None else int(start.row) + 1

    def _images(self, ws: Worksheet, rows: list[_Row]) -> None:
        """Pictures anchored in a shot's rows (up to the next shot) become its frame."""
        starts = [d["row"] for d in rows]
        for n, img in enumerate(getattr(ws, "_images", [])):
            at = self._anchor_row(img)
            owner = None
            if at is not None:
                for d, nxt in zip(rows, [*starts[1:], 10**9], strict=True):
                    if d["row"] <= at < nxt:
                        owner = d
                        break
            if owner is None:
                self.report.problems.append(Problem(at or 0, "", f"image {n + 1}", "unanchored_image"))
                continue
            if "frame" in owner:
                continue
            digest = self._frame(img._data(), f"{ws.title}-{at}.{img.format or 'png'}", at or 0)
            if digest is not None:
                owner["frame"] = digest

    def _studio_images(self, shoot_ws: object) -> None:
        """Frames of Studio's own workbook live in the storyboard sheets, found by shot code."""
        self.code_frames: dict[str, str] = {}
        for ws in self.wb.worksheets:
            if ws is shoot_ws or not getattr(ws, "_images", None):
                continue
            grid = cells(ws)
            _row, columns, _ = find_header(ws, grid)
            code_col = next((c for c, f in columns.items() if f == "code"), None)
            if code_col is None:
                continue
            for img in ws._images:
                at = self._anchor_row(img)
                code = cell_text(grid.get((at, code_col))) if at else ""
                if code and code not in self.code_frames:
                    digest = self._frame(img._data(), f"{code}.{img.format or 'png'}", at or 0)
                    if digest is not None:
                        self.code_frames[code] = digest

    def _shot(self, d: _Row, headers: dict[int, str], columns: dict[int, str]) -> Shot:
        values, r = d["values"], d["row"]
        by_field = {f: headers[c] for c, f in columns.items()}
        shot = Shot(code=cell_text(values.get("code")))
        notes: list[str] = []
        for name in SHOT_TEXT_FIELDS:
            setattr(shot, name, cell_text(values.get(name)))
        raw = values.get("duration")
        ds = parse_duration_ds(raw)
        if ds is None:
            ds = DEFAULT_DS
            if cell_text(raw) or "duration" in by_field:
                self.report.problems.append(
                    Problem(r, by_field.get("duration", ""), cell_text(raw), "duration")
                )
                if cell_text(raw):
                    notes.append(f"{by_field['duration']}: {cell_text(raw)}")
        shot.duration_ds = ds
        for name, kind in _ENUM_FIELDS.items():
            text = cell_text(values.get(name))
            if not text:
                continue
            member = parse_enum(kind, text)
            if member is None:
                self.report.problems.append(Problem(r, by_field[name], text, name))
                notes.append(f"{by_field[name]}: {text}")
            setattr(shot, name, member)
        if normalise(cell_text(values.get("done"))) in DONE_WORDS:
            shot.status = ShotStatus.SHOT
        notes.extend(f"{h}: {v}" for h, v in d["extras"] if v)
        if notes:
            shot.notes = "\n".join(x for x in (shot.notes, *notes) if x)
        frame = d.get("frame") or getattr(self, "code_frames", {}).get(shot.code)
        if frame:
            shot.frame = frame
        return shot

    def _build(self, rows: list[_Row], mark_cols: list[int], headers: dict[int, str],
               columns: dict[int, str]) -> tuple[Project, dict[str, dict[str, bytes]], ImportReport]:  # fmt: skip
        lang = self.lang or "zh"
        rep = self.report
        # the workbook's title rows (its title; client, director, shoot date) stay with the project
        _ws, grid, header_row = self.layout
        title = cell_text(self.wb.properties.title) or sheet_title(grid, header_row) or self.path.stem
        project = Project(title=title, language=lang)
        project.settings.update(title_fields(grid, header_row))
        script = Script(title=title)
        project.scripts.append(script)
        fields = set(columns.values())
        if self.studio and "seq" in fields:
            rows.sort(key=lambda d: parse_duration_ds(d["values"].get("seq")) or 0)
        rep.beats_from = (
            "studio" if self.studio and "beat" in fields else ("column" if "beat" in fields else "single")
        )
        beat: Beat | None = None
        beat_text: str | None = None
        alt_marks: dict[str, list[bool]] = {}
        for d in rows:
            text = cell_text(d["values"].get("beat")) if "beat" in fields else ""
            if beat is None or (text and text != beat_text):
                if text:
                    kind, name = beat_kind(text)
                else:
                    kind, name = BeatKind.CUSTOM, say_in(lang, "import.imported_shots")
                beat = Beat(kind=kind, name=name)
                script.beats.append(beat)
                beat_text = text
            alt_label = (cell_text(d["values"].get("alt")) or "A") if "alt" in fields else "A"
            alt = next((a for a in beat.alternatives if a.label == alt_label), None)
            if alt is None:
                alt = Alternative(label=alt_label)
                beat.alternatives.append(alt)
            shot = self._shot(d, headers, columns)
            taken = bool(shot.code) and any(
                name_key(s.code) == name_key(shot.code) for _, _, s in script.iter_shots()
            )
            alt.shots.append(shot)
            if not shot.code or taken:
                # Sheets often number shots per scene (1, 2, 3 again); a script's codes are unique.
                shot.code = next_code(script, beat, alt)
            alt_marks.setdefault(alt.id, d["marks"])
        self._variants(script, mark_cols, headers, alt_marks, lang)
        project.frames = dict(self.frames)
        rep.shots = sum(1 for _ in script.iter_shots())
        rep.beats, rep.variants, rep.frames = len(script.beats), len(script.variants), len(self.frames)
        return project, self.blobs, rep

    @staticmethod
    def _variants(script: Script, mark_cols: list[int], headers: dict[int, str],
                  alt_marks: dict[str, list[bool]], lang: str) -> None:  # fmt: skip
        if not mark_cols:
            script.variants.append(Variant(name=say_in(lang, "variant.base"), is_base=True))
            return
        for i, col in enumerate(mark_cols):
            variant = Variant(name=headers[col], is_base=i == 0)
            for beat in script.beats:
                for alt in beat.alternatives:
                    marks = alt_marks.get(alt.id, [])
                    if i < len(marks) and marks[i]:
                        variant.choices[beat.id] = alt.id
                        break
            script.variants.append(variant)


@dataclass
class Preview:
    """What an import would read: the sheet, each column's guess, and the first rows as text."""

    report: ImportReport
    rows: list[dict[int, str]]


def preview_xlsx(path: str | Path, rows: int = 8) -> Preview:
    """The columns' guesses and the first ``rows`` data rows, for the user to check before importing."""
    reader = _Reader(Path(path), None, preview_only=True)
    _, _, report = reader.run()
    _ws, grid, header_row = reader.layout
    shown: list[dict[int, str]] = []
    for r in range(header_row + 1, grid.rows + 1):
        line = {g.column: cell_text(grid.get((r, g.column))) for g in report.columns}
        if any(line.values()):
            shown.append(line)
        if len(shown) == rows:
            break
    return Preview(report, shown)


def read_xlsx(
    path: str | Path, lang: str | None = None, choices: Mapping[int, str | None] | None = None
) -> tuple[Project, dict[str, dict[str, bytes]], ImportReport]:
    """Read a workbook into a new project, its frames' bytes and a report; raises XlsxImportError.

    ``choices`` overrides where columns go (1-based column -> field, None for the notes).
    """
    project, blobs, report = _Reader(Path(path), lang, choices).run()
    # The model's rules hold for an imported script too (two variant columns of one name are refused).
    check_project(project)
    return project, blobs, report


def import_xlsx(
    source: str | Path,
    target: str | Path,
    lang: str | None = None,
    choices: Mapping[int, str | None] | None = None,
) -> ImportReport:
    """Read ``source`` and write it as a new project file at ``target`` (atomically)."""
    from studio.store.document import write_new_file

    project, blobs, report = read_xlsx(source, lang, choices)
    write_new_file(Path(target), project, blobs)
    return report

"""Two big, messy projects as receivers meet them, for the export tests that render every page.

- ``messy_import``: a crew's 46-shot Excel script read by the import: title rows (客户, 导演, 拍摄日期),
  116-character voice-over lines with URLs, empty fields, and 23 pictures of odd sizes and kinds.
- ``many_variants``: 120 shots in 20 beats of two alternatives each, played by 4 variants.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
from openpyxl.drawing.image import Image as SheetImage
from PIL import Image

from studio.imports.xlsx_import import read_xlsx
from studio.models.codes import next_code
from studio.models.entities import Alternative, Beat, Project, Script, Shot, Variant
from studio.models.enums import BeatKind, CameraMove, ShotSize, TestVariable
from tests.exports.picture_set import PICTURES

#: Voice-over lines of exactly 116 characters: Chinese with a URL, an English line with one, closing
#: punctuation where a careless breaker would start a line with it.
_LINES = (
    "熬夜党看过来！这瓶精华我连续用了二十八天，肤色真的亮了一个度（不是滤镜），"
    "下单链接在这里：https://shop.example.com/item/20261205?from=douyin&utm_source=studio，手慢无！",
    "Honestly, I was shaking when I saw day 28 (no filter!): the link is https://example.com/p/serum-5 "
    "and it ships today.",
)
LINE_CHARS = 116
SHOTS_IMPORTED = 46
PICTURES_IMPORTED = 23


def _line(n: int) -> str:
    base = _LINES[n % 2]
    text = (base * 2)[:LINE_CHARS]
    return text


def _sheet_picture(data: bytes) -> SheetImage:
    """A picture openpyxl can anchor (it re-encodes through Pillow: animated, CMYK and 16-bit kinds as PNG)."""
    try:
        picture = SheetImage(io.BytesIO(data))
        picture.format  # noqa: B018 - openpyxl reads the kind lazily
        return picture
    except Exception:  # a kind openpyxl cannot write as is: the same pixels, as PNG
        out = io.BytesIO()
        Image.open(io.BytesIO(data)).convert("RGBA").save(out, "PNG")
        return SheetImage(io.BytesIO(out.getvalue()))


def messy_workbook(path: Path) -> Path:
    """The crew's workbook: title rows, a header, 46 shots, 23 pictures anchored in their rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分镜"
    ws.append(["焕亮精华 46 镜 分镜脚本"])
    ws.append(["客户：晨露", None, "导演", "王五"])
    ws.append(["拍摄日期", dt.datetime(2026, 12, 10)])
    ws.append([])
    ws.append(
        ["镜号", "景别", "运镜", "画面内容", "台词", "字幕", "时长", "道具", "场景", "演员", "备注", "参考图"]
    )
    sizes, moves = ["特写", "中景", "", "全景", "近景"], ["推", "", "固定", "摇", "跟"]
    pictures = list(PICTURES.values())
    for n in range(SHOTS_IMPORTED):
        row = 6 + n
        ws.append([
            str(n + 1),
            sizes[n % 5],
            moves[n % 5],
            "" if n % 4 == 3 else f"第 {n + 1} 镜：手持精华瓶在窗边，参考 https://ref.example.com/board/{n}",
            _line(n),
            "" if n % 3 else "熬夜也能亮！",
            "" if n % 7 == 6 else f"{2 + n % 4}s",
            "" if n % 2 else "精华瓶、化妆镜",
            "" if n % 6 == 5 else ("卧室", "办公室", "摄影棚")[n % 3],
            "" if n % 5 == 4 else ("小雅", "手模")[n % 2],
            "" if n % 3 else "注意：瓶身 logo 朝镜头（客户要求）",
            None,
        ])  # fmt: skip
        if n % 2 == 0 and n // 2 < PICTURES_IMPORTED:
            data, _name = pictures[(n // 2) % len(pictures)]
            picture = _sheet_picture(data)
            picture.width, picture.height = 80, 120
            ws.add_image(picture, f"L{row}")
    wb.save(path)
    return path


def messy_import(folder: Path) -> tuple[Project, dict[str, dict[str, bytes]]]:
    """The crew's workbook read by the import, as the window opens it: the project and its frames' bytes."""
    project, blobs, _report = read_xlsx(messy_workbook(folder / "crew_46.xlsx"), "zh")
    return project, blobs


def many_variants(lang: str = "en") -> Project:
    """120 shots in 20 beats of two alternatives, 4 variants each playing another mix, no pictures."""
    kinds = [BeatKind.HOOK, BeatKind.PAIN, BeatKind.SOLUTION, BeatKind.PROOF, BeatKind.CTA]
    project = Project(title="Glow Serum — 120 shots, 4 variants", product="Glow Serum", language=lang)
    script = Script(title="Long script")
    project.scripts.append(script)
    beats = []
    for b in range(20):
        beat = Beat(
            kind=kinds[b * len(kinds) // 20], alternatives=[Alternative(label="A"), Alternative(label="B")]
        )
        script.beats.append(beat)
        beats.append(beat)
    for n in range(120):
        beat = beats[n * 20 // 120]
        alt = beat.alternatives[n % 2]
        shot = Shot(
            duration_ds=10 + n % 30,
            shot_size=list(ShotSize)[n % len(ShotSize)],
            camera_move=list(CameraMove)[n % len(CameraMove)] if n % 4 else None,
            visual=f"Shot {n + 1}: the bottle on the vanity, morning light from the left" if n % 5 else "",
            voiceover=_line(n) if n % 3 == 0 else ("" if n % 3 == 1 else "Two for 19? Tap the link below."),
            onscreen_text="" if n % 2 else f"Day {n % 28 + 1}",
            location=("Bedroom vanity", "Office", "")[n % 3],
            talent=("Amy", "", "Hand model")[n % 3],
            notes="" if n % 4 else "Logo to camera (client's request)",
        )
        alt.shots.append(shot)
        shot.code = next_code(script, beat, alt)
    script.variants.append(Variant(name="Base", is_base=True))
    for v in range(3):
        variant = Variant(name=("Price hook", "Word-of-mouth proof", "Testimonial close")[v],
                          variable=TestVariable.HOOK, hypothesis="A sharper opening keeps more viewers past 3 s")  # fmt: skip
        variant.choices = {b.id: b.alternatives[(v + i) % 2].id for i, b in enumerate(beats)}
        script.variants.append(variant)
    return project

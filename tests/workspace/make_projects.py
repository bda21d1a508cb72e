"""Folders of real project files for the workspace tests and benchmark: the samples, generated projects
with results and dates, and the bad ones (damaged, another program's, from a newer Studio)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from studio.models.entities import Project, VariantResult
from studio.samples import sample_project
from studio.store.document import write_new_file
from studio.store.schema import SCHEMA_VERSION

HOOKS = (
    ("只要 9 块 9，这支精华你还不冲？", "price"),
    ("你敢信吗？这个价格买到大牌同款", "question"),
    ("千万别再乱买精华了", "conflict"),
    ("3 天，皮肤亮了一个度", "number"),
)
CTAS = ("点击下方链接领券，立减 20 元", "评论区扣 1，送你小样", "关注我，明天直播间见")
PRODUCTS = ("防晒霜", "洗面奶", "蓝牙耳机", "空气炸锅", "燕麦片")
EN_HOOKS = ("Just $9.90 for this serum? Really?", "Would you believe this price?", "Stop buying the wrong serum",
            "3 days to brighter skin")  # fmt: skip
EN_CTAS = ("Tap the link for your coupon: $5 off", "Comment 1 for a free sample", "Follow me, live tomorrow")
EN_PRODUCTS = ("Sunscreen", "Face wash", "Earbuds", "Air fryer", "Oat flakes")
CATEGORIES = ("cosmetics", "cosmetics", "electronics", "general", "food")


def generated(i: int, seed: int = 7, lang: str = "zh") -> Project:
    """The ``i``-th generated project: a sample with its own product, hook, CTA, dates and results."""
    rnd = random.Random(seed * 100_003 + i)
    project, _blobs = sample_project(lang, frame_edge=64)
    k = i % len(PRODUCTS)
    products = PRODUCTS if lang == "zh" else EN_PRODUCTS
    project.id = f"gen{i:06d}" + ("" if lang == "zh" else "en")
    project.title = f"{products[k]} 第{i}条" if lang == "zh" else f"{products[k]} #{i}"
    project.product = products[k]
    project.category = type(project.category)(CATEGORIES[k])
    project.platform = ("douyin", "kuaishou", "tiktok")[i % 3]
    project.brief.post_by = f"2026-11-{1 + i % 28:02d}"
    project.brief.hand_in = f"2026-10-{1 + i % 28:02d}"
    project.settings["shoot_date"] = f"2026-10-{1 + (i * 3) % 28:02d}"
    script = project.scripts[0]
    hook_text = HOOKS[i % len(HOOKS)][0] if lang == "zh" else EN_HOOKS[i % len(EN_HOOKS)]
    cta_text = (CTAS if lang == "zh" else EN_CTAS)[i % len(CTAS)]
    for beat in script.beats:
        for shot in beat.alternatives[0].shots[:1]:
            if beat.kind.value == "hook":
                shot.voiceover = hook_text
            elif beat.kind.value == "cta":
                shot.voiceover = cta_text
    base = script.variants[0]
    project.results = {}
    plays = rnd.randint(2_000, 40_000)
    rate = (0.30, 0.55, 0.42, 0.38)[i % len(HOOKS)] + rnd.uniform(-0.03, 0.03)
    project.results[base.id] = VariantResult(
        variant_id=base.id, impressions=int(plays * 1.2), plays=plays, views_3s=int(plays * rate),
        completions=int(plays * 0.12), clicks=int(plays * 0.03), conversions=int(plays * 0.002),
        spend=round(plays * 0.05, 2), gmv=round(plays * 0.4, 2),
    )  # fmt: skip
    return project


def write_bad_files(folder: Path) -> dict[str, Path]:
    """A damaged, a foreign and a newer-version file in ``folder``, by the status the index gives them."""
    damaged = folder / "damaged.studio"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\xff" * 200)
    foreign = folder / "foreign.studio"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    newer = folder / "newer.studio"
    write_new_file(newer, sample_project("en", frame_edge=64)[0])
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    return {"damaged": damaged, "foreign": foreign, "newer": newer}


def make_folder(folder: Path, count: int = 6, bad: bool = True, lang: str = "zh") -> list[Path]:
    """Both samples, ``count`` generated projects and (``bad``) the bad files; the good files' paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for sample_lang in ("zh", "en"):
        path = folder / f"sample_{sample_lang}.studio"
        write_new_file(path, *sample_project(sample_lang, frame_edge=160))
        paths.append(path)
    sub = folder / "generated"
    sub.mkdir(exist_ok=True)
    for i in range(count):
        path = sub / f"gen_{i:03d}.studio"
        write_new_file(path, generated(i, lang=lang))
        paths.append(path)
    if bad:
        write_bad_files(folder)
    return paths

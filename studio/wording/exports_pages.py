"""Wording of the exports' retention page and sheet, the creators' cost table and the animatic's notes: key -> (Chinese, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "doc.retention.title": ("观众在哪里离开（留存曲线）", "Where viewers leave (retention curves)"),
    "doc.retention.unit": ("秒", "s"),
    "doc.retention.hook": ("3秒", "3 s"),
    "doc.retention.sheet": ("留存曲线", "Retention"),
    "doc.retention.second": ("秒", "Second"),
    "doc.retention.where": ("观众在哪里离开", "Where viewers leave"),
    "doc.cost.title": ("费用与 ROI", "Cost and ROI"),
    "doc.cost.name": ("达人 / 版本", "Creator / variant"),
    "doc.cost.cpm": ("千次播放成本", "Cost per 1,000 plays"),
    "doc.cost.cpo": ("单均成本", "Cost per order"),
    "doc.cost.variant": ("版本：", "Variant: "),
    "animatic.clip_long": (
        "{variant} · {shot}：口播片段长 {clip:.1f} 秒，镜头只有 {shot_s:.1f} 秒，超出部分被截掉",
        "{variant} · {shot}: the voice-over clip lasts {clip:.1f} s, the shot {shot_s:.1f} s; it is cut at "
        "the shot's end",
    ),
    "animatic.clip_missing": (
        "{variant} · {shot}：文件夹中没有名为 {shot} 的口播片段，该镜头无声",
        "{variant} · {shot}: no voice-over clip named {shot} in the folder; the shot is silent",
    ),
    "animatic.small_picture": (
        "{variant} · {shot}：画面只有 {width}×{height}，小于视频的 {out_w}×{out_h}，放大后会模糊",
        "{variant} · {shot}: the picture is {width}×{height}, smaller than the video's {out_w}×{out_h}; it "
        "is enlarged and looks soft",
    ),
    "animatic.silent": (
        "{variant}：未附加声音，动态分镜带一条静音音轨",
        "{variant}: no sound attached; the animatic has a silent audio track",
    ),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "doc.cost.cost": "label.cost",
    "doc.cost.roi": "rc.roi",
}

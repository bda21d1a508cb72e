"""Test videos made here with PyAV, whose cuts, captions, tempo and speech are known exactly.

Each shot has a moving background (drifting stripes and a sliding block, so a detector that
mistakes motion for a cut is caught) in its own colours, with static text on top: a caption in the
bottom band (voice-over) and optionally a badge higher up (on-screen selling text). Shots meet by a
hard cut, a dissolve or a fade through black. The sound is a music bed at a known tempo (a kick on
every beat over a soft chord) and, where asked, a speech-like voice (a gliding harmonic tone
chopped into syllables at about 4 a second).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from studio.media.fonts import cjk_font_path

LATIN_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
SAMPLE_RATE = 44100


@dataclass(frozen=True)
class ShotSpec:
    """One shot of a test video."""

    duration: float
    caption: str = ""
    badge: str = ""
    #: How this shot begins: "cut", "dissolve" (0.5 s, centred on the boundary) or "fade" (to and from black).
    enter: str = "cut"
    speech: bool = True
    #: Caption style: font ("cjk" or "latin"), size as a share of the width, box behind the text.
    font: str = "cjk"
    size: float = 0.055
    boxed: bool = False


@dataclass
class VideoSpec:
    """A whole test video and the truth about it."""

    shots: list[ShotSpec]
    width: int = 360
    height: int = 640
    fps: int = 25
    bpm: float = 120.0
    music: bool = True
    transition: float = 0.5
    #: Draw the moving background this many times coarser and enlarge it (big videos made quickly).
    coarse: int = 1
    #: Leave out every n-th frame (n > 0), keeping the others' timestamps: a variable frame rate.
    drop_every: int = 0
    #: Shot boundaries in seconds (the frame where the next shot starts, or a transition's middle).
    cuts: list[float] = field(default_factory=list)

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return sum(s.duration for s in self.shots)

    def cut_kinds(self) -> list[str]:
        """How each shot after the first enters ("cut", "dissolve" or "fade"), boundary by boundary."""
        return [s.enter for s in self.shots[1:]]


def _font(kind: str, px: int) -> ImageFont.FreeTypeFont:
    path = cjk_font_path() if kind == "cjk" else LATIN_FONT
    assert path is not None and Path(path).is_file(), "fonts-wqy-microhei and fonts-dejavu are installed"
    return ImageFont.truetype(str(path), px)


@functools.lru_cache(maxsize=64)
def _overlay(shot: ShotSpec, width: int, height: int) -> tuple[np.ndarray, np.ndarray]:
    """The shot's text as an RGB layer and its alpha (0..1), drawn once."""
    layer = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    if shot.caption:
        font = _font(shot.font, max(12, int(width * shot.size)))
        box = draw.textbbox((0, 0), shot.caption, font=font, stroke_width=2)
        w, h = box[2] - box[0], box[3] - box[1]
        x, y = (width - w) // 2, int(height * 0.80)
        if shot.boxed:
            draw.rectangle((x - 10, y - 8, x + w + 10, y + h + 12), fill=(0, 0, 0, 170))
            draw.text((x, y), shot.caption, font=font, fill=(255, 255, 255, 255))
        else:
            draw.text((x, y), shot.caption, font=font, fill=(255, 255, 255, 255), stroke_width=2,
                      stroke_fill=(0, 0, 0, 255))  # fmt: skip
    if shot.badge:
        font = _font("cjk", max(12, int(width * 0.07)))
        box = draw.textbbox((0, 0), shot.badge, font=font)
        w, h = box[2] - box[0], box[3] - box[1]
        x, y = int(width * 0.08), int(height * 0.16)
        draw.rounded_rectangle((x - 12, y - 10, x + w + 12, y + h + 16), 12, fill=(230, 30, 40, 255))
        draw.text((x, y), shot.badge, font=font, fill=(255, 240, 80, 255))
    array = np.asarray(layer, dtype=np.float32)
    return array[:, :, :3], array[:, :, 3:4] / 255.0


def _background(index: int, t: float, width: int, height: int) -> np.ndarray:
    """A moving picture in the shot's own colours: drifting stripes and a sliding block."""
    rng = np.random.default_rng(index * 7919 + 17)
    base = rng.integers(30, 226, size=3).astype(np.float32)
    other = 255 - base
    ys = np.arange(height, dtype=np.float32)[:, None]
    xs = np.arange(width, dtype=np.float32)[None, :]
    period = 40 + 10 * (index % 5)
    wave = 0.5 + 0.5 * np.sin((xs * (0.3 + 0.2 * (index % 3)) + ys + 30 * t) * (2 * np.pi / period))
    img = base[None, None, :] * (1 - 0.45 * wave[..., None]) + other[None, None, :] * (0.45 * wave[..., None])
    bx = int((0.1 + 0.25 * t) % 0.8 * width)
    by = int(height * (0.3 + 0.05 * (index % 4)))
    img[by : by + height // 6, bx : bx + width // 5] = other * 0.8 + 40
    return img


@functools.lru_cache(maxsize=64)
def _text_box(shot: ShotSpec, width: int, height: int) -> tuple[slice, slice]:
    """The rows and columns of the shot's text layer that are not fully transparent."""
    _rgb, alpha = _overlay(shot, width, height)
    rows, cols = np.nonzero(alpha[:, :, 0].any(axis=1))[0], np.nonzero(alpha[:, :, 0].any(axis=0))[0]
    if not len(rows):
        return slice(0, 0), slice(0, 0)
    return slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1)


def _shot_frame(spec: VideoSpec, index: int, t: float) -> np.ndarray:
    shot = spec.shots[index]
    c = spec.coarse
    img = _background(index, t, spec.width // c, spec.height // c)
    if c > 1:
        img = np.repeat(np.repeat(img, c, axis=0), c, axis=1)
    rgb, alpha = _overlay(shot, spec.width, spec.height)
    # Blended only where the text is: elsewhere alpha is 0 and the blend gives the background exactly
    # (a 4K frame blended whole took ~1 CPU s).
    ys, xs = _text_box(shot, spec.width, spec.height)
    img[ys, xs] = img[ys, xs] * (1 - alpha[ys, xs]) + rgb[ys, xs] * alpha[ys, xs]
    return img


def frame_at(spec: VideoSpec, n: int, starts: list[int]) -> np.ndarray:
    """Frame number ``n`` of the video (float RGB)."""
    fps = spec.fps
    i = max(k for k, s in enumerate(starts) if s <= n)
    local = (n - starts[i]) / fps
    img = _shot_frame(spec, i, local)
    half = round(spec.transition * fps / 2)
    # Transitions straddle the boundary: the last `half` frames before it and the first `half` after.
    if i + 1 < len(spec.shots) and n >= starts[i + 1] - half and spec.shots[i + 1].enter != "cut":
        k = n - (starts[i + 1] - half)  # 0 .. half-1
        mix = (k + 0.5) / (2 * half)
        if spec.shots[i + 1].enter == "dissolve":
            nxt = _shot_frame(spec, i + 1, 0.0)
            img = img * (1 - mix) + nxt * mix
        else:
            img = img * (1 - (k + 1) / half)  # the last frame before the boundary is black
    if i > 0 and n < starts[i] + half and spec.shots[i].enter != "cut":
        k = n - starts[i]  # 0 .. half-1
        mix = (half + k + 0.5) / (2 * half)
        if spec.shots[i].enter == "dissolve":
            prev = _shot_frame(spec, i - 1, (starts[i] - starts[i - 1]) / fps)
            img = prev * (1 - mix) + img * mix
        else:
            img = img * (k / half)  # the boundary's frame is black
    return img


def _audio(spec: VideoSpec, starts: list[int]) -> np.ndarray:
    """Mono float audio: music bed at spec.bpm, speech-like voice over shots that speak."""
    n = round(spec.duration * SAMPLE_RATE)
    t = np.arange(n) / SAMPLE_RATE
    out = np.zeros(n, np.float32)
    if spec.music:
        beat = 60.0 / spec.bpm
        chord = sum(np.sin(2 * np.pi * f * t) for f in (220.0, 277.2, 329.6)) * 0.03
        out += chord.astype(np.float32)
        kick_len = int(0.12 * SAMPLE_RATE)
        kt = np.arange(kick_len) / SAMPLE_RATE
        kick = (np.sin(2 * np.pi * (50 + 90 * np.exp(-kt * 30)) * kt) * np.exp(-kt * 25)).astype(np.float32)
        click = (np.random.default_rng(1).standard_normal(kick_len) * np.exp(-kt * 400)).astype(np.float32)
        hit = 0.6 * kick + 0.15 * click
        k = 0
        while k * beat < spec.duration:
            s = round(k * beat * SAMPLE_RATE)
            e = min(n, s + kick_len)
            out[s:e] += hit[: e - s]
            k += 1
    rng = np.random.default_rng(5)
    for i, shot in enumerate(spec.shots):
        if not shot.speech:
            continue
        s = int(starts[i] / spec.fps * SAMPLE_RATE)
        e = int(min(spec.duration, (starts[i] / spec.fps + shot.duration)) * SAMPLE_RATE)
        seg = t[s:e] - t[s]
        pitch = 140 + 40 * np.sin(2 * np.pi * 0.7 * seg + i)
        phase = 2 * np.pi * np.cumsum(pitch) / SAMPLE_RATE
        voice = sum(np.sin(h * phase) / h for h in range(1, 12))
        syll = 4.0 + rng.uniform(-0.5, 0.5)
        env = np.clip(np.sin(2 * np.pi * syll * seg), 0, None) ** 0.6
        noise = rng.standard_normal(len(seg)) * 0.05
        out[s:e] += (0.25 * voice * env + noise * env).astype(np.float32)
    return np.clip(out, -1, 1)


def write_video(spec: VideoSpec, path: Path, audio: bool = True, crf: int = 20) -> Path:
    """Encode the test video as H.264/AAC MP4 at ``path``."""
    fps = spec.fps
    starts = [0]
    for shot in spec.shots[:-1]:
        starts.append(starts[-1] + round(shot.duration * fps))
    total = round(spec.duration * fps)
    spec.cuts = [s / fps for s in starts[1:]]
    with av.open(str(path), "w") as container:
        video = container.add_stream("libx264", rate=Fraction(fps, 1))
        video.width, video.height = spec.width, spec.height
        video.pix_fmt = "yuv420p"
        video.options = {"preset": "ultrafast", "crf": str(crf), "g": str(2 * fps)}
        sound = container.add_stream("aac", rate=SAMPLE_RATE, layout="mono") if audio else None
        for n in range(total):
            if spec.drop_every and n % spec.drop_every == spec.drop_every - 1 and n not in starts:
                continue
            img = np.clip(frame_at(spec, n, starts), 0, 255).astype(np.uint8)
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            frame.pts = n
            frame.time_base = Fraction(1, fps)
            for packet in video.encode(frame):
                container.mux(packet)
        for packet in video.encode():
            container.mux(packet)
        if sound is not None:
            samples = _audio(spec, starts)
            chunk = 1024
            for k in range(0, len(samples), chunk):
                part = samples[k : k + chunk][None, :]
                af = av.AudioFrame.from_ndarray(np.ascontiguousarray(part), format="flt", layout="mono")
                af.sample_rate = SAMPLE_RATE
                af.pts = k
                af.time_base = Fraction(1, SAMPLE_RATE)
                for packet in sound.encode(af):
                    container.mux(packet)
            for packet in sound.encode():
                container.mux(packet)
    return path


def speech_spans(spec: VideoSpec) -> list[tuple[float, float]]:
    """Where the voice speaks, in seconds."""
    spans = []
    t = 0.0
    for shot in spec.shots:
        if shot.speech:
            spans.append((t, t + shot.duration))
        t += shot.duration
    return spans


def standard_spec(bpm: float = 120.0) -> VideoSpec:
    """The mixed test video: hard cuts, dissolves, fades, fast 0.4 s cuts, captions in two languages."""
    shots = [
        ShotSpec(3.0, "你是不是也总是皮肤干燥", "限时秒杀", speech=True),
        ShotSpec(2.0, "每天早上起来脸都紧绷绷", enter="cut"),
        ShotSpec(2.5, "试了很多面霜都没用", enter="dissolve"),
        ShotSpec(0.4, "", enter="cut", speech=False),
        ShotSpec(0.4, "", enter="cut", speech=False),
        ShotSpec(0.4, "", enter="cut", speech=False),
        ShotSpec(2.0, "Hydrating serum for dry skin", enter="cut", font="latin"),
        ShotSpec(3.0, "直到我用了这款保湿精华", "到手价99元", enter="fade"),
        ShotSpec(2.5, "一抹就吸收不油腻", enter="dissolve", boxed=True),
        ShotSpec(2.0, "Dermatologist tested", enter="cut", font="latin", size=0.06, speech=False),
        ShotSpec(2.5, "坚持一周皮肤水润透亮", enter="dissolve", speech=False),
        ShotSpec(3.0, "点击下方链接马上下单", "买二送一", enter="cut"),
    ]
    return VideoSpec(shots, bpm=bpm)

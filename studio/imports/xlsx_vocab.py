"""How shot-script spreadsheets name things: header synonyms, enum words, durations.

Used by the Excel import to recognise a 分镜头脚本 written by hand or by another tool.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum

from studio.models.enums import Angle, BeatKind, CameraMove, Setting, ShotSize, TimeOfDay
from studio.models.vocab import LABELS

#: field -> header words (compared after normalise()). 'in'/'out' are derived and ignored.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": (
        "镜号",
        "镜头",
        "镜头号",
        "镜次",
        "序号",
        "编号",
        "no",
        "no.",
        "#",
        "shot",
        "shotno",
        "shotnumber",
        "shot#",
        "镜头编号",
        "镜头序号",
        "code",
    ),
    "seq": ("序", "seq"),
    "shot_size": ("景别", "景", "镜头类型", "shotsize", "size", "framing", "shottype"),
    "camera_move": (
        "运镜",
        "技巧",
        "镜头运动",
        "运动",
        "拍摄技巧",
        "拍摄手法",
        "拍摄方法",
        "拍摄方式",
        "摄法",
        "运镜方式",
        "运镜技巧",
        "cameramove",
        "cameramovement",
        "movement",
        "camera",
        "move",
    ),
    "angle": ("角度", "机位", "拍摄角度", "angle", "cameraangle"),
    "lens": ("镜头焦段", "焦段", "焦距", "镜头焦距", "lens", "focallength", "lensmm"),
    "setting": ("内外景", "内景外景", "内外", "场景类型", "intext", "ie", "interiorexterior", "setting"),
    "time_of_day": ("日夜", "日夜景", "昼夜", "时段", "日景夜景", "daynight", "dn", "timeofday", "tod"),
    "setup": (
        "机位号",
        "机位编号",
        "机位序号",
        "机位组",
        "setup",
        "setupno",
        "setup#",
        "setupnumber",
        "camerasetup",
    ),
    "visual": (
        "画面",
        "画面内容",
        "内容",
        "镜头内容",
        "画面描述",
        "内容描述",
        "visual",
        "visuals",
        "description",
        "action",
        "shotdescription",
        "descriptionofaction",
        "actiondescription",
        "镜头画面",
    ),
    "voiceover": (
        "台词",
        "旁白",
        "口播",
        "广告词",
        "解说",
        "解说词",
        "对白",
        "配音",
        "文案",
        "台词口播",
        "对话",
        "画外音",
        "口播文案",
        "voiceover",
        "vo",
        "dialogue",
        "dialog",
        "narration",
        "lines",
        "script",
        "actiondialogue",
    ),
    "onscreen_text": (
        "字幕",
        "花字",
        "屏幕文字",
        "caption",
        "captions",
        "onscreentext",
        "subtitle",
        "subtitles",
        "text",
        "super",
    ),
    "duration": (
        "时长",
        "时间",
        "秒数",
        "镜头时长",
        "镜头长度",
        "拍摄时长",
        "时间长度",
        "长度",
        "duration",
        "length",
        "time",
        "dur",
        "secs",
        "seconds",
        "estimatedduration",
        "screentime",
    ),
    "sound": (
        "音乐",
        "音效",
        "音乐音效",
        "音响",
        "音乐音响",
        "背景音乐",
        "声音",
        "配乐",
        "bgm",
        "sound",
        "music",
        "sfx",
        "audio",
        "soundmusic",
        "musicsfx",
    ),
    "props": ("道具", "props", "prop"),
    "location": ("场景", "地点", "拍摄地点", "拍摄场景", "场地", "location", "set", "scene"),
    "talent": (
        "演员",
        "人物",
        "出镜",
        "出镜人",
        "角色",
        "模特",
        "talent",
        "cast",
        "actor",
        "actors",
        "character",
    ),
    "notes": ("备注", "说明", "注意事项", "notes", "note", "remarks", "remark", "comments", "comment"),
    "beat": ("段落", "结构", "环节", "模块", "beat", "section", "part", "segment"),
    "alt": ("方案", "alternative", "alt", "alt.", "option"),
    "frame": (
        "分镜图",
        "画面参考",
        "参考图",
        "参考画面",
        "分镜",
        "图片",
        "画面图",
        "示意图",
        "frame",
        "image",
        "picture",
        "thumbnail",
        "storyboard",
        "reference",
    ),
    "in": ("入点", "开始", "开始时间", "in", "start", "timecodein"),
    "out": ("出点", "结束", "结束时间", "out", "end", "timecodeout"),
    "done": ("完成", "已拍", "done", "shotdone", "check"),
}
_LOOKUP = {word: field for field, words in HEADER_SYNONYMS.items() for word in words}
_UNITS = re.compile(r"[（(][^)）]*[)）]|[:：*]+$")
_NOISE = re.compile(r"[\s_\-/、·.'‘’]+")


def normalise(text: str) -> str:
    """Header text without units in brackets, spaces, separators and case."""
    text = _UNITS.sub("", str(text)).strip()
    return _NOISE.sub("", text.casefold())


def header_field(text: object) -> str | None:
    """The shot field a header names, or None; tries the whole text, then each part of 'a/b'."""
    if text is None:
        return None
    raw = str(text).strip()
    if not raw:
        return None
    whole = normalise(raw)
    if whole in _LOOKUP:
        return _LOOKUP[whole]
    if raw.casefold().strip(" .") in ("no", "no.", "#"):
        return "code"
    for part in re.split(r"[/／、|]", _UNITS.sub("", raw)):
        key = normalise(part)
        if key in _LOOKUP:
            return _LOOKUP[key]
    return None


# --- enum words ---------------------------------------------------------------------------------

_EXTRA_WORDS: dict[Enum, tuple[str, ...]] = {
    # Shot sizes: the Chinese five scales and the English codes of shot lists (ECU ... ELS).
    ShotSize.EXTREME_CLOSE_UP: ("大特", "ecu", "bcu", "xcu", "extremecloseup", "extremeclose", "bigcloseup"),
    ShotSize.CLOSE_UP: ("特", "cu", "closeup", "close", "closeupshot", "insert", "insertshot"),
    ShotSize.MEDIUM_CLOSE: ("中近景", "近", "mcu", "mediumcloseup", "mediumclose"),
    ShotSize.MEDIUM: ("中", "ms", "mediumshot", "mid", "midshot", "waistshot"),
    ShotSize.MEDIUM_FULL: (
        "mls",
        "mfs",
        "mws",
        "mediumlongshot",
        "mediumfullshot",
        "mediumwide",
        "mediumwideshot",
        "cowboy",
        "cowboyshot",
    ),
    ShotSize.FULL: ("全", "fs", "fullshot", "ls", "longshot", "fullbody"),
    ShotSize.WIDE: ("远", "ws", "wideshot"),
    ShotSize.EXTREME_WIDE: (
        "els",
        "ews",
        "xls",
        "xws",
        "vws",
        "extremelongshot",
        "extremewideshot",
        "extremewide",
        "verywideshot",
        "establishing",
        "establishingshot",
    ),
    # Camera moves: 推拉摇移跟升降 and the English names of grip work.
    CameraMove.STATIC: (
        "定",
        "固定镜头",
        "固定机位",
        "静止",
        "fixed",
        "still",
        "locked",
        "lockedoff",
        "tripod",
    ),
    CameraMove.PUSH: ("推镜头", "推进", "推近", "pushin", "dollyin", "trackin", "push"),
    CameraMove.PULL: ("拉镜头", "拉远", "pullout", "dollyout", "trackout", "pull", "pullback"),
    CameraMove.PAN: ("摇镜头", "横摇", "pan", "panleft", "panright", "whippan", "swishpan"),
    CameraMove.TILT: ("俯仰", "竖摇", "上摇", "下摇", "tilt", "tiltup", "tiltdown"),
    CameraMove.TRUCK: (
        "移镜头",
        "横移",
        "平移",
        "移动",
        "truck",
        "trucking",
        "track",
        "tracking",
        "slide",
        "slider",
    ),
    CameraMove.DOLLY: ("轨道", "轨道车", "轨道推拉", "dolly", "dollyshot"),
    CameraMove.FOLLOW: ("跟镜头", "跟拍", "跟随", "follow"),
    CameraMove.CRANE: (
        "升",
        "降",
        "升镜头",
        "降镜头",
        "摇臂",
        "crane",
        "jib",
        "pedestal",
        "boom",
        "craneup",
        "cranedown",
    ),
    CameraMove.HANDHELD: ("手持", "handheld"),
    CameraMove.ORBIT: ("环绕", "环拍", "围绕", "orbit", "arc"),
    CameraMove.STEADICAM: ("稳定器", "斯坦尼康", "云台", "steadicam", "gimbal", "stabilizer", "stabiliser"),
    CameraMove.ZOOM: ("变焦", "zoom", "zoomin", "zoomout", "crashzoom"),
    # Angles.
    Angle.EYE_LEVEL: ("平拍", "平视", "eyelevel"),
    Angle.HIGH: ("俯拍", "俯视", "high", "highangle"),
    Angle.LOW: ("仰拍", "仰视", "low", "lowangle", "wormseye", "wormseyeview"),
    Angle.OVERHEAD: ("顶拍", "俯视顶拍", "鸟瞰", "overhead", "topdown", "birdseye", "birdseyeview"),
    Angle.POV: ("主观", "主观视角", "pov", "pointofview"),
    Angle.OVER_SHOULDER: ("过肩", "ots", "overshoulder", "overtheshoulder"),
    Angle.DUTCH: (
        "斜角",
        "倾斜角度",
        "斜拍",
        "dutch",
        "dutchangle",
        "dutchtilt",
        "canted",
        "cantedangle",
        "oblique",
    ),
}


_EXTRA_WORDS.update(
    {
        Setting.INTERIOR: ("内", "室内", "int", "interior", "i"),
        Setting.EXTERIOR: ("外", "室外", "户外", "ext", "exterior", "e"),
        Setting.INT_EXT: ("内外", "内/外", "内外景", "int/ext", "i/e", "intext"),
        TimeOfDay.DAY: ("白天", "日景", "昼", "白", "day", "d"),
        TimeOfDay.NIGHT: ("夜景", "晚上", "夜晚", "night", "n"),
        TimeOfDay.DAWN: ("清晨", "早晨", "黎明", "早", "dawn", "morning"),
        TimeOfDay.DUSK: ("傍晚", "昏", "dusk", "evening", "sunset"),
    }
)


def _enum_table(kind: type[Enum]) -> dict[str, Enum]:
    table: dict[str, Enum] = {}
    for member in kind:
        words = [*LABELS.get(member, ()), str(member.value), *_EXTRA_WORDS.get(member, ())]
        for w in words:
            table.setdefault(normalise(w), member)
    return table


_ENUMS: dict[type[Enum], dict[str, Enum]] = {
    k: _enum_table(k) for k in (ShotSize, CameraMove, Angle, Setting, TimeOfDay)
}


def parse_enum(kind: type[Enum], value: object) -> Enum | None:
    """The member a word names ('特写', 'CU', 'push in' ...), or None when unknown."""
    if value is None:
        return None
    key = normalise(str(value))
    return _ENUMS[kind].get(key) if key else None


_BEAT_WORDS: tuple[tuple[BeatKind, tuple[str, ...]], ...] = (
    (BeatKind.HOOK, ("钩子", "开头", "黄金3秒", "黄金三秒", "开场", "hook", "opening", "intro")),
    (BeatKind.PAIN, ("痛点", "pain", "problem")),
    (BeatKind.PROOF, ("证明", "对比", "背书", "测评", "proof", "evidence", "comparison")),
    (BeatKind.SOLUTION, ("解决方案", "方案", "产品", "卖点", "演示", "solution", "product", "demo")),
    (
        BeatKind.CTA,
        ("行动号召", "号召", "结尾", "引导", "转化", "促单", "cta", "calltoaction", "close", "ending"),
    ),
)


def beat_kind(text: str) -> tuple[BeatKind, str]:
    """(kind, custom name) for a beat cell: a known label gives ('', kind), a hint keeps the text as name."""
    key = normalise(text)
    for kind in BeatKind:
        if any(normalise(w) == key for w in LABELS.get(kind, ())) or key == kind.value:
            return (kind, "") if kind is not BeatKind.CUSTOM else (kind, text)
    for kind, words in _BEAT_WORDS:
        if any(normalise(w) in key for w in words):
            return kind, text
    return BeatKind.CUSTOM, text


# --- durations ----------------------------------------------------------------------------------

_SECONDS = re.compile(r"^(\d+(?:\.\d+)?)\s*(?:s|sec|secs|second|seconds|秒|秒钟|″|\")?$", re.IGNORECASE)
_CLOCK = re.compile(r"^(\d+):(\d{1,2}(?:\.\d+)?)(?::(\d{1,2}(?:\.\d+)?))?$")
_RANGE = re.compile(r"^(.+?)\s*[-–—~～至]\s*(.+)$")


def parse_seconds(value: object) -> float | None:
    """Seconds from 3, 3.5, '3s', '3秒', '00:03', '0:03.5', '00:00:03' or an Excel time; None if not."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, dt.time):
        return value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
    if isinstance(value, dt.datetime):
        return None
    text = str(value).strip().replace("：", ":").replace("．", ".")
    if not text:
        return None
    match = _SECONDS.match(text)
    if match:
        return float(match[1])
    match = _CLOCK.match(text)
    if match:
        if match[3] is not None:
            return int(match[1]) * 3600 + int(match[2]) * 60 + float(match[3])
        return int(match[1]) * 60 + float(match[2])
    match = _RANGE.match(text)
    if match:
        start, end = parse_seconds(match[1]), parse_seconds(match[2])
        if start is not None and end is not None and end > start:
            return end - start
    return None


def parse_duration_ds(value: object) -> int | None:
    """A duration in tenths of a second (1 .. 36000), or None when it cannot be read."""
    seconds = parse_seconds(value)
    if seconds is None or seconds <= 0:
        return None
    ds = round(seconds * 10)
    return ds if 1 <= ds <= 36000 else None


TOTAL_WORDS = {"合计", "总计", "小计", "总时长", "total", "subtotal", "sum"}
#: The title of the approval block under a shot table (Studio's own: 确认 / Approval): no shot is read from it on.
APPROVAL_WORDS = {"确认", "客户确认", "approval", "clientapproval"}
DONE_WORDS = {"✓", "√", "✔", "☑", "x", "y", "yes", "done", "是", "已拍", "完成", "1", "true"}

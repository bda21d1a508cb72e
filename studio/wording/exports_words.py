"""The exports' column and caption words (doc.<key>, read by studio.exports.common.word): key -> (Chinese, English).

Words the window shows too are in labels.py; the aliases below lead to them.
"""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "doc.code": ("镜号", "Shot"),
    "doc.alt": ("方案", "Alt."),
    "doc.frame": ("分镜图", "Frame"),
    "doc.time": ("时间", "Time"),
    "doc.in": ("入点（秒）", "In (s)"),
    "doc.out": ("出点（秒）", "Out (s)"),
    "doc.size_move": ("景别 / 运镜", "Size / move"),
    "doc.size_move_angle": ("景别 / 运镜 / 角度", "Size / move / angle"),
    "doc.sound": ("音乐/音效", "Sound"),
    "doc.done": ("完成", "Done"),
    "doc.seq": ("序", "Seq"),
    "doc.project": ("项目", "Project"),
    "doc.snapshot": ("快照", "Snapshot"),
    "doc.working_copy": ("当前版本（未存快照）", "working copy (no snapshot)"),
    "doc.date": ("日期", "Date"),
    "doc.total": ("总时长", "Total length"),
    "doc.total_row": ("合计", "Total"),
    "doc.storyboard": ("分镜脚本", "Storyboard"),
    "doc.shoot_list": ("拍摄清单", "Shoot list"),
    "doc.approve.title": ("确认", "Approval"),
    "doc.approve.client": ("客户确认", "Client"),
    "doc.approve.sign": ("签字", "Signature"),
    "doc.client": ("客户", "Client"),
    "doc.director": ("导演", "Director"),
    "doc.shoot_date": ("拍摄日期", "Shoot date"),
    "doc.variants": ("版本对比", "Variants"),
    "doc.read_through": ("口播稿", "Read-through script"),
    "doc.no_frame": ("无画面", "No frame"),
    "doc.page": ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}"),
    "doc.too_long": ("口播可能超时", "voice-over may overrun"),
    "doc.base": ("基础版", "base"),
    "doc.tb.title": ("达人简报：{product}", "Creator brief: {product}"),
    "doc.tb.proof": ("（要展示的证据：{evidence}）", " (proof to show: {evidence})"),
    "doc.tb.variant": ("拍摄版本", "Version to film"),
    "doc.tb.points": ("核心卖点", "Key selling points"),
    "doc.tb.must_say": ("必须说", "Must say"),
    "doc.tb.never": ("绝对不能说", "Never say"),
    "doc.tb.shots": ("关键镜头", "Key shots"),
    "doc.results.title": ("A/B 投放结果", "A/B results"),
    "doc.results.sheet": ("投放结果", "Results"),
    "doc.results.control": ("对照组", "Control"),
    "doc.results.low": ("下限", "low"),
    "doc.results.high": ("上限", "high"),
    "doc.results.p": ("Holm p", "Holm p"),
    "doc.results.verdicts": ("结论", "Verdicts"),
    "doc.results.none": ("尚无投放结果", "No results yet"),
    "doc.results.note": (
        "区间为 95%（比率用 Wilson 区间，单次转化成本和 ROAS 用订单数的精确泊松区间）；各版本与对照组做双比例 z 检验，多个版本时用 Holm 校正。",
        "Intervals are 95 % (Wilson for rates, the exact Poisson interval of the orders for CPA and ROAS); "
        "each variant is tested against the control with a two-proportion z-test, Holm-corrected across "
        "variants.",
    ),
    "doc.results.legend": (
        "每个指标：圆点为数值，横线为 95% 区间，虚线为对照组「{control}」，★ 为胜出版本。",
        "Each metric: the dot is the value, the line its 95 % interval, the dashed line the control "
        "“{control}”; ★ marks the winner.",
    ),
    "doc.results.charts": (
        "图表数据（每个指标：数值与 95% 区间）",
        "Chart data (per metric: value and 95 % interval)",
    ),
    "doc.results.minus": ("区间下方", "minus"),
    "doc.results.plus": ("区间上方", "plus"),
    "doc.results.winner": ("胜出", "winner"),
    "doc.cr.pending": ("待出结果", "Pending"),
    "doc.cr.link": ("视频链接", "Video link"),
    "doc.cr.share": ("成交占比", "Share of GMV"),
    "doc.cr.with_results": ("有数据的达人", "Creators with results"),
    "doc.cr.legend": (
        "圆点为数值，横线为 95% 区间；★ 仅在数据足以证明其领先其余所有时标出。",
        "The dot is the value, the line its 95 % interval; ★ only where the data show it ahead of every "
        "other one.",
    ),
    "doc.cr.top": (
        "图中只画出播放最多的 {n} 位达人，表中列出全部。",
        "The charts draw the {n} creators with the most plays; the table lists them all.",
    ),
    "doc.cr.note": (
        "区间为 95%（播放转化率用 Wilson 区间，千次播放成交额用订单数的精确泊松区间）；领先者须经双比例 z 检验（Holm 校正）胜过其余每一位才标 ★，千次播放成交额须区间不重叠；"
        "各版本合并其达人的数据，并按同一版本达人之间的差异放宽区间；尚无数据的达人不参与比较。",
        "Intervals are 95 % (Wilson for conversions per play, the exact Poisson interval of the orders for "
        "GMV per 1,000 plays); the leader is starred only when a two-proportion z-test (Holm-corrected) "
        "puts it above every other one, or, for GMV per 1,000 plays, when its interval clears theirs; "
        "variants sum their creators and widen their intervals by the spread between creators of one "
        "variant; creators without results are not compared.",
    ),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "doc.notes": "label.notes",
    "doc.status": "label.status",
    "doc.product": "label.product",
    "doc.variant": "label.variant",
    "doc.platform": "label.platform",
    "doc.approve.date": "doc.date",
    "doc.seconds": "info.seconds",
    "doc.cr.handle": "talents.h.handle",
    "doc.cr.cvr": "rc.cvr",
    "doc.cr.gpm": "rc.gpm",
    "doc.cr.variants": "rc.variants",
    "doc.cr.no_variant": "rc.no_variant",
    "doc.beat": "label.beat",
    "doc.duration": "label.duration",
    "doc.shot_size": "label.shot_size",
    "doc.camera_move": "label.camera_move",
    "doc.angle": "label.angle",
    "doc.visual": "label.visual",
    "doc.voiceover": "label.voiceover",
    "doc.onscreen_text": "label.onscreen_text",
    "doc.props": "label.props",
    "doc.location": "label.location",
    "doc.talent": "label.talent",
    "doc.lens": "label.lens",
    "doc.setup": "label.setup",
    "doc.setting": "label.setting",
    "doc.time_of_day": "label.time_of_day",
    "doc.variable": "label.variable",
    "doc.hypothesis": "label.hypothesis",
    "doc.shots": "label.shots",
    "doc.caption": "label.caption",
    "doc.tb.cta": "label.cta",
    "doc.tb.length": "label.length",
    "doc.tb.deadline": "label.post_by",
    "doc.tb.hashtags": "label.hashtags",
    "doc.cr.sheet": "label.creators",
    "doc.cr.title": "label.creators_compared",
    "doc.cr.creator": "label.creator",
}

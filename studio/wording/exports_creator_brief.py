"""The creator brief's words (cb.<key>) and each platform's ad-disclosure line (cb.disclosure.<platform>).

Key -> (Chinese, English); read by studio.exports.creator_brief_words.
"""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cb.header": (
        "达人简报 · {product} · 仅供受邀达人使用，请勿外传",
        "Creator brief · {product} · for the invited creator only",
    ),
    "cb.script": ("完整脚本", "The whole script"),
    "cb.deliverable": ("交付要求", "What to deliver"),
    "cb.frame": ("画幅：{shape}（{w}×{h} 像素，{fps} 帧/秒）", "Frame: {shape} ({w}×{h} pixels, {fps} fps)"),
    "cb.portrait": ("竖屏 {aw}:{ah}", "portrait {aw}:{ah}"),
    "cb.landscape": ("横屏 {aw}:{ah}", "landscape {aw}:{ah}"),
    "cb.length_range": (
        "时长：{low}–{high} 秒（目标 {target} 秒）",
        "Length: {low}–{high} s (aim for {target} s)",
    ),
    "cb.captions_yes": (
        "字幕：需要，压进画面的屏幕文字见脚本「字幕」列，放在安全区内（避开底部和右侧按钮区）",
        "Captions: yes, burn in the on-screen text from the script's caption column, inside the safe area "
        "(clear of the bottom band and the right-hand buttons)",
    ),
    "cb.captions_no": (
        "字幕：画面不加字幕（平台自动字幕可开）",
        "Captions: no burned-in text (the platform's auto captions may be on)",
    ),
    "cb.hand_in_default": (
        "发布前先把成片发给品牌方审核，审核通过后再发布",
        "Send the finished video to the brand for approval before posting",
    ),
    "cb.deliver_what": ("交付内容：{v}", "You deliver: {v}"),
    "cb.dates": ("你的日期：{v}", "Your dates: {v}"),
    "cb.draft_due": ("初稿 {when} 前", "draft by {when}"),
    "cb.final_due": ("终稿 {when} 前", "final cut by {when}"),
    "cb.post_on": ("发布 {when}", "post on {when}"),
    "cb.rights": ("授权与独家", "Usage rights and exclusivity"),
    "cb.rights_platforms": ("授权平台：{v}", "The brand may use the video on {v}"),
    "cb.paid_ads_yes": ("可投流", "may run it as a paid ad"),
    "cb.paid_ads_no": ("不投流", "no paid ads"),
    "cb.rights_until": ("授权至 {when}", "rights until {when}"),
    "cb.exclusive": (
        "独家期：发布后 {days} 天（至 {when}），期间不接同类竞品",
        "exclusivity: {days} days after posting (until {when}), no work for competing products",
    ),
    "cb.offer": ("优惠", "The offer"),
    "cb.price": ("价格：{v}", "Price: {v}"),
    "cb.coupon": ("优惠券：{v}", "Coupon: {v}"),
    "cb.offer_deadline": ("截止：{v}", "Until: {v}"),
    "cb.stock": ("库存：{v}", "Stock: {v}"),
    "cb.link_scan": ("扫码打开商品页：", "Scan to open the product page: "),
    "cb.link_none": ("未提供商品链接，请向品牌方索取", "No product link given: ask the brand for it"),
    "cb.disclosure": ("广告标识", "Ad disclosure"),
    "cb.col.visual": ("画面", "Visual"),
    "cb.disclosure.douyin": (
        "发布时打开抖音的「广告」/商业合作标识（星图任务会自动带上），视频文案中注明“广告”",
        "Turn on Douyin's 广告 (ad) / brand-partnership label when posting (Xingtu orders carry it) and write "
        "广告 (ad) in the caption",
    ),
    "cb.disclosure.kuaishou": (
        "发布时打开快手的「广告」/商业合作标识（磁力聚星任务会自动带上），视频文案中注明“广告”",
        "Turn on Kuaishou's 广告 (ad) / brand-partnership label when posting and write 广告 (ad) in the caption",
    ),
    "cb.disclosure.wechat_channels": (
        "发布时在视频号中声明商业推广，视频文案中注明“广告”",
        "Declare the video as a paid promotion in WeChat Channels and write 广告 (ad) in the caption",
    ),
    "cb.disclosure.xiaohongshu": (
        "通过蒲公英发布合作笔记，正文中注明“广告”或“合作”",
        "Post it as a Pugongying partnership note and write 广告 (ad) or 合作 in the text",
    ),
    "cb.disclosure.bilibili": (
        "通过花火发布商业合作稿件，标题或简介中注明“广告”",
        "Post it through Huahuo as a brand partnership and write 广告 (ad) in the title or description",
    ),
    "cb.disclosure.tiktok": (
        "发布时打开 TikTok 的「内容披露 → 品牌内容 / 付费合作」开关，并加 #ad",
        "Turn on TikTok's Content disclosure → Branded content (paid partnership) toggle and add #ad",
    ),
    "cb.disclosure.reels": (
        "使用 Instagram 的「付费合作」标签，并在文案中加 #ad",
        "Use Instagram's Paid partnership label and add #ad to the caption",
    ),
    "cb.disclosure.shorts": (
        "上传时在 YouTube 勾选「包含付费宣传内容」，并在视频中说明有赞助",
        "Tick 'Includes paid promotion' when uploading to YouTube and say in the video that it is sponsored",
    ),
    "cb.disclosure.any": (
        "按《互联网广告管理办法》在视频和文案中显著标明“广告”",
        "Mark the video and its caption clearly as an ad (广告 in China, #ad elsewhere)",
    ),
}

#: Keys whose sentence is defined under another key.
ALIASES: dict[str, str] = {
    "cb.col.voiceover": "label.voiceover_short",
    "cb.link": "label.product_link",
    "cb.hand_in": "label.hand_in",
    "cb.post_by": "brief.post_by",
    "cb.col.code": "doc.code",
    "cb.col.time": "doc.time",
    "cb.col.onscreen": "label.caption",
    "cb.disclosure.instagram": "cb.disclosure.reels",
    "cb.disclosure.youtube": "cb.disclosure.shorts",
}

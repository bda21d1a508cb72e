"""The talent brief's own words (zh/en) and each platform's ad-disclosure wording."""

from __future__ import annotations

#: key -> (Chinese, English).
WORDS: dict[str, tuple[str, str]] = {
    "header": (
        "达人简报 · {product} · 仅供受邀达人使用，请勿外传",
        "Creator brief · {product} · for the invited creator only",
    ),
    "script": ("完整脚本", "The whole script"),
    "deliverable": ("交付要求", "What to deliver"),
    "frame": ("画幅：{shape}（{w}×{h} 像素，{fps} 帧/秒）", "Frame: {shape} ({w}×{h} pixels, {fps} fps)"),
    "portrait": ("竖屏 {aw}:{ah}", "portrait {aw}:{ah}"),
    "landscape": ("横屏 {aw}:{ah}", "landscape {aw}:{ah}"),
    "length_range": (
        "时长：{low}–{high} 秒（目标 {target} 秒）",
        "Length: {low}–{high} s (aim for {target} s)",
    ),
    "captions_yes": (
        "字幕：需要，压进画面的屏幕文字见脚本「字幕」列，放在安全区内（避开底部和右侧按钮区）",
        "Captions: yes, burn in the on-screen text from the script's caption column, inside the safe area "
        "(clear of the bottom band and the right-hand buttons)",
    ),
    "captions_no": (
        "字幕：画面不加字幕（平台自动字幕可开）",
        "Captions: no burned-in text (the platform's auto captions may be on)",
    ),
    "hand_in": ("交稿", "Hand in"),
    "hand_in_default": (
        "发布前先把成片发给品牌方审核，审核通过后再发布",
        "Send the finished video to the brand for approval before posting",
    ),
    "post_by": ("发布期限：{when}", "Post by: {when}"),
    # the creator's own deal: what they deliver and when, and what the brand may do with the video
    "deliver_what": ("交付内容：{v}", "You deliver: {v}"),
    "dates": ("你的日期：{v}", "Your dates: {v}"),
    "draft_due": ("初稿 {when} 前", "draft by {when}"),
    "final_due": ("终稿 {when} 前", "final cut by {when}"),
    "post_on": ("发布 {when}", "post on {when}"),
    "rights": ("授权与独家", "Usage rights and exclusivity"),
    "rights_platforms": ("授权平台：{v}", "The brand may use the video on {v}"),
    "paid_ads_yes": ("可投流", "may run it as a paid ad"),
    "paid_ads_no": ("不投流", "no paid ads"),
    "rights_until": ("授权至 {when}", "rights until {when}"),
    "exclusive": (
        "独家期：发布后 {days} 天（至 {when}），期间不接同类竞品",
        "exclusivity: {days} days after posting (until {when}), no work for competing products",
    ),
    "offer": ("优惠", "The offer"),
    "price": ("价格：{v}", "Price: {v}"),
    "coupon": ("优惠券：{v}", "Coupon: {v}"),
    "offer_deadline": ("截止：{v}", "Until: {v}"),
    "stock": ("库存：{v}", "Stock: {v}"),
    "link": ("商品链接", "Product link"),
    "link_scan": ("扫码打开商品页：", "Scan to open the product page: "),
    "link_none": ("未提供商品链接，请向品牌方索取", "No product link given: ask the brand for it"),
    "disclosure": ("广告标识", "Ad disclosure"),
    "col.code": ("镜号", "Shot"),
    "col.time": ("时间", "Time"),
    "col.visual": ("画面", "Visual"),
    "col.voiceover": ("口播", "Voice-over"),
    "col.onscreen": ("字幕", "Caption"),
}

#: platform id -> (Chinese, English): the label the platform and the law ask a paid video to carry.
DISCLOSURE: dict[str, tuple[str, str]] = {
    "douyin": (
        "发布时打开抖音的「广告」/商业合作标识（星图任务会自动带上），视频文案中注明“广告”",
        "Turn on Douyin's 广告 (ad) / brand-partnership label when posting (Xingtu orders carry it) "
        "and write 广告 (ad) in the caption",
    ),
    "kuaishou": (
        "发布时打开快手的「广告」/商业合作标识（磁力聚星任务会自动带上），视频文案中注明“广告”",
        "Turn on Kuaishou's 广告 (ad) / brand-partnership label when posting and write 广告 (ad) in the caption",
    ),
    "wechat_channels": (
        "发布时在视频号中声明商业推广，视频文案中注明“广告”",
        "Declare the video as a paid promotion in WeChat Channels and write 广告 (ad) in the caption",
    ),
    "xiaohongshu": (
        "通过蒲公英发布合作笔记，正文中注明“广告”或“合作”",
        "Post it as a Pugongying partnership note and write 广告 (ad) or 合作 in the text",
    ),
    "bilibili": (
        "通过花火发布商业合作稿件，标题或简介中注明“广告”",
        "Post it through Huahuo as a brand partnership and write 广告 (ad) in the title or description",
    ),
    "tiktok": (
        "发布时打开 TikTok 的「内容披露 → 品牌内容 / 付费合作」开关，并加 #ad",
        "Turn on TikTok's Content disclosure → Branded content (paid partnership) toggle and add #ad",
    ),
    "reels": (
        "使用 Instagram 的「付费合作」标签，并在文案中加 #ad",
        "Use Instagram's Paid partnership label and add #ad to the caption",
    ),
    "instagram": (
        "使用 Instagram 的「付费合作」标签，并在文案中加 #ad",
        "Use Instagram's Paid partnership label and add #ad to the caption",
    ),
    "shorts": (
        "上传时在 YouTube 勾选「包含付费宣传内容」，并在视频中说明有赞助",
        "Tick 'Includes paid promotion' when uploading to YouTube and say in the video that it is sponsored",
    ),
    "youtube": (
        "上传时在 YouTube 勾选「包含付费宣传内容」，并在视频中说明有赞助",
        "Tick 'Includes paid promotion' when uploading to YouTube and say in the video that it is sponsored",
    ),
}

#: What any other platform's video must carry: the ad law's plain label.
DISCLOSURE_ANY = (
    "按《互联网广告管理办法》在视频和文案中显著标明“广告”",
    "Mark the video and its caption clearly as an ad (广告 in China, #ad elsewhere)",
)


def tb_word(key: str, lang: str, **fields: object) -> str:
    """A talent brief word in ``lang`` ('zh' or 'en')."""
    zh, en = WORDS[key]
    text = zh if lang == "zh" else en
    return text.format(**fields) if fields else text


def disclosure(platform: str, lang: str) -> str:
    """The ad-disclosure wording for a creator posting on ``platform``."""
    zh, en = DISCLOSURE.get(platform, DISCLOSURE_ANY)
    return zh if lang == "zh" else en

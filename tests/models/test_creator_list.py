"""Creators' values as people type and paste them, and the list's edits: each refusal has one reason."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio.models.brief import Creator
from studio.models.creator_list import (
    CreatorValueError,
    added,
    copy_name,
    from_texts,
    index_of,
    looks_like_formula,
    merged,
    moved,
    parse_value,
    removed,
    replaced,
)

#: Variant id -> name: a creator is given a variant by its name and holds its id.
VARIANTS = {"v-base": "基础版", "v-price": "价格钩子"}


@pytest.mark.parametrize(
    ("field", "text", "value"),
    [
        ("plays", "52,000", 52000),
        ("plays", "5.2万", 52000),
        ("plays", "3.5w", 35000),
        ("plays", "10万+", 100000),
        ("plays", "1.2k", 1200),
        ("plays", "", 0),
        ("conversions", "310", 310),
        ("gmv", "¥30,690.50", 30690.5),
        ("gmv", "1280元", 1280.0),
        ("gmv", "$99.9", 99.9),
        ("platform", "抖音", "douyin"),
        ("platform", "WeChat Channels", "wechat_channels"),
        ("platform", "视频号", "wechat_channels"),
        ("platform", "TikTok", "tiktok"),
        # creator platforms without a video preset, as rosters write them
        ("platform", "小红书", "xiaohongshu"),
        ("platform", "红书", "xiaohongshu"),
        ("platform", "RED", "xiaohongshu"),
        ("platform", "xhs", "xiaohongshu"),
        ("platform", "Xiaohongshu (RED)", "xiaohongshu"),
        ("platform", "B站", "bilibili"),
        ("platform", "b 站", "bilibili"),
        ("platform", "哔哩哔哩", "bilibili"),
        ("platform", "bilibili", "bilibili"),
        ("platform", "微博", "weibo"),
        ("platform", "新浪微博", "weibo"),
        ("platform", "微信视频号", "wechat_channels"),
        ("platform", "点淘", "taobao"),
        ("platform", "YouTube", "youtube"),
        ("platform", "YouTube Shorts", "shorts"),
        ("platform", "ins", "instagram"),
        ("platform", "Tik Tok", "tiktok"),
        ("status", "已发布", "posted"),
        ("status", "Posted", "posted"),
        ("status", "已寄样", "briefed"),
        ("status", "待沟通", "invited"),  # as agencies' rosters say them (a paste of them was refused)
        ("status", "已签约", "briefed"),
        ("status", "待发布", "filming"),
        ("status", "Pending", "invited"),
        ("status", "", "invited"),
        ("variant", "价格钩子", "v-price"),
        ("variant", " ＡＢ价格钩子"[3:], "v-price"),
        ("variant", "v-base", "v-base"),
        ("variant", "", ""),
        ("handle", "@xiaolu_skin", "@xiaolu_skin"),
        ("notes", "- 已寄样\n- 等回稿", "- 已寄样\n- 等回稿"),
        ("link", "https://www.douyin.com/video/7300000000000000001", "https://www.douyin.com/video/7300000000000000001"),
        ("link", "7.43 复制打开抖音，看看【小鹿的作品】熬夜党必备 https://v.douyin.com/iRNBho2/ Y@z.Dm 09/12", "https://v.douyin.com/iRNBho2/"),
        ("link", "v.douyin.com/iRNBho2/", "https://v.douyin.com/iRNBho2/"),
    ],
)  # fmt: skip
def test_values_as_people_write_them(field: str, text: str, value: object) -> None:
    assert parse_value(field, text, VARIANTS) == value


@pytest.mark.parametrize(
    ("field", "text", "reason"),
    [
        ("plays", "-5", "negative"),
        ("gmv", "-¥20", "negative"),
        ("plays", "很多", "not_a_number"),
        ("plays", "1.5", "not_whole"),
        ("plays", "1e400", "not_a_number"),
        ("plays", "9" * 20, "too_large"),
        ("platform", "小红书书", "unknown_platform"),
        ("platform", "豆瓣", "unknown_platform"),
        ("status", "done", "unknown_status"),
        ("variant", "钩子C", "unknown_variant"),
        ("link", "not a link", "bad_link"),
        ("link", "ftp://example.com/x", "bad_link"),
        ("link", "javascript:alert(1)", "bad_link"),
        ("link", "https://a.com/1 https://b.com/2", "bad_link"),
        ("name", "小\x07鹿", "control_chars"),
        ("name", "小鹿\u202etxt.exe", "control_chars"),
        ("handle", '=HYPERLINK("http://evil")', "formula"),
        ("notes", "+1+1", "formula"),
        ("notes", "-2+3", "formula"),
        ("name", "@SUM(A1:A9)", "formula"),
        ("name", "x" * 81, "too_long"),
    ],
)
def test_bad_values_are_refused_with_their_reason(field: str, text: str, reason: str) -> None:
    with pytest.raises(CreatorValueError) as caught:
        parse_value(field, text, VARIANTS)
    assert caught.value.reason == reason and caught.value.field == field


def test_the_list_edits_keep_names_unique_and_return_new_lists() -> None:
    a, b = Creator(name="小鹿"), Creator(name="阿May", handle="@amay")
    one = added([], a)
    two = added(one, b, 0)
    assert [t.name for t in two] == ["阿May", "小鹿"] and one == [a]
    with pytest.raises(CreatorValueError) as caught:
        added(two, Creator(name="小鹿"))
    assert caught.value.reason == "duplicate_name"
    with pytest.raises(CreatorValueError):
        replaced(two, 0, Creator(name="小鹿"))
    assert [t.name for t in moved(two, 0, 1)] == ["小鹿", "阿May"]
    assert removed(two, [0]) == [a]
    assert index_of(two, "amay") == 0 and index_of(two, "@AMAY") == 0
    with pytest.raises(CreatorValueError):
        index_of(two, "nobody")
    assert copy_name([*two, Creator(name="小鹿 2")], "小鹿") == "小鹿 3"
    with pytest.raises(CreatorValueError) as empty:
        from_texts({"platform": "抖音"})
    assert empty.value.reason == "empty_name"


def test_merging_rows_updates_known_names_and_adds_new_ones() -> None:
    start = [Creator(name="小鹿", plays=10, notes="老朋友")]
    rows = [(2, {"name": "小鹿", "plays": "5.2万"}), (3, {"name": "糖糖", "status": "已寄样"})]
    out, new, changed = merged(start, rows, VARIANTS)
    assert new == ["糖糖"] and changed == ["小鹿"]
    assert out[0].plays == 52000 and out[0].notes == "老朋友" and out[1].status == "briefed"
    assert start[0].plays == 10  # the list given is not changed
    with pytest.raises(CreatorValueError) as caught:
        merged(start, [(2, {"name": "ok"}), (7, {"name": "坏", "plays": "-1"})], VARIANTS)
    assert caught.value.facts["row"] == 7 and caught.value.reason == "negative"


def test_handles_and_bullets_are_not_formulas() -> None:
    assert not looks_like_formula("@xiaolu_skin") and not looks_like_formula("- 已寄样")
    assert looks_like_formula("=1+1") and looks_like_formula("@SUM(A1)") and looks_like_formula("-A1")


@given(st.text(max_size=40))
def test_any_text_is_taken_or_refused_with_a_reason(text: str) -> None:
    for field in ("name", "handle", "notes", "link", "plays", "gmv", "platform", "status", "variant"):
        try:
            value = parse_value(field, text, VARIANTS)
        except CreatorValueError as exc:
            assert exc.reason
        else:
            if isinstance(value, str) and field != "notes":
                assert not any(ord(ch) < 32 for ch in value)


def test_creator_platforms_are_their_own_list_and_add_no_video_preset() -> None:
    from studio.models.creator_platforms import CREATOR_PLATFORMS, platform_label
    from studio.models.platforms import PRESETS

    assert list(CREATOR_PLATFORMS)[: len(PRESETS)] == list(PRESETS)  # the presets first, in their order
    assert {"xiaohongshu", "bilibili", "weibo"} <= set(CREATOR_PLATFORMS)
    assert (
        "xiaohongshu" not in PRESETS and "bilibili" not in PRESETS
    )  # no frame or safe area made up for them
    assert (platform_label("xiaohongshu", "zh"), platform_label("xiaohongshu", "en")) == (
        "小红书",
        "Xiaohongshu (RED)",
    )
    assert (platform_label("bilibili", "zh"), platform_label("bilibili", "en")) == ("B站", "Bilibili")
    for pid, (zh, en) in CREATOR_PLATFORMS.items():  # each name reads back as its platform
        assert (parse_value("platform", zh), parse_value("platform", en), parse_value("platform", pid)) == (
            pid,
        ) * 3

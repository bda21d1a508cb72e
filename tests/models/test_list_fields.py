"""The list fields (tags, retention shares) read from JSON: a bad item is named by its index."""

from __future__ import annotations

import pytest

from studio.models.fields import ABSENT, BadValue, Shares, Tags, WrongKind


def test_tags_load_cleaned_and_name_a_bad_item_by_its_index() -> None:
    assert Tags().load(["熬夜\ud800党", "通勤"], []) == [
        "熬夜\ufffd党",
        "通勤",
    ]  # a lone surrogate is replaced
    assert Tags().load(ABSENT, None) == []
    with pytest.raises(WrongKind) as caught:
        Tags().load(["熬夜党", 3], [])
    assert (caught.value.expected, caught.value.at) == ("text", "[1]")
    with pytest.raises(WrongKind) as caught:
        Tags().load("熬夜党", [])
    assert (caught.value.expected, caught.value.at) == ("list", "")


def test_shares_load_as_floats_and_refuse_a_share_out_of_range_at_its_index() -> None:
    assert Shares().load([1, 0.5, 0], []) == [1.0, 0.5, 0.0]
    assert Shares().dump((0.5, 0.25)) == [0.5, 0.25]
    with pytest.raises(WrongKind) as caught:
        Shares().load([0.5, True], [])
    assert (caught.value.expected, caught.value.at) == ("share", "[1]")
    with pytest.raises(BadValue) as caught:
        Shares().load([0.5, 0.4, 1.5], [])
    assert (caught.value.reason, caught.value.at, caught.value.facts) == (
        "share_range",
        "[2]",
        {"value": 1.5},
    )

import pytest

from align.lexical import anchor_tokens, roman_to_int
from align.text import fold, nfc, tone_key


@pytest.mark.parametrize(
    "old,new",
    [
        ("hoà bình", "hòa bình"),
        ("Thuỷ điện", "Thủy điện"),
        ("khoẻ", "khỏe"),
        ("toà án", "tòa án"),
        ("quý", "quý"),
        ("hoàn", "hoàn"),
        ("hòa", "hòa"),
        ("thuý", "thúy"),
    ],
)
def test_tone_key_moves_the_mark_of_open_oa_oe_uy(old, new):
    assert tone_key(nfc(old)) == new


def test_tone_key_of_decomposed_text():
    import unicodedata

    assert tone_key(nfc(unicodedata.normalize("NFD", "hoà"))) == "hòa"


def test_fold():
    assert fold("Lương Cường, Đà Nẵng") == "luong cuong, da nang"


def test_roman_numerals():
    assert roman_to_int("XIII") == 13
    assert roman_to_int("XIV") == 14
    assert roman_to_int("IIII") is None
    assert roman_to_int("Hello") is None


def test_anchor_tokens_meet_across_languages():
    vi = anchor_tokens("Ngày 12/12, tại Hà Nội, Chủ tịch nước Lương Cường dự Đại hội XIII.")
    en = anchor_tokens("On December 12, in Hanoi, President Luong Cuong attended the 13th Congress.")
    assert {"12", "13", "hanoi", "luong", "cuong", "luongcuong"} <= vi & en


def test_old_style_is_the_inverse_and_keeps_length():
    from align.text import tone_old_style

    text = nfc("hòa bình, thủy điện, khỏe, quý, hoàn")
    old = tone_old_style(text)
    assert old == nfc("hoà bình, thuỷ điện, khoẻ, quý, hoàn")
    assert len(old) == len(text) and tone_key(old) == text

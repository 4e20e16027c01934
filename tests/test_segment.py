import pytest

from align.document import document_from_text
from align.segment import paragraph_spans


def sentences(text, lang):
    return [s.text for s in document_from_text(text, lang).sentences]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Dr. Smith met Mr. Brown. They talked.", ["Dr. Smith met Mr. Brown.", "They talked."]),
        ("The U.S. delegation arrived. It left.", ["The U.S. delegation arrived.", "It left."]),
        ("Resolution No. 18-NQ/TW was issued. It matters.", ["Resolution No. 18-NQ/TW was issued.", "It matters."]),
        ('He said "yes." Then he left.', ['He said "yes."', "Then he left."]),
        ("Growth was 3.5 percent in 2021-2025. Next.", ["Growth was 3.5 percent in 2021-2025.", "Next."]),
        ("Nguyen H. Minh spoke. Done!", ["Nguyen H. Minh spoke.", "Done!"]),
        (
            "Assoc. Prof. Nguyen An and Maj. Gen. Le Binh spoke. Done!",  # titles before a name
            ["Assoc. Prof. Nguyen An and Maj. Gen. Le Binh spoke.", "Done!"],
        ),
        ("Is it? Yes… It is.", ["Is it?", "Yes…", "It is."]),
        ("the list continues. and lower case does not split.", ["the list continues. and lower case does not split."]),
    ],
)
def test_english_sentences(text, expected):
    assert sentences(text, "en") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("PGS.TS. Nguyễn Văn A phát biểu. Hội nghị bế mạc.", ["PGS.TS. Nguyễn Văn A phát biểu.", "Hội nghị bế mạc."]),
        (
            "TP. Hồ Chí Minh đón khách. Ngày 12/12/2024 trời đẹp.",
            ["TP. Hồ Chí Minh đón khách.", "Ngày 12/12/2024 trời đẹp."],
        ),
        (
            "Theo Nghị quyết số 18-NQ/TW. Các cơ quan thực hiện.",
            ["Theo Nghị quyết số 18-NQ/TW.", "Các cơ quan thực hiện."],
        ),
        ("Ông nói: “Chúng ta sẽ làm.” Mọi người đồng ý.", ["Ông nói: “Chúng ta sẽ làm.”", "Mọi người đồng ý."]),
        (
            "đưa đất nước bước vào kỷ nguyên mới./. Cùng chuyên mục",
            ["đưa đất nước bước vào kỷ nguyên mới./.", "Cùng chuyên mục"],
        ),
        ("Phát biểu chỉ đạo. (Ảnh: TTXVN)", ["Phát biểu chỉ đạo.", "(Ảnh: TTXVN)"]),
    ],
)
def test_vietnamese_sentences(text, expected):
    assert sentences(text, "vi") == expected


def test_list_items_are_their_own_sentences():
    text = "Nhiệm vụ:\n- Củng cố quan hệ.\n- Mở rộng hợp tác.\n1. Thứ nhất là hòa bình."
    assert sentences(text, "vi") == [
        "Nhiệm vụ:",
        "- Củng cố quan hệ.",
        "- Mở rộng hợp tác.",
        "1. Thứ nhất là hòa bình.",
    ]


def test_hard_wrapped_lines_are_joined_and_titles_are_not():
    text = "A Title Line\nThe sentence starts here and\ncontinues on the next line. Another one."
    assert paragraph_spans(text)[0] == (0, 12)
    assert sentences(text, "en") == [
        "A Title Line",
        "The sentence starts here and continues on the next line.",
        "Another one.",
    ]


def test_offsets_map_back_to_the_text():
    text = "  Một câu.   Hai câu!\n\nBa câu?"
    doc = document_from_text(text, "vi")
    for s in doc.sentences:
        assert " ".join(text[s.start : s.end].split()) == s.text
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1]

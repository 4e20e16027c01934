"""Reading: encodings, normalisation, HTML, and every kind of bad input."""

import codecs
import unicodedata

import pytest

from align.document import load_document
from align.errors import InputError
from align.reading import read_text
from align.text import fold

VI = "Chủ tịch nước Lương Cường làm việc với Bộ Ngoại giao tại Hà Nội. Đây là dấu mốc quan trọng của ngành."

TCVN3 = {
    "ă": 0xA8,
    "â": 0xA9,
    "ê": 0xAA,
    "ô": 0xAB,
    "ơ": 0xAC,
    "ư": 0xAD,
    "đ": 0xAE,
    "à": 0xB5,
    "ả": 0xB6,
    "ã": 0xB7,
    "á": 0xB8,
    "ạ": 0xB9,
}
VNI = {
    "ư": b"\xf6",
    "ơ": b"\xf4",
    "đ": b"\xf1",
    "á": b"a\xf9",
    "à": b"a\xf8",
    "ả": b"a\xfb",
    "ạ": b"a\xef",
    "â": b"a\xe2",
    "ê": b"e\xe2",
    "ô": b"o\xe2",
    "ớ": b"\xf4\xf9",
    "ờ": b"\xf4\xf8",
    "ứ": b"\xf6\xf9",
}


def legacy_bytes(text: str, table) -> bytes:
    out = bytearray()
    for ch in text:
        if ch in table:
            value = table[ch]
            out += bytes([value]) if isinstance(value, int) else value
        else:
            out += fold(ch).encode("ascii", "replace")
    return bytes(out)


def cp1258_bytes(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tone = [c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323"]
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tone))
            out += base.encode("cp1258") + "".join(tone).encode("cp1258")
    return bytes(out)


def write(tmp_path, data: bytes, name="doc.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    "encoding,data",
    [
        ("utf-8", VI.encode("utf-8")),
        ("utf-8-sig", codecs.BOM_UTF8 + VI.encode("utf-8")),
        ("utf-16", VI.encode("utf-16")),
        ("utf-16-le", VI.encode("utf-16-le")),
        ("utf-16-be", VI.encode("utf-16-be")),
        ("cp1258", cp1258_bytes(VI)),
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path, encoding, data):
    text, used = read_text(write(tmp_path, data))
    assert text == VI
    assert used == encoding


def test_explicit_encoding(tmp_path):
    text, used = read_text(write(tmp_path, VI.encode("utf-16-le")), encoding="utf-16-le")
    assert text == VI and used == "utf-16-le"


def test_crlf_and_decomposed_unicode_are_normalised(tmp_path):
    raw = unicodedata.normalize("NFD", VI.replace(". ", ".\r\n"))
    text, _ = read_text(write(tmp_path, raw.encode("utf-8")))
    assert "\r" not in text
    assert text == unicodedata.normalize("NFC", raw.replace("\r\n", "\n"))


def test_html_is_reduced_to_text(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>Tiêu đề</title><script>var x = 1;</script></head>"
        "<body><p>Câu thứ nhất &amp; rõ ràng.</p><div>Câu thứ hai.</div></body></html>"
    )
    text, _ = read_text(write(tmp_path, page.encode("utf-8"), "page.html"))
    assert text.split("\n") == ["Tiêu đề", "Câu thứ nhất & rõ ràng.", "Câu thứ hai."]


@pytest.mark.parametrize("table,name", [(TCVN3, "TCVN3"), (VNI, "VNI")])
def test_legacy_font_encodings_are_refused(tmp_path, table, name):
    data = legacy_bytes("Chủ tịch nước đã phát biểu tại hội nghị ở Hà Nội và được đánh giá cao. " * 5, table)
    with pytest.raises(InputError, match=name):
        read_text(write(tmp_path, data))


@pytest.mark.parametrize(
    "data,problem",
    [
        (b"", "is empty"),
        (b"   \n\n  ", "is empty"),
        (b"\x00\x01\x02binary\x00data" * 20, "binary"),
        (b"x\x00\x01\x02", "binary"),  # zero bytes every other place, but no space: no UTF-16 text
        (b"Plain text with a bad byte \x81\x8d\x8f here and \x90 there.", "not valid UTF-8"),
        (b"1234 5678 !!! ???", "no letters"),
    ],
)
def test_bad_files(tmp_path, data, problem):
    with pytest.raises(InputError, match=problem) as err:
        read_text(write(tmp_path, data))
    assert str(tmp_path / "doc.txt") in str(err.value)


def test_missing_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="directory"):
        read_text(str(tmp_path))


def test_huge_file_is_refused(tmp_path, monkeypatch):
    import align.reading

    monkeypatch.setattr(align.reading, "MAX_BYTES", 1000)
    with pytest.raises(InputError, match="up to 1,000 bytes"):
        read_text(write(tmp_path, b"word " * 1000))


def test_one_megabyte_line_is_refused(tmp_path):
    with pytest.raises(InputError, match="no sentence end"):
        load_document(write(tmp_path, ("từ " * 350_000).encode("utf-8")), "vi")


@pytest.mark.parametrize(
    "lang,text,says",
    [
        ("vi", "The President visited the Ministry of Foreign Affairs and met the staff of the ministry.", "swapped"),
        ("en", VI, "swapped"),
    ],
)
def test_swapped_languages_are_detected(tmp_path, lang, text, says):
    other = "en" if lang == "vi" else "vi"
    with pytest.raises(InputError, match=says):
        load_document(write(tmp_path, text.encode("utf-8")), lang, other_lang=other)


@pytest.mark.parametrize(
    "text",
    [
        # as Word writes it: curly quotes, dashes and an ellipsis beside the letters
        "“Dĩ bất biến, ứng vạn biến” – Chủ tịch nước nói… Đó là ‘kim chỉ nam’ của ngành ngoại giao.",
        # a title whose letters are all precomposed in Windows-1258 (no combining tone byte)
        "Đà Nẵng",
        VI,
    ],
)
def test_windows_1258_is_detected(tmp_path, text):
    got, encoding = read_text(write(tmp_path, cp1258_bytes(text)))
    assert (got.strip(), encoding) == (text, "cp1258")


def test_western_european_text_is_not_taken_for_windows_1258(tmp_path):
    with pytest.raises(InputError, match="--encoding"):
        read_text(write(tmp_path, "Le café est très bon à Paris, où les élèves étudient.".encode("cp1252")))

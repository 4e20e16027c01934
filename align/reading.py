"""Reading input files: bytes → checked, decoded, NFC text with Unix line endings.

Everything that can be wrong with an input file is found here and raised as one
``InputError`` naming the file, before any output is written.
"""

from __future__ import annotations

import codecs
import html
import os
import re
import unicodedata
from html.parser import HTMLParser
from typing import Literal

from .errors import InputError
from .text import nfc

__all__ = ["MAX_BYTES", "decode_bytes", "html_to_text", "read_text"]

#: Larger inputs are refused rather than aligned for hours: 64 MB is ~400k sentences.
MAX_BYTES = 64 * 1024 * 1024

# Bytes that TCVN3 (ABC) uses for ă â ê ô ơ ư đ and the a-tones; rare in cp1252/cp1258 text.
_TCVN3_BYTES = frozenset(range(0xA8, 0xAF)) | frozenset(range(0xB5, 0xBA))
# cp1258 combining tone marks and its precomposed ă â ê ô ơ ư đ letters.
_CP1258_TONES = frozenset((0xCC, 0xEC, 0xDE, 0xD2, 0xF2))
_CP1258_LETTERS = frozenset((0xC3, 0xE3, 0xC2, 0xE2, 0xCA, 0xEA, 0xD4, 0xF4, 0xD5, 0xF5, 0xDD, 0xFD, 0xD0, 0xF0))
# VNI-Windows writes ư ơ đ as ö ô ñ and each tone as a byte after an ASCII vowel.
_VNI_MARKS = frozenset((0xF8, 0xF9, 0xFB, 0xF5, 0xEF, 0xE2, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEB, 0xF6, 0xF4, 0xF1))
_VOWELS = frozenset(b"aeiouyAEIOUY")
_LEGACY = (
    "looks like Vietnamese in the legacy {name} font encoding, which songngu does not read; "
    "convert it to Unicode (UTF-8) first, e.g. with UniKey's converter"
)
# Text that a legacy-encoded file becomes when it was wrongly re-saved as UTF-8.
_TCVN3_MOJIBAKE = re.compile(r"[a-zA-Z][µ¸¶·¹¨©ª«¬®][a-zA-Z]|[a-zA-Z]\xad[ícã¬]")
_VNI_MOJIBAKE = re.compile(r"[aeiouyAEIOUY][øùûõï]|ö[ôôa]|ñ[aeiou]")


_VIETNAMESE_LETTERS = re.compile(r"[\u1ea0-\u1ef9ơưđăƠƯĐĂ]")


def _refuse_mojibake(text: str, path: str) -> None:
    """Legacy-font text that was re-saved as UTF-8 decodes fine but is unreadable."""
    real = len(_VIETNAMESE_LETTERS.findall(text))
    for name, pattern in (("TCVN3 (ABC)", _TCVN3_MOJIBAKE), ("VNI", _VNI_MOJIBAKE)):
        hits = len(pattern.findall(text))
        if hits > 5 and hits > 2 * real:
            raise InputError(path, _LEGACY.format(name=name))


def _high_bytes(data: bytes) -> list[tuple[int, int]]:
    return [(i, b) for i, b in enumerate(data) if b >= 0x80]


def _legacy_name(data: bytes) -> str | None:
    """Name a legacy 8-bit Vietnamese encoding the bytes look like, if any."""
    high = _high_bytes(data)
    if len(high) < 5:
        return None
    tcvn3 = sum(1 for _, b in high if b in _TCVN3_BYTES) / len(high)
    if tcvn3 > 0.3:
        return "TCVN3 (ABC)"
    marks = sum(1 for _, b in high if b in _VNI_MARKS)
    # VNI's marks follow a vowel, or another mark ("ươ" is ö + ô, "ớ" is ô + ù)
    attached = sum(
        1 for i, b in high if b in _VNI_MARKS and i > 0 and (data[i - 1] in _VOWELS or data[i - 1] in _VNI_MARKS)
    )
    tones = sum(1 for _, b in high if b in _CP1258_TONES)
    if marks / len(high) > 0.7 and attached / len(high) > 0.3 and tones / len(high) < 0.1:
        return "VNI"
    return None


#: Punctuation and symbols a Windows-1258 document (Word, web pages) carries besides letters.
_CP1258_SYMBOLS = frozenset("“”‘’–—…•€°«»·©®™\xa0§¶±×÷²³¹¼½¾†‡‰")
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


def _vietnamese_letter(ch: str) -> bool:
    """A Latin letter with only Vietnamese diacritics (tones, circumflex, breve, horn), or đ."""
    if ch in "đĐ":
        return True
    parts = unicodedata.normalize("NFD", ch)
    base, marks = parts[0], set(parts[1:])
    return base.isascii() and base.isalpha() and bool(marks) and marks <= _VIETNAMESE_MARKS


def _looks_cp1258(data: bytes) -> bool:
    """Windows-1258, the legacy code page of Vietnamese Word and web documents: decoded, its
    high bytes give Vietnamese letters (precomposed or with combining tone marks) and the
    usual typographic punctuation — and at least some letters only Vietnamese uses."""
    high = _high_bytes(data)
    if not high:
        return False
    text = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    other = [ch for ch in text if not ch.isascii()]
    letters = sum(1 for ch in other if _vietnamese_letter(ch))
    odd = sum(1 for ch in other if not _vietnamese_letter(ch) and ch not in _CP1258_SYMBOLS)
    specific = sum(1 for ch in other if _VIETNAMESE_LETTERS.match(ch))
    return specific >= 1 and letters >= 2 and odd <= 0.02 * len(other)


def _looks_utf16(data: bytes, order: Literal["little", "big"]) -> bool:
    """Do bytes without a byte-order mark read as UTF-16 text in this byte order: an even
    length, many zero high bytes and none low (Latin script), and a space or line break among
    the code units, as any document has? Four bytes of a binary file ("x\\0\\1\\2") may
    pass the zero counts by chance; they hold no space."""
    low, high = (data[0::2], data[1::2]) if order == "little" else (data[1::2], data[0::2])
    if len(data) < 4 or len(data) % 2 or high.count(0) <= 0.4 * (len(data) // 2) or low.count(0):
        return False
    units = (int.from_bytes(data[k : k + 2], order) for k in range(0, len(data), 2))
    return any(u in (0x20, 0x0A, 0x0D, 0x09) for u in units)


def decode_bytes(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode file bytes, returning (text, encoding name). Raises InputError."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(path, f"unknown encoding {encoding!r}") from None
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as err:
            raise InputError(path, f"cannot be decoded as {encoding}: bad byte at offset {err.start}") from None
    if data.startswith(codecs.BOM_UTF8):
        body, name = data[len(codecs.BOM_UTF8) :], "utf-8-sig"
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        body, name = data, "utf-16"
    elif _looks_utf16(data, "little"):
        body, name = data, "utf-16-le"
    elif _looks_utf16(data, "big"):
        body, name = data, "utf-16-be"
    else:
        body, name = data, "utf-8"
    if name == "utf-8" and b"\x00" in data:
        raise InputError(path, "is a binary file, not text (it contains NUL bytes)")
    try:
        text = body.decode(name if name != "utf-8-sig" else "utf-8")
        if name == "utf-16":
            text = text.lstrip("\ufeff")
        return text, name
    except UnicodeDecodeError as err:
        if name.startswith("utf-16"):
            raise InputError(path, f"is not valid {name.upper()}: bad bytes at offset {err.start}") from None
        bad = err.start
    legacy = _legacy_name(data)
    if legacy:
        raise InputError(path, _LEGACY.format(name=legacy))
    if _looks_cp1258(data):
        return data.decode("cp1258"), "cp1258"
    raise InputError(
        path,
        f"is not valid UTF-8 (first bad byte at offset {bad}); give its encoding with --encoding (e.g. cp1258)",
    )


class _TextExtractor(HTMLParser):
    """Collects visible text; block-level tags become line breaks."""

    _BLOCK = frozenset(
        "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article "
        "header footer blockquote figcaption figure title dt dd pre hr".split()
    )
    _SKIP = frozenset("script style noscript template svg".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block per line."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _looks_html(text: str, path: str) -> bool:
    if path.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text.lstrip()[:512].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head


def read_text(path: str, *, encoding: str | None = None) -> tuple[str, str]:
    """Read and check a document file: returns (NFC text with \\n line ends, encoding)."""
    if not os.path.exists(path):
        raise InputError(path, "no such file")
    if os.path.isdir(path):
        raise InputError(path, "is a directory, not a text file")
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise InputError(path, f"is {size:,} bytes; songngu reads documents up to {MAX_BYTES:,} bytes")
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as err:
        raise InputError(path, f"cannot be read ({err.strerror})") from None
    if not data.strip():
        raise InputError(path, "is empty")
    text, used = decode_bytes(data, path, encoding)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if "\x00" in text or controls > max(8, len(text) // 100):
        raise InputError(path, "is a binary file, not text (it is full of control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if _looks_html(text, path):
        text = html_to_text(html.unescape(text) if "<" not in text else text)
    text = nfc(text)
    _refuse_mojibake(text, path)
    if not any(ch.isalpha() for ch in text):
        raise InputError(path, "has no text (no letters at all)")
    return text, used

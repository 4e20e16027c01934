"""Text normalisation shared by every stage: NFC, one tone-mark convention, folding.

Vietnamese has two accepted placements of the tone mark in open syllables ending in
-oa, -oe, -uy ("hoà"/"hòa", "thuỷ"/"thủy"). Both appear in real documents, sometimes in
one file. For *matching* (embeddings, term aggregation) we map them to one convention,
the mark on the first vowel ("hòa", "thủy"), the one Vietnamese news sites mostly use;
the original text is always what users see.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["collapse_space", "fold", "nfc", "tone_key", "tone_old_style", "unmarked"]

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# A word whose last letter is a tone-marked a/e/y preceded by o/u: candidates for moving.
_CANDIDATE = re.compile(r"\w*[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?!\w)")
_SPACE = re.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def collapse_space(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _final_pair(word: str) -> list[list[str]] | None:
    """The word as letters with their combining marks, when it ends in an open -oa/-oe/-uy
    whose vowels carry nothing but a tone (ô, ơ, ư, â, ă… are other vowels; "quý": the u
    belongs to qu); else None."""
    clusters: list[list[str]] = []
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch) and clusters:
            clusters[-1].append(ch)
        else:
            clusters.append([ch])
    if len(clusters) < 2:
        return None
    prev, last = clusters[-2], clusters[-1]
    if prev[0].lower() + last[0].lower() not in ("oa", "oe", "uy"):
        return None
    if len(clusters) >= 3 and clusters[-3][0].lower() == "q":
        return None
    if any(m not in _TONES for m in prev[1:] + last[1:]):
        return None
    return clusters


def _retone(word: str) -> str:
    """Move the tone of a final -oa/-oe/-uy from the last vowel to the one before it."""
    clusters = _final_pair(word)
    if clusters is None:
        return word
    prev, last = clusters[-2], clusters[-1]
    tones = [m for m in last[1:] if m in _TONES]
    if not tones:
        return word
    del last[1:]
    prev.extend(tones)
    return nfc("".join("".join(c) for c in clusters))


_OLD_CANDIDATE = re.compile(r"\w*[òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ][aeyAEY](?!\w)")


def _retone_old(word: str) -> str:
    """Move the tone of a final -oa/-oe/-uy from the first vowel to the last ("hòa" → "hoà")."""
    clusters = _final_pair(word)
    if clusters is None or len(clusters[-1]) > 1:
        return word
    prev, last = clusters[-2], clusters[-1]
    tones = [m for m in prev[1:] if m in _TONES]
    del prev[1:]
    last.extend(tones)
    return nfc("".join("".join(c) for c in clusters))


def tone_old_style(text: str) -> str:
    """The other convention ("hoà", "thuỷ"): some tools, pyvi among them, were trained on it.
    Same length as the input, so offsets stay valid."""
    return _OLD_CANDIDATE.sub(lambda m: _retone_old(m.group(0)), text)


def tone_key(text: str) -> str:
    """The matching form of NFC text: one tone-mark placement convention."""
    return _CANDIDATE.sub(lambda m: _retone(m.group(0)), text)


def unmarked(text: str) -> str:
    """The text without its diacritics, đ → d, case kept ("Lương Cường" → "Luong Cuong"): how
    English writes a Vietnamese name."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lower-case ASCII-ish form: diacritics removed, đ → d ("Lương Cường" → "luong cuong")."""
    return unmarked(text).lower()

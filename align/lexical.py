"""Model-free evidence that two sentences translate each other.

Translations keep numbers, dates and names: "12/12" ↔ "December 12", "Đại hội XIII" ↔
"13th Congress", "Lương Cường" ↔ "Luong Cuong", "Hà Nội" ↔ "Hanoi". We reduce each
sentence to a set of such anchor tokens in a language-neutral form (digits, folded
capitalised words and their joined pairs) so they can be compared across languages.
"""

from __future__ import annotations

import re

from .text import fold

__all__ = ["anchor_tokens", "dice", "folded_chrf", "roman_to_int"]

_MONTHS = {
    m: str(i)
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?")
_ROMAN = re.compile(r"^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.I)
# Capitalised English words that carry no name: sentence openers and function words.
_CAPITAL_STOP = frozenset(
    "the a an this that these those on in at of for to and or but as by with from since "
    "it its he she they we i you his her their our there here what when where which who "
    "regarding referring along after before during over under into about also most one two "
    "three four five is are was were be has have had not no yes".split()
)


def roman_to_int(token: str) -> int | None:
    """'XIII' → 13 for upper-case Roman numerals up to 3999; None otherwise."""
    if not token or not _ROMAN.match(token):
        return None
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for ch, nxt in zip(token, token[1:] + " ", strict=False):
        v = values[ch]
        total += -v if nxt != " " and values.get(nxt, 0) > v else v
    return total


def anchor_tokens(text: str) -> frozenset[str]:
    """Numbers, Roman numerals, months and folded capitalised words (and joined pairs)."""
    out: set[str] = set()
    previous_cap: str | None = None
    previous_end = -1
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    for match in _TOKEN.finditer(text):
        tok = match.group(0)
        if text[previous_end : match.start()] != " ":
            previous_cap = None  # only words joined by a plain space form a name
        previous_end = match.end()
        if tok[0].isdigit():
            for part in re.split(r"[.,]", tok):
                out.add(part.lstrip("0") or "0")
            previous_cap = None
            continue
        ordinal = _ORDINAL.match(tok)
        if ordinal:
            out.add(ordinal.group(1))
            continue
        lower = tok.lower()
        if lower in _MONTHS and tok[0].isupper():
            out.add(_MONTHS[lower])
            previous_cap = None
            continue
        roman = roman_to_int(tok) if len(tok) >= 2 or tok in ("V", "X") else None
        if roman is not None and tok.isupper():
            out.add(str(roman))
            previous_cap = None
            continue
        if tok[0].isupper() and lower not in _CAPITAL_STOP:
            folded = fold(tok)
            if len(folded) >= 2:
                out.add(folded)
                if previous_cap is not None:
                    out.add(previous_cap + folded)
            previous_cap = folded
        else:
            previous_cap = None
    return frozenset(out)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Smoothed overlap |A∩B| / (min(|A|,|B|) + 1): 0 with no shared anchor, near 1 when
    every anchor of the poorer side is shared. The +1 keeps one lucky match modest."""
    if not a or not b:
        return 0.0
    return len(a & b) / (min(len(a), len(b)) + 1)


def folded_chrf(source: str, target: str) -> float:
    """sacrebleu chrF (0–1) between the diacritic-folded texts: shared names and numbers."""
    from sacrebleu.metrics import CHRF

    return CHRF().sentence_score(fold(target), [fold(source)]).score / 100.0

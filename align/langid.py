"""A tiny, dependency-free language check for the two languages songngu knows best.

It exists to catch the commonest mistake — the two files given in the wrong order —
not to identify arbitrary languages: for languages other than Vietnamese and English it
says nothing.
"""

from __future__ import annotations

import re

from .errors import InputError

__all__ = ["LANGUAGE_NAMES", "check_language", "english_ratio", "vietnamese_ratio"]

LANGUAGE_NAMES = {"vi": "Vietnamese", "en": "English"}

_VI_CHARS = re.compile(
    r"[ăâêôơưđĂÂÊÔƠƯĐàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    r"ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]"
)
_WORD = re.compile(r"[^\W\d_]+")
_EN_FUNCTION = frozenset(
    "the of and to in a is that for on with as was by are be this it from at an or have has "
    "were which their its been not will would also can more than".split()
)


def vietnamese_ratio(text: str) -> float:
    """Share of words carrying a Vietnamese-only letter (about 0.5 in Vietnamese prose)."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    return sum(1 for w in words if _VI_CHARS.search(w)) / len(words)


def english_ratio(text: str) -> float:
    """Share of words that are common English function words (about 0.3–0.45 in English)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return 0.0
    return sum(1 for w in words if w in _EN_FUNCTION) / len(words)


def _guess(text: str) -> str | None:
    vi, en = vietnamese_ratio(text), english_ratio(text)
    if vi >= 0.15:
        return "vi"
    if en >= 0.12 and vi < 0.05:
        return "en"
    return None


def check_language(text: str, lang: str, path: str, *, other: str | None = None) -> None:
    """Raise InputError when text is clearly not in ``lang`` (only vi and en are checked)."""
    if lang not in LANGUAGE_NAMES:
        return
    guess = _guess(text)
    if guess is None or guess == lang:
        return
    hint = ""
    if other is not None and guess == other:
        hint = " (are the source and target files swapped?)"
    raise InputError(
        path,
        f"looks like {LANGUAGE_NAMES[guess]}, not {LANGUAGE_NAMES[lang]} as expected for this side{hint}",
    )

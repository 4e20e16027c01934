"""A tiny, dependency-free language check for the two languages songngu knows best.

It exists to catch the commonest mistake — the two files given in the wrong order —
not to identify arbitrary languages: for languages other than Vietnamese and English it
says nothing.
"""

from __future__ import annotations

import re

from .errors import InputError

__all__ = ["LANGUAGE_NAMES", "check_language", "english_ratio", "latin_share", "vietnamese_ratio"]

LANGUAGE_NAMES = {"vi": "Vietnamese", "en": "English"}

_VI_CHARS = re.compile(
    r"[ăâêôơưđĂÂÊÔƠƯĐàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    r"ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]"
)
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
# Latin letters: Basic Latin, Latin-1, Latin Extended-A/B, IPA and Latin Extended Additional
# (where Vietnamese's stacked tone marks live); combining marks are not letters in either count
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u0250-\u02af\u1e00-\u1eff]")
_SCRIPT_SAMPLE = 200_000  # characters: the script of a file shows in its first pages
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


def latin_share(text: str) -> float:
    """Share of letters in Latin script (1.0 for text without letters). Vietnamese and
    English are both written in it; text that mostly is not — a Chinese or Russian file, or
    bytes decoded as UTF-16 that never were — is not the language either side expects."""
    sample = text[:_SCRIPT_SAMPLE]
    letters = len(_LETTER.findall(sample))
    return len(_LATIN.findall(sample)) / letters if letters else 1.0


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
    if latin_share(text) < 0.5:
        raise InputError(
            path,
            f"is mostly not in Latin script, so it is not {LANGUAGE_NAMES[lang]} as expected for this side "
            "(another language, or a wrong encoding: try --encoding)",
        )
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

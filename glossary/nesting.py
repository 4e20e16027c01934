"""Candidates nested in one another with the same English, as named features.

A document's candidates often come in nested pairs that the word links gave one English:
"cá voi" and "con cá voi" → "whales", "Wales" and "xứ Wales" → "Wales", "thế chấp" and
"thế chấp dưới chuẩn" → "sub-prime". At most one of them is the term with that English,
and which one depends on what the extra words are: a classifier or a generic head in
front ("con", "trận", "cuộc") usually adds nothing a terminologist keeps, an agent noun
("nhà" of "nhà sản xuất") makes the term, and words after the shorter one usually belong
to it ("dưới chuẩn"). Before these features the miner only kept the better-scored of
the two (``mining._one_source_per_english``); with them the confidence model learns, from
the tuning documents' gold lists, which side of such a pair is the term.

Cost: each candidate looks up its own sub-spans (at most ``_MAX_SYLLABLES`` syllables, so
a bounded number) in one dictionary of the document's candidates: linear in candidates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["NESTING_FEATURES", "same_english_nesting"]

#: the feature names, all 0/1
NESTING_FEATURES = (
    "same_en_longer_before",  # a longer candidate adds words before this one: "con | cá voi"
    "same_en_longer_after",  # a longer candidate adds words after this one: "thế chấp | dưới chuẩn"
    "same_en_shorter_tail",  # this one ends with a shorter candidate: "con cá voi" ⊃ "cá voi"
    "same_en_shorter_head",  # this one starts with a shorter candidate: "thế chấp dưới chuẩn" ⊃ "thế chấp"
)

_MAX_SYLLABLES = 12  # longer candidates are clauses; their sub-spans are not looked up


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


def same_english_nesting(pairs: Sequence[tuple[str, str]]) -> list[dict[str, float]]:
    """For each (Vietnamese, English) candidate, which of ``NESTING_FEATURES`` hold: only
    the features that hold are in its dictionary."""
    where = {(_key(source), _key(target)): k for k, (source, target) in enumerate(pairs)}
    out: list[dict[str, float]] = [{} for _ in pairs]
    for k, (source, target) in enumerate(pairs):
        words, english = _key(source).split(" "), _key(target)
        if len(words) < 2 or len(words) > _MAX_SYLLABLES:
            continue
        for a in range(len(words)):
            for b in range(a + 1, len(words) + 1):
                if b - a == len(words):
                    continue
                inner = where.get((" ".join(words[a:b]), english))
                if inner is None or inner == k:
                    continue
                if a > 0:
                    out[inner]["same_en_longer_before"] = 1.0
                if b < len(words):
                    out[inner]["same_en_longer_after"] = 1.0
                if b == len(words):
                    out[k]["same_en_shorter_tail"] = 1.0
                if a == 0:
                    out[k]["same_en_shorter_head"] = 1.0
    return out

"""Finding known terms in text in time linear in the text: an index by first word.

A term base can hold thousands of terms and an archive millions of sentences, so terms are
never searched one by one: each text is split into words once, and at each word only the
terms starting with that word are compared. Matching is on the same form everywhere in
songngu — NFC, one tone-mark convention, case folded — and on whole words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .text import nfc, tone_key

__all__ = ["TermIndex", "match_key", "words_with_spans"]

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")


def match_key(text: str) -> str:
    """The form terms are matched on: NFC, one tone-mark convention, case folded."""
    return tone_key(nfc(text)).casefold()


def words_with_spans(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text`` in matching form, with their character spans in ``text``."""
    return [(match_key(m.group(0)), m.start(), m.end()) for m in _WORD.finditer(text)]


@dataclass(frozen=True)
class TermIndex:
    """Terms by their first two words (one-word terms by their word): ``find(text)`` → (term
    number, start, end) of each match. Two words, because a term base of thousands shares
    first words by the hundred ("bộ", "công", "national"), and each would be compared at
    every place the word stands."""

    by_first: dict[tuple[str, ...], tuple[tuple[int, tuple[str, ...]], ...]]

    @classmethod
    def build(cls, terms: Sequence[str]) -> TermIndex:
        grouped: dict[tuple[str, ...], list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
        for number, term in enumerate(terms):
            words = tuple(w for w, _, _ in words_with_spans(term))
            if words:
                grouped[words[:2]].append((number, words))
        # longest first, so a longer term wins over its own head at the same place
        return cls({k: tuple(sorted(v, key=lambda t: (-len(t[1]), t[0]))) for k, v in grouped.items()})

    def find(self, text: str) -> list[tuple[int, int, int]]:
        words = words_with_spans(text)
        out = []
        for k, (word, start, _) in enumerate(words):
            heads = [(word, words[k + 1][0]), (word,)] if k + 1 < len(words) else [(word,)]
            for head in heads:  # the longer terms first, as built
                for number, term in self.by_first.get(head, ()):
                    if tuple(w for w, _, _ in words[k : k + len(term)]) == term:
                        out.append((number, start, words[k + len(term) - 1][2]))
        return out

"""Is a candidate's edge a real boundary? Evidence from the document's other sentences.

A span cut inside a longer expression ("Ủy viên cạnh tranh Châu" of "… Châu Âu", "ngân sách
hàng" of "… hàng năm", "Mười" of "tháng Mười") looks like a term to every feature that reads
the span alone. What gives it away is its edge: the syllable across the cut is the one that
keeps standing next to the edge syllable elsewhere in the document. ``glue`` measures that —
among the *other* occurrences of the edge syllable, the share with the same neighbour — so a
term seen once, or an edge syllable seen once, gives no evidence (0), not false certainty.

A second, document-free cue: a capitalised syllable on both sides of the edge, mid-sentence,
means the cut runs through a run of capitals — through a name unless the candidate generator
cut it there on purpose (title | person), which the learnt model weighs with the origin.

Counting is linear in the document's syllables; each occurrence then costs two look-ups.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from align.text import tone_key

from .lexicon import EN_RANK_ABBREVIATIONS, EN_ROLE_WORDS, EN_TITLE_WORDS, en_edge_stop
from .tokens import Token

__all__ = ["EdgeEvidence", "SyllableCounts", "edge_evidence", "english_capitals_cut"]


def _key(token: Token) -> str:
    return tone_key(token.text).casefold()


@dataclass(frozen=True)
class SyllableCounts:
    """How often each syllable, and each pair of adjacent syllables, occurs in a document
    (punctuation breaks a pair)."""

    single: Counter[str]
    adjacent: Counter[tuple[str, str]]

    @classmethod
    def of(cls, sentences: list[list[Token]]) -> SyllableCounts:
        single: Counter[str] = Counter()
        adjacent: Counter[tuple[str, str]] = Counter()
        for tokens in sentences:
            keys = [None if t.is_punct else _key(t) for t in tokens]
            single.update(k for k in keys if k is not None)
            adjacent.update((a, b) for a, b in itertools.pairwise(keys) if a is not None and b is not None)
        return cls(single, adjacent)

    def glue(self, edge: str, neighbour: str, right: bool) -> float:
        """Among the other occurrences of ``edge``, the share next to ``neighbour`` (after
        it when ``right``, before it otherwise)."""
        others = self.single[edge] - 1
        if others <= 0:
            return 0.0
        together = self.adjacent[(edge, neighbour) if right else (neighbour, edge)] - 1
        return max(0.0, min(1.0, together / others))


@dataclass(frozen=True)
class EdgeEvidence:
    glue_left: float
    glue_right: float
    capitals_cut: bool  # a capitalised syllable on both sides of an edge, mid-sentence


def _capital(token: Token) -> bool:
    return token.text[:1].isupper()


def edge_evidence(tokens: list[Token], first: int, last: int, counts: SyllableCounts) -> EdgeEvidence:
    """The evidence at both edges of the span ``first``..``last`` of one sentence."""
    before = tokens[first - 1] if first > 0 and not tokens[first - 1].is_punct else None
    after = tokens[last + 1] if last + 1 < len(tokens) and not tokens[last + 1].is_punct else None
    left = counts.glue(_key(tokens[first]), _key(before), right=False) if before else 0.0
    right = counts.glue(_key(tokens[last]), _key(after), right=True) if after else 0.0
    cut = bool(
        (before is not None and first > 1 and _capital(before) and _capital(tokens[first]))
        or (after is not None and _capital(after) and _capital(tokens[last]))
    )
    return EdgeEvidence(left, right, cut)


#: a capitalised word, or a tight hyphen and a word, right after the English
_EN_GOES_ON = re.compile(r"(?:[-\u2010\u2011][^\W\d_]| [A-Z][a-z])")
#: a document's number right after the English: the name before it is whole
_EN_DOCUMENT_NUMBER = re.compile(r" No\.? ?\d")
#: the word right before the English, and what stands before that word
_EN_WORD_BEFORE = re.compile(r"(\S*)(\s?)([A-Z][\w'.]*)( |[-\u2010\u2011])$")


def english_capitals_cut(text: str, start: int, end: int) -> bool:
    """Is the capitalised English ``text[start:end]`` a piece of a longer capitalised run
    in its sentence — "Sri Thammarat" of "Nakhon Sri Thammarat", "Frank" of "Frank Smith",
    "Riad al" of "Riad al-Saray"? The English side's counterpart of ``capitals_cut``. A
    title or rank before a name ("President Bush", "Dr. Ruth") and a function word that
    opens the sentence ("The", "In") cut nothing."""
    span = text[start:end]
    if not span[:1].isupper():
        return False
    last = span.rsplit(None, 1)[-1].rstrip(".")
    titled = last.lower() in EN_TITLE_WORDS or last in EN_RANK_ABBREVIATIONS  # "Prime Minister Tony Blair"
    numbered = _EN_DOCUMENT_NUMBER.match(text, end) is not None  # "Law on Roads | No. 35/2024/QH15"
    if span[-1:].isalnum() and not titled and not numbered and _EN_GOES_ON.match(text, end):
        return True
    before = _EN_WORD_BEFORE.search(text, 0, start)
    if before is None or any(w.lower() in EN_TITLE_WORDS for w in span.split()):
        # a title takes a nationality or a body before it: "British Prime Minister"
        return False
    word = before.group(3).rstrip(".")
    if before.group(4) == " " and (word.lower() in EN_ROLE_WORDS or word in EN_RANK_ABBREVIATIONS):
        return False
    opens = not before.group(1) or before.group(1)[-1:] in '.!?:"“'
    return not (opens and en_edge_stop(word))

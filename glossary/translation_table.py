"""Word translation probabilities learnt from a parallel corpus, as word-level evidence.

The word aligner links tokens by contextual embeddings, which know common words well and
rare ones poorly: "Thượng viện" went to "Secretary", "lời khai" to "transcripts". A table
of IBM Model 1 probabilities (``benchmarks/train_lexicon.py``, from the ALT Wikinews pairs
with every development document held out) knows that "viện" is translated by "Senate" and
"khai" by "testimony". It serves twice:

- ``lexical_links``: each source syllable's most probable English word in the sentence,
  when the table is sure enough, joins the aligner's links (and, being sure, its claims);
- ``support``: how well a term's English is explained by its syllables and the other way
  round, named features of the confidence model ("goals in 71 appearances" has three
  English words that no syllable of "bàn thắng" accounts for).

Both are pure functions of the tokens and the table; the table is read once per process.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .lexicon import en_edge_stop
from .tokens import Token, en_tokens, vi_syllables

__all__ = ["LINK_THRESHOLD", "TABLE_PATH", "TranslationTable", "lexical_links", "load_table", "support"]

TABLE_PATH = Path(__file__).resolve().parent / "translation_table.tsv.gz"
#: a syllable's best word joins the links from this probability on (tuning documents:
#: 0.3 reached 11 more gold terms than no lexical links; 0.2 and 0.4 did no better)
LINK_THRESHOLD = 0.3
#: an English word counts as explained by a syllable from this probability on
EXPLAINED = 0.05


@dataclass(frozen=True)
class TranslationTable:
    rows: Mapping[str, Mapping[str, float]]  # syllable → English word → probability (both lower case)
    version: str = ""  # the first 12 hex digits of the SHA-256 of the file it was read from

    def probability(self, syllable: str, word: str) -> float:
        return self.rows.get(syllable, {}).get(word, 0.0)


#: kinds of local unit that Vietnamese news names on every page and the table, learnt from
#: Wikinews articles translated from English, never met: each with its English in the
#: singular and the plural, at the levels the table gives "tỉnh" (province 0.78, provinces
#: 0.43). Without them "ward" of "Ben Thanh ward" was a word no syllable of "phường Bến
#: Thành" explains, and "khu vực" beside it (0.31, from "electoral ward") took it away.
#: A syllable the table has met keeps what it learnt: "xã" is "social" of "xã hội" there,
#: and adding "commune" to it listed "xã → communes" and "quy mô xã → commune" (vn5, vn53, vn61).
LOCAL_UNITS = {
    "phường": ("ward", "wards"), "xã": ("commune", "communes"), "huyện": ("district", "districts"),
    "thôn": ("village", "villages"), "ấp": ("hamlet", "hamlets"),
}  # fmt: skip
_SINGULAR, _PLURAL = 0.78, 0.43


@functools.cache
def load_table(path: Path = TABLE_PATH) -> TranslationTable:
    data = path.read_bytes()
    rows: dict[str, dict[str, float]] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if line.startswith("#"):
            continue
        syllable, word, probability = line.split("\t")
        rows.setdefault(syllable, {})[word] = float(probability)
    for unit, (one, many) in LOCAL_UNITS.items():
        if unit in rows:
            continue
        row = rows.setdefault(unit, {})
        row.setdefault(one, _SINGULAR)
        row.setdefault(many, _PLURAL)
    added = repr(sorted(LOCAL_UNITS.items())).encode("utf-8")
    return TranslationTable(rows, hashlib.sha256(data + added).hexdigest()[:12])


def _key(text: str) -> str:
    """How the table spells a token: NFC (a few translations are written decomposed), lower case."""
    return unicodedata.normalize("NFC", text).lower()


def syllables(text: str) -> list[str]:
    """A Vietnamese text's syllables as the table knows them (no punctuation)."""
    return [_key(s) for s in vi_syllables(text) if any(ch.isalnum() for ch in s)]


def words(text: str) -> list[str]:
    """An English text's words as the table knows them (no punctuation)."""
    return [_key(t.text) for t in en_tokens(text) if not t.is_punct]


def lexical_links(
    src_tokens: Sequence[Token],
    tgt_tokens: Sequence[Token],
    table: TranslationTable,
    aligned: Sequence[tuple[int, int]] = (),
    threshold: float = LINK_THRESHOLD,
) -> list[tuple[int, int]]:
    """For each source syllable, its most probable English word of the sentence when the
    probability reaches ``threshold``. A word written more than once ("Minister" of "Deputy
    Prime Minister and Minister of Foreign Affairs") is taken where the ``aligned`` links
    put the syllable's neighbours (two syllables either side), else at the same relative
    place in the sentence (tuning documents: 3 more gold terms reached than the first
    occurrence; skipping such words reached 1 fewer)."""
    targets = [(j, _key(t.text)) for j, t in enumerate(tgt_tokens) if not t.is_punct]
    out = []
    for i, token in enumerate(src_tokens):
        row = table.rows.get(_key(token.text))
        if not row or token.is_punct:
            continue
        best, where = 0.0, []
        for j, word in targets:
            p = row.get(word, 0.0)
            if p > best:
                best, where = p, [j]
            elif p == best > 0.0:
                where.append(j)
        if best >= threshold:
            out.append((i, _nearest(where, i, len(src_tokens), len(tgt_tokens), aligned)))
    return out


def _nearest(where: list[int], i: int, sources: int, targets: int, aligned: Sequence[tuple[int, int]]) -> int:
    if len(where) == 1:
        return where[0]
    near = [j for a, j in aligned if abs(a - i) <= 2]
    centre = sum(near) / len(near) if near else i / max(1, sources - 1) * max(1, targets - 1)
    return min(where, key=lambda j: (abs(j - centre), j))


def support(source: str, target: str, table: TranslationTable) -> dict[str, float]:
    """How well the term's syllables and its English explain each other: for each English
    content word the best probability from a syllable (mean, and the share explained), and
    for each syllable the best towards an English word (mean). (The least of each was
    measured too and added nothing out of fold.)"""
    vs, es = syllables(source), words(target)
    content = [e for e in es if not en_edge_stop(e)] or es
    english = [max((table.probability(v, e) for v in vs), default=0.0) for e in content]
    source_side = [max((table.probability(v, e) for e in es), default=0.0) for v in vs]
    return {
        "lex_en_mean": sum(english) / len(english) if english else 0.0,
        "lex_en_share": sum(p >= EXPLAINED for p in english) / len(english) if english else 0.0,
        "lex_vi_mean": sum(source_side) / len(source_side) if source_side else 0.0,
    }

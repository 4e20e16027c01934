"""Scoring a glossary against a hand-made gold term list.

Gold files are TSV: source, accepted English forms separated by " | ", kind; '#' lines
are comments. Sources match after NFC, one tone-mark convention and case folding;
targets after case folding and quote normalisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from align.text import nfc, tone_key

from .model import GlossaryEntry

__all__ = [
    "GoldTerm",
    "TermScores",
    "gold_pairs",
    "gold_source_key",
    "gold_target_key",
    "read_gold_terms",
    "score_glossary",
]


@dataclass(frozen=True)
class GoldTerm:
    source: str
    targets: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class TermScores:
    gold: int
    found: int  # gold sources present with an accepted English
    wrong: int  # gold sources present, but with another English
    missing: tuple[str, ...]
    wrong_terms: tuple[tuple[str, str], ...]
    unflagged: int
    unflagged_in_gold: int
    unflagged_wrong: int

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def gold_precision(self) -> float:
        """Share of unflagged entries whose source is a gold term with an accepted English
        (a lower bound: good entries absent from the gold list count as misses)."""
        return self.unflagged_in_gold / self.unflagged if self.unflagged else 0.0


def _norm(text: str) -> str:
    """The project's scorer's normal form (../shared/tools/score_glossary.py): NFC, lower
    case, straight quotes, single spaces, no surrounding quotes or punctuation."""
    text = nfc(text or "").lower().strip().replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip(" \"'.,;:()")


def gold_source_key(text: str) -> str:
    """A Vietnamese term as gold lists match it: the scorer's form after one tone-mark
    convention ("hoà" and "hòa" are one term)."""
    return _norm(tone_key(nfc(text)))


def gold_target_key(text: str) -> str:
    """An English rendering as gold lists match it."""
    return _norm(text)


#: first-column names of a gold list's header line, as the project's scorer reads them
#: (``../shared/tools/score_glossary.py``): a header is no term
_HEADER_NAMES = frozenset({"vi", "vietnamese", "source", "term_vi", "source term", "vi-vn"})


def gold_pairs(path: str) -> list[tuple[str, tuple[str, ...]]]:
    """A gold list's (term, accepted renderings): what a term bank counts and leaves out."""
    return [(g.source, g.targets) for g in read_gold_terms(path)]


def read_gold_terms(path: str) -> list[GoldTerm]:
    """A gold list: ``vi<TAB>en|variants<TAB>kind`` per line; "#" comments, blank lines
    and a header line ("vi", "vietnamese", "source", … in its first column) are skipped."""
    out = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#") or line.split("\t", 1)[0].strip().lower() in _HEADER_NAMES:
                continue
            source, targets, kind = ([*line.rstrip("\n").split("\t"), "", ""])[:3]
            out.append(GoldTerm(source, tuple(t.strip() for t in targets.split("|") if t.strip()), kind))
    return out


def score_glossary(entries: list[GlossaryEntry] | tuple[GlossaryEntry, ...], gold: list[GoldTerm]) -> TermScores:
    by_source: dict[str, list[GlossaryEntry]] = {}
    for e in entries:
        by_source.setdefault(gold_source_key(e.source), []).append(e)
    gold_map = {gold_source_key(g.source): {gold_target_key(t) for t in g.targets} for g in gold}
    found = wrong = 0
    missing, wrong_terms = [], []
    for g in gold:
        got = by_source.get(gold_source_key(g.source), [])
        accepted = gold_map[gold_source_key(g.source)]
        if any(gold_target_key(e.target) in accepted for e in got):
            found += 1
        elif got:
            wrong += 1
            wrong_terms.append((g.source, got[0].target))
        else:
            missing.append(g.source)
    unflagged = [e for e in entries if not e.flagged]
    in_gold = sum(1 for e in unflagged if gold_target_key(e.target) in gold_map.get(gold_source_key(e.source), set()))
    unflagged_wrong = sum(
        1
        for e in unflagged
        if gold_source_key(e.source) in gold_map
        and gold_target_key(e.target) not in gold_map[gold_source_key(e.source)]
    )
    return TermScores(
        len(gold), found, wrong, tuple(missing), tuple(wrong_terms), len(unflagged), in_gold, unflagged_wrong
    )

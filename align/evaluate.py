"""Scoring an alignment against a gold alignment: link and bead precision/recall/F1.

Gold files are JSONL, one aligned bead a line: ``{"source": [sentences], "target":
[sentences]}``, sentences given by their text so the gold does not depend on sentence
numbering; every sentence not listed is gold-unaligned. A link is one (source sentence,
target sentence) pair inside an aligned bead (Vecalign's "lax" unit).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .model import Alignment, Document

__all__ = ["Scores", "gold_beads", "links", "prf", "read_gold", "score_alignment"]


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float

    def __str__(self) -> str:
        return f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}"


def read_gold(path: str) -> list[tuple[list[str], list[str]]]:
    with open(path, encoding="utf-8") as handle:
        return [(row["source"], row["target"]) for row in map(json.loads, filter(str.strip, handle))]


def gold_beads(
    gold: list[tuple[list[str], list[str]]], source: Document, target: Document
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Map gold sentence texts to indices (in order; a text found nowhere raises KeyError)."""

    def locate(texts: list[str], doc: Document, start: int) -> tuple[int, ...]:
        for i in range(start, len(doc.sentences) - len(texts) + 1):
            if all(doc.sentences[i + k].text == t for k, t in enumerate(texts)):
                return tuple(range(i, i + len(texts)))
        raise KeyError(f"gold sentence not found in {doc.path}: {texts[0][:60]!r}")

    out, s_pos, t_pos = [], 0, 0
    for s_texts, t_texts in gold:
        s_ids, t_ids = locate(s_texts, source, s_pos), locate(t_texts, target, t_pos)
        out.append((s_ids, t_ids))
        s_pos, t_pos = s_ids[-1] + 1, t_ids[-1] + 1
    return out


def links(beads) -> set[tuple[int, int]]:
    return {(i, j) for s_ids, t_ids in beads for i in s_ids for j in t_ids}


def prf(predicted: set, gold: set) -> Scores:
    hit = len(predicted & gold)
    p = hit / len(predicted) if predicted else (1.0 if not gold else 0.0)
    r = hit / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(p, r, f)


def score_alignment(alignment: Alignment, gold: list[tuple[list[str], list[str]]]) -> dict[str, Scores]:
    """Link and exact-bead scores of an alignment against a gold list."""
    gb = gold_beads(gold, alignment.source, alignment.target)
    pb = [(b.source_ids, b.target_ids) for b in alignment.pairs]
    return {"links": prf(links(pb), links(gb)), "beads": prf(set(pb), set(gb))}

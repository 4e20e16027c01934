"""One glossary for many documents: each document's entries, merged term by term.

The confidence model was fitted on single documents, and its evidence — frequency, Dice
association, the share of occurrences that agree — changes scale when hundreds of
documents are pooled: mined as one text, a 50-document Wikinews corpus proposed three
times as many entries and only 69 % of them were on the gold lists (97 % per document;
``benchmarks/corpus_quality.py``). So every document is scored as the model knows how,
and the corpus decides what a single document cannot: one English per term across all
documents (the rendering with the most confident support; the others kept as
alternatives and reported in the note), the corpus-wide frequency, the documents a term is
listed in, and examples drawn from as many documents as possible. A corpus entry is
proposed (not flagged) only when every document that lists it proposes it with that same
English: one document's certainty does not vouch for another's translator, and a term
translated differently across documents is worth a reviewer's look.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from align.text import tone_key

from .model import Example, GlossaryEntry

__all__ = ["merge_documents"]


def merge_documents(
    per_document: Sequence[tuple[str, Sequence[GlossaryEntry]]], *, flag: float, max_examples: int
) -> list[GlossaryEntry]:
    """Merge (document name, its entries) into one entry per term, best first."""
    groups: dict[str, list[tuple[str, GlossaryEntry]]] = defaultdict(list)
    for name, entries in per_document:
        for entry in entries:
            groups[tone_key(entry.source).casefold()].append((name, entry))
    merged = [_merge(group, flag, max_examples) for _, group in sorted(groups.items())]
    merged.sort(key=lambda e: (-e.score, -e.frequency, e.source, e.target))
    return merged


def _merge(group: list[tuple[str, GlossaryEntry]], flag: float, max_examples: int) -> GlossaryEntry:
    """The corpus entry of one term from its per-document entries."""
    support: dict[str, float] = defaultdict(float)
    spelling: dict[str, str] = {}
    for _, entry in group:
        key = entry.target.casefold()
        support[key] += entry.score * entry.frequency
        spelling.setdefault(key, entry.target)
    chosen = max(support, key=lambda k: (support[k], k))
    agreeing = [(name, e) for name, e in group if e.target.casefold() == chosen]
    best = max((e for _, e in agreeing), key=lambda e: (e.score, e.frequency, e.source))
    frequency = sum(e.frequency for _, e in group)
    others = sorted({spelling[k] for k in support if k != chosen})
    alternatives = tuple(dict.fromkeys([*others, *(a for _, e in group for a in e.alternatives)]))
    alternatives = tuple(a for a in alternatives if a.casefold() != chosen)[:3]
    note = best.note
    if others:
        counts = {k: sum(1 for _, e in group if e.target.casefold() == k) for k in support}
        variants = ", ".join(f"{spelling[k]} ({counts[k]})" for k in sorted(support, key=lambda k: (-counts[k], k)))
        note = "; ".join(x for x in (note, f"English across documents: {variants}") if x)
    return replace(
        best,
        target=spelling[chosen],
        frequency=frequency,
        agreement=round(sum(e.frequency for _, e in agreeing) / frequency, 3),
        alternatives=alternatives,
        examples=_spread([e.examples for _, e in agreeing], max_examples),
        mono_documents=tuple(sorted({m for _, e in group for m in e.mono_documents})),
        documents=tuple(sorted({name for name, _ in group})),
        score=round(sum(e.score * e.frequency for _, e in agreeing) / sum(e.frequency for _, e in agreeing), 4),
        # proposed only where every document that lists it proposes it, in the same English
        flagged=bool(others) or any(e.score < flag for _, e in agreeing),
        note=note,
    )


def _spread(example_lists: Sequence[Sequence[Example]], limit: int) -> tuple[Example, ...]:
    """The first example of each document in turn, then the second ones, up to ``limit``."""
    out: list[Example] = []
    depth = 0
    while len(out) < limit and any(depth < len(x) for x in example_lists):
        out += [x[depth] for x in example_lists if depth < len(x)][: limit - len(out)]
        depth += 1
    return tuple(out)

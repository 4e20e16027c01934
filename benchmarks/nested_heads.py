#!/usr/bin/env python3
"""Count, on the tuning documents, which words around a nested source the gold lists keep.

Where "X term" and "term" (or "term X" and "term") are both candidates with one English,
the nested-source arbiter (``glossary.mining._one_source_per_english``) must keep one. This
script labels every such pair of candidates by the document's gold list (the shorter listed,
the longer listed, or both) and groups them by the extra words, before the shorter source
(heads) and after it (tails). A word passes when one side is listed at least ``--least``
(4) times and the other at most a quarter as often; ``_CLASSIFIERS`` and ``_TAIL_EXTRAS``
(the shorter wins) and ``_TERM_HEADS`` (the longer wins) are the words that passed and did
not cost gold terms when measured (see their comments). Only tuning documents are read.

    python benchmarks/nested_heads.py [--least 4]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import glossary_dev


def label_pairs(trace: list, gold: dict[str, set[str]]) -> tuple[dict[str, Counter], dict[str, Counter]]:
    """Nested candidate pairs with one English, labelled by the gold list, by head and tail."""
    from glossary.evaluate import gold_source_key
    from glossary.tokens import english_key

    by_english: dict[str, set[str]] = defaultdict(set)
    for _key, source, target, _features, _p in trace:
        by_english[english_key(target)].add(gold_source_key(source))
    heads: dict[str, Counter] = defaultdict(Counter)
    tails: dict[str, Counter] = defaultdict(Counter)
    for sources in by_english.values():
        for inner in sources:
            for outer in sources:
                if inner == outer or f" {inner} " not in f" {outer} ":
                    continue
                listed = (inner in gold, outer in gold)
                label = {(True, True): "both", (True, False): "shorter", (False, True): "longer"}.get(listed)
                if label is None:
                    continue
                if outer.endswith(" " + inner):
                    heads[outer[: -len(inner)].strip()][label] += 1
                elif outer.startswith(inner + " "):
                    tails[outer[len(inner) :].strip()][label] += 1
    return heads, tails


def passing(counts: dict[str, Counter], least: int) -> list[tuple[str, str, Counter]]:
    """The words one side of which the gold lists keep ``least`` times, the other a quarter as often."""
    out = []
    for word, c in sorted(counts.items()):
        if c["longer"] >= least and 4 * c["shorter"] <= c["longer"]:
            out.append((word, "longer", c))
        elif c["shorter"] >= least and 4 * c["longer"] <= c["shorter"]:
            out.append((word, "shorter", c))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--least", type=int, default=4, help="how often the winning side must be listed")
    args = parser.parse_args(argv)
    if glossary_dev.corpus_missing("nested_heads"):
        return 2
    from align.aligner import align_documents
    from align.document import load_document
    from align.encoder import load_encoder
    from glossary.evaluate import gold_source_key, read_gold_terms
    from glossary.mining import mine_glossary

    encoder = load_encoder()
    heads: dict[str, Counter] = defaultdict(Counter)
    tails: dict[str, Counter] = defaultdict(Counter)
    with tempfile.TemporaryDirectory(prefix="songngu-nested-") as built:
        every = glossary_dev.documents(Path(built))
        for doc in (d for d in every if d.split == "tune"):
            alignment = align_documents(
                load_document(str(doc.source), "vi"), load_document(str(doc.target), "en"), encoder
            )
            trace: list = []
            mine_glossary(alignment, settings=glossary_dev._settings(doc, every), trace=trace, encoder=encoder)
            gold = {gold_source_key(g.source): set(g.targets) for g in read_gold_terms(str(doc.gold))}
            h, t = label_pairs(trace, gold)
            for word, c in h.items():
                heads[word].update(c)
            for word, c in t.items():
                tails[word].update(c)
    for side, counts in (("head", heads), ("tail", tails)):
        for word, wins, c in passing(counts, args.least):
            print(f"{side}\t{word}\t{wins} wins\tshorter {c['shorter']}\tlonger {c['longer']}\tboth {c['both']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Is a corpus glossary at least as good as the single-document glossaries?

    python benchmarks/corpus_quality.py [--documents 50]

A corpus of 50 Wikinews document pairs (45 sentence pairs each, from
../shared/dev/alt-wikinews/): the development documents that have hand-made gold lists
(dev1–dev34 since session 13, dev1–dev26 from session 8, dev1–dev18 before) and more from other line ranges, 50 in all.
Each gold document's glossary is mined
alone, and once more as part of the whole corpus (``mine_corpus``: corpus-wide
frequencies, association and one English per term). For the corpus glossary, a
document's entries are those that name it. Printed per document: entries, unflagged
entries, recall of the gold terms, conflicts (a gold term with another English), and the
share of unflagged entries on the gold list (a lower bound of their precision); then the
pooled rows of the tuning and the report-only documents, and how many terms of the corpus
glossary occur in more than one document.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

LINES = 45


def _filler_starts(count: int) -> list[int]:
    """First lines (1-based) of extra documents that overlap no development document."""
    import devdocs

    taken = [(s, s + LINES) for s in [1001, 3501, 6001, 8501, *devdocs.DOCUMENTS.values()]]
    out = []
    for start in range(51, 10000 - LINES, 250):
        if all(start + LINES <= a or start >= b for a, b in taken):
            out.append(start)
    return out[:count]


def _write(folder: Path, name: str, start: int) -> tuple[Path, Path]:
    paths = []
    for lang in ("vi", "en"):
        lines = (
            (devdocs_corpus() / f"{lang}.txt").read_text(encoding="utf-8").splitlines()[start - 1 : start - 1 + LINES]
        )
        paragraphs = [" ".join(x.strip() for x in lines[i : i + 3]) for i in range(0, LINES, 3)]
        path = folder / f"{name}.{lang}.txt"
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def devdocs_corpus() -> Path:
    import devdocs

    return devdocs.CORPUS


def _scores(entries, gold) -> dict:
    from glossary.evaluate import score_glossary

    scores = score_glossary(entries, gold)
    unflagged = [e for e in entries if not e.flagged]
    return {
        "entries": len(entries),
        "unflagged": len(unflagged),
        "recall": scores.recall,
        "conflicts": scores.wrong,
        "on_gold": score_glossary(unflagged, gold).gold_precision if unflagged else 0.0,
        "found": round(scores.recall * len(gold)),
        "gold": len(gold),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=50)
    parser.add_argument("--dump", help="write the report-only documents' corpus entries to this TSV (to read by hand)")
    args = parser.parse_args(argv)
    from align.aligner import align_documents
    from align.document import load_document
    from align.encoder import load_encoder
    from glossary.evaluate import read_gold_terms
    from glossary.mining import mine_corpus, mine_glossary

    from glossary_dev import documents

    encoder = load_encoder()
    with tempfile.TemporaryDirectory(prefix="songngu-corpusq-") as built:
        folder = Path(built)
        gold_docs = [d for d in documents(folder) if d.name.startswith("dev")]
        pairs = [(d.name, d.source, d.target) for d in gold_docs]
        for k, start in enumerate(_filler_starts(args.documents - len(pairs))):
            pairs.append((f"extra{k + 1:02d}", *_write(folder, f"extra{k + 1:02d}", start)))
        alignments = {
            name: align_documents(load_document(str(s), "vi"), load_document(str(t), "en"), encoder)
            for name, s, t in pairs
        }
        corpus = mine_corpus([alignments[name] for name, _, _ in pairs])
        rows = []
        for doc in gold_docs:
            gold = read_gold_terms(str(doc.gold))
            alone = _scores(mine_glossary(alignments[doc.name]).entries, gold)
            path = alignments[doc.name].source.path
            mine = [e for e in corpus.entries if path in e.documents]
            rows.append((doc, alone, _scores(mine, gold)))
            if args.dump and doc.split == "report":
                with open(args.dump, "a", encoding="utf-8") as handle:
                    handle.writelines(f"{doc.name}\t{e.status}\t{e.source}\t{e.target}\t{e.note}\n" for e in mine)
    _print(rows, corpus, len(pairs))
    return 0


def _print(rows, corpus, n_docs: int) -> None:
    print(f"{n_docs} documents, {corpus.stats['pairs']} aligned pairs, corpus glossary {len(corpus.entries)} entries")
    print("| document | split | alone: entries / unflagged / recall / conflicts / unflagged on gold | corpus: same |")
    print("|---|---|---|---|")
    for doc, a, c in rows:
        cell = "{entries} / {unflagged} / {recall:.3f} / {conflicts} / {on_gold:.3f}"
        print(f"| {doc.name} | {doc.split} | {cell.format(**a)} | {cell.format(**c)} |")
    for split in ("tune", "report"):
        chosen = [r for r in rows if r[0].split == split]
        for label, k in (("alone", 1), ("corpus", 2)):
            gold = sum(r[k]["gold"] for r in chosen)
            found = sum(r[k]["found"] for r in chosen)
            unflagged = sum(r[k]["unflagged"] for r in chosen)
            on_gold = sum(r[k]["on_gold"] * r[k]["unflagged"] for r in chosen)
            conflicts = sum(r[k]["conflicts"] for r in chosen)
            print(
                f"{split:6s} {label:6s}: recall {found / max(1, gold):.3f}, conflicts {conflicts}, "
                f"unflagged {unflagged}, unflagged on gold {on_gold / max(1, unflagged):.3f}"
            )
    shared = sum(1 for e in corpus.entries if len(e.documents) > 1)
    print(f"corpus entries occurring in more than one document: {shared} of {len(corpus.entries)}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Does the glossary step grow linearly? Mine N and 2N aligned pairs of real news text and
print the ratio of the mining times (word links cached, so the model is not timed).

    python benchmarks/glossary_scaling.py [--pairs 500]

The pairs come from ../shared/dev/alt-wikinews/ (lines 2,601 onwards, three sentences a
paragraph). A quadratic step would make the ratio approach 4; linear work gives about 2.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "dev" / "alt-wikinews"


def document(lang: str, start: int, count: int):
    from align.document import document_from_text

    lines = (CORPUS / f"{lang}.txt").read_text(encoding="utf-8").splitlines()[start : start + count]
    text = "\n\n".join(" ".join(lines[i : i + 3]) for i in range(0, count, 3))
    return document_from_text(text, lang)


def mine_seconds(count: int) -> tuple[float, int, int]:
    from align.aligner import align_documents
    from align.encoder import load_encoder
    from glossary.mining import mine_glossary

    alignment = align_documents(document("vi", 2600, count), document("en", 2600, count), load_encoder())
    mine_glossary(alignment)  # fills the word-link cache; the second run is the timed one
    started = time.perf_counter()
    glossary = mine_glossary(alignment)
    return time.perf_counter() - started, len(alignment.pairs), len(glossary.entries)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=500, help="sentence pairs of the larger input")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"glossary_scaling: {CORPUS}: the development corpus is not here", file=sys.stderr)
        return 2
    half, full = mine_seconds(args.pairs // 2), mine_seconds(args.pairs)
    for label, (seconds, pairs, entries) in (("N", half), ("2N", full)):
        print(f"{label}: {pairs} aligned pairs, {entries} entries, mining {seconds:.2f} s")
    print(f"ratio of mining times for twice the pairs: {full[0] / half[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

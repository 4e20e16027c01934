#!/usr/bin/env python3
"""Count how many news windows use each phrase (``glossary/news_frequency.tsv.gz``).

The ALT Wikinews pairs (../shared/dev/alt-wikinews/) mark no article boundaries, so the
corpus is read as windows of ten consecutive sentences, each side on its own. For every
word n-gram of one to six words (Vietnamese syllables, English words, spelt as
``glossary.translation_table`` spells them), the table keeps the number of windows using
it, when at least two do. Held out, as for the translation table: the line ranges of
every development document with 30 lines either side (``train_lexicon.held_out``), so that
no figure measured on a development document counts its own text.

    python benchmarks/train_news_frequency.py            # prints the table's size
    python benchmarks/train_news_frequency.py --write    # writes glossary/news_frequency.tsv.gz
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from train_lexicon import held_out  # noqa: E402

from glossary.news_frequency import NEWS_PATH  # noqa: E402
from glossary.translation_table import syllables, words  # noqa: E402

from devdocs import CORPUS  # noqa: E402

WINDOW = 10  # sentences a window: about an article's length in this corpus (5–25 lines)
LONGEST = 6  # words of the longest phrase counted
LEAST = 2  # windows a phrase must appear in to be kept


def window_counts(lines: list[str], lang: str) -> tuple[Counter[str], int]:
    """Windows using each phrase, and the number of windows."""
    split = syllables if lang == "vi" else words
    counts: Counter[str] = Counter()
    windows = 0
    for start in range(0, len(lines), WINDOW):
        seen: set[str] = set()
        for line in lines[start : start + WINDOW]:
            tokens = split(line)
            for n in range(1, LONGEST + 1):
                seen.update(" ".join(tokens[k : k + n]) for k in range(len(tokens) - n + 1))
        counts.update(seen)
        windows += 1
    return counts, windows


def main(argv: list[str]) -> int:
    if not CORPUS.is_dir():
        print(f"train_news_frequency: {CORPUS}: the development corpus is not here", file=sys.stderr)
        return 2
    skip = held_out()
    rows: list[tuple[str, str, int]] = []
    windows = 0
    for lang in ("en", "vi"):
        lines = (CORPUS / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
        counts, windows = window_counts([line for k, line in enumerate(lines) if k not in skip], lang)
        rows.extend((lang, phrase, n) for phrase, n in counts.items() if n >= LEAST and "\t" not in phrase)
    rows.sort()
    print(f"{windows} windows a side, {len(rows)} phrases")
    if "--write" in argv:
        header = (
            "# songngu news frequency: language, phrase, windows of ten sentences using it.\n"
            "# ALT Wikinews corpus (NICT, CC BY 4.0), development documents held out\n"
            "# (benchmarks/train_news_frequency.py).\n"
            f"# windows\t{windows}\n"
        )
        text = "".join(f"{lang}\t{phrase}\t{n}\n" for lang, phrase, n in rows)
        data = gzip.compress((header + text).encode("utf-8"), compresslevel=9, mtime=0)
        NEWS_PATH.write_bytes(data)
        print(f"wrote {NEWS_PATH} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

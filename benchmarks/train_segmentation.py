#!/usr/bin/env python3
"""Learn which nouns pyvi splits now and then (``glossary/joined_words.tsv``) and how
often it makes each word (``glossary/word_uses.tsv``).

pyvi segments the same syllables differently from sentence to sentence: "Liên hợp quốc"
(the UN) is one word in 35 of its 54 uses in the ALT Wikinews Vietnamese and "Liên hợp" +
"quốc" in 18, "thượng nghị sĩ" one word 33 times and split 15. A split name loses its
candidates: "Liên hợp" alone is tagged a verb, and "quốc" ends no capitalised run. This
script segments the corpus with pyvi and keeps every sequence of two or three syllables
that pyvi makes one noun (its most frequent tag N or Np) in at least
``MIN_SHARE`` of at least ``MIN_SEEN`` uses, and splits at least once: ``glossary.tokens``
then joins such a sequence wherever pyvi split it into whole words.

The same pass counts every word of two syllables or more that pyvi makes (used at least
``MIN_USES`` times): ``glossary.tokens`` splits a rare word of three syllables or more
that is two common words glued together ("thành_công_ty" → "thành" + "công_ty").

Held out: the report-only documents' lines with 30 lines either side (the tuning
documents' text may inform it, as it informs everything chosen on them).

    python benchmarks/train_segmentation.py            # prints the list's size
    python benchmarks/train_segmentation.py --write    # writes both lists
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from train_lexicon import MARGIN  # noqa: E402

from align.text import tone_key  # noqa: E402
from glossary.tokens import JOINED_PATH, WORD_USES_PATH, vi_tokens  # noqa: E402

from devdocs import CORPUS, DOCUMENTS, SENTENCES  # noqa: E402
from glossary_dev import REPORT_ONLY  # noqa: E402

MIN_SEEN = 4  # uses of the sequence as whole words (joined or split)
MIN_SHARE = 0.6  # of them joined into one word
LONGEST = 3  # syllables
NOUN_TAGS = frozenset({"N", "Np"})  # "Ny" (Ả_rập) opens no candidate; "Nc" is a classifier
MIN_USES = 3  # the least uses of a word kept in word_uses.tsv (tokens: rare is at most 2)


def held_out() -> set[int]:
    """0-based corpus lines of the report-only documents, with a margin."""
    out: set[int] = set()
    for name in REPORT_ONLY:
        if name in DOCUMENTS:
            start = DOCUMENTS[name]
            out.update(range(start - 1 - MARGIN, start - 1 + SENTENCES + MARGIN))
    return out


def segment_counts(lines: list[str]) -> tuple[Counter, Counter, dict[tuple[str, ...], Counter]]:
    """For every run of two or three alphabetic syllables that starts and ends on pyvi word
    boundaries: how often it is one word, how often several, and the one word's tags."""
    joined: Counter = Counter()
    split: Counter = Counter()
    tags: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for line in lines:
        tokens = vi_tokens(line, learnt=False)
        for a in range(len(tokens)):
            if a and tokens[a - 1].word == tokens[a].word:
                continue  # not a word's start
            for b in range(a + 1, min(len(tokens), a + LONGEST)):
                if not tokens[b].text.isalpha() or not tokens[a].text.isalpha():
                    break
                if b + 1 < len(tokens) and tokens[b + 1].word == tokens[b].word:
                    continue  # not a word's end
                seq = tuple(tone_key(t.text).lower() for t in tokens[a : b + 1])
                if tokens[a].word == tokens[b].word:
                    joined[seq] += 1
                    tags[seq][tokens[a].tag] += 1
                else:
                    split[seq] += 1
    return joined, split, tags


def word_uses(lines: list[str]) -> Counter:
    """Uses of every word of two syllables or more, all alphabetic, as pyvi makes it."""
    uses: Counter = Counter()
    for line in lines:
        tokens = vi_tokens(line, learnt=False)
        start = 0
        while start < len(tokens):
            end = start
            while end + 1 < len(tokens) and tokens[end + 1].word == tokens[start].word:
                end += 1
            word = tokens[start : end + 1]
            if len(word) > 1 and all(t.text.isalpha() for t in word):
                uses[" ".join(tone_key(t.text).lower() for t in word)] += 1
            start = end + 1
    return uses


def learnt(joined: Counter, split: Counter, tags: dict[tuple[str, ...], Counter]) -> list[tuple[str, str, int, int]]:
    rows = []
    for seq, n in joined.items():
        apart = split[seq]
        tag = tags[seq].most_common(1)[0][0]
        if apart and n + apart >= MIN_SEEN and n / (n + apart) >= MIN_SHARE and tag in NOUN_TAGS:
            rows.append((" ".join(seq), tag, n, apart))
    return sorted(rows)


def main(argv: list[str]) -> int:
    if not CORPUS.is_dir():
        print(f"train_segmentation: {CORPUS}: the development corpus is not here", file=sys.stderr)
        return 2
    skip = held_out()
    lines = (CORPUS / "vi.txt").read_text(encoding="utf-8").splitlines()
    kept = [line for k, line in enumerate(lines) if k not in skip]
    rows = learnt(*segment_counts(kept))
    uses = sorted((w, n) for w, n in word_uses(kept).items() if n >= MIN_USES)
    print(f"{len(kept)} lines, {len(rows)} nouns pyvi sometimes splits, {len(uses)} words used {MIN_USES}+ times")
    if "--write" in argv:
        header = (
            "# songngu: nouns pyvi sometimes splits — syllables, tag, uses as one word, uses split.\n"
            "# ALT Wikinews corpus (NICT, CC BY 4.0), report-only documents held out\n"
            "# (benchmarks/train_segmentation.py).\n"
        )
        JOINED_PATH.write_text(header + "".join(f"{s}\t{t}\t{n}\t{m}\n" for s, t, n, m in rows), encoding="utf-8")
        print(f"wrote {JOINED_PATH}")
        header = (
            "# songngu: words of two syllables or more pyvi makes, with their uses (3 or more).\n"
            "# ALT Wikinews corpus (NICT, CC BY 4.0), report-only documents held out\n"
            "# (benchmarks/train_segmentation.py).\n"
        )
        WORD_USES_PATH.write_text(header + "".join(f"{w}\t{n}\n" for w, n in uses), encoding="utf-8")
        print(f"wrote {WORD_USES_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

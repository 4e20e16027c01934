"""Synthetic document pairs with a known alignment, built from real translated sentences.

Units are the gold beads of the hand-aligned fixtures (seed pair and a small pair). A
document pair is a random sequence of units written as web pages are: Vietnamese
paragraphs, English lines, with what real pages do to a translation mixed in —
omitted sentences, sentences merged in the English, captions and related-news lines
only in the Vietnamese, ledes and "Source" lines only in the English. Deterministic for
a given seed.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

VI_NOISE = [
    "(Ảnh: TTXVN)",
    "Tin liên quan",
    "Cùng chuyên mục",
    "12/12/2024 16:59",
    "Chủ tịch nước Lương Cường phát biểu chỉ đạo.",
    "Bộ đội Biên phòng tỉnh Điện Biên khởi động tuần tra song phương năm 2025",
    "Thủ tướng Chính phủ Phạm Minh Chính hội kiến Tổng thống Pháp Emmanuel Macron",
    "Việt Nam luôn theo sát những diễn biến trên Biển Đông",
    "Tin đọc nhiều",
]
EN_NOISE = [
    "Source",
    "Comment (0)",
    "Photo: VNA",
    "Read more",
    "Share this article",
    "The President praised the diplomatic sector for its achievements in the international arena.",
]


def _units() -> list[tuple[list[str], list[str]]]:
    units = []
    for name in ("seed_gold_alignment.jsonl", "pairs/small_gold.jsonl"):
        with open(FIXTURES / name, encoding="utf-8") as handle:
            units += [(row["source"], row["target"]) for row in map(json.loads, handle)]
    return units


ALT = ROOT.parent / "shared" / "dev" / "alt-wikinews"


def alt_units(start: int, count: int) -> list[tuple[list[str], list[str]]]:
    """Lines start..start+count-1 of the Wikinews corpus as units (each side cut into
    sentences by our segmenter, so the gold names sentences as the aligner sees them):
    distinct real sentences, unlike the repeated seed beads."""
    from align.document import document_from_text

    vi = (ALT / "vi.txt").read_text(encoding="utf-8").splitlines()[start : start + count]
    en = (ALT / "en.txt").read_text(encoding="utf-8").splitlines()[start : start + count]
    units = []
    for v, e in zip(vi, en, strict=True):
        vs = [x.text for x in document_from_text(v, "vi").sentences]
        es = [x.text for x in document_from_text(e, "en").sentences]
        if vs and es:
            units.append((vs, es))
    return units


def make_pair(
    n_units: int, seed: int = 0, units: list[tuple[list[str], list[str]]] | None = None, *, in_order: bool = False
) -> tuple[str, str, list[tuple[list[str], list[str]]]]:
    """(Vietnamese text, English text, gold beads as sentence texts). ``units`` default to
    the seed beads drawn at random; ``in_order`` takes the given units in order, once each."""
    rng = random.Random(seed)
    units = units if units is not None else _units()
    order = iter(units)
    vi_lines: list[str] = []
    en_lines: list[str] = []
    gold: list[tuple[list[str], list[str]]] = []
    pending: tuple[list[str], list[str]] | None = None
    for _ in range(n_units):
        vi, en = next(order) if in_order else rng.choice(units)
        vi, en = list(vi), list(en)
        roll = rng.random()
        if roll < 0.08:  # the translator left it out
            vi_lines.append(" ".join(vi))
            continue
        if roll < 0.16 and pending is None:  # the English merges it with the next unit
            pending = (vi, en)
            continue
        if pending is not None:
            pv, pe = pending
            merged = [*pe[:-1], pe[-1].rstrip(".") + "; " + en[0][0].lower() + en[0][1:], *en[1:]]
            vi_lines.append(" ".join(pv))
            vi_lines.append(" ".join(vi))
            en_lines.extend(merged)
            gold.append((pv + vi, merged))
            pending = None
        else:
            vi_lines.append(" ".join(vi))
            en_lines.extend(en)
            gold.append((vi, en))
        if rng.random() < 0.06:
            vi_lines.append(rng.choice(VI_NOISE))
        if rng.random() < 0.05:
            en_lines.append(rng.choice(EN_NOISE))
    if pending is not None:
        vi_lines.append(" ".join(pending[0]))
        en_lines.extend(pending[1])
        gold.append(pending)
    return "\n\n".join(vi_lines) + "\n", "\n".join(en_lines) + "\n", gold

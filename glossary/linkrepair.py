"""Repairs of the word aligner's links that need no model: pure functions on index pairs.

A word written twice in a sentence pair ("xã Phước Dinh … và xã Vĩnh Hải" ↔ "Phuoc Dinh
commune … and Vinh Hai commune") gives the aligner two tokens that look alike in both
languages; their contextual vectors differ little, and it often links them crosswise
(the first "xã" to the second "commune"). Each name's English then loses its kind word
or takes the other one's. Which of two like words goes with which is told by their
neighbours: the links of the words beside each source token point near its own English.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

__all__ = ["uncross_repeats"]

#: how many words on each side of a token speak for where its English stands
_NEIGHBOURHOOD = 2


def uncross_repeats(links: Sequence[tuple[int, int]], src: Sequence[str], tgt: Sequence[str]) -> list[tuple[int, int]]:
    """``links`` with two links between the same source word and the same English word
    (each written exactly twice, case aside; words, not marks) swapped where the swap puts
    both nearer the English of their neighbours. Clause order may differ between the languages ("Sau khi A, B" ↔ "B
    after A"), so the test is the neighbours' links, never plain left-to-right order; a
    token whose neighbours have no links keeps its own. Each swap is kept only if it lowers
    the summed distance strictly."""
    out = set(links)
    targets: dict[int, list[int]] = defaultdict(list)
    for i, j in out:
        targets[i].append(j)
    groups: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for i, j in sorted(out):
        if any(ch.isalpha() for ch in src[i]):  # commas and brackets are the lists' and clauses' own
            groups[(src[i].lower(), tgt[j].lower())].append((i, j))
    src_count = Counter(w.lower() for w in src)
    tgt_count = Counter(w.lower() for w in tgt)
    for (s_word, t_word), group in groups.items():
        # a word written twice on each side, no more: in a list of four "Hồi giáo" bodies
        # the neighbours are as alike as the words, and their links no surer
        if len(group) != 2 or src_count[s_word] != 2 or tgt_count[t_word] != 2:
            continue
        alike = {i for i, _ in group}

        def cost(i: int, j: int, alike: set[int] = alike) -> float | None:
            near = [
                t
                for k in range(i - _NEIGHBOURHOOD, i + _NEIGHBOURHOOD + 1)
                if k != i and k not in alike
                for t in targets.get(k, ())
            ]
            return min(abs(j - t) for t in near) if near else None

        (i1, j1), (i2, j2) = group
        if i1 == i2 or j1 == j2 or (i1, j2) in out or (i2, j1) in out:
            continue
        now, swapped = (cost(i1, j1), cost(i2, j2)), (cost(i1, j2), cost(i2, j1))
        if None in now or None in swapped:
            continue
        if sum(swapped) < sum(now):  # type: ignore[arg-type]
            out -= {(i1, j1), (i2, j2)}
            out |= {(i1, j2), (i2, j1)}
    return sorted(out)

"""Repairs of the word aligner's links that need no model: pure functions on index pairs.

A word written twice in a sentence pair ("xã Phước Dinh … và xã Vĩnh Hải" ↔ "Phuoc Dinh
commune … and Vinh Hai commune") gives the aligner two tokens that look alike in both
languages; their contextual vectors differ little, and it often links them crosswise
(the first "xã" to the second "commune"). Each name's English then loses its kind word
or takes the other one's. Which of two like words goes with which is told by their
neighbours: the links of the words beside each source token point near its own English.

An abbreviation a Vietnamese article defines once in brackets ("Bộ Khoa học và Công nghệ
(KH&CN)", rendered "Ministry of Science and Technology (MOST)") and then writes alone is a
word the aligner has never seen; the definition itself says what it links to.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from align.text import fold

__all__ = ["abbreviation_links", "bracket_abbreviations", "uncross_repeats"]

#: how many words on each side of a token speak for where its English stands
_NEIGHBOURHOOD = 2


def uncross_repeats(links: Sequence[tuple[int, int]], src: Sequence[str], tgt: Sequence[str]) -> list[tuple[int, int]]:
    """``links`` with two links between the same source word and the same English word
    (each written exactly twice, case aside; words, not marks) swapped where the swap puts
    both nearer the English of their neighbours. Clause order may differ between the
    languages ("Sau khi A, B" ↔ "B after A"), so the test is the neighbours' links, never
    plain left-to-right order; a token whose neighbours have no links keeps its own. A swap
    must lower the summed distance strictly."""
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


#: an abbreviation in brackets: two capitals at least, joined by "&", "-" or "." at most
_VI_BRACKETED = re.compile(r"\(((?:[A-ZĐ][A-ZĐa-zđ]*[&.\-]?)+)\)")
_EN_BRACKETED = re.compile(r"\(((?:[A-Z][A-Za-z]*[&.\-]?)+)\)")
#: words that join an abbreviation's parts and spell none of its letters
_JOINERS = frozenset({"và", "&", "-", "–", ","})


def _capitals(abbreviation: str) -> int:
    return sum(ch.isupper() for ch in abbreviation)


def _letters(text: str) -> str:
    return "".join(ch for ch in fold(text).upper() if ch.isalpha())


def _spelt_from(words: list[str], abbreviation: str) -> int | None:
    """Where, counting back from the end of ``words``, the words whose initials spell
    ``abbreviation`` start ("Khoa học và Công nghệ" spells "KH&CN"), or None."""
    letters, initials, k = _letters(abbreviation), "", len(words)
    while k > 0 and len(initials) < len(letters):
        k -= 1
        word = words[k].strip(",")
        if word.lower() in _JOINERS or not word:
            continue
        initials = _letters(word)[:1] + initials
    return k if initials == letters else None


def bracket_abbreviations(pairs: Sequence[tuple[str, str]], heads: frozenset[str]) -> dict[str, str]:
    """The abbreviations a document defines in brackets on both sides of one sentence pair
    ("Bộ Khoa học và Công nghệ (KH&CN)" ↔ "Ministry of Science and Technology (MOST)"), each
    Vietnamese form with its English one: "KH&CN" → "MOST", and with the head the letters
    leave out ("Bộ" of "Bộ Khoa học và Công nghệ", one of ``heads``, written with "_" for a
    space) "Bộ KH&CN" → "MOST". Vietnamese news defines an abbreviation once and then writes
    it alone; the word aligner, which never saw "KH&CN", links it to whatever is near. A
    pair with more than one bracketed abbreviation on a side, an abbreviation spelt alike on
    both sides (the aligner links those), or one defined two ways gives nothing."""
    found: dict[str, set[str]] = defaultdict(set)
    for source, target in pairs:
        vi = [m for m in _VI_BRACKETED.finditer(source) if _capitals(m.group(1)) >= 2]
        en = [m for m in _EN_BRACKETED.finditer(target) if _capitals(m.group(1)) >= 2]
        if len(vi) != 1 or len(en) != 1 or vi[0].group(1) == en[0].group(1):
            continue
        abbreviation, english = vi[0].group(1), en[0].group(1)
        found[abbreviation].add(english)
        words = source[: vi[0].start()].split()
        start = _spelt_from(words, abbreviation)
        if start is None or start == 0:
            continue
        for size in (2, 1):  # "Ngân hàng", then "Bộ"
            head = "_".join(words[start - size : start]) if start >= size else ""
            if head in heads:
                found[f"{head.replace('_', ' ')} {abbreviation}"].add(english)
                break
    return {vi: next(iter(en)) for vi, en in sorted(found.items()) if len(en) == 1}


def _written(forms: list[str]) -> re.Pattern[str]:
    """One pattern for ``forms`` standing as whole words, the longest first: a regex
    alternation takes the first form that matches at a place, so "Bộ KH&CN" wins over its
    own "KH&CN"."""
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    return re.compile(rf"(?<![\w&.-])(?:{'|'.join(re.escape(f) for f in ordered)})(?![\w&-])")


@functools.lru_cache(maxsize=8)
def _patterns(abbreviations: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """The patterns of one document's abbreviations, built once: all Vietnamese forms in
    one, each English on its own (a pair is then read once, not once per abbreviation)."""
    return _written([vi for vi, _ in abbreviations]), {en: _written([en]) for _, en in abbreviations}


def abbreviation_links(
    source: str, target: str, src_spans: Sequence[tuple[int, int]], tgt_spans: Sequence[tuple[int, int]],
    abbreviations: dict[str, str],
) -> set[tuple[int, int]]:  # fmt: skip
    """Links between each defined abbreviation (``bracket_abbreviations``) and its English
    where both stand in a pair, written exactly so (case counts: "MOST" is not "most"),
    the longest Vietnamese form first ("Bộ KH&CN" before "KH&CN"). Spans are the tokens'
    (start, end) in the texts."""
    if not abbreviations:
        return set()
    vi_pattern, en_patterns = _patterns(tuple(sorted(abbreviations.items())))
    links: set[tuple[int, int]] = set()
    for m in vi_pattern.finditer(source):
        en = en_patterns[abbreviations[m.group(0)]].search(target)
        if en is None:
            continue
        t_ids = [k for k, (a, b) in enumerate(tgt_spans) if a >= en.start() and b <= en.end()]
        s_ids = [k for k, (a, b) in enumerate(src_spans) if a >= m.start() and b <= m.end()]
        if s_ids and t_ids:
            links |= {(i, j) for i in s_ids for j in t_ids}
    return links

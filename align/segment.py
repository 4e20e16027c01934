"""Paragraph and sentence segmentation with character offsets, no data downloads.

A rule set rather than Punkt with trained parameters: web news is short paragraphs,
titles without final punctuation and Vietnamese abbreviations ("TP.", "PGS.TS.") that no
English model knows, and rules keep every decision visible and testable.

A paragraph is a line, except that a line not ending a sentence is joined to the next
when that one starts in lower case (hard-wrapped text). A sentence ends at . ! ? … or
"./." (the Vietnamese end-of-article mark), with closing quotes and brackets attached,
when followed by white space and something that can start a sentence, unless the word
before the full stop is a known abbreviation, an initial, or a list number.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .text import collapse_space, tone_key

__all__ = ["ABBREVIATIONS", "Span", "paragraph_spans", "segment", "sentence_spans"]

#: Words that end in a full stop without ending a sentence, compared lower-cased.
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "mr mrs ms dr prof sr jr st mt no nos vol vols fig figs p pp ed eds gen col lt sgt capt "
        "gov sen rep rev hon inc ltd co corp dept univ assn bros vs etc e.g i.e cf approx est "
        "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n a.m p.m art sec para "
        "ph.d m.a b.a assoc maj brig adm cdr cmdr supt insp messrs".split()
    ),
    "vi": frozenset(
        "tp tt ts ths gs pgs bs ks cn ls ts.bs pgs.ts gs.ts ths.bs q p tx h x ng th tr st "
        "vd v.v đ mr mrs dr no bs.ckii bs.cki nxb".split()
    ),
}

_END = re.compile(r"(?:\./\.|[.!?…]+)[\"”’»)\]]*")
_OPENERS = '"“‘«([-–—•*'


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    paragraph: int


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of paragraphs: lines, with hard-wrapped lines joined."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            spans.append((-1, -1))  # paragraph break marker
            continue
        lead = len(line) - len(line.lstrip())
        s, e = start + lead, start + lead + len(stripped)
        if spans and spans[-1][0] >= 0:
            prev = text[spans[-1][0] : spans[-1][1]]
            if stripped[0].islower() and not _END.search(prev[-3:]) and not prev.endswith(":"):
                spans[-1] = (spans[-1][0], e)
                continue
        spans.append((s, e))
    return [sp for sp in spans if sp[0] >= 0]


def _is_abbreviation(before: str, lang: str) -> bool:
    word = re.search(r"([^\s(\"“]+)$", before)
    if not word:
        return False
    token = word.group(1).rstrip(".").lower()
    if not token:
        return False
    abbreviations = ABBREVIATIONS.get(lang, frozenset()) | ABBREVIATIONS["en"]
    if token in abbreviations:
        return True
    if len(token) == 1 and token.isalpha() and word.group(1)[0].isupper():
        return True  # an initial: "Nguyen H. Minh"
    # "u.s", "e.g", "pgs.ts"-like dotted forms
    return re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", token) is not None


def sentence_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Sentence spans inside the paragraph text[start:end]."""
    para = text[start:end]
    cuts = [0]
    for match in _END.finditer(para):
        stop = match.end()
        rest = para[stop:]
        if not rest or not rest[0].isspace():
            continue
        following = rest.lstrip()
        if not following:
            continue
        nxt = following[0]
        mark = match.group(0)
        if mark == "./.":
            cuts.append(stop)
            continue
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
            continue
        if mark.startswith(".") and not mark.startswith("..."):
            before = para[cuts[-1] : match.start()]
            if _is_abbreviation(before, lang):
                continue
            if re.fullmatch(r"\s*(?:\d{1,3}|[IVXivx]{1,4}|[a-zA-Z])", before):
                continue  # a list number: "1. ", "IV. ", "a. "
        cuts.append(stop)
    cuts.append(len(para))
    spans = []
    for a, b in itertools.pairwise(cuts):
        chunk = para[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        body = chunk.strip()
        if body:
            spans.append((start + a + lead, start + a + lead + len(body)))
    return spans


def segment(text: str, lang: str) -> list[tuple[int, int, int, str, str]]:
    """(start, end, paragraph, display text, matching key) for every sentence."""
    out = []
    for p_index, (p_start, p_end) in enumerate(paragraph_spans(text)):
        for s, e in sentence_spans(text, p_start, p_end, lang):
            shown = collapse_space(text[s:e])
            out.append((s, e, p_index, shown, tone_key(shown) if lang == "vi" else shown))
    return out

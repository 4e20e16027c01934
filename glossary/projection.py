"""Projecting a source span to the target through word links (phrase extraction).

Classic consistent phrase extraction (Och & Ney; Koehn) demands that no link leaves the
box spanned by a phrase pair. Links from a sentence-embedding model are noisy, so we
relax it: the target side is the largest cluster of linked target tokens, consistency is
the share of links inside the box that come from the source span, and function words and
punctuation are trimmed from both ends of the English ("of the Party" → "Party").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from align.text import fold

from .lexicon import (
    EN_ARTICLES,
    EN_COMPANY_FORMS,
    EN_COORDINATORS,
    EN_ORG_WORDS,
    EN_PLACE_KIND_ENDS,
    EN_TITLE_WORDS,
    VI_COORDINATORS,
    en_edge_stop,
)
from .tokens import Token, closes_quotation, quotation_closer, touching

__all__ = ["Projection", "project", "transliteration"]


@dataclass(frozen=True)
class Projection:
    first: int  # target token span, inclusive
    last: int
    consistency: float  # share of links in the target box that come from the source span
    coverage: float  # share of source content tokens that have a link into the box
    method: str  # "links" or "transliteration"


def _clusters(positions: list[int], tokens: list[Token], gap: int = 2) -> list[list[int]]:
    """Linked positions at most ``gap`` words apart, as clusters. The full stops of an
    abbreviation are no distance: "U.S. President" is five tokens but two words apart
    (tuning documents: "U.S. Court of Appeals" reached, nothing lost)."""
    out: list[list[int]] = []
    for p in sorted(set(positions)):
        if out and _within(tokens, out[-1][-1], p, gap + 1):
            out[-1].append(p)
        else:
            out.append([p])
    return out


def _within(tokens: list[Token], a: int, b: int, reach: int) -> bool:
    """Are tokens a and b at most ``reach`` words apart, an abbreviation's full stops not
    counting? At most every other token is such a stop, so the stops are counted only when
    they could make the difference."""
    if b - a <= reach or b - a > 2 * reach + 2:
        return b - a <= reach
    return b - a - sum(1 for k in range(a + 1, b) if _tight_dot(tokens, k) and _initial(tokens, k - 1)) <= reach


def _name_opener(tokens: list[Token], k: int, last: int) -> bool:
    """A capitalised small word inside a sentence before a capital starts a name: "The"
    ("on The Oprah Winfrey Show", "in The Observer"), "All" ("the All Pakistan Minority
    Alliance"). At a sentence's start it proves nothing, nor, but for "The", after an
    opening quote or bracket (a quoted sentence starts there)."""
    text = tokens[k].text
    if not (text[:1].isupper() and text[1:].islower()) or k == 0 or k >= last or not tokens[k + 1].text[:1].isupper():
        return False
    if text == "The" and _quotation_opens_sentence(tokens, k - 1):
        return False
    openers = _SENTENCE_OPENERS if text == "The" else _SENTENCE_OPENERS + _QUOTE_OPENERS
    return tokens[k - 1].text not in openers


def _quotation_opens_sentence(tokens: list[Token], q: int) -> bool:
    """Is token q an opening quote or bracket where a sentence starts — first in the text,
    or after a sentence's mark or the close of another quotation? '… there." "The Israelis
    think …' quotes a sentence; 'the newspaper "The Times"' names a title."""
    return tokens[q].text in _QUOTE_OPENERS and (q == 0 or tokens[q - 1].text in _SENTENCE_OPENERS + _QUOTE_CLOSERS)


_SENTENCE_OPENERS = (".", "!", "?", ":")
_ORDINALS = frozenset({"first", "second", "third"})
#: a negation the term's own words link to is its meaning, not a function word at its edge:
#: "vô tội" is "not guilty", never "guilty"
_NEGATIONS = frozenset({"not", "non", "no"})
_KEPT_WHEN_LINKED = _ORDINALS | _NEGATIONS  # (one set: the test runs for every edge word)
_QUOTE_OPENERS = ('"', "“", "‘", "'", "(")
_QUOTE_CLOSERS = ('"', "”", "’", "'", ")")


def _edge_stop(tokens: list[Token], k: int, linked: Collection[int]) -> bool:
    """A function word no term starts or ends with — but an ordinal or a negation the
    term's own words link to ("hiệp đầu" → "first half", "vô tội" → "not guilty")."""
    text = tokens[k].text
    return en_edge_stop(text) and not (text.lower() in _KEPT_WHEN_LINKED and k in linked)


def _trim(tokens: list[Token], first: int, last: int, linked: Collection[int] = ()) -> tuple[int, int] | None:
    """Without function words at the edges; an ordinal the term's own words link to stays
    ("hiệp đầu" → "first half", not "half")."""
    return _without_edges(
        first,
        last,
        lambda k: tokens[k].is_punct or _edge_stop(tokens, k, linked),
        lambda k, end: _name_opener(tokens, k, end),
    )


def _without_edges(
    first: int, last: int, weak: Callable[[int], bool], opens: Callable[[int, int], bool] | None = None
) -> tuple[int, int] | None:
    """first..last without the ``weak`` tokens at either edge; a token that ``opens`` what
    follows it up to ``last`` (a name's capitalised "The") stays at the left."""
    while first <= last and weak(first) and not (opens is not None and opens(first, last)):
        first += 1
    while last >= first and weak(last):
        last -= 1
    return (first, last) if first <= last else None


_BRIDGES = frozenset({"of", "for", "the", "on", "'s", "’s"})  # not "and": it joins two names


def _foreign(links: list[tuple[int, int]], src_tokens: list[Token], first: int, last: int) -> set[int]:
    """Target tokens that belong to source words outside first..last.

    A link from a word that also occurs inside the span ("giao" of an earlier "Bộ Ngoại
    giao") says nothing about which occurrence it belongs to, so it does not claim."""
    inside_words = {src_tokens[i].text.lower() for i in range(first, last + 1)}
    ours = {j for i, j in links if first <= i <= last}
    return {j for i, j in links if not (first <= i <= last) and src_tokens[i].text.lower() not in inside_words} - ours


def _loosely_ours(
    links: list[tuple[int, int]], claims: list[tuple[int, int]], src_tokens: list[Token], first: int, last: int
) -> set[int]:
    """Target words a syllable outside the span claims (a mutual link) while the span
    reaches them only by one-way links of syllables that have another word too: "markets"
    of "retail pork prices at traditional markets" is "chợ"'s, though "bán" (of "bán lẻ",
    retail) also points at it."""
    sure = set(claims)
    targets_of: dict[int, set[int]] = {}  # the span's syllables → the words they link to
    reaching: dict[int, list[int]] = {}  # a word → the span's syllables linking to it
    for i, j in links:
        if first <= i <= last:
            targets_of.setdefault(i, set()).add(j)
            reaching.setdefault(j, []).append(i)
    claimed = {j for i, j in claims if not first <= i <= last and not src_tokens[i].is_punct}
    return {
        j for j in claimed if j in reaching and all((i, j) not in sure and len(targets_of[i]) > 1 for i in reaching[j])
    }


def _title_case_extend(
    tokens: list[Token],
    links: list[tuple[int, int]],
    first: int,
    last: int,
    t1: int,
    t2: int,
    src_tokens: list[Token],
    reach: int = 6,
    bare_title: bool = False,
) -> tuple[int, int]:
    """Grow a name's English over neighbouring Title-Case words that no other source word
    claims: "Deputy Prime" → "Deputy Prime Minister", "Foreign" → "Minister of Foreign
    Affairs". Small joining words ("of", "the", "'s") are crossed only towards a capital,
    and never rightwards after a bare title ("Trưởng" is "Head", not "Head of the Party").
    A walk stopped by a capital that a source word on the span's other side claims has
    crossed into a name built around ours ("Hội đồng bảo an của Liên Hợp Quốc" ↔ "United
    Nations Security Council"): it goes back to where it started. It walks at most ``reach``
    words each way: six, so that a place of four words after "of" comes whole ("People's
    Court of Ho Chi Minh | City" at four; session 64, all rows: tuning +1, −1 conflict;
    Vietnamese-origin +1, −1 conflict; report-only unchanged but for one conflict a gold
    list's quirk makes, "Shelby Center for Science and Technology"; ``_crossable``)."""
    claimed = _foreign(links, src_tokens, first, last)
    # "và" inside the name joins two of its parts: "Hiệp hội Chế biến và Xuất khẩu thủy sản" →
    # "Association of Seafood Exporters and Producers" (while the English has fewer "and")
    # and so does the "&" of an abbreviation ("Bộ KH&CN" → "Ministry of Science and Technology")
    # and the comma of a pair inside it ("Ban Chỉ đạo phòng, chống dịch bệnh" → "Steering
    # Committee for Disease Prevention and Control")
    pair_mark = "," if src_tokens[first].text[:1].isupper() else "và"  # a name's comma, not a phrase's
    joins = sum(1 for i in range(first, last + 1) if src_tokens[i].text in ("và", pair_mark)) + sum(
        src_tokens[i].text.count("&") for i in range(first, last + 1)
    )
    bridges = _BRIDGES | {"and"} if joins > sum(1 for k in range(t1, t2 + 1) if tokens[k].text == "and") else _BRIDGES

    def capital(k: int) -> bool:
        return tokens[k].text[:1].isupper() and k not in claimed

    # which side of the span, in the source, claims a target word: -1 before it, +1 after
    side = {j: (-1 if i < first else 1) for i, j in links if j in claimed}
    own = {j for i, j in links if first <= i <= last}

    def walk(start: int, step: int) -> int:
        edge, k, used = start, start + step, 0
        while 0 <= k < len(tokens) and used < reach:
            if capital(k):
                edge = k
            elif not _crossable(tokens, k, step, bridges, claimed, own) or (step > 0 and bare_title):
                if edge != start and k in claimed and tokens[k].text[:1].isupper() and side.get(k) == -step:
                    return start  # "United Nations Security | Council": the run is another name's
                break
            k += step
            used += 1
        return edge

    return walk(t1, -1), walk(t2, +1)


def _crossable(
    tokens: list[Token], k: int, step: int, bridges: Collection[str], claimed: Collection[int], own: Collection[int]
) -> bool:
    """May the walk cross word k, a small joining word? Not one another source word claims,
    unless the capital past it is the span's own: "Hạ" links to "House" of "House of |
    Representatives of Indonesia" (vn3), a word at the sentence's end to its "of" (session 68:
    vn3 +1, −1 conflict, every other row unchanged)."""
    if tokens[k].text.lower() not in bridges:
        return False
    nxt = k + step
    ours = 0 <= nxt < len(tokens) and nxt in own and nxt not in claimed and tokens[nxt].text[:1].isupper()
    return k not in claimed or ours


def _spelt_initials(abbreviation: str, tokens: list[Token], t1: int) -> int:
    """An abbreviation's English starts at the capitalised word that spells its first
    letter: "TP.HCM" (Thành phố Hồ Chí Minh) → "Ho Chi Minh City". Its English words get no
    links of their own from one token, and a neighbour may have claimed one ("Hà" of "Hà
    Nội" linked to "Ho" beside it, leaving "Chi Minh City" on vn1). The English's opening
    capitals must spell two letters of the abbreviation in a row; the walk back takes
    capitalised words while their initials spell the letters before those."""
    letters = "".join(ch for ch in fold(abbreviation).upper() if ch.isalpha())
    if len(letters) < 3 or not all(ch.isupper() or not ch.isalpha() for ch in abbreviation):
        return t1
    initials = ""
    for k in range(t1, min(len(tokens), t1 + 2)):
        if not tokens[k].text[:1].isupper():
            break
        initials += tokens[k].text[0]
    at = letters.find(fold(initials).upper()) if len(initials) == 2 else -1
    while (
        at > 0
        and t1 > 0
        and tokens[t1 - 1].text[:1].isupper()
        and fold(tokens[t1 - 1].text[0]).upper() == letters[at - 1]
    ):
        t1, at = t1 - 1, at - 1
    return t1


def _enclosing_quote(
    tokens: list[Token], t1: int, t2: int, lo: int = 0, hi: int | None = None
) -> tuple[int, int] | None:
    """Inside of the innermost quotation that contains or overlaps tokens t1..t2, without its
    edge punctuation and articles: the quotation is the phrase, its function words too ("at
    all times, in all places and on all routes"; "not guilty"). Innermost: a quoted speaker's
    sentence may quote a saying ("Air pollution is a 'silent killer' that …", vn17)."""
    hi = len(tokens) if hi is None else hi
    k = lo
    while k < hi:
        close = quotation_closer(tokens, k)
        if close is not None:
            end = next((e for e in range(k + 1, hi) if closes_quotation(tokens, e, close)), None)
            if end is None:
                break
            if k < t2 and end > t1 and end - k > 2:
                return _enclosing_quote(tokens, t1, t2, k + 1, end) or _without_edges(
                    k + 1, end - 1, lambda j: tokens[j].is_punct or tokens[j].text.lower() in EN_ARTICLES
                )
            k = end + 1
            continue
        k += 1
    return None


def reduplication(tokens: list[Token], near: int) -> tuple[int, int] | None:
    """An English "X of (the) X(s)" nearest to token ``near``: how "ưu tiên của ưu tiên" and
    "then chốt của then chốt" are translated ("priority of priorities", "key of the key")."""
    best = None
    words = [t.text.lower() for t in tokens]
    for k in range(len(tokens)):
        for gap in (2, 3):  # "X of X" / "X of the X"
            e = k + gap
            if e >= len(tokens) or words[k + 1] != "of" or (gap == 3 and words[k + 2] != "the"):
                continue
            if (
                words[e] in (words[k], words[k] + "s", words[k] + "es")
                and tokens[k].text.isalpha()
                and (best is None or abs(k - near) < abs(best[0] - near))
            ):
                best = (k, e)
    return best


def transliteration(src_text: str, tgt_tokens: list[Token]) -> tuple[int, int] | None:
    """A target token run that spells the source without diacritics and spaces:
    "Lương Cường" → "Luong Cuong", "Hà Nội" → "Hanoi", "Việt Nam" → "Vietnam"; an
    abbreviation keeps its last full stop ("Washington, D. C" → "Washington, D.C.")."""
    wanted = "".join(ch for ch in fold(src_text) if ch.isalnum())
    if len(wanted) < 3:
        return None
    for a in range(len(tgt_tokens)):
        if not tgt_tokens[a].text[:1].isalnum():
            continue
        built = ""
        for b in range(a, min(len(tgt_tokens), a + 6)):
            built += "".join(ch for ch in fold(tgt_tokens[b].text) if ch.isalnum())
            if built == wanted:
                return a, _whole_abbreviation(tgt_tokens, b)
            if not wanted.startswith(built):
                break
    return None


def _names_something(src_tokens: list[Token], first: int, last: int) -> bool:
    """A name anywhere in the source makes its English a name to complete: "tổng thống Mỹ"
    → "States President" → "United States President"."""
    return any(t.text[:1].isupper() for t in src_tokens[first : last + 1])


def project(
    first: int,
    last: int,
    src_tokens: list[Token],
    tgt_tokens: list[Token],
    links: list[tuple[int, int]],
    forward: Sequence[tuple[int, int]] = (),
    *,
    quoted: bool = False,
    reduplicated: bool = False,
    title: bool = False,
    claims: list[tuple[int, int]] | None = None,
    bare_title: bool = False,
) -> Projection | None:
    """The target span of source tokens first..last (``_project``); a name listed between
    commas or before "và" whose projection failed takes its place in the English list
    (``_listed_name``)."""
    span = _Span(
        first, last, src_tokens, tgt_tokens, links, forward, _SpanKind(quoted, reduplicated, title, bare_title), claims
    )
    proj = _before_open_bracket(_project(span), span)
    if quoted or reduplicated or not src_tokens[first].text[:1].isupper():
        return proj
    if proj is not None and (proj.method in ("transliteration", "title") or not _crosses_list(proj, tgt_tokens)):
        return proj
    if any(src_tokens[k].text.lower() in _OWN_MARKS for k in range(first, last + 1)):
        return proj  # a name with its own "và", "&" or comma may translate with "and" or a comma
    if proj is not None and _one_title_case_name(proj, tgt_tokens):
        return proj  # "University of Transport and Communications": the "and" is the name's own
    if proj is not None and _after_its_comma(proj, tgt_tokens, src_tokens[last].text):
        return proj  # "Vietnam National University, Ho Chi Minh City": the place is the name's own
    listed = _listed_name(span)
    if listed is None:
        return proj
    consistency, coverage = (proj.consistency, proj.coverage) if proj is not None else (0.5, 0.5)
    return Projection(listed[0], listed[1], consistency, coverage, "list")


def _one_title_case_name(proj: Projection, tgt_tokens: list[Token]) -> bool:
    """Is the English one Title-Case name whose every "and" stands between two capitals, and
    did every word of the term link into it and nothing from outside ("Trường Đại học Giao
    thông vận tải" → "University of Transport and Communications")? Then its "and" joins the
    name's own fields, as "và" would, and no list cuts it: the list rule took
    "Communications", the run before the comma after the term. "Secretariat and other
    Party" (a lower-case word after "and") still crosses a list."""
    if proj.coverage < 1.0 or proj.consistency < 1.0 or proj.method != "links":
        return False
    words = [tgt_tokens[k].text for k in range(proj.first, proj.last + 1)]
    if not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    for k, w in enumerate(words):
        if w == "and":
            if not (words[k - 1][:1].isupper() and words[k + 1][:1].isupper()):
                return False
        elif not (w[:1].isupper() or w in _BRIDGES):
            return False
    return True


def _before_open_bracket(proj: Projection | None, span: _Span) -> Projection | None:
    """The English up to a bracket it opens and does not close, when the term has no bracket:
    a name's words linked to its abbreviation in brackets ("Việt Nam" and "Petrovietnam")
    ran the English into them ("Vietnam National Industry - Energy Group (Petrovietnam"),
    which no entry may keep; the words before the bracket are the term's."""
    if proj is None or any(span.src_tokens[k].text == "(" for k in range(span.first, span.last + 1)):
        return proj
    texts = [span.tgt_tokens[k].text for k in range(proj.first, proj.last + 1)]
    if "(" not in texts or ")" in texts[texts.index("(") :]:
        return proj
    last = proj.first + texts.index("(") - 1
    while last >= proj.first and (span.tgt_tokens[last].is_punct or en_edge_stop(span.tgt_tokens[last].text)):
        last -= 1
    if last < proj.first:
        return proj
    return Projection(proj.first, last, proj.consistency, proj.coverage, proj.method)


#: list separators, each with the English marks it is linked to in a translated list
_LIST_MARKS = {",": frozenset({","}), ";": frozenset({";"}), "và": frozenset({"and"}), "hoặc": frozenset({"or"})}
#: marks a name may hold itself, whose English then holds a list mark of its own: the
#: ampersand of an abbreviated body ("Sở GD&ĐT Hà Nội → Hanoi Department of Education and
#: Training") is no separator of the list around it, nor is the dash between a body's two
#: fields ("Tập đoàn Công nghiệp - Viễn thông Quân đội → Viettel Military Industry and
#: Telecoms Group"; session 65: vn64 one conflict fewer, the corrected entry below the cut,
#: vn60 one gold term fewer by list length; every other row unchanged)
_OWN_MARKS = frozenset(_LIST_MARKS) | {"&", "-", "–"}
#: lower-case words inside an English name between its capitals ("Ministry of Defence")
_NAME_INNER = frozenset({"of", "for", "on", "in"})
#: the longest English name taken from a list, in words
_LISTED_NAME_WORDS = 6


#: the English list separators, as ``_LIST_MARKS`` links them
_ENGLISH_LIST_MARKS = frozenset().union(*_LIST_MARKS.values())


def _crosses_list(proj: Projection, tgt_tokens: list[Token]) -> bool:
    """Does the English run over a list separator ("Secretariat and other Party")? Not the
    comma of "Co., Ltd"."""
    return any(
        tgt_tokens[k].text.lower() in _ENGLISH_LIST_MARKS and not _before_company_form(tgt_tokens, k)
        for k in range(proj.first, proj.last + 1)
    )


def _listed_name(span: _Span) -> tuple[int, int] | None:
    """The English of a name that stands in a list, read off the list's marks: "Bộ Chính
    trị, Ban Bí thư và các đồng chí" ↔ "the Politburo, the Secretariat and other …". The
    embeddings know neither body, and their links put "Bộ Chính trị" on "Secretariat and
    other Party" and "Ban Bí thư" nowhere; but the comma after the one and the "và" after
    the other are linked to the English comma and "and", and the capitalised words right
    before (or after) those marks are the names. The run right before the mark after the
    span and the run right after the mark before it must agree; a run only one mark points
    to must be a run no source word outside the span claims (``claims``). Used only where
    the links failed (no English, or an English across a list mark). (Session 37, tuning
    documents: 2 more gold terms listed, no new conflict; on the seed pair both bodies get
    their English.)"""
    first, last, src_tokens, tgt_tokens, links = span.first, span.last, span.src_tokens, span.tgt_tokens, span.links
    after_mark = _runs_at_mark(first - 1, 1, src_tokens, tgt_tokens, links)
    before_mark = _runs_at_mark(last + 1, -1, src_tokens, tgt_tokens, links)
    agreed = after_mark & before_mark
    if len(agreed) == 1:
        return _with_its_number(next(iter(agreed)), span)
    runs = after_mark | before_mark
    if len(runs) != 1:
        return None
    run = next(iter(runs))
    held = {j for i, j in span.reserved if not first <= i <= last}
    return None if any(run[0] <= j <= run[1] for j in held) else _with_its_number(run, span)


def _with_its_number(run: tuple[int, int], span: _Span) -> tuple[int, int]:
    """A listed name's run of capitals with the number the term ends on, when the English
    writes that number right after it ("Bệnh viện Quân y 175" ↔ "… and Military Hospital
    175"): the run stops at the first word in lower case, and a number is none, but it is
    the name's own when the Vietnamese name ends on it (vn75, read in session 69)."""
    number = span.src_tokens[span.last].text
    after = run[1] + 1
    if number.isdigit() and after < len(span.tgt_tokens) and span.tgt_tokens[after].text == number:
        return run[0], after
    return run


def _runs_at_mark(
    k: int, step: int, src_tokens: list[Token], tgt_tokens: list[Token], links: list[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The capitalised English runs beside the English marks source token k (a list mark)
    is linked to: after them (``step`` 1, past a "the") or before them (``step`` -1)."""
    if not 0 <= k < len(src_tokens) or src_tokens[k].text.lower() not in _LIST_MARKS:
        return set()
    marks = _LIST_MARKS[src_tokens[k].text.lower()]
    runs = set()
    for i, j in links:
        if i == k and tgt_tokens[j].text.lower() in marks:
            run = _capital_run(tgt_tokens, j + step, step)
            if run is not None:
                runs.add(run)
    return runs


def _capital_run(tgt_tokens: list[Token], k: int, step: int) -> tuple[int, int] | None:
    """The capitalised words from token k on in direction ``step`` (lower-case "of", "for",
    "on", "in" between two capitals belong to the name), at most ``_LISTED_NAME_WORDS``."""
    if step > 0 and 0 <= k < len(tgt_tokens) and tgt_tokens[k].text.lower() == "the":
        k += 1
    taken: list[int] = []
    while 0 <= k < len(tgt_tokens) and len(taken) < _LISTED_NAME_WORDS:
        text = tgt_tokens[k].text
        inner = (
            text.lower() in _NAME_INNER
            and bool(taken)
            and 0 <= k + step < len(tgt_tokens)
            and tgt_tokens[k + step].text[:1].isupper()
        )
        if not (text[:1].isupper() and not en_edge_stop(text.lower())) and not inner:
            break
        taken.append(k)
        k += step
    return (min(taken), max(taken)) if taken else None


def _project(span: _Span) -> Projection | None:
    """The target span of source tokens first..last — from the links, else what stands
    between its neighbours' English (``_between_neighbours``) — or None. A lower-case
    span whose links went astray — their English lies wholly outside the words between its
    neighbours' English — takes those words too ("tiền chuộc" linked to a far "hostages",
    "ransoms" standing unclaimed between "paying" and "."); a name keeps its links, which
    spell it or its capitals (letting names go astray too listed "Latvia → Poland").
    (Session 31, tuning documents: +5 gold terms listed, 4 conflicts fewer, 9 entries
    fewer, against taking the gap only where no link lands.)
    """
    first, last, src_tokens, tgt_tokens, kind = span.first, span.last, span.src_tokens, span.tgt_tokens, span.kind
    linked = _project_links(span)
    named = _title_before_name(last, src_tokens, tgt_tokens) if kind.bare_title else None
    if named is not None and (linked is None or linked.last != named[1] or linked.first > named[1]):
        return Projection(named[0], named[1], 1.0, 1.0, "title")  # the links' English is elsewhere
    if kind.quoted or kind.reduplicated or (linked is not None and src_tokens[first].text[:1].isupper()):
        return linked
    gap = _between_neighbours(span)
    if linked is None or (gap is not None and (linked.last < gap.first or linked.first > gap.last)):
        return gap
    return linked


#: words that end the English run before a name without being a title ("said Colonel X")
_BEFORE_TITLE = frozenset("the a an and of said says by to with from for as in on at".split())
#: the longest title written before a name, in words ("Lt. Col.", "Assistant Commissioner")
_TITLE_WORDS_BEFORE_NAME = 4


def _title_before_name(last: int, src_tokens: list[Token], tgt_tokens: list[Token]) -> tuple[int, int] | None:
    """The English of a bare title written right before a person's name: the capitalised
    words right before the name's English ("Đại tá Fred Lewis" → "Colonel Fred Lewis":
    "Colonel"; "Trung tá Josslyn Aberle" → "Lt. Col. Josslyn Aberle": "Lt. Col."), found by
    the name, which both languages spell alike. The word links know a title poorly beside a
    name: "Đại tá" went to "deputy" (of "deputy commander" after the name), "Đại Tá" of
    "Đại Tá Chase" ↔ "Chase saying" to "rat lines". The run stops at a function word, a
    mark, or an organisation word ("Fire Department Lt.": "Lt."); None when no capitalised
    name follows the title or the English does not spell it.
    (Session 36, tuning documents: 4 more gold terms, 4 conflicts fewer.)"""
    run = []
    k = last + 1
    while k < len(src_tokens) and src_tokens[k].text[:1].isupper() and not src_tokens[k].is_punct:
        run.append(src_tokens[k].text)
        k += 1
    hit = next((h for n in range(len(run), 0, -1) if (h := transliteration(" ".join(run[:n]), tgt_tokens))), None)
    if hit is None:
        return None
    name = hit[0]
    start = None
    k = name - 1
    while k >= 0 and name - k <= _TITLE_WORDS_BEFORE_NAME:
        text = tgt_tokens[k].text
        if text != ".":
            if tgt_tokens[k].is_punct or not text[:1].isupper():
                break
            if text.lower() in _BEFORE_TITLE or text.lower() in EN_ORG_WORDS:
                break
            start = k
        k -= 1
    if start is None:
        return None
    end = name - 1
    while end > start and tgt_tokens[end].text == "." and not touching(tgt_tokens, end):
        end -= 1  # a full stop written apart is no abbreviation's ("Col." keeps its own)
    return start, end


@dataclass(frozen=True)
class _SpanKind:
    """What the source span is, as far as its projection cares (``project``'s flags)."""

    quoted: bool = False
    reduplicated: bool = False
    title: bool = False
    bare_title: bool = False


class _Span(NamedTuple):
    """A source span to project, with everything its projection reads: the two sentences'
    tokens, the word links (``forward``: each source token's most similar target token) and
    the sure links that reserve target words for other parts of the sentence (``claims``,
    default: ``links``). The projection steps read it whole."""

    first: int
    last: int
    src_tokens: list[Token]
    tgt_tokens: list[Token]
    links: list[tuple[int, int]]
    forward: Sequence[tuple[int, int]]
    kind: _SpanKind
    claims: list[tuple[int, int]] | None

    @property
    def reserved(self) -> list[tuple[int, int]]:
        """The links that reserve a target word: ``claims``, or all the links."""
        return self.links if self.claims is None else self.claims


def _project_links(span: _Span) -> Projection | None:
    """The target span the links of source tokens first..last land in, or None.

    ``forward`` links (each source token's most similar target token) fill in source
    words that ``links`` left out, when they land next to the projected cluster
    ("kỷ nguyên" → "era" beside "mới" → "new"). A quoted source (``kind``) maps to the whole
    quotation its links land in: translators keep quotation marks around a quoted slogan.
    ``claims`` (default: ``links``) are the links sure enough to reserve a target word for
    another part of the sentence when the span's English is completed."""
    first, last, src_tokens, tgt_tokens, links, forward, kind, claims = span
    given = links  # the aligner's own links (the forward ones filled in below are not)
    spelt = " ".join(t.text for t in src_tokens[first : last + 1]) if src_tokens[first].text[:1].isupper() else ""
    if spelt and (hit := transliteration(spelt, tgt_tokens)) is not None:
        return Projection(hit[0], _word_end(tgt_tokens, hit[1]), 1.0, 1.0, "transliteration")
    content = [k for k in range(first, last + 1) if not src_tokens[k].is_punct]
    targets = [j for i, j in links if first <= i <= last and not tgt_tokens[j].is_punct]
    claim_links = links if claims is None else claims + [(i, j) for i, j in links if first <= i <= last]
    if not targets or not content:
        return None
    foreign = _foreign(claim_links, src_tokens, first, last)
    if claims is not None:
        foreign |= _loosely_ours(links, claims, src_tokens, first, last)
    box = _best_cluster(targets, forward, tgt_tokens, first, last)
    if box is not None:
        box, links = _fill_forward(box, links, forward, src_tokens, tgt_tokens, first, last, foreign)
    if box is not None and _names_something(src_tokens, first, last):
        wider = _title_case_extend(
            tgt_tokens, claim_links, first, last, *box, src_tokens=src_tokens, bare_title=kind.bare_title
        )
        box = _trim(tgt_tokens, *wider)
    if box is not None:
        hollow = _hollow(src_tokens, tgt_tokens, links, first, last)
        box = _tighten(box, tgt_tokens, foreign | hollow, {j for i, j in links if first <= i <= last})
    if box is not None and first == last:
        box = (_spelt_initials(src_tokens[first].text, tgt_tokens, box[0]), box[1])
    if box is None:
        return None
    t1, t2 = _abbreviation_start(tgt_tokens, box[0]), _word_end(tgt_tokens, _whole_abbreviation(tgt_tokens, box[1]))
    if kind.title and tgt_tokens[t1].text.lower() not in EN_TITLE_WORDS:
        t1 = _reach_title_word(tgt_tokens, t1)
    if not any(src_tokens[k].is_punct for k in range(first, last + 1)):
        cut_words = () if _coordinated(src_tokens, first, last) else EN_COORDINATORS
        ours = [(i, j) for i, j in links if first <= i <= last]
        if _name_with_its_place(src_tokens, last, tgt_tokens, t1, t2, ours):
            part: tuple[int, int] | None = (t1, t2)  # "Vietnam National University, Hanoi"
        else:
            part = _comma_part(tgt_tokens, t1, t2, ours, cut_words, frozenset(given))
        if part is None:
            return None
        t1, t2 = _within_its_coordinators(src_tokens, first, last, tgt_tokens, *part, ours)
    if kind.reduplicated:
        t1, t2 = reduplication(tgt_tokens, t1) or (t1, t2)
    if kind.quoted:
        t1, t2 = _enclosing_quote(tgt_tokens, t1, t2) or (t1, t2)
    proj = _scored(t1, t2, links, src_tokens, tgt_tokens, first, last, content)
    return (
        proj
        if proj is None or kind.quoted or kind.reduplicated
        else _adopt_orphan(proj, content, given, src_tokens, tgt_tokens, claims)
    )


#: source words that may stand between a term and the neighbour whose links anchor its
#: English: plural and classifier markers, which translate to nothing ("trong các nhà tù"
#: → "in gaols")
_SKIPPED_MARKERS = frozenset({"các", "những", "mọi", "cái", "chiếc", "con", "cuộc", "vụ"})
#: the longest English a term without links is given
_GAP_WORDS = 3


def _between_neighbours(span: _Span) -> Projection | None:
    """The English of a span the word links missed entirely (or, for ``project``, sent
    astray): the unlinked words between its neighbours' English, where the words right
    before and after the span are linked in order ("kết tội bị cáo trước" → "convicted
    the defendant before": "defendant"; "bắt cóc con tin và" → "taken hostages and"). The
    embeddings miss rare nouns ("bị cáo",
    "con tin", "nhà tù" → "gaols"), which an aligned sentence still places. No word of the
    gap is claimed by another source word (``claims``: the links sure enough to reserve a
    word for another part of the sentence), the gap holds no punctuation and at most three
    words after trimming, and the projection carries no link evidence (consistency and
    coverage 0), so the confidence model weighs it as the weakest kind."""
    first, last, src_tokens, tgt_tokens, links = span.first, span.last, span.src_tokens, span.tgt_tokens, span.links
    # past the markers right before the span (their links, like the span's own, went astray)
    left, right = _own_markers(src_tokens, first).start - 1, last + 1
    if left < 0 or right >= len(src_tokens):
        return None
    # a neighbour is its whole word: "bắt cóc" → "taken"
    before_word, after_word = src_tokens[left].word, src_tokens[right].word
    if before_word in (src_tokens[first].word, src_tokens[last].word):
        return None
    t1, t2 = -1, len(tgt_tokens)
    for i, j in links:
        if left < i <= last:
            continue
        word = src_tokens[i].word
        if word == before_word and j >= t1:
            t1 = j
        elif word == after_word and j < t2:
            t2 = j
    t1, t2 = t1 + 1, t2 - 1
    if t1 == 0 or t2 == len(tgt_tokens) - 1 or t1 > t2:
        return None  # an anchor without links, or nothing between them
    used = {j for i, j in span.reserved if t1 <= j <= t2 and not left < i <= last}  # a one-way link is no claim
    if used or any(tgt_tokens[j].is_punct for j in range(t1, t2 + 1)):
        return None
    box = _trim(tgt_tokens, t1, t2)
    if box is None or box[1] - box[0] + 1 > _GAP_WORDS:
        return None
    return Projection(box[0], box[1], 0.0, 0.0, "gap")


def _adopt_orphan(
    proj: Projection,
    content: list[int],
    links: list[tuple[int, int]],
    src_tokens: Sequence[Token],
    tgt_tokens: list[Token],
    claims: list[tuple[int, int]] | None = None,
) -> Projection:
    """A source word left unlinked takes the English word beside the span that no source
    word links to mutually (``claims``: a one-way link is no claim; "bệnh phổi" is "lung
    conditions", though "conditions" had a one-way link from "vấn đề"): the embeddings know
    "kiểm soát" → "controlling" but not "cổ phần" → "stake", which stands unclaimed next
    to it. Vietnamese puts the head first and English
    last, so an unlinked first syllable looks right of the span ("controlling stake",
    "loading dock"), an unlinked last one left of it ("cloth bags"); a word that looks
    like a verb or adverb is not taken. Tuning documents: 8 more gold terms with a right
    English, 1 fewer; report-only documents: 5 more, none fewer."""
    linked = {i for i, j in links if proj.first <= j <= proj.last}
    unlinked = [k for k in content if k not in linked]
    if not unlinked:
        return proj
    markers = _own_markers(src_tokens, content[0])
    used = {j for i, j in (links if claims is None else claims) if i not in markers}

    def orphan(j: int, verb_like: re.Pattern[str]) -> bool:
        if not 0 <= j < len(tgt_tokens) or j in used:
            return False
        text = tgt_tokens[j].text
        return (
            text.isalpha()
            and not en_edge_stop(text)
            and text.lower() not in _NOT_ADOPTED
            and not verb_like.search(text.lower())
        )

    after, before = proj.last + 1, proj.first - 1
    if unlinked[0] == content[0] and orphan(after, _ADVERB):
        return Projection(proj.first, after, proj.consistency, proj.coverage, proj.method)
    if unlinked[-1] == content[-1] and orphan(before, _VERB_LIKE):
        return Projection(before, proj.last, proj.consistency, proj.coverage, proj.method)
    return proj


def _own_markers(src_tokens: Sequence[Token], first: int) -> range:
    """The plural and classifier markers right before the span ("các" of "các cây xăng" →
    "petrol stations"): they translate to nothing, so their links point at the noun they
    mark, the term's own head, and claim no word against the term."""
    start = min(first, len(src_tokens))
    while start > 0 and src_tokens[start - 1].text.lower() in _SKIPPED_MARKERS:
        start -= 1
    return range(start, min(first, len(src_tokens)))


#: words never adopted: adverbs, prepositions and the commonest verbs whose past has no "-ed"
_NOT_ADOPTED = frozenset(
    "itself just also said says told brought took made gave held won lost met left sent saw went came became began "
    "kept found got paid put ran sold thought wrote spent built led fell hit set struck stood fought caught chose "
    "drew drove rose shot spoke threw wore towards toward against among amid within without across along around "
    "behind beyond despite except inside outside via".split()
)
#: after the span a head noun may end in "-ing" or "-ed" ("loading", "funding"); before it
#: such a word is the verb of the clause ("interrogating insurgents")
_ADVERB = re.compile(r"ly$")
_VERB_LIKE = re.compile(r"(?:ing|ed|ly)$")


def _best_cluster(
    targets: list[int], forward: Sequence[tuple[int, int]], tgt_tokens: list[Token], first: int, last: int
) -> tuple[int, int] | None:
    """The cluster of linked target words with most evidence: its links, and half a vote for
    each forward link landing on or beside it (mutual links can be few and wrong on long
    sentences)."""
    fwd = [j for i, j in forward if first <= i <= last and not tgt_tokens[j].is_punct]
    best = max(
        _clusters(targets, tgt_tokens),
        key=lambda c: (
            sum(1 for j in targets if j in c) + 0.5 * sum(1 for j in fwd if c[0] - 2 <= j <= c[-1] + 2),
            -c[0],
        ),
    )
    return _trim(tgt_tokens, best[0], best[-1], targets)


def _fill_forward(
    box: tuple[int, int],
    links: list[tuple[int, int]],
    forward: Sequence[tuple[int, int]],
    src_tokens: list[Token],
    tgt_tokens: list[Token],
    first: int,
    last: int,
    foreign: set[int],
) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """Source words the links left out join through their forward link when it lands next
    to the box and on no word another part of the sentence holds."""
    t1, t2 = box
    linked = {i for i, _ in links}
    for i, j in forward:
        if (
            first <= i <= last
            and i not in linked
            and not src_tokens[i].is_punct
            and not tgt_tokens[j].is_punct
            and t1 - 1 <= j <= t2 + 1
            and j not in foreign
        ):
            t1, t2 = min(t1, j), max(t2, j)
            links = [*links, (i, j)]
    return _trim(tgt_tokens, t1, t2, [j for i, j in links if first <= i <= last]), links


#: person classifiers and plural markers: in "người Azeri" (Azeris), "kẻ âm mưu" (plotters)
#: they translate to nothing, so the word links give them a neighbour ("convicted Azeri")
_EMPTY_MARKERS = frozenset({"người", "kẻ", "những", "các"})
_PERSON_WORDS = frozenset({"people", "person", "persons", "man", "men", "woman", "women"})


def _hollow(
    src_tokens: list[Token], tgt_tokens: list[Token], links: list[tuple[int, int]], first: int, last: int
) -> set[int]:
    """English words the span's links reach only from its classifiers and plural markers,
    when its other words link too: such a word belongs to the sentence, not the term — but
    "people" is what "người" says ("người Úc" → "Australian people")."""
    lead = first  # the markers open the span ("kẻ" of "cờ kẻ ca rô" is a word: striped)
    while lead <= last and src_tokens[lead].text.lower() in _EMPTY_MARKERS:
        lead += 1
    empty: set[int] = set()
    content: set[int] = set()
    for i, j in links:
        if first <= i <= last:
            (empty if i < lead else content).add(j)
    hollow = empty - content if content else set()
    return {j for j in hollow if tgt_tokens[j].text.lower() not in _PERSON_WORDS}


def _tighten(
    box: tuple[int, int], tgt_tokens: list[Token], foreign: set[int], ours: Collection[int] = ()
) -> tuple[int, int] | None:
    """An edge word linked only to source words outside the span belongs to them."""
    t1, t2 = box

    def stop(k: int) -> bool:
        return _edge_stop(tgt_tokens, k, ours)

    while t1 < t2 and (t1 in foreign or tgt_tokens[t1].is_punct or (stop(t1) and not _name_opener(tgt_tokens, t1, t2))):
        t1 += 1
    while t2 > t1 and (t2 in foreign or tgt_tokens[t2].is_punct or stop(t2)):
        t2 -= 1
    if t1 in foreign or tgt_tokens[t1].is_punct:
        return None
    return t1, t2


def _initial(tokens: list[Token], k: int) -> bool:
    """A single capital letter: a letter of "U.S." or "D.C."."""
    return 0 <= k < len(tokens) and len(tokens[k].text) == 1 and tokens[k].text.isupper()


def _tight_dot(tokens: list[Token], k: int) -> bool:
    """A full stop written tight after the token before it."""
    return 0 < k < len(tokens) and tokens[k].text == "." and touching(tokens, k)


def _whole_abbreviation(tgt_tokens: list[Token], t2: int) -> int:
    """A span never ends inside an abbreviation written with full stops: "U" of "U.S.",
    "Washington D" of "Washington D.C." take the letters after it, and the last full
    stop."""
    while (
        _initial(tgt_tokens, t2)
        and _tight_dot(tgt_tokens, t2 + 1)
        and _initial(tgt_tokens, t2 + 2)
        and touching(tgt_tokens, t2 + 2)
    ):
        t2 += 2
    if _initial(tgt_tokens, t2) and _tight_dot(tgt_tokens, t2 + 1) and t2 > 1 and _tight_dot(tgt_tokens, t2 - 1):
        t2 += 1  # "U.S." keeps its last full stop; a lone initial ("George W.") does not
    return t2


def _word_end(tgt_tokens: list[Token], t2: int) -> int:
    """Nor inside a designation's plural the tokenizer cut off: "MIG-29s" is "MIG", "-",
    "29", "s", and the English the translation uses is "MIG-29s", not "MIG-29" (also
    "1990s", "F-16s"). A word's own plural is one token already. Nor before a designation's
    letter: "Line 2A" is "Line", "2", "A", and "A" alone is an article the trim took off."""
    if t2 + 1 < len(tgt_tokens) and tgt_tokens[t2 + 1].text == "s" and touching(tgt_tokens, t2 + 1):
        return t2 + 1
    if _designation_letter(tgt_tokens, t2 + 1):
        return t2 + 1
    return t2


def _designation_letter(tokens: list[Token], k: int) -> bool:
    """Is token k one capital letter written tight after a number and ending the word
    ("2A", "3B")?"""
    return (
        0 < k < len(tokens)
        and touching(tokens, k)
        and tokens[k - 1].text.isdigit()
        and len(tokens[k].text) == 1
        and tokens[k].text.isupper()
        and not touching(tokens, k + 1)
    )


def _abbreviation_start(tgt_tokens: list[Token], t1: int) -> int:
    """Nor does a span start inside one: "N" of "U.N" takes the letters before it."""
    while (
        t1 >= 2
        and _initial(tgt_tokens, t1)
        and _tight_dot(tgt_tokens, t1 - 1)
        and _initial(tgt_tokens, t1 - 2)
        and touching(tgt_tokens, t1)
    ):
        t1 -= 2
    return t1


def _reach_title_word(tgt_tokens: list[Token], t1: int) -> int:
    """An office is named head first in both languages: "Bí thư Trung ương Đảng" →
    "Secretary of the Party Central Committee"; reach back over "of the" and the
    organisation's capitalised words to the title word."""
    k, steps = t1 - 1, 0
    while (
        k >= 0
        and steps < 5
        and (
            tgt_tokens[k].text.lower() in ("of", "the")
            or (tgt_tokens[k].text[:1].isupper() and tgt_tokens[k].text.lower() not in EN_TITLE_WORDS)
        )
    ):
        k, steps = k - 1, steps + 1
    if (
        k >= 0
        and tgt_tokens[k].text.lower() in EN_TITLE_WORDS
        and any(tgt_tokens[x].text.lower() == "of" for x in range(k + 1, t1))
    ):
        return k
    return t1


def _coordinated(src_tokens: list[Token], first: int, last: int) -> bool:
    """A source that may translate as an English coordination: it has a coordinator ("và",
    "hoặc", "hay", "cùng"), or names something ("Bộ Ngoại giao Anh" is the "Foreign and Commonwealth Office")."""
    return _names_something(src_tokens, first, last) or any(
        src_tokens[k].text.lower() in VI_COORDINATORS for k in range(first, last + 1)
    )


def _within_its_coordinators(
    src_tokens: list[Token],
    first: int,
    last: int,
    tgt_tokens: list[Token],
    t1: int,
    t2: int,
    ours: Sequence[tuple[int, int]],
) -> tuple[int, int]:
    """An English with more "and"s than its source has coordinators, where a comma or "và"
    follows the source, ran on into the next item of the sentence: "Thứ trưởng Bộ Nông
    nghiệp và Phát triển nông thôn, Chánh Văn phòng …" → "Deputy Minister of Agriculture
    and Rural Development and Chief". It ends before its first "and" too many. (A source
    without a coordinator keeps its English whole: "Bộ Ngoại giao Anh" is the "Foreign and
    Commonwealth Office".) Nor where a word after that "and" is the span's own ("Phòng Phòng
    chống ma túy và tội phạm" → "Drug and Crime Prevention and Control Division": "Phòng"
    links to "Control" alone, where "trưởng" of "Thứ trưởng" links to "Minister" and to the
    next title's "Chief"; session 65: vn66 +1, −1 conflict, every other row unchanged)."""
    own = sum(1 for k in range(first, last + 1) if src_tokens[k].text.lower() in VI_COORDINATORS)
    after = src_tokens[last + 1].text.lower() if last + 1 < len(src_tokens) else ""
    if not own or after not in {",", *VI_COORDINATORS}:
        return t1, t2
    joins = [k for k in range(t1, t2 + 1) if tgt_tokens[k].text.lower() in EN_COORDINATORS]
    if len(joins) <= own or joins[own] - 1 < t1:
        return t1, t2
    past = {i for i, j in ours if joins[own] < j <= t2}
    if any(all(j > joins[own] for k, j in ours if k == i) for i in past):
        return t1, t2  # a span word that says only what follows that "and": "Phòng chống" is "Prevention and Control"
    return t1, joins[own] - 1


def _one_word_each(parts: list[tuple[int, int]], ours: list[tuple[int, int]]) -> bool:
    """Is the box a list whose every item translates its own source word ("tay chân miệng"
    → "hand, foot and mouth disease")? Three parts or more, each linked from the span, and
    no source word linked into two of them."""
    owner: dict[int, int] = {}
    for n, (a, b) in enumerate(parts):
        sources = {i for i, j in ours if a <= j <= b}
        if not sources or any(owner.setdefault(i, n) != n for i in sources):
            return False
    return len(parts) >= 3


def _name_with_its_place(
    src_tokens: list[Token], last: int, tgt_tokens: list[Token], t1: int, t2: int, ours: list[tuple[int, int]]
) -> bool:
    """Is the box a capitalised name, a comma and the place it belongs to, the place being
    the span's own last words ("Đại học Quốc gia Hà Nội" → "Vietnam National University,
    Hanoi", "Đại học Quốc gia TP.HCM" → "…, HCM City")? Such a name keeps its comma. The
    place is the span's (which ends at source token ``last``) when its trailing capitalised
    words, up to three, spell it, or when every span word
    linked into it is one of them and one of those links nowhere else in the box."""
    commas = [k for k in range(t1, t2 + 1) if tgt_tokens[k].text == ","]
    if len(commas) != 1 or not t1 < commas[0] < t2:
        return False
    c = commas[0]
    if not all(
        tgt_tokens[k].text[:1].isupper() or tgt_tokens[k].text in _NAME_INNER for k in range(t1, t2 + 1) if k != c
    ):
        return False
    trailing = set()
    k = last
    while k >= 0 and src_tokens[k].text[:1].isupper() and last - k < 3:
        trailing.add(k)
        k -= 1
    if not trailing:
        return False
    place = tgt_tokens[c + 1 : t2 + 1]
    for n in range(1, len(trailing) + 1):
        if transliteration(" ".join(t.text for t in src_tokens[last - n + 1 : last + 1]), place) == (0, len(place) - 1):
            return True
    if _spells_abbreviation(src_tokens[last].text, [t.text for t in place]):
        return True
    into_place = {i for i, j in ours if c < j <= t2}
    only_place = {i for i in into_place if all(c < j <= t2 for i2, j in ours if i2 == i)}
    into_name = {i for i, j in ours if t1 <= j < c} - into_place
    return (
        bool(into_place)
        and into_place <= trailing
        and bool(only_place)
        and all(i < min(into_place) for i in into_name)  # the place comes last in both ("ICRC Pierre Wettach")
    )


def _after_its_comma(proj: Projection, tgt_tokens: list[Token], abbreviation: str) -> bool:
    """Is the English a name, one comma and the place the source's last word abbreviates
    (``_spells_abbreviation``)? Then the comma is no list's."""
    box = [t.text for t in tgt_tokens[proj.first : proj.last + 1]]
    return (
        box.count(",") == 1
        and 0 < box.index(",") < len(box) - 1
        and _spells_abbreviation(abbreviation, box[box.index(",") + 1 :])
    )


def _spells_abbreviation(abbreviation: str, place: list[str]) -> bool:
    """Do the place's words spell the abbreviation the span ends on: "Ho Chi Minh City" and
    "HCM City" spell "TP.HCM" (Thành phố Hồ Chí Minh), whose one token links to few of
    them (vn14, vn55, vn73: "Đại học Quốc gia TP.HCM → Vietnam National University, Ho Chi
    Minh City")? The initials, an all-capital word's letters for it, without the kind's
    word, must be two letters of the abbreviation in a row at least."""
    if not abbreviation.isupper() or not place or not all(w[:1].isupper() for w in place):
        return False
    letters = "".join(ch for ch in fold(abbreviation) if ch.isalpha())
    if len(letters) < 3:
        return False
    words = place[:-1] if place[-1] in EN_PLACE_KIND_ENDS else place
    initials = "".join(w if w.isupper() else w[0] for w in words)
    return len(initials) >= 2 and fold(initials) in letters


def _before_company_form(tgt_tokens: list[Token], k: int) -> bool:
    """Is token k the comma of "Co., Ltd" (a company's legal form, one unit with its name)?"""
    return tgt_tokens[k].text == "," and k + 1 < len(tgt_tokens) and tgt_tokens[k + 1].text in EN_COMPANY_FORMS


def _comma_part(
    tgt_tokens: list[Token],
    t1: int,
    t2: int,
    ours: list[tuple[int, int]],
    words: Sequence[str] = (),
    given: frozenset[tuple[int, int]] = frozenset(),
) -> tuple[int, int] | None:
    """A span without punctuation does not translate across a comma: keep the part of the
    box with most of the span's links ``ours`` ("work, identifying cadre work" → "cadre
    work"), unless each part translates source words of its own (``_one_word_each``). A link
    the aligner made (``given``) votes 1, a forward link filled in beside them ½, as in
    ``_best_cluster`` ("công tác cán bộ": "tác" filled in onto the "work" of "policy work"
    tied it with "cadre work", which the aligner linked twice).
    ``words`` cut too: a lower-case source without "và" or "hoặc" is not half of an English
    coordination ("làm giàu" is "enrichment", not "enrichment and reprocessing")."""
    cuts = [
        k
        for k in range(t1, t2 + 1)
        if (tgt_tokens[k].text in ",;:()" and not _before_company_form(tgt_tokens, k)) or tgt_tokens[k].text in words
    ]
    if not cuts:
        return t1, t2
    bounds = [t1 - 1, *cuts, t2 + 1]
    parts = [(a + 1, b - 1) for a, b in itertools.pairwise(bounds) if b - 1 >= a + 1]
    if _one_word_each(parts, ours):
        return t1, t2
    a, b = max(parts, key=lambda p: (sum(1.0 if k in given else 0.5 for k in ours if p[0] <= k[1] <= p[1]), -p[0]))
    return _trim(tgt_tokens, a, b, [j for _, j in ours])


def _scored(
    t1: int,
    t2: int,
    links: list[tuple[int, int]],
    src_tokens: list[Token],
    tgt_tokens: list[Token],
    first: int,
    last: int,
    content: list[int],
) -> Projection | None:
    """The projection with its consistency (links inside the box that come from the span)
    and coverage (span words linked into the box)."""
    inside = sum(1 for i, j in links if first <= i <= last and t1 <= j <= t2)
    outside = sum(
        1
        for i, j in links
        if t1 <= j <= t2 and not (first <= i <= last) and not src_tokens[i].is_punct and not tgt_tokens[j].is_punct
    )
    covered = {i for i, j in links if first <= i <= last and t1 <= j <= t2}
    if inside == 0:
        return None
    return Projection(t1, t2, inside / (inside + outside), len(covered & set(content)) / len(content), "links")

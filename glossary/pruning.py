"""Entries a terminologist cuts although the miner scored them well: the parts of a name
or a role that the list already holds as terms of their own.

Both are pure functions over a document's listed entries, applied after the list's cut
(``glossary.mining.mine_pairs``): what they remove is not replaced, because on the tuning
documents the next entries in rank brought conflicts with them.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable

from align.text import fold

from .candidates import foreign
from .english_words import LETTERS
from .lexicon import EN_DEMONYMS, EN_RANK_ABBREVIATIONS, EN_ROLE_WORDS, EN_TITLE_WORDS, VI_FUNCTION_SYLLABLES
from .model import GlossaryEntry
from .tokens import english_key, whole_word_starts

__all__ = [
    "without_designation_prefixes",
    "without_holder_names",
    "without_hyphen_pieces",
    "without_name_pieces",
    "without_role_and_name",
]


def without_holder_names(entries: list[GlossaryEntry]) -> list[GlossaryEntry]:
    """An office whose English is a piece of a listed name's English, with no title word in
    it, took its holder's name for its own: "Bí thư → Le Hoai" beside "Lê Hoài Trung → Le
    Hoai Trung" (the projection ran from "Bí thư" onto the name next to it). An office's
    English names the office. Indexed by the pieces of the names' English, so linear in the
    entries. (Session 41, written after reading the seed pair's list: that entry fewer there,
    every development document unchanged.)"""
    pieces: set[str] = set()
    for e in entries:
        if e.kind == "name":
            words = e.target.split()
            pieces.update(" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, len(words) + 1))
            pieces.discard(e.target)

    def holder(entry: GlossaryEntry) -> bool:
        words = LETTERS.findall(entry.target.lower())
        return entry.kind == "title" and entry.target in pieces and not any(w in EN_TITLE_WORDS for w in words)

    return [e for e in entries if not holder(e)]


def without_role_and_name(entries: list[GlossaryEntry]) -> list[GlossaryEntry]:
    """A title or a lower-case noun before a person's name is two terms, not one ("Thủ
    tướng Tony Blair → Prime Minister Tony Blair", "bác sĩ Reginald Humayun → Dr. Reginald
    Humayun"): no gold list of the tuning documents has such an entry, while the name and
    often the title are entries of their own. Known by a listed name, spelt the same in
    both languages, that ends both the Vietnamese and the English; a place before "of"
    stays ("tỉnh Nakhon Sri Thammarat → province of Nakhon Sri Thammarat"). Names
    themselves are left alone: "George W. Bush" ends with a listed "W. Bush" too.
    (Tuning documents: 26 entries fewer, none on a gold list.) An English title or demonym
    the Vietnamese left untranslated before a name is such a role ("Dr. Frank Ryan",
    "Australian Chris McCormack"; session 24, tuning documents: 2 more gold terms). A name
    after "&" or "and" is joined to the words before it, not named by them ("Scottish &
    Southern Energy"; session 33, 48 tuning documents: 2 more gold terms). A title before one
    foreign surname, the same in both, is such an entry whether or not the name is listed
    ("Tổng thống Iloilo → President Iloilo"; session 49: three entries fewer over all
    development documents, none a gold term, one of them proposed on vn3 and read cut)."""
    names = {e.source for e in entries if e.kind == "name"}

    def role_and_name(entry: GlossaryEntry) -> bool:
        words = entry.source.split()
        english = entry.target.split()
        if (  # a title and one foreign name ("Tổng thống Iloilo → President Iloilo"), listed or not
            entry.kind == "title"
            and len(words) >= 2
            and entry.source != entry.target
            and _foreign_surname(words[-1])
            and len(english) >= 2
            and english[-1] == words[-1]
            and english[-2].lower() in EN_TITLE_WORDS
        ):
            return True
        # after a title a surname alone is a person too ("Tổng thống Putin"); after a common
        # noun it often names a thing ("bão Dennis → Hurricane Dennis"): two words at least
        for i in range(1, len(words) if entry.kind == "title" else len(words) - 1):
            name = " ".join(words[i:])
            if (
                name in names
                and words[i - 1] not in _JOINERS  # "Scottish & Southern Energy" is one name
                and all(w[:1].isupper() for w in words[i:])
                and _ends_with_name(entry.target, name)
                and entry.target[: -len(name)].split()[-1:] not in (["of"], ["the"], ["de"])
            ):
                return True
        return False

    return [
        e
        for e in entries
        if not ((e.kind == "title" or e.source[:1].islower() or _descriptor(e.source)) and role_and_name(e))
    ]


def _ends_with_name(target: str, name: str) -> bool:
    """Does the English end in the name, as written or without its marks ("Deputy Minister
    Khai" for "Thứ trưởng Khải": Vietnamese names are written unmarked in English)?"""
    return target.endswith(" " + name) or fold(target).endswith(" " + fold(name))


def _foreign_surname(word: str) -> bool:
    """A capitalised word no Vietnamese syllable spells, not an acronym: a foreign surname."""
    return len(word) >= 4 and word[:1].isupper() and not word.isupper() and foreign(word)


#: words that join two names into one ("Scottish & Southern Energy"), never a role to a name
_JOINERS = frozenset({"&", "and", "và"})


def _descriptor(source: str) -> bool:
    """Does the source open with an English word that describes a person, left untranslated
    in the Vietnamese ("Australian Chris McCormack", "Dr. Frank Ryan")?"""
    first = source.split(None, 1)[0].rstrip(".")
    return first in EN_RANK_ABBREVIATIONS or first.lower() in EN_DEMONYMS or first.lower() in EN_ROLE_WORDS


def without_name_pieces(
    entries: list[GlossaryEntry], sure: float, sentences: Callable[[str], list[str]]
) -> list[GlossaryEntry]:
    """A capitalised entry that the text writes only inside a sure (unflagged) longer
    entry is a piece of that name, not a term of its own ("Chrysler" of "Chrysler
    Concorde", "Red Sox" of "Boston Red Sox"): the guide lists a nested term only when the
    text uses it on its own. Acronyms stay ("NATO" of "Hội nghị thượng đỉnh NATO" is an
    organisation wherever it stands), and a title holds no pieces: a title with a name is
    two terms. The sure entries' word spans are indexed once; a piece is looked for only
    in the sentences its own candidates came from. (Tuning documents: 51 entries fewer,
    one of them a gold term.) Case does not matter: "Môi trường" of "Cơ quan Bảo vệ Môi
    trường" is a word of its own where the text writes "môi trường" (session 22, tuning
    documents: 2 more gold terms, "Môi trường", "Lúa mì"). A name joined by "&" holds its pieces
    even unsure ("Pratt" and "Whitney" of "Pratt & Whitney", "Criminal Intent" of "Law & Order:
    Criminal Intent"; session 66, all 191 rows: 10 entries fewer, no gold term lost)."""
    holders: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        one_name = "&" in entry.source.split()  # "Pratt & Whitney": a name joined by "&" is one unit
        words = entry.source.split() if (entry.score >= sure or one_name) and entry.kind != "title" else []
        for i, j in itertools.combinations(range(len(words) + 1), 2):
            if j - i < len(words):
                holders[" ".join(words[i:j])].append(entry.source)
    out = []
    for entry in entries:
        piece = entry.source[:1].isupper() and not entry.source.isupper() and entry.score < sure
        held = holders.get(entry.source, []) if piece else []
        texts = sentences(entry.source) if held else []
        if texts and all(_inside(text, entry.source, held) for text in texts):
            continue
        out.append(entry)
    return out


def _inside(text: str, piece: str, holders: list[str]) -> bool:
    """Does every occurrence of ``piece`` in ``text`` lie within an occurrence of one of ``holders``?"""
    text, piece = text.lower(), piece.lower()  # "Môi trường" is used alone where "môi trường" is
    covered: set[int] = set()
    for holder in (h.lower() for h in holders):
        offsets = list(whole_word_starts(holder, piece))
        covered.update(h + o for h in whole_word_starts(text, holder) for o in offsets)
    return all(k in covered for k in whole_word_starts(text, piece))


def without_hyphen_pieces(entries: list[GlossaryEntry]) -> list[GlossaryEntry]:
    """An entry whose Vietnamese lies inside another entry's only where a hyphen is read
    as a word break, and which has that entry's English, is a piece of a hyphenated name
    cut out by the word links ("Chicago Sun" of "Chicago Sun-Times", "Prince" and "Port-au"
    of "Port-au-Prince", "Lashkar-e" of "Lashkar-e-Toiba"): the miner's nesting of sources
    with one English reads words at spaces only. Spelling twins ("Tổng đốc", "Tổng-Đốc")
    are the same words and both stay. Entries are compared only within one English.
    (Session 28, tuning documents: 39 entries fewer, all flagged for review, none a gold
    term; applied before the cut, the freed places refilled with 4 more gold terms and one
    more conflict.)"""
    by_target: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        by_target[english_key(entry.target)].append(entry.source)
    return [e for e in entries if not any(_hyphen_piece(e.source, o) for o in by_target[english_key(e.target)])]


def _hyphen_piece(piece: str, whole: str) -> bool:
    """Is ``piece`` inside ``whole`` with hyphens read as spaces, but not with spaces alone?
    Not when the rest of ``whole`` is function syllables: "Taliban-và" is a slip of the
    text's hyphen ("Taliban - và"), and "Taliban" the name."""
    spaced, joined = _hyphen_words(piece), _hyphen_words(whole)
    if spaced == joined or spaced not in joined or f" {piece.lower()} " in f" {whole.lower()} ":
        return False
    rest = joined.replace(spaced, " ", 1).split()
    return not all(w in VI_FUNCTION_SYLLABLES for w in rest)


def _hyphen_words(source: str) -> str:
    """A source, lower case and space-padded, with its hyphens read as word breaks."""
    return " " + re.sub(r"[-\u2013]", " ", source.lower()) + " "


def without_designation_prefixes(
    entries: list[GlossaryEntry], sentences: Callable[[str], list[str]]
) -> list[GlossaryEntry]:
    """An entry the text writes only as the letters of a designation — followed tight by a
    hyphen and a number ("EV" of "EV-71", "F" of "F-16", "NZL" of "NZL-92", "Tu" of
    "Tupolev Tu-154") — is a piece of a model, a strain or a boat, not a term of its own:
    the candidates split names at such a hyphen, so the piece reaches the list (often
    unflagged, as an acronym) beside or instead of the whole. Looked for only in the
    sentences the entry's own candidates came from. The letters are capitals or at most
    three letters long: "polonium" of "polonium-210" is the element, a term of its own.
    (Tuning documents: 11 entries fewer, none a gold term; 5 of them were proposed.)"""
    out = []
    for entry in entries:
        letters = entry.source.split()[-1]
        short = letters.isupper() or (len(letters) <= 3 and letters[:1].isupper())  # not "polonium-210"
        texts = sentences(entry.source) if short else []
        if texts and all(_designation_only(text, entry.source) for text in texts):
            continue
        out.append(entry)
    return out


def _designation_only(text: str, piece: str) -> bool:
    """Is every whole-word occurrence of ``piece`` in ``text`` followed by "-<digit>"?"""
    text, piece = text.lower(), piece.lower()
    starts = list(whole_word_starts(text, piece))
    n = len(piece)
    return bool(starts) and all(re.match(r"-\d", text[k + n : k + n + 2]) for k in starts)

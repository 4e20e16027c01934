"""Which word classes an English word can take, and what the miner asks of them: does a term's
English end in a modifier whose noun was cut off, is a word in -ing after it a verb, and
does it end in a noun and what the noun does ("MPs voting")?

A term's English is a noun phrase, and a noun phrase ends in a noun. The word links cannot
see that: "hải lý → nautical" (of "nautical miles"), "hạt nhân → nuclear", "khí tượng →
meteorological", "chính trị chuyên môn → professional political" pass every test of
agreement, because the projection kept the adjective the Vietnamese noun was rendered by in
that sentence and lost the head beside it. No English tagger works offline here; the
lexicon LemmInflect ships (a word's lemmas by universal part of speech, from the SPECIALIST
lexicon) says which classes a word can take, and for adjectives against nouns it is
reliable ("national", "official", "chemical", "capital" are both). Its verbs are less so: it
knows "dam", "bar" and "vet" only as verbs, and activities such as "fishing" or "trafficking"
only as verbs too. So the one verb test built on it asks of a word in -ing after an English
that the translation table already says ran past its term (``trim._opens_clause``, for the
unexplained-edge cut: "child abuse images circulating"; and a truncated English does not grow
into such a word, ``trim.explained_neighbours``); nothing is cut for being a verb alone.

Measured in session 42 on the tuning documents: of the 73 listed entries whose English ends
in a lower-case word that is an adjective and never a noun, 3 were gold terms (two predicate
concepts, "vô tội → not guilty", "hiệu quả kinh tế → cost-effective", and a quotation);
the rest were such cuts. As four features for the refitted scorer the same cues moved its
out-of-fold recall by +0.002 (0.747 → 0.749) with 3 more conflicts — the trees already rank
most such candidates low — so the miner uses the one strong cue as a rule instead
(``glossary.mining._candidate``).
"""

from __future__ import annotations

import functools
import re

__all__ = [
    "ALNUM",
    "JOINED",
    "JOINED_LETTERS",
    "LETTERS",
    "STARTS_WITH_LETTER",
    "modifier_without_head",
    "names_an_action",
    "plural",
    "singular",
    "subject_and_participle",
    "word_classes",
]

# The shapes of an English word the miner counts or compares, each where it asks (one place
# names them; the tests differ on purpose):
#: letters only: "F-16s" gives "F", "s"; a name's words, a title word, content words
LETTERS = re.compile(r"[^\W\d_]+")
#: letters and digits: "F-16s" gives "F", "16s"; spelling a term's words and numbers
ALNUM = re.compile(r"[^\W_]+")
#: a word with its inner apostrophes and hyphens: "Russia's", "co-owner", "F-16s"
JOINED = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
#: the same without digits: the last word of an English as the lexicon reads it
JOINED_LETTERS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: a word that starts with a letter, digits, apostrophes and hyphens after it ("B-52s")
STARTS_WITH_LETTER = re.compile(r"[^\W\d_][\w'’-]*")


def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """LemmInflect's lemmas of a lower-case word by part of speech (its tables load on
    first use, not at import)."""
    from lemminflect import getAllLemmas

    return dict(getAllLemmas(word)) if word.isalpha() else {}


@functools.lru_cache(maxsize=1 << 16)
def word_classes(word: str) -> frozenset[str]:
    """The universal parts of speech ``word`` (lower case) can have; empty for a word the
    lexicon does not know (a name, a number). A hyphenated word is read by its last part
    ("carbon-emitting" as "emitting")."""
    return frozenset(_lemmas(word.rsplit("-", 1)[-1]))


def modifier_without_head(target: str) -> bool:
    """Does the English end in a lower-case word that is an adjective or an adverb and never
    a noun ("nautical", "professional political", "Iranian nuclear"; "car park below",
    "government officially", "summit in 2007")? A capitalised last word is a name's, which
    the lexicon does not judge. (Adverbs since the session's second run: tuning documents
    +2 gold terms, report-only +5, one conflict fewer.)"""
    words = JOINED_LETTERS.findall(target)
    if not words or not words[-1].islower():
        return False
    classes = word_classes(words[-1])
    return bool(classes & {"ADJ", "ADV"}) and "NOUN" not in classes


def singular(word: str) -> str:
    """A plural's singular as far as its spelling shows, lower case ("parties" → "party",
    "stations" → "station"; "news", "status", "crisis", "class" stay): no lexicon, so the
    same for words LemmInflect does not know. Renderings that differ only in number vote
    together (``mining._number_key``); the translation table, which knows many nouns in one
    form only, is asked for the singular too (``trim.outside_edge_words``)."""
    low = word.lower()
    if len(low) > 4 and low.endswith("ies"):
        return low[:-3] + "y"
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ews")):
        return low[:-1]
    return low


def plural(word: str) -> str:
    """A singular's plural as its spelling makes it, lower case: "+s", or "-y" → "-ies" after a
    consonant ("policy" → "policies", "key" → "keys"); the form ``singular`` undoes."""
    low = word.lower()
    if low.endswith("y") and low[-2:-1] not in tuple("aeiou"):
        return low[:-1] + "ies"
    return low + "s"


def _plural_noun(word: str) -> bool:
    """Is the word a plural noun: "journalists", "parties", "MPs" (not "news", "physics")?"""
    if re.fullmatch(r"[A-Z]{2,}s", word):
        return True
    nouns = _lemmas(word.lower()).get("NOUN", ())
    return bool(nouns) and word.lower() not in nouns


def subject_and_participle(target: str) -> bool:
    """Does the English end in a plural noun and a verb in -ing after it ("MPs voting",
    "journalists working", "countries ratifying")? That is a noun with the clause that tells
    what it does, cut off after its verb; the noun of an action mostly stands after a
    singular modifier ("money laundering", "passive smoking", "holiday shopping"). The miner
    asks it only where the Vietnamese ends in a verb too (``mining._candidate``): a noun of
    action opens on its verb in Vietnamese ("buôn lậu ma túy → narcotics smuggling", a gold
    term of a report-only document, which is how the condition was found). Session 47: 8
    such entries were listed on the tuning documents and 10 on the report-only ones, one a
    gold term (that one); the rule drops 6 and 9, no gold term, and the lists refill."""
    words = JOINED_LETTERS.findall(target)
    if len(words) < 2 or not re.fullmatch(r"[a-z]{2,}ing", words[-1]) or "VERB" not in word_classes(words[-1]):
        return False
    return _plural_noun(words[-2])


#: a noun of action in -ing at an English's end ("bombings", "smoking", "branding")
_ACTION_NOUN = re.compile(r"[a-z]{2}ings?$")


def names_an_action(target: str) -> bool:
    """Does the English end in a noun of action in -ing ("suicide bombings", "passive
    smoking", "branding")? Then a Vietnamese verb before a shorter source with the same
    English ("đánh bom", "hút thuốc", "xây dựng thương hiệu") is that action, part of the
    term (``mining._drop_subsumed``; session 44, tuning documents: +3 gold terms, no
    conflict or entry more; report-only +2)."""
    return bool(_ACTION_NOUN.search(target))

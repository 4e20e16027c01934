"""Vietnamese term candidates in one sentence, always starting and ending on word boundaries.

Five generators, each a pure function of the sentence's tokens:

* capitalised runs (offices, organisations, names) and their sub-runs, each optionally
  extended by up to two lower-case words ("Chủ tịch" + "nước"), with personal names split
  off as their own candidates;
* names of bodies, offices and events that run in lower case after their head ("Ủy ban Hỗ
  trợ nhân quyền của Nga", "viện Khảo sát Địa chất Hoa Kỳ", "Cách mạng Romania năm 1989");
* quoted expressions of up to twelve syllables (“dĩ bất biến ứng vạn biến”);
* enumerations of short items sharing their first syllable, or recurring verbatim
  ("từ sớm, từ xa"), coordinated words with the noun they qualify ("môi trường hòa bình,
  ổn định"), and reduplications ("ưu tiên của ưu tiên");
* stop-word-bounded lower-case n-grams of 2–4 words (kept by the miner only when they
  recur in the document).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from align.text import fold

from .lexicon import (
    QUOTE_PAIRS,
    VI_CLAUSE_OPENERS,
    VI_COMMON_SURNAMES,
    VI_COORDINATORS,
    VI_EVENT_HEADS,
    VI_NOUN_CLASSIFIERS,
    VI_ORG_HEADS,
    VI_PLACES,
    VI_STOP,
    VI_SURNAMES,
    VI_TITLE_HEADS,
)
from .tokens import SENTENCE_OPENERS, Token, closes_quotation, quotation_closer, touching

__all__ = ["Candidate", "candidates", "person_name_spans", "words_of"]


@dataclass(frozen=True)
class Candidate:
    first: int  # first token (syllable) index
    last: int  # last token index, inclusive
    origin: str  # "caps", "caps-frag" (a cut through a name), "caps+" (with a
    # lower-case word), "name", "quote", "enum", "coord" (coordinated words),
    # "redup", "ngram" (noun-headed), "ngram-v" (other n-grams),
    # "word" (a compound noun), "word-v" (a compound verb or adjective)


def words_of(tokens: list[Token]) -> list[tuple[int, int]]:
    """(first token, last token) of every word. The segmenter sometimes glues a foreign
    name to the Vietnamese capitalised word before it ("Mỹ_Al_Martino", "người Mỹ" + a
    name): a word never continues from a Vietnamese syllable into a foreign one."""
    out: list[tuple[int, int]] = []
    for k, tok in enumerate(tokens):
        if out and tokens[out[-1][0]].word == tok.word and not (k and _into_foreign(tokens[k - 1], tok)):
            out[-1] = (out[-1][0], k)
        else:
            out.append((k, k))
    return out


def _into_foreign(before: Token, token: Token) -> bool:
    """A capitalised Vietnamese syllable followed by a capitalised foreign word (not an
    acronym): where a place or a title ends and a foreign name starts."""
    return (
        before.text[:1].isupper()
        and before.text.isalpha()
        and not foreign(before.text)
        and token.text[:1].isupper()
        and foreign(token.text)
        and not token.text.isupper()
    )


def _word_text(tokens: list[Token], span: tuple[int, int]) -> str:
    return "_".join(t.text for t in tokens[span[0] : span[1] + 1])


def _is_capital(tokens: list[Token], span: tuple[int, int]) -> bool:
    """Capitalised — but a sentence's first word only counts when it heads an office or an
    organisation ("Bộ Ngoại giao cần…") or opens a place the lexicon knows ("Ai Cập đã…"),
    not when it merely starts the sentence ("Tham gia…")."""
    first = tokens[span[0]].text
    if _camel_case(first):
        return True  # "iPhone", "eBay": a brand is capitalised inside
    if not first[:1].isupper():
        return False
    if span[0] == 0 or (span[0] > 0 and tokens[span[0] - 1].text in ".!?…"):
        return first in VI_SURNAMES or foreign(first) or _starts_head(tokens, span[0]) or _place_at(tokens, span[0])
    return True


def _camel_case(text: str) -> bool:
    """A brand written with a capital inside a lower-case start ("iPhone", "eBay", "iPod"):
    a name wherever it stands, though no capital opens it."""
    return text.isalpha() and text[:1].islower() and any(ch.isupper() for ch in text[1:]) and foreign(text)


#: The shape of a Vietnamese syllable with its marks folded away: an initial consonant (or
#: none), one to three vowels, a final consonant (or none).
_VI_SYLLABLE = re.compile(r"(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|nh|ng|[cmnpt])?")


def foreign(text: str) -> bool:
    """A word that cannot be a Vietnamese syllable ("Massa", "Kroes", "Tony", "Hollywood";
    not "Nga", "Tuy", "Hà"), or an acronym ("CEO", "WHO"): a foreign name, and evidence of
    a name even where capitals prove nothing — at a sentence's start. Vietnamese writes
    "k", never "c", before e, i and y ("Cecilia" is foreign)."""
    if not text.isalpha():
        return False
    if _abbreviation(text):
        return True
    folded = fold(text).lower()
    return not _VI_SYLLABLE.fullmatch(folded) or re.match(r"c[eiy]", folded) is not None


def _abbreviation(text: str) -> bool:
    """Two or more capitals and nothing else: "UBND", "TP", "HĐND", "CEO" (not "J" of "J.
    Fallon")."""
    return len(text) > 1 and text.isalpha() and text.isupper()


def _initial_dot(tokens: list[Token], k: int) -> bool:
    """A full stop written tight after an initial or a short abbreviation ("W.", "St.")."""
    return (
        tokens[k].text == "." and touching(tokens, k) and re.fullmatch(r"[A-Z][a-z]?", tokens[k - 1].text) is not None
    )


#: Lower-case words that join the parts of a foreign name.
_NAME_PARTICLES = frozenset("of de van von der den la le du del da di dos al bin and for on the".split())


#: the particles of foreign names that are no Vietnamese syllable ("la", "du", "da", "di" are)
_FOREIGN_PARTICLES = frozenset("of de des der den del dos das von and for the".split())


def _foreign_particle(tokens: list[Token], span: tuple[int, int]) -> bool:
    """A foreign name's lower-case particle: inside a name or at its start, never its end."""
    return _word_text(tokens, span) in _FOREIGN_PARTICLES


def _name_joiner(tokens: list[Token], words: list[tuple[int, int]], w: int) -> bool:
    """ "&" between two capitalised words, or a foreign name's particle ("of", "de", "van")
    next to a foreign word: part of the name, not its end."""
    text = _word_text(tokens, words[w])
    if text == "&":
        return True
    before, after = tokens[words[w - 1][1]].text, tokens[words[w + 1][0]].text
    return text in _NAME_PARTICLES and (foreign(before) or foreign(after))


def _tight(tokens: list[Token], k: int) -> bool:
    """Token k is written with no space on either side, between two other tokens."""
    return k < len(tokens) - 1 and touching(tokens, k) and touching(tokens, k + 1)


def _apostrophe(tokens: list[Token], k: int) -> bool:
    """An apostrophe written tight inside a name: "O'Brien", "Lord's"."""
    return (
        tokens[k].text in ("'", "’")
        and _tight(tokens, k)
        and tokens[k - 1].text[:1].isupper()
        and (tokens[k + 1].text[:1].isupper() or tokens[k + 1].text == "s")
    )


#: the marks that join two names into one: a hyphen, and the en dash careful typesetting puts
#: between the two ends of a road or railway ("Thủ Thiêm – Long Thành")
_NAME_DASHES = frozenset({"-", "–"})


def _name_hyphen(tokens: list[Token], k: int) -> bool:
    """A hyphen written tight after a capitalised word, or tight between a word and a
    capitalised one: one name ("Berners-Lee", "Ding-Dong", "Port-au-Prince", "Ahl-e-Hadith");
    or spaced between two capitalised words, as Vietnamese joins the two names of one
    province, port or road ("Bà Rịa - Vũng Tàu", "Cái Mép - Thị Vải", "Cần Thơ - Cà Mau")."""
    if tokens[k].text not in _NAME_DASHES or not 0 < k < len(tokens) - 1:
        return False
    after = tokens[k + 1].text
    if not after.isalpha() or after in _HONORIFICS:  # "đài BBC-Ông Tony Hall": a dash, not a name
        return False
    if not _tight(tokens, k):
        return _proper_word(tokens, k - 1, -1) and _proper_word(tokens, k + 1, 1)
    return tokens[k - 1].text[:1].isupper() or (tokens[k - 1].text.isalpha() and after[:1].isupper())


def _proper_word(tokens: list[Token], k: int, step: int) -> bool:
    """Does a proper noun reach token k from the side of ``step`` — two capitalised syllables
    of one word there, or one the tagger calls a proper noun, no acronym? So no dash between
    a dateline or a parenthesis and the sentence after it joins a name ("Úc - Hàng_ngàn
    người", "Hoa Kỳ - Tuần này", "NATO - Jaap"). The tagger alone will not do: it reads
    "Vũng_Tàu" as a verb after a dash (and pyvi glues a verb to it: "Vũng_Tàu_nối")."""

    def proper(t: Token) -> bool:
        return t.text.isalpha() and t.text[:1].isupper() and not t.text.isupper()

    if not proper(tokens[k]):
        return False
    j = k + step
    two = 0 <= j < len(tokens) and tokens[j].word == tokens[k].word and proper(tokens[j])
    return two or tokens[k].tag == "Np"


#: the endings of a web address a name may carry ("Clusty.com", written "Clusty. com" too)
_DOMAINS = frozenset("com org net info gov edu int co uk au ca nz".split())


def _domain_dot(tokens: list[Token], words: list[tuple[int, int]], w: int) -> bool:
    """Is word w the dot of a site's name, tight after a capitalised foreign word and before
    a domain ending ("Clusty. com", "FreeMediaOnline. org")? The Vietnamese text often puts
    a space after it; the site is still one name, spelt as in the English."""
    if not 0 < w < len(words) - 1 or _word_text(tokens, words[w]) != "." or not touching(tokens, words[w][0]):
        return False
    before = _word_text(tokens, words[w - 1])
    return before[:1].isupper() and foreign(before) and _word_text(tokens, words[w + 1]) in _DOMAINS


def _subtitle_colon(tokens: list[Token], words: list[tuple[int, int]], w: int) -> bool:
    """Is word w the colon of a title with a subtitle — written tight after a foreign word
    and followed by two capitalised foreign words ("Galactic Civilizations II: Dark
    Avatar")? A colon after a Vietnamese word opens a quotation or a list, and one after a
    single name cites a source."""
    if not 0 < w < len(words) - 1 or _word_text(tokens, words[w]) != ":" or not touching(tokens, words[w][0]):
        return False
    k = words[w][0]  # tokens, not words: the segmenter may glue "Dark_Avatar" into one
    if k < 2 or k + 2 >= len(tokens):
        return False
    # a title of two words before it ("&" may join them), not a source ("BBC: Tony Blair nói")
    before = tokens[k - 2].text == "&" or _foreign_capital(tokens[k - 2].text)
    return before and all(_foreign_capital(tokens[j].text) for j in (k - 1, k + 1, k + 2))


def _foreign_capital(text: str) -> bool:
    return text[:1].isupper() and foreign(text)


def _comma_initials(tokens: list[Token], words: list[tuple[int, int]], w: int) -> bool:
    """Is word w the comma of "Washington, D. C.": after a capitalised foreign word and
    before initials with their full stops? The comma belongs to the place's name."""
    if not 0 < w < len(words) - 2 or _word_text(tokens, words[w]) != ",":
        return False
    before, initial = _word_text(tokens, words[w - 1]), words[w + 1]
    return (
        before[:1].isupper()
        and foreign(before)
        and re.fullmatch(r"[A-Z]", _word_text(tokens, initial)) is not None
        and _initial_dot(tokens, words[w + 2][0])
    )


def _name_punctuation(tokens: list[Token], words: list[tuple[int, int]], w: int) -> bool:
    """Is word w a mark inside one name: a site's dot or the domain after it ("Clusty.
    com", "TotalGaming.net"), a subtitle's colon ("Law & Order: Criminal Intent"), the
    comma of "Washington, D. C."?"""
    return (
        _domain_dot(tokens, words, w)
        or _domain_dot(tokens, words, w - 1)
        or _subtitle_colon(tokens, words, w)
        or _comma_initials(tokens, words, w)
    )


def _glued(tokens: list[Token], words: list[tuple[int, int]], w: int) -> bool:
    """Is word w a hyphen, an apostrophe or an ampersand holding a name together?"""
    return 0 <= w < len(words) and (
        _name_hyphen(tokens, words[w][0]) or _apostrophe(tokens, words[w][0]) or _tight_ampersand(tokens, words[w][0])
    )


def _tight_ampersand(tokens: list[Token], k: int) -> bool:
    """An ampersand written tight between two letters or digits: one abbreviation ("AT&T",
    "S&P", "Bộ GD&ĐT" — giáo dục và đào tạo, education and training), no piece of which is
    a name of its own ("ĐT" was listed as "MOET")."""
    return (
        tokens[k].text == "&"
        and 0 < k < len(tokens) - 1
        and _tight(tokens, k)
        and tokens[k - 1].text[-1:].isalnum()
        and tokens[k + 1].text[:1].isalnum()
    )


def _is_punct(tokens: list[Token], span: tuple[int, int]) -> bool:
    return all(t.is_punct for t in tokens[span[0] : span[1] + 1])


def _is_stop(tokens: list[Token], span: tuple[int, int]) -> bool:
    return _word_text(tokens, span).lower() in VI_STOP


_PLACES = {tuple(p.split("_")) for p in VI_PLACES}


def _place_at(tokens: list[Token], k: int) -> bool:
    """Does a place whose first syllable is a surname start at token k ("Châu Âu")?"""
    texts = tuple(t.text for t in tokens[k : k + 4])
    return any(texts[: len(p)] == p for p in _PLACES)


#: Words that name what kind of place follows: "thành phố Vũ Hán" is Wuhan, not a person.
_PLACE_CLASSIFIERS = frozenset(
    "thành_phố tỉnh thủ_đô quận huyện xã bang vùng đảo sông núi hồ miền thị_trấn làng phố đường cảng "
    "thị_xã khu đại_lộ quần_đảo bán_đảo eo_biển vịnh biển phường thôn ấp xóm".split()
)


def _after_place_word(tokens: list[Token], k: int) -> bool:
    if k == 0:
        return False
    word = tokens[k - 1].word
    first = k - 1
    while first > 0 and tokens[first - 1].word == word:
        first -= 1
    return "_".join(t.text.lower() for t in tokens[first:k]) in _PLACE_CLASSIFIERS


def _inside_proper_noun(tokens: list[Token], k: int) -> bool:
    """Is the surname-like syllable at k the middle of a name: written tight after a
    capitalised syllable tagged as a proper noun ("Bồ Đào Nha" is Portugal, not a person
    "Đào Nha")? An honorific before a name is tagged otherwise ("Ông Trần")."""
    if k == 0:
        return False
    before = tokens[k - 1]
    tight = tokens[k].start == before.end + 1
    # a common surname opening its own word starts a name after a place: "Chủ tịch UBND TP Hà
    # Nội Trần Sỹ Thanh", "Thành phố Hồ Chí Minh Phan Văn Mãi" (a rare one — "Thủy Quân Lục
    # Chiến" — stays inside)
    own_word = tokens[k].word != before.word
    after_name = own_word and (tokens[k].text in VI_COMMON_SURNAMES or _full_name_word(tokens, k))
    return before.tag == "Np" and before.text[:1].isupper() and before.text.isalpha() and tight and not after_name


def _full_name_word(tokens: list[Token], k: int) -> bool:
    """Does a rarer surname at k open a word of its own that the segmenter made of three or
    four capitalised syllables, a full name's shape ("Lâm_Văn_Thịnh" after "Cần_Thơ" in "Chủ
    tịch UBND TP Cần Thơ Lâm Văn Thịnh")? A place the segmenter knows is one word with the
    syllables before it ("Bồ_Đào_Nha")."""
    if tokens[k].text not in VI_SURNAMES:
        return False
    word = [t for t in tokens[k : k + 5] if t.word == tokens[k].word]
    return 3 <= len(word) <= 4 and all(t.text[:1].isupper() and t.text.isalpha() for t in word)


def _opens_a_title(tokens: list[Token], k: int) -> bool:
    """Does a capital at k open a title with the lower-case syllable after it ("Luật sư" of
    "Đoàn Luật sư TP Hà Nội", the city's bar association, not a person "Đoàn Luật")? No
    given name runs on into a lower-case syllable."""
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].text.isalpha()
        and tokens[k + 1].text.islower()
        and f"{tokens[k].text} {tokens[k + 1].text}".lower() in _TITLE_HEADS
    )


def person_name_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """Runs of 2–4 capitalised single syllables starting with a Vietnamese surname."""
    spans = []
    k = 0
    while k < len(tokens):
        if (
            tokens[k].text in VI_SURNAMES
            and not _place_at(tokens, k)
            and not _after_place_word(tokens, k)
            and not _inside_proper_noun(tokens, k)
            and not _second_end(tokens, k)
        ):
            end = k
            while (
                end + 1 < len(tokens)
                and end - k < 3
                and tokens[end + 1].text[:1].isupper()
                and tokens[end + 1].text.isalpha()
                and not foreign(tokens[end + 1].text)  # "Châu Âu | Neelie Kroes"
                and tokens[end + 1].start == tokens[end].end + 1
                and not _opens_a_title(tokens, end + 1)
            ):
                end += 1
            if end > k and not _word_runs_on(tokens, k, end):
                spans.append((k, end))
                k = end + 1
                continue
        k += 1
    return spans


def _second_end(tokens: list[Token], k: int) -> bool:
    """Does token k follow a dash that joins two names into one — the second end of a
    route or a paired place ("tuyến Cát Linh – Hà Đông", "Lào Cai – Hà Nội")? Its surname
    ("Hà") opens no person. A dash after a name that opens the sentence is a dateline's
    ("Hà Nội – Nguyễn Văn A cho biết"), and leaves the person alone."""
    if k < 2 or not _name_hyphen(tokens, k - 1):
        return False
    j = k - 2
    while j >= 0 and tokens[j].text[:1].isupper():
        j -= 1
    return j >= 0 and not tokens[j].is_punct


def _word_runs_on(tokens: list[Token], first: int, end: int) -> bool:
    """Is the whole run one word of the segmenter's that goes on into a lower-case
    syllable? Then the capitals are a word's, not a person's name: "Nông Lâm" of
    "Nông_Lâm_nghiệp" (agriculture and forestry, in "Viện Khoa học Kỹ thuật Nông Lâm nghiệp
    Tây Nguyên"). A word that only starts at the name's last syllable ("Trần Văn
    Bình_thường xuyên") leaves the name alone."""
    after = end + 1
    return after < len(tokens) and tokens[after].word == tokens[first].word and tokens[after].text[:1].islower()


_NAME_OPENER_BLOCKERS = SENTENCE_OPENERS | {";"}  # and a clause after a semicolon


def _name_opening_stop(tokens: list[Token], words: list[tuple[int, int]], w: int) -> bool:
    """A function word capitalised inside a sentence, before another capitalised word,
    opens a name: "ở Ai Cập" (Egypt; "ai" is "who"), "cầu thủ Theo Walcott" ("theo" is
    "according to"). At a sentence's or a quotation's start it proves nothing ("Theo
    Reuters"), but for a place the lexicon knows ("Ai Cập")."""
    first = words[w][0]
    if _place_at(tokens, first):
        return True
    return (
        first > 0
        and tokens[first - 1].text not in _NAME_OPENER_BLOCKERS
        and w + 1 < len(words)
        and _is_capital(tokens, words[w + 1])
        and not _is_punct(tokens, words[w + 1])
    )


def _nicknames(tokens: list[Token]) -> frozenset[int]:
    """The tokens of nicknames quoted inside a foreign name, quotation marks included
    (Billy "Cyborg" Evangelista, Pat "Bam Bam" Healy): a capitalised word, a space, a
    quotation mark tight before one to three words of which one is capitalised, its closing
    mark tight after them, a space and another capitalised word — one of them foreign
    ("Pat" could be a Vietnamese syllable). Such a name is one name in both languages; the
    quotation is no set phrase of its own."""
    inside: set[int] = set()
    for k, tok in enumerate(tokens):
        close = QUOTE_PAIRS.get(tok.text)
        if close is None or k == 0 or touching(tokens, k) or not tokens[k - 1].text[:1].isupper():
            continue
        for e in range(k + 2, min(len(tokens) - 1, k + 5)):
            if tokens[e].text == close:
                quoted = tokens[k + 1 : e]
                if (
                    touching(tokens, k + 1)
                    and touching(tokens, e)
                    and not touching(tokens, e + 1)
                    and tokens[e + 1].text[:1].isupper()
                    and all(t.text.isalpha() for t in quoted)
                    and any(t.text[:1].isupper() for t in quoted)
                    and any(foreign(t.text) for t in (tokens[k - 1], *quoted, tokens[e + 1]))
                ):
                    inside.update(range(k, e + 1))
                break
    return frozenset(inside)


def _capital_runs(
    tokens: list[Token], words: list[tuple[int, int]], nicknames: frozenset[int]
) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words (as word indices), not crossing punctuation and
    not starting with a function word ("Như Tổng Bí thư"). One lower-case content word of
    at most two syllables between capitalised words belongs to the run, as in "Phó
    Trưởng ban Thường trực" where Vietnamese capitalises only the name's first syllable."""

    def capital(w: int) -> bool:
        return _is_capital(tokens, words[w]) and not _is_punct(tokens, words[w])

    def number(w: int) -> bool:
        return tokens[words[w][0]].text[:1].isdigit()

    def bridge(w: int) -> bool:
        span = words[w]
        if span[0] in nicknames:
            return True  # Pat "Bam Bam" Healy
        if w > 0 and number(w):
            return True  # "Nghị quyết 18", "Hội nghị Ngoại giao 32", "Thế vận hội Mùa hè 2008" (inside a run)
        if 0 < w < len(words) - 1 and tokens[span[0]].text == "số" and number(w + 1):
            return True  # "Nghị quyết số 18-NQ/TW"
        if 0 < w < len(words) - 1 and _initial_dot(tokens, span[0]) and capital(w + 1):
            return True  # "George W. Bush", "St. Cloud"
        if _glued(tokens, words, w) or _glued(tokens, words, w - 1):
            return True  # "O'Brien", "Lord's", "Berners-Lee", "Lung-pin": the mark and the word after it
        if 0 < w < len(words) - 1 and _name_joiner(tokens, words, w) and capital(w + 1):
            return True  # "S&P 500", "Hallmark Hall of Fame", "Jaap de Hoop Scheffer"
        if _name_punctuation(tokens, words, w):
            return True  # "Clusty. com", "Galactic Civilizations II: Dark Avatar", "Washington, D. C."
        # a lower-case noun inside a name: "Phó Trưởng ban Thường trực", "Chủ tịch nước Lương Cường"
        return (
            0 < w < len(words) - 1
            and not capital(w)
            and not _is_punct(tokens, span)
            and not _is_stop(tokens, span)
            and span[1] - span[0] < 2
            and capital(w - 1)
            and tokens[span[0]].tag in ("N", "Nc", "Np", "")
            and ((capital(w + 1) and not _camel_case(tokens[words[w + 1][0]].text)) or number(w + 1))
        )

    runs, start = [], None
    for w in range(len(words)):
        inside = capital(w) or (start is not None and bridge(w))
        if inside and start is None and _is_stop(tokens, words[w]) and not _name_opening_stop(tokens, words, w):
            inside = False
        if inside:
            if start is None:
                start = w
        else:
            if start is not None:
                runs.append((start, w - 1))
            start = None
    if start is not None:
        runs.append((start, len(words) - 1))
    return runs


_ORG_HEADS = frozenset(h.replace("_", " ").lower() for h in VI_ORG_HEADS)
_TITLE_HEADS = frozenset(h.replace("_", " ").lower() for h in VI_TITLE_HEADS)
_HEADS = tuple(sorted(_TITLE_HEADS | _ORG_HEADS, key=len, reverse=True))


def _by_first_syllable(heads: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Heads indexed by their first syllable, longest first: a word is looked up, not
    compared with every head."""
    index: dict[str, list[str]] = {}
    for h in heads:
        index.setdefault(h.split()[0], []).append(h)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def _head_at(index: dict[str, tuple[str, ...]], tokens: list[Token], k: int) -> str | None:
    """The longest head of ``index`` that starts at token k, in any case."""
    heads = index.get(tokens[k].text.lower())
    if not heads:
        return None
    following = " ".join(t.text for t in tokens[k : k + 4]).lower()
    return next((h for h in heads if following == h or following.startswith(h + " ")), None)


_HEAD_INDEX = _by_first_syllable(_HEADS)


def _after_a_title(tokens: list[Token], k: int) -> bool:
    """Does a title or a capitalised word end right before token k ("Giám đốc | Sở …",
    "Chủ nhiệm Văn phòng | Quốc hội …")?"""
    if k == 0:
        return False
    j = k - 1
    while j > 0 and tokens[j - 1].word == tokens[k - 1].word:
        j -= 1  # the first syllable of the word before
    return tokens[j].text[:1].isupper() or any(
        " ".join(t.text for t in tokens[k - n : k]).lower() in _TITLE_HEADS for n in range(1, min(k, 3) + 1)
    )


def _named_after(tokens: list[Token], cand: Candidate, names: list[tuple[int, int]]) -> bool:
    """Is the candidate a body's name that ends in the name of the person it is named after
    ("Học viện Chính trị quốc gia Hồ Chí Minh", Ho Chi Minh National Academy of Politics)?
    Only a name bounded by a capital, opening on a body's head (not a title's: "Bộ trưởng
    Ngoại giao Bùi Thanh Sơn" is the minister and his name) that no title stands before
    ("Giám đốc Sở Nông nghiệp và Môi trường Trịnh Văn Lợi" is the director), with every
    personal name inside it the one it ends on."""
    if (
        cand.origin != "caps"
        or _head_at(_HEAD_INDEX, tokens, cand.first) not in _ORG_HEADS
        or _after_a_title(tokens, cand.first)
    ):
        return False
    inside = [(a, b) for a, b in names if cand.first <= b and a <= cand.last]
    return len(inside) == 1 and inside[0][1] == cand.last and inside[0][0] > cand.first


def _starts_head(tokens: list[Token], k: int) -> bool:
    """Does a capitalised title or organisation head word start at token k ("Ban", "Bộ
    trưởng", "Văn phòng")? Its later syllables may be capitalised too ("Hội Đồng Thương
    Mại", "Cơ Quan"), and the segmenter may have split it into syllables: both still head
    a name, also at a sentence's start, where capitals alone prove nothing."""
    return tokens[k].text[:1].isupper() and _head_at(_HEAD_INDEX, tokens, k) is not None and not _inside_head(tokens, k)


def _inside_head(tokens: list[Token], k: int) -> bool:
    """Is token k inside a longer head that starts before it ("Tổ chức" of "Ban Tổ chức",
    the organising committee, is no head of its own)?"""
    for j in range(max(0, k - 3), k):
        head = _head_at(_HEAD_INDEX, tokens, j)
        if head is not None and j + head.count(" ") >= k and tokens[j].text[:1].isupper():
            return True
    return False


#: Honorifics written before a name, capitalised mid-sentence: never part of one.
_HONORIFICS = frozenset("Ngài Ông Bà Quý_ông Quý_bà".split())


def _foreign_name_starts(
    tokens: list[Token], words: list[tuple[int, int]], w: int, last: int, after_title: bool = False
) -> bool:
    """Two foreign words after a Vietnamese capitalised one start a foreign person's name:
    "Ủy viên Châu Âu | Neelie Kroes" (but "Đại học Harvard" stays one name). With
    ``after_title`` (inside a capitalised run) the Vietnamese word before may be in lower
    case — a title's second syllable ("Đô đốc | William J. Fallon", "Đội trưởng | Rob Jones
    Cook") — and the name's second word an initial or a hyphen's part ("James B. Zagel",
    "Jhy-wey Hsieh"): the guide lists a title and a name as two terms."""

    def foreign_word(k: int) -> bool:
        a, b = words[k]
        return all(tokens[x].text[:1].isupper() and foreign(tokens[x].text) for x in range(a, b + 1))

    before, (a, b) = words[w - 1], words[w]
    previous = tokens[before[1]].text
    lower_title = after_title and previous.isalpha() and previous[:1].islower()

    def second(k: int) -> bool:
        if k > last:
            return False
        if foreign_word(k):
            return True
        dot = words[k][0] + 1
        return lower_title and ((dot < len(tokens) and _initial_dot(tokens, dot)) or _glued(tokens, words, k))

    return (
        foreign_word(w)
        and not _abbreviation(tokens[a].text)  # "Chủ tịch | UBND TP Cần Thơ" opens no name ("Mac OS X" may hold one)
        and (b > a or second(w + 1))  # two foreign words, in one segment or two
        and (previous[:1].isupper() or lower_title)
        and not foreign(previous)
        and previous.lower() not in _NAME_PARTICLES  # "The | Oprah Winfrey Network" is one name
    )


def _caps(tokens, words, runs: list[tuple[int, int]], nicknames: frozenset[int]) -> list[Candidate]:
    names = person_name_spans(tokens)
    name_starts = dict(names)
    out = [Candidate(a, b, "name") for a, b in names]
    word_of_token = {k: w for w, (a, b) in enumerate(words) for k in range(a, b + 1)}
    for r0, r1 in runs:
        # cut the run before any personal name: "Bộ trưởng Ngoại giao | Bùi Thanh Sơn"
        pieces, start, after_lower_title = [], r0, False
        for w in range(r0, r1 + 1):
            if _word_text(tokens, words[w]) in _HONORIFICS:
                if w > start:
                    pieces.append((start, w - 1))  # "World Wide Web | Ngài | Tim Berners-Lee"
                out.append(Candidate(words[w][0], words[w][1], "caps"))  # "Ngài" → "Sir", a title
                start = w + 1
                continue
            if w > start and _foreign_name_starts(tokens, words, w, r1, after_title=True):
                pieces.append((start, w - 1))  # "Ủy viên Châu Âu | Neelie Kroes", "Đô đốc | William J. Fallon"
                start = w
                after_lower_title = after_lower_title or tokens[words[w - 1][1]].text[:1].islower()
            if words[w][0] in name_starts:
                if w > start:
                    pieces.append((start, w - 1))
                start = word_of_token[name_starts[words[w][0]]] + 1
        if start <= r1:
            pieces.append((start, r1))
        out.extend(c for c in (_tail_person(tokens, words, p0, p1) for p0, p1 in pieces) if c is not None)
        for p0, p1 in pieces:
            out.extend(_piece_names(tokens, words, p0, p1, name_starts, nicknames))
        if after_lower_title:  # spans across that cut stay fragments ("Đô đốc William" of "Đô đốc | William J. Fallon")
            out.extend(_piece_names(tokens, words, r0, r1, name_starts, nicknames))
    return out


def _document_number(tokens: list[Token], words: list[tuple[int, int]], w: int) -> bool:
    """Does word w open a document's number ("số 35/2024/QH15")? The name before it is
    whole: "Luật Đường bộ" of "Luật Đường bộ số 35/2024/QH15" (Law on Roads) is the law, cut
    from its number, not a piece of a name."""
    return w + 1 < len(words) and _word_text(tokens, words[w]) == "số" and tokens[words[w + 1][0]].text[:1].isdigit()


def _piece_names(
    tokens: list[Token],
    words: list[tuple[int, int]],
    p0: int,
    p1: int,
    name_starts: dict[int, int],
    nicknames: frozenset[int],
) -> list[Candidate]:
    """Every name a piece of a capitalised run holds: its sub-spans that start and end on
    a name word, "caps" where they start and end where the piece or a head does, else
    "caps-frag"; and the piece continued by one lower-case word ("caps+"). No name starts
    or ends inside a quoted nickname (``nicknames``: Pat "Bam Bam" Healy)."""
    found: list[Candidate] = []
    for a in range(p0, p1 + 1):
        if not _is_capital(tokens, words[a]) or _glued(tokens, words, a - 1) or words[a][0] in nicknames:
            continue  # no name starts inside "Berners-Lee"
        shortest = a
        if _is_stop(tokens, words[a]):
            if not _name_opening_stop(tokens, words, a):
                continue
            shortest = a + 1  # "Ai Cập", but "Ai" alone is "who"
        for b in range(shortest, min(p1, a + 7) + 1):
            if (
                _is_punct(tokens, words[b])
                or _word_text(tokens, words[b]) in _NAME_PARTICLES
                or words[b][1] in nicknames
            ):
                continue  # an initial's full stop, "&" or "of" ends no name
            if b < p1 and _glued(tokens, words, b + 1):
                continue  # nor does "Tim Berners" of "Tim Berners-Lee"
            # a whole piece, or a part cut where a title or an organisation starts
            # ("Phó Trưởng ban Thường trực | Ban Tổ chức Trung ương"), is a name;
            # any other cut ("Tổ chức Trung ương") is a fragment
            starts = a == p0 or _starts_head(tokens, words[a][0])
            ends = b == p1 or _starts_head(tokens, words[b + 1][0]) or _document_number(tokens, words, b + 1)
            found.append(Candidate(words[a][0], words[b][1], "caps" if starts and ends else "caps-frag"))
        # one lower-case word that continues the name: "Chủ tịch" + "nước"
        e = p1 + 1
        if (
            e < len(words)
            and not _is_punct(tokens, words[e])
            and not _is_capital(tokens, words[e])
            and not _is_stop(tokens, words[e])
            and words[e][1] - words[e][0] < 2
            and tokens[words[e][0]].tag in ("N", "Nc", "Np", "")
            and words[e][0] not in name_starts
        ):
            found.append(Candidate(words[a][0], words[e][1], "caps+"))
    return found


def _name_units(tokens: list[Token], first: int, last: int) -> list[tuple[int, int]]:
    """Tokens first..last as name units (token spans): a name's hyphen or apostrophe
    (``_name_hyphen``, ``_apostrophe``) holds it together ("Lung-pin", "O'Brien").
    Syllables, not the segmenter's words: it glues a Vietnamese-looking foreign syllable to
    a place ("Bắc_Kinh_Deng")."""

    def glue(k: int) -> bool:
        return first < k < len(tokens) - 1 and _tight(tokens, k) and (_name_hyphen(tokens, k) or _apostrophe(tokens, k))

    units: list[tuple[int, int]] = []
    for k in range(first, last + 1):
        if units and (glue(k) or glue(k - 1)):
            units[-1] = (units[-1][0], k)
        else:
            units.append((k, k))
    return units


def _tail_person(tokens: list[Token], words: list[tuple[int, int]], p0: int, p1: int) -> Candidate | None:
    """A two-part foreign person's name written right after a place or a body, with no
    comma: "Sở Y tế Bắc Kinh | Deng Xiaohong", "Thị trưởng Đài Bắc | Lung-pin Hau". Both
    parts are capitalised, one of them foreign ("Xiaohong") or glued ("Lung-pin") — not an
    acronym, which is a body's ("Hội đồng Bảo an LHQ") — and what comes before them is
    Vietnamese or a number ("New South Wales" ends in no person). The run's own
    candidates stay: this one is offered beside them."""
    units = _name_units(tokens, words[p0][0], words[p1][1])
    if len(units) < 3:
        return None
    (b0, b1), (f0, f1), (l0, l1) = units[-3:]

    def part(u0: int, u1: int) -> bool:
        return tokens[u0].text[:1].isupper() and tokens[u0].text.isalpha() and tokens[u1].text.isalpha()

    def foreign_part(u0: int, u1: int) -> bool:
        return u1 > u0 or (foreign(tokens[u0].text) and not tokens[u0].text.isupper())

    before = tokens[b1].text
    if not (part(f0, f1) and part(l0, l1) and (foreign_part(f0, f1) or foreign_part(l0, l1))):
        return None
    if not (before[:1].isdigit() or (before[:1].isupper() and b0 == b1 and not foreign(before))):
        return None
    return Candidate(f0, l1, "name")


#: Words an organisation's or office's name runs through in lower case: "Liên minh các nhà
#: báo của Nga", "Cơ quan liên bang về Báo chí và Truyền thông", "Hội đồng lập pháp thứ 38".
_NAME_INNER = frozenset({"của", "và", "các", "về", "thứ"})

#: Head words that are everyday words in lower case ("vụ" case, "ban" section, "hội"
#: association or chance): only capitalised do they head a name.
_CAPITAL_ONLY_HEADS = frozenset(
    {"ban", "vụ", "hội", "báo", "đài", "sở", "trường", "nhà nước", "tổ chức", "lực lượng", "bệnh viện", "sân bay",
     "nhà thờ", "chương trình", "hải quân", "nghị viện", "khách sạn", "nhà hát", "công an", "phòng", "thanh tra",
     "kiểm toán", "bộ đội"}
)  # fmt: skip

_EVENT_HEADS = tuple(h.replace("_", " ").lower() for h in VI_EVENT_HEADS)

_LOWER_HEAD_INDEX = _by_first_syllable(tuple(h for h in (*_HEADS, *_EVENT_HEADS) if h not in _CAPITAL_ONLY_HEADS))

#: syllables (and marks) a headed name spans at most: twelve until session 54, which cut long
#: official names ("Công ty Vận hành hệ thống điện và thị trường điện Quốc gia", thirteen;
#: "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", fifteen)
_HEADED_REACH = 16


def _head_length(tokens: list[Token], k: int) -> int:
    """How many syllables of a title, organisation or event head start at token k, in lower
    case ("viện", "phát ngôn viên", "đạo luật"); 0 when none does."""
    head = _head_at(_LOWER_HEAD_INDEX, tokens, k)
    return 0 if head is None else head.count(" ") + 1


def _second_body(tokens: list[Token], words: list[tuple[int, int]], w: int) -> bool:
    """Does what follows "và" at word w start another body ("và Bộ Quốc phòng", "và các cơ
    quan báo chí") rather than continue this one's name ("và nghệ thuật điện ảnh")?"""
    first = words[w][0]
    return _is_stop(tokens, words[w]) or _starts_head(tokens, first) or bool(_head_length(tokens, first))


def _headed_names(tokens, words) -> list[Candidate]:
    """Organisation and office names Vietnamese writes in lower case after their head.
    Vietnamese capitalises a name's first syllable only, so "Ủy ban Hỗ trợ nhân quyền",
    "Đảng Tự do" and "Hiệp hội bảo vệ và kiểm soát bức xạ" are one name each; and a
    lower-case head before a capitalised name belongs to it ("viện Khảo sát Địa chất Hoa
    Kỳ", "phát ngôn viên của cảnh sát Zurich"); so does a capitalised part joined by "của"
    or "và" ("Hội đồng bảo an của Liên Hợp Quốc", "Văn phòng Ngoại vụ và Phúc lợi"). A
    lower-case head alone ("phát ngôn viên") is an everyday word, so its spans must reach a
    capital.

    From a head, every end up to sixteen syllables through lower-case words, "của", "và",
    "các", "về", "thứ", "năm" before a year and a comma pairing two words ("Luật Phòng,
    chống tham nhũng", ``_pair_comma``) is a candidate: "caps" when it ends on a
    capital or a number (and then no n-gram: "Hội nghị cấp cao APEC 2007"), else "caps+"
    (which the miner lists from one occurrence only with a Title Case English). The scorer
    weighs them. The span never crosses punctuation, another function word, a second body
    after "và" ("Bộ Ngoại giao và Bộ Quốc phòng", "… và các cơ quan báo chí"), a foreign
    person's name ("Ủy viên chống độc quyền Châu Âu | Neelie Kroes") or a verb after a
    foreign capitalised word ("… Trung Quốc Mao Qunan | nói"; "Dịch vụ Nhân sinh" goes
    on), nor goes on past a number that no capital follows ("Cách mạng Romania năm 1989 |
    lật đổ"). Tuning documents: gold terms with a right candidate 2,289 → 2,327."""
    out = []
    for w, (a, _) in enumerate(words):
        if tokens[a].text[:1].isupper():
            if _starts_head(tokens, a) or _head_length(tokens, a):
                out.extend(_headed_from(tokens, words, w, capital_seen=True))
        elif _head_length(tokens, a):
            out.extend(_headed_from(tokens, words, w, capital_seen=False))
    return out


#: the most comma-separated fields a body's name lists before its "và"
_MOST_FIELDS = 4
#: what separates a body's fields: a comma, or the spaced dash Vietnamese official names use
#: ("Bộ Lao động - Thương binh và Xã hội", "Viện Ngân hàng - Tài chính")
_FIELD_MARKS = frozenset({",", "-", "–"})


def _listed_fields(tokens, words) -> list[Candidate]:
    """A body named by its fields, listed with commas before a last "và": "Bộ Văn hóa, Thể
    thao và Du lịch" (Ministry of Culture, Sports and Tourism), "Sở Lao động, Thương binh và
    Xã hội". No other candidate crosses a comma into a name, so only its pieces were listed
    ("Bộ Văn hóa", "Thể thao"). The head opens on a capital, and every field after it is a
    run of one to three capitalised words that starts no body or title of its own ("Bộ Y
    tế, Bộ Công an và Bộ Quốc phòng" are three bodies)."""

    def field(w: int) -> int:
        """Words in the capitalised field starting at word w (0: none)."""
        n = 0
        while (
            w + n < len(words) and n < 3 and _is_capital(tokens, words[w + n]) and not _is_punct(tokens, words[w + n])
        ):
            n += 1
        if n and (_starts_head(tokens, words[w][0]) or _is_stop(tokens, words[w])):
            return 0
        return n

    out: list[Candidate] = []
    for w, (a, _) in enumerate(words):
        if not (tokens[a].text[:1].isupper() and _starts_head(tokens, a)) or w + 1 >= len(words):
            continue
        head = _head_at(_HEAD_INDEX, tokens, a) or ""
        after = a + len(head.split())  # the first token after the head, whichever words pyvi made of it
        k = next((x for x in range(w, len(words)) if words[x][0] >= after), len(words))
        n = field(k) if k < len(words) else 0
        commas = dashes = 0
        k += n
        while n and commas + dashes < _MOST_FIELDS and k + 1 < len(words) and tokens[words[k][0]].text in _FIELD_MARKS:
            n = field(k + 1)
            if not n:
                break
            dash = tokens[words[k][0]].text != ","
            commas, dashes, k = commas + (not dash), dashes + dash, k + 1 + n
        if dashes and (k >= len(words) or tokens[words[k][0]].text.lower() != "và"):
            # "Viện Ngân hàng - Tài chính": the last field may run on into a scope ("… Quốc gia Việt Nam")
            out.extend(Candidate(a, words[k - n + e - 1][1], "caps") for e in range(1, n + 1))
            continue
        if not (commas or dashes) or k + 1 >= len(words) or tokens[words[k][0]].text.lower() != "và":
            continue
        # the last field may run on into the place the body serves ("… và Xã hội Hà Nội"): every end
        out.extend(Candidate(a, words[k + e][1], "caps") for e in range(1, field(k + 1) + 1))
    return out


def _ends_on_inner_head(tokens: list[Token], words: list[tuple[int, int]], e: int) -> bool:
    """Word e is a head that a name continues ("… Thường trực Ban | Đối ngoại"): no end
    there. A foreign person may follow a whole body ("… Thông tin Chính phủ | Jhy-wey")."""
    return (
        e + 1 < len(words)
        and _starts_head(tokens, words[e][0])
        and _is_capital(tokens, words[e + 1])
        and not foreign(tokens[words[e + 1][0]].text)
    )


def _year_at(tokens: list[Token], words: list[tuple[int, int]], w: int) -> bool:
    return w < len(words) and re.fullmatch(r"1\d{3}|20\d{2}", _word_text(tokens, words[w])) is not None


#: the ordinals Vietnamese spells after "thứ" ("Chiến tranh Thế giới thứ Nhất", "thứ hai")
_ORDINAL_WORDS = frozenset("nhất hai ba tư bốn năm sáu bảy tám chín mười".split())


def _ordinal_at(tokens: list[Token], words: list[tuple[int, int]], w: int) -> bool:
    """Is word w an ordinal spelt out after "thứ" ("thứ Nhất", "thứ hai")? It ends a name
    as a number does, though "nhất" and "hai" are function words elsewhere."""
    return (
        w > 0
        and _word_text(tokens, words[w - 1]).lower() == "thứ"
        and _word_text(tokens, words[w]).lower() in _ORDINAL_WORDS
    )


def _before_number(tokens: list[Token], words: list[tuple[int, int]], w: int) -> bool:
    """Does word w lead a name on to its number: "năm" before a year ("… năm 2004"), "lần"
    before "thứ" ("Giải thưởng Viện hàn lâm lần thứ 79", "cúp Hoa Kỳ lần thứ 32")?"""
    text = _word_text(tokens, words[w]).lower()
    if text == "năm":
        return _year_at(tokens, words, w + 1)
    return text == "lần" and w + 1 < len(words) and _word_text(tokens, words[w + 1]).lower() == "thứ"


def _pair_comma(tokens: list[Token], words: list[tuple[int, int]], e: int) -> bool:
    """Is word e a comma pairing two words inside an official name, as Vietnamese writes
    "phòng, chống" (preventing and combating) or "Thanh tra, giám sát" (inspection and
    supervision): a lower-case content word follows it, and the name goes on after that
    word ("Luật Phòng, chống tham nhũng", "Cơ quan Thanh tra, giám sát ngân hàng")? A capital
    after the comma is another body ("Bộ Y tế, Bộ Công an") or an apposition."""
    if tokens[words[e][0]].text != "," or e + 2 >= len(words) or e == 0 or foreign(tokens[words[e - 1][1]].text):
        return False
    before, after, then = words[e - 1], words[e + 1], words[e + 2]
    size, paired = after[1] - after[0], before[1] - before[0]
    if size != paired and not (size < paired and _head_at(_LOWER_HEAD_INDEX, tokens, before[0])):
        return False  # a pair's words match ("Thanh tra, giám sát"; "Luật Phòng, chống", one word
        # with its head); an apposition's need not ("Nghị định thư Kyoto, hiệp ước quốc tế")
    text = _word_text(tokens, after)
    following = _word_text(tokens, then).replace("_", "")
    return (
        text.replace("_", "").isalpha()
        and text.islower()
        and text not in _PLACE_CLASSIFIERS  # "Đảng Tự do, bang Tây Úc": a place after the name
        and not _is_stop(tokens, after)
        and _head_at(_HEAD_INDEX, tokens, after[0]) is None  # "…, hội Chữ Thập Đỏ": another body
        and (following == "," or (following.isalpha() and following.islower() and not _is_stop(tokens, then)))
        and not tokens[words[e - 1][0]].text[:1].isdigit()
    )


def _capital_after_capital(tokens, words, e: int) -> bool:
    """Is word e a capitalised syllable right after a capitalised word: a name's own syllable
    even where it is a function word in lower case ("Tân Sơn Nhất", where "nhất" is the
    superlative)?"""
    return e > 0 and _is_capital(tokens, words[e]) and _is_capital(tokens, words[e - 1])


#: "trong" and "ngoài" before "nước" make an adjective of a body's name, "domestic" and "foreign"
_INSIDE_OUTSIDE = frozenset({"trong", "ngoài"})


def _headed_from(tokens, words, w: int, capital_seen: bool) -> list[Candidate]:
    """The spans of one head word w (see ``_headed_names``)."""
    out, a, after_capital, paired = [], words[w][0], False, -1
    for e in range(w + 1, len(words)):
        span = words[e]
        if span[1] - a >= _HEADED_REACH:
            break
        if _is_punct(tokens, span) and not _joiner(tokens, span):
            if capital_seen and _pair_comma(tokens, words, e):
                paired = e + 1  # the word after the comma: the name goes on past it
                continue
            break
        text = _word_text(tokens, span).lower()
        if text in _NAME_INNER or _before_number(tokens, words, e):
            if text == "và" and e + 1 < len(words) and _second_body(tokens, words, e + 1):
                break
            continue
        if text in _INSIDE_OUTSIDE and e + 1 < len(words) and _word_text(tokens, words[e + 1]).lower() == "nước":
            continue  # "… thị trường trong nước": "domestic", no preposition ("Domestic Market")
        digit = tokens[span[0]].text[:1].isdigit() or _ordinal_at(tokens, words, e)
        if _is_stop(tokens, span) and not digit and not _capital_after_capital(tokens, words, e):
            break
        if digit and not (
            _word_text(tokens, words[e - 1]).lower() in ("thứ", "năm")
            or _is_capital(tokens, words[e - 1])
            or _year_at(tokens, words, e)
        ):
            break  # "Hội đồng lập pháp thứ 38", "Radio 1", "… năm 2004", "… Mùa hè 2008", not "… của 25 triệu người"
        capital = _is_capital(tokens, span)
        if not capital and not digit and tokens[words[e - 1][0]].text[:1].isdigit():
            break  # a number ends a name unless a capital follows: "… năm 1989 | lật đổ"
        if capital and e > w + 1 and _foreign_name_starts(tokens, words, e, len(words) - 1):
            break  # "Ủy viên chống độc quyền Châu Âu | Neelie Kroes"
        if not capital and after_capital and tokens[span[0]].tag == "V" and foreign(tokens[span[0] - 1].text):
            break  # "… Trung Quốc Mao Qunan | nói"
        after_capital = after_capital or capital
        capital_seen = capital_seen or capital
        if capital_seen and e != paired and not _joiner(tokens, span) and not _ends_on_inner_head(tokens, words, e):
            # closed by a capital, the span is bounded like any name ("caps"); ended in
            # lower case it needs the evidence asked of other extended names ("caps+")
            out.append(Candidate(a, span[1], "caps" if capital or digit else "caps+"))
    return out


def _quotes(tokens, nicknames: frozenset[int]) -> list[Candidate]:
    """Quotations of 2–16 words. A straight quotation mark that closed one opens none: in
    '"lấy phòng là chính", xây dựng cơ chế … "không thể"' the words between the two
    quotations are no quotation (", xây dựng cơ chế để cán bộ" was offered as one)."""
    out = []
    closers: set[int] = set()
    for k in range(len(tokens)):
        close = quotation_closer(tokens, k)
        if close is None or k in nicknames or k in closers:
            continue
        for e in range(k + 1, min(len(tokens), k + 24)):
            if closes_quotation(tokens, e, close):
                closers.add(e)
                last = e - 1
                while last > k + 1 and tokens[last].text in ".,;:":
                    last -= 1  # “… sát sao.” — the sentence's full stop is no part of the term
                if 2 <= sum(1 for t in tokens[k + 1 : e] if not t.is_punct) <= 16:
                    out.append(Candidate(k + 1, last, "quote"))
                break
    return out


def _title(tokens: list[Token], quote: Candidate) -> bool:
    """A quotation in title case ("Ding-Dong! The Witch Is Dead"): a work's name."""
    words = [t.text for t in tokens[quote.first : quote.last + 1] if t.text.isalpha()]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _segments(tokens, words) -> tuple[list[list[int]], list[str]]:
    """Word indices between punctuation marks, and the mark closing each segment ("" at the end)."""
    segments: list[list[int]] = [[]]
    closers: list[str] = []
    for w, span in enumerate(words):
        if _is_punct(tokens, span):
            closers.append(tokens[span[0]].text)
            segments.append([])
        else:
            segments[-1].append(w)
    closers.append("")
    return segments, closers


def _enumerations(tokens, words) -> list[Candidate]:
    """Comma-separated items of one or two words sharing their first syllable: "từ sớm,
    từ xa"; "đa cực, đa trung tâm, đa tầng nấc". The first item may end a longer clause
    ("bảo vệ Tổ quốc | từ sớm"); the others are whole comma-separated segments."""
    segments, closers = _segments(tokens, words)
    out = []
    k = 0
    while k < len(segments):
        seg = segments[k]
        if not seg or closers[k] != ",":
            k += 1
            continue
        # try each tail of one or two words of this segment as the first item
        found = False
        for tail in (2, 1):
            if len(seg) < tail:
                continue
            first = seg[-tail:]
            opening = words[first[0]][0]
            head = tokens[opening].text.lower()
            if head in VI_STOP - {"từ"} or not head.isalpha():
                continue
            if opening > 0 and tokens[opening].text[:1].isupper():
                continue  # a name shares a syllable by chance: "Theo bà Hằng, hằng năm, …"
            items = [first]
            j = k + 1
            while (
                j < len(segments)
                and 1 <= len(segments[j]) <= 2
                and tokens[words[segments[j][0]][0]].text.lower() == head
            ):
                items.append(segments[j])
                if closers[j] != ",":
                    break
                j += 1
            else:
                if j < len(segments) and _shared_compound(tokens, words, items, segments[j], head):
                    items.append(segments[j][:1])  # "đa phương hóa, đa dạng hóa | quan hệ đối ngoại"
                elif len(items) == 1 and j < len(segments) and _item_opening(tokens, words, segments[j], first, head):
                    items.append(segments[j][: len(first)])  # "từ sớm, từ xa | thay vì …"
            if len(items) >= 2:
                out.append(Candidate(words[items[0][0]][0], words[items[-1][-1]][1], "enum"))
                k = j
                found = True
                break
        if not found:
            k += 1
    return out


def _compound(tokens: list[Token], words: list[tuple[int, int]], w: int) -> str | None:
    """Word w's text ("đa_dạng_hóa") if it is a word of two syllables or more, all letters;
    else None. The unit coordinated items and derivations are made of."""
    a, b = words[w]
    if b == a or not all(t.text.isalpha() for t in tokens[a : b + 1]):
        return None
    return _word_text(tokens, words[w])


def _shared_compound(
    tokens: list[Token], words: list[tuple[int, int]], items: list[list[int]], segment: list[int], head: str
) -> bool:
    """Does a longer segment open with the list's last item, its object after it ("đa phương
    hóa, đa dạng hóa | quan hệ đối ngoại")? Only where every item is one lower-case compound
    word and the new one another compound of the same first and last syllables: "từ sớm, từ
    xa, từ | khi …" and "kỷ nguyên mới, kỷ nguyên | vươn mình …" have no such item."""
    if len(segment) < 3 or any(len(item) != 1 for item in items):
        return False
    known = [k for item in items if (k := _compound(tokens, words, item[0])) is not None and k.islower()]
    new = _compound(tokens, words, segment[0])
    if len(known) < len(items) or new is None or not new.islower() or new in known:
        return False
    # the same derivation: first and last syllables alike ("đa … hóa"); "chính sách, chính
    # quyền | Bush" shares a first syllable by chance
    first, last = known[0].split("_"), new.split("_")
    return first[0] == last[0] == head and first[-1] == last[-1]


def _item_opening(
    tokens: list[Token], words: list[tuple[int, int]], segment: list[int], first: list[int], head: str
) -> bool:
    """Does a longer segment open with one more item of the first one's shape, the clause
    going on after it ("phòng ngừa từ sớm, từ xa | thay vì chỉ xử lý …", vn70)? Its first
    words as many as the first item's, lower-case letters, the same opening word, a word of
    its own (two compounds sharing a syllable, "chính sách, chính quyền | Bush", are chance);
    only for a list of two (in "từ sớm, từ xa, từ | khi nước còn chưa nguy" the third is no
    item); the clause must go on with a conjunction or a verb's marker."""
    if len(first) < 2 or len(segment) <= len(first) or tokens[words[segment[0]][0]].text.lower() != head:
        return False
    spans = [words[w] for w in segment[: len(first)]]
    # the clause goes on with a conjunction or a verb's marker ("thay vì", "và", "được"): a
    # noun, an adjective or "của" after it would go on with the item ("hộ cận | nghèo", "kỷ
    # nguyên vươn mình | của dân tộc"); pyvi's tags call "thay vì" a noun
    after = tokens[words[segment[len(first)]][0]].text.lower()
    lower = all(t.text.isalpha() and t.text.islower() for a, b in spans for t in tokens[a : b + 1])
    again = [_word_text(tokens, s) for s in spans] == [_word_text(tokens, words[w]).lower() for w in first]
    return lower and not again and after in _AFTER_AN_ITEM  # ("người dùng, người dùng | …" is no list)


#: first syllables of what may follow a phrase that ended: coordinators, clause openers,
#: "thay (vì)", and a verb's markers of tense, voice and negation
_AFTER_AN_ITEM = VI_COORDINATORS | VI_CLAUSE_OPENERS | frozenset("thay được bị không chưa đã đang sẽ cũng".split())


def _closed_lists(tokens, words) -> list[Candidate]:
    """A closed list of short items ending a clause: "độc lập, chủ quyền, toàn vẹn lãnh thổ."
    Middle items are whole comma-separated segments of one or two words, the last of up to
    three; the first item may be the last word of a longer segment."""
    segments, closers = _segments(tokens, words)
    out = []
    for k in range(len(segments) - 2):
        if closers[k] != "," or not segments[k]:
            continue
        j = k + 1
        while j < len(segments) and 1 <= len(segments[j]) <= 2 and closers[j] == ",":
            j += 1
        if j >= len(segments) or not 1 <= len(segments[j]) <= 3 or closers[j] not in (".", ";", "", "!", "?"):
            continue
        if j - k < 2 or (k > 0 and closers[k - 1] == "," and 1 <= len(segments[k]) <= 2):
            continue  # too short, or not where the list starts
        for tail in (1,):
            first = segments[k][-tail:]
            if _is_stop(tokens, words[first[0]]) or any(
                _is_stop(tokens, words[seg[0]]) for seg in segments[k + 1 : j + 1]
            ):
                continue
            out.append(Candidate(words[first[0]][0], words[segments[j][-1]][1], "enum"))
    return out


#: Tags of a word that cannot go on a coordinated item: a preposition, a conjunction, an
#: adverb, a pronoun or a quantifier (pyvi's tags). Not a verb: an item that a verb follows
#: usually opens the next clause ("ổn định, tăng cường | đóng góp").
_ITEM_ENDERS = frozenset({"E", "C", "R", "P", "L"})


#: items of a coordination at most: the seed pair's longest unit has six ("độc lập, tự chủ,
#: hòa bình, hữu nghị, hợp tác và phát triển"); a longer run of words is a list, not a term
_MOST_ITEMS = 8


def _takes_object(tokens: list[Token], words: list[tuple[int, int]], w: int) -> bool:
    """Is word w a verb whose object a quantifier opens after it ("giải quyết | các bất
    đồng")? Then the items before it are clauses, not a coordinated term: "chấm dứt xung
    đột, giải quyết các bất đồng" (end the conflict, resolve the differences)."""
    return w + 1 < len(words) and tokens[words[w][0]].tag == "V" and tokens[words[w + 1][0]].tag == "L"


#: pyvi's tags of the words that may stand before a pair's first item: a quantifier, a
#: number, a preposition, a conjunction, an adverb or a pronoun ("các bộ, ngành", "16.000
#: cán bộ, chiến sĩ", "về một số cơ chế, chính sách")
_BEFORE_A_PAIR = frozenset({"L", "M", "E", "C", "R", "P"})


def _pair_item(tokens: list[Token], words: list[tuple[int, int]], before: list[int], w: int) -> bool:
    """May word w, which opens a longer segment, close a pair with the last word of the
    segment ``before`` ("các bộ, ngành | sớm ban hành"; "cán bộ, chiến sĩ | thuộc")? Both
    are items of one kind — verbs both or neither ("thanh tra, kiểm tra") — and the first
    stands alone in its segment or after a function word or a number: after a content word
    it ends a clause and w opens the next ("ổn định kinh tế vĩ mô, kiểm soát | lạm phát")."""
    first = before[-1]
    if len(before) > 1:
        prev = words[before[-2]]
        if tokens[prev[0]].tag not in _BEFORE_A_PAIR and not _is_stop(tokens, prev):
            return False
    if (tokens[words[first][0]].tag == "V") != (tokens[words[w][0]].tag == "V"):
        return False
    return not _takes_object(tokens, words, w)


def _closes(tokens, words, seg: list[int], ender: bool, before: list[int], items: int) -> bool:
    """May the first word of a longer segment ``seg`` be a coordination's last item: when a
    function word goes on from it ("thường xuyên | của"; ``ender``) and it is no verb whose
    object a quantifier opens, or when it closes a pair (``_pair_item``) with the only
    ``items`` so far, the last word of the segment ``before``?"""
    if ender and not _takes_object(tokens, words, seg[0]):
        return True
    return items == 1 and _pair_item(tokens, words, before, seg[0])


def _coordinations(tokens, words) -> list[Candidate]:
    """Coordinated items of one compound word each, strung as a policy text strings them
    ("hòa bình, ổn định"; "quốc phòng, an ninh"; "tư tưởng, tổ chức và chính sách"), alone
    and with the noun they qualify when one stands before the first ("môi trường hòa bình,
    ổn định" → "peaceful and stable environment"): the translator renders them as one unit,
    and a candidate that stopped at the comma would be a fragment. Every item is a word of
    two syllables or more that is no function word; the middle items are whole
    comma-separated segments; the last is a whole segment (or "X và Y"), or the first word of
    one that a preposition or another function word goes on from ("nhiệm vụ trọng
    yếu, thường xuyên | là …")."""
    segments, closers = _segments(tokens, words)

    def item(w: int) -> bool:
        text = _compound(tokens, words, w)
        if text is None:
            return _one_syllable_noun(tokens, words[w])
        return text.lower() not in VI_STOP

    def ender(w: int) -> bool:
        return tokens[words[w][0]].tag in _ITEM_ENDERS or _is_stop(tokens, words[w])

    out = []
    for k in range(len(segments) - 1):
        if closers[k] != "," or not segments[k] or not item(segments[k][-1]):
            continue
        if k > 0 and closers[k - 1] == "," and len(segments[k]) == 1 and item(segments[k][0]):
            continue  # a middle item: the list starts further left
        items = [segments[k][-1]]
        for j in range(k + 1, len(segments)):
            seg = segments[j]
            if len(seg) == 1 and item(seg[0]):
                items.append(seg[0])
                if closers[j] != ",":
                    break
                continue
            if (
                len(seg) >= 3
                and _word_text(tokens, words[seg[1]]).lower() == "và"
                and item(seg[0])
                and item(seg[2])
                and (len(seg) == 3 or ender(seg[3]))
            ):
                items += [seg[0], seg[2]]
            elif len(seg) >= 2 and item(seg[0]) and _closes(tokens, words, seg, ender(seg[1]), segments[k], len(items)):
                items.append(seg[0])
            break
        if not _coordinated_items(tokens, words, items):
            continue
        last = words[items[-1]][1]
        out.append(Candidate(words[items[0]][0], last, "coord"))
        seg = segments[k]
        head = len(seg) - 1
        while head > 0 and len(seg) - head <= 2 and tokens[words[seg[head - 1]][0]].tag in ("N", "Nc"):
            head -= 1
        if head < len(seg) - 1 and not _is_stop(tokens, words[seg[head]]):
            out.append(Candidate(words[seg[head]][0], last, "coord"))
    return out


def _coordinated_items(tokens, words, items: list[int]) -> bool:
    """Do these words make one coordination? Two to ``_MOST_ITEMS``, no name among them;
    one-syllable nouns make a set pair, not a list ("sách, báo và tạp chí"), and pair with a
    noun only ("tỉnh, thành phố"; "làm chết 9.300 người, bị thương …" ends one clause and
    opens the next)."""
    if not 2 <= len(items) <= _MOST_ITEMS or any(_is_capital(tokens, words[w]) for w in items):
        return False
    if all(_compound(tokens, words, w) is not None for w in items):
        return True
    return len(items) == 2 and all(tokens[words[w][0]].tag in _NOUN_TAGS for w in items)


#: the most words a pair's shared noun may have ("giao thông", "tội phạm công nghệ cao")
_SHARED_NOUN_WORDS = 2


def _pairs_with_their_noun(tokens, words) -> list[Candidate]:
    """A pair whose second item goes on with the noun both qualify: "trật tự, an toàn giao
    thông" (traffic order and safety), "cơ chế, chính sách đặc thù", "đồn, trạm biên
    phòng". The items are words of one make (``_pair_of_a_make``); the first opens its segment
    or follows a word that is no noun (after a noun it qualifies that noun: "kinh tế vĩ mô,
    kiểm soát lạm phát" is two clauses); the shared noun is a lower-case noun, with one more
    noun or adjective at most, that ends the segment or that a function word goes on from
    ("… giao thông | trên …"), not a verb (in "vệ sinh, an toàn phòng cháy" the noun runs
    on)."""
    segments, closers = _segments(tokens, words)
    out = []
    for k in range(len(segments) - 1):
        seg, nxt = segments[k], segments[k + 1]
        if closers[k] != "," or not seg or len(nxt) < 2 or (k > 0 and closers[k - 1] == "," and len(seg) == 1):
            continue  # (a one-word segment after a comma is a middle item of a longer list)
        first, second = seg[-1], nxt[0]
        if len(seg) > 1 and tokens[words[seg[-2]][0]].tag == "N":
            continue
        if not _pair_of_a_make(tokens, words, first, second):
            continue
        for n in range(1, _SHARED_NOUN_WORDS + 1):
            noun = nxt[1 : 1 + n]
            if (
                len(noun) < n
                or not all(_plain_noun(tokens, words[w]) for w in noun)
                or tokens[words[noun[0]][0]].tag != "N"
            ):
                break  # (an adjective alone is the pair's degree: "đoàn kết, thống nhất | cao")
            if 1 + n == len(nxt) or _is_stop(tokens, words[nxt[1 + n]]):
                out.append(Candidate(words[first][0], words[noun[-1]][1], "coord"))
    return out


def _pair_of_a_make(tokens, words, first: int, second: int) -> bool:
    """Are words first and second of one make: two compounds or two one-syllable words of
    one tag ("cơ chế, chính sách"; "bộ, ngành"), or a noun and then an adjective compound
    (pyvi tags "an toàn" of "trật tự, an toàn" an adjective; an adjective and then a noun,
    "quan trọng, ý nghĩa lịch sử", is two phrases); no name and no function word among them?"""
    if not all(_item_word(tokens, words, w) and tokens[words[w][0]].text.isalpha() for w in (first, second)):
        return False
    compounds = [_compound(tokens, words, w) is not None for w in (first, second)]
    tags = (tokens[words[first][0]].tag, tokens[words[second][0]].tag)
    if compounds[0] != compounds[1]:
        return False
    return tags[0] == tags[1] or (compounds[0] and tags == ("N", "A"))


def _item_word(tokens, words, w: int) -> bool:
    """A lower-case content word: no name, no function word."""
    return not _is_capital(tokens, words[w]) and not _is_stop(tokens, words[w])


def _plain_noun(tokens: list[Token], span: tuple[int, int]) -> bool:
    """A lower-case noun or adjective that is no function word."""
    return tokens[span[0]].tag in ("N", "A") and not _is_capital(tokens, span) and not _is_stop(tokens, span)


def _one_syllable_noun(tokens: list[Token], span: tuple[int, int]) -> bool:
    """A lower-case noun of one syllable that is no function word: the items of the pairs
    administrative Vietnamese strings with a comma ("bộ, ngành", ministries and sectors;
    "xã, phường", communes and wards; "tỉnh, thành phố")."""
    token = tokens[span[0]]
    return (
        span[0] == span[1]
        and token.tag == "N"
        and token.text.isalpha()
        and token.text.islower()
        and token.text not in VI_STOP
    )


def _reduplications(tokens, words) -> list[Candidate]:
    """'X của X' with X of one or two words: "ưu tiên của ưu tiên"."""
    out = []
    for w in range(len(words)):
        for size in (1, 2):
            mid = w + size
            if mid + size >= len(words):
                continue
            if _word_text(tokens, words[mid]).lower() != "của":
                continue
            left = [_word_text(tokens, words[x]).lower() for x in range(w, mid)]
            right = [_word_text(tokens, words[x]).lower() for x in range(mid + 1, mid + 1 + size) if x < len(words)]
            if left == right and all(w not in VI_STOP for w in left):
                out.append(Candidate(words[w][0], words[mid + size][1], "redup"))
    return out


def _joiner(tokens: list[Token], span: tuple[int, int]) -> bool:
    """A hyphen written tight between two words ("quốc gia-dân tộc") joins them; so does a
    spaced one between two nouns of two syllables, as Vietnamese writes a pair of fields as
    one ("quốc phòng - an ninh", defence and security; "kinh tế - xã hội", socio-economic)."""
    k = span[0]
    if span[0] != span[1] or tokens[k].text not in _NAME_DASHES:
        return False
    return (
        _tight(tokens, k)
        or (_two_syllable_noun(tokens, k - 2) and _two_syllable_noun(tokens, k + 1))
        or _name_hyphen(tokens, k)
    )


def _two_syllable_noun(tokens: list[Token], k: int) -> bool:
    """Tokens k and k + 1: one lower-case noun of two syllables."""
    return (
        0 <= k < len(tokens) - 1
        and tokens[k].word == tokens[k + 1].word
        and (k + 2 >= len(tokens) or tokens[k + 2].word != tokens[k].word)
        and (k == 0 or tokens[k - 1].word != tokens[k].word)
        and all(t.tag == "N" and t.text.isalpha() and t.text.islower() for t in tokens[k : k + 2])
    )


#: Words that make a noun of the verb or adjective after them.
_NOMINALISERS = frozenset({"cuộc", "sự"})


def _nominaliser(tokens: list[Token], span: tuple[int, int]) -> bool:
    """ "cuộc" and "sự" make a noun of the verb after them ("cuộc thẩm tra", an inquiry;
    "sự kiểm soát của chính phủ", government control): the phrase is the term translators
    look up, though either word alone is a function word. ("sự", session 11: 6 more gold
    terms with a candidate on the tuning documents, out of fold 0.708 → 0.712.)"""
    return _word_text(tokens, span).lower() in _NOMINALISERS


#: stop words that open a term when a noun phrase, not a count, follows
_HEADS_BEFORE_A_NOUN = frozenset({"số", "ngày"})


def _opens_before_a_noun(tokens: list[Token], words: list[tuple[int, int]]) -> bool:
    """ "số" (number) and "ngày" (day) open a term when a noun phrase, not a count,
    follows: "số người chết" → death toll, "số phiếu bầu" → vote, "ngày bầu cử" → election
    day, "ngày thi đấu" → matchday; not "số 22 bộ trưởng", "số các địa điểm", "ngày 12",
    "ngày thứ ba". Session 47, tuning documents: "số" +1 gold term, report-only +5 ("death
    toll" on four), conflicts ± 0 on both; "ngày" tuning ± 0 (one gained, one lost at the
    list's edge), report-only +1, and of its seven new entries five are terms a reader
    keeps — taken for them, so the report-only figure is not blind for it."""
    if len(words) < 2 or _word_text(tokens, words[0]).lower() not in _HEADS_BEFORE_A_NOUN:
        return False
    return not (_is_stop(tokens, words[1]) or _counts(tokens, words[1]))


def _digital(tokens: list[Token], words: list[tuple[int, int]], a: int, b: int) -> bool:
    """ "số" (number) closes a term as "digital" when it follows a content word and no count
    follows it: "chuyển đổi số" → digital transformation, "kinh tế số" → digital economy,
    "chính phủ số"; not "tuyến metro số 1", "Nghị quyết số 18", "một số", "các số"."""
    if b == a or _word_text(tokens, words[b]).lower() != "số" or _is_stop(tokens, words[b - 1]):
        return False
    return b + 1 == len(words) or not _counts(tokens, words[b + 1])


def _privative(tokens: list[Token], span: tuple[int, int]) -> bool:
    """ "không" (not) opens a term as English "non-", "un-" or "-less" do ("không dây" →
    wireless, "không sửa đổi" → unamended, "không tuân thủ" → non-compliance), though alone
    it is a function word. Session 47, tuning documents: +2 gold terms, conflicts ± 0, +1
    entry."""
    return _word_text(tokens, span).lower() == "không"


#: verbs of saying and showing that end a clause's subject, never a term
_SAYING = frozenset(
    {"nói", "cho biết", "tiết lộ", "xác nhận", "khẳng định", "nhấn mạnh", "cho rằng", "bày tỏ", "chia sẻ"}
)


def _says(tokens: list[Token], span: list[tuple[int, int]]) -> bool:
    """Does the phrase end in a verb of saying after its subject ("Harper nói", "tài liệu
    tiết lộ")? Not after "được" / "bị", where it is a participle: "trường hợp đã được
    xác nhận" (a confirmed case)."""
    first, last = span[0][0], span[-1][1]
    for n in (2, 1):
        start = last - n + 1
        if start > first and " ".join(t.text.lower() for t in tokens[start : last + 1]) in _SAYING:
            return tokens[start - 1].text.lower() not in ("được", "bị")
    return False


#: the longest n-gram: five words, seven syllables ("nhà phát triển phần mềm độc lập",
#: "Chi cục Thủy sản Tây Nam Úc"; six until session 30: tuning −4 gold terms listed, −7
#: conflicts — a longer term now takes its English from a shorter piece of it)
_NGRAM_WORDS, _NGRAM_SYLLABLES = 5, 7


def _ngrams(tokens, words) -> list[Candidate]:
    out = []
    for a in range(len(words)):
        for b in range(a + 1, min(len(words), a + _NGRAM_WORDS)):
            span = words[a : b + 1]
            if any(_is_punct(tokens, s) and not _joiner(tokens, s) for s in span):
                break
            if _joiner(tokens, span[0]) or _joiner(tokens, span[-1]):
                continue
            opens = _nominaliser(tokens, span[0]) or _privative(tokens, span[0]) or _opens_before_a_noun(tokens, span)
            if (_is_stop(tokens, span[0]) and not opens) or (
                _is_stop(tokens, span[-1]) and not _digital(tokens, words, a, b)
            ):
                continue
            if _foreign_particle(tokens, span[-1]):
                continue  # "Santo Domingo de", "Princess of" (but "de Villiers" is a surname)
            if _word_text(tokens, words[b - 1]).lower() == "và" and b - 1 > a and _second_body(tokens, words, b):
                break  # "Bộ Ngoại giao và | Bộ Quốc phòng": two bodies, as for headed names
            if sum(s[1] - s[0] + 1 for s in span) > _NGRAM_SYLLABLES:
                break
            if all(tokens[s[0]].text[:1].isdigit() for s in span):
                continue
            if _says(tokens, span):
                continue  # "Harper nói", "dữ liệu radar xác nhận": a clause's subject and verb
            if _counts(tokens, span[0]) and tokens[span[1][0]].text[:1].islower():
                continue  # a count and its noun ("73 ghế", "sáu nhà khoa học") is no term; "2008 Giấc Mơ" may be
            head, tail = tokens[span[0][0]].tag, tokens[span[-1][0]].tag
            # noun-final ("bảo hộ công dân", "cộng đồng quốc tế") or noun + adjective
            # (an adjective never starts a Vietnamese noun phrase: "vững môi trường" is a cut)
            # a noun-headed phrase ending in a content word is one too ("bàn thắng", "nhân viên cứu hộ")
            noun_phrase = head != "A" and (
                tail in ("N", "Np", "Ny")
                or (head in ("N", "Np", "Ny") and tail == "A")
                or (head in ("N", "Nc") and tail in ("V", "A", "Np", "N"))
            )
            out.append(Candidate(span[0][0], span[-1][1], "ngram" if noun_phrase else "ngram-v"))
    return out


_NOUN_TAGS = ("N", "Np", "Ny")


#: the cardinal numbers written as words (pyvi tags them "M"); "một" and "năm" are stop words
_NUMBER_WORDS = frozenset("hai ba bốn tư sáu bảy tám chín mười mươi trăm nghìn ngàn triệu tỷ vài mấy".split())


def _counts(tokens: list[Token], span: tuple[int, int]) -> bool:
    """Is the word a count: a number in digits, or a number word the tagger reads as one
    ("sáu nhà khoa học" → "six scientists" was listed on a report-only document)?"""
    first = tokens[span[0]]
    return first.text[:1].isdigit() or (first.tag == "M" and _word_text(tokens, span) in _NUMBER_WORDS)


def _single_words(tokens, words) -> list[Candidate]:
    """Compound words of two or more syllables ("tham nhũng", "đại dịch", "họp báo") and
    foreign words ("testosterone"): many domain concepts are one word. Noun-tagged ones are
    "word", verbs and adjectives used as nouns "word-v"; the scorer weighs them (with
    their general-language frequency)."""
    out = []
    for w, span in enumerate(words):
        if span[1] == span[0] and foreign(tokens[span[0]].text) and tokens[span[0]].text.islower():
            if not _foreign_particle(tokens, span):  # "des" of "Parc des Princes" is no word of its own
                out.append(Candidate(span[0], span[1], "word"))  # "testosterone", "helium"
            continue
        if _classified_noun(tokens, words, w):
            out.append(Candidate(span[0], span[1], "word"))  # "bão" of "cơn bão", "đập" of "chiếc đập"
            continue
        if span[1] == span[0] or _is_punct(tokens, span) or _is_stop(tokens, span):
            continue
        if any(t.text[:1].isdigit() for t in tokens[span[0] : span[1] + 1]):
            continue
        tag = tokens[span[0]].tag
        if tag in ("V", "A") and tokens[span[0]].text[:1].isupper():
            continue  # a capitalised verb opens a sentence ("Phát biểu, …"): not a term
        if tag in _NOUN_TAGS or tag in ("V", "A"):
            out.append(Candidate(span[0], span[1], "word" if tag in _NOUN_TAGS else "word-v"))
    return out


def _classified_noun(tokens: list[Token], words: list[tuple[int, int]], w: int) -> bool:
    """Is word w a one-syllable lower-case noun right after a classifier of things ("cơn
    bão", "chiếc đập", "loại tảo") or a number in digits ("420 dặm", "73 ghế")? One-syllable
    nouns are no candidates elsewhere (as candidates they brought more everyday words than
    terms: sessions 26 and 34); after a classifier the noun is named as a thing, and the
    miner's classifier rule gives it the English the pair had ("cơn bão → storm" becomes
    "bão → storm"). Session 38, tuning documents: +5 gold terms ("bão", "đập", "tảo"), +1
    conflict (a shift at the list's edge), +4 entries. After a number the noun is a unit or
    what is counted, and the gold lists hold such words ("dặm → miles", "ghế → seats",
    "bang → states"). Session 47, tuning documents: +4 gold terms, conflicts ± 0, +10
    entries ("người → people" among them)."""
    a, b = words[w]
    if a != b or w == 0 or tokens[a].tag != "N" or not (tokens[a].text.isalpha() and tokens[a].text.islower()):
        return False
    before = words[w - 1]
    return before[0] == before[1] and (
        tokens[before[0]].text.lower() in VI_NOUN_CLASSIFIERS or tokens[before[0]].text[:1].isdigit()
    )


def _currency_prefix(tokens: list[Token], k: int) -> bool:
    """Letters written tight before a dollar sign: "US$", "A$", "HK$"."""
    return tokens[k].text.isalpha() and tokens[k + 1].text == "$" and touching(tokens, k + 1)


def _name_goes_on(tokens: list[Token], k: int) -> bool:
    """Token k is an initial or a name's first letter that the name goes on from: a tight
    full stop and a foreign word ("B. Zagel"), or a tight apostrophe or hyphen and a
    capitalised word ("O'Driscoll", "V'Landys"). "Washington D. C." goes on to nothing."""
    if not (re.fullmatch(r"[A-Z]", tokens[k].text) and k + 2 < len(tokens)):
        return False
    mark, after = tokens[k + 1], tokens[k + 2].text
    if mark.text == ".":  # a foreign name goes on; "D. C. Các phóng viên" is a new sentence
        return touching(tokens, k + 1) and after[:1].isupper() and foreign(after)
    return mark.text in ("'", "’", "-") and _tight(tokens, k + 1) and after[:1].isupper()


def _code_goes_on(tokens: list[Token], k: int) -> bool:
    """Token k is the letters of a code whose number follows it ("KH 90515" of a fishing
    vessel's registration, "MH 370", "A 380"): a span that ends on the letters cuts the code.
    One or two letters and a number of three digits or more: an abbreviation before a year
    or a count ("UEFA 2008", "APS 2") may end a term (session 52: with up to four letters
    and any number, report-only lost 2 gold terms)."""
    return (
        k + 1 < len(tokens)
        and re.fullmatch(r"[A-ZĐ]{1,2}", tokens[k].text) is not None
        and re.match(r"\d{3}", tokens[k + 1].text) is not None
    )


def _cut_at_an_edge(tokens: list[Token], cand: Candidate) -> bool:
    """Does the span cut a unit at one of its edges? A name that goes on ("James B" of "James
    B. Zagel", "Brian O" of "Brian O'Driscoll"), a registration code ("tàu cá KH" of "tàu cá
    KH 90515 TS"), an amount ("tỷ USD" of "368 tỷ USD", "hàng triệu cổ động viên"), a match's
    score ("Thái Lan 2-1"), a dotted word ("League 1" of "V.League 1") or a hyphenated one
    ("Chen Shui" of "Chen Shui-bian", "tên lửa đất" of "tên lửa đất-đối-hạm")."""
    return (
        _name_goes_on(tokens, cand.last)
        or _code_goes_on(tokens, cand.last)
        or _amount_piece(tokens, cand.first)
        or _ends_on_a_score(tokens, cand)
        or _dot_cut(tokens, cand)
        or _hyphen_cut(tokens, cand)
    )


#: the words for large numbers, written after a count ("368 tỷ USD") or after "hàng" ("hàng
#: triệu", millions of)
_MAGNITUDES = frozenset({"trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ"})


def _amount_piece(tokens: list[Token], k: int) -> bool:
    """Does a span starting at token k start an amount: a magnitude after a number in digits
    ("tỷ USD" of "368 tỷ USD", "triệu đồng") or "hàng" and a magnitude ("hàng triệu cổ động
    viên", millions of fans)? The guide keeps amounts out; the count before the magnitude
    was already no term's start."""
    low = tokens[k].text.lower()
    if low in _MAGNITUDES:
        return k > 0 and tokens[k - 1].text[:1].isdigit()
    return low == "hàng" and k + 1 < len(tokens) and tokens[k + 1].text.lower() in _MAGNITUDES


#: a match's score: one or two digits a side ("2-1", "3-1")
_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")


def _ends_on_a_score(tokens: list[Token], cand: Candidate) -> bool:
    """Does a longer span end on a score ("Thái Lan 2-1", "Pittsburgh Penguins 3-1")? pyvi
    tags such a token with nothing, not as a number, so the rule that no term ends in a count
    did not see it. A season or a model is part of a name ("giải vô địch UEFA 2007-08",
    "Boeing 737-400": any digits a side cost report-only those two gold terms)."""
    return cand.last > cand.first and _SCORE.fullmatch(tokens[cand.last].text) is not None


def _dot_cut(tokens: list[Token], cand: Candidate) -> bool:
    """Does the candidate begin inside a dotted word, right after a full stop written tight
    between two letters ("League" of "V.League", which pyvi splits in three)?"""
    k = cand.first
    return (
        k >= 2
        and tokens[k - 1].text == "."
        and touching(tokens, k)
        and touching(tokens, k - 1)
        and tokens[k - 2].text[-1:].isalpha()
    )


def _hyphen_cut(tokens: list[Token], cand: Candidate) -> bool:
    """Does the candidate begin or end inside a hyphenated word — a tight hyphen joining its
    edge syllable to a letter or digit outside it ("Ban Ki" of "Ban Ki-moon", "Masri" of
    "al-Masri", "Hữu nghị Hoa Kỳ" of "Hoa Kỳ-Isarel")? The word links cut such pieces out;
    on the tuning documents 24 were listed, none a gold term. A dash before an honorific
    ("đài BBC-Ông Tony Hall") is no joint."""
    after, before = cand.last + 1, cand.first - 1
    ends_inside = (
        after + 1 < len(tokens)
        and tokens[after].text == "-"
        and _tight(tokens, after)
        and tokens[after + 1].text[:1].isalnum()
        and tokens[after + 1].text not in _HONORIFICS
    )
    starts_inside = (
        before >= 1
        and tokens[before].text == "-"
        and _tight(tokens, before)
        and tokens[before - 1].text[-1:].isalnum()
        and tokens[cand.first].text not in _HONORIFICS
    )
    ampersand = (after < len(tokens) and _tight_ampersand(tokens, after)) or (
        before >= 0 and _tight_ampersand(tokens, before)
    )
    return ends_inside or starts_inside or ampersand


#: the longest first field a comma pairs in a name, in syllables ("Trật tự", "Khám bệnh")
_FIELD_SYLLABLES = 2


def _paired_commas(tokens: list[Token], headed: list[Candidate]) -> dict[int, int]:
    """First token → comma, for every body, law or event name whose head and first field
    (one or two syllables) stand before a comma the name goes on past by a field's length
    at least ("Luật Trật tự, an toàn giao thông đường bộ", the Law on Road Traffic Order and
    Safety; "Luật Phòng, chống tham nhũng"; the headed spans cross only a comma that
    ``_pair_comma`` accepts): a span from the same start that stops before that comma is a
    piece of the name ("Luật Trật tự", "Luật Khám"), not a term. Only there: further on, a
    comma after a whole name opens a clause ("Quốc hội, nhấn mạnh …"). Syllables are
    counted, not words: the segmenter may write head and field as one ("Luật_Phòng")."""
    out = {}
    for c in headed:
        head = _head_length(tokens, c.first)
        if " ".join(t.text.lower() for t in tokens[c.first : c.first + head]) in _TITLE_HEADS:
            continue  # a title's comma opens an apposition: "Thượng nghị sĩ Liên bang, người …"
        comma = next((k for k in range(c.first + head + 1, c.last) if tokens[k].is_punct), None)
        field = 0 if comma is None else comma - c.first - head
        if (
            head
            and comma is not None
            and tokens[comma].text == ","
            and field <= _FIELD_SYLLABLES
            and c.last >= comma + field
        ):
            out[c.first] = comma  # the name goes on past the comma by a field's length at least
    return out


def candidates(tokens: list[Token]) -> list[Candidate]:
    """All candidates of a sentence, de-duplicated by span (the first origin wins). A
    candidate that cuts through a personal name, or glues one to other words, is dropped:
    names are entries of their own."""
    words = words_of(tokens)
    names = person_name_spans(tokens)
    seen: dict[tuple[int, int], Candidate] = {}
    nicknames = _nicknames(tokens)  # found once: runs, their pieces and quotations all ask
    quotes = _quotes(tokens, nicknames)
    money = [k for k in range(len(tokens) - 1) if _currency_prefix(tokens, k)]
    runs = _capital_runs(tokens, words, nicknames)
    headed = _headed_names(tokens, words)
    paired = _paired_commas(tokens, headed)
    for group in (
        quotes,
        _reduplications(tokens, words),
        _listed_fields(tokens, words),
        _enumerations(tokens, words),
        _closed_lists(tokens, words),
        _coordinations(tokens, words),
        _pairs_with_their_noun(tokens, words),
        _caps(tokens, words, runs, nicknames),
        [c for c in headed if c.origin == "caps"],  # a name closed by a capital is no n-gram
        _ngrams(tokens, words),
        [c for c in headed if c.origin == "caps+"],
        _single_words(tokens, words),
    ):
        for cand in group:
            if any(cand.first <= k <= cand.last for k in money):
                continue  # "US" of "US$5 triệu" is a currency sign, not the country
            if (
                cand.origin != "name"
                and cand.origin != "quote"
                and any(cand.first <= b and a <= cand.last for a, b in names)
                and not _named_after(tokens, cand, names)
            ):
                continue
            if cand.origin != "quote" and _cut_at_an_edge(tokens, cand):
                continue  # (a quotation's edges are its marks)
            if cand.origin != "quote" and cand.last < paired.get(cand.first, -1):
                continue  # "Luật Trật tự" of "Luật Trật tự, an toàn giao thông đường bộ"
            if cand.origin in ("enum", "coord") and any(
                q.first <= cand.first and cand.last <= q.last for q in quotes if q.origin == "quote"
            ):
                continue  # a list inside a quotation is part of the quoted expression
            if cand.origin in ("caps", "caps+") and any(
                _title(tokens, q)
                and q.first <= cand.first
                and cand.last <= q.last
                and (q.first, q.last) != (cand.first, cand.last)
                for q in quotes
            ):
                cand = Candidate(cand.first, cand.last, "caps-frag")  # "The Witch" of “Ding-Dong! The Witch Is Dead”
            seen.setdefault((cand.first, cand.last), cand)
    return sorted(seen.values(), key=lambda c: (c.first, c.last))

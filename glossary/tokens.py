"""Word-level tokens with character offsets, for Vietnamese (syllables grouped into words)
and English.

Vietnamese writes one syllable per space-separated unit, and words are one or more
syllables ("Chủ_tịch", "Ngoại_giao"). The word aligner sees syllables (what the
multilingual model was trained on); term candidates must start and end on word
boundaries, which pyvi's segmenter supplies. Every token keeps its offsets so a term is
always shown exactly as written in the sentence.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from align.text import fold, tone_key, tone_old_style

from .lexicon import QUOTE_PAIRS, VI_STOP

__all__ = [
    "JOINED_PATH",
    "SENTENCE_OPENERS",
    "Token",
    "en_tokens",
    "english_key",
    "span_text",
    "split_at_english_names",
    "tokens_for",
    "touching",
    "vi_syllables",
    "vi_tokens",
    "whole_phrase",
    "whole_phrase_in",
    "whole_word_starts",
]

#: what stands before the first word of a sentence or of a quotation
SENTENCE_OPENERS = frozenset(".!?…:“\"‘'(-–—")

#: a web or mail address is one token that no term crosses or contains: sources cited in news
#: ("http://en.wikipedia.org/wiki/Xbox_360_technical_problems") are no text to mine; the
#: address stops before a sentence's closing mark
_ADDRESS = r"(?:https?://|www\.)\S*[^\s.,;:!?)\]\"'”’]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_CODE = r"\d+(?:st\b|nd\b|rd\b|th\b)?(?:[.,/:-][0-9A-Za-zĐđ]+)*"  # 12/12/2024, 18-NQ/TW, 2021-2025, 3.5
_EN = re.compile(_ADDRESS + "|" + _CODE + r"|[^\W\d_]+(?:-[^\W\d_]+)*(?:['’](?!s\b)[^\W\d_]+)?|['’]s\b|[^\w\s]")
#: capitals joined by full stops, one abbreviation in Vietnamese news: "TP.HCM" (Thành phố Hồ
#: Chí Minh → Ho Chi Minh City), "GS.TS" (professor and doctor); split at the stop, "HCM" was
#: a candidate of its own and "TP.HCM", the form a gold list writes, none. No development
#: document writes one.
_VI_ABBREVIATION = r"(?:[A-ZĐ]{1,4}\.)+[A-ZĐ]{2,}(?![^\W\d_])"
_ABBREVIATION = re.compile(_VI_ABBREVIATION)
_VI_SYLLABLE = re.compile(_ADDRESS + "|" + _CODE + "|" + _VI_ABBREVIATION + r"|[^\W\d_]+|[^\w\s]")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    word: int  # index of the word this token belongs to (== token index in English)
    tag: str = ""  # part of speech of that word (Vietnamese, from pyvi), "" if unknown
    #: a mark, or an address: neither is part of a term. Set once here: the miner asks it
    #: of every token of every candidate's sentence many times over.
    is_punct: bool = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "is_punct", not any(ch.isalnum() for ch in self.text) or _is_address(self.text))


def _is_address(text: str) -> bool:
    return len(text) > 4 and ("://" in text or text.startswith("www.") or "@" in text[1:])


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def english_key(text: str) -> str:
    """How two English renderings are told equal: case, runs of spaces and the typographic
    apostrophe do not count ("Reuters’ office" is "reuters' office")."""
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip().lower()


@functools.lru_cache(maxsize=4096)
def whole_phrase(phrase: str) -> re.Pattern[str]:
    """``phrase`` as a case-blind pattern that matches it only as whole English words: no
    letter, digit, "_", apostrophe or hyphen touching either end ("US" is not in "US-led" or
    "Hamas'", "colonel" not in "colonels")."""
    return re.compile(r"(?<![\w'’-])" + re.escape(phrase) + r"(?![\w'’-])", re.IGNORECASE)


def _phrase_edge(ch: str) -> bool:
    """A character that may not touch a whole phrase (``whole_phrase``'s lookarounds)."""
    return _word_char(ch) or ch in "'’-"


@functools.lru_cache(maxsize=8192)
def _lowered(text: str) -> str:
    return text.lower()


def whole_phrase_in(text: str, phrase: str) -> tuple[int, int] | None:
    """Where ``whole_phrase(phrase)`` first matches ``text`` (start, end), found with
    ``str.find`` on lower-cased copies. A pattern compiled for each term-bank rendering a
    candidate meets (thousands of distinct ones in a long document, case-blind patterns
    compile slowly) outgrew the pattern cache and made the glossary step grow faster than
    the document. Text whose lower case changes its length falls back to the pattern."""
    low, needle = _lowered(text), phrase.lower()
    if len(low) != len(text) or len(needle) != len(phrase):
        m = whole_phrase(phrase).search(text)
        return (m.start(), m.end()) if m else None
    if not needle:
        return None
    k = low.find(needle)
    while k >= 0:
        end = k + len(needle)
        if (k == 0 or not _phrase_edge(text[k - 1])) and (end == len(text) or not _phrase_edge(text[end])):
            return k, end
        k = low.find(needle, k + 1)
    return None


def whole_word_starts(text: str, needle: str) -> Iterator[int]:
    r"""Where ``needle`` stands in ``text`` as whole words — no letter, digit or "_" touching
    either end (the regex ``(?<!\w)needle(?!\w)``). Plain ``str.find``: a pattern compiled
    for each of a long document's tens of thousands of candidate translations cost a
    tenth of the glossary step."""
    if not needle:
        return
    k, n = text.find(needle), len(needle)
    while k >= 0:
        if (k == 0 or not _word_char(text[k - 1])) and (k + n == len(text) or not _word_char(text[k + n])):
            yield k
        k = text.find(needle, k + 1)


def en_tokens(text: str) -> list[Token]:
    return [Token(m.group(0), m.start(), m.end(), k) for k, m in enumerate(_EN.finditer(text))]


def vi_syllables(text: str) -> list[str]:
    """The syllables (and codes, and marks) of a Vietnamese text, without word grouping."""
    return _VI_SYLLABLE.findall(text)


def _pyvi_words(text: str) -> list[tuple[str, str]]:
    """pyvi's words (syllables joined by "_") with their part-of-speech tags."""
    from pyvi import ViPosTagger, ViTokenizer  # lazy: pulls scikit-learn

    # pyvi learnt word boundaries mostly from "hoà"-style text ("hòa bình" splits, "hoà bình"
    # does not); the conversion keeps every syllable's length, so matching stays exact
    words, tags = ViPosTagger.postagging(ViTokenizer.tokenize(tone_old_style(text)))
    return list(zip(words, tags, strict=False))


def _passed(part: str, syllables: list[tuple[str, int, int]], pos: int) -> int:
    """Where matching goes on after a pyvi word part that is several of our syllables —
    an initial with its full stop ("W.", "D."), a code's letters with its digits ("SH1R"),
    an ellipsis — starting within the usual reach of ``pos``; ``pos`` if it is not that.
    Matched whole, such a part matched nothing, and, wider than the reach, it left every
    later word of the sentence unmatched: 935 syllables of the development documents (read
    line by line) lost their words and tags that way ("rò rỉ thông tin an ninh quốc gia" after "Washington
    D. C." came out as single syllables)."""
    pieces = [tone_key(piece) for piece in _VI_SYLLABLE.findall(part)]
    if len(pieces) < 2:
        return pos
    for start in range(pos, min(pos + 4, len(syllables) - len(pieces) + 1)):
        if all(tone_key(syllables[start + i][0]) == piece for i, piece in enumerate(pieces)):
            return start + len(pieces)
    return pos


def vi_tokens(text: str, *, learnt: bool = True) -> list[Token]:
    """Syllable tokens; ``word`` groups the syllables pyvi joins into one word (and, with
    ``learnt``, the nouns it only sometimes joins: ``_join_learnt_words``)."""
    syllables = [(m.group(0), m.start(), m.end()) for m in _VI_SYLLABLE.finditer(text)]
    word_of = list(range(len(syllables)))
    tag_of = [""] * len(syllables)
    pos = 0
    word = 0
    for chunk, tag in _pyvi_words(text):
        parts = chunk.replace("_", " ").split()
        matched = []
        for part in parts:
            ahead = next(
                (p for p in range(pos, min(pos + 4, len(syllables))) if tone_key(syllables[p][0]) == tone_key(part)),
                None,
            )
            if ahead is None:
                # pyvi split a code ("18 - NQ") that we keep whole: skip the piece; or it
                # joined syllables of ours ("W.", "D.", "SH1R"): pass them, each its own word
                passed = _passed(part, syllables, pos)
                for skipped in range(pos, passed):
                    word_of[skipped] = word
                    word += 1
                pos = passed
                continue
            for skipped in range(pos, ahead):
                word_of[skipped] = word  # a syllable pyvi rendered differently: its own word
                word += 1
            matched.append(ahead)
            pos = ahead + 1
        for index in matched:
            word_of[index] = word
            tag_of[index] = tag
        if matched:
            word += 1
    for index in range(pos, len(syllables)):
        word_of[index] = word
        word += 1
    _split_case_slips(syllables, word_of)
    _join_split_compounds(syllables, word_of, tag_of)
    if learnt:
        _join_learnt_words(syllables, word_of, tag_of, load_joined_words())
        _split_rare_glue(syllables, word_of, load_word_uses())
    # renumber words densely in order; an abbreviation pyvi split at its stops ("TP.HCM") is
    # tagged as pyvi tags one it keeps whole ("UBND": Ny)
    dense, out, last = -1, [], None
    for (s, a, b), w, tag in zip(syllables, word_of, tag_of, strict=False):
        if w != last:
            dense += 1
            last = w
        out.append(Token(s, a, b, dense, tag or ("Ny" if "." in s and _ABBREVIATION.fullmatch(s) else "")))
    return out


#: Compounds pyvi always splits, each with the tag of the whole: "hàng không" (aviation,
#: airline) comes out as "hàng" + "không" (not). In the ALT Wikinews Vietnamese all but one
#: of its 93 uses are the compound ("hãng hàng không", "an toàn hàng không", "Cục Hàng không
#: Liên bang"); the tuning documents' gold lists have eight terms with it, none of which
#: could be a candidate. Not joined where "không" is a word with the next syllable ("không
#: thể", cannot). "hàng năm", "hằng tháng", "hàng ngày" … are the adjectives annual,
#: monthly, daily: read as two nouns, their time word is a stop word no candidate ends on,
#: and "ngân sách hàng năm" (annual budget), "phí dịch vụ hàng tháng" (monthly service
#: fees) could never be one (eight gold terms of the development lists).
_SPLIT_COMPOUNDS: dict[tuple[str, str], str] = {("hàng", "không"): "N"} | {
    (every, period): "A" for every in ("hàng", "hằng") for period in ("năm", "tháng", "tuần", "ngày", "quý", "giờ")
}


#: the function syllable that also closes many compounds ("hình sự", "dân sự", "quân sự",
#: "nhân sự"): pyvi's word of a capital and it stays where pyvi makes the same word in lower
#: case ("Bộ luật Hình sự", found in the reading of vn13, session 51). With every function
#: syllable the lower-case test kept wrong words too ("Cho dù", although; tuning −1 gold term)
_COMPOUND_STOPS = frozenset({"sự"})


@functools.lru_cache(maxsize=4096)
def _joined_in_lower_case(first: str, second: str) -> bool:
    """Does pyvi make one word of two syllables written in lower case?"""
    return len(_pyvi_words(f"{first} {second}")) == 1


def _join_split_compounds(syllables: list[tuple[str, int, int]], word_of: list[int], tag_of: list[str]) -> None:
    """Join the two words of a ``_SPLIT_COMPOUNDS`` pair into one word with its tag, in place."""
    for k in range(len(syllables) - 1):
        pair = (tone_key(syllables[k][0]).lower(), tone_key(syllables[k + 1][0]).lower())
        alone = k + 2 >= len(syllables) or word_of[k + 2] != word_of[k + 1]
        if pair in _SPLIT_COMPOUNDS and word_of[k] != word_of[k + 1] and alone:
            word_of[k + 1] = word_of[k]
            tag_of[k] = tag_of[k + 1] = _SPLIT_COMPOUNDS[pair]


JOINED_PATH = Path(__file__).resolve().parent / "joined_words.tsv"


@functools.cache
def load_joined_words(path: Path = JOINED_PATH) -> Mapping[tuple[str, ...], str]:
    """The nouns pyvi splits now and then, learnt from the news corpus
    (``benchmarks/train_segmentation.py``): syllables (one tone-mark convention, lower
    case) → the tag pyvi gives the joined word."""
    out: dict[tuple[str, ...], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            seq, tag, *_ = line.split("\t")
            out[tuple(seq.split(" "))] = tag
    return out


@functools.lru_cache(maxsize=1 << 16)
def _syllable_key(text: str) -> str:
    """A syllable as the learnt list spells it (one tone-mark convention, lower case); news
    repeats its syllables, so each is converted once."""
    return tone_key(text).lower()


def _join_learnt_words(
    syllables: list[tuple[str, int, int]], word_of: list[int], tag_of: list[str], joined: Mapping[tuple[str, ...], str]
) -> None:
    """Join, in place, a learnt noun that pyvi split into whole words this time ("Liên_hợp"
    + "quốc" → "Liên_hợp_quốc", tagged as pyvi tags it joined). Only whole words join: a
    syllable pyvi glued to a neighbour outside the noun ("quốc_tế") is left alone, and so is
    a capital after a lower-case syllable: a name starts there ("giải Pháp Mở rộng" is the
    French Open, not "giải_pháp", a solution). The longer of two overlapping nouns wins; the
    scan moves on past a joined one."""
    if not joined:
        return
    keys = [_syllable_key(s[0]) for s in syllables]
    firsts = {seq[0] for seq in joined}
    k = 0
    while k < len(syllables):
        if keys[k] in firsts:
            for n in (3, 2):
                end = k + n
                seq = tuple(keys[k:end])
                if end > len(syllables) or seq not in joined:
                    continue
                starts = k == 0 or word_of[k - 1] != word_of[k]
                ends = end == len(syllables) or word_of[end] != word_of[end - 1]
                rises = any(
                    syllables[j][0][:1].isupper() and syllables[j - 1][0][:1].islower() for j in range(k + 1, end)
                )
                if starts and ends and word_of[k] != word_of[end - 1] and not rises:
                    for j in range(k, end):
                        word_of[j], tag_of[j] = word_of[k], joined[seq]
                    k = end - 1
                    break
        k += 1


WORD_USES_PATH = Path(__file__).resolve().parent / "word_uses.tsv"


@functools.cache
def load_word_uses(path: Path = WORD_USES_PATH) -> Mapping[str, int]:
    """How often pyvi makes each word of two syllables or more in the news corpus
    (``benchmarks/train_segmentation.py``): syllables (one tone-mark convention, lower
    case, space-separated) → uses."""
    out: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            seq, uses = line.split("\t")
            out[seq] = int(uses)
    return out


#: a word of three syllables or more pyvi made at most this often in the corpus is a glue
#: suspect ("thành_công_ty", "một_số_nhân_chứng", "tôn_giáo_hội")
_RARE_WORD = 2
#: each piece it splits into is a single syllable or a word used at least this often
_COMMON_PIECE = 5
#: syllables that rightly form one word with the word they open or close ("phó", "tổng",
#: "bất", "tái"; "viên", "hóa", "học", "sĩ"): no split cuts them off alone. Not "cựu"
#: (former): "cựu_vệ_sĩ" is a former bodyguard, and the term is "vệ sĩ" (session 44, tuning
#: +1; "cựu X" stays a candidate of two words)
_AFFIXES = frozenset("viên hóa hoá học gia sĩ giả phó tổng đa phi bất tái tự siêu vô".split())


def _split_rare_glue(syllables: list[tuple[str, int, int]], word_of: list[int], uses: Mapping[str, int]) -> None:
    """Split, in place, a lower-case word of three syllables or more that pyvi glued across
    a word boundary: "trở_thành_công_ty truyền_thông" ("became a media company") hides
    "công ty", "một_số_nhân_chứng" (some witnesses) "nhân chứng", "nấu_ăn_ở" a trailing "ở". No
    candidate starts or ends inside a word, so the glue blocked the term. A word the corpus
    rarely has (``_RARE_WORD``) is cut once, where both pieces are common words
    (``_COMMON_PIECE``; a single syllable always is) and the rarer piece is most common; an
    affix is never cut off alone; where no one cut works, two cuts may (``_glue_cuts``:
    "cơ_quan_chức_năng_nổ", session 44: tuning +1, no other development document changed).
    Its first syllable may be a capital: a body written in title case glued to the verb after
    it ("Thủ tướng | Chính_phủ_phê_duyệt", session 67, vn71); then every piece keeps two
    syllables at least ("Ngân hàng Hợp_tác_xã" and "Giám_đốc_ban" stay whole).
    Real compounds are frequent ("ứng_cử_viên",
    "phát_ngôn_viên"), and a rare one whose pieces are common words ("tổng_biên_tập") still
    yields the whole term, since candidates may span several words. (Session 37, tuning
    documents: 5 more gold terms listed, 2 fewer conflicts.)"""
    if not uses:
        return
    fresh = max(word_of, default=0) + 1
    start = 0
    while start < len(syllables):
        end = start
        while end + 1 < len(syllables) and word_of[end + 1] == word_of[start]:
            end += 1
        texts = [syllables[k][0] for k in range(start, end + 1)]
        if len(texts) >= 3 and all(t.isalpha() for t in texts) and all(t.islower() for t in texts[1:]):
            keys = [_syllable_key(t) for t in texts]
            cuts = sorted(_glue_cuts(keys, uses))
            if texts[0][:1].isupper() and any(b - a < 2 for a, b in itertools.pairwise((0, *cuts, len(keys)))):
                cuts = []  # a capitalised word loses no single syllable: "Hợp_tác_xã" is a cooperative
            for cut in reversed(cuts):  # the last cut first
                _new_word_from(word_of, start + cut, fresh)
                fresh += 1
        start = end + 1


def _glue_cuts(keys: list[str], uses: Mapping[str, int]) -> tuple[int, ...]:
    """Where a rare glued word splits: at one cut into two common pieces (``_glue_cut``), else
    at two cuts into three ("cơ_quan_chức_năng_nổ", "the authorities blasted": "cơ quan |
    chức năng | nổ", where "cơ quan chức năng" itself is a word pyvi made too rarely to count
    as a common piece). No cut when neither exists."""
    if uses.get(" ".join(keys), 0) > _RARE_WORD:
        return ()  # a word the news corpus uses often is a word, glued or not
    one = _glue_cut(keys, uses)
    if one is not None:
        return (one,)
    if len(keys) < 4:
        return ()
    best: tuple[int, int, int] | None = None
    for first, second in itertools.combinations(range(1, len(keys)), 2):
        pieces = (keys[:first], keys[first:second], keys[second:])
        singles = [p[0] for p in pieces if len(p) == 1]
        if len(singles) > 1 or any(v in _AFFIXES for v in singles):
            continue  # two lone syllables take a word apart ("dân tộc | thiểu | số"); an affix stays
        common = min(uses.get(" ".join(p), 0) if len(p) > 1 else 10**9 for p in pieces)
        if common >= _COMMON_PIECE and (best is None or common > best[0]):
            best = (common, first, second)
    return () if best is None else best[1:]


def _glue_cut(keys: list[str], uses: Mapping[str, int]) -> int | None:
    """Where a glued word splits into two common pieces, or None (``_glue_cuts`` has found
    the word rare)."""
    best: tuple[int, int] | None = None
    for cut in range(1, len(keys)):
        if (cut == 1 and keys[0] in _AFFIXES) or (cut == len(keys) - 1 and keys[-1] in _AFFIXES):
            continue
        pieces = (keys[:cut], keys[cut:])
        common = min(uses.get(" ".join(p), 0) if len(p) > 1 else 10**9 for p in pieces)
        if common >= _COMMON_PIECE and (best is None or common > best[0]):
            best = (common, cut)
    return None if best is None else best[1]


#: Words whose second syllable alone is a function word: "Đảng Tự do" is the Liberal
#: Party, not "Đảng Tự" followed by "do" (because).
_STOP_ENDED_WORDS = frozenset({"tự do", "lý do", "nguyên do"})


def _split_case_slips(syllables: list[tuple[str, int, int]], word_of: list[int]) -> None:
    """pyvi sometimes joins a name's last syllable to the word after it: to a function word
    ("Châu | Âu_là"), or, after two capitals, to a word of two syllables ("Bộ |
    Công_Thương_yêu_cầu", the Ministry of Industry and Trade asked). A lower-case function
    word after a capitalised syllable starts its own word, and so do two lower-case
    syllables after two capitalised ones of its word; one lower-case syllable after them is
    the name's own ("Phó Thủ tướng", "Ấn Độ giáo")."""
    fresh = max(word_of, default=0) + 1
    for k in range(1, len(syllables)):
        text, before = syllables[k][0], syllables[k - 1][0]
        if word_of[k] != word_of[k - 1] or not before[:1].isupper() or not text.islower():
            continue
        after_two = (
            k >= 2
            and word_of[k - 2] == word_of[k]
            and syllables[k - 2][0][:1].isupper()
            and k + 1 < len(syllables)
            and word_of[k + 1] == word_of[k]
            and syllables[k + 1][0].islower()
        )
        if after_two or (
            text in VI_STOP and f"{before.lower()} {text}" not in _STOP_ENDED_WORDS and not _compound(before, text)
        ):
            _new_word_from(word_of, k, fresh)
            fresh += 1


def _compound(before: str, text: str) -> bool:
    """Is a capitalised syllable and the function syllable pyvi joined to it one word, as
    pyvi makes them in lower case ("Hình_sự": "hình_sự", criminal)? Only for
    ``_COMPOUND_STOPS``."""
    return text in _COMPOUND_STOPS and _joined_in_lower_case(before.lower(), text)


def _new_word_from(word_of: list[int], k: int, fresh: int) -> None:
    """Give syllable k and the rest of its word the word number ``fresh``, in place: the
    word is cut before syllable k."""
    old = word_of[k]
    for j in range(k, len(word_of)):
        if word_of[j] != old:
            break
        word_of[j] = fresh


#: north, south, east, west: "Bắc Ireland" is Northern Ireland, one name the English
#: writes with a word of its own, and "Nam Ossetia" South Ossetia
_COMPASS_SYLLABLES = frozenset({"bac", "nam", "dong", "tay"})


#: a syllable Vietnamese could spell, diacritics folded: onset, vowels, final consonant
_VIETNAMESE_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


def split_at_english_names(src: list[Token], tgt: list[Token]) -> list[Token]:
    """The Vietnamese tokens with a word boundary where pyvi glued a name to the word before
    it, as its English sentence shows: "Bắc_Kinh_Deng Xiaohong" ↔ "Beijing … Deng Xiaohong",
    "Mỹ_Al_Martino" ↔ "American Al Martino", "Park_Mike Harmon" ↔ "Cedar Park Police
    Captain Mike Harmon". A capitalised syllable starts a word of its own when the English
    has it (diacritics folded) as a capitalised word but never right after the syllable
    before it. A name the English spells alike stays one word ("Bùi Thanh Sơn" ↔ "Bui Thanh
    Son"), and so does one it translates ("Bắc_Kinh" ↔ "Beijing") or that opens with
    a compass point ("Bắc_Ireland" ↔ "Northern Ireland"). The syllable before the cut is
    Vietnamese or a word the English has: a first name the translator spelt otherwise
    ("Petet_Hain" ↔ "Peter Hain", "Barrack Obama") stays with the surname. No candidate
    crosses into the middle of a pyvi word, so the glued name blocked every term on either
    side of it. (Session 37, tuning documents: 4 more gold terms listed, no new conflict;
    the seed pair unchanged.)"""
    english = [fold(t.text) for t in tgt]
    capitals = {e for e, t in zip(english, tgt, strict=True) if t.text[:1].isupper()}
    adjacent = set(itertools.pairwise(english))
    words = set(english)
    cuts = {
        k
        for k in range(1, len(src))
        if src[k].word == src[k - 1].word
        and src[k].text[:1].isupper()
        and src[k].text.isalpha()
        and (b := fold(src[k].text)) in capitals
        and (a := fold(src[k - 1].text)) not in _COMPASS_SYLLABLES
        and (a, b) not in adjacent
        and (a in words or _VIETNAMESE_SYLLABLE.fullmatch(a) is not None)
    }
    if not cuts:
        return src
    out, word, previous = [], -1, None
    for k, token in enumerate(src):
        if token.word != previous or k in cuts:
            word += 1
        previous = token.word
        out.append(Token(token.text, token.start, token.end, word, token.tag))
    return out


def touching(tokens: list[Token], k: int) -> bool:
    """Token k is written with no space before it, right after token k - 1 ("U.S.", "US$",
    "Berners-Lee"): the marks that hold abbreviations and names together."""
    return 0 < k < len(tokens) and tokens[k - 1].end == tokens[k].start


def quotation_closer(tokens: list[Token], k: int) -> str | None:
    """The mark that closes the quotation token k opens, if it opens one: a double or a
    curly mark (``QUOTE_PAIRS``), or a straight apostrophe with a space before it and a word
    tight after it, as a quotation inside a quotation is written ("… để 'mất bò mới lo làm
    chuồng' sẽ …", "… is a 'silent killer' that …"). Inside a word an apostrophe is an
    elision or a possessive ("Côte d'Ivoire", "the capital's")."""
    text = tokens[k].text
    if text in QUOTE_PAIRS:
        return QUOTE_PAIRS[text]
    opens = text == "'" and not touching(tokens, k) and touching(tokens, k + 1) and tokens[k + 1].text.isalpha()
    return "'" if opens else None


def closes_quotation(tokens: list[Token], e: int, close: str) -> bool:
    """Does token e close a quotation whose closer is ``close``? A straight apostrophe only
    tight after a word and before a space, a mark or the end ("the players' union" has one
    tight after a word too, but it opens nothing, so nothing looks for its closer)."""
    if tokens[e].text != close:
        return False
    if close != "'":
        return True
    after = e + 1 >= len(tokens) or not touching(tokens, e + 1) or tokens[e + 1].is_punct
    return touching(tokens, e) and tokens[e - 1].text.isalpha() and after


def tokens_for(text: str, lang: str) -> list[Token]:
    return vi_tokens(text) if lang == "vi" else en_tokens(text)


def span_text(text: str, tokens: list[Token], first: int, last: int) -> str:
    """The sentence text from token ``first`` to token ``last`` inclusive, as written."""
    return text[tokens[first].start : tokens[last].end]

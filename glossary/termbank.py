"""A term bank: what terminologists listed on earlier documents of the same kind.

Translators keep a termbase across jobs, and a CAT tool recognises its terms in the next
document. The miner's ranking meets the same need: the confidence model cannot tell from
one article that "họp báo" (press conference) or "phương tiện truyền thông" (the media)
are terms a terminologist lists, while "chính phủ" (government) almost never is — but the
gold lists of earlier documents can. The bank holds, for every Vietnamese term that was
a candidate or a gold term on a development document, on how many documents it was seen and
on how many it was listed; ``termbank_features`` gives the confidence model two named
features of that:

* ``termbank_listed``: the documents that listed it (at most 3);
* ``termbank_rate``: the share of the documents it was seen on that listed it, or -1 for a
  term the bank has never seen (most terms of a new article: its names and its subject).

The bank also keeps the English renderings those gold lists accept, and the miner prefers
one of them when the document's own projections offer it ("Thủ tướng" was projected as
"Minister" once and "Prime Minister" once; "phương tiện truyền thông" as "foreign media"):
``glossary.mining._banked_choice``.

``benchmarks/build_termbank.py --write`` builds the bank from every development document's
gold list and candidates (since session 39; before, from the tuning documents' alone) —
never the seed pair's; since session 54 also from the Vietnamese-origin pairs vn1–vn18
(written in Vietnamese first, as VnExpress and Vietnam News are), whose official bodies,
titles and set phrases ("UBND tỉnh", "phòng, chống tham nhũng") recur from article to
article as a translator's termbase expects. ``benchmarks/train_scorer.py`` fits the model on rows whose bank
features never count their own document (each tuning document's rows see the bank of the
other tuning documents), and ``benchmarks/glossary_dev.py`` measures each development
document with the bank read ``leaving_out`` its own gold list and those of the documents
beside it in the corpus, as a new article meets the bank.

Tuning documents, out of fold (each document scored by a model and a bank without it), the
same candidates with the two features added: 0.710 → 0.716 of the gold terms listed; with
a perfect list size 0.747 → 0.752 at 1.8 × the gold list.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .evaluate import gold_source_key, gold_target_key

__all__ = [
    "BANK_PATH",
    "TermBank",
    "bank_text",
    "build_bank",
    "load_termbank",
    "termbank_features",
    "write_bank",
]

BANK_PATH = Path(__file__).resolve().parent / "termbank.tsv.gz"
_DOCUMENTS = "# documents: "  # the header line naming the documents the bank was built from
LISTED_CAP = 3


@dataclass(frozen=True)
class TermBank:
    counts: Mapping[str, tuple[int, int]]  # gold_source_key → (documents that listed it, documents it was seen on)
    version: str = ""  # the first 12 hex digits of the SHA-256 of the file it was read from
    #: gold_source_key → {gold_target_key of a rendering the gold lists accept → documents accepting it}
    renderings: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    #: a document the bank is read without: its gold keys → their accepted renderings
    left_out: Mapping[str, frozenset[str]] | None = None
    #: documents beside it that the bank is read without too: per gold key, how many of
    #: their gold lists have it, and per accepted rendering how many accept it
    beside: Mapping[str, tuple[int, Mapping[str, int]]] = field(default_factory=dict)
    #: the documents whose gold lists it was built from: only those can be left out of it
    documents: tuple[str, ...] = ()

    def listed_seen(self, key: str) -> tuple[int, int]:
        listed, seen = self.counts.get(key, (0, 0))
        near = self.beside[key][0] if key in self.beside else 0  # their gold terms were seen there too
        listed, seen = listed - near, seen - near
        if self.left_out is not None and seen:  # every term asked about was a candidate there
            return listed - (key in self.left_out), seen - 1
        return listed, seen

    def renderings_of(self, key: str, lists: int = 1) -> frozenset[str]:
        """The English renderings earlier gold lists accept for the term (``gold_target_key``),
        each accepted by at least ``lists`` of them."""
        own = self.left_out.get(key, frozenset()) if self.left_out is not None else frozenset()
        near = self.beside[key][1] if key in self.beside else {}
        return frozenset(e for e, n in self.renderings.get(key, {}).items() if n - (e in own) - near.get(e, 0) >= lists)

    def leaving_out(
        self,
        gold_terms: Iterable[tuple[str, Iterable[str]]] | None,
        beside: Iterable[Iterable[tuple[str, Iterable[str]]]] = (),
    ) -> TermBank:
        """The bank as if one of the documents it was built from were not in it — for
        measuring a development document as a new one meets the bank. It asks only about
        that document's candidates, each of which the bank counted as seen there.
        ``gold_terms``: the document's (term, accepted renderings), None for a document the
        bank was not built from (nothing of it to forget: forgetting it anyway would count
        its own gold terms down); ``beside``: the gold lists of documents next to it in the
        corpus that the bank holds, forgotten too, since an article can run on across a
        document's edge (their candidates that are no gold term stay counted as seen, which
        only lowers a rate). Which documents the bank holds: ``documents``."""
        own = _accepted(gold_terms) if gold_terms is not None else None
        near: dict[str, tuple[int, dict[str, int]]] = {}
        forgotten = int(own is not None)
        for other in beside:
            forgotten += 1
            for key, english in _accepted(other).items():
                listed, counts = near.get(key, (0, {}))
                near[key] = (listed + 1, {**counts, **{e: counts.get(e, 0) + 1 for e in english}})
        return TermBank(self.counts, f"{self.version}-{forgotten}", self.renderings, own, near, self.documents)


def _accepted(gold_terms: Iterable[tuple[str, Iterable[str]]]) -> dict[str, frozenset[str]]:
    """A gold list's terms (``gold_source_key``) with their accepted renderings."""
    out: dict[str, frozenset[str]] = {}
    for term, targets in gold_terms:
        key = gold_source_key(term)
        out[key] = out.get(key, frozenset()) | {gold_target_key(t) for t in targets}
    return out


def build_bank(
    documents: Iterable[tuple[Iterable[tuple[str, Iterable[str]]], Iterable[str]]], names: Iterable[str] = ()
) -> TermBank:
    """The bank of some documents, each given as (its gold terms with their accepted
    renderings, its candidates); ``names``: theirs, recorded in the bank."""
    listed: dict[str, int] = {}
    seen: dict[str, int] = {}
    renderings: dict[str, dict[str, int]] = {}
    for gold, candidates in documents:
        accepted = _accepted(gold)
        for key in accepted.keys() | {gold_source_key(t) for t in candidates}:
            seen[key] = seen.get(key, 0) + 1
        for key, english in accepted.items():
            listed[key] = listed.get(key, 0) + 1
            for e in english:
                renderings.setdefault(key, {})[e] = renderings.setdefault(key, {}).get(e, 0) + 1
    return TermBank(
        {key: (listed.get(key, 0), n) for key, n in seen.items()}, renderings=renderings, documents=tuple(names)
    )


def termbank_features(source: str, bank: TermBank) -> dict[str, float]:
    """The named features of a term (see the module's docstring)."""
    listed, seen = bank.listed_seen(gold_source_key(source))
    return {
        "termbank_listed": float(min(listed, LISTED_CAP)),
        "termbank_rate": listed / seen if seen else -1.0,
    }


def bank_text(bank: TermBank) -> str:
    """The file's text: a header, then ``term<TAB>listed<TAB>seen`` sorted by term, followed
    by ``<TAB>english<TAB>documents`` for each rendering the gold lists accept."""
    lines = ["# term bank: Vietnamese terms of the development documents (ALT Wikinews, NICT, CC BY 4.0),",
             "# with the documents whose gold list has them, the documents they were seen on, and the",
             "# English renderings those gold lists accept, each with its documents",
             "# (benchmarks/build_termbank.py --write)",
             _DOCUMENTS + " ".join(bank.documents)]  # fmt: skip
    for key, (listed, seen) in sorted(bank.counts.items()):
        english = sorted(bank.renderings.get(key, {}).items())
        lines.append("\t".join([key, str(listed), str(seen), *(f"{e}\t{n}" for e, n in english)]))
    return "\n".join(lines) + "\n"


def write_bank(bank: TermBank, path: Path = BANK_PATH) -> None:
    """Write the bank reproducibly (gzip without a timestamp or file name)."""
    path.write_bytes(gzip.compress(bank_text(bank).encode("utf-8"), mtime=0))


@functools.cache
def load_termbank(path: Path = BANK_PATH) -> TermBank:
    if not path.exists():  # before the first fit: the model has not learnt the features either
        return TermBank({}, "none")
    data = path.read_bytes()
    counts: dict[str, tuple[int, int]] = {}
    renderings: dict[str, dict[str, int]] = {}
    documents: tuple[str, ...] = ()
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if line.startswith(_DOCUMENTS):
            documents = tuple(line[len(_DOCUMENTS) :].split())
        if line.startswith("#") or not line:
            continue
        key, listed, seen, *english = line.split("\t")
        counts[key] = (int(listed), int(seen))
        if english:
            renderings[key] = {english[k]: int(english[k + 1]) for k in range(0, len(english), 2)}
    return TermBank(counts, hashlib.sha256(data).hexdigest()[:12], renderings, documents=documents)

"""A term bank: what terminologists listed on earlier documents of the same kind.

Translators keep a termbase across jobs, and a CAT tool recognises its terms in the next
document. The miner's ranking meets the same need: the confidence model cannot tell from
one article that "họp báo" (press conference) or "phương tiện truyền thông" (the media)
are terms a terminologist lists, while "chính phủ" (government) almost never is — but the
gold lists of the tuning documents can. The bank holds, for every Vietnamese term that was
a candidate or a gold term on a tuning document, on how many documents it was seen and on
how many it was listed; ``termbank_features`` gives the confidence model two named
features of that:

* ``termbank_listed``: the documents that listed it (at most 3);
* ``termbank_rate``: the share of the documents it was seen on that listed it, or -1 for a
  term the bank has never seen (most terms of a new article: its names and its subject).

``benchmarks/train_scorer.py --write`` builds the bank from the tuning documents' gold
lists and candidates, and fits the model on rows whose bank features never count their own
document (each document's rows see the bank of the other documents). Report-only
documents are never read, so their figures measure the bank as a new document meets it.

Tuning documents, out of fold (each document scored by a model and a bank without it), the
same candidates with the two features added: 0.710 → 0.716 of the gold terms listed; with
a perfect list size 0.747 → 0.752 at 1.8 × the gold list.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from align.text import nfc, tone_key

__all__ = [
    "BANK_PATH",
    "TermBank",
    "bank_key",
    "bank_text",
    "build_bank",
    "load_termbank",
    "termbank_features",
    "write_bank",
]

BANK_PATH = Path(__file__).resolve().parent / "termbank.tsv.gz"
LISTED_CAP = 3


@dataclass(frozen=True)
class TermBank:
    counts: Mapping[str, tuple[int, int]]  # bank_key → (documents that listed it, documents it was seen on)
    version: str = ""  # the first 12 hex digits of the SHA-256 of the file it was read from
    left_out: frozenset[str] | None = None  # the gold keys of a document the bank is read without

    def listed_seen(self, key: str) -> tuple[int, int]:
        listed, seen = self.counts.get(key, (0, 0))
        if self.left_out is not None and seen:  # every term asked about was a candidate there
            return listed - (key in self.left_out), seen - 1
        return listed, seen

    def leaving_out(self, gold_terms: Iterable[str]) -> TermBank:
        """The bank as if one of the documents it was built from were not in it — for
        measuring a tuning document without its own gold list in the bank. It asks only
        about that document's candidates, each of which the bank counted as seen there."""
        return TermBank(self.counts, f"{self.version}-1", frozenset(bank_key(t) for t in gold_terms))


def bank_key(text: str) -> str:
    """A Vietnamese term as the bank spells it: the gold lists' matching form (NFC, one
    tone-mark convention, lower case, single spaces, no surrounding punctuation)."""
    text = tone_key(nfc(text or "")).lower().strip().replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip(" \"'.,;:()")


def build_bank(documents: Iterable[tuple[Iterable[str], Iterable[str]]]) -> TermBank:
    """The bank of some documents, each given as (its gold terms, its candidates)."""
    listed: dict[str, int] = {}
    seen: dict[str, int] = {}
    for gold, candidates in documents:
        gold_keys = {bank_key(t) for t in gold}
        for key in gold_keys | {bank_key(t) for t in candidates}:
            seen[key] = seen.get(key, 0) + 1
        for key in gold_keys:
            listed[key] = listed.get(key, 0) + 1
    return TermBank({key: (listed.get(key, 0), n) for key, n in seen.items()})


def termbank_features(source: str, bank: TermBank) -> dict[str, float]:
    """The named features of a term (see the module's docstring)."""
    listed, seen = bank.listed_seen(bank_key(source))
    return {
        "termbank_listed": float(min(listed, LISTED_CAP)),
        "termbank_rate": listed / seen if seen else -1.0,
    }


def bank_text(bank: TermBank) -> str:
    """The file's text: a header, then ``term<TAB>listed<TAB>seen`` sorted by term."""
    lines = ["# term bank: Vietnamese terms of the tuning documents (ALT Wikinews, NICT, CC BY 4.0),",
             "# with the documents whose gold list has them and the documents they were seen on",
             "# (benchmarks/train_scorer.py --write)"]  # fmt: skip
    lines += [f"{key}\t{listed}\t{seen}" for key, (listed, seen) in sorted(bank.counts.items())]
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
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        key, listed, seen = line.split("\t")
        counts[key] = (int(listed), int(seen))
    return TermBank(counts, hashlib.sha256(data).hexdigest()[:12])

"""The glossary data model: plain frozen dataclasses, built by the miner, read by exporters."""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Example", "GlossaryEntry", "Glossary", "RunInfo", "KINDS"]

#: Entry kinds, in the order a terminologist reviews them.
KINDS = ("name", "title", "organisation", "idiom", "concept")


@dataclass(frozen=True)
class Example:
    """One aligned sentence pair in which the term occurs, with where it stands."""

    source: str
    target: str
    source_ref: str   # "file:sentence-number" (1-based)
    target_ref: str


@dataclass(frozen=True)
class GlossaryEntry:
    source: str
    target: str
    kind: str
    score: float                      # confidence in [0, 1]
    frequency: int                    # aligned occurrences of the source term
    examples: tuple[Example, ...] = ()
    agreement: float = 1.0            # share of occurrences translated this way
    alternatives: tuple[str, ...] = ()
    mono_documents: tuple[str, ...] = ()   # English-only documents using the target term
    flagged: bool = False             # below the review threshold
    note: str = ""

    @property
    def status(self) -> str:
        return "check" if self.flagged else "proposed"


@dataclass(frozen=True)
class RunInfo:
    """Provenance of one run, stamped into every export (a sacrebleu-style signature)."""

    version: str
    source_path: str
    target_path: str
    source_lang: str
    target_lang: str
    model: str
    settings: str
    mono_paths: tuple[str, ...] = ()
    date: str = ""                    # fixed by SOURCE_DATE_EPOCH for reproducible files

    def signature(self) -> str:
        return (f"songngu:{self.version}|src:{self.source_lang}|tgt:{self.target_lang}"
                f"|model:{self.model}|{self.settings}")


@dataclass(frozen=True)
class Glossary:
    entries: tuple[GlossaryEntry, ...]
    info: RunInfo
    stats: dict = field(default_factory=dict)

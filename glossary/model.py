"""The glossary data model: plain frozen dataclasses, built by the miner, read by exporters."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["KINDS", "STATUSES", "Example", "Glossary", "GlossaryEntry"]

#: Review statuses: decided by people first, then the miner's two confidence bands.
STATUSES = ("approved", "known", "proposed", "check")

#: Entry kinds, in the order a terminologist reviews them.
KINDS = ("name", "title", "organisation", "idiom", "concept")


@dataclass(frozen=True)
class Example:
    """One aligned sentence pair in which the term occurs, with where it stands."""

    source: str
    target: str
    source_ref: str  # "file:sentence-number" (1-based)
    target_ref: str


@dataclass(frozen=True)
class GlossaryEntry:
    source: str
    target: str
    kind: str
    score: float  # confidence in [0, 1]
    frequency: int  # aligned occurrences of the source term
    examples: tuple[Example, ...] = ()
    agreement: float = 1.0  # share of occurrences translated this way
    alternatives: tuple[str, ...] = ()
    mono_documents: tuple[str, ...] = ()  # English-only documents using the target term
    flagged: bool = False  # below the review threshold
    note: str = ""
    review: str = ""  # "approved" (a reviewer accepted it), "known" (from a term base), "" (mined)
    documents: tuple[str, ...] = ()  # corpus mode: the documents the term occurs in (empty for one pair)

    @property
    def status(self) -> str:
        """approved / known (decided by people), else proposed / check (mined, by confidence)."""
        return self.review or ("check" if self.flagged else "proposed")

    @property
    def decision(self) -> str:
        """What a review export pre-fills: "accept" for decided entries, "" (undecided) else."""
        return "accept" if self.review else ""


@dataclass(frozen=True)
class Glossary:
    """The mined entries, best first, with what the application needs to state how they
    were made: the miner's settings signature and the English-only evidence used."""

    entries: tuple[GlossaryEntry, ...]
    settings: str = ""  # word aligner and miner settings signature
    word_aligner: str = ""  # the word aligner's name
    mono_documents: tuple[str, ...] = ()  # names of the English-only evidence
    stats: dict[str, int] = field(default_factory=dict)
    review_summary: tuple[str, ...] = ()  # what a review or term base changed, one line each

"""The alignment data model: plain frozen dataclasses, no behaviour beyond derived fields.

Every sentence keeps its character offsets into the decoded, NFC-normalised document
text, so any bead can be traced back to the file it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Alignment", "Bead", "Document", "Sentence"]


@dataclass(frozen=True)
class Sentence:
    """One sentence. ``text`` is what the file says (whitespace folded); ``key`` is the
    form used for matching (one tone-mark convention), never shown to users."""

    index: int
    text: str
    key: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Document:
    """A decoded input file and its sentences."""

    path: str
    lang: str
    text: str
    encoding: str
    sentences: tuple[Sentence, ...]

    def __len__(self) -> int:
        return len(self.sentences)


@dataclass(frozen=True)
class Bead:
    """A group of consecutive source sentences paired with consecutive target sentences.

    A bead with one side empty is an unaligned sentence (a caption, a lede that was not
    translated, a related-news line). ``score`` is a confidence in [0, 1]; unaligned
    beads carry the confidence that the sentence really has no counterpart.
    """

    source_ids: tuple[int, ...]
    target_ids: tuple[int, ...]
    score: float

    @property
    def kind(self) -> str:
        return f"{len(self.source_ids)}-{len(self.target_ids)}"

    @property
    def aligned(self) -> bool:
        return bool(self.source_ids) and bool(self.target_ids)


@dataclass(frozen=True)
class Alignment:
    """The result of aligning two documents: beads in document order plus a verdict."""

    source: Document
    target: Document
    beads: tuple[Bead, ...]
    source_coverage: float
    target_coverage: float
    warning: str | None = None
    settings: dict = field(default_factory=dict)
    timings: dict = field(default_factory=dict)

    @property
    def pairs(self) -> tuple[Bead, ...]:
        return tuple(b for b in self.beads if b.aligned)

    def source_text(self, bead: Bead) -> str:
        return " ".join(self.source.sentences[i].text for i in bead.source_ids)

    def target_text(self, bead: Bead) -> str:
        return " ".join(self.target.sentences[i].text for i in bead.target_ids)

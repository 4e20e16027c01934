"""Carrying a reviewer's decisions and a term base into a new glossary (pure functions).

A mined glossary is a proposal; the decisions people make on it are the valuable part.
Decisions are matched to entries by the Vietnamese term in matching form (NFC, one
tone-mark convention, case folded): accepted terms keep the reviewer's English as
``approved`` — also when this run's documents no longer contain them —, rejected terms are
left out, undecided ones are mined afresh. Terms of a term base count as approved and are
marked ``known``. When two reviewed files decide one term differently, the later one wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from align.model import Alignment
from align.terms import TermIndex, match_key

from .model import Example, Glossary, GlossaryEntry

__all__ = ["ACTIONS", "Decision", "ReviewSummary", "apply_review", "resolve"]

#: accept (keep, with this English), reject (never propose again), "" (undecided).
ACTIONS = ("accept", "reject", "")


@dataclass(frozen=True)
class Decision:
    source: str
    target: str
    action: str  # one of ACTIONS
    where: str = ""  # the file it came from, for messages
    kind: str = ""
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True)
class ReviewSummary:
    approved: int = 0  # accepted entries kept (with the reviewer's English)
    rejected: int = 0  # mined entries left out because a reviewer rejected them
    known: int = 0  # entries from the term base
    new: int = 0  # mined entries no reviewed file mentions
    undecided: int = 0  # mined entries the reviewed files leave undecided
    conflicts: tuple[str, ...] = ()

    def lines(self) -> tuple[str, ...]:
        out = [
            f"{self.approved} approved kept, {self.rejected} rejected left out, {self.new} new, "
            f"{self.undecided} undecided mined again"
            + (f", {self.known} known from the term base" if self.known else "")
        ]
        return (*out, *self.conflicts)


def resolve(decisions: Sequence[Decision]) -> tuple[dict[str, Decision], tuple[str, ...]]:
    """One decision per term: the last one given wins; conflicts are described."""
    final: dict[str, Decision] = {}
    conflicts = []
    for d in decisions:
        key = match_key(d.source)
        earlier = final.get(key)
        if (
            earlier is not None
            and d.action
            and earlier.action
            and (earlier.action, earlier.target) != (d.action, d.target)
        ):
            conflicts.append(
                f"'{d.source}': {_said(earlier)} in {earlier.where}, {_said(d)} in {d.where}; the later file wins"
            )
        if d.action or earlier is None:
            final[key] = d
    return final, tuple(conflicts)


def _said(d: Decision) -> str:
    return f"accepted as '{d.target}'" if d.action == "accept" else "rejected"


def _decided(entry: GlossaryEntry, target: str, review: str) -> GlossaryEntry:
    alternatives = entry.alternatives
    if target != entry.target and entry.target not in alternatives:
        alternatives = (entry.target, *alternatives)[:3]
    return replace(entry, target=target, review=review, score=1.0, flagged=False, alternatives=alternatives)


def _from_decision(d: Decision, review: str, examples: tuple[Example, ...], frequency: int) -> GlossaryEntry:
    return GlossaryEntry(source=d.source, target=d.target, kind=d.kind or "concept", score=1.0, frequency=frequency,
                         examples=examples, review=review)  # fmt: skip


def _occurrences(alignment: Alignment | None, terms: Sequence[Decision], limit: int = 3
                 ) -> dict[str, tuple[int, tuple[Example, ...]]]:  # fmt: skip
    """Frequency and examples of each term in the aligned pairs (one pass, indexed)."""
    if alignment is None or not terms:
        return {}
    index = TermIndex.build([t.source for t in terms])
    counts: dict[str, list] = {}
    for bead in alignment.pairs:
        source, target = alignment.source_text(bead), alignment.target_text(bead)
        for number in sorted({n for n, _, _ in index.find(source)}):
            key = match_key(terms[number].source)
            found = counts.setdefault(key, [0, []])
            found[0] += 1
            if len(found[1]) < limit:
                ref_s, ref_t = (f"{alignment.source.path}:{bead.source_ids[0] + 1}",
                                f"{alignment.target.path}:{bead.target_ids[0] + 1}")  # fmt: skip
                found[1].append(Example(source, target, ref_s, ref_t))
    return {k: (n, tuple(ex)) for k, (n, ex) in counts.items()}


def apply_review(
    glossary: Glossary,
    decisions: Sequence[Decision] = (),
    known: Sequence[Decision] = (),
    alignment: Alignment | None = None,
) -> Glossary:
    """The glossary with the decisions (in command-line order) and the term base applied.

    Term-base pairs occurring in ``alignment``'s source side are added as ``known`` where
    the miner did not find them; a reviewer's decision on a term overrides the term base."""
    final, conflicts = resolve(decisions)
    base = {match_key(k.source): k for k in known}
    occurring = _occurrences(alignment, [*known, *(d for d in final.values() if d.action == "accept")])
    entries: list[GlossaryEntry] = []
    seen: set[str] = set()
    rejected = undecided = new = 0
    for entry in glossary.entries:
        key = match_key(entry.source)
        if key in seen:
            continue
        seen.add(key)
        d = final.get(key)
        if d is not None and d.action == "reject":
            rejected += 1
        elif d is not None and d.action == "accept":
            entries.append(_decided(entry, d.target, "approved"))
        elif key in base:
            entries.append(_decided(entry, base[key].target, "known"))
        else:
            entries.append(entry)
            undecided += d is not None
            new += d is None
    for key, d in final.items():
        if d.action == "accept" and key not in seen:
            frequency, examples = occurring.get(key, (0, d.examples))
            entries.append(_from_decision(d, "approved", examples or d.examples, frequency))
            seen.add(key)
    for key, k in base.items():
        if key not in seen and key in occurring and (key not in final or final[key].action != "reject"):
            entries.append(_from_decision(k, "known", occurring[key][1], occurring[key][0]))
            seen.add(key)
    entries.sort(key=lambda e: (-e.score, -e.frequency, e.source, e.target))
    summary = ReviewSummary(
        approved=sum(e.review == "approved" for e in entries), rejected=rejected,
        known=sum(e.review == "known" for e in entries), new=new, undecided=undecided, conflicts=conflicts,
    )  # fmt: skip
    return replace(glossary, entries=tuple(entries), review_summary=summary.lines())

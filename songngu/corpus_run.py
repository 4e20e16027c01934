"""``songngu corpus``: many document pairs → one translation memory, one glossary.

find the pairs (``corpus_input``) → align each pair where the executor runs it, word
links included (``corpus.process_document``; finished documents come from the document
cache) → mine one glossary over every usable pair (``glossary.mining.mine_corpus``:
corpus-wide frequency, association and one English per term; each entry names its
documents) → render every export and ``report.html`` → write them all-or-nothing.

A pair that cannot be used (unreadable, languages swapped, not a translation, a worker
that failed) is reported and left out; the command fails only when no pair is usable.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from align.errors import InputError, SongnguError
from glossary.model import Glossary, GlossaryEntry

from .corpus import (
    DocumentResult,
    Executor,
    dask_cluster,
    make_job,
    process_pool,
    run_documents,
    serial,
)
from .corpus_input import CorpusInput, find_pairs
from .exports import GLOSSARY_FORMATS, REGISTRY, ExportBundle
from .exports.corpus_report import DocumentRow, render_corpus_report
from .output import write_files
from .pipeline import PairSpec, parse_formats, provenance_for, read_review
from .provenance import InputFile, Provenance

__all__ = ["CORPUS_FORMATS", "CorpusOutcome", "CorpusRequest", "corpus_formats", "run_corpus"]

#: What a corpus writes: every glossary format, the one TMX, one JSONL per document.
CORPUS_FORMATS = (*GLOSSARY_FORMATS, "tmx", "jsonl")
REPORT = "report.html"


@dataclass(frozen=True)
class CorpusRequest:
    input: str  # a folder of NAME.vi.txt / NAME.en.txt pairs, or a TSV list
    output: str
    source_lang: str = "vi"
    target_lang: str = "en"
    model: str | None = None
    encoding: str | None = None  # of every document (default: detected per file)
    formats: tuple[str, ...] = CORPUS_FORMATS
    evidence: tuple[str, ...] = ()  # English-only documents (usage evidence for the glossary)
    review_threshold: float | None = None  # propose entries this confident (default: the model's own)
    workers: int = 1
    scheduler: str | None = None  # a Dask scheduler's address

    @property
    def mines(self) -> bool:
        return any(name in GLOSSARY_FORMATS for name in self.formats)


@dataclass
class CorpusOutcome:
    found: CorpusInput
    results: list[DocumentResult]
    glossary: Glossary | None = None
    provenance: Provenance | None = None
    files: dict[str, bytes] = field(default_factory=dict)

    @property
    def good(self) -> list[DocumentResult]:
        return [r for r in self.results if r.ok]

    @property
    def cached(self) -> int:
        return sum(r.cached for r in self.results)


def corpus_formats(value: str | None) -> tuple[str, ...]:
    """``--formats`` in corpus mode: glossary formats, ``tmx`` and ``jsonl``."""
    names = parse_formats(value, CORPUS_FORMATS)
    other = [n for n in names if n not in CORPUS_FORMATS]
    if other:
        known = ", ".join(CORPUS_FORMATS)
        raise InputError("--formats", f"{', '.join(other)} not written in corpus mode; choose from {known}")
    return names


def executor_for(request: CorpusRequest) -> Executor:
    if request.scheduler:
        return dask_cluster(request.scheduler)
    if request.workers > 1:
        return process_pool(request.workers)
    return serial


def _align_all(request: CorpusRequest, found: CorpusInput, progress: bool) -> list[DocumentResult]:
    jobs = [
        make_job(pair, source_lang=request.source_lang, target_lang=request.target_lang, model=request.model,
                 encoding=request.encoding, word_links=request.mines)
        for pair in found.pairs
    ]  # fmt: skip
    from tqdm import tqdm

    hidden = not progress or not sys.stderr.isatty()
    with tqdm(total=len(jobs), desc="documents", unit="doc", file=sys.stderr, leave=False, disable=hidden) as bar:

        def done(_: DocumentResult) -> None:
            bar.update(1)

        return run_documents(jobs, executor_for(request), ship_files=bool(request.scheduler), on_result=done)


def run_corpus(request: CorpusRequest, *, progress: bool = False, warn: Callable[[str], None] = print) -> CorpusOutcome:
    """The whole command; ``warn`` receives each line about a file or pair left out."""
    found = find_pairs(request.input, request.source_lang, request.target_lang)
    for line in found.warnings:
        warn(f"warning: {line}")
    first = found.pairs[0]
    spec = PairSpec(source=first.source, target=first.target, source_lang=request.source_lang,
                    target_lang=request.target_lang, model=request.model, evidence=request.evidence)  # fmt: skip
    review = read_review(spec) if request.mines else None  # a bad evidence file fails before any work
    outcome = CorpusOutcome(found, _align_all(request, found, progress))
    for result in outcome.results:
        if not result.ok:
            warn(f"skipped {result.name}: {result.message}")
    good = outcome.good
    if not good:
        raise SongnguError(f"{request.input}: none of its {len(outcome.results)} document pairs could be used")
    if review is not None:
        outcome.glossary = mine(
            good, dict(review.evidence), progress=progress, review_threshold=request.review_threshold
        )
    assert good[0].alignment is not None
    outcome.provenance = corpus_provenance(found, good, provenance_for(spec, good[0].alignment, outcome.glossary))
    outcome.files = render_corpus(request, outcome)
    write_files(request.output, outcome.files)
    return outcome


# --- the glossary --------------------------------------------------------------------------


def mine(
    good: Sequence[DocumentResult], evidence: dict[str, str], *, progress: bool, review_threshold: float | None = None
) -> Glossary:
    """One glossary over every usable pair; entries name their documents by name. (The
    miner's merge already takes each entry's examples from as many documents as it can.)"""
    from glossary.mining import MinerSettings, mine_corpus, store_word_links

    # word links made on other machines join this machine's cache (here: the same rows again)
    store_word_links([entry for r in good for entry in r.word_links])
    alignments = [r.alignment for r in good if r.alignment is not None]
    settings = MinerSettings(flag_below=review_threshold)
    glossary = mine_corpus(alignments, mono_texts=evidence, progress=progress, settings=settings)
    names = {r.alignment.source.path: r.name for r in good if r.alignment is not None}
    entries = tuple(_named(e, names) for e in glossary.entries)
    return replace(glossary, entries=entries)


def _named(entry: GlossaryEntry, names: dict[str, str]) -> GlossaryEntry:
    """The entry with its documents by name (every entry of a one-document corpus names it)."""
    documents = tuple(sorted({names.get(d, d) for d in entry.documents})) or tuple(names.values())[:1]
    return replace(entry, documents=documents)


# --- provenance and the files ------------------------------------------------------------


def _digest(rows: Sequence[tuple[str, str, str]]) -> str:
    """SHA-256 of a side of the corpus: each document's name, shown file and file hash."""
    return hashlib.sha256("".join(f"{n}\t{f}\t{h}\n" for n, f, h in rows).encode("utf-8")).hexdigest()


def corpus_provenance(found: CorpusInput, good: Sequence[DocumentResult], base: Provenance) -> Provenance:
    """The command's record: the corpus's two sides by the hash of their documents' hashes
    (one signature line whatever the corpus size), then the evidence documents."""
    files = {p.name: p for p in found.pairs}
    sides = []
    for role, lang, pick in (
        ("source", base.source_lang, lambda r: (files[r.name].source_shown, r.source_sha256)),
        ("target", base.target_lang, lambda r: (files[r.name].target_shown, r.target_sha256)),
    ):
        rows = [(r.name, *pick(r)) for r in good]
        sides.append(InputFile(role, f"{found.label} ({len(good)} {lang} documents)", _digest(rows)))
    evidence = tuple(f for f in base.inputs if f.role == "evidence")
    return replace(base, inputs=(*sides, *evidence))


def report_rows(outcome: CorpusOutcome) -> list[DocumentRow]:
    files = {p.name: p for p in outcome.found.pairs}
    rows = []
    for r in outcome.results:
        al, pair = r.alignment, files[r.name]
        rows.append(
            DocumentRow(
                name=r.name, source=pair.source_shown, target=pair.target_shown, status=r.problem or "aligned",
                message=r.message, source_sentences=len(al.source) if al else 0,
                target_sentences=len(al.target) if al else 0, pairs=len(al.pairs) if al else 0,
                source_coverage=al.source_coverage if al else None, target_coverage=al.target_coverage if al else None,
                source_sha256=r.source_sha256, target_sha256=r.target_sha256,
            )
        )  # fmt: skip
    return rows


def render_corpus(request: CorpusRequest, outcome: CorpusOutcome) -> dict[str, bytes]:
    """Every output file's bytes: the exports of ``request.formats`` and the report."""
    assert outcome.provenance is not None
    info, good = outcome.provenance, outcome.good
    documents = tuple((r.name, r.alignment) for r in good if r.alignment is not None)
    bundle = ExportBundle(provenance=info, glossary=outcome.glossary, documents=documents)
    files: dict[str, bytes] = {}
    for name in request.formats:
        if name == "jsonl":
            for document, alignment in documents:
                bundle_one = ExportBundle(provenance=info, alignment=alignment)
                files[f"documents/{document}.jsonl"] = REGISTRY["jsonl"].render(bundle_one)
        elif name in GLOSSARY_FORMATS and outcome.glossary is None:
            continue
        else:
            files[REGISTRY[name].filename] = REGISTRY[name].render(bundle)
    entries = len(outcome.glossary.entries) if outcome.glossary is not None else None
    files[REPORT] = render_corpus_report(info, report_rows(outcome), warnings=outcome.found.warnings, entries=entries)
    return files

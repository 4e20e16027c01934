"""Corpus mode, the per-document half: one job per document pair, run anywhere.

``process_document`` is the unit of work a worker runs — in this process, in a process
pool, or on a Dask worker on another machine: it reads and checks both files, aligns them,
and word-aligns the aligned pairs into the shared on-disk cache (the expensive part of the
glossary), returning the alignment or the reason the pair is unusable. It takes a small
frozen ``DocumentJob`` and returns a plain ``DocumentResult``; both pickle, and a Dask job
carries the files' bytes, so a worker needs songngu installed and nothing else.

``run_documents`` runs the jobs: finished documents come from a content-keyed document
cache (the two files' SHA-256, the languages, the model, songngu's version and the
aligner's settings), the rest go to the chosen executor, and results are returned in
document-name order whichever executor ran them, so the outputs do not depend on it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from align import __version__
from align.aligner import AlignSettings, align_documents
from align.cache import ContentCache, cache_dir, content_key
from align.document import load_document
from align.encoder import CachedEncoder, load_encoder
from align.errors import InputError, SongnguError
from align.model import Alignment

from .corpus_input import PairFiles

__all__ = [
    "FAILED",
    "NOT_TRANSLATION",
    "OFFLINE_ENVIRONMENT",
    "UNREADABLE",
    "DocumentJob",
    "DocumentResult",
    "Executor",
    "document_cache",
    "make_job",
    "process_document",
    "run_documents",
]

#: The models are local folders; the hub libraries must never try the network, and the
#: tokenizer's thread pool must not warn when corpus mode starts workers.
OFFLINE_ENVIRONMENT = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}

#: Why a pair is left out (DocumentResult.problem); "" is a usable pair.
UNREADABLE, NOT_TRANSLATION, FAILED = "bad input", "not a translation", "failed"

#: A corpus is stricter than one pair (where the aligner warns below 35 % coverage on both
#: sides), because a wrongly paired document feeds wrong translations into a glossary no one
#: reads document by document: a pair whose mean coverage and whose share of sentences in
#: aligned pairs are both under 60 % is not a translation. (Unrelated Wikinews articles of
#: 6–25 sentences: mean coverage 0.12–0.55 and at most 0.5 pairs per sentence; real pairs,
#: the seeds' raw web text included: coverage 0.75–1.0, about one pair per sentence.)
MIN_COVERAGE, MIN_PAIRS_PER_SENTENCE = 0.6, 0.6


@dataclass(frozen=True)
class DocumentJob:
    """One document pair to align: everything a worker needs, nothing it must look up."""

    name: str
    source: str  # path on the machine that made the job
    target: str
    source_shown: str  # the names the outputs show
    target_shown: str
    source_lang: str = "vi"
    target_lang: str = "en"
    model: str | None = None
    encoding: str | None = None  # of every file (default: detected per file)
    word_links: bool = True  # word-align the pairs into the cache (for the glossary)
    source_data: bytes | None = None  # the files' bytes, for workers on other machines
    target_data: bytes | None = None


@dataclass
class DocumentResult:
    """What became of one pair: its alignment, or why it is left out."""

    name: str
    alignment: Alignment | None = None
    problem: str = ""  # "" (usable), UNREADABLE, NOT_TRANSLATION or FAILED
    message: str = ""
    word_pairs: int = 0  # aligned pairs word-aligned into the cache
    #: the word links as cache entries, so that a worker on another machine hands them over
    word_links: tuple[tuple[bytes, bytes], ...] = ()
    seconds: float = 0.0
    version: str = __version__  # of the songngu that ran the job
    cached: bool = False  # taken from the document cache
    source_sha256: str = ""
    target_sha256: str = ""

    @property
    def ok(self) -> bool:
        return self.alignment is not None and not self.problem


# --- the worker side ---------------------------------------------------------------------


@contextlib.contextmanager
def _readable(job: DocumentJob) -> Iterator[tuple[str, str]]:
    """Paths to read: the job's own, or its bytes written to a temporary folder (same file
    names, so that the extension still tells HTML from text)."""
    if job.source_data is None or job.target_data is None:
        yield job.source, job.target
        return
    with tempfile.TemporaryDirectory(prefix="songngu-doc-") as folder:
        paths = []
        for side, data, shown in (("s", job.source_data, job.source_shown), ("t", job.target_data, job.target_shown)):
            path = Path(folder) / side / Path(shown.replace("\\", "/")).name
            path.parent.mkdir()
            path.write_bytes(data)
            paths.append(str(path))
        yield paths[0], paths[1]


_ENCODERS: dict[str | None, CachedEncoder] = {}


def _encoder(model: str | None) -> CachedEncoder:
    """One encoder per process and model: a worker loads its model once, not per document."""
    if model not in _ENCODERS:
        _ENCODERS[model] = load_encoder(model)
    return _ENCODERS[model]


def _align(job: DocumentJob, source: str, target: str) -> Alignment:
    """What ``pipeline.align_pair`` does, with this process's encoder."""
    src = load_document(source, job.source_lang, encoding=job.encoding, other_lang=job.target_lang,
                        display=job.source_shown)  # fmt: skip
    tgt = load_document(target, job.target_lang, encoding=job.encoding, other_lang=job.source_lang,
                        display=job.target_shown)  # fmt: skip
    return align_documents(src, tgt, _encoder(job.model), AlignSettings())


def process_document(job: DocumentJob) -> DocumentResult:
    """Read, check and align one pair and word-align its pairs into the cache; a pair that
    cannot be used comes back with the reason, never as an exception."""
    for key, value in OFFLINE_ENVIRONMENT.items():
        os.environ.setdefault(key, value)
    started = time.perf_counter()
    try:
        with _readable(job) as (source, target):
            try:
                alignment = _align(job, source, target)
            except InputError as err:
                shown = {source: job.source_shown, target: job.target_shown}.get(err.path, err.path)
                return DocumentResult(job.name, problem=UNREADABLE, message=f"{shown}: {err.problem}")
        unrelated = _not_a_translation(alignment)
        if unrelated:
            return DocumentResult(job.name, alignment, NOT_TRANSLATION, unrelated, seconds=_since(started))
        links: tuple[tuple[bytes, bytes], ...] = ()
        if job.word_links and alignment.pairs:
            from glossary.mining import prepare_word_links  # heavy (word aligner); only for the glossary

            links = tuple(prepare_word_links(alignment))
    except SongnguError as err:
        return DocumentResult(job.name, problem=FAILED, message=str(err))
    except OSError as err:
        return DocumentResult(job.name, problem=FAILED, message=f"{err.filename or job.name}: {err.strerror or err}")
    pairs = len(alignment.pairs) if links else 0
    return DocumentResult(job.name, alignment, word_pairs=pairs, word_links=links, seconds=_since(started))


def _not_a_translation(al: Alignment) -> str:
    """Why the two texts do not look like translations of each other ("" when they do)."""
    if al.warning:
        return al.warning
    coverage = (al.source_coverage + al.target_coverage) / 2
    density = len(al.pairs) / max(1, min(len(al.source), len(al.target)))
    if coverage < MIN_COVERAGE and density < MIN_PAIRS_PER_SENTENCE:
        return (
            f"these files do not look like translations of each other: {len(al.pairs)} pairs for "
            f"{min(len(al.source), len(al.target))} sentences; {al.source_coverage:.0%} of {al.source.path} and "
            f"{al.target_coverage:.0%} of {al.target.path} aligned"
        )
    return ""


def _since(started: float) -> float:
    return round(time.perf_counter() - started, 3)


def _init_worker(threads: int) -> None:
    """A pool worker: offline, and its share of the cores for the math libraries."""
    for key, value in OFFLINE_ENVIRONMENT.items():
        os.environ.setdefault(key, value)
    for key in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(key, str(threads))


# --- jobs, the document cache ------------------------------------------------------------


def make_job(
    pair: PairFiles,
    *,
    source_lang: str,
    target_lang: str,
    model: str | None = None,
    encoding: str | None = None,
    word_links: bool = True,
) -> DocumentJob:
    return DocumentJob(
        name=pair.name,
        source=pair.source,
        target=pair.target,
        source_shown=pair.source_shown,
        target_shown=pair.target_shown,
        source_lang=source_lang,
        target_lang=target_lang,
        model=model,
        encoding=encoding,
        word_links=word_links,
    )


def document_cache() -> ContentCache:
    """Finished documents, keyed by content and settings (``songngu cache --clear`` empties it)."""
    return ContentCache(cache_dir(), "documents")


@functools.lru_cache(maxsize=8)
def _settings(model: str | None) -> str:
    """The models and settings a document's result depends on (the word aligner too: a hit
    means its links were made by the current one)."""
    from glossary.wordalign import WordAligner

    encoder = load_encoder(model, cache=False).name
    aligner = WordAligner(progress=False, use_cache=False).name
    return f"{__version__}|{encoder}|{AlignSettings().signature()}|{aligner}|{MIN_COVERAGE}|{MIN_PAIRS_PER_SENTENCE}"


def _cache_key(job: DocumentJob, source_sha: str, target_sha: str) -> bytes:
    """Everything that decides a document's result (the shown names appear in it)."""
    return content_key(
        "songngu-document", _settings(job.model), source_sha, target_sha, job.source_lang, job.target_lang,
        job.encoding or "", job.source_shown, job.target_shown,
    )  # fmt: skip


def _hashed(job: DocumentJob, ship: bool) -> tuple[DocumentJob, str, str] | DocumentResult:
    """The job (with its files' bytes when they travel to another machine) and the files'
    SHA-256; a file that cannot be read at all is a result already."""
    digests, data = [], []
    for path, shown in ((job.source, job.source_shown), (job.target, job.target_shown)):
        try:
            content = Path(path).read_bytes()
        except FileNotFoundError:
            return DocumentResult(job.name, problem=UNREADABLE, message=f"{shown}: no such file")
        except IsADirectoryError:
            return DocumentResult(job.name, problem=UNREADABLE, message=f"{shown}: is a directory, not a text file")
        except OSError as err:
            return DocumentResult(job.name, problem=UNREADABLE, message=f"{shown}: cannot be read ({err.strerror})")
        digests.append(hashlib.sha256(content).hexdigest())
        data.append(content if ship else None)
    return replace(job, source_data=data[0], target_data=data[1]), digests[0], digests[1]


def _from_cache(value: bytes) -> DocumentResult | None:
    try:
        result = pickle.loads(value)  # our own cache folder, written by this songngu version
    except Exception:  # a damaged entry is simply computed again
        return None
    return replace(result, cached=True) if isinstance(result, DocumentResult) else None


# --- executors -----------------------------------------------------------------------------

#: Runs the jobs, yielding each one's (job, result getter) as it finishes.
Executor = Callable[[Sequence[DocumentJob]], Iterator[tuple[DocumentJob, Callable[[], DocumentResult]]]]


def serial(jobs: Sequence[DocumentJob]) -> Iterator[tuple[DocumentJob, Callable[[], DocumentResult]]]:
    """In this process, one document after another (the models are loaded once)."""
    for job in jobs:
        yield job, functools.partial(process_document, job)


def process_pool(workers: int) -> Executor:
    """``workers`` processes on this machine ("spawn": torch and OpenMP do not survive fork)."""

    def run(jobs: Sequence[DocumentJob]) -> Iterator[tuple[DocumentJob, Callable[[], DocumentResult]]]:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        count = max(1, min(workers, len(jobs)))
        threads = max(1, (os.cpu_count() or 1) // count)
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(count, mp_context=context, initializer=_init_worker, initargs=(threads,)) as pool:
            futures = {pool.submit(process_document, job): job for job in jobs}
            try:
                for future in as_completed(futures):
                    yield futures[future], future.result
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise

    return run


#: How long to wait for a Dask scheduler to answer.
SCHEDULER_TIMEOUT = "15s"


def dask_cluster(address: str) -> Executor:
    """The workers of a running Dask scheduler (``dask scheduler`` / ``dask worker``)."""

    def run(jobs: Sequence[DocumentJob]) -> Iterator[tuple[DocumentJob, Callable[[], DocumentResult]]]:
        try:
            from dask.distributed import Client, as_completed
        except ImportError:  # pragma: no cover - a declared dependency
            raise SongnguError("--scheduler needs dask[distributed] (pip install 'dask[distributed]')") from None
        try:
            client = Client(address, timeout=SCHEDULER_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as err:
            raise SongnguError(f"cannot reach the Dask scheduler at {address}: {err}") from None
        try:
            futures = client.map(process_document, list(jobs), pure=False)
            by_key = {future.key: job for future, job in zip(futures, jobs, strict=True)}
            for future in as_completed(futures):
                yield by_key[future.key], future.result
        finally:
            client.close()

    return run


def _outcome(job: DocumentJob, get: Callable[[], DocumentResult]) -> DocumentResult:
    """A job's result; a worker that died or failed unexpectedly fails that document only."""
    try:
        result = get()
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as err:
        kind = type(err).__name__
        if kind == "BrokenProcessPool":
            return DocumentResult(job.name, problem=FAILED, message="the worker process died (out of memory?)")
        if isinstance(err, ModuleNotFoundError) and (err.name or "").split(".")[0] in ("songngu", "align", "glossary"):
            message = f"the worker has no songngu installed (pip install songngu=={__version__} there)"
            return DocumentResult(job.name, problem=FAILED, message=message)
        return DocumentResult(job.name, problem=FAILED, message=f"unexpected error: {kind}: {err}")
    if result.version != __version__:
        message = f"the worker runs songngu {result.version}, this is {__version__}; install the same version"
        return DocumentResult(job.name, problem=FAILED, message=message)
    return result


def run_documents(
    jobs: Sequence[DocumentJob],
    executor: Executor,
    *,
    ship_files: bool = False,
    cache: ContentCache | None = None,
    on_result: Callable[[DocumentResult], None] | None = None,
) -> list[DocumentResult]:
    """Every job's result, in name order: from the document cache where it holds one, else
    from the executor (and stored). ``ship_files`` puts the files' bytes into the jobs."""
    cache = cache if cache is not None else document_cache()
    results: dict[str, DocumentResult] = {}
    todo: list[tuple[DocumentJob, bytes, str, str]] = []
    for job in jobs:
        hashed = _hashed(job, ship_files)
        if isinstance(hashed, DocumentResult):
            results[job.name] = hashed
        else:
            todo.append((hashed[0], _cache_key(*hashed), hashed[1], hashed[2]))
    stored = cache.get_many([key for _, key, _, _ in todo])
    pending = {}
    for job, key, source_sha, target_sha in todo:
        found = _from_cache(stored[key]) if key in stored else None
        if found is not None:
            results[job.name] = replace(found, source_sha256=source_sha, target_sha256=target_sha)
        else:
            pending[job.name] = (job, key, source_sha, target_sha)
    for result in results.values():
        if on_result is not None:
            on_result(result)
    for job, get in executor([job for job, _, _, _ in pending.values()]) if pending else ():
        _, key, source_sha, target_sha = pending[job.name]
        result = replace(_outcome(job, get), source_sha256=source_sha, target_sha256=target_sha)
        if result.alignment is not None:
            cache.put_many([(key, pickle.dumps(replace(result, cached=False), protocol=pickle.HIGHEST_PROTOCOL))])
        results[job.name] = result
        if on_result is not None:
            on_result(result)
    return [results[name] for name in sorted(results)]

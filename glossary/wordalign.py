"""Word alignment inside aligned sentence pairs: the SimAlign method on e5's layer 7.

SimAlign (Jalili Sabet et al., 2020) reads contextual token vectors from a middle layer of
a multilingual encoder and links tokens whose vectors are mutually closest ("itermax"
adds second-best links for words left unlinked). We run it on multilingual-e5-small
(``align.e5runtime``: ONNX Runtime, no PyTorch in the process) over many pairs at once in
length-grouped batches; the simalign package runs one pair per pass through all twelve
layers, which was five times slower here and held a second copy of the model. The links
are simalign's, link for link (a test compares them with the package's own). Every
pair's links are cached on disk, so a repeated run does no model work at all.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import numpy as np

from align.cache import ContentCache, cache_dir, content_key

__all__ = ["LAYER", "MAX_SUBWORDS", "METHOD", "WordAligner", "WordLinks"]

#: (itermax links, forward links, mutual links), each a sorted list of (source, target) indices.
WordLinks = tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]

LAYER = 7  # of 12; on the seed pair layer 7 gave the best term recall (6: 0.55, 7: 0.62, 8: 0.57)
#: itermax links, plus each source word's most similar target word ("fwd"), which the
#: projection uses only to fill words itermax left unlinked. (Max-weight matching gave
#: no better terms here and took five times as long on long sentences.)
METHOD = "itermax|fwd|inter"
#: The model reads at most 512 positions; longer sentences are aligned on their head only.
MAX_SUBWORDS = 500


class WordAligner:
    """Aligns token lists; ``align_many`` → (itermax, forward, mutual) links per pair.

    The token states come from ``align.e5runtime`` in length-grouped batches over many pairs
    at once; the matching — itermax, forward and mutual argmax over the similarity matrix
    of subwords — is SimAlign's ("bpe" tokens, no distortion)."""

    def __init__(self, *, progress: bool = True, use_cache: bool = True) -> None:
        self.progress = progress
        self.cache = ContentCache(cache_dir() if use_cache else None, "wordlinks")
        self.name = f"e5-small-q4:layer{LAYER}:simalign-{METHOD}"

    def _key(self, src: Sequence[str], tgt: Sequence[str]) -> bytes:
        return content_key(json.dumps([self.name, list(src), list(tgt)], ensure_ascii=False))

    def align_many(self, pairs: Sequence[tuple[Sequence[str], Sequence[str]]], *, bar: Any = None) -> list[WordLinks]:
        """(links, forward links, mutual links) for each (source, target tokens) pair, cached.

        links: itermax; forward: each source token's most similar target token, used only to
        fill words the links left out; mutual: argmax both ways, the surest links, the only
        ones allowed to claim a word for another part of the sentence."""
        keys = [self._key(s, t) for s, t in pairs]
        found = {k: _decode(v) for k, v in self.cache.get_many(keys).items()}
        todo = list({k: p for k, p in zip(keys, pairs, strict=True) if k not in found}.items())  # distinct pairs once
        # pairs of similar length side by side, so that sentences of equal length share batches
        todo.sort(key=lambda item: (len(item[1][0]) + len(item[1][1]), item[0]))
        if todo and bar is not None:
            bar.reset(total=len(todo))
        for start in range(0, len(todo), _CHUNK):
            chunk = todo[start : start + _CHUNK]
            new = dict(zip((k for k, _ in chunk), _align_chunk([p for _, p in chunk], self.progress), strict=True))
            found.update(new)
            self.cache.put_many((k, _encode(v)) for k, v in new.items())
            if bar is not None:
                bar.update(len(chunk))
        return [found[k] for k in keys]

    def entries(self, pairs: Sequence[tuple[Sequence[str], Sequence[str]]]) -> list[tuple[bytes, bytes]]:
        """The cache entries (key, stored links) of pairs already aligned."""
        keys = list(dict.fromkeys(self._key(s, t) for s, t in pairs))
        found = self.cache.get_many(keys)
        return [(k, found[k]) for k in keys if k in found]


#: Pairs whose token states are held in memory at once (about 70 MB for news sentences).
_CHUNK = 512


def _align_chunk(pairs: Sequence[tuple[Sequence[str], Sequence[str]]], progress: bool) -> list[WordLinks]:
    """Word links of each pair: the token states of every distinct sentence of the chunk in
    one batched pass, then simalign's matching on each pair's similarity matrix."""
    from align.e5runtime import load_e5

    e5 = load_e5(progress)
    sides = [(_pieces(e5, src), _pieces(e5, tgt)) for src, tgt in pairs]
    sequences: dict[tuple[int, ...], int] = {}
    for side in sides:
        for pieces in side:
            ids = tuple(i for word in pieces for i in word)
            sequences.setdefault(ids, len(sequences))
    order = list(sequences)
    states = e5.run([(e5.bos, *ids, e5.eos) for ids in order], LAYER, _unit_rows)
    out: list[WordLinks] = []
    for s_pieces, t_pieces in sides:
        s_ids = tuple(i for word in s_pieces for i in word)
        t_ids = tuple(i for word in t_pieces for i in word)
        if not (s_ids and t_ids):
            out.append(([], [], []))
            continue
        out.append(_match(states[sequences[s_ids]], states[sequences[t_ids]], s_pieces, t_pieces))
    return out


def _pieces(e5: Any, words: Sequence[str]) -> list[tuple[int, ...]]:
    """Each word's subword ids, for the longest head of ``words`` that fits the model."""
    total, out = 0, []
    for word in words:
        pieces = e5.word_pieces(word)
        total += max(1, len(pieces))
        if total > MAX_SUBWORDS:
            break
        out.append(pieces)
    return out


def _unit_rows(states: np.ndarray) -> np.ndarray:
    """Token states without the sentence markers, each row scaled to unit length (float64)."""
    rows = states[1:-1].astype(np.float64)
    return (rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)).astype(np.float32)


def _match(
    src: np.ndarray, tgt: np.ndarray, s_pieces: list[tuple[int, ...]], t_pieces: list[tuple[int, ...]]
) -> WordLinks:
    """SimAlign's "bpe" matching: subword similarities (cosine mapped to [0, 1]), itermax,
    forward and mutual argmax; a word pair is linked when any of their subwords are."""
    sim = (src.astype(np.float64) @ tgt.astype(np.float64).T + 1.0) / 2.0
    forward = _row_argmax(sim)
    mutual = forward & _row_argmax(sim.T).T
    s_word = [n for n, word in enumerate(s_pieces) for _ in word]
    t_word = [n for n, word in enumerate(t_pieces) for _ in word]
    links = []
    for matrix in (_itermax(sim, mutual), forward, mutual):
        rows, cols = np.nonzero(matrix)
        links.append(sorted({(s_word[i], t_word[j]) for i, j in zip(rows.tolist(), cols.tolist(), strict=True)}))
    return (links[0], links[1], links[2])


def _row_argmax(sim: np.ndarray) -> np.ndarray:
    """Boolean matrix marking each row's most similar column (the first on a tie)."""
    marks = np.zeros(sim.shape, dtype=bool)
    marks[np.arange(sim.shape[0]), sim.argmax(axis=1)] = True
    return marks


#: SimAlign's itermax: rounds of matching, and the weight of a pair where one side is linked.
_ROUNDS, _HALF_FREE = 2, 0.9


def _itermax(sim: np.ndarray, mutual: np.ndarray) -> np.ndarray:
    """Mutual argmax links, then rounds that link still-unlinked tokens: similarities are
    kept where both tokens are free, scaled by 0.9 where one is, and a pair is linked when
    it is the best of its row and of its column and at least one of its tokens is free."""
    links = mutual.copy()
    if min(sim.shape) <= 2:
        return links
    for _ in range(_ROUNDS - 1):
        free_rows = np.logical_not(np.any(links, axis=1))
        free_cols = np.logical_not(np.any(links, axis=0))
        if not free_rows.any() or not free_cols.any():
            break
        weight = np.minimum(_HALF_FREE * free_rows[:, None] + _HALF_FREE * free_cols[None, :], 1.0)
        either = free_rows[:, None] | free_cols[None, :]
        scaled = sim * weight
        new = _row_argmax(scaled) & _row_argmax(scaled.T).T & either
        if not (new & ~links).any():
            break
        links |= new
    return links


def _encode(links: WordLinks) -> bytes:
    return json.dumps([[list(x) for x in part] for part in links]).encode("utf-8")


def _decode(value: bytes) -> WordLinks:
    itermax, fwd, inter = ([(int(i), int(j)) for i, j in part] for part in json.loads(value))
    return (itermax, fwd, inter)

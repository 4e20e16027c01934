"""The alignment dynamic programme: a pure function over bead-gain matrices.

Shapes: ``n`` source and ``m`` target sentences. A cell (i, j) is the state "the first i
source and first j target sentences are consumed". Only a band of cells is stored: row i
holds columns ``lo[i] .. lo[i] + W - 1``, so time and memory are O(n · W) rather than
O(n · m). ``gains[(a, b)]`` has shape (n + 1, W): entry [i, k] is the gain of the bead that
ends in cell (i, lo[i] + k) and covers source i-a..i-1 and target j-b..j-1. The
unaligned beads (1, 0) and (0, 1) are bead types like the others; a full matrix is the
special case ``lo = 0``, ``W = m + 1``. The DP maximises the total gain of a monotone path
from (0, 0) to (n, m).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

__all__ = ["band_dp", "full_band"]

NEG = -1e18


def full_band(n: int, m: int) -> np.ndarray:
    """``lo`` for the whole matrix."""
    return np.zeros(n + 1, dtype=np.int64)


def band_dp(
    gains: Mapping[tuple[int, int], np.ndarray], lo: np.ndarray, n: int, m: int
) -> list[tuple[int, int, int, int]]:
    """Best path as beads (i0, i1, j0, j1), in order. Requires lo[0] == 0 and cell (n, m)
    inside the band; ties go to the bead type listed first in ``gains``."""
    types = list(gains)
    if not types:
        raise ValueError("no bead types")
    width = next(iter(gains.values())).shape[1]
    lo = np.asarray(lo, dtype=np.int64)
    if lo.shape != (n + 1,) or lo[0] != 0 or not (lo[n] <= m < lo[n] + width):
        raise ValueError("band must start at (0, 0) and contain (n, m)")
    best = np.full((n + 1, width), NEG)
    back = np.full((n + 1, width), -1, dtype=np.int16)
    cols = np.arange(width)
    forward = [t for t in types if t[0] > 0]
    chain = (0, 1) in gains
    chain_index = types.index((0, 1)) if chain else -1
    for i in range(n + 1):
        valid = (lo[i] + cols) <= m
        row = np.full(width, NEG)
        row_back = np.full(width, -1, dtype=np.int16)
        if i == 0:
            row[0] = 0.0
        for t in forward:
            a, b = t
            if a > i:
                continue
            shift = int(lo[i] - b - lo[i - a])
            src = cols + shift
            ok = (src >= 0) & (src < width) & valid & (lo[i] + cols - b >= 0)
            cand = np.full(width, NEG)
            cand[ok] = best[i - a, src[ok]] + gains[t][i, ok]
            better = cand > row
            row[better] = cand[better]
            row_back[better] = types.index(t)
        if chain:
            g = np.where(valid, gains[(0, 1)][i], NEG / 4)
            g[0] = 0.0
            cums = np.cumsum(g)
            running = np.maximum.accumulate(row - cums)
            via = cums + running
            better = via > row + 1e-12
            row = np.where(better, via, row)
            row_back[better] = chain_index
        row[~valid] = NEG
        best[i] = row
        back[i] = row_back
    path: list[tuple[int, int, int, int]] = []
    i, j = n, m
    while i > 0 or j > 0:
        k = j - lo[i]
        chosen = int(back[i, k])
        if chosen < 0 or best[i, k] <= NEG / 2:
            raise ValueError("no path through the band")
        a, b = types[chosen]
        path.append((i - a, i, j - b, j))
        i, j = i - a, j - b
    path.reverse()
    return path

"""The DP core on synthetic gain matrices (no model)."""

import numpy as np
import pytest

from align.dp import band_dp, full_band

TYPES = [(1, 1), (1, 2), (2, 1), (1, 0), (0, 1)]


def gains(n, m, cells):
    g = {t: np.full((n + 1, m + 1), -1.0) for t in TYPES}
    g[(1, 0)][:] = 0.0
    g[(0, 1)][:] = 0.0
    for (t, i, j), value in cells.items():
        g[t][i, j] = value
    return g


def test_diagonal():
    g = gains(3, 3, {((1, 1), k, k): 1.0 for k in (1, 2, 3)})
    assert band_dp(g, full_band(3, 3), 3, 3) == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3)]


def test_skips_when_nothing_pays():
    g = gains(2, 1, {})
    path = band_dp(g, full_band(2, 1), 2, 1)
    assert all((i1 - i0) * (j1 - j0) == 0 for i0, i1, j0, j1 in path)
    assert sum(i1 - i0 for i0, i1, _, _ in path) == 2 and sum(j1 - j0 for _, _, j0, j1 in path) == 1


def test_many_to_one_bead_wins_when_it_pays_more():
    g = gains(2, 1, {((1, 1), 1, 1): 0.3, ((2, 1), 2, 1): 0.5})
    assert band_dp(g, full_band(2, 1), 2, 1) == [(0, 2, 0, 1)]


def test_insertion_is_skipped():
    # target sentence 1 is an insertion: 0↔0 and 1↔2
    g = gains(2, 3, {((1, 1), 1, 1): 1.0, ((1, 1), 2, 3): 1.0})
    assert band_dp(g, full_band(2, 3), 2, 3) == [(0, 1, 0, 1), (1, 1, 1, 2), (1, 2, 2, 3)]


def test_band_restricts_cells():
    n = m = 6
    lo = np.array([0, 0, 1, 2, 3, 4, 5])
    g = {t: np.full((n + 1, 3), -1.0) for t in TYPES}
    g[(1, 0)][:] = 0.0
    g[(0, 1)][:] = 0.0
    for i in range(1, n + 1):
        g[(1, 1)][i, i - lo[i]] = 1.0
    path = band_dp(g, lo, n, m)
    assert path == [(k, k + 1, k, k + 1) for k in range(6)]


def test_bad_band_is_refused():
    g = {t: np.zeros((3, 1)) for t in TYPES}
    with pytest.raises(ValueError):
        band_dp(g, np.array([0, 0, 0]), 2, 2)

"""Sentence alignment: embeddings + lexical anchors + length prior, anchored banded DP.

Pipeline (each step a pure function over arrays, I/O stays in the caller):

1. ``SideFeatures``: per sentence an embedding, the mean cosine to its k nearest
   neighbours on the other side (for margin scoring), anchor tokens and length.
   Windows of 2–3 sentences are the length-weighted mean of their sentences' vectors,
   so nothing but single sentences is ever embedded.
2. Anchors: mutual-best 1-1 pairs with a clear margin, reduced to the heaviest
   monotone chain. They fix a band around the true path.
3. Bead scores in the band: margin-normalised cosine (Vecalign/LASER style), overlap
   of numbers and folded names, and a Gale-Church-like length prior, squashed to a
   log-odds and a confidence in [0, 1]. A bead's gain is its log-odds above the
   threshold (scaled), less a small cost per extra sentence; unaligned sentences gain 0,
   so weak pairs lose to leaving sentences alone, and a caption is not glued onto its
   neighbour's pair just because a length-weighted mean hardly notices it.
4. ``band_dp`` finds the best path; beads are returned in document order.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

import numpy as np

from .dp import band_dp
from .lexical import anchor_tokens
from .model import Alignment, Bead, Document
from .terms import TermIndex

__all__ = [
    "AlignSettings",
    "SideFeatures",
    "align_documents",
    "align_vectors",
    "bead_confidence",
    "bead_logit",
    "side_features",
    "term_anchor_tokens",
]

BEAD_TYPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 0), (0, 1))


@dataclass(frozen=True)
class AlignSettings:
    """Every knob of the aligner; recorded in each export's provenance signature."""

    logit_threshold: float = 0.0  # log-odds a bead needs to beat leaving sentences unaligned
    knn: int = 4  # neighbours for the margin
    margin_center: float = 0.004  # margin giving confidence 0.5 with no other evidence
    margin_scale: float = 180.0  # slope of the confidence in the margin
    # past this margin, the embedding has said all it can: length and anchors decide
    # between competing beads
    margin_cap: float = 4.0
    lexical_weight: float = 1.5  # weight of the number/name overlap
    length_weight: float = 8.0  # weight of the length-ratio penalty
    length_tolerance: float = 0.25  # |log length ratio| tolerated for free
    short_chars: float = 60.0  # below this many characters, margins are trusted less
    multi_penalty: float = 0.04  # gain cost per extra sentence in a bead: prefer finer beads
    gap_threshold: float = 0.2  # confidence that fills a gap between two aligned beads
    orphan_chars: float = 100.0  # an unaligned sentence this long may join a neighbouring pair…
    orphan_length_gain: float = 0.15  # …when the |log length ratio| improves by this much…
    orphan_logit_loss: float = 1.0  # …and the pair's log-odds drop by at most this
    band: int = 12  # half-width of the band around the anchor path
    full_cells: int = 250_000  # below n*m this many cells, search the whole matrix
    anchor_margin: float = 0.012  # margin an anchor candidate needs
    warn_coverage: float = 0.35  # below this coverage on both sides: not translations
    bead_types: tuple[tuple[int, int], ...] = BEAD_TYPES

    def signature(self) -> str:
        fields = asdict(self)
        fields.pop("bead_types")
        return "|".join(f"{k}:{v}" for k, v in fields.items())


@dataclass
class SideFeatures:
    """Per-sentence features of one side; windows are derived on demand."""

    vectors: np.ndarray  # (n, d), L2-normalised
    knn: np.ndarray  # (n,) mean cosine to the k nearest sentences on the other side
    tokens: list[frozenset[str]]  # anchor tokens
    lengths: np.ndarray  # (n,) characters
    prefix_vec: np.ndarray = field(init=False)
    prefix_len: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        w = self.lengths.astype(np.float64)[:, None]
        d = self.vectors.shape[1] if self.vectors.ndim == 2 else 1
        self.prefix_vec = np.vstack([np.zeros((1, d)), np.cumsum(self.vectors * w, axis=0)])
        self.prefix_len = np.concatenate([[0.0], np.cumsum(self.lengths.astype(np.float64))])

    def windows(self, size: int) -> tuple[np.ndarray, np.ndarray]:
        """For each end index e (0..n), the window e-size..e-1: (unit vectors, lengths).
        The vector is the length-weighted mean of the sentences' vectors; rows e < size are 0."""
        n = len(self.lengths)
        vec = np.zeros((n + 1, self.prefix_vec.shape[1]))
        length = np.zeros(n + 1)
        if size <= n:
            e = np.arange(size, n + 1)
            vec[e] = self.prefix_vec[e] - self.prefix_vec[e - size]
            length[e] = self.prefix_len[e] - self.prefix_len[e - size]
            norms = np.linalg.norm(vec[e], axis=1, keepdims=True)
            vec[e] = vec[e] / np.maximum(norms, 1e-9)
        return vec, length

    def token_windows(self, size: int, vocabulary: dict[str, int]):
        """Binary sparse matrix (n+1, V): row e marks the anchor tokens of window e-size..e-1."""
        from scipy.sparse import csr_matrix

        n = len(self.tokens)
        rows, cols = [], []
        for e in range(size, n + 1):
            for tok in frozenset().union(*self.tokens[e - size : e]):
                rows.append(e)
                cols.append(vocabulary[tok])
        data = np.ones(len(rows), dtype=np.float32)
        return csr_matrix((data, (rows, cols)), shape=(n + 1, max(len(vocabulary), 1)))


def _knn_means(
    a: np.ndarray, b: np.ndarray, k: int, *, cap: int = 3000, chunk: int = 2048, stride_a: int = 1, stride_b: int = 1
) -> tuple[np.ndarray, np.ndarray]:
    """Mean of the top-k cosines of each row of a against b, and of each row of b against a.

    Identical rows (a sentence repeated in the document) count once: a repeated translation
    is one neighbour, not k of them. Against a side longer than ``cap`` distinct rows, an
    evenly strided sample of ``cap`` rows is used, so the cost stays linear in length.
    Rows of a or b that are windows of several sentences overlap their neighbours; as
    neighbours, only every ``stride``-th is used, or the windows sharing the true match
    would crowd the k nearest and hide the margin."""

    def one_way(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        y = np.unique(y, axis=0)
        if len(y) > cap:
            y = y[np.linspace(0, len(y) - 1, cap).astype(np.int64)]
        kk = max(1, min(k, len(y)))
        out = np.empty(len(x))
        for s in range(0, len(x), chunk):
            sims = x[s : s + chunk] @ y.T
            top = np.partition(sims, -kk, axis=1)[:, -kk:]
            out[s : s + chunk] = top.mean(axis=1)
        return out

    return one_way(a, b[::stride_b]), one_way(b, a[::stride_a])


def term_anchor_tokens(texts: Sequence[str], terms: Sequence[str]) -> list[frozenset[str]]:
    """For each text, a token per known term it contains ("term:7"); the same number on the
    other side marks the term's translation, so the pair shares an anchor like a number."""
    if not terms:
        return [frozenset()] * len(texts)
    index = TermIndex.build(terms)
    return [frozenset(f"term:{n}" for n, _, _ in index.find(t)) for t in texts]


def side_features(
    source_vectors: np.ndarray,
    target_vectors: np.ndarray,
    source_texts: list[str],
    target_texts: list[str],
    k: int,
    terms: Sequence[tuple[str, str]] = (),
) -> tuple[SideFeatures, SideFeatures]:
    """Per-sentence features of both sides; ``terms`` are known (source, target) pairs whose
    occurrences count as shared anchors."""
    # float64 throughout: OpenBLAS picks a float32 kernel per CPU, and their different
    # summation orders moved a score in the 4th decimal between machines
    source_vectors = np.asarray(source_vectors, dtype=np.float64)
    target_vectors = np.asarray(target_vectors, dtype=np.float64)
    knn_s, knn_t = _knn_means(source_vectors, target_vectors, k)
    s_terms = term_anchor_tokens(source_texts, [s for s, _ in terms])
    t_terms = term_anchor_tokens(target_texts, [t for _, t in terms])
    return (
        SideFeatures(
            source_vectors,
            knn_s,
            [a | b for a, b in zip(map(anchor_tokens, source_texts), s_terms, strict=True)],
            np.array([len(t) for t in source_texts], dtype=np.float64),
        ),
        SideFeatures(
            target_vectors,
            knn_t,
            [a | b for a, b in zip(map(anchor_tokens, target_texts), t_terms, strict=True)],
            np.array([len(t) for t in target_texts], dtype=np.float64),
        ),
    )


def bead_logit(
    margin: np.ndarray,
    lexical: np.ndarray,
    length_penalty: np.ndarray,
    settings: AlignSettings,
    shorter: np.ndarray | float = 1e9,
) -> np.ndarray:
    """Log-odds that a bead is a translation, from the three kinds of evidence.

    ``shorter`` is the length in characters of the shorter side. Embeddings of very short
    strings ("Source", "(Ảnh: TTXVN)", a date) sit far from everything, so their margins
    are inflated; below ``short_chars`` their margin evidence shrinks quadratically, and a
    short pair needs shared numbers or names to be trusted."""
    reliability = np.minimum(1.0, np.asarray(shorter, dtype=np.float64) / settings.short_chars) ** 2
    semantic = np.minimum(settings.margin_scale * (margin * reliability - settings.margin_center), settings.margin_cap)
    return (
        semantic
        + settings.lexical_weight * lexical
        - settings.length_weight * np.maximum(0.0, length_penalty - settings.length_tolerance)
    )


def bead_confidence(logit: np.ndarray) -> np.ndarray:
    """The logit as a confidence in [0, 1]."""
    return 1.0 / (1.0 + np.exp(-np.clip(logit, -30, 30)))


def _length_ratio(src: SideFeatures, tgt: SideFeatures, anchors: list[tuple[int, int, float]]) -> float:
    """Characters of target per character of source, from the anchors (robust median)."""
    if len(anchors) >= 3:
        ratios = [tgt.lengths[j] / max(src.lengths[i], 1.0) for i, j, _ in anchors]
        return float(np.median(ratios))
    return float(max(tgt.lengths.sum(), 1.0) / max(src.lengths.sum(), 1.0))


def find_anchors(
    src: SideFeatures, tgt: SideFeatures, settings: AlignSettings, chunk: int = 2048
) -> list[tuple[int, int, float]]:
    """Mutual-best 1-1 pairs by margin, reduced to the heaviest monotone chain."""
    n, m = len(src.lengths), len(tgt.lengths)
    best_t = np.full(n, -1)
    best_t_val = np.full(n, -np.inf)
    best_s = np.full(m, -1)
    best_s_val = np.full(m, -np.inf)
    for s in range(0, n, chunk):
        sims = src.vectors[s : s + chunk] @ tgt.vectors.T
        margins = sims - 0.5 * (src.knn[s : s + chunk, None] + tgt.knn[None, :])
        arg = margins.argmax(axis=1)
        best_t[s : s + chunk] = arg
        best_t_val[s : s + chunk] = margins[np.arange(len(arg)), arg]
        col_arg = margins.argmax(axis=0)
        col_val = margins[col_arg, np.arange(m)]
        better = col_val > best_s_val
        best_s[better] = col_arg[better] + s
        best_s_val[better] = col_val[better]
    candidates = [
        (i, int(best_t[i]), float(best_t_val[i]))
        for i in range(n)
        if best_t[i] >= 0 and best_s[best_t[i]] == i and best_t_val[i] >= settings.anchor_margin
    ]
    return _heaviest_chain(candidates)


def _heaviest_chain(points: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Maximum-weight subsequence increasing in both coordinates (O(p log p) via a Fenwick tree)."""
    if not points:
        return []
    points = sorted(points)
    cols = sorted({j for _, j, _ in points})
    rank = {j: r + 1 for r, j in enumerate(cols)}
    size = len(cols)
    tree_val = [0.0] * (size + 1)
    tree_idx = [-1] * (size + 1)
    score = [0.0] * len(points)
    prev = [-1] * len(points)
    order = 0
    while order < len(points):
        # points sharing a row may not chain with each other: query all first, then insert
        row = points[order][0]
        group = [p for p in range(order, len(points)) if points[p][0] == row]
        for p in group:
            r = rank[points[p][1]] - 1
            best, idx = 0.0, -1
            while r > 0:
                if tree_val[r] > best:
                    best, idx = tree_val[r], tree_idx[r]
                r -= r & -r
            score[p] = best + points[p][2]
            prev[p] = idx
        for p in group:
            r = rank[points[p][1]]
            while r <= size:
                if score[p] > tree_val[r]:
                    tree_val[r], tree_idx[r] = score[p], p
                r += r & -r
        order = group[-1] + 1
    end = max(range(len(points)), key=lambda p: (score[p], -p))
    chain = []
    while end >= 0:
        chain.append(points[end])
        end = prev[end]
    return chain[::-1]


def _blocks(side: SideFeatures, size: int) -> np.ndarray:
    """Unit mean vectors of consecutive blocks of ``size`` sentences (length-weighted)."""
    n = len(side.lengths)
    ends = np.minimum(np.arange(size, n + size, size), n)
    starts = ends - np.minimum(size, ends - np.arange(0, n, size))
    vec = side.prefix_vec[ends] - side.prefix_vec[starts]
    return vec / np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-9)


def _band(n: int, m: int, src: SideFeatures, tgt: SideFeatures, settings: AlignSettings) -> tuple[np.ndarray, int]:
    """``lo`` and width of the band the fine DP searches.

    Small documents get the whole matrix. Larger ones are first aligned coarsely: blocks
    of consecutive sentences are embedded as means, a 1-1/skip DP over the block matrix
    (at most ~500 × 500) finds the diagonal-ish path, and the band is that path widened
    by a block and ``settings.band`` sentences. Unlike sentence anchors this survives
    repeated sentences and long untranslated stretches, and stays linear in length."""
    if (n + 1) * (m + 1) <= settings.full_cells:
        return np.zeros(n + 1, dtype=np.int64), m + 1
    size = max(8, math.ceil(max(n, m) / 500))
    bs, bt = _blocks(src, size), _blocks(tgt, size)
    knn_s, knn_t = _knn_means(bs, bt, settings.knn)
    nb, mb = len(bs), len(bt)
    margin = bs @ bt.T - 0.5 * (knn_s[:, None] + knn_t[None, :])
    gains = {
        (1, 1): np.full((nb + 1, mb + 1), -1e9),
        (1, 0): np.zeros((nb + 1, mb + 1)),
        (0, 1): np.zeros((nb + 1, mb + 1)),
    }
    # every block should find a partner unless drift forbids it: shift the margins so that
    # the typical cell is neutral, and the DP follows the best diagonal-ish path
    gains[(1, 1)][1:, 1:] = margin - float(np.median(margin))
    path = band_dp(gains, np.zeros(nb + 1, dtype=np.int64), nb, mb)
    low_b = np.full(nb, -1, dtype=np.int64)
    high_b = np.full(nb, -1, dtype=np.int64)
    for i0, i1, j0, j1 in path:
        if i1 > i0 and j1 > j0:
            low_b[i0], high_b[i0] = j0, j0
    # blocks left unmatched inherit the neighbouring matches (monotone fill)
    last = 0
    for k in range(nb):
        if low_b[k] < 0:
            low_b[k] = last
        last = low_b[k]
    nxt = mb - 1
    for k in range(nb - 1, -1, -1):
        if high_b[k] < 0:
            high_b[k] = nxt
        nxt = high_b[k]
    w = settings.band
    rows = np.arange(n + 1)
    block_of = np.minimum(rows // size, nb - 1)
    low = np.clip((low_b[block_of] - 1) * size - w, 0, m)
    high = np.clip((high_b[block_of] + 2) * size + w, 0, m)
    low = np.minimum.accumulate(low[::-1])[::-1]
    high = np.maximum.accumulate(high)
    low[0] = 0
    high[n] = m
    return low.astype(np.int64), int((high - low).max()) + 1


def _gains(
    src: SideFeatures, tgt: SideFeatures, lo: np.ndarray, width: int, ratio: float, settings: AlignSettings
) -> tuple[dict, dict]:
    """Gain and log-odds arrays (n+1, width) for every bead type.

    The margin of an a-b bead compares its cosine with the k nearest b-windows of the
    source window and the k nearest a-windows of the target window: averaging vectors
    raises cosines, and measuring neighbours in the same window space cancels that."""
    n, m = len(src.lengths), len(tgt.lengths)
    cols = np.arange(width)
    gains: dict[tuple[int, int], np.ndarray] = {}
    logits: dict[tuple[int, int], np.ndarray] = {}
    src_win = {a: src.windows(a) for a in range(1, 4)}
    tgt_win = {b: tgt.windows(b) for b in range(1, 4)}
    vocabulary: dict[str, int] = {}
    for toks in src.tokens + tgt.tokens:
        for tok in sorted(toks):
            vocabulary.setdefault(tok, len(vocabulary))
    src_lex = {a: src.token_windows(a, vocabulary) for a in range(1, 4)}
    tgt_lex = {b: tgt.token_windows(b, vocabulary) for b in range(1, 4)}
    src_nnz = {a: np.diff(src_lex[a].indptr) for a in src_lex}
    tgt_nnz = {b: np.diff(tgt_lex[b].indptr) for b in tgt_lex}
    for a, b in settings.bead_types:
        if a == 0 or b == 0:
            gains[(a, b)] = np.zeros((n + 1, width))
            continue
        g = np.full((n + 1, width), -1e9)
        conf = np.full((n + 1, width), -30.0)
        sv, sl = src_win[a]
        tv, tl = tgt_win[b]
        if a > n or b > m:
            gains[(a, b)], logits[(a, b)] = g, conf
            continue
        if (a, b) == (1, 1):
            sk = np.concatenate([[0.0], src.knn])
            tk = np.concatenate([[0.0], tgt.knn])
        else:
            sk, tk = np.zeros(n + 1), np.zeros(m + 1)
            sk[a:], tk[b:] = _knn_means(sv[a:], tv[b:], settings.knn, stride_a=a, stride_b=b)
        for i in range(a, n + 1):
            js = lo[i] + cols
            ok = (js >= b) & (js <= m)
            if not ok.any():
                continue
            jj = js[ok]
            cos = tv[jj] @ sv[i]
            margin = cos - 0.5 * (sk[i] + tk[jj])
            lex = _overlap_row(src_lex[a][i], src_nnz[a][i], tgt_lex[b], tgt_nnz[b], jj)
            lp = np.abs(np.log((tl[jj] + 15.0) / (ratio * sl[i] + 15.0)))
            shorter = np.minimum(tl[jj] / ratio, sl[i])
            z = bead_logit(margin, lex, lp, settings, shorter)
            # the gain is linear in the evidence (a saturated confidence could not tell a
            # 1-1 pair from the 1-2 bead that also takes the sentence it left out)
            g[i, ok] = np.clip(z - settings.logit_threshold, -10.0, 15.0) / 20.0 - settings.multi_penalty * (a + b - 2)
            conf[i, ok] = z
        gains[(a, b)] = g
        logits[(a, b)] = conf
    return gains, logits


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Anchor-token evidence in [0, 1): shared numbers and names count for a pair; their
    absence counts for nothing (a translator may write "the Ministry" for "Bộ Ngoại giao")."""
    if not a or not b:
        return 0.0
    return len(a & b) / (min(len(a), len(b)) + 1)


def _overlap_row(row, row_size: int, targets, target_sizes: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """``_overlap`` of one source window against target windows ``cols``, on sparse rows."""
    if row_size == 0 or len(cols) == 0:
        return np.zeros(len(cols))
    lo, hi = int(cols[0]), int(cols[-1]) + 1
    shared = np.asarray((targets[lo:hi] @ row.T).todense()).ravel()[cols - lo]
    sizes = target_sizes[cols]
    out = shared / (np.minimum(sizes, row_size) + 1.0)
    out[sizes == 0] = 0.0
    return out


def align_vectors(
    src: SideFeatures, tgt: SideFeatures, settings: AlignSettings
) -> tuple[list[tuple[tuple[int, ...], tuple[int, ...], float]], dict]:
    """Align two featurised sides: beads as (source ids, target ids, confidence) plus stats."""
    n, m = len(src.lengths), len(tgt.lengths)
    anchors = find_anchors(src, tgt, settings)
    ratio = _length_ratio(src, tgt, anchors)
    lo, width = _band(n, m, src, tgt, settings)
    gains, logits = _gains(src, tgt, lo, width, ratio, settings)
    ordered = {t: gains[t] for t in settings.bead_types}
    path = band_dp(ordered, lo, n, m)
    beads = []
    for i0, i1, j0, j1 in path:
        a, b = i1 - i0, j1 - j0
        if a and b:
            conf = float(bead_confidence(logits[(a, b)][i1, j1 - lo[i1]]))
        else:
            conf = float("nan")
        beads.append((tuple(range(i0, i1)), tuple(range(j0, j1)), conf))
    beads = _fill_gaps(beads, logits, src, tgt, lo, width, settings)
    beads = _absorb_orphans(beads, logits, src, tgt, lo, width, ratio, settings)
    # an unaligned sentence's confidence: how sure we are it has no counterpart here
    best_1_1 = bead_confidence(logits[(1, 1)]) if (1, 1) in logits else None
    for index, (s_ids, t_ids, conf) in enumerate(beads):
        if not math.isnan(conf):
            continue
        if best_1_1 is None:
            best = 0.0
        elif s_ids:
            best = float(best_1_1[s_ids[0] + 1].max())
        else:
            j = t_ids[0] + 1
            rows = [r for r in range(1, n + 1) if 0 <= j - lo[r] < width]
            best = max((float(best_1_1[r, j - lo[r]]) for r in rows), default=0.0)
        beads[index] = (s_ids, t_ids, round(1.0 - best, 4))
    stats = {"anchors": len(anchors), "length_ratio": round(ratio, 3), "band_width": width}
    return beads, stats


def _fill_gaps(
    beads: list, logits: dict, src: SideFeatures, tgt: SideFeatures, lo: np.ndarray, width: int, settings: AlignSettings
) -> list:
    """Second pass over each gap between two aligned beads that leaves sentences unaligned
    on both sides: the DP runs again inside the gap with the threshold lowered to
    ``gap_threshold``, for beads whose sentences are all long enough to be prose.

    Inside translated text such a gap is almost always a sentence the embedding could not
    place confidently (a long enumeration split differently), while captions, datelines
    and "Source" lines are short and keep the strict threshold."""
    gap_logit = math.log(settings.gap_threshold / (1.0 - settings.gap_threshold))
    out: list = []
    k = 0
    while k < len(beads):
        if (beads[k][0] and beads[k][1]) or not out:
            out.append(beads[k])
            k += 1
            continue
        end = k
        while end < len(beads) and not (beads[end][0] and beads[end][1]):
            end += 1
        run = beads[k:end]
        s_ids = [i for b in run for i in b[0]]
        t_ids = [j for b in run for j in b[1]]
        if end == len(beads) or not s_ids or not t_ids or len(s_ids) > 8 or len(t_ids) > 8:
            out.extend(run)
            k = end
            continue
        i0, j0, n, m = s_ids[0], t_ids[0], len(s_ids), len(t_ids)
        gains = {}
        for a, b in settings.bead_types:
            g = np.full((n + 1, m + 1), -1e9)
            if a == 0 or b == 0:
                g[:] = 0.0
            else:
                for ii in range(a, n + 1):
                    for jj in range(b, m + 1):
                        ri, rj = i0 + ii, j0 + jj  # cell in the full problem
                        kk = rj - lo[ri]
                        if not 0 <= kk < width:
                            continue
                        long_enough = (
                            src.lengths[ri - a : ri].min() >= settings.short_chars
                            and tgt.lengths[rj - b : rj].min() >= settings.short_chars
                        )
                        if long_enough:
                            # enclosed prose is presumed translated: no cost for many-to-many
                            # beads, a small reward for every sentence placed
                            g[ii, jj] = (logits[(a, b)][ri, kk] - gap_logit) / 20.0 + 0.02 * (a + b)
            gains[(a, b)] = g
        for a0, a1, b0, b1 in band_dp(gains, np.zeros(n + 1, dtype=np.int64), n, m):
            s_part = tuple(range(i0 + a0, i0 + a1))
            t_part = tuple(range(j0 + b0, j0 + b1))
            if s_part and t_part:
                ri, rj = i0 + a1, j0 + b1
                out.append((s_part, t_part, float(bead_confidence(logits[(a1 - a0, b1 - b0)][ri, rj - lo[ri]]))))
            else:
                out.append((s_part, t_part, float("nan")))
        k = end
    return out


@dataclass(frozen=True)
class _MergeEvidence:
    """What the orphan pass weighs: bead log-odds from the DP, and the length agreement."""

    logits: dict
    src: SideFeatures
    tgt: SideFeatures
    lo: np.ndarray
    width: int
    ratio: float

    def logit(self, a: int, b: int, i_end: int, j_end: int) -> float | None:
        if (a, b) not in self.logits or not 0 <= i_end < len(self.lo):
            return None
        k = j_end - self.lo[i_end]
        return float(self.logits[(a, b)][i_end, k]) if 0 <= k < self.width else None

    def penalty(self, s_ids: tuple[int, ...], t_ids: tuple[int, ...]) -> float:
        sl = sum(self.src.lengths[i] for i in s_ids) + max(len(s_ids) - 1, 0)
        tl = sum(self.tgt.lengths[j] for j in t_ids) + max(len(t_ids) - 1, 0)
        return abs(math.log((tl + 15.0) / (self.ratio * sl + 15.0)))


def _best_merge(
    out: list, k: int, orphan_src: bool, orphan_tgt: bool, ev: _MergeEvidence, settings: AlignSettings
) -> tuple[float, int, tuple[int, ...], tuple[int, ...]] | None:
    """The neighbouring 1-1 pair the orphan at ``k`` should join, with the merged bead's
    log-odds, or None."""
    s_ids, t_ids, _ = out[k]
    best = None
    for nb in (k - 1, k + 1):
        if not 0 <= nb < len(out):
            continue
        ns, nt, _ = out[nb]
        if len(ns) != 1 or len(nt) != 1:
            continue
        new_s = tuple(sorted(ns + s_ids)) if orphan_src else ns
        new_t = tuple(sorted(nt + t_ids)) if orphan_tgt else nt
        if new_s[-1] - new_s[0] >= len(new_s) or new_t[-1] - new_t[0] >= len(new_t):
            continue  # not contiguous
        z_old = ev.logit(1, 1, ns[0] + 1, nt[0] + 1)
        z_new = ev.logit(len(new_s), len(new_t), new_s[-1] + 1, new_t[-1] + 1)
        if z_old is None or z_new is None or z_new <= 0 or z_new < z_old - settings.orphan_logit_loss:
            continue
        if ev.penalty(new_s, new_t) > ev.penalty(ns, nt) - settings.orphan_length_gain:
            continue
        if best is None or z_new > best[0]:
            best = (z_new, nb, new_s, new_t)
    return best


def _absorb_orphans(
    beads: list,
    logits: dict,
    src: SideFeatures,
    tgt: SideFeatures,
    lo: np.ndarray,
    width: int,
    ratio: float,
    settings: AlignSettings,
) -> list:
    """Third pass: a long unaligned sentence next to a 1-1 pair joins it (2-1 or 1-2) when
    that makes the lengths agree much better and costs the pair little semantic evidence.

    This is the translator merging two sentences into one: the mean vector of a long and
    a short sentence hardly differs from the long one's, so the semantic evidence for the
    merge is weak, but the 1-1 pair's English is visibly too long."""
    ev = _MergeEvidence(logits, src, tgt, lo, width, ratio)
    out = list(beads)
    k = 0
    while k < len(out):
        s_ids, t_ids, _ = out[k]
        orphan_src = len(s_ids) == 1 and not t_ids and src.lengths[s_ids[0]] >= settings.orphan_chars
        orphan_tgt = len(t_ids) == 1 and not s_ids and tgt.lengths[t_ids[0]] >= settings.orphan_chars
        best = _best_merge(out, k, orphan_src, orphan_tgt, ev, settings) if orphan_src or orphan_tgt else None
        if best is None:
            k += 1
            continue
        z_new, nb, new_s, new_t = best
        first, last = min(k, nb), max(k, nb)
        out[first : last + 1] = [(new_s, new_t, float(bead_confidence(np.asarray(z_new))))]
        k = first + 1
    return out


def align_documents(
    source: Document,
    target: Document,
    encoder,
    settings: AlignSettings | None = None,
    *,
    terms: Sequence[tuple[str, str]] = (),
) -> Alignment:
    """Align two documents with an encoder (see ``align.encoder``); ``terms`` are known term
    pairs (a term base) used as anchors."""
    settings = settings or AlignSettings()
    started = time.perf_counter()
    s_texts = [s.key for s in source.sentences]
    t_texts = [s.key for s in target.sentences]
    vectors = encoder.encode(s_texts + t_texts)
    embedded = time.perf_counter()
    src, tgt = side_features(vectors[: len(s_texts)], vectors[len(s_texts) :], s_texts, t_texts, settings.knn, terms)
    raw, stats = align_vectors(src, tgt, settings)
    beads = tuple(Bead(s, t, round(float(c), 4)) for s, t, c in raw)
    s_cov = _coverage(source, [b.source_ids for b in beads if b.aligned])
    t_cov = _coverage(target, [b.target_ids for b in beads if b.aligned])
    warning = None
    if max(s_cov, t_cov) < settings.warn_coverage:
        warning = (
            f"these files do not look like translations of each other: only "
            f"{s_cov:.0%} of {source.path} and {t_cov:.0%} of {target.path} could be aligned"
        )
    finished = time.perf_counter()
    return Alignment(
        source=source,
        target=target,
        beads=beads,
        source_coverage=s_cov,
        target_coverage=t_cov,
        warning=warning,
        settings={"model": encoder.name, "aligner": settings.signature(), **stats},
        timings={"embed_s": round(embedded - started, 3), "search_s": round(finished - embedded, 3)},
    )


def _coverage(doc: Document, groups: list[tuple[int, ...]]) -> float:
    total = sum(len(s.text) for s in doc.sentences)
    covered = sum(len(doc.sentences[i].text) for g in groups for i in g)
    return covered / total if total else 0.0

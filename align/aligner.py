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
   confidence in [0, 1]. A bead's gain is its confidence minus the threshold, less a
   small cost per extra sentence; unaligned sentences gain 0, so weak pairs lose to
   leaving sentences alone, and a caption is not glued onto its neighbour's pair just
   because a length-weighted mean hardly notices it.
4. ``band_dp`` finds the best path; beads are returned in document order.
"""
from __future__ import annotations

import math
import time
from dataclasses import asdict, dataclass, field

import numpy as np

from .dp import band_dp
from .lexical import anchor_tokens
from .model import Alignment, Bead, Document

__all__ = ["AlignSettings", "align_documents", "align_vectors", "SideFeatures", "side_features",
           "bead_confidence"]

BEAD_TYPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 0), (0, 1))


@dataclass(frozen=True)
class AlignSettings:
    """Every knob of the aligner; recorded in each export's provenance signature."""

    threshold: float = 0.5          # confidence a bead needs to beat leaving sentences unaligned
    knn: int = 4                    # neighbours for the margin
    margin_center: float = 0.004    # margin giving confidence 0.5 with no other evidence
    margin_scale: float = 180.0     # slope of the confidence in the margin
    lexical_weight: float = 1.5     # weight of the number/name overlap
    length_weight: float = 5.0      # weight of the length-ratio penalty
    length_tolerance: float = 0.3   # |log length ratio| tolerated for free
    short_chars: float = 60.0       # below this many characters, margins are trusted less
    multi_penalty: float = 0.04     # gain cost per extra sentence in a bead: prefer finer beads
    gap_threshold: float = 0.2      # confidence that fills a gap between two aligned beads
    band: int = 12                  # half-width of the band around the anchor path
    full_cells: int = 250_000       # below n*m this many cells, search the whole matrix
    anchor_margin: float = 0.012    # margin an anchor candidate needs
    warn_coverage: float = 0.35     # below this coverage on both sides: not translations
    bead_types: tuple[tuple[int, int], ...] = BEAD_TYPES

    def signature(self) -> str:
        fields = asdict(self)
        fields.pop("bead_types")
        return "|".join(f"{k}:{v}" for k, v in fields.items())


@dataclass
class SideFeatures:
    """Per-sentence features of one side; windows are derived on demand."""

    vectors: np.ndarray            # (n, d), L2-normalised
    knn: np.ndarray                # (n,) mean cosine to the k nearest sentences on the other side
    tokens: list[frozenset[str]]   # anchor tokens
    lengths: np.ndarray            # (n,) characters
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

    def window_tokens(self, end: int, size: int) -> frozenset[str]:
        if size == 1:
            return self.tokens[end - 1]
        return frozenset().union(*self.tokens[end - size:end])


def _knn_means(a: np.ndarray, b: np.ndarray, k: int, *, cap: int = 3000, chunk: int = 2048
               ) -> tuple[np.ndarray, np.ndarray]:
    """Mean of the top-k cosines of each row of a against b, and of each row of b against a.

    Against a side longer than ``cap`` rows, an evenly strided sample of ``cap`` rows is
    used, so the cost stays linear in document length."""
    def one_way(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        if len(y) > cap:
            y = y[np.linspace(0, len(y) - 1, cap).astype(np.int64)]
        kk = max(1, min(k, len(y)))
        out = np.empty(len(x))
        for s in range(0, len(x), chunk):
            sims = x[s:s + chunk] @ y.T
            top = np.partition(sims, -kk, axis=1)[:, -kk:]
            out[s:s + chunk] = top.mean(axis=1)
        return out

    return one_way(a, b), one_way(b, a)


def side_features(source_vectors: np.ndarray, target_vectors: np.ndarray,
                  source_texts: list[str], target_texts: list[str], k: int) -> tuple[SideFeatures, SideFeatures]:
    knn_s, knn_t = _knn_means(source_vectors, target_vectors, k)
    return (
        SideFeatures(source_vectors, knn_s, [anchor_tokens(t) for t in source_texts],
                     np.array([len(t) for t in source_texts], dtype=np.float64)),
        SideFeatures(target_vectors, knn_t, [anchor_tokens(t) for t in target_texts],
                     np.array([len(t) for t in target_texts], dtype=np.float64)),
    )


def bead_confidence(margin: np.ndarray, lexical: np.ndarray, length_penalty: np.ndarray,
                    settings: AlignSettings, shorter: np.ndarray | float = 1e9) -> np.ndarray:
    """Squash the three kinds of evidence into a confidence in [0, 1].

    ``shorter`` is the length in characters of the shorter side. Embeddings of very short
    strings ("Source", "(Ảnh: TTXVN)", a date) sit far from everything, so their margins
    are inflated; their margin evidence is shrunk towards zero below ``short_chars``."""
    reliability = np.minimum(1.0, np.asarray(shorter, dtype=np.float64) / settings.short_chars)
    z = (settings.margin_scale * (margin * reliability - settings.margin_center)
         + settings.lexical_weight * lexical
         - settings.length_weight * np.maximum(0.0, length_penalty - settings.length_tolerance))
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def _length_ratio(src: SideFeatures, tgt: SideFeatures, anchors: list[tuple[int, int, float]]) -> float:
    """Characters of target per character of source, from the anchors (robust median)."""
    if len(anchors) >= 3:
        ratios = [tgt.lengths[j] / max(src.lengths[i], 1.0) for i, j, _ in anchors]
        return float(np.median(ratios))
    return float(max(tgt.lengths.sum(), 1.0) / max(src.lengths.sum(), 1.0))


def find_anchors(src: SideFeatures, tgt: SideFeatures, settings: AlignSettings,
                 chunk: int = 2048) -> list[tuple[int, int, float]]:
    """Mutual-best 1-1 pairs by margin, reduced to the heaviest monotone chain."""
    n, m = len(src.lengths), len(tgt.lengths)
    best_t = np.full(n, -1)
    best_t_val = np.full(n, -np.inf)
    best_s = np.full(m, -1)
    best_s_val = np.full(m, -np.inf)
    for s in range(0, n, chunk):
        sims = src.vectors[s:s + chunk] @ tgt.vectors.T
        margins = sims - 0.5 * (src.knn[s:s + chunk, None] + tgt.knn[None, :])
        arg = margins.argmax(axis=1)
        best_t[s:s + chunk] = arg
        best_t_val[s:s + chunk] = margins[np.arange(len(arg)), arg]
        col_arg = margins.argmax(axis=0)
        col_val = margins[col_arg, np.arange(m)]
        better = col_val > best_s_val
        best_s[better] = col_arg[better] + s
        best_s_val[better] = col_val[better]
    candidates = [(i, int(best_t[i]), float(best_t_val[i])) for i in range(n)
                  if best_t[i] >= 0 and best_s[best_t[i]] == i and best_t_val[i] >= settings.anchor_margin]
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


def _band(n: int, m: int, anchors: list[tuple[int, int, float]], settings: AlignSettings) -> tuple[np.ndarray, int]:
    """``lo`` and width of a band containing the anchor path with ``settings.band`` slack.

    Between two consecutive anchors the whole rectangle is searched when it is small (a
    run of captions or an untranslated passage fits there); a large gap gets the
    interpolated diagonal, widened."""
    if (n + 1) * (m + 1) <= settings.full_cells:
        return np.zeros(n + 1, dtype=np.int64), m + 1
    w = settings.band
    points = [(0, 0)] + [(i, j) for i, j, _ in anchors] + [(n, m)]
    low = np.full(n + 1, m, dtype=np.int64)
    high = np.zeros(n + 1, dtype=np.int64)
    for (i0, j0), (i1, j1) in zip(points, points[1:]):
        rows = np.arange(i0, i1 + 1)
        if (i1 - i0 + 1) * (j1 - j0 + 1) <= 64 * w * w:
            lo_r = np.full(len(rows), j0 - w)
            hi_r = np.full(len(rows), j1 + w)
        else:
            centre = j0 + (j1 - j0) * (rows - i0) / max(i1 - i0, 1)
            lo_r = np.floor(centre).astype(np.int64) - 2 * w
            hi_r = np.ceil(centre).astype(np.int64) + 2 * w
        low[rows] = np.minimum(low[rows], lo_r)
        high[rows] = np.maximum(high[rows], hi_r)
    low = np.clip(low, 0, m)
    high = np.clip(high, 0, m)
    low = np.minimum.accumulate(low[::-1])[::-1]  # monotone rows keep every cell reachable
    high = np.maximum.accumulate(high)
    low[0] = 0
    high[n] = m
    width = int((high - low).max()) + 1
    return low, width


def _gains(src: SideFeatures, tgt: SideFeatures, lo: np.ndarray, width: int, ratio: float,
           settings: AlignSettings) -> tuple[dict, dict]:
    """Gain and confidence arrays (n+1, width) for every bead type.

    The margin of an a-b bead compares its cosine with the k nearest b-windows of the
    source window and the k nearest a-windows of the target window: averaging vectors
    raises cosines, and measuring neighbours in the same window space cancels that."""
    n, m = len(src.lengths), len(tgt.lengths)
    cols = np.arange(width)
    gains: dict[tuple[int, int], np.ndarray] = {}
    confidences: dict[tuple[int, int], np.ndarray] = {}
    src_win = {a: src.windows(a) for a in range(1, 4)}
    tgt_win = {b: tgt.windows(b) for b in range(1, 4)}
    for a, b in settings.bead_types:
        if a == 0 or b == 0:
            gains[(a, b)] = np.zeros((n + 1, width))
            continue
        g = np.full((n + 1, width), -1e9)
        conf = np.zeros((n + 1, width))
        sv, sl = src_win[a]
        tv, tl = tgt_win[b]
        if a > n or b > m:
            gains[(a, b)], confidences[(a, b)] = g, conf
            continue
        if (a, b) == (1, 1):
            sk = np.concatenate([[0.0], src.knn])
            tk = np.concatenate([[0.0], tgt.knn])
        else:
            sk, tk = np.zeros(n + 1), np.zeros(m + 1)
            sk[a:], tk[b:] = _knn_means(sv[a:], tv[b:], settings.knn)
        for i in range(a, n + 1):
            js = lo[i] + cols
            ok = (js >= b) & (js <= m)
            if not ok.any():
                continue
            jj = js[ok]
            cos = tv[jj] @ sv[i]
            margin = cos - 0.5 * (sk[i] + tk[jj])
            s_tokens = src.window_tokens(i, a)
            lex = np.array([_overlap(s_tokens, tgt.window_tokens(j, b)) for j in jj])
            lp = np.abs(np.log((tl[jj] + 15.0) / (ratio * sl[i] + 15.0)))
            shorter = np.minimum(tl[jj] / ratio, sl[i])
            c = bead_confidence(margin, lex, lp, settings, shorter)
            g[i, ok] = c - settings.threshold - settings.multi_penalty * (a + b - 2)
            conf[i, ok] = c
        gains[(a, b)] = g
        confidences[(a, b)] = conf
    return gains, confidences


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Anchor-token evidence in [0, 1): shared numbers and names count for a pair; their
    absence counts for nothing (a translator may write "the Ministry" for "Bộ Ngoại giao")."""
    if not a or not b:
        return 0.0
    return len(a & b) / (min(len(a), len(b)) + 1)


def align_vectors(src: SideFeatures, tgt: SideFeatures, settings: AlignSettings
                  ) -> tuple[list[tuple[tuple[int, ...], tuple[int, ...], float]], dict]:
    """Align two featurised sides: beads as (source ids, target ids, confidence) plus stats."""
    n, m = len(src.lengths), len(tgt.lengths)
    anchors = find_anchors(src, tgt, settings)
    ratio = _length_ratio(src, tgt, anchors)
    lo, width = _band(n, m, anchors, settings)
    gains, confidences = _gains(src, tgt, lo, width, ratio, settings)
    ordered = {t: gains[t] for t in settings.bead_types}
    path = band_dp(ordered, lo, n, m)
    beads = []
    for i0, i1, j0, j1 in path:
        a, b = i1 - i0, j1 - j0
        if a and b:
            conf = float(confidences[(a, b)][i1, j1 - lo[i1]])
        else:
            conf = float("nan")
        beads.append((tuple(range(i0, i1)), tuple(range(j0, j1)), conf))
    beads = _fill_gaps(beads, confidences, lo, width, settings)
    # an unaligned sentence's confidence: how sure we are it has no counterpart here
    best_1_1 = confidences.get((1, 1))
    for index, (s_ids, t_ids, conf) in enumerate(beads):
        if not math.isnan(conf):
            continue
        if s_ids:
            i = s_ids[0] + 1
            best = float(best_1_1[i].max()) if best_1_1 is not None else 0.0
        else:
            j = t_ids[0] + 1
            rows = [r for r in range(1, n + 1) if 0 <= j - lo[r] < width]
            best = max((float(best_1_1[r, j - lo[r]]) for r in rows), default=0.0)
        beads[index] = (s_ids, t_ids, round(1.0 - best, 4))
    stats = {"anchors": len(anchors), "length_ratio": round(ratio, 3), "band_width": width}
    return beads, stats


def _fill_gaps(beads: list, confidences: dict, lo: np.ndarray, width: int, settings: AlignSettings) -> list:
    """Second pass: a short run of unaligned sentences on both sides, enclosed by aligned
    beads, is one bead when its confidence reaches ``gap_threshold``.

    Inside translated text such a gap is almost always a sentence the embedding could not
    place (a long enumeration split differently), not boilerplate: captions and ledes
    leave one side of the gap empty."""
    out: list = []
    k = 0
    while k < len(beads):
        s_ids, t_ids, conf = beads[k]
        if s_ids and t_ids or not out or not (out[-1][0] and out[-1][1]):
            out.append(beads[k])
            k += 1
            continue
        run_end = k
        while run_end < len(beads) and not (beads[run_end][0] and beads[run_end][1]):
            run_end += 1
        run = beads[k:run_end]
        src = tuple(i for b in run for i in b[0])
        tgt = tuple(j for b in run for j in b[1])
        a, b = len(src), len(tgt)
        closed = run_end < len(beads)
        if closed and (a, b) in confidences and 0 <= (tgt[-1] + 1) - lo[src[-1] + 1] < width:
            c = float(confidences[(a, b)][src[-1] + 1, tgt[-1] + 1 - lo[src[-1] + 1]])
            if c >= settings.gap_threshold:
                out.append((src, tgt, c))
                k = run_end
                continue
        out.extend(run)
        k = run_end
    return out


def align_documents(source: Document, target: Document, encoder, settings: AlignSettings | None = None
                    ) -> Alignment:
    """Align two documents with an encoder (see ``align.encoder``)."""
    settings = settings or AlignSettings()
    started = time.perf_counter()
    s_texts = [s.key for s in source.sentences]
    t_texts = [s.key for s in target.sentences]
    vectors = encoder.encode(s_texts + t_texts)
    embedded = time.perf_counter()
    src, tgt = side_features(vectors[:len(s_texts)], vectors[len(s_texts):], s_texts, t_texts, settings.knn)
    raw, stats = align_vectors(src, tgt, settings)
    beads = tuple(Bead(s, t, round(float(c), 4)) for s, t, c in raw)
    s_cov = _coverage(source, [b.source_ids for b in beads if b.aligned])
    t_cov = _coverage(target, [b.target_ids for b in beads if b.aligned])
    warning = None
    if max(s_cov, t_cov) < settings.warn_coverage:
        warning = (f"these files do not look like translations of each other: only "
                   f"{s_cov:.0%} of {source.path} and {t_cov:.0%} of {target.path} could be aligned")
    finished = time.perf_counter()
    return Alignment(
        source=source, target=target, beads=beads, source_coverage=s_cov, target_coverage=t_cov,
        warning=warning,
        settings={"model": encoder.name, "aligner": settings.signature(), **stats},
        timings={"embed_s": round(embedded - started, 3), "search_s": round(finished - embedded, 3)},
    )


def _coverage(doc: Document, groups: list[tuple[int, ...]]) -> float:
    total = sum(len(s.text) for s in doc.sentences)
    covered = sum(len(doc.sentences[i].text) for g in groups for i in g)
    return covered / total if total else 0.0

#!/usr/bin/env python3
"""Fit the list size on the tuning documents' real lists: the largest ``size`` under which
no tuning document lists more than ``--most`` (1.8) times its gold terms.

``train_scorer.py`` sets ``size`` by the same rule, but on its out-of-fold model's
confident mass, before the steps that come after the scorer (set phrases spared, nested
pieces pruned, the term bank's features read with more documents). Those steps drift: by
session 39 dev3's list was 1.98 times its gold list. dev1–dev4 are the only gold lists the
project itself made, and they hold 1.7–2.2 terms per pair against 2.8 in the lists made
here; they set the largest ratios, so they say how long a list can be before a
terminologist's list of that kind is outnumbered twice. This script measures the miner
itself on the tuning documents (each with the term bank read without its own gold list, as
``glossary_dev.py`` does) and bisects the size.

Then the floor, entries per aligned pair a list may have whatever the mass says, by the same
rule (or, where the mass alone lists a tuning document past it, no longer than that): the
mass is the model's certainty, and text unlike the tuning documents (Vietnamese-origin news,
session 49: lists of 0.9 × their gold lists) gets less of it than it has terms. With
``--reach-only``, the reach, entries per candidate the screening model gives ``reach_level``
(0.1), by the same rule: that count follows the gold lists of text unlike the tuning
documents as it follows theirs (session 50). ``reach_most``, the most per aligned pair the
count may give, is a guard set by hand, not fitted.

    python benchmarks/fit_list_size.py [--most 1.8] [--floor-only | --reach-only] [--write]

``--write`` updates glossary/scorer.json.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import glossary_dev

#: the size is searched in steps of this much
STEP = 0.005
#: and the floor (entries per aligned pair) in steps of this much
FLOOR_STEP = 0.05
#: and the reach (entries per candidate at the reach level) in steps of this much, up to REACH_TOP
REACH_STEP, REACH_TOP = 0.01, 1.5


def longest(rows: list[dict]) -> tuple[float, str]:
    """The largest entries-to-gold ratio of the rows, and its document."""
    return max((r["entries"] / r["gold"], r["document"]) for r in rows)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--most", type=float, default=1.8, help="entries per gold term no tuning document passes")
    parser.add_argument("--write", action="store_true", help="write the size into glossary/scorer.json")
    parser.add_argument("--floor-only", action="store_true", help="keep the committed size, fit the floor")
    parser.add_argument("--reach-only", action="store_true", help="keep the committed size and floor, fit the reach")
    args = parser.parse_args(argv)
    if glossary_dev.corpus_missing("fit_list_size"):
        return 2
    from align.encoder import load_encoder
    from glossary.mining import MinerSettings
    from glossary.scoring import MODEL_FILE, load_scorer

    encoder = load_encoder()
    committed = load_scorer()
    with tempfile.TemporaryDirectory(prefix="songngu-size-") as built:
        every = glossary_dev.documents(Path(built))
        tuning = [d for d in every if d.split == "tune"]
        base = {d.name: glossary_dev._settings(d, every) or MinerSettings() for d in tuning}

        def longest_at(size: float, floor: float = 0.0, reach: float = 0.0) -> float:
            """The longest tuning list, as a multiple of its gold list, at ``size``, ``floor`` and ``reach``."""
            scorer = dataclasses.replace(committed, size=size, floor=floor, reach=reach)
            rows = [glossary_dev.measure(d, encoder, dataclasses.replace(base[d.name], scorer=scorer)) for d in tuning]
            ratio, name = longest(rows)
            recall = sum(r["found"] for r in rows) / sum(r["gold"] for r in rows)
            print(f"size {size:.3f} floor {floor:.2f} reach {reach:.2f}: longest list {ratio:.3f} × gold ({name}); "
                  f"recall {recall:.4f}", flush=True)  # fmt: skip
            return ratio

        if args.reach_only:
            size, floor = committed.size, committed.floor
            most = max(args.most, longest_at(size, floor))
            top = round(REACH_TOP / REACH_STEP)
            reach = round(bisect(0, top, lambda k: longest_at(size, floor, k * REACH_STEP) <= most) * REACH_STEP, 2)
            print(f"reach {reach} per candidate at {committed.reach_level} (committed {committed.reach})")
            if args.write:
                MODEL_FILE.write_text(dataclasses.replace(committed, reach=reach).to_json(), encoding="utf-8")
                print(f"wrote {MODEL_FILE}")
            return 0
        if args.floor_only:
            size = committed.size
        else:
            # bisect in steps between three quarters and five quarters of the committed size
            lo, hi = round(committed.size * 0.75 / STEP), round(committed.size * 1.25 / STEP)
            if longest_at(lo * STEP) > args.most:
                print(f"fit_list_size: even size {lo * STEP:.3f} lists more than {args.most} × gold", file=sys.stderr)
                return 1
            size = round(bisect(lo, hi, lambda k: longest_at(k * STEP) <= args.most) * STEP, 3)
        # then the floor, per aligned pair, by the same rule — or no longer than the mass alone
        # lists the longest, where the steps after the scorer took that past the rule
        most = max(args.most, longest_at(size))
        top = round(MinerSettings().short_per_pair / FLOOR_STEP)
        floor = round(bisect(0, top, lambda k: longest_at(size, k * FLOOR_STEP) <= most) * FLOOR_STEP, 2)
    print(f"size {size} (committed {committed.size}), floor {floor} per pair (committed {committed.floor}): "
          f"no tuning list over {args.most} × its gold list")  # fmt: skip
    if args.write:
        MODEL_FILE.write_text(dataclasses.replace(committed, size=size, floor=floor).to_json(), encoding="utf-8")
        print(f"wrote {MODEL_FILE}")
    return 0


def bisect(lo: int, hi: int, fits) -> int:
    """The largest step in [lo, hi) that ``fits`` (lo must fit, the steps fit up to a point)."""
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid
    return lo


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

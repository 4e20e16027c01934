#!/usr/bin/env python3
"""Corpus mode: time ``songngu corpus`` in this process, with ``--workers 2`` and on a
two-worker Dask LocalCluster, and check that the three give the same bytes.

    python benchmarks/corpus.py                  # 200 document pairs of ~25 sentence pairs
    python benchmarks/corpus.py --docs 4         # a quick check that it works
    python benchmarks/corpus.py --add 10         # then time a re-run after adding 10 pairs
    python benchmarks/corpus.py --modes serial,workers

The documents are consecutive 25-line stretches of ``../shared/dev/alt-wikinews`` from line 1
(line i of vi.txt translates line i of en.txt), three lines a paragraph. Every mode runs in a
fresh process with a fresh cache folder (the converted model linked in, so its one-time
preparation is not timed): each measures a first run, embeddings and word links included.
Peak memory: the songngu process (``getrusage(RUSAGE_SELF)``), its largest pool worker
(``RUSAGE_CHILDREN``), and each Dask worker (``getrusage`` run on the worker). The machine has
two cores: run nothing else meanwhile.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALT = ROOT.parent / "shared" / "dev" / "alt-wikinews"
MODES = ("serial", "workers", "dask")


def build(folder: Path, first: int, count: int, lines_per_doc: int) -> None:
    """Documents ``first`` … ``first + count - 1``: each the next ``lines_per_doc`` lines."""
    folder.mkdir(parents=True, exist_ok=True)
    for lang in ("vi", "en"):
        lines = (ALT / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
        for k in range(first, first + count):
            part = lines[k * lines_per_doc : (k + 1) * lines_per_doc]
            if len(part) < lines_per_doc:
                sys.exit(f"the development corpus has no lines for document {k}")
            text = "\n\n".join(" ".join(part[i : i + 3]) for i in range(0, len(part), 3)) + "\n"
            (folder / f"doc{k:04d}.{lang}.txt").write_text(text, encoding="utf-8")


def fresh_cache(base: Path) -> Path:
    """An empty cache folder that shares the converted model of the user's cache."""
    from align.cache import cache_dir
    from align.e5model import prepare_model

    prepare_model(progress=True)
    base.mkdir(parents=True)
    (base / "models").symlink_to(cache_dir() / "models", target_is_directory=True)
    return base


def megabytes(kilobytes: int) -> float:
    return round(kilobytes / 1024, 1)  # Linux reports ru_maxrss in KiB


def child(mode: str, input_dir: str, out_dir: str) -> None:
    """One run of ``songngu corpus`` in this (fresh) process; prints one JSON line."""
    from songngu.cli import main

    argv = ["corpus", input_dir, "-o", out_dir]  # the summary line goes to stderr
    workers: list[float] = []
    started = time.perf_counter()
    if mode == "dask":
        from dask.distributed import Client, LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster, Client(cluster) as client:  # fmt: skip
            code = main([*argv, "--scheduler", cluster.scheduler_address])
            peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
            workers = [megabytes(v) for v in peaks.values()]
    else:
        code = main([*argv, "--workers", "2"] if mode == "workers" else argv)
    seconds = time.perf_counter() - started
    if mode == "workers":
        workers = [megabytes(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)]
    out = Path(out_dir)
    report = json.loads((out / "glossary.json").read_text(encoding="utf-8")) if code == 0 else {}
    pairs = (out / "alignment.tmx").read_text(encoding="utf-8").count("<tu ") if code == 0 else 0
    print(json.dumps({
        "mode": mode, "code": code, "seconds": round(seconds, 2), "pairs": pairs,
        "entries": len(report.get("entries", [])),
        "peak_mb": megabytes(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss), "worker_peaks_mb": workers,
    }))  # fmt: skip


def run_mode(mode: str, input_dir: Path, out_dir: Path, cache: Path) -> dict:
    env = dict(os.environ, SONGNGU_CACHE=str(cache))
    env.pop("SOURCE_DATE_EPOCH", None)
    cmd = [sys.executable, __file__, "--child", mode, "--input", str(input_dir), "--out", str(out_dir)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        sys.exit(f"{mode} failed:\n{proc.stderr[-3000:]}")
    summary = [line for line in proc.stderr.splitlines() if "from cache" in line]
    return {**json.loads(lines[-1]), "summary": summary[-1] if summary else ""}


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def show(result: dict) -> None:
    rate = result["pairs"] / result["seconds"] if result["seconds"] else 0.0
    workers = ", ".join(f"{mb:.0f}" for mb in result["worker_peaks_mb"]) or "—"
    print(
        f"{result['mode']:>8}: {result['seconds']:7.1f} s  {rate:6.1f} pairs/s  {result['pairs']} pairs, "
        f"{result['entries']} entries  peak {result['peak_mb']:.0f} MB (songngu), workers {workers} MB",
        flush=True,
    )
    print(f"          {result['summary']}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=200, help="document pairs (default: 200)")
    parser.add_argument("--lines", type=int, default=25, help="sentence pairs per document (default: 25)")
    parser.add_argument("--modes", default=",".join(MODES), help=f"comma-separated subset of {', '.join(MODES)}")
    parser.add_argument("--add", type=int, default=0, metavar="N", help="then add N pairs and time a re-run")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.input, args.out)
        return 0
    if not (ALT / "vi.txt").is_file():
        sys.exit(f"the development corpus is not here: {ALT}")
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    work = Path(tempfile.mkdtemp(prefix="songngu-corpus-bench-"))
    try:
        build(work / "in", 0, args.docs, args.lines)
        print(f"{args.docs} document pairs of {args.lines} sentence pairs in {work / 'in'}", flush=True)
        results = {m: run_mode(m, work / "in", work / f"out-{m}", fresh_cache(work / f"cache-{m}")) for m in modes}
        for m in modes:
            show(results[m])
        outputs = {m: tree(work / f"out-{m}") for m in modes}
        first = modes[0]
        for m in modes[1:]:
            names = set(outputs[first]) | set(outputs[m])
            differ = sorted(n for n in names if outputs[first].get(n) != outputs[m].get(n))
            verdict = "byte-identical" if not differ else f"{len(differ)} files differ: {differ[:5]}"
            print(f"{first} vs {m}: {verdict}")
        if args.add:
            build(work / "in", args.docs, args.add, args.lines)
            again = run_mode(first, work / "in", work / "out-added", work / f"cache-{first}")
            print(f"re-run after adding {args.add} pairs ({first}, same cache):", end=" ")
            show(again)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""report.html of ``songngu corpus``: what happened to every document pair.

The corpus summary (documents, pairs, glossary entries), the pairs that were left out and
why (unreadable files, swapped languages, texts that are not translations of each other),
the files that could not be paired, and one row per document with its sentence counts,
aligned pairs and coverage. Same header as the other pages; nothing in it depends on the
machine, the executor or the cache, so a re-run gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from ..provenance import Provenance
from .page import header, page

__all__ = ["LOW_COVERAGE", "DocumentRow", "render_corpus_report"]

#: Below this coverage on both sides an aligned document is marked for a look.
LOW_COVERAGE = 0.6

_STYLE = """
h2{font-size:1.1em;margin:1.2em 0 .4em}
col.n{width:3em}col.num{width:6.5em}col.st{width:12em}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.bad td{background:#f9d0d0}tr.low td.cov{background:#fff3c4}tr.ok td.cov{background:#d9f2d9}
.sha{font:11px/1.3 ui-monospace,monospace;color:#777}ul.problems li{margin:.2em 0}
"""


@dataclass(frozen=True)
class DocumentRow:
    """One document pair as the report shows it."""

    name: str
    source: str  # shown file names
    target: str
    status: str  # "aligned", or why it was left out ("bad input", "not a translation", "failed")
    message: str = ""
    source_sentences: int = 0
    target_sentences: int = 0
    pairs: int = 0
    source_coverage: float | None = None
    target_coverage: float | None = None
    source_sha256: str = ""
    target_sha256: str = ""

    @property
    def aligned(self) -> bool:
        return self.status == "aligned"

    @property
    def low(self) -> bool:
        covered = max(self.source_coverage or 0.0, self.target_coverage or 0.0)
        return self.aligned and covered < LOW_COVERAGE


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value:.0%}"


def _files(row: DocumentRow) -> str:
    def one(name: str, sha: str) -> str:
        return escape(name) + (f' <span class="sha">{sha[:12]}</span>' if sha else "")

    return f"{one(row.source, row.source_sha256)}<br>{one(row.target, row.target_sha256)}"


def _row(number: int, row: DocumentRow) -> str:
    band = "bad" if not row.aligned else "low" if row.low else "ok"
    status = row.status + (" — low coverage, check" if row.low else "")
    cells = [
        f'<td class="num">{number}</td>',
        f"<td>{escape(row.name)}</td>",
        f"<td>{_files(row)}</td>",
        f'<td class="num">{row.source_sentences or ""}</td>',
        f'<td class="num">{row.target_sentences or ""}</td>',
        f'<td class="num">{row.pairs if row.aligned else ""}</td>',
        f'<td class="num cov">{_percent(row.source_coverage)}</td>',
        f'<td class="num cov">{_percent(row.target_coverage)}</td>',
        f"<td>{escape(status)}</td>",
    ]
    return f'<tr class="{band}">' + "".join(cells) + "</tr>"


def _summary(rows: Sequence[DocumentRow], entries: int | None, source_lang: str, target_lang: str) -> str:
    good = [r for r in rows if r.aligned]
    left = len(rows) - len(good)
    kinds: dict[str, int] = {}
    for r in rows:
        if not r.aligned:
            kinds[r.status] = kinds.get(r.status, 0) + 1
    why = f" ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))})" if kinds else ""
    text = f"{len(rows)} document pairs: {len(good)} aligned, {left} left out{why}; "
    text += f"{sum(r.pairs for r in good)} sentence pairs"
    if good:
        s_cov = sum(r.source_coverage or 0.0 for r in good) / len(good)
        t_cov = sum(r.target_coverage or 0.0 for r in good) / len(good)
        text += f"; mean coverage {s_cov:.0%} of the {source_lang} text, {t_cov:.0%} of the {target_lang} text"
    if entries is not None:
        text += f"; {entries} glossary entries"
    return text


def _problems(title: str, items: Sequence[str]) -> str:
    if not items:
        return ""
    return f'<h2>{escape(title)}</h2><ul class="problems">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def render_corpus_report(
    provenance: Provenance, rows: Sequence[DocumentRow], *, warnings: Sequence[str] = (), entries: int | None = None
) -> bytes:
    """The corpus page: summary, pairs left out, input problems, one row per document."""
    src, tgt = provenance.source_lang, provenance.target_lang
    summary = _summary(rows, entries, src, tgt)
    left_out = [f"<b>{escape(r.name)}</b> — {escape(r.status)}: {escape(r.message)}" for r in rows if not r.aligned]
    low = [
        f"<b>{escape(r.name)}</b> — only {_percent(r.source_coverage)} of the {escape(src)} text and "
        f"{_percent(r.target_coverage)} of the {escape(tgt)} text aligned"
        for r in rows
        if r.low
    ]
    table = (
        '<table><colgroup><col class="n"><col><col><col class="num"><col class="num"><col class="num">'
        '<col class="num"><col class="num"><col class="st"></colgroup>'
        f"<thead><tr><th>#</th><th>document</th><th>files</th><th>{escape(src)} sentences</th>"
        f"<th>{escape(tgt)} sentences</th><th>pairs</th><th>{escape(src)} coverage</th>"
        f"<th>{escape(tgt)} coverage</th><th>status</th></tr></thead><tbody>\n"
        + "\n".join(_row(k, r) for k, r in enumerate(rows, 1))
        + "\n</tbody></table>"
    )
    body = (
        header("songngu — corpus", provenance, summary)
        + _problems("Left out", left_out)
        + _problems("Low coverage (partly translated? check)", low)
        + _problems("Files that could not be paired", [escape(w) for w in warnings])
        + "<h2>Documents</h2>"
        + table
    )
    return page("songngu corpus report", _STYLE, body)

"""glossary.html: the review page — one offline file where a translator accepts, rejects
and corrects entries, then downloads ``decisions.csv`` for ``songngu … --reviewed``.

The entries travel inside the page as JSON; a small inline script builds the table,
filters it (kind, status, minimum confidence, text) and records decisions. Mouse: the
Accept / Reject buttons and the English cell, which is editable. Keyboard: ↑/↓ or j/k move,
a accepts, r rejects, u clears the decision, e (or Enter) edits the English, Enter again or
Esc leaves the edit; Ctrl+S downloads. No network, no external script.
"""

from __future__ import annotations

import json
from html import escape

from glossary.model import KINDS, STATUSES, GlossaryEntry

from .base import ExportBundle, Exporter, locale, xml_text
from .page import header, page

__all__ = ["DECISION_COLUMNS", "GlossaryReviewPage"]

#: The columns of decisions.csv (read back by ``--reviewed``).
DECISION_COLUMNS = ("source", "target", "decision", "kind", "proposed_target")

_STYLE = """
.bar{display:flex;flex-wrap:wrap;gap:.6em 1.2em;align-items:center;margin:.6em 0 1em;padding:.6em .8em;
background:#f4f4f4;border-radius:4px}
.bar label{white-space:nowrap}.bar button#download{margin-left:auto;font-weight:600}
button{font:inherit;padding:.15em .6em;border:1px solid #999;border-radius:3px;background:#fff;cursor:pointer}
col.n{width:3em}col.k{width:7em}col.st{width:6.5em}col.c{width:5em}col.f{width:4.5em}col.d{width:11em}
td.en{background:#fffdf3}td.en:focus{outline:2px solid #2c5d8a;background:#fff}
tbody tr{scroll-margin-top:3em}
tr.sel td{box-shadow:inset 0 2px 0 #2c5d8a,inset 0 -2px 0 #2c5d8a}
tr.accept td.dec{background:#d9f2d9}tr.reject td{color:#999;text-decoration:line-through}
tr.reject td.dec{text-decoration:none;background:#f9d0d0}tr.edited td.en{font-weight:600}
td.ex{font-size:.85em;color:#555}.muted{color:#777}kbd{border:1px solid #bbb;border-radius:3px;padding:0 .3em}
"""

_SCRIPT = r"""
(function () {
  const data = JSON.parse(document.getElementById("songngu-data").textContent);
  const rows = data.entries;
  const body = document.querySelector("#entries tbody");
  const kind = document.getElementById("kind"), status = document.getElementById("status");
  const minConf = document.getElementById("min-confidence"), text = document.getElementById("search");
  const counter = document.getElementById("count");
  let selected = 0;

  function cell(tr, cls, value) {
    const td = tr.insertCell(); td.className = cls; td.textContent = value; return td;
  }
  rows.forEach(function (e, i) {
    e.decision = e.decision || ""; e.edited = e.target;
    const tr = body.insertRow(); tr.dataset.index = i; e.tr = tr;
    cell(tr, "n muted", String(i + 1));
    cell(tr, "vi", e.source).lang = data.source_lang;
    const en = cell(tr, "en", e.target); en.lang = data.target_lang; en.contentEditable = "true";
    en.spellcheck = true; en.title = "Edit the English, then Accept";
    en.addEventListener("input", function () { e.edited = en.textContent.trim(); paint(e); });
    en.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === "Escape") { ev.preventDefault(); en.blur(); }
    });
    cell(tr, "k", e.kind); cell(tr, "st", e.status);
    cell(tr, "c", e.score.toFixed(2)); cell(tr, "f", String(e.frequency));
    const ex = cell(tr, "ex", e.example_source ? e.example_source + " — " + e.example_target : "");
    const dec = tr.insertCell(); dec.className = "dec";
    [["accept", "Accept"], ["reject", "Reject"]].forEach(function (b) {
      const button = document.createElement("button"); button.type = "button";
      button.className = b[0]; button.textContent = b[1];
      button.addEventListener("click", function () { decide(i, e.decision === b[0] ? "" : b[0]); });
      dec.appendChild(button); dec.appendChild(document.createTextNode(" "));
    });
    tr.addEventListener("click", function () { select(i, false); });
    paint(e);
  });

  function paint(e) {
    e.tr.classList.toggle("accept", e.decision === "accept");
    e.tr.classList.toggle("reject", e.decision === "reject");
    e.tr.classList.toggle("edited", e.edited !== e.target);
    e.tr.dataset.decision = e.decision;
  }
  function decide(i, value) { rows[i].decision = value; paint(rows[i]); select(i, false); count(); }
  function visible(e) {
    const q = text.value.trim().toLowerCase();
    return (!kind.value || e.kind === kind.value) && (!status.value || e.status === status.value)
      && e.score >= parseFloat(minConf.value || "0")
      && (!q || (e.source + " " + e.edited).toLowerCase().indexOf(q) >= 0);
  }
  function filter() {
    rows.forEach(function (e) { e.tr.hidden = !visible(e); });
    if (rows[selected] && rows[selected].tr.hidden) { move(1); }
    count();
  }
  function count() {
    const shown = rows.filter(function (e) { return !e.tr.hidden; }).length;
    const acc = rows.filter(function (e) { return e.decision === "accept"; }).length;
    const rej = rows.filter(function (e) { return e.decision === "reject"; }).length;
    counter.textContent = shown + " of " + rows.length + " shown · " + acc + " accepted · " + rej + " rejected";
  }
  function select(i, scroll) {
    if (rows[selected]) { rows[selected].tr.classList.remove("sel"); }
    selected = i; rows[i].tr.classList.add("sel");
    if (scroll) { rows[i].tr.scrollIntoView({block: "nearest"}); }
  }
  function move(step) {
    for (let i = selected + step; i >= 0 && i < rows.length; i += step) {
      if (!rows[i].tr.hidden) { select(i, true); return; }
    }
  }
  function quote(value) {
    const v = String(value);
    return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }
  function download() {
    const lines = [data.columns.join(",")];
    rows.forEach(function (e) {
      lines.push([e.source, e.edited, e.decision, e.kind, e.target].map(quote).join(","));
    });
    const blob = new Blob([lines.join("\r\n") + "\r\n"], {type: "text/csv;charset=utf-8"});
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob); a.download = "decisions.csv";
    document.body.appendChild(a); a.click(); a.remove();
  }

  [kind, status, minConf, text].forEach(function (c) { c.addEventListener("input", filter); });
  document.getElementById("download").addEventListener("click", download);
  document.addEventListener("keydown", function (ev) {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "s") { ev.preventDefault(); download(); return; }
    const t = ev.target;
    if (t.isContentEditable || t.tagName === "INPUT" || t.tagName === "SELECT") { return; }
    const k = ev.key;
    if (k === "ArrowDown" || k === "j") { move(1); }
    else if (k === "ArrowUp" || k === "k") { move(-1); }
    else if (k === "a") { decide(selected, "accept"); }
    else if (k === "r") { decide(selected, "reject"); }
    else if (k === "u") { decide(selected, ""); }
    else if (k === "e" || k === "Enter") { rows[selected].tr.querySelector("td.en").focus(); }
    else { return; }
    ev.preventDefault();
  });
  if (rows.length) { select(0, false); }
  filter();
})();
"""


#: A corpus glossary: a documents column after the frequency (how many, the names on hover).
_FREQUENCY_CELL = 'cell(tr, "f", String(e.frequency));'
_CORPUS_SCRIPT = _SCRIPT.replace(
    _FREQUENCY_CELL, _FREQUENCY_CELL + ' cell(tr, "f", String(e.documents.length)).title = e.documents.join(", ");'
)


def _record(e: GlossaryEntry) -> dict[str, object]:
    example = e.examples[0] if e.examples else None
    return {
        "source": xml_text(e.source),
        "target": xml_text(e.target),
        "kind": e.kind,
        "status": e.status,
        "score": e.score,
        "frequency": e.frequency,
        "decision": e.decision,
        "example_source": xml_text(example.source) if example else "",
        "example_target": xml_text(example.target) if example else "",
        **({"documents": [xml_text(d) for d in e.documents]} if e.documents else {}),
    }


def _table(source_lang: str, target_lang: str, corpus: bool) -> str:
    docs = ('<col class="f">', "<th>docs</th>") if corpus else ("", "")
    return (
        '<table id="entries"><colgroup><col class="n"><col><col><col class="k"><col class="st"><col class="c">'
        f'<col class="f">{docs[0]}<col><col class="d"></colgroup><thead><tr><th>#</th>'
        f"<th>{escape(source_lang)}</th><th>{escape(target_lang)}</th><th>kind</th>"
        f"<th>status</th><th>conf.</th><th>freq.</th>{docs[1]}<th>example</th><th>decision</th></tr></thead>"
        "<tbody></tbody></table>"
    )


def _options(name: str, label: str, values: tuple[str, ...]) -> str:
    items = "".join(f'<option value="{escape(v)}">{escape(v)}</option>' for v in values)
    return f'<label>{label} <select id="{name}"><option value="">all</option>{items}</select></label>'


class GlossaryReviewPage(Exporter):
    name = "review"
    filename = "glossary.html"
    subject = "glossary"
    description = "review page: accept, reject, edit; download decisions.csv"

    def render(self, bundle: ExportBundle) -> bytes:
        info, glossary = bundle.provenance, bundle.need_glossary()
        source_lang, target_lang = locale(info.source_lang), locale(info.target_lang)
        data = {
            "columns": list(DECISION_COLUMNS),
            "source_lang": source_lang,
            "target_lang": target_lang,
            "entries": [_record(e) for e in glossary.entries],
        }
        payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        bar = (
            '<div class="bar">'
            + _options("kind", "Kind", KINDS)
            + _options("status", "Status", STATUSES)
            + '<label>Confidence ≥ <input id="min-confidence" type="number" min="0" max="1" step="0.05" value="0"'
            ' style="width:5em"></label>'
            + '<label>Find <input id="search" type="search" placeholder="term"></label>'
            + '<span id="count" class="muted"></span>'
            + '<button type="button" id="download">Download decisions</button></div>'
        )
        keys = (
            '<p class="muted">Keys: <kbd>↑</kbd>/<kbd>↓</kbd> move, <kbd>a</kbd> accept, <kbd>r</kbd> reject, '
            "<kbd>u</kbd> undecided, <kbd>e</kbd> edit the English (<kbd>Enter</kbd> to finish). Then "
            "<b>Download decisions</b> and run <code>songngu glossary … --reviewed decisions.csv</code>.</p>"
        )
        corpus = bundle.by_document()
        subtitle = f"Glossary review: {len(glossary.entries)} entries"
        body = (
            header("songngu — glossary review", info, subtitle)
            + bar
            + keys
            + _table(source_lang, target_lang, corpus)
            + f'<script type="application/json" id="songngu-data">{payload}</script>'
            + f"<script>{_CORPUS_SCRIPT if corpus else _SCRIPT}</script>"
        )
        return page("songngu glossary review", _STYLE, body)

"""Reading reviewed exports (``--reviewed``) and term bases (``--termbase``).

A reviewed file is one of songngu's own glossary exports after a person worked on it: the
workbook (Decision column), the PO (fuzzy cleared, msgstr edited or emptied), the TBX
(administrative status), the CSV / JSON (``decision``), or the review page's
``decisions.csv``. A file that is not such an export, or is damaged, is a user error naming
the file — raised before any work, so nothing is written.

A term base may come from any tool: TBX, CSV, XLSX or PO pairs of a source and a target term.
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from align.errors import InputError
from glossary.model import Example
from glossary.review import Decision

__all__ = ["read_decisions", "read_termbase"]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ACCEPT = {"accept", "accepted", "approve", "approved", "yes", "ok", "preferredterm-admn-sts"}
_REJECT = {"reject", "rejected", "no", "delete", "deprecatedterm-admn-sts", "supersededterm-admn-sts"}
_UNDECIDED = {"", "undecided", "admittedterm-admn-sts"}


def _action(value: Any, path: str, where: str) -> str:
    word = str(value or "").strip().lower()
    if word in _ACCEPT:
        return "accept"
    if word in _REJECT:
        return "reject"
    if word in _UNDECIDED:
        return ""
    raise InputError(path, f"{where}: decision {value!r} is neither accept nor reject (nor empty)")


def _check(path: str) -> Path:
    p = Path(path)
    if not p.is_file():
        raise InputError(path, "no such file" if not p.exists() else "is not a file")
    return p


# --- workbook --------------------------------------------------------------------------


def _load_workbook(path: str) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as err:
        raise InputError(path, f"cannot be read as an Excel workbook ({err})") from None


def _rows(sheet: Any) -> list[list[Any]]:
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def _xlsx_decisions(path: str) -> list[Decision]:
    book = _load_workbook(path)
    about = _rows(book["About"]) if "About" in book.sheetnames else []
    if "Glossary" not in book.sheetnames or not any(r and str(r[1] or "").startswith("songngu") for r in about):
        raise InputError(path, "is not a songngu glossary workbook (no Glossary and About sheets from songngu)")
    rows = _rows(book["Glossary"])
    head = [str(h or "") for h in rows[0]] if rows else []
    if "Decision" not in head:
        raise InputError(path, "is a songngu workbook without a Decision column (made before reviews were read)")
    col = {name: k for k, name in enumerate(head)}
    out = []
    for number, row in enumerate(rows[1:], 2):
        cells = [("" if v is None else str(v)) for v in row] + [""] * len(head)
        if not cells[0].strip():
            continue
        ex = [cells[k] for k, h in enumerate(head) if h.startswith("Example (")]
        examples = (Example(ex[0], ex[1], path, path),) if len(ex) == 2 and ex[0] else ()
        action = _action(cells[col["Decision"]], path, f"row {number}")
        out.append(Decision(cells[0].strip(), cells[1].strip(), action, path, cells[col.get("Kind", 2)], examples))
    return out


# --- PO ----------------------------------------------------------------------------------


def _po_file(path: str) -> Any:
    import polib

    try:
        return polib.pofile(path)
    except (OSError, ValueError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot be read as a PO file ({str(err).splitlines()[0]})") from None


def _po_decisions(path: str) -> list[Decision]:
    po = _po_file(path)
    if not str(po.metadata.get("X-Generator", "")).startswith("songngu"):
        raise InputError(path, "is not a songngu glossary PO file (its header names no songngu generator)")
    out = []
    for e in po:
        if e.obsolete:
            continue
        kind = m.group(1) if (m := re.search(r"Kind: (\w+)", e.comment or "")) else ""
        if not e.msgstr.strip():
            action = "reject"
        else:
            action = "" if "fuzzy" in e.flags else "accept"
        out.append(Decision(e.msgid, e.msgstr.strip(), action, path, kind))
    return out


# --- TBX ---------------------------------------------------------------------------------


def _tbx_root(path: str) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except (ET.ParseError, OSError) as err:
        raise InputError(path, f"cannot be read as TBX ({err})") from None


def _tbx_terms(root: ET.Element) -> Iterable[tuple[list[tuple[str, str, str]], str]]:
    """(the entry's (language, term, status) triples, its note) for each termEntry/conceptEntry."""
    for entry in root.iter():
        if entry.tag.rsplit("}", 1)[-1] not in ("termEntry", "conceptEntry"):
            continue
        found = []
        for lang_set in entry:
            if lang_set.tag.rsplit("}", 1)[-1] not in ("langSet", "langSec"):
                continue
            lang = (lang_set.get(_XML_LANG) or lang_set.get("lang") or "").lower()
            for node in lang_set.iter():
                if node.tag.rsplit("}", 1)[-1] == "term" and (node.text or "").strip():
                    status = next(
                        ((n.text or "").strip() for n in lang_set.iter() if n.get("type") == "administrativeStatus"),
                        "",
                    )
                    found.append((lang, (node.text or "").strip(), status))
                    break
        note = next(((n.text or "") for n in entry if n.tag.rsplit("}", 1)[-1] == "note"), "")
        yield found, note


def _pair(
    found: list[tuple[str, str, str]], source_lang: str
) -> tuple[tuple[str, str, str], tuple[str, str, str]] | None:
    src = [f for f in found if f[0].split("-")[0] == source_lang]
    tgt = [f for f in found if f[0].split("-")[0] != source_lang]
    return (src[0], tgt[0]) if src and tgt else None


def _tbx_decisions(path: str) -> list[Decision]:
    root = _tbx_root(path)
    if "songngu:" not in "".join(root.itertext())[:4000]:
        raise InputError(path, "is not a songngu glossary TBX (its header carries no songngu signature)")
    out = []
    for found, note in _tbx_terms(root):
        pair = _pair(found, "vi")
        if pair is None:
            continue
        (_, source, status), (_, target, _) = pair
        kind = m.group(1) if (m := re.search(r"kind: (\w+)", note)) else ""
        out.append(Decision(source, target, _action(status, path, f"term {source!r}"), path, kind))
    return out


# --- CSV / JSON --------------------------------------------------------------------------


def _csv_rows(path: str) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return [{(k or "").strip().lower(): (v or "") for k, v in row.items()} for row in csv.DictReader(handle)]
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise InputError(path, f"cannot be read as UTF-8 CSV ({err})") from None


def _csv_decisions(path: str) -> list[Decision]:
    rows = _csv_rows(path)
    if not rows or not {"source", "target", "decision"} <= set(rows[0]):
        raise InputError(path, "is not a songngu review file (a CSV needs source, target and decision columns)")
    return [
        Decision(
            r["source"].strip(), r["target"].strip(), _action(r["decision"], path, f"line {k}"), path, r.get("kind", "")
        )
        for k, r in enumerate(rows, 2)
        if r["source"].strip()
    ]


def _json_decisions(path: str) -> list[Decision]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(path, f"cannot be read as JSON ({err})") from None
    if not isinstance(data, dict) or "songngu" not in data or not isinstance(data.get("entries"), list):
        raise InputError(path, "is not a songngu glossary JSON (no songngu object with entries)")
    out = []
    for k, e in enumerate(data["entries"], 1):
        examples = tuple(
            Example(x["source"], x["target"], x["source_ref"], x["target_ref"]) for x in e.get("examples", [])
        )
        action = _action(e.get("decision", ""), path, f"entry {k}")
        out.append(Decision(e["source"], e["target"], action, path, e.get("kind", ""), examples))
    return out


_READERS: dict[str, Callable[[str], list[Decision]]] = {
    ".xlsx": _xlsx_decisions,
    ".po": _po_decisions,
    ".tbx": _tbx_decisions,
    ".csv": _csv_decisions,
    ".json": _json_decisions,
}


def read_decisions(paths: Sequence[str]) -> list[Decision]:
    """Every decision in the reviewed files, in command-line order (later files win)."""
    out: list[Decision] = []
    for path in paths:
        _check(path)
        reader = _READERS.get(Path(path).suffix.lower())
        if reader is None:
            raise InputError(path, "cannot carry review decisions; give a reviewed .xlsx, .po, .tbx, .csv or .json")
        out += reader(path)
    return out


# --- term bases --------------------------------------------------------------------------

_SOURCE_NAMES = ("source", "vi", "vi-vn", "term_vi", "vietnamese", "source term", "msgid")
_TARGET_NAMES = ("target", "en", "en-us", "en-gb", "term_en", "english", "target term", "msgstr")


def _table_pairs(path: str, rows: list[list[str]]) -> list[tuple[str, str]]:
    """Pairs from a table whose header names the columns (else the first two columns)."""
    if not rows:
        return []
    head = [h.strip().lower() for h in rows[0]]
    s = next((head.index(n) for n in _SOURCE_NAMES if n in head), None)
    t = next((head.index(n) for n in _TARGET_NAMES if n in head), None)
    body = rows[1:] if s is not None or t is not None else rows
    s, t = (0 if s is None else s), (1 if t is None else t)
    return [(r[s].strip(), r[t].strip()) for r in body if len(r) > max(s, t) and r[s].strip() and r[t].strip()]


def _termbase_pairs(path: str) -> list[tuple[str, str]]:
    suffix = Path(path).suffix.lower()
    if suffix == ".tbx":
        pairs = (_pair(found, "vi") for found, _ in _tbx_terms(_tbx_root(path)))
        return [(p[0][1], p[1][1]) for p in pairs if p is not None]
    if suffix == ".po":
        return [(e.msgid, e.msgstr) for e in _po_file(path) if e.msgstr.strip() and not e.obsolete and e.msgid]
    if suffix == ".xlsx":
        book = _load_workbook(path)
        sheet = book["Glossary"] if "Glossary" in book.sheetnames else book.worksheets[0]
        return _table_pairs(path, [[("" if v is None else str(v)) for v in r] for r in _rows(sheet)])
    if suffix in (".csv", ".tsv", ".utf8", ".txt"):
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(path, f"cannot be read as UTF-8 text ({err})") from None
        delimiter = "," if suffix == ".csv" else "\t"
        rows = [r for r in csv.reader(text.splitlines(), delimiter=delimiter) if r and not r[0].startswith("#")]
        return _table_pairs(path, rows)
    raise InputError(path, "is not a term base songngu reads; give a .tbx, .csv, .xlsx or .po file")


def read_termbase(path: str) -> list[Decision]:
    """The (source, target) pairs of a term base, as accepted decisions."""
    _check(path)
    pairs = _termbase_pairs(path)
    if not pairs:
        raise InputError(path, "holds no term pairs (a source and a target term on each entry)")
    return [Decision(s, t, "accept", path) for s, t in pairs]

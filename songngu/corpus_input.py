"""Finding the document pairs of a corpus: a folder of ``NAME.vi.txt`` / ``NAME.en.txt``
files matched by name, or a TSV file listing source and target paths.

Nothing is read here but the listing: the documents themselves are read (and their
problems reported) by the per-document work. Files that cannot be paired are returned as
warnings, never as errors: one stray file must not stop a corpus of two hundred pairs.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from align.errors import InputError

__all__ = ["READABLE_EXTENSIONS", "CorpusInput", "PairFiles", "find_pairs"]

#: The extensions a corpus folder is searched for (what ``align.reading`` reads: plain text,
#: Markdown as text, HTML reduced to its text).
READABLE_EXTENSIONS = ("txt", "text", "md", "markdown", "html", "htm", "xhtml")

_FILE_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<lang>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,4})?)\.(?P<ext>"
    + "|".join(READABLE_EXTENSIONS)
    + r")$",
    re.IGNORECASE,
)
_HEADER_WORDS = {"source", "src", "target", "tgt", "name", "source_path", "target_path", "#"}


@dataclass(frozen=True)
class PairFiles:
    """One document pair: its name in the outputs, the paths to read, the names shown."""

    name: str  # "report-2024" or "2024/report" (relative, '/'-separated, no '..')
    source: str  # path on this machine
    target: str
    source_shown: str  # as shown in the outputs: relative to the folder, or as the TSV wrote it
    target_shown: str


@dataclass(frozen=True)
class CorpusInput:
    """What INPUT holds: the pairs (sorted by name) and what could not be paired."""

    label: str  # INPUT's own name ("pairs", "list.tsv"), never its absolute path
    pairs: tuple[PairFiles, ...]
    warnings: tuple[str, ...] = field(default=())


def find_pairs(path: str, source_lang: str = "vi", target_lang: str = "en") -> CorpusInput:
    """The pairs of a corpus folder or TSV list; InputError when INPUT is missing, unusable
    or holds no pair at all."""
    if source_lang.lower() == target_lang.lower():
        raise InputError(path, f"source and target languages are both {source_lang!r}")
    where = Path(path)
    if not where.exists():
        raise InputError(path, "no such folder or file (give a folder of NAME.vi.txt / NAME.en.txt pairs, or a TSV)")
    label = where.resolve().name or str(path)
    if where.is_dir():
        pairs, warnings = _folder_pairs(where, source_lang, target_lang)
        expected = f"no document pairs (expected files named NAME.{source_lang}.txt and NAME.{target_lang}.txt)"
    else:
        pairs, warnings = _listed_pairs(where, source_lang, target_lang)
        expected = "lists no document pairs (one SOURCE<TAB>TARGET line a pair)"
    if not pairs:
        raise InputError(path, expected + ("; " + "; ".join(warnings) if warnings else ""))
    return CorpusInput(label=label, pairs=tuple(sorted(pairs, key=lambda p: p.name)), warnings=tuple(warnings))


# --- a folder ----------------------------------------------------------------------------


def _readable_files(root: Path) -> list[str]:
    """Relative '/'-separated paths of the files under root, hidden files and folders left out."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel = Path(folder).relative_to(root).as_posix()
        for name in sorted(files):
            if not name.startswith("."):
                found.append(name if rel == "." else f"{rel}/{name}")
    return found


def _side(lang: str, source_lang: str, target_lang: str) -> str | None:
    """Which side a file's language tag ('vi', 'vi-vn') names, if either."""
    for side, want in (("source", source_lang.lower()), ("target", target_lang.lower())):
        if lang == want or lang.split("-")[0] == want:
            return side
    return None


def _folder_pairs(root: Path, source_lang: str, target_lang: str) -> tuple[list[PairFiles], list[str]]:
    sides: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"source": [], "target": []})
    for rel in _readable_files(root):
        match = _FILE_NAME.match(posixpath.basename(rel))
        if not match:
            continue
        lang = match["lang"].lower().replace("_", "-")
        side = _side(lang, source_lang, target_lang)
        if side is None:
            continue
        name = posixpath.join(posixpath.dirname(rel), match["stem"])
        sides[name][side].append(rel)
    pairs, warnings = [], []
    for name in sorted(sides):
        src, tgt = sides[name]["source"], sides[name]["target"]
        if len(src) == 1 and len(tgt) == 1:
            pairs.append(PairFiles(name, str(root / src[0]), str(root / tgt[0]), src[0], tgt[0]))
        elif len(src) > 1 or len(tgt) > 1:
            warnings.append(f"{name}: several files for one side ({', '.join(src + tgt)}); pair skipped")
        else:
            have, lang = (src[0], target_lang) if src else (tgt[0], source_lang)
            warnings.append(f"unmatched file {have}: no {name}.{lang}.* beside it")
    return pairs, warnings


# --- a TSV list --------------------------------------------------------------------------


def _read_listing(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(str(path), f"cannot be read ({err.strerror})") from None
    try:
        return data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise InputError(str(path), "is neither a folder nor a UTF-8 TSV list of document pairs") from None


def _columns(fields: list[str], source_lang: str, target_lang: str) -> dict[str, int] | None:
    """Column positions from a header line, or None when the line is data."""
    words = [f.strip().lower() for f in fields]
    if not set(words) <= _HEADER_WORDS | {source_lang.lower(), target_lang.lower()}:
        return None
    names = {"src": "source", "source_path": "source", source_lang.lower(): "source", "tgt": "target",
             "target_path": "target", target_lang.lower(): "target"}  # fmt: skip
    cols = {names.get(w, w): k for k, w in enumerate(words)}
    return cols if {"source", "target"} <= set(cols) else None


def _name_from(shown: str, lang: str) -> str:
    """'docs/a.vi.txt' → 'docs/a'; a path that leaves the list's folder gives its file name only."""
    norm = posixpath.normpath(shown.replace("\\", "/"))
    if norm.startswith(("/", "../")) or norm == ".." or re.match(r"^[A-Za-z]:", norm):
        norm = posixpath.basename(norm)
    stem, _ = posixpath.splitext(norm)
    return stem[: -len(lang) - 1] if stem.lower().endswith(f".{lang.lower()}") else stem


def _safe_name(name: str) -> bool:
    parts = name.split("/")
    return (
        bool(name)
        and not name.startswith("/")
        and all(p not in ("", ".", "..") for p in parts)
        and not any(ord(ch) < 32 or ch == "\\" for ch in name)
    )


def _listed_pairs(path: Path, source_lang: str, target_lang: str) -> tuple[list[PairFiles], list[str]]:
    base = path.parent
    cols = {"source": 0, "target": 1, "name": 2}
    pairs: list[PairFiles] = []
    warnings: list[str] = []
    names: dict[str, int] = {}
    sources: dict[str, int] = {}
    first = True
    for number, line in enumerate(_read_listing(path), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.rstrip("\r\n").split("\t")
        if first and (header := _columns(fields, source_lang, target_lang)) is not None:
            cols, first = header, False
            continue
        first = False
        src, tgt = (fields[cols[k]].strip() if cols[k] < len(fields) else "" for k in ("source", "target"))
        if not src or not tgt:
            warnings.append(f"{path.name} line {number}: expected SOURCE<TAB>TARGET; line skipped")
            continue
        given = fields[cols["name"]].strip() if "name" in cols and cols["name"] < len(fields) else ""
        name = given or _name_from(src, source_lang)
        if not _safe_name(name):
            warnings.append(f"{path.name} line {number}: {name!r} cannot name a document (no '..', no '/' first)")
        elif src in sources:
            warnings.append(f"{path.name} line {number}: {src} is listed twice (line {sources[src]}); line skipped")
        elif name in names:
            warnings.append(
                f"{path.name} line {number}: the name {name} is taken (line {names[name]}); "
                "give each pair a NAME in a third column; line skipped"
            )
        else:
            names[name], sources[src] = number, number
            pairs.append(PairFiles(name, str(base / src), str(base / tgt), src, tgt))
    return pairs, warnings

"""One small interface for every export format, and the helpers they share.

An exporter turns an ``ExportBundle`` into bytes; it never touches the file system.
Writing is done once, atomically, by ``write_outputs``: every file is rendered in memory
first, so a failure leaves the previous exports untouched and never a half-written file.
"""
from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from typing import ClassVar

from align.model import Alignment

from ..model import Glossary, RunInfo

__all__ = ["ExportBundle", "Exporter", "write_atomic", "write_outputs", "xml_text", "spreadsheet_cell",
           "single_line", "FORMULA_TRIGGERS", "xml_escaped", "xml_attribute"]

# Characters XML 1.0 forbids (all C0 controls but tab, LF, CR; and U+FFFE/U+FFFF).
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class ExportBundle:
    info: RunInfo
    alignment: Alignment | None = None
    glossary: Glossary | None = None


class Exporter:
    """Base class: set the class attributes, implement ``render``."""

    name: ClassVar[str]
    filename: ClassVar[str]
    subject: ClassVar[str]          # "glossary" or "alignment"
    description: ClassVar[str] = ""

    def render(self, bundle: ExportBundle) -> bytes:  # pragma: no cover - interface
        raise NotImplementedError


def xml_text(value: str) -> str:
    """Text safe for XML 1.0: forbidden control characters removed (escaping is separate)."""
    return _XML_FORBIDDEN.sub("", value)


def xml_escaped(value: str) -> str:
    """Element text: forbidden characters removed, & < > escaped."""
    from xml.sax.saxutils import escape

    return escape(xml_text(value))


def xml_attribute(value: str) -> str:
    """A quoted attribute value, forbidden characters removed."""
    from xml.sax.saxutils import quoteattr

    return quoteattr(xml_text(value))


def single_line(value: str) -> str:
    """One line for line-oriented formats: tabs and line breaks become spaces."""
    return re.sub(r"[\t\r\n\v\f\u2028\u2029]+", " ", xml_text(value))


#: First characters that make spreadsheets read a cell as a formula.
FORMULA_TRIGGERS = "=+-@\t\r"


def spreadsheet_cell(value: str) -> str:
    """Cell text without the control characters XML forbids. Cells starting with one of
    ``FORMULA_TRIGGERS`` are additionally stored as quote-prefixed text by the XLSX writer,
    so the term reads back unchanged and is never evaluated."""
    return xml_text(value)


def write_atomic(path: str, data: bytes) -> None:
    """Write via a temporary file in the same folder and rename over the target."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".songngu-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_outputs(rendered: dict[str, bytes]) -> None:
    """Write already-rendered files; rendering happens before any file is touched."""
    for path in sorted(rendered):
        write_atomic(path, rendered[path])

"""One small interface for every export format, and the helpers they share.

An exporter turns an ``ExportBundle`` into bytes; it never touches the file system.
The application writes the rendered set all-or-nothing (``songngu.output``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from align.model import Alignment
from glossary.model import Glossary, GlossaryEntry

from ..provenance import Provenance

__all__ = [
    "FORMULA_TRIGGERS",
    "LOCALES",
    "ExportBundle",
    "Exporter",
    "document_list",
    "in_documents",
    "locale",
    "single_line",
    "spreadsheet_cell",
    "xml_attribute",
    "xml_escaped",
    "xml_text",
]

#: Locale codes for headers and xml:lang: the workbook's columns (Trados' Glossary
#: Converter reads them), the TMX and TBX languages (OmegaT projects are vi-VN / en-US).
LOCALES = {"vi": "vi-VN", "en": "en-US", "fr": "fr-FR", "de": "de-DE", "zh": "zh-CN", "ja": "ja-JP", "ko": "ko-KR"}


def locale(lang: str) -> str:
    return LOCALES.get(lang.lower(), lang)


# Characters XML 1.0 forbids (all C0 controls but tab, LF, CR; and U+FFFE/U+FFFF).
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class ExportBundle:
    """What one command hands its exporters: the provenance record, and the alignment
    and/or the glossary it made. A corpus has no one alignment: ``documents`` holds each
    document's (name, alignment), in name order."""

    provenance: Provenance
    alignment: Alignment | None = None
    glossary: Glossary | None = None
    documents: tuple[tuple[str, Alignment], ...] = ()

    def need_alignment(self) -> Alignment:
        if self.alignment is None:
            raise ValueError("this export needs an alignment")
        return self.alignment

    def need_glossary(self) -> Glossary:
        if self.glossary is None:
            raise ValueError("this export needs a glossary")
        return self.glossary

    def by_document(self) -> bool:
        """A corpus glossary: its entries name the documents they occur in. Only then do the
        glossary exports carry a documents field, so one pair's exports stay as they were."""
        return self.glossary is not None and any(e.documents for e in self.glossary.entries)


class Exporter:
    """Base class: set the class attributes, implement ``render``."""

    name: ClassVar[str]
    filename: ClassVar[str]
    subject: ClassVar[str]  # "glossary" or "alignment"
    description: ClassVar[str] = ""

    def render(self, bundle: ExportBundle) -> bytes:  # pragma: no cover - interface
        raise NotImplementedError


def in_documents(entry: GlossaryEntry) -> str:
    """'in 3 documents', the corpus-wide document frequency in words."""
    count = len(entry.documents)
    return f"in {count} document{'s' if count != 1 else ''}"


def document_list(entry: GlossaryEntry, limit: int | None = 10) -> str:
    """The entry's documents, comma-separated; past ``limit`` names, how many more."""
    names = list(entry.documents)
    if limit is None or len(names) <= limit:
        return ", ".join(names)
    return ", ".join(names[:limit]) + f" and {len(names) - limit} more"


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

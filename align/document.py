"""Turn a file into a checked, segmented ``Document`` (the I/O edge of the aligner)."""

from __future__ import annotations

from .errors import InputError
from .langid import check_language
from .model import Document, Sentence
from .reading import read_text
from .segment import segment

__all__ = ["MAX_SENTENCE_CHARS", "document_from_text", "load_document"]

#: A "sentence" longer than this is not running text (a 1 MB line with no full stop).
MAX_SENTENCE_CHARS = 20_000


def document_from_text(text: str, lang: str, *, path: str = "<text>", encoding: str = "utf-8") -> Document:
    """Segment already-decoded NFC text into a Document."""
    sentences = []
    for index, (start, end, paragraph, shown, key) in enumerate(segment(text, lang)):
        if len(shown) > MAX_SENTENCE_CHARS:
            line = text.count("\n", 0, start) + 1
            raise InputError(
                path,
                f"line {line} holds a single {len(shown):,}-character stretch with no sentence end; "
                f"songngu aligns running text (sentences up to {MAX_SENTENCE_CHARS:,} characters)",
            )
        sentences.append(Sentence(index, shown, key, start, end, paragraph))
    if not sentences:
        raise InputError(path, "has no sentences")
    return Document(path=path, lang=lang, text=text, encoding=encoding, sentences=tuple(sentences))


def load_document(
    path: str, lang: str, *, encoding: str | None = None, other_lang: str | None = None, display: str | None = None
) -> Document:
    """Read, decode, check the language of, and segment one input file. ``display`` is the
    name shown in reports and exports (default: ``path`` as given)."""
    text, used = read_text(path, encoding=encoding)
    check_language(text, lang, path, other=other_lang)
    return document_from_text(text, lang, path=display or path, encoding=used)

"""Hand-made glossaries and alignments for export tests (no model involved)."""

from __future__ import annotations

from datetime import UTC, datetime

from align.document import document_from_text
from align.model import Alignment, Bead
from glossary.model import Example, Glossary, GlossaryEntry
from songngu.provenance import InputFile, Model, Provenance

HOSTILE = [
    ("Lương Cường", "Luong Cuong"),
    ("=SUM(A1)", "+1 plus"),
    ("-minus", "@at sign"),
    ('quote " and \\ backslash', "it's 'single'"),
    ("line\nbreak", "new\nline"),
    ("tab\there", "a\tb"),
    ("<tag> & co", "a < b & c > d"),
    ("ctrl\x07char\x1b", "bell\x07"),
    ("emoji 😀 𝕏", "4-byte 𝄞 kept"),
]


def info(**kw) -> Provenance:
    base = {
        "version": "0.1.0",
        "source_lang": "vi",
        "target_lang": "en",
        "inputs": (
            InputFile("source", "vi.txt", "a" * 64),
            InputFile("target", "en.txt", "b" * 64),
            InputFile("evidence", "mono.txt", "c" * 64),
        ),
        "models": (Model("sentence encoder", "test-model", "d" * 64),),
        "aligner_settings": "test:1",
        "date": datetime(2025, 1, 1, tzinfo=UTC),
    }
    base.update(kw)
    return Provenance(**base)


def glossary(pairs=HOSTILE) -> Glossary:
    entries = []
    for k, (s, t) in enumerate(pairs):
        entries.append(
            GlossaryEntry(
                source=s,
                target=t,
                kind="concept" if k % 2 else "name",
                score=round(1 - k / 20, 4),
                frequency=k + 1,
                examples=(Example(f"Câu có {s}.", f"A sentence with {t}.", "vi.txt:1", "en.txt:1"),),
                flagged=k % 3 == 2,
                review="approved" if k % 4 == 3 else "",
            )
        )
    return Glossary(entries=tuple(entries), settings="test:1", mono_documents=("mono.txt",))


def alignment(pairs=HOSTILE) -> Alignment:
    src = document_from_text("\n".join(s.replace("\n", " ") + "." for s, _ in pairs), "vi")
    tgt = document_from_text("\n".join(t.replace("\n", " ") + "." for _, t in pairs), "en")
    n = min(len(src.sentences), len(tgt.sentences))
    beads = tuple(Bead((k,), (k,), 0.9) for k in range(n))
    return Alignment(source=src, target=tgt, beads=beads, source_coverage=1.0, target_coverage=1.0)

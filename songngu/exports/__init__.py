"""The one registry of export formats; the CLI and the tests read it, nothing else lists formats."""

from __future__ import annotations

from .alignment_html import AlignmentHtml
from .alignment_jsonl import AlignmentJsonl
from .alignment_tsv import AlignmentTsv
from .base import ExportBundle, Exporter
from .glossary_csv import GlossaryCsv
from .glossary_json import GlossaryJson
from .glossary_tsv import GlossaryTsv
from .omegat import OmegatGlossary
from .po import GlossaryPo
from .review_html import GlossaryReviewPage
from .tbx import GlossaryTbx
from .tmx import AlignmentTmx
from .xlsx import GlossaryXlsx

__all__ = ["ALIGNMENT_FORMATS", "GLOSSARY_FORMATS", "REGISTRY", "ExportBundle", "Exporter", "exporter_for_path"]

_ALL: list[Exporter] = [
    GlossaryXlsx(),
    GlossaryPo(),
    GlossaryTbx(),
    OmegatGlossary(),
    GlossaryCsv(),
    GlossaryJson(),
    GlossaryTsv(),
    GlossaryReviewPage(),
    AlignmentTmx(),
    AlignmentJsonl(),
    AlignmentTsv(),
    AlignmentHtml(),
]

REGISTRY: dict[str, Exporter] = {e.name: e for e in _ALL}
GLOSSARY_FORMATS = tuple(n for n, e in REGISTRY.items() if e.subject == "glossary")
ALIGNMENT_FORMATS = tuple(n for n, e in REGISTRY.items() if e.subject == "alignment")


def exporter_for_path(path: str, subject: str) -> Exporter | None:
    """The exporter of ``subject`` whose file name ends like ``path`` (".tmx", ".jsonl"…)."""
    lower = path.lower()
    for exporter in REGISTRY.values():
        ext = exporter.filename[exporter.filename.index(".") :]
        if exporter.subject == subject and lower.endswith(ext):
            return exporter
    return None

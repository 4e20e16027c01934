"""OmegaT glossary (.utf8): source, target, comment; '#' lines are comments.

OmegaT's glossary has exactly these three columns, so it carries no decision field; the
status (CHECK, APPROVED, KNOWN) is in the comment. Review in another export.
"""

from __future__ import annotations

from .base import ExportBundle, Exporter, in_documents, single_line


class OmegatGlossary(Exporter):
    name = "omegat"
    filename = "glossary.utf8"
    subject = "glossary"
    description = "OmegaT tab-separated glossary"

    def render(self, bundle: ExportBundle) -> bytes:
        rows = [
            "# Glossary in tab-separated format -*- coding: utf-8 -*-",
            f"# {single_line(bundle.provenance.signature())}",
        ]
        corpus = bundle.by_document()
        for e in bundle.need_glossary().entries:
            comment = (
                f"{e.kind}; confidence {e.score:.2f}; {e.frequency}×"
                + (f" {in_documents(e)}" if corpus else "")
                + (f"; {e.status.upper()}" if e.status != "proposed" else "")
            )
            rows.append("\t".join(single_line(c) for c in (e.source, e.target, comment)))
        return ("\n".join(rows) + "\n").encode("utf-8")

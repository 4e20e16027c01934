"""glossary.tsv: one entry a line, a '#' header naming the columns."""

from __future__ import annotations

from .base import ExportBundle, Exporter, document_list, single_line

COLUMNS = ("source", "target", "kind", "score", "frequency", "status", "example_source", "example_target", "decision")
#: A corpus glossary adds how many documents use the term, and which.
CORPUS_COLUMNS = ("documents", "document_names")


class GlossaryTsv(Exporter):
    name = "tsv"
    filename = "glossary.tsv"
    subject = "glossary"
    description = "tab-separated, one entry a line"

    def render(self, bundle: ExportBundle) -> bytes:
        corpus = bundle.by_document()
        rows = ["# " + "\t".join(COLUMNS + (CORPUS_COLUMNS if corpus else ()))]
        for e in bundle.need_glossary().entries:
            ex = e.examples[0] if e.examples else None
            cells: tuple[str, ...] = (
                e.source,
                e.target,
                e.kind,
                f"{e.score:.4f}",
                str(e.frequency),
                e.status,
                ex.source if ex else "",
                ex.target if ex else "",
                e.decision,
            )
            if corpus:
                cells += (str(len(e.documents)), document_list(e, None))
            rows.append("\t".join(single_line(c) for c in cells))
        return ("\n".join(rows) + "\n").encode("utf-8")

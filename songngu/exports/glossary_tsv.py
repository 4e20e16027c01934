"""glossary.tsv: one entry a line, a '#' header naming the columns."""

from __future__ import annotations

from .base import ExportBundle, Exporter, single_line

COLUMNS = ("source", "target", "kind", "score", "frequency", "status", "example_source", "example_target", "decision")


class GlossaryTsv(Exporter):
    name = "tsv"
    filename = "glossary.tsv"
    subject = "glossary"
    description = "tab-separated, one entry a line"

    def render(self, bundle: ExportBundle) -> bytes:
        rows = ["# " + "\t".join(COLUMNS)]
        for e in bundle.need_glossary().entries:
            ex = e.examples[0] if e.examples else None
            cells = (
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
            rows.append("\t".join(single_line(c) for c in cells))
        return ("\n".join(rows) + "\n").encode("utf-8")

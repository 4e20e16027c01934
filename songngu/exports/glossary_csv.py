"""glossary.csv in Weblate's glossary layout (Crowdin and memoQ map the columns)."""

from __future__ import annotations

import csv
import io

from .base import ExportBundle, Exporter, document_list, xml_text

#: Weblate's glossary columns, then ``decision`` (accept / reject / empty), which Weblate ignores
#: and ``songngu … --reviewed glossary.csv`` reads.
HEADER = ("source", "target", "context", "translator_comments", "developer_comments", "decision")


class GlossaryCsv(Exporter):
    name = "csv"
    filename = "glossary.csv"
    subject = "glossary"
    description = "CSV with Weblate's glossary header"

    def render(self, bundle: ExportBundle) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(HEADER)
        corpus = bundle.by_document()
        for e in bundle.need_glossary().entries:
            example = e.examples[0] if e.examples else None
            translator = f"{example.source} — {example.target}" if example else ""
            developer = f"kind: {e.kind}; confidence: {e.score:.2f}; frequency: {e.frequency}; status: {e.status}"
            if corpus:  # the documents, and the example of each of several (with where it stands)
                translator = " | ".join(f"{x.source} — {x.target} ({x.source_ref})" for x in e.examples)
                developer += f"; documents ({len(e.documents)}): {document_list(e)}"
            writer.writerow([xml_text(v) for v in (e.source, e.target, "", translator, developer, e.decision)])
        return out.getvalue().encode("utf-8")

"""glossary.json: the full data of every entry, for scripts and other tools.

One object: ``songngu`` holds the provenance record, ``entries`` the entries, best first.
"""

from __future__ import annotations

import json

from .base import ExportBundle, Exporter


def entry_record(entry) -> dict:
    return {
        "source": entry.source,
        "target": entry.target,
        "kind": entry.kind,
        "score": entry.score,
        "frequency": entry.frequency,
        "agreement": entry.agreement,
        "status": entry.status,
        "decision": entry.decision,
        "flagged": entry.flagged,
        "alternatives": list(entry.alternatives),
        "examples": [
            {"source": x.source, "target": x.target, "source_ref": x.source_ref, "target_ref": x.target_ref}
            for x in entry.examples
        ],
        "mono_documents": list(entry.mono_documents),
        # a corpus: where the term occurs (the key is absent for one pair)
        **({"documents": list(entry.documents)} if entry.documents else {}),
    }


class GlossaryJson(Exporter):
    name = "json"
    filename = "glossary.json"
    subject = "glossary"
    description = "every field of every entry"

    def render(self, bundle: ExportBundle) -> bytes:
        info = bundle.provenance
        document = {
            "songngu": {
                "version": info.version,
                "signature": info.signature(),
                "date": info.iso_date() or None,
                "source_lang": info.source_lang,
                "target_lang": info.target_lang,
                "inputs": [{"role": f.role, "name": f.name, "sha256": f.sha256} for f in info.inputs],
                "models": [{"role": m.role, "name": m.name, "sha256": m.sha256} for m in info.models],
            },
            "entries": [entry_record(e) for e in bundle.need_glossary().entries],
        }
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

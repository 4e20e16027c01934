"""Alignment as JSONL: one bead a line (source, target, source_ids, target_ids, score)."""

from __future__ import annotations

import json

from .base import ExportBundle, Exporter


class AlignmentJsonl(Exporter):
    name = "jsonl"
    filename = "alignment.jsonl"
    subject = "alignment"
    description = "every bead, unaligned sentences included (one side empty)"

    def render(self, bundle: ExportBundle) -> bytes:
        al = bundle.need_alignment()
        lines = []
        for bead in al.beads:
            lines.append(
                json.dumps(
                    {
                        "source": al.source_text(bead),
                        "target": al.target_text(bead),
                        "source_ids": list(bead.source_ids),
                        "target_ids": list(bead.target_ids),
                        "score": bead.score,
                    },
                    ensure_ascii=False,
                )
            )
        return ("\n".join(lines) + "\n").encode("utf-8")

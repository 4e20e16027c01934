"""Alignment as TSV: a '#' header line, then source, target, score per aligned bead."""

from __future__ import annotations

from .base import ExportBundle, Exporter, single_line


class AlignmentTsv(Exporter):
    name = "alignment-tsv"
    filename = "alignment.tsv"
    subject = "alignment"
    description = "aligned pairs only, tab-separated"

    def render(self, bundle: ExportBundle) -> bytes:
        al = bundle.need_alignment()
        rows = [f"# {al.source.lang}\t{al.target.lang}\tscore"]
        for bead in al.pairs:
            rows.append(f"{single_line(al.source_text(bead))}\t{single_line(al.target_text(bead))}\t{bead.score:.4f}")
        return ("\n".join(rows) + "\n").encode("utf-8")

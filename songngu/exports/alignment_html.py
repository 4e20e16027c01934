"""A self-contained side-by-side HTML view of the alignment, coloured by confidence."""

from __future__ import annotations

from html import escape

from align.report import LOW_CONFIDENCE

from .base import ExportBundle, Exporter, xml_text
from .page import header, page

_STYLE = """
col.n{width:3.5em}col.s{width:8em}
td.n,td.s{color:#555;font-variant-numeric:tabular-nums}
tr.hi td.s{background:#d9f2d9}tr.mid td.s{background:#fff3c4}tr.lo td.s{background:#f9d0d0}
tr.un td{color:#888;font-style:italic;background:#fafafa}
.summary{margin:1em 0;padding:.6em 1em;background:#f4f4f4}.warn{background:#fde2c8;padding:.6em 1em}
"""


class AlignmentHtml(Exporter):
    name = "html"
    filename = "alignment.html"
    subject = "alignment"
    description = "side-by-side review page"

    def render(self, bundle: ExportBundle) -> bytes:
        al = bundle.need_alignment()
        rows = []
        number = 0
        for bead in al.beads:
            src = escape(xml_text(al.source_text(bead)))
            tgt = escape(xml_text(al.target_text(bead)))
            if bead.aligned:
                number += 1
                band = "hi" if bead.score >= 0.8 else "mid" if bead.score >= LOW_CONFIDENCE else "lo"
                rows.append(
                    f'<tr class="{band}"><td class="n">{number}</td><td class="s">{bead.score:.2f} '
                    f'{bead.kind}</td><td lang="{al.source.lang}">{src}</td>'
                    f'<td lang="{al.target.lang}">{tgt}</td></tr>'
                )
            else:
                rows.append(
                    f'<tr class="un"><td class="n"></td><td class="s">unaligned</td>'
                    f'<td lang="{al.source.lang}">{src}</td><td lang="{al.target.lang}">{tgt}</td></tr>'
                )
        warning = f'<p class="warn">{escape(al.warning)}</p>' if al.warning else ""
        subtitle = (
            f"Alignment: {len(al.pairs)} sentence pairs; coverage {al.source_coverage:.0%} of the "
            f"{al.source.lang} text, {al.target_coverage:.0%} of the {al.target.lang} text"
        )
        body = (
            header("songngu — alignment", bundle.provenance, subtitle)
            + warning
            + '<table><colgroup><col class="n"><col class="s"><col><col></colgroup>'
            + f"<thead><tr><th>#</th><th>score</th><th>{escape(al.source.lang)}</th>"
            + f"<th>{escape(al.target.lang)}</th></tr></thead><tbody>\n"
            + "\n".join(rows)
            + "\n</tbody></table>"
        )
        return page("songngu alignment", _STYLE, body)

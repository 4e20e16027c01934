"""A self-contained side-by-side HTML view of the alignment, coloured by confidence."""

from __future__ import annotations

from html import escape

from align.report import LOW_CONFIDENCE

from .base import ExportBundle, Exporter, xml_text

_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4em .6em;vertical-align:top}
th{text-align:left;background:#f4f4f4;position:sticky;top:0}
td.n,td.s{white-space:nowrap;color:#555;font-variant-numeric:tabular-nums}
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
        summary = (
            f'<p class="summary">{len(al.pairs)} pairs; coverage {al.source_coverage:.0%} of '
            f"{escape(al.source.path)}, {al.target_coverage:.0%} of {escape(al.target.path)}. "
            f"<small>{escape(bundle.provenance.signature())}</small></p>"
        )
        page = (
            f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>songngu alignment</title>'
            f"<style>{_STYLE}</style></head><body><h1>Alignment</h1>{warning}{summary}"
            f"<table><thead><tr><th>#</th><th>score</th><th>{escape(al.source.lang)}</th>"
            f"<th>{escape(al.target.lang)}</th></tr></thead><tbody>\n"
            + "\n".join(rows)
            + "\n</tbody></table></body></html>\n"
        )
        return page.encode("utf-8")

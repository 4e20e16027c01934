"""TMX 1.4b translation memory of the aligned pairs (unaligned sentences are left out)."""

from __future__ import annotations

from .base import ExportBundle, Exporter, locale, xml_escaped
from .base import xml_attribute as _q


class AlignmentTmx(Exporter):
    name = "tmx"
    filename = "alignment.tmx"
    subject = "alignment"
    description = "TMX 1.4b for a translation memory"

    def render(self, bundle: ExportBundle) -> bytes:
        al, info = bundle.need_alignment(), bundle.provenance
        src, tgt = locale(al.source.lang), locale(al.target.lang)
        date = f" creationdate={_q(info.date.strftime('%Y%m%dT%H%M%SZ'))}" if info.date else ""
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
            '<tmx version="1.4">',
            (
                f'  <header creationtool="songngu" creationtoolversion={_q(info.version)} segtype="sentence"'
                f' o-tmf="songngu" adminlang="en" srclang={_q(src)} datatype="plaintext"{date}>'
            ),
            f'    <prop type="x-songngu-signature">{xml_escaped(info.signature())}</prop>',
            "  </header>",
            "  <body>",
        ]
        for bead in al.pairs:
            out.append(f'    <tu tuid="{bead.source_ids[0] + 1}">')
            out.append(f'      <prop type="x-score">{bead.score:.4f}</prop>')
            out.append(f'      <prop type="x-bead">{bead.kind}</prop>')
            for lang, text in ((src, al.source_text(bead)), (tgt, al.target_text(bead))):
                out.append(f"      <tuv xml:lang={_q(lang)}><seg>{xml_escaped(text)}</seg></tuv>")
            out.append("    </tu>")
        out += ["  </body>", "</tmx>", ""]
        return "\n".join(out).encode("utf-8")

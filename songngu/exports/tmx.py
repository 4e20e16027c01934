"""TMX 1.4b translation memory of the aligned pairs (unaligned sentences are left out).

A corpus gives one memory for all its documents: each ``<tu>`` names its document in a
``<prop type="x-document">`` and its tuid is ``NAME:N`` (N the first source sentence)."""

from __future__ import annotations

from align.model import Alignment

from .base import ExportBundle, Exporter, locale, xml_escaped
from .base import xml_attribute as _q


def _units(al: Alignment, src: str, tgt: str, document: str | None) -> list[str]:
    out = []
    for bead in al.pairs:
        number = bead.source_ids[0] + 1
        tuid = _q(f"{document}:{number}") if document is not None else f'"{number}"'
        out.append(f"    <tu tuid={tuid}>")
        out.append(f'      <prop type="x-score">{bead.score:.4f}</prop>')
        out.append(f'      <prop type="x-bead">{bead.kind}</prop>')
        if document is not None:
            out.append(f'      <prop type="x-document">{xml_escaped(document)}</prop>')
        for lang, text in ((src, al.source_text(bead)), (tgt, al.target_text(bead))):
            out.append(f"      <tuv xml:lang={_q(lang)}><seg>{xml_escaped(text)}</seg></tuv>")
        out.append("    </tu>")
    return out


class AlignmentTmx(Exporter):
    name = "tmx"
    filename = "alignment.tmx"
    subject = "alignment"
    description = "TMX 1.4b for a translation memory"

    def render(self, bundle: ExportBundle) -> bytes:
        info = bundle.provenance
        named: list[tuple[str | None, Alignment]] = list(bundle.documents) or [(None, bundle.need_alignment())]
        first = named[0][1]
        src, tgt = locale(first.source.lang), locale(first.target.lang)
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
        for document, al in named:
            out += _units(al, src, tgt, document)
        out += ["  </body>", "</tmx>", ""]
        return "\n".join(out).encode("utf-8")

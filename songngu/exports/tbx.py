"""glossary.tbx: TBX-Basic in the v2 "martif" form that Weblate, translate-toolkit and
OmegaT read (memoQ and Trados import it too)."""
from __future__ import annotations

from .base import ExportBundle, Exporter
from .base import xml_attribute as quoteattr
from .base import locale
from .base import xml_escaped as _e

#: TBX part of speech by entry kind: names are proper nouns, the rest noun phrases.
_POS = {"name": "properNoun", "title": "noun", "organisation": "properNoun", "idiom": "other", "concept": "noun"}


class GlossaryTbx(Exporter):
    name = "tbx"
    filename = "glossary.tbx"
    subject = "glossary"
    description = "TBX-Basic termbase"

    def render(self, bundle: ExportBundle) -> bytes:
        info = bundle.provenance
        src, tgt = locale(info.source_lang), locale(info.target_lang)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<martif type="TBX-Basic" xml:lang={quoteattr(src)}>',
            "  <martifHeader>",
            "    <fileDesc>",
            f"      <titleStmt><title>songngu glossary {_e(info.source_path)} / {_e(info.target_path)}</title></titleStmt>",
            f"      <sourceDesc><p>{_e(info.signature())}</p>"
            + (f"<p>created {_e(info.iso_date())}</p>" if info.date else "") + "</sourceDesc>",
            "    </fileDesc>",
            '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
            "  </martifHeader>",
            "  <text>",
            "    <body>",
        ]
        for number, e in enumerate(bundle.need_glossary().entries, 1):
            status = "admittedTerm-admn-sts" if e.flagged else "preferredTerm-admn-sts"
            out.append(f'      <termEntry id="t{number}">')
            out.append(f"        <note>kind: {_e(e.kind)}; confidence: {e.score:.2f}; frequency: {e.frequency}"
                       f"{'; needs review' if e.flagged else ''}</note>")
            example = e.examples[0] if e.examples else None
            for lang, term, context in ((src, e.source, example.source if example else ""),
                                        (tgt, e.target, example.target if example else "")):
                out.append(f"        <langSet xml:lang={quoteattr(lang)}>")
                out.append("          <tig>")
                out.append(f"            <term>{_e(term)}</term>")
                out.append(f'            <termNote type="partOfSpeech">{_POS.get(e.kind, "noun")}</termNote>')
                out.append(f'            <termNote type="administrativeStatus">{status}</termNote>')
                if context:
                    out.append(f'            <descrip type="context">{_e(context)}</descrip>')
                out.append("          </tig>")
                out.append("        </langSet>")
            out.append("      </termEntry>")
        out += ["    </body>", "  </text>", "</martif>", ""]
        return "\n".join(out).encode("utf-8")

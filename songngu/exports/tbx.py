"""glossary.tbx: TBX-Basic in the v2 "martif" form that Weblate, translate-toolkit and
OmegaT read (memoQ and Trados import it too).

The review lives in the TBX-Basic administrative status: mined entries are
``admittedTerm-admn-sts`` (undecided); a reviewer sets ``preferredTerm-admn-sts`` to accept
or ``deprecatedTerm-admn-sts`` to reject, and ``songngu … --reviewed glossary.tbx`` reads it
back. Approved and known entries are written preferred.
"""

from __future__ import annotations

from glossary.model import GlossaryEntry

from .base import ExportBundle, Exporter, document_list, locale
from .base import xml_attribute as quoteattr
from .base import xml_escaped as _e

#: TBX part of speech by entry kind: names are proper nouns, the rest noun phrases.
_POS = {"name": "properNoun", "title": "noun", "organisation": "properNoun", "idiom": "other", "concept": "noun"}
ACCEPTED, UNDECIDED, REJECTED = "preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts"


def _entry(number: int, e: GlossaryEntry, src: str, tgt: str, corpus: bool = False) -> list[str]:
    """One termEntry; in a corpus also the documents (a second note) and the example of
    each of several documents (one context each)."""
    status = ACCEPTED if e.decision == "accept" else UNDECIDED
    out = [
        f'      <termEntry id="t{number}">',
        (
            f"        <note>kind: {_e(e.kind)}; confidence: {e.score:.2f}; frequency: {e.frequency}; "
            f"status: {e.status}</note>"
        ),
    ]
    if corpus:
        out.append(f"        <note>documents ({len(e.documents)}): {_e(document_list(e))}</note>")
    examples = e.examples if corpus else e.examples[:1]
    for lang, term, contexts in (
        (src, e.source, [x.source for x in examples]),
        (tgt, e.target, [x.target for x in examples]),
    ):
        out += [
            f"        <langSet xml:lang={quoteattr(lang)}>",
            "          <tig>",
            f"            <term>{_e(term)}</term>",
        ]
        out.append(f'            <termNote type="partOfSpeech">{_POS.get(e.kind, "noun")}</termNote>')
        out.append(f'            <termNote type="administrativeStatus">{status}</termNote>')
        out += [f'            <descrip type="context">{_e(context)}</descrip>' for context in contexts if context]
        out += ["          </tig>", "        </langSet>"]
    out.append("      </termEntry>")
    return out


class GlossaryTbx(Exporter):
    name = "tbx"
    filename = "glossary.tbx"
    subject = "glossary"
    description = "TBX-Basic termbase"

    def render(self, bundle: ExportBundle) -> bytes:
        info = bundle.provenance
        src, tgt = locale(info.source_lang), locale(info.target_lang)
        title = f"songngu glossary {_e(info.source_path)} / {_e(info.target_path)}"
        dated = f"<p>created {_e(info.iso_date())}</p>" if info.date else ""
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f"<martif type={quoteattr('TBX-Basic')} xml:lang={quoteattr(src)}>",
            "  <martifHeader>",
            "    <fileDesc>",
            f"      <titleStmt><title>{title}</title></titleStmt>",
            f"      <sourceDesc><p>{_e(info.signature())}</p>{dated}</sourceDesc>",
            "    </fileDesc>",
            '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
            "  </martifHeader>",
            "  <text>",
            "    <body>",
        ]
        corpus = bundle.by_document()
        for number, e in enumerate(bundle.need_glossary().entries, 1):
            out += _entry(number, e, src, tgt, corpus)
        out += ["    </body>", "  </text>", "</martif>", ""]
        return "\n".join(out).encode("utf-8")

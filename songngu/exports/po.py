"""glossary.po: a gettext terminology catalogue (Poedit, Lokalize, Weblate, CAT tools).

Review in Poedit: every mined entry is ``#, fuzzy`` (not reviewed); clearing fuzzy (Poedit's
"needs work" toggle) accepts it, an edited ``msgstr`` is the reviewer's English, an empty
``msgstr`` rejects. Approved and known entries are written without fuzzy.

msgid is the source term, msgstr the English; msgctxt only where two entries share a
source; ``#.`` carries kind, confidence and an example; ``#:`` where it occurs; ``#,
fuzzy`` marks entries flagged for review.
"""

from __future__ import annotations

import re

from .base import ExportBundle, Exporter, document_list

#: Plural-Forms per target language (gettext's table, for the languages songngu meets).
PLURAL_FORMS = {
    "en": "nplurals=2; plural=(n != 1);",
    "vi": "nplurals=1; plural=0;",
    "fr": "nplurals=2; plural=(n > 1);",
    "de": "nplurals=2; plural=(n != 1);",
    "zh": "nplurals=1; plural=0;",
    "ja": "nplurals=1; plural=0;",
    "ko": "nplurals=1; plural=0;",
}
_PO_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def _po_text(value: str) -> str:
    """Text gettext accepts: control characters other than newline and tab removed."""
    return _PO_FORBIDDEN.sub("", value)


def _occurrence(ref: str) -> tuple[str, str]:
    """'file:12' → ('file', '12'); a reference without a line number keeps an empty one."""
    path, _, line = ref.rpartition(":")
    return (path, line) if path and line.isdigit() else (ref, "")


class GlossaryPo(Exporter):
    name = "po"
    filename = "glossary.po"
    subject = "glossary"
    description = "gettext PO glossary"

    def render(self, bundle: ExportBundle) -> bytes:
        import polib

        info = bundle.provenance
        po = polib.POFile(wrapwidth=78)
        po.header = (
            f"Glossary mined by songngu {info.version} from {info.source_path} ({info.source_lang}) "
            f"and {info.target_path} ({info.target_lang}).\nEntries marked fuzzy are not reviewed yet: clear fuzzy to "
            "accept, edit msgstr to correct, empty msgstr to reject; songngu --reviewed reads it back."
        )
        date = info.date.strftime("%Y-%m-%d %H:%M+0000") if info.date else ""
        po.metadata = {
            "Project-Id-Version": f"songngu glossary {info.version}",
            "Report-Msgid-Bugs-To": "",
            "POT-Creation-Date": date,
            "PO-Revision-Date": date,
            "Last-Translator": "songngu",
            "Language-Team": "",
            "Language": info.target_lang,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "Plural-Forms": PLURAL_FORMS.get(info.target_lang.split("-")[0].lower(), "nplurals=2; plural=(n != 1);"),
            "X-Generator": f"songngu {info.version}",
            "X-Songngu-Signature": info.signature(),
        }
        counts: dict[str, int] = {}
        for e in bundle.need_glossary().entries:
            counts[e.source] = counts.get(e.source, 0) + 1
        seen: dict[str, int] = {}
        corpus = bundle.by_document()  # a corpus: the documents, and an example from several
        for e in bundle.need_glossary().entries:
            ctx = None
            if counts[e.source] > 1:
                seen[e.source] = seen.get(e.source, 0) + 1
                ctx = e.kind if seen[e.source] == 1 else f"{e.kind} {seen[e.source]}"
            comment = [f"Kind: {e.kind}; confidence: {e.score:.2f}; frequency: {e.frequency}; status: {e.status}"]
            if corpus:
                comment.append(f"Documents ({len(e.documents)}): {document_list(e)}")
            for example in e.examples if corpus else e.examples[:1]:
                comment.append(f"Example: {example.source}")
                comment.append(f"Example ({info.target_lang}): {example.target}")
            if e.alternatives:
                comment.append("Also translated: " + "; ".join(e.alternatives))
            entry = polib.POEntry(
                msgid=_po_text(e.source),
                msgstr=_po_text(e.target),
                msgctxt=_po_text(ctx) if ctx else None,
                comment=_po_text("\n".join(comment)),
                occurrences=[_occurrence(x.source_ref) for x in e.examples],
                flags=[] if e.decision == "accept" else ["fuzzy"],
            )
            po.append(entry)
        return str(po).encode("utf-8") + (b"" if str(po).endswith("\n") else b"\n")

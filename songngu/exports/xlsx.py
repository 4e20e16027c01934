"""glossary.xlsx: the workbook a translator opens (and Trados/memoQ/Matecat import).

Sheet "Glossary": locale-coded term columns first, then Kind, Confidence, Frequency,
Example (source), Example (target), Status, Note; frozen header, autofilter, widths,
wrapped examples, flagged rows shaded, best entries first. Sheet "Alignment": the
sentence pairs with scores. Sheet "About": inputs, languages, settings, version.

openpyxl stamps the save time into the file and the zip entries; we rewrite both so that
the same input gives the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from glossary.model import GlossaryEntry

from .base import FORMULA_TRIGGERS, ExportBundle, Exporter, document_list, locale, spreadsheet_cell

_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _reproducible(data: bytes, stamp: str) -> bytes:
    """Same workbook, fixed document dates and zip timestamps."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rf"\g<1>{stamp}\g<2>", text)
                content = text.encode("utf-8")
            info = zipfile.ZipInfo(item.filename, date_time=_FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, content)
    return out.getvalue()


def _no_formulas(ws) -> None:
    """Store every cell that looks like a formula as quote-prefixed text (Excel's own
    convention for "=SUM(A1)" typed as text): read back unchanged, never evaluated."""
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value[:1] and cell.value[0] in FORMULA_TRIGGERS:
                cell.data_type = "s"
                cell.quotePrefix = True


@dataclass(frozen=True)
class _Styles:
    bold: Any
    head_fill: Any
    flag_fill: Any
    wrap: Any
    top: Any


def _styles() -> _Styles:
    from openpyxl.styles import Alignment as Align
    from openpyxl.styles import Font, PatternFill

    return _Styles(
        bold=Font(bold=True),
        head_fill=PatternFill("solid", fgColor="DDE7F0"),
        flag_fill=PatternFill("solid", fgColor="FCE4D6"),
        wrap=Align(wrap_text=True, vertical="top"),
        top=Align(vertical="top"),
    )


def _note(e: GlossaryEntry) -> str:
    return "; ".join(
        filter(
            None,
            [
                ("also: " + "; ".join(e.alternatives)) if e.alternatives else "",
                ("used in " + ", ".join(e.mono_documents)) if e.mono_documents else "",
            ],
        )
    )


#: The Glossary sheet's columns after the two term columns, and their widths.
_COLUMNS = ("Kind", "Confidence", "Frequency", "Example", "Example", "Status", "Decision", "Note")
_WIDTHS = (34, 34, 13, 11, 10, 60, 60, 10, 11, 30)
_DECISION_COLUMN = "I"
#: A corpus glossary appends: how many documents use the term, which, and the examples of
#: the other documents (one a line, with where each stands).
_CORPUS_COLUMNS = ("Documents", "Document names", "More examples")
_CORPUS_WIDTHS = (11, 30, 70)
REVIEW_HELP = (
    "Review in the Glossary sheet: choose accept or reject in the Decision column (a list); to correct "
    "an English term, edit its en-US cell and choose accept. Leave Decision empty to decide later. Save "
    "the workbook and give it to the next run: songngu glossary … --reviewed glossary.xlsx. Accepted "
    "entries are kept with your English (status approved), rejected ones never come back, undecided "
    "ones are mined again."
)


def _print_setup(ws: Any, title_rows: str | None = "1:1") -> None:
    """Landscape, all columns on the page width, the header row on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows


def _decision_list(ws: Any, last_row: int) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    dv = DataValidation(type="list", formula1='"accept,reject"', allow_blank=True, showDropDown=False)
    dv.promptTitle, dv.prompt = "Decision", "accept, reject, or empty (undecided)"
    dv.errorTitle, dv.error = "Decision", "Choose accept or reject, or leave the cell empty."
    dv.showInputMessage = dv.showErrorMessage = True
    ws.add_data_validation(dv)
    dv.add(f"{_DECISION_COLUMN}2:{_DECISION_COLUMN}{max(last_row, 2)}")


def _corpus_cells(e: GlossaryEntry) -> list[Any]:
    more = "\n".join(f"{x.source} — {x.target} ({x.source_ref})" for x in e.examples[1:])
    return [len(e.documents), spreadsheet_cell(document_list(e, None)), spreadsheet_cell(more)]


def _glossary_sheet(ws: Any, bundle: ExportBundle, st: _Styles) -> None:
    info, glossary = bundle.provenance, bundle.need_glossary()
    corpus = bundle.by_document()
    ws.title = "Glossary"
    src, tgt = locale(info.source_lang), locale(info.target_lang)
    extra = list(_CORPUS_COLUMNS) if corpus else []
    ws.append([src, tgt, *_COLUMNS[:3], f"Example ({src})", f"Example ({tgt})", *_COLUMNS[5:], *extra])
    for e in glossary.entries:
        example = e.examples[0] if e.examples else None
        ws.append([spreadsheet_cell(e.source), spreadsheet_cell(e.target), e.kind, round(e.score, 4), e.frequency,
                   spreadsheet_cell(example.source if example else ""),
                   spreadsheet_cell(example.target if example else ""), e.status, e.decision or None,
                   spreadsheet_cell(_note(e)), *(_corpus_cells(e) if corpus else [])])  # fmt: skip
    for cell in ws[1]:
        cell.font, cell.fill = st.bold, st.head_fill
    for row in ws.iter_rows(min_row=2):
        flagged = row[7].value == "check"
        for cell in row:
            cell.alignment = st.wrap if cell.column in (1, 2, 6, 7, 10, 12, 13) else st.top
            if flagged:
                cell.fill = st.flag_fill
        row[3].number_format = "0.00"
    letters = "ABCDEFGHIJKLM"[: 10 + len(extra)]
    for letter, width in zip(letters, _WIDTHS + (_CORPUS_WIDTHS if corpus else ()), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{letters[-1]}{max(ws.max_row, 1)}"
    _decision_list(ws, ws.max_row)
    _print_setup(ws)


def _alignment_sheet(ws: Any, bundle: ExportBundle, st: _Styles) -> None:
    if bundle.documents:
        _corpus_alignment_sheet(ws, bundle, st)
        return
    al = bundle.alignment
    ws.append(["#", locale(al.source.lang), locale(al.target.lang), "Score", "Bead"] if al else ["#"])
    if al is not None:
        for number, bead in enumerate(al.pairs, 1):
            ws.append(
                [
                    number,
                    spreadsheet_cell(al.source_text(bead)),
                    spreadsheet_cell(al.target_text(bead)),
                    bead.score,
                    bead.kind,
                ]
            )
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = st.wrap if cell.column in (2, 3) else st.top
    for cell in ws[1]:
        cell.font, cell.fill = st.bold, st.head_fill
    for letter, width in zip("ABCDE", (6, 70, 70, 8, 7), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    _print_setup(ws)


def _corpus_alignment_sheet(ws: Any, bundle: ExportBundle, st: _Styles) -> None:
    """Every document's pairs, each row naming its document (numbered within it)."""
    info = bundle.provenance
    ws.append(["Document", "#", locale(info.source_lang), locale(info.target_lang), "Score", "Bead"])
    for name, al in bundle.documents:
        for number, bead in enumerate(al.pairs, 1):
            ws.append([spreadsheet_cell(name), number, spreadsheet_cell(al.source_text(bead)),
                       spreadsheet_cell(al.target_text(bead)), bead.score, bead.kind])  # fmt: skip
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = st.wrap if cell.column in (1, 3, 4) else st.top
    for cell in ws[1]:
        cell.font, cell.fill = st.bold, st.head_fill
    for letter, width in zip("ABCDEF", (20, 6, 65, 65, 8, 7), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:F{max(ws.max_row, 1)}"
    _print_setup(ws)


_CORPUS_HELP = (
    "; Documents: how many of the corpus's documents use the term (Frequency counts its occurrences in all "
    "of them); Document names; More examples: the examples of other documents, each with its file and "
    "sentence number"
)


def _about_sheet(ws: Any, bundle: ExportBundle, st: _Styles) -> None:
    glossary = bundle.need_glossary()
    corpus = bundle.by_document()
    rows = [
        *bundle.provenance.rows(),
        *(
            [("Documents", str(len(bundle.documents) or len({d for e in glossary.entries for d in e.documents})))]
            if corpus
            else []
        ),
        ("Entries", str(len(glossary.entries))),
        ("Flagged for review", str(sum(e.status == "check" for e in glossary.entries))),
        *(("Review", line) for line in glossary.review_summary),
        ("How to review", REVIEW_HELP),
        (
            "Columns",
            (
                "terms; Kind (name, title, organisation, idiom, concept); Confidence 0–1; Frequency in "
                "aligned pairs; one example pair; Status (approved: a reviewer accepted it; known: from a term "
                "base; proposed; check: confidence below the review threshold, shaded); Decision (accept / "
                "reject / empty); Note: other translations seen, English-only documents using the term"
            )
            + (_CORPUS_HELP if corpus else ""),
        ),
    ]
    for key, value in rows:
        ws.append([key, spreadsheet_cell(value)])
    for row in ws.iter_rows():
        row[0].font = st.bold
        row[1].alignment = st.wrap
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 100
    _print_setup(ws, None)


class GlossaryXlsx(Exporter):
    name = "xlsx"
    filename = "glossary.xlsx"
    subject = "glossary"
    description = "Excel workbook: Glossary, Alignment and About sheets"

    def render(self, bundle: ExportBundle) -> bytes:
        from openpyxl import Workbook

        info = bundle.provenance
        wb = Workbook()
        st = _styles()
        _glossary_sheet(wb.active, bundle, st)
        _alignment_sheet(wb.create_sheet("Alignment"), bundle, st)
        _about_sheet(wb.create_sheet("About"), bundle, st)
        for sheet in wb.worksheets:
            _no_formulas(sheet)
        wb.properties.creator = "songngu"
        wb.properties.title = "songngu glossary"
        wb.properties.description = info.signature()
        buffer = io.BytesIO()
        wb.save(buffer)
        return _reproducible(buffer.getvalue(), info.iso_date() or "1980-01-01T00:00:00Z")

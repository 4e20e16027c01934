"""Every export format: a shared write → read → compare round trip with hostile text, then
real readers (gettext, xmllint, translate-toolkit, LibreOffice) on the real seed run."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess

from songngu.exports import REGISTRY, ExportBundle
from songngu.exports.base import single_line, xml_text

from exporthelp import HOSTILE, alignment, glossary, info

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean(text: str) -> str:
    return CONTROL.sub("", text)


class RoundTrip:
    """Subclasses name a format and how to read it back; the test is shared."""

    format: str
    subject = "glossary"

    def read(self, data: bytes) -> list[tuple[str, str]]:
        raise NotImplementedError

    def expected(self, text: str) -> str:
        return clean(text)

    def bundle(self):
        return ExportBundle(provenance=info(), alignment=alignment(), glossary=glossary())

    def render(self) -> bytes:
        return REGISTRY[self.format].render(self.bundle())

    def test_round_trip(self):
        got = self.read(self.render())
        if self.subject == "glossary":
            want = [(self.expected(s), self.expected(t)) for s, t in HOSTILE]
        else:
            al = alignment()
            want = [(self.expected(al.source_text(b)), self.expected(al.target_text(b))) for b in al.pairs]
        assert got == want

    def test_deterministic(self):
        assert self.render() == self.render()


class TestJson(RoundTrip):
    format = "json"

    def read(self, data):
        return [(e["source"], e["target"]) for e in json.loads(data)["entries"]]

    def expected(self, text):
        return text  # JSON escapes everything, control characters included


class TestTsv(RoundTrip):
    format = "tsv"

    def read(self, data):
        lines = data.decode("utf-8").split("\n")
        return [tuple(line.split("\t")[:2]) for line in lines if line and not line.startswith("#")]

    def expected(self, text):
        return single_line(text)


class TestOmegat(TestTsv):
    format = "omegat"

    def test_header(self):
        assert self.render().startswith(b"# Glossary in tab-separated format -*- coding: utf-8 -*-\n")


class TestCsv(RoundTrip):
    format = "csv"

    def read(self, data):
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
        assert rows[0] == ["source", "target", "context", "translator_comments", "developer_comments", "decision"]
        return [(r[0], r[1]) for r in rows[1:]]


class TestPo(RoundTrip):
    format = "po"

    def read(self, data):
        import polib

        po = polib.pofile(data.decode("utf-8"))
        assert po.metadata["Language"] == "en"
        assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
        assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
        return [(e.msgid, e.msgstr) for e in po]

    def test_fuzzy_marks_every_undecided_entry(self):
        import polib

        po = polib.pofile(self.render().decode("utf-8"))
        undecided = {e.source for e in glossary().entries if not e.review}
        assert {e.msgid for e in po if "fuzzy" in e.flags} == {clean(s) for s in undecided}
        assert any(not e.review for e in glossary().entries) and any(e.review for e in glossary().entries)

    def test_msgfmt_accepts_it(self, tmp_path):
        from conftest import require_tool

        msgfmt = require_tool("msgfmt")
        path = tmp_path / "g.po"
        path.write_bytes(self.render())
        subprocess.run([msgfmt, "-c", "-o", str(tmp_path / "g.mo"), str(path)], check=True, capture_output=True)


class TestTbx(RoundTrip):
    format = "tbx"

    def read(self, data):
        from translate.storage import tbx

        store = tbx.tbxfile.parsestring(data)
        return [(u.source, u.target) for u in store.units]

    def test_xmllint(self, tmp_path):
        from conftest import require_tool

        path = tmp_path / "g.tbx"
        path.write_bytes(self.render())
        subprocess.run([require_tool("xmllint"), "--noout", str(path)], check=True, capture_output=True)


class TestXlsx(RoundTrip):
    format = "xlsx"

    def read(self, data):
        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(data))
        assert wb.sheetnames == ["Glossary", "Alignment", "About"]
        ws = wb["Glossary"]
        assert [c.value for c in ws[1]][:3] == ["vi-VN", "en-US", "Kind"]
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref
        for row in ws.iter_rows(min_row=2):
            assert all(c.data_type != "f" for c in row)  # nothing is a formula
        return [(r[0].value, r[1].value) for r in ws.iter_rows(min_row=2)]


class TestTmx(RoundTrip):
    format = "tmx"
    subject = "alignment"

    def read(self, data):
        from translate.storage import tmx

        store = tmx.tmxfile.parsestring(data)
        return [(u.source, u.target) for u in store.units]

    def test_header(self):
        head = self.render().decode("utf-8").split("<body>")[0]
        for attr in (
            "creationtool=",
            "creationtoolversion=",
            'segtype="sentence"',
            "o-tmf=",
            "adminlang=",
            'srclang="vi-VN"',
            'datatype="plaintext"',
        ):
            assert attr in head
        body = self.render().decode("utf-8").split("<body>")[1]
        assert '<tuv xml:lang="vi-VN">' in body and '<tuv xml:lang="en-US">' in body  # OmegaT's project codes

    def test_xmllint(self, tmp_path):
        from conftest import require_tool

        path = tmp_path / "a.tmx"
        path.write_bytes(self.render())
        subprocess.run([require_tool("xmllint"), "--noout", str(path)], check=True, capture_output=True)


class TestJsonl(RoundTrip):
    format = "jsonl"
    subject = "alignment"

    def read(self, data):
        rows = [json.loads(line) for line in data.decode("utf-8").splitlines()]
        assert all(set(r) == {"source", "target", "source_ids", "target_ids", "score"} for r in rows)
        return [(r["source"], r["target"]) for r in rows if r["source"] and r["target"]]

    def expected(self, text):
        return text


class TestAlignmentTsv(RoundTrip):
    format = "alignment-tsv"
    subject = "alignment"

    def read(self, data):
        lines = data.decode("utf-8").split("\n")
        assert lines[0].startswith("# vi\ten\tscore")
        return [tuple(line.split("\t")[:2]) for line in lines[1:] if line]

    def expected(self, text):
        return single_line(text)


class TestHtml(RoundTrip):
    format = "html"
    subject = "alignment"

    def read(self, data):
        from html.parser import HTMLParser

        class Cells(HTMLParser):
            def __init__(self):
                super().__init__()
                self.rows, self.cell = [], None

            def handle_starttag(self, tag, attrs):
                if tag == "tr":
                    self.rows.append([])
                if tag == "td":
                    self.cell = ""

            def handle_endtag(self, tag):
                if tag == "td":
                    self.rows[-1].append(self.cell)
                    self.cell = None

            def handle_data(self, data):
                if self.cell is not None:
                    self.cell += data

        parser = Cells()
        parser.feed(data.decode("utf-8"))
        return [(r[2], r[3]) for r in parser.rows if len(r) == 4 and r[0]]

    def expected(self, text):
        return xml_text(text)


class TestReviewPage(RoundTrip):
    format = "review"

    def read(self, data):
        page = data.decode("utf-8")
        assert "<script src" not in page and "http" not in page.split("<header")[0]  # self-contained
        payload = re.search(r'<script type="application/json" id="songngu-data">(.*?)</script>', page, re.S)
        entries = json.loads(payload.group(1).replace("<\\/", "</"))["entries"]
        return [(e["source"], e["target"]) for e in entries]

    def test_decided_entries_start_accepted(self):
        page = self.render().decode("utf-8")
        payload = re.search(r'id="songngu-data">(.*?)</script>', page, re.S).group(1)
        entries = json.loads(payload.replace("<\\/", "</"))["entries"]
        assert [e["decision"] for e in entries] == [e.decision for e in glossary().entries]


def test_every_registered_format_has_a_round_trip_test():
    tested = {cls.format for cls in RoundTrip.__subclasses__()} | {
        sub.format for cls in RoundTrip.__subclasses__() for sub in cls.__subclasses__()
    }
    assert tested == set(REGISTRY)

"""The review round trip as translators meet it: a glossary reviewed in the workbook
(through LibreOffice), in Poedit's PO, in a TBX, or on the review page in a real browser,
fed back with --reviewed; term bases with --termbase; OmegaT reading the exports."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from songngu.cli import main

from conftest import FIXTURES, require_tool

SMALL_VI = str(FIXTURES / "pairs/small_vi.txt")
SMALL_EN = str(FIXTURES / "pairs/small_en.txt")
REJECT, EDIT, ACCEPT = "Phạm Minh Chính", ("Việt Nam", "Viet Nam (the country)"), "Hà Nội"


def glossary_run(out: Path, *extra: str) -> tuple[int, str]:
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["glossary", SMALL_VI, SMALL_EN, "-o", str(out), "-q", *extra])
    return code, err.getvalue()


@pytest.fixture(scope="module")
def first(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("first") / "out"
    assert glossary_run(out)[0] == 0
    return out


def entries(out: Path) -> dict[str, dict]:
    return {e["source"]: e for e in json.loads((out / "glossary.json").read_text(encoding="utf-8"))["entries"]}


def assert_review_applied(out: Path) -> None:
    """The rejected term is gone; the edited English and the accepted term are approved in
    the JSON, the workbook, the PO (not fuzzy) and the TBX (preferred)."""
    import openpyxl
    import polib

    got = entries(out)
    assert REJECT not in got
    assert (got[EDIT[0]]["target"], got[EDIT[0]]["status"]) == (EDIT[1], "approved")
    assert got[ACCEPT]["status"] == "approved" and got[ACCEPT]["decision"] == "accept"
    sheet = openpyxl.load_workbook(out / "glossary.xlsx")["Glossary"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows[EDIT[0]][1] == EDIT[1] and rows[EDIT[0]][7] == "approved" and rows[EDIT[0]][8] == "accept"
    assert REJECT not in rows
    po = {e.msgid: e for e in polib.pofile(str(out / "glossary.po"))}
    assert po[EDIT[0]].msgstr == EDIT[1] and "fuzzy" not in po[EDIT[0]].flags and "fuzzy" not in po[ACCEPT].flags
    assert REJECT not in po
    tbx = (out / "glossary.tbx").read_text(encoding="utf-8")
    entry = tbx[tbx.index(f"<term>{EDIT[0]}</term>") :].split("</termEntry>")[0]
    assert f"<term>{EDIT[1]}</term>" in entry and "preferredTerm-admn-sts" in entry


def test_workbook_review_read_back_through_libreoffice(first, tmp_path):
    import openpyxl

    office = require_tool("libreoffice")
    book = openpyxl.load_workbook(first / "glossary.xlsx")
    sheet = book["Glossary"]
    assert sheet.data_validations.dataValidation[0].formula1 == '"accept,reject"'
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == REJECT:
            row[8].value = "reject"
        elif row[0].value == EDIT[0]:
            row[1].value, row[8].value = EDIT[1], "accept"
        elif row[0].value == ACCEPT:
            row[8].value = "accept"
    book.save(tmp_path / "edited.xlsx")
    # saved again by LibreOffice Calc, as a reviewer without Excel would
    (tmp_path / "calc").mkdir()
    edited = str(tmp_path / "edited.xlsx")
    subprocess.run(
        [office, "--headless", "--convert-to", "xlsx", "--outdir", str(tmp_path / "calc"), edited],
        check=True, capture_output=True, timeout=300, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    code, err = glossary_run(tmp_path / "next", "--reviewed", str(tmp_path / "calc" / "edited.xlsx"))
    assert code == 0, err
    assert "review: 2 approved kept, 1 rejected left out" in err
    assert_review_applied(tmp_path / "next")
    about = {r[0]: r[1] for r in openpyxl.load_workbook(tmp_path / "next" / "glossary.xlsx")["About"].values}
    assert "2 approved kept" in about["Review"] and "--reviewed" in about["How to review"]


def test_po_review_in_poedit_style(first, tmp_path):
    import polib

    po = polib.pofile(str(first / "glossary.po"))
    for e in po:
        if e.msgid == REJECT:
            e.msgstr = ""
        elif e.msgid == EDIT[0]:
            e.msgstr = EDIT[1]
            e.flags.remove("fuzzy")
        elif e.msgid == ACCEPT:
            e.flags.remove("fuzzy")  # Poedit's "needs work" toggle
    po.save(str(tmp_path / "reviewed.po"))
    subprocess.run([require_tool("msgfmt"), "-c", "-o", os.devnull, str(tmp_path / "reviewed.po")], check=True)
    code, err = glossary_run(tmp_path / "next", "--reviewed", str(tmp_path / "reviewed.po"))
    assert code == 0, err
    assert_review_applied(tmp_path / "next")
    subprocess.run([require_tool("msgfmt"), "-c", "-o", os.devnull, str(tmp_path / "next" / "glossary.po")], check=True)


def test_tbx_review_by_administrative_status(first, tmp_path):
    from translate.storage import tbx

    ET.register_namespace("", "")
    tree = ET.parse(first / "glossary.tbx")
    for entry in tree.getroot().iter("termEntry"):
        terms = [t.text for t in entry.iter("term")]
        status = {
            REJECT: "deprecatedTerm-admn-sts",
            EDIT[0]: "preferredTerm-admn-sts",
            ACCEPT: "preferredTerm-admn-sts",
        }
        if terms[0] in status:
            for note in entry.iter("termNote"):
                if note.get("type") == "administrativeStatus":
                    note.text = status[terms[0]]
            if terms[0] == EDIT[0]:
                list(entry.iter("term"))[1].text = EDIT[1]
    tree.write(tmp_path / "reviewed.tbx", encoding="UTF-8", xml_declaration=True)
    store = tbx.tbxfile.parsefile(str(tmp_path / "reviewed.tbx"))
    assert (EDIT[0], EDIT[1]) in [(u.source, u.target) for u in store.units]
    code, err = glossary_run(tmp_path / "next", "--reviewed", str(tmp_path / "reviewed.tbx"))
    assert code == 0, err
    assert_review_applied(tmp_path / "next")


def chromium(download_dir: Path, profile: Path):
    pytest.importorskip("selenium", reason="selenium is in the test extra")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver = require_tool("chromium"), require_tool("chromedriver")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}", "--window-size=1400,1000"):  # fmt: skip
        options.add_argument(flag)
    options.add_experimental_option(
        "prefs", {"download.default_directory": str(download_dir), "download.prompt_for_download": False}
    )
    return webdriver.Chrome(service=Service(driver), options=options)


def test_review_page_in_a_real_browser(first, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser = chromium(downloads, tmp_path / "profile")
    try:
        browser.get((first / "glossary.html").as_uri())
        rows = {
            r.find_element(By.CSS_SELECTOR, "td.vi").text: r
            for r in browser.find_elements(By.CSS_SELECTOR, "#entries tbody tr")
        }
        assert len(rows) == len(entries(first))
        rows[ACCEPT].find_element(By.CSS_SELECTOR, "button.accept").click()  # mouse
        english = rows[EDIT[0]].find_element(By.CSS_SELECTOR, "td.en")
        english.click()
        english.send_keys(Keys.CONTROL, "a")
        english.send_keys(EDIT[1], Keys.ENTER)
        rows[EDIT[0]].find_element(By.CSS_SELECTOR, "button.accept").click()
        rows[REJECT].click()  # select the row, then the keyboard
        browser.find_element(By.TAG_NAME, "body").send_keys("r")
        assert rows[REJECT].get_attribute("data-decision") == "reject"
        kind = browser.find_element(By.ID, "kind")
        kind.send_keys("title")  # the filter hides the other kinds
        hidden = [r for r in rows.values() if not r.is_displayed()]
        assert hidden and all(
            r.find_element(By.CSS_SELECTOR, "td.k").get_attribute("textContent") != "title" for r in hidden
        )
        browser.find_element(By.ID, "download").click()
        target = downloads / "decisions.csv"
        for _ in range(100):
            if target.exists() and target.stat().st_size:
                break
            time.sleep(0.1)
    finally:
        browser.quit()
    decided = {r["source"]: r for r in csv.DictReader(target.open(encoding="utf-8"))}
    assert decided[EDIT[0]]["target"] == EDIT[1] and decided[REJECT]["decision"] == "reject"
    code, err = glossary_run(tmp_path / "next", "--reviewed", str(target))
    assert code == 0, err
    assert_review_applied(tmp_path / "next")


def write_decisions(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "target", "decision"])
        writer.writerows(rows)
    return path


def test_the_later_file_wins_and_the_summary_says_so(tmp_path):
    a = write_decisions(tmp_path / "a.csv", [(ACCEPT, "Ha Noi", "accept")])
    b = write_decisions(tmp_path / "b.csv", [(ACCEPT, "", "reject")])
    code, err = glossary_run(tmp_path / "out", "--reviewed", str(a), str(b))
    assert code == 0
    assert ACCEPT not in entries(tmp_path / "out")
    assert f"'{ACCEPT}': accepted as 'Ha Noi' in {a}, rejected in {b}; the later file wins" in err


def test_an_accepted_term_stays_when_the_documents_no_longer_have_it(tmp_path):
    reviewed = write_decisions(tmp_path / "d.csv", [("Bộ Ngoại giao", "Ministry of Foreign Affairs", "accept")])
    assert glossary_run(tmp_path / "out", "--reviewed", str(reviewed))[0] == 0
    kept = entries(tmp_path / "out")["Bộ Ngoại giao"]
    assert (kept["target"], kept["status"], kept["frequency"]) == ("Ministry of Foreign Affairs", "approved", 0)


def test_decisions_match_decomposed_and_differently_cased_terms(tmp_path):
    import unicodedata

    reviewed = write_decisions(tmp_path / "d.csv", [(unicodedata.normalize("NFD", ACCEPT.upper()), "", "reject")])
    assert glossary_run(tmp_path / "out", "--reviewed", str(reviewed))[0] == 0
    assert ACCEPT not in entries(tmp_path / "out")


@pytest.mark.parametrize(
    "name,content,problem",
    [
        (
            "other.po",
            'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "b"\n',
            "not a songngu",
        ),
        ("damaged.xlsx", "PK\x03\x04 not really a zip", "cannot be read as an Excel workbook"),
        ("plain.csv", "term,translation\nHà Nội,Hanoi\n", "needs source, target and decision"),
        ("broken.tbx", "<martif><text><body><termEntry>", "cannot be read as TBX"),
        ("bad.csv", "source,target,decision\nHà Nội,Hanoi,maybe\n", "neither accept nor reject"),
        ("notes.docx", "x", "cannot carry review decisions"),
    ],
)
def test_a_reviewed_file_that_is_not_a_songngu_export_is_one_line(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    code, err = glossary_run(tmp_path / "out", "--reviewed", str(path))
    assert code == 2 and err.count("\n") == 1 and str(path) in err and problem in err
    assert not (tmp_path / "out").exists()


OTHER_TOOL_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
 <tbxHeader><fileDesc><sourceDesc><p>exported from another term base</p></sourceDesc></fileDesc></tbxHeader>
 <text><body>
  <conceptEntry id="c1">
   <langSec xml:lang="vi"><termSec><term>Thủ tướng</term></termSec></langSec>
   <langSec xml:lang="en"><termSec><term>Prime Minister</term></termSec></langSec>
  </conceptEntry>
  <conceptEntry id="c2">
   <langSec xml:lang="vi-VN"><termSec><term>chiến lược toàn diện</term></termSec></langSec>
   <langSec xml:lang="en-US"><termSec><term>Comprehensive Strategic</term></termSec></langSec>
  </conceptEntry>
 </body></text>
</tbx>
"""


def test_termbase_terms_are_known(tmp_path):
    base = tmp_path / "base.tbx"
    base.write_text(OTHER_TOOL_TBX, encoding="utf-8")
    code, err = glossary_run(tmp_path / "out", "--termbase", str(base))
    assert code == 0, err
    got = entries(tmp_path / "out")
    assert (got["Thủ tướng"]["target"], got["Thủ tướng"]["status"]) == ("Prime Minister", "known")
    known = got["chiến lược toàn diện"]
    assert known["status"] == "known" and known["frequency"] >= 1 and known["examples"]
    assert "known from the term base" in err


def test_termbase_pairs_anchor_the_word_links():
    from glossary.mining import _anchor_terms, _Pair
    from glossary.tokens import en_tokens, vi_tokens

    pair = _Pair("Ông gặp Thủ tướng hôm qua.", "He met the Premier yesterday.", "a:1", "b:1")
    pair.src_tokens, pair.tgt_tokens = vi_tokens(pair.source_text), en_tokens(pair.target_text)
    pair.links = [(0, 0)]
    _anchor_terms([pair], [("Thủ tướng", "Premier")])
    linked = {(pair.src_tokens[i].text, pair.tgt_tokens[j].text) for i, j in pair.mutual}
    assert ("Thủ", "Premier") in linked or ("Thủ tướng", "Premier") in linked


def test_the_term_bank_anchors_its_sure_multiword_pairs():
    from glossary.mining import _bank_anchors
    from glossary.termbank import TermBank

    bank = TermBank(
        {},
        renderings={
            "ủy ban nhân dân": {"people's committee": 2},
            "năng lượng": {"energy": 3},  # one word: the English may stand twice in a sentence
            "thủ tướng": {"prime minister": 4},
            "bộ trưởng bộ y tế": {"minister of health": 1, "health minister": 1},  # two renderings
            "quốc hội khóa xv": {"15th national assembly": 1},
            "ubnd tỉnh": {
                "provincial people's committee": 1,
                "provincial people's committees": 1,
            },  # one, in two numbers
        },
    )
    assert _bank_anchors(bank) == [
        ("quốc hội khóa xv", "15th national assembly"),
        ("quốc hội khóa xv", "15th national assemblies"),  # a form no text writes matches nothing
        ("thủ tướng", "prime minister"),
        ("thủ tướng", "prime ministers"),
        ("ubnd tỉnh", "provincial people's committee"),
        ("ubnd tỉnh", "provincial people's committees"),
        ("ủy ban nhân dân", "people's committee"),
        ("ủy ban nhân dân", "people's committees"),
    ]
    # a rendering its own document's gold list gave is no anchor for that document
    alone = bank.leaving_out([("Quốc hội khóa XV", ["15th National Assembly"])])
    assert ("quốc hội khóa xv", "15th national assembly") not in _bank_anchors(alone)
    pair = _anchored(
        "Chủ tịch Ủy ban nhân dân huyện nói, người dân được hỗ trợ.",
        "The chairman of the district People's Committee said residents would get support.",
        bank,
        lambda src, tgt: [(9, [t.text for t in tgt].index("People"))],  # the aligner's "người" → "People"
    )
    linked = {(pair.src_tokens[i].text, pair.tgt_tokens[j].text) for i, j in pair.links}
    assert ("Ủy", "Committee") in linked and ("nhân", "People") in linked and ("người", "People") not in linked
    # the gold lists wrote it in the singular; the sentence writes the plural
    pair = _anchored("Ủy ban nhân dân các tỉnh đã họp.", "The People's Committees of the provinces met.", bank)
    linked = {(pair.src_tokens[i].text, pair.tgt_tokens[j].text) for i, j in pair.links}
    assert ("Ủy", "Committees") in linked and ("dân", "People") in linked
    # a term written twice goes with its English in order, not twice with the first
    road = TermBank({}, renderings={"quốc lộ": {"national highway": 2}})
    pair = _anchored(
        "Tai nạn xảy ra trên Quốc lộ 14 và Quốc lộ 26.",
        "Accidents occurred on National Highway 14 and National Highway 26.",
        road,
    )
    second = [k for k, t in enumerate(pair.src_tokens) if t.text == "Quốc"][1]
    assert {pair.tgt_tokens[j].start for i, j in pair.links if i == second} == {
        pair.target_text.rindex("National"),
        pair.target_text.rindex("Highway"),
    }


def _anchored(vi, en, bank, links=lambda src, tgt: []):
    """A sentence pair with the aligner's ``links`` and the bank's anchors laid over them."""
    from glossary.mining import _anchor_terms, _bank_anchors, _Pair
    from glossary.tokens import en_tokens, vi_tokens

    pair = _Pair(vi, en, "a:1", "b:1")
    pair.src_tokens, pair.tgt_tokens = vi_tokens(vi), en_tokens(en)
    pair.links = links(pair.src_tokens, pair.tgt_tokens)
    _anchor_terms([pair], _bank_anchors(bank))
    return pair


def test_termbase_pairs_are_shared_anchors_for_the_sentence_aligner():
    from align.aligner import term_anchor_tokens

    terms = [("Thủ tướng", "Prime Minister"), ("Hà Nội", "Hanoi")]
    vi = term_anchor_tokens(["Thủ tướng đến Hà Nội.", "Trời mưa."], [s for s, _ in terms])
    en = term_anchor_tokens(["The PRIME MINISTER came.", "It rained in Hanoi."], [t for _, t in terms])
    assert vi == [frozenset({"term:0", "term:1"}), frozenset()] and en == [frozenset({"term:0"}), frozenset({"term:1"})]


def test_omegat_reads_the_tmx_and_the_glossary(first, tmp_path):
    """OmegaT, in console mode, fills a target file from songngu's TMX and loads the glossary."""
    omegat = require_tool("omegat")
    project = tmp_path / "project"
    for folder in ("source", "target", "tm/auto", "glossary", "omegat", "dictionary"):
        (project / folder).mkdir(parents=True)
    pairs = [json.loads(line) for line in (first / "alignment.jsonl").read_text(encoding="utf-8").splitlines()]
    pairs = [p for p in pairs if p["source"] and p["target"]]
    (project / "source" / "article.txt").write_text("\n\n".join(p["source"] for p in pairs) + "\n", encoding="utf-8")
    shutil.copy(first / "alignment.tmx", project / "tm" / "auto" / "alignment.tmx")
    shutil.copy(first / "glossary.utf8", project / "glossary" / "glossary.utf8")
    (project / "omegat.project").write_text(OMEGAT_PROJECT, encoding="utf-8")
    proc = subprocess.run(
        [omegat, "--mode=console-translate", f"--config-dir={tmp_path / 'config'}", str(project)],
        capture_output=True, text=True, timeout=600, env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    filled = (project / "target" / "article.txt").read_text(encoding="utf-8")
    assert sum(p["target"] in filled for p in pairs) == len(pairs)
    log = proc.stdout + proc.stderr
    assert "Source language: vi-VN (TMXR_INFO_SOURCE_LANG)" in log
    assert "TMXR_WARNING" not in log  # e.g. "The TMX source language (vi) is different from ... (vi-VN)"
    assert not [
        line for line in log.splitlines() if "glossary" in line.lower() and ("Error" in line or "Warning" in line)
    ]


OMEGAT_PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>source</source_dir>
    <source_dir_excludes/>
    <target_dir>target</target_dir>
    <tm_dir>tm</tm_dir>
    <glossary_dir>glossary</glossary_dir>
    <glossary_file>glossary/glossary.utf8</glossary_file>
    <dictionary_dir>dictionary</dictionary_dir>
    <source_lang>vi-VN</source_lang>
    <target_lang>en-US</target_lang>
    <source_tok>org.omegat.tokenizer.DefaultTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""


def test_the_workbook_prints_every_column_with_the_header_on_each_page(tmp_path):
    """Printed or saved as PDF (here by LibreOffice), page 1 shows all columns, and every
    page repeats the header row (the seed run's workbook, several pages long)."""
    from conftest import ROOT

    office, pdftotext = require_tool("libreoffice"), require_tool("pdftotext")
    workbook = str(ROOT / "exports" / "glossary.xlsx")
    subprocess.run(
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), workbook],
        check=True, capture_output=True, timeout=300, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    pdf = str(tmp_path / "glossary.pdf")
    first_page = subprocess.run([pdftotext, "-f", "1", "-l", "1", "-layout", pdf, "-"], capture_output=True, text=True)
    head = first_page.stdout.splitlines()[0].split()
    assert head[:3] == ["vi-VN", "en-US", "Kind"] and head[-3:] == ["Status", "Decision", "Note"]
    text = subprocess.run([pdftotext, "-layout", pdf, "-"], capture_output=True, text=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    starts = [p.split()[0] for p in pages]  # Glossary pages, then Alignment ("#"), then About ("Tool")
    assert starts.count("vi-VN") >= 2 and set(starts) <= {"vi-VN", "#", "Tool"}

"""`songngu corpus`: pairs found by name or listed in a TSV, bad pairs reported and left
out, the document cache, byte-identical outputs whichever executor ran the documents, and
real readers on the corpus TMX and glossary.

The corpora are built in temporary folders from ``../shared/dev/alt-wikinews`` (line i of
vi.txt translates line i of en.txt), a few documents of 7–8 sentence pairs each.
"""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from songngu import corpus
from songngu.cli import main
from songngu.corpus_input import find_pairs
from songngu.exports import REGISTRY, ExportBundle
from songngu.output import write_files

from conftest import ROOT, require_tool
from exporthelp import alignment, glossary, info

ALT = ROOT.parent / "shared" / "dev" / "alt-wikinews"

#: Documents as 0-based line ranges of the ALT files; the two rugby documents share terms
#: (Italy, Portugal, Ruth Kelly), so the glossary has entries found in both.
GOOD = {
    "rugby-1": [(0, 4), (9, 13)],
    "rugby-2": [(4, 9), (13, 16)],
    "nascar": [(25, 33)],
}
ADDED = {"horses": [(33, 40)]}


def paragraphs(lines: list[str]) -> str:
    return "\n\n".join(" ".join(lines[i : i + 3]) for i in range(0, len(lines), 3)) + "\n"


@pytest.fixture(scope="module")
def alt():
    if not (ALT / "vi.txt").is_file() or not (ALT / "en.txt").is_file():
        pytest.skip(f"the development corpus is not here ({ALT}): corpus tests need ../shared/dev/alt-wikinews")
    return {lang: (ALT / f"{lang}.txt").read_text(encoding="utf-8").splitlines() for lang in ("vi", "en")}


def write_pair(folder: Path, name: str, ranges, alt) -> None:
    for lang in ("vi", "en"):
        lines = [line for a, b in ranges for line in alt[lang][a:b]]
        (folder / f"{name}.{lang}.txt").write_text(paragraphs(lines), encoding="utf-8")


def build_corpus(folder: Path, alt, *, bad: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, ranges in GOOD.items():
        write_pair(folder, name, ranges, alt)
    if bad:
        # undecodable bytes; the languages swapped; a Vietnamese article with an unrelated English one
        (folder / "broken.vi.txt").write_bytes(b"Plain text with a bad byte \x81\x8d\x8f here and \x90 there.")
        (folder / "broken.en.txt").write_text(paragraphs(alt["en"][40:46]), encoding="utf-8")
        (folder / "swapped.vi.txt").write_text(paragraphs(alt["en"][600:606]), encoding="utf-8")
        (folder / "swapped.en.txt").write_text(paragraphs(alt["vi"][600:606]), encoding="utf-8")
        (folder / "unrelated.vi.txt").write_text(paragraphs(alt["vi"][700:708]), encoding="utf-8")
        (folder / "unrelated.en.txt").write_text(paragraphs(alt["en"][2000:2008]), encoding="utf-8")
        (folder / "lonely.vi.txt").write_text(paragraphs(alt["vi"][50:56]), encoding="utf-8")
    return folder


def isolated_documents(monkeypatch, folder: Path) -> None:
    """A document cache of this test's own (vectors and word links stay in the shared cache)."""
    monkeypatch.setattr(corpus, "document_cache", lambda: corpus.ContentCache(folder, "documents"))


def run(argv, capsys) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- finding the pairs (no model) --------------------------------------------------------


def test_folder_pairs_are_matched_by_name_and_unmatched_files_warned(tmp_path):
    for name in ("a.vi.txt", "a.en.txt", "b.vi.html", "b.en.htm", "sub/c.vi.md", "sub/c.en.txt", "lone.en.txt",
                 "two.vi.txt", "two.vi.html", "two.en.txt", "notes.txt", "a.fr.txt", ".hidden/d.vi.txt",
                 ".hidden/d.en.txt"):  # fmt: skip
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = find_pairs(str(tmp_path))
    assert [(p.name, p.source_shown, p.target_shown) for p in found.pairs] == [
        ("a", "a.vi.txt", "a.en.txt"),
        ("b", "b.vi.html", "b.en.htm"),
        ("sub/c", "sub/c.vi.md", "sub/c.en.txt"),
    ]
    assert found.pairs[0].source == str(tmp_path / "a.vi.txt")
    assert found.label == tmp_path.name
    assert any("lone.en.txt" in w and "no lone.vi" in w for w in found.warnings)
    assert any(w.startswith("two:") and "several files" in w for w in found.warnings)
    assert len(found.warnings) == 2


def test_a_tsv_lists_pairs_relative_to_its_folder(tmp_path):
    (tmp_path / "docs").mkdir()
    listing = tmp_path / "lists" / "pairs.tsv"
    listing.parent.mkdir()
    listing.write_text(
        "# my corpus\nsource\ttarget\tname\n../docs/x.vi.txt\t../docs/x.en.txt\n"
        "../docs/y.vi.txt\t../docs/y.en.txt\tspecial\n\nonly-one-column\n../docs/x.vi.txt\t../docs/z.en.txt\n"
        "a.vi.txt\tb.en.txt\t../escape\n",
        encoding="utf-8",
    )
    found = find_pairs(str(listing))
    assert [(p.name, p.source_shown) for p in found.pairs] == [
        ("special", "../docs/y.vi.txt"),
        ("x", "../docs/x.vi.txt"),
    ]
    assert found.pairs[1].source == str(listing.parent / "../docs/x.vi.txt")
    assert found.label == "pairs.tsv"
    assert [w.split(":")[0] for w in found.warnings] == ["pairs.tsv line 6", "pairs.tsv line 7", "pairs.tsv line 8"]
    assert "../docs/x.vi.txt is listed twice (line 3)" in found.warnings[1] and "'../escape'" in found.warnings[2]


def test_a_tsv_name_taken_twice_asks_for_a_name_column(tmp_path):
    (tmp_path / "a.tsv").write_text("/one/x.vi.txt\t/one/x.en.txt\n/two/x.vi.txt\t/two/x.en.txt\n", encoding="utf-8")
    found = find_pairs(str(tmp_path / "a.tsv"))
    assert [p.name for p in found.pairs] == ["x"] and "NAME in a third column" in found.warnings[0]


def test_a_tsv_without_header_and_with_language_columns(tmp_path):
    (tmp_path / "a.tsv").write_text("d/one.vi.txt\td/one.en.txt\n", encoding="utf-8")
    assert [p.name for p in find_pairs(str(tmp_path / "a.tsv")).pairs] == ["d/one"]
    (tmp_path / "b.tsv").write_text("en\tvi\nE.txt\tV.txt\n", encoding="utf-8")
    pair = find_pairs(str(tmp_path / "b.tsv")).pairs[0]
    assert (pair.source_shown, pair.target_shown, pair.name) == ("V.txt", "E.txt", "V")


@pytest.mark.parametrize("case", ["missing", "empty folder", "no pairs", "empty list"])
def test_missing_or_empty_input_is_one_error_line(tmp_path, capsys, case):
    where = tmp_path / "in"
    if case == "empty folder":
        where.mkdir()
    elif case == "no pairs":
        where.mkdir()
        (where / "a.vi.txt").write_text("Xin chào.", encoding="utf-8")
    elif case == "empty list":
        where = tmp_path / "list.tsv"
        where.write_text("# nothing yet\n", encoding="utf-8")
    code, _, err = run(["corpus", str(where), "-o", str(tmp_path / "out")], capsys)
    assert code == 2 and err.count("songngu: error:") == 1 and not (tmp_path / "out").exists()
    assert err.strip().splitlines()[-1].startswith(f"songngu: error: {where}: ")


def test_no_usable_pair_is_exit_2_and_writes_nothing(tmp_path, capsys, monkeypatch):
    isolated_documents(monkeypatch, tmp_path / "cache")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.vi.txt").write_bytes(b"Plain text with a bad byte \x81\x8d\x8f here and \x90 there.")
    (folder / "a.en.txt").write_text("The President visited the Ministry of Foreign Affairs.", encoding="utf-8")
    (folder / "b.vi.txt").write_text("", encoding="utf-8")
    (folder / "b.en.txt").write_text("The ministry said so.", encoding="utf-8")
    code, _, err = run(["corpus", str(folder), "-o", str(tmp_path / "out")], capsys)
    lines = err.strip().splitlines()
    assert code == 2 and not (tmp_path / "out").exists()
    assert [line.split(":")[1].strip() for line in lines[:2]] == ["skipped a", "skipped b"]
    assert "b.vi.txt: is empty" in lines[1]
    assert lines[-1] == f"songngu: error: {folder}: none of its 2 document pairs could be used"


def test_bad_options_are_one_line(tmp_path, capsys):
    code, _, err = run(["corpus", str(tmp_path), "-o", str(tmp_path / "o"), "--formats", "html"], capsys)
    assert code == 2 and "not written in corpus mode" in err and err.count("\n") == 1
    code, _, err = run(["corpus", str(tmp_path), "-o", str(tmp_path / "o"), "--workers", "0"], capsys)
    assert code == 2 and "--workers" in err and err.count("\n") == 1


# --- exports and writing (no model) ------------------------------------------------------


def corpus_glossary():
    from dataclasses import replace

    g = glossary()
    entries = tuple(replace(e, documents=("doc-a", "doc-b") if k % 2 else ("doc-a",)) for k, e in enumerate(g.entries))
    return replace(g, entries=entries)


def test_glossary_exports_name_documents_only_in_a_corpus():
    one = ExportBundle(provenance=info(), alignment=alignment(), glossary=glossary())
    many = ExportBundle(
        provenance=info(), glossary=corpus_glossary(), documents=(("doc-a", alignment()), ("doc-b", alignment()))
    )
    for name in ("po", "tbx", "omegat", "csv", "json", "tsv", "review", "xlsx"):
        exporter = REGISTRY[name]
        assert b"doc-a" not in exporter.render(one) and b"in 1 document" not in exporter.render(one), name
        if name not in ("omegat", "xlsx"):  # OmegaT's comment counts them; the workbook is zipped (below)
            assert b"doc-a" in exporter.render(many) and b"doc-b" in exporter.render(many), name
    assert b"3\xc3\x97 in 1 document;" in REGISTRY["omegat"].render(many)
    entries = json.loads(REGISTRY["json"].render(many))["entries"]
    assert [e["documents"] for e in entries[:2]] == [["doc-a"], ["doc-a", "doc-b"]]
    assert "documents" not in json.loads(REGISTRY["json"].render(one))["entries"][0]
    tsv = REGISTRY["tsv"].render(many).decode("utf-8").splitlines()
    assert tsv[0].endswith("\tdecision\tdocuments\tdocument_names") and tsv[2].endswith("\t2\tdoc-a, doc-b")
    assert b'cell(tr, "f", String(e.documents.length))' in REGISTRY["review"].render(many)


def test_workbook_has_document_columns_and_a_corpus_alignment_sheet(tmp_path):
    from openpyxl import load_workbook

    many = ExportBundle(
        provenance=info(), glossary=corpus_glossary(), documents=(("doc-a", alignment()), ("doc-b", alignment()))
    )
    path = tmp_path / "g.xlsx"
    path.write_bytes(REGISTRY["xlsx"].render(many))
    book = load_workbook(path)
    head = [c.value for c in book["Glossary"][1]]
    assert head[-4:] == ["Note", "Documents", "Document names", "More examples"]
    assert [c.value for c in book["Glossary"][3]][-3:-1] == [2, "doc-a, doc-b"]
    rows = list(book["Alignment"].iter_rows(values_only=True))
    assert rows[0][:2] == ("Document", "#") and {r[0] for r in rows[1:]} == {"doc-a", "doc-b"}
    about = dict(book["About"].iter_rows(values_only=True))
    assert about["Documents"] == "2"


def test_corpus_tmx_names_each_unit_document_and_reads_back(tmp_path):
    al = alignment()
    data = REGISTRY["tmx"].render(ExportBundle(provenance=info(), documents=(("doc <a>", al), ("doc-b", al))))
    path = tmp_path / "c.tmx"
    path.write_bytes(data)
    subprocess.run([require_tool("xmllint"), "--noout", str(path)], check=True, capture_output=True)
    from translate.storage import tmx

    units = tmx.tmxfile.parsefile(str(path)).units
    assert len(units) == 2 * len(al.pairs)
    text = data.decode("utf-8")
    assert text.count('<prop type="x-document">doc &lt;a&gt;</prop>') == len(al.pairs)
    assert '<tu tuid="doc-b:1">' in text


def test_write_files_makes_subfolders_all_or_nothing(tmp_path):
    out = tmp_path / "out"
    write_files(out, {"report.html": b"r", "documents/a.jsonl": b"a", "documents/sub/b.jsonl": b"b"})
    assert tree(out) == {"documents/a.jsonl": b"a", "documents/sub/b.jsonl": b"b", "report.html": b"r"}
    write_files(out, {"documents/c.jsonl": b"c"})
    assert (out / "documents" / "c.jsonl").read_bytes() == b"c" and (out / "report.html").exists()
    with pytest.raises(ValueError):
        write_files(out, {"../escape.txt": b"x"})


# --- the real thing ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def serial_run(alt, tmp_path_factory):
    """The corpus with its bad pairs, run in this process with an empty document cache."""
    base = tmp_path_factory.mktemp("corpus")
    folder = build_corpus(base / "in", alt)
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("SOURCE_DATE_EPOCH", raising=False)
        isolated_documents(mp, base / "doc-cache")
        from songngu.corpus_run import CorpusRequest, run_corpus

        lines: list[str] = []
        outcome = run_corpus(CorpusRequest(input=str(folder), output=str(base / "out")), warn=lines.append)
    return base, outcome, lines


@pytest.mark.model
def test_bad_pairs_are_reported_and_left_out_the_rest_completes(serial_run):
    base, outcome, lines = serial_run
    assert lines[0] == "warning: unmatched file lonely.vi.txt: no lonely.en.* beside it"
    skipped = {line.split(":")[0]: line for line in lines[1:]}
    assert set(skipped) == {"skipped broken", "skipped swapped", "skipped unrelated"}
    assert "broken.vi.txt: is not valid UTF-8" in skipped["skipped broken"]
    assert (
        "swapped.vi.txt: looks like English" in skipped["skipped swapped"] and "swapped?" in skipped["skipped swapped"]
    )
    assert "do not look like translations" in skipped["skipped unrelated"]
    assert [r.name for r in outcome.good] == sorted(GOOD)
    assert {r.name: r.problem for r in outcome.results if not r.ok} == {
        "broken": "bad input", "swapped": "bad input", "unrelated": "not a translation"
    }  # fmt: skip
    files = tree(base / "out")
    assert sorted(n for n in files if n.startswith("documents/")) == [f"documents/{n}.jsonl" for n in sorted(GOOD)]
    report = files["report.html"].decode("utf-8")
    assert "6 document pairs: 3 aligned, 3 left out (2 bad input, 1 not a translation)" in report
    assert "unmatched file lonely.vi.txt" in report and "not a translation" in report
    for name in ("rugby-1", "nascar", "broken", "swapped.vi.txt"):
        assert name in report


@pytest.mark.model
def test_the_corpus_tmx_is_valid_and_reads_back(serial_run):
    base, outcome, _ = serial_run
    tmx_path = base / "out" / "alignment.tmx"
    subprocess.run([require_tool("xmllint"), "--noout", str(tmx_path)], check=True, capture_output=True)
    from translate.storage import tmx

    units = tmx.tmxfile.parsefile(str(tmx_path)).units
    rows = []
    for name in sorted(GOOD):
        jsonl = (base / "out" / "documents" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        rows += [json.loads(line) for line in jsonl]
    assert [(u.source, u.target) for u in units] == [
        (r["source"], r["target"]) for r in rows if r["source_ids"] and r["target_ids"]
    ]
    text = tmx_path.read_text(encoding="utf-8")
    assert text.count("<tu ") == text.count('<prop type="x-document">') == len(units)
    assert {n: text.count(f'<prop type="x-document">{n}</prop>') for n in GOOD} == {
        r.name: len(r.alignment.pairs) for r in outcome.good
    }


@pytest.mark.model
def test_the_glossary_names_its_documents(serial_run):
    base, _, _ = serial_run
    entries = json.loads((base / "out" / "glossary.json").read_text(encoding="utf-8"))["entries"]
    assert entries and all(e["documents"] and set(e["documents"]) <= set(GOOD) for e in entries)
    shared = [e for e in entries if len(e["documents"]) >= 2]
    assert shared, "some term occurs in both rugby documents"
    assert any({x["source_ref"].split(".")[0] for x in e["examples"]} == {"rugby-1", "rugby-2"} for e in shared)
    for e in shared:  # corpus-wide frequency: at least one occurrence per document
        assert e["frequency"] >= len(e["documents"])
    po = (base / "out" / "glossary.po").read_text(encoding="utf-8")
    assert "#. Documents (2): rugby-1, rugby-2" in po
    assert "documents (2): rugby-1, rugby-2" in (base / "out" / "glossary.tbx").read_text(encoding="utf-8")
    from translate.storage import tbx

    assert len(tbx.tbxfile.parsefile(str(base / "out" / "glossary.tbx")).units) == len(entries)


@pytest.mark.model
def test_no_absolute_path_of_this_machine_in_the_outputs(serial_run):
    base, _, _ = serial_run
    for name, data in tree(base / "out").items():
        texts = [data]
        if name.endswith(".xlsx"):
            with zipfile.ZipFile(base / "out" / name) as book:
                texts = [book.read(n) for n in book.namelist()]
        assert not any(str(base).encode() in t for t in texts), name


@pytest.mark.model
def test_a_second_run_takes_the_unchanged_documents_from_the_cache(serial_run, alt, tmp_path, capsys, monkeypatch):
    base, _, _ = serial_run
    isolated_documents(monkeypatch, base / "doc-cache")  # the serial run's document cache
    folder = tmp_path / "in"
    build_corpus(folder, alt)
    write_pair(folder, "horses", ADDED["horses"], alt)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    code, _, err = run(["corpus", str(folder), "-o", str(tmp_path / "out")], capsys)
    assert code == 0
    assert "7 document pairs (4 from cache): 4 aligned, 3 skipped" in err.strip().splitlines()[-1]
    for name in GOOD:  # the cached documents come out as they went in
        again = (tmp_path / "out" / "documents" / f"{name}.jsonl").read_bytes()
        assert again == (base / "out" / "documents" / f"{name}.jsonl").read_bytes()
    assert 'creationdate="20231114T221320Z"' in (tmp_path / "out" / "alignment.tmx").read_text(encoding="utf-8")
    assert '"POT-Creation-Date: 2023-11-14 22:13+0000\\n"' in (tmp_path / "out" / "glossary.po").read_text(
        encoding="utf-8"
    )


@pytest.mark.model
@pytest.mark.slow
def test_serial_process_pool_and_dask_give_the_same_bytes(serial_run, tmp_path, capsys, monkeypatch):
    """Each run starts from an empty document cache, so every document is aligned by the
    executor under test (its word links and vectors come from the shared cache)."""
    base, _, _ = serial_run
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    expected = tree(base / "out")
    isolated_documents(monkeypatch, tmp_path / "cache-pool")
    code, _, err = run(["corpus", str(base / "in"), "-o", str(tmp_path / "pool"), "--workers", "2"], capsys)
    assert code == 0 and "(0 from cache): 3 aligned, 3 skipped" in err
    assert tree(tmp_path / "pool") == expected

    from dask.distributed import LocalCluster

    isolated_documents(monkeypatch, tmp_path / "cache-dask")
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        argv = ["corpus", str(base / "in"), "-o", str(tmp_path / "dask"), "--scheduler", cluster.scheduler_address]
        code, _, err = run(argv, capsys)
    assert code == 0 and "(0 from cache): 3 aligned, 3 skipped" in err
    assert tree(tmp_path / "dask") == expected


def test_an_unreachable_scheduler_is_one_line(tmp_path, capsys, monkeypatch, alt):
    isolated_documents(monkeypatch, tmp_path / "cache")
    monkeypatch.setattr(corpus, "SCHEDULER_TIMEOUT", "1s")
    folder = tmp_path / "in"
    folder.mkdir()
    write_pair(folder, "nascar", GOOD["nascar"], alt)
    code, _, err = run(["corpus", str(folder), "-o", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:9"], capsys)
    assert code == 2 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err and err.count("\n") == 1


@pytest.mark.model
def test_a_tsv_list_with_evidence_and_the_signature(serial_run, tmp_path, capsys, monkeypatch, alt):
    base, _, _ = serial_run
    isolated_documents(monkeypatch, base / "doc-cache")
    listing = tmp_path / "list" / "pairs.tsv"
    listing.parent.mkdir()
    rows = [f"../../{base.name}/in/{n}.vi.txt\t../../{base.name}/in/{n}.en.txt" for n in ("nascar", "rugby-1")]
    listing.write_text("# two of them\n" + "\n".join(rows) + "\n", encoding="utf-8")
    evidence = tmp_path / "news.en.txt"
    evidence.write_text(paragraphs(alt["en"][0:9]), encoding="utf-8")
    argv = ["corpus", str(listing), "-o", str(tmp_path / "out"), "--formats", "json,tmx", "--signature"]
    code, out, err = run([*argv, "--evidence", str(evidence)], capsys)
    # not from the document cache: the names shown (in the examples' references) are not the folder run's
    assert code == 0 and "2 document pairs (0 from cache): 2 aligned, 0 skipped" in err
    assert sorted(tree(tmp_path / "out")) == ["alignment.tmx", "glossary.json", "report.html"]
    data = json.loads((tmp_path / "out" / "glossary.json").read_text(encoding="utf-8"))
    inputs = [(i["role"], i["name"]) for i in data["songngu"]["inputs"]]
    assert inputs == [("source", "pairs.tsv (2 vi documents)"), ("target", "pairs.tsv (2 en documents)"),
                      ("evidence", str(evidence))]  # fmt: skip
    assert out.strip() == data["songngu"]["signature"] and "|evidence:" in out
    assert any(e["mono_documents"] == [str(evidence)] for e in data["entries"])
    assert {d for e in data["entries"] for d in e["documents"]} == {"nascar", "rugby-1"}
    assert any(x["source_ref"].startswith("../../") for e in data["entries"] for x in e["examples"])
